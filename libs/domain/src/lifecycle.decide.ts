import type { FreeText } from './identity.js';
import { requireOwnerStaff, requireOwnerSupervisor } from './case.access.js';
import type { AdvanceStage, ApproveClosure, RejectClosure, ReopenCase, RequestClosure, SkipStage } from './case.commands.js';
import type { CaseClosed, CaseReopened, ClosureRejected, ClosureRequested, StageAdvanced, StageSkipped } from './case.events.js';
import { contextOf, requireCase, requireStageFor } from './case.guards.js';
import {
  EXIT_REQUIREMENTS,
  SKIP_REQUIREMENTS,
  SKIPPABLE_STAGES,
  isOpenStage,
  nextStage,
  stageRank,
  unmetRequirements,
  type StageRequirement,
} from './case.stages.js';
import type { CaseFile, CaseState } from './case.state.js';
import { activeShelterPlacement, openReferrals, unpaidRestitutions } from './case.state.js';
import { CLOSURE_REASONS, OPEN_STAGES, STAGES, type ClosureReason, type OpenStage } from './case.values.js';
import { DomainError } from './domain-error.js';
import { absent, oneOf, freeText, optionalFreeText } from './validation.js';
import type { AreaDeciders } from './command-rules.js';

function currentOpenStage(file: CaseFile): OpenStage {
  // requireStageFor has already refused a closed case; this narrows the type.
  if (!isOpenStage(file.stage)) throw new DomainError('CASE.CLOSED', 'the case is closed; reopen it first');
  return file.stage;
}

function requireMet(file: CaseFile, stage: OpenStage, requirements: readonly StageRequirement[]): void {
  const missing = unmetRequirements(file, requirements);
  if (missing.length > 0) {
    throw new DomainError('CASE.STAGE_REQUIREMENTS_NOT_MET', `the ${stage} stage still needs: ${missing.join(', ')}`, { stage, missing });
  }
}

export function decideAdvanceStage(command: AdvanceStage, state: CaseState): [StageAdvanced] {
  const file = requireCase(state, command.data.caseId);
  requireOwnerStaff(file, command.metadata.actor);
  requireStageFor(file, command.type);
  const to = oneOf(command.data.to, STAGES, 'to');
  const from = currentOpenStage(file);
  const next = nextStage(from);
  if (to !== next) {
    throw new DomainError(
      'CASE.INVALID_STAGE_TRANSITION',
      next === null ? `the ${from} stage ends by closure: request closure` : `from ${from} the case advances only to ${next}`,
      { from, to, next },
    );
  }
  requireMet(file, from, EXIT_REQUIREMENTS[from]);
  return [{ type: 'StageAdvanced', data: { ...contextOf(command, file), from, to: next } }];
}

export function decideSkipStage(command: SkipStage, state: CaseState): [StageSkipped] {
  const file = requireCase(state, command.data.caseId);
  requireOwnerStaff(file, command.metadata.actor);
  requireStageFor(file, command.type);
  const stage = oneOf(command.data.stage, OPEN_STAGES, 'stage');
  const reason = freeText(command.data.reason, 'reason', 1000);
  const current = currentOpenStage(file);
  if (stage !== current) {
    throw new DomainError('CASE.NOT_IN_STAGE', `only the current stage (${current}) can be skipped`, { stage: current, requested: stage });
  }
  const to = nextStage(stage);
  if (!(SKIPPABLE_STAGES as readonly OpenStage[]).includes(stage) || to === null) {
    throw new DomainError('CASE.STAGE_NOT_SKIPPABLE', `the ${stage} stage cannot be skipped`, { stage, skippable: SKIPPABLE_STAGES });
  }
  requireMet(file, stage, SKIP_REQUIREMENTS);
  return [{ type: 'StageSkipped', data: { ...contextOf(command, file), stage, to, reason } }];
}

/** What still stands in the way of closing; checked when closure is requested and again when approved. */
function requireClosable(file: CaseFile, reason: ClosureReason, unpaidRestitutionReason: FreeText | null): void {
  const open = openReferrals(file);
  if (open.length > 0) {
    throw new DomainError('CASE.OPEN_REFERRALS', 'referrals are still open: withdraw them or wait for their answer and completion', {
      referralIds: open.map((referral) => referral.referralId),
    });
  }
  const unpaid = unpaidRestitutions(file);
  if (unpaid.length > 0 && unpaidRestitutionReason === null) {
    throw new DomainError('CASE.UNPAID_RESTITUTION', 'ordered restitution is neither paid nor defaulted; record why the case closes anyway', {
      restitutionIds: unpaid.map((restitution) => restitution.restitutionId),
    });
  }
  const shelter = activeShelterPlacement(file);
  if (shelter) {
    throw new DomainError('CASE.OPEN_SHELTER_PLACEMENT', 'the victim is still in a shelter: end the placement first', {
      placementId: shelter.placementId,
    });
  }
  if (reason === 'reintegrated') requireMet(file, currentOpenStage(file), ['reintegration_completed']);
}

