import { requireKnownRole } from './case.access.js';
import type { CaseCommand } from './case.commands.js';
import type { CaseEvent } from './case.events.js';
import { DEFAULT_POLICY, type CasePolicy } from './case.policy.js';
import type { CaseState } from './case.state.js';
import { DomainError } from './domain-error.js';
import { ASSESSMENT_DECIDERS } from './assessment.decide.js';
import { ASSIGNMENT_DECIDERS } from './assignment.decide.js';
import type { AreaDeciders, Decider } from './command-rules.js';
import type { CaseCommandType } from './case.commands.js';
import { DOCUMENT_DECIDERS } from './documents.decide.js';
import { INTAKE_DECIDERS } from './intake.decide.js';
import { LEGAL_DECIDERS } from './legal.decide.js';
import { LIFECYCLE_DECIDERS } from './lifecycle.decide.js';
import { REFERRAL_DECIDERS } from './referral.decide.js';
import { REHABILITATION_DECIDERS } from './rehabilitation.decide.js';
import { REINTEGRATION_DECIDERS } from './reintegration.decide.js';
import { REPATRIATION_DECIDERS } from './repatriation.decide.js';
import { TRANSFER_DECIDERS } from './transfer.decide.js';
import { isIsoDateTime } from './validation.js';

/** Returns the events a command causes, or throws a DomainError and causes none. */
export function decide(command: CaseCommand, state: CaseState, policy: CasePolicy = DEFAULT_POLICY): CaseEvent[] {
  if (!isIsoDateTime(command.metadata.now)) {
    throw new DomainError('VALIDATION.INVALID_FORMAT', 'metadata.now must be an ISO 8601 date-time', { field: 'metadata.now' });
  }
  requireKnownRole(command.metadata.actor);
  // Own keys only: a type such as `constructor` is an unknown command, not a property of every object.
  if (!Object.hasOwn(DECIDERS, command.type)) return unknownCommand(command as never);
  return (DECIDERS[command.type] as Decider<CaseCommandType>)(command, state, policy);
}

const DECIDERS: AreaDeciders<CaseCommandType> = {
  ...INTAKE_DECIDERS,
  ...ASSESSMENT_DECIDERS,
  ...REHABILITATION_DECIDERS,
  ...REPATRIATION_DECIDERS,
  ...REINTEGRATION_DECIDERS,
  ...LEGAL_DECIDERS,
  ...LIFECYCLE_DECIDERS,
  ...REFERRAL_DECIDERS,
  ...TRANSFER_DECIDERS,
  ...ASSIGNMENT_DECIDERS,
  ...DOCUMENT_DECIDERS,
};

function unknownCommand(command: never): never {
  const { type } = command as { type: unknown };
  throw new DomainError('VALIDATION.INVALID_VALUE', `unknown command ${String(type)}`, { field: 'type' });
}
