import type { CaseCommand, CaseCommandType } from './case.commands.js';
import type { EventContext } from './case.events.js';
import type { CaseFile, CaseState } from './case.state.js';
import { COMMAND_STAGES } from './case.stages.js';
import type { ErrorCode } from './codes.js';
import { DomainError } from './domain-error.js';

export function requireCase(state: CaseState, caseId: string): CaseFile {
  if (!state.exists || state.caseId !== caseId) throw new DomainError('CASE.NOT_FOUND', `case ${caseId} does not exist`, { caseId });
  return state;
}

export function requireStageFor(state: CaseFile, type: CaseCommandType): void {
  const allowed = COMMAND_STAGES[type];
  if (allowed === 'any') return;
  if (allowed === 'closed') {
    if (state.stage !== 'closed') throw new DomainError('CASE.NOT_CLOSED', 'the case is not closed', { stage: state.stage });
    return;
  }
  if (state.stage === 'closed') throw new DomainError('CASE.CLOSED', 'the case is closed; reopen it first', { stage: state.stage });
  if (Array.isArray(allowed) && !allowed.includes(state.stage)) {
    throw new DomainError('CASE.NOT_IN_STAGE', `${type} is not allowed in the ${state.stage} stage`, {
      stage: state.stage,
      allowed,
    });
  }
}

export function contextOf(command: CaseCommand, state?: CaseFile): EventContext {
  return { caseId: state?.caseId ?? command.data.caseId, at: command.metadata.now, by: command.metadata.actor };
}

type NotFoundCode = Extract<ErrorCode, `${string}.NOT_FOUND`>;

export function found<T>(value: T | undefined, code: NotFoundCode, id: string): T {
  if (value === undefined) throw new DomainError(code, `${code.replace('.NOT_FOUND', '').toLowerCase()} ${id} does not exist in this case`, { id });
  return value;
}