export function decideRequestClosure(command: RequestClosure, state: CaseState): [ClosureRequested] {
  const file = requireCase(state, command.data.caseId);
  requireOwnerStaff(file, command.metadata.actor);
  requireStageFor(file, command.type);
  const reason = oneOf(command.data.reason, CLOSURE_REASONS, 'reason');
  const note = reason === 'other' ? freeText(command.data.note, 'note', 2000) : optionalFreeText(command.data.note, 'note');
  const unpaidRestitutionReason = optionalFreeText(command.data.unpaidRestitutionReason, 'unpaidRestitutionReason', 1000);
  if (file.closureRequest !== null) {
    throw new DomainError('CASE.CLOSURE_ALREADY_REQUESTED', 'closure is already awaiting a supervisor', { reason: file.closureRequest.reason });
  }
  requireClosable(file, reason, unpaidRestitutionReason);
  return [{ type: 'ClosureRequested', data: { ...contextOf(command, file), reason, note, unpaidRestitutionReason } }];
}

function pendingClosure(file: CaseFile): NonNullable<CaseFile['closureRequest']> {
  if (file.closureRequest === null) throw new DomainError('CASE.NO_CLOSURE_REQUESTED', 'no closure request awaits a decision');
  return file.closureRequest;
}

export function decideApproveClosure(command: ApproveClosure, state: CaseState): [CaseClosed] {
  const file = requireCase(state, command.data.caseId);
  requireOwnerSupervisor(file, command.metadata.actor);
  requireStageFor(file, command.type);
  const request = pendingClosure(file);
  requireClosable(file, request.reason, request.unpaidRestitutionReason);
  return [
    {
      type: 'CaseClosed',
      data: {
        ...contextOf(command, file),
        reason: request.reason,
        note: request.note,
        unpaidRestitutionReason: request.unpaidRestitutionReason,
        requestedBy: request.requestedBy,
        closedFromStage: currentOpenStage(file),
      },
    },
  ];
}

export function decideRejectClosure(command: RejectClosure, state: CaseState): [ClosureRejected] {
  const file = requireCase(state, command.data.caseId);
  requireOwnerSupervisor(file, command.metadata.actor);
  requireStageFor(file, command.type);
  const reason = freeText(command.data.reason, 'reason', 1000);
  pendingClosure(file);
  return [{ type: 'ClosureRejected', data: { ...contextOf(command, file), reason } }];
}

export function decideReopenCase(command: ReopenCase, state: CaseState): [CaseReopened] {
  const file = requireCase(state, command.data.caseId);
  requireOwnerSupervisor(file, command.metadata.actor);
  requireStageFor(file, command.type);
  const reason = freeText(command.data.reason, 'reason', 1000);
  const closedFrom = file.closedFromStage ?? 'intake';
  const stage = absent(command.data.stage) ? closedFrom : oneOf(command.data.stage, OPEN_STAGES, 'stage');
  // Reopening returns to work already reached; it never jumps over a stage's requirements.
  if (stageRank(stage) > stageRank(closedFrom)) {
    throw new DomainError('CASE.INVALID_STAGE_TRANSITION', `the case was closed from ${closedFrom} and reopens there or earlier`, {
      from: 'closed',
      to: stage,
      closedFromStage: closedFrom,
    });
  }
  return [{ type: 'CaseReopened', data: { ...contextOf(command, file), reason, stage } }];
}

/** How `decide` finds each command of this area. */
export const LIFECYCLE_DECIDERS: AreaDeciders<'AdvanceStage' | 'SkipStage' | 'RequestClosure' | 'ApproveClosure' | 'RejectClosure' | 'ReopenCase'> = {
  AdvanceStage: decideAdvanceStage,
  SkipStage: decideSkipStage,
  RequestClosure: decideRequestClosure,
  ApproveClosure: decideApproveClosure,
  RejectClosure: decideRejectClosure,
  ReopenCase: decideReopenCase,
};
