import { expect } from '@jest/globals';
import type { CaseCommand } from '../case.commands.js';
import { decide } from '../case.decide.js';
import type { CaseEvent } from '../case.events.js';
import { foldCase } from '../case.evolve.js';
import type { CasePolicy } from '../case.policy.js';
import type { ErrorCode } from '../codes.js';
import { DomainError } from '../domain-error.js';

export interface Then {
  /** The command is accepted and causes exactly these events. */
  then(expected: readonly CaseEvent[]): void;
  /** The command is refused with this code (and, when given, details that include these). */
  thenThrows(code: ErrorCode, details?: Record<string, unknown>): void;
}

function refusalOf(run: () => unknown): DomainError {
  try {
    const events = run();
    throw new Error(`expected a refusal, but the command was accepted with ${JSON.stringify(events)}`);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

/** `given(history).when(command).then(events)` or `.thenThrows(code)`, as in Emmett's decider specifications. */
export function given(history: readonly CaseEvent[]): { when(command: CaseCommand, policy?: CasePolicy): Then } {
  return {
    when(command, policy) {
      const run = () => decide(command, foldCase(history), policy);
      return {
        then(expected) {
          expect(run()).toEqual(expected);
        },
        thenThrows(code, details) {
          const refusal = refusalOf(run);
          expect({ code: refusal.code, details: refusal.details }).toMatchObject({ code, details: details ?? {} });
          expect(refusal.message).not.toBe('');
        },
      };
    },
  };
}
