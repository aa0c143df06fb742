import { requireOwnerStaff, requireOwnerSupervisor } from './case.access.js';
import type { ApproveReintegrationPlan, CompleteReintegration, RecordFollowUpVisit } from './case.commands.js';
import type { FollowUpVisitRecorded, ReintegrationCompleted, ReintegrationPlanApproved } from './case.events.js';
import { contextOf, requireCase, requireStageFor } from './case.guards.js';
import type { CaseFile, CaseState } from './case.state.js';
import { REINTEGRATION_GOALS, WELLBEING_LEVELS } from './case.values.js';
import { DomainError } from './domain-error.js';
import { id, isoDate, notAfterToday, oneOf, someOf, optionalFreeText } from './validation.js';
import type { AreaDeciders } from './command-rules.js';

function requireNotCompleted(file: CaseFile): void {
  if (file.reintegration.completed) throw new DomainError('REINTEGRATION.ALREADY_COMPLETED', 'the reintegration is already completed');
}

function requirePlanApproved(file: CaseFile): void {
  if (!file.reintegration.planApproved) throw new DomainError('REINTEGRATION.NO_APPROVED_PLAN', 'a supervisor approves the reintegration plan first');
}

export function decideApproveReintegrationPlan(command: ApproveReintegrationPlan, state: CaseState): [ReintegrationPlanApproved] {
  const file = requireCase(state, command.data.caseId);
  requireOwnerSupervisor(file, command.metadata.actor);
  requireStageFor(file, command.type);
  const planId = id(command.data.planId, 'planId');
  const goals = someOf(command.data.goals, REINTEGRATION_GOALS, 'goals');
  const note = optionalFreeText(command.data.note, 'note');
  requireNotCompleted(file);
  return [{ type: 'ReintegrationPlanApproved', data: { ...contextOf(command, file), planId, goals, note } }];
}

export function decideRecordFollowUpVisit(command: RecordFollowUpVisit, state: CaseState): [FollowUpVisitRecorded] {
  const file = requireCase(state, command.data.caseId);
  requireOwnerStaff(file, command.metadata.actor);
  requireStageFor(file, command.type);
  const visitId = id(command.data.visitId, 'visitId');
  const visitedOn = notAfterToday(isoDate(command.data.visitedOn, 'visitedOn'), command.metadata.now, 'visitedOn');
  const wellbeing = oneOf(command.data.wellbeing, WELLBEING_LEVELS, 'wellbeing');
  const note = optionalFreeText(command.data.note, 'note');
  requirePlanApproved(file);
  requireNotCompleted(file);
  return [{ type: 'FollowUpVisitRecorded', data: { ...contextOf(command, file), visitId, visitedOn, wellbeing, note } }];
}

export function decideCompleteReintegration(command: CompleteReintegration, state: CaseState): [ReintegrationCompleted] {
  const file = requireCase(state, command.data.caseId);
  requireOwnerStaff(file, command.metadata.actor);
  requireStageFor(file, command.type);
  const note = optionalFreeText(command.data.note, 'note');
  requirePlanApproved(file);
  requireNotCompleted(file);
  if (file.reintegration.followUpVisits === 0) {
    throw new DomainError('REINTEGRATION.NO_FOLLOW_UP_VISIT', 'record at least one follow-up visit before completing the reintegration');
  }
  return [{ type: 'ReintegrationCompleted', data: { ...contextOf(command, file), note } }];
}

/** How `decide` finds each command of this area. */
export const REINTEGRATION_DECIDERS: AreaDeciders<'ApproveReintegrationPlan' | 'RecordFollowUpVisit' | 'CompleteReintegration'> = {
  ApproveReintegrationPlan: decideApproveReintegrationPlan,
  RecordFollowUpVisit: decideRecordFollowUpVisit,
  CompleteReintegration: decideCompleteReintegration,
};
