import { describe, it } from '@jest/globals';
import { given } from './testing/given-when-then.js';
import {
  atRepatriation,
  atReintegration,
  caseworker,
  closedAtIntake,
  command,
  event,
  followUpVisitRecorded,
  kalbarCaseworker,
  reintegrationCompleted,
  reintegrationPlanApproved,
  supervisor,
} from './testing/fixtures.js';

const approvePlan = (over = {}, actor = supervisor) =>
  command('ApproveReintegrationPlan', { planId: 'plan-1', goals: ['family_reunification', 'economic_empowerment'], ...over }, { actor });
const recordVisit = (over = {}, actor = caseworker) =>
  command('RecordFollowUpVisit', { visitId: 'visit-1', visitedOn: '2025-03-03', wellbeing: 'stable', ...over }, { actor });
const completeReintegration = (actor = caseworker) => command('CompleteReintegration', {}, { actor });

const withPlan = [...atReintegration, reintegrationPlanApproved()];

describe('ApproveReintegrationPlan', () => {
  it("records a supervisor's approval of the reintegration plan and its goals", () =>
    given(atReintegration).when(approvePlan()).then([reintegrationPlanApproved()]));

  it('accepts a revised plan', () =>
    given(withPlan)
      .when(approvePlan({ planId: 'plan-2', goals: ['education'], note: 'back to school' }))
      .then([event('ReintegrationPlanApproved', { planId: 'plan-2', goals: ['education'], note: 'back to school' }, { by: supervisor })]));

  it('refuses a caseworker', () => given(atReintegration).when(approvePlan({}, caseworker)).thenThrows('AUTH.FORBIDDEN', { rule: 'owner_supervisor' }));

  it('refuses a plan without goals', () =>
    given(atReintegration)
      .when(approvePlan({ goals: [] }))
      .thenThrows('VALIDATION.REQUIRED', { field: 'goals' }));

  it('refuses a plan after the reintegration is completed', () =>
    given([...withPlan, followUpVisitRecorded(), reintegrationCompleted()])
      .when(approvePlan())
      .thenThrows('REINTEGRATION.ALREADY_COMPLETED'));

  it('refuses outside the reintegration stage', () =>
    given(atRepatriation)
      .when(approvePlan())
      .thenThrows('CASE.NOT_IN_STAGE', { allowed: ['reintegration'] }));

  it('refuses on a closed case', () => given(closedAtIntake).when(approvePlan()).thenThrows('CASE.CLOSED'));
});

describe('RecordFollowUpVisit', () => {
  it('records a follow-up visit and how the survivor is doing', () => given(withPlan).when(recordVisit()).then([followUpVisitRecorded()]));

  it('refuses a visit dated in the future', () =>
    given(withPlan)
      .when(recordVisit({ visitedOn: '2025-03-04' }))
      .thenThrows('VALIDATION.OUT_OF_RANGE', { field: 'visitedOn' }));

  it('refuses a wellbeing outside the closed list', () =>
    given(withPlan)
      .when(recordVisit({ wellbeing: 'fine' }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'wellbeing' }));

  it('refuses a visit before a plan is approved', () => given(atReintegration).when(recordVisit()).thenThrows('REINTEGRATION.NO_APPROVED_PLAN'));

  it('refuses a visit after completion', () =>
    given([...withPlan, followUpVisitRecorded(), reintegrationCompleted()])
      .when(recordVisit())
      .thenThrows('REINTEGRATION.ALREADY_COMPLETED'));

  it('refuses another agency', () => given(withPlan).when(recordVisit({}, kalbarCaseworker)).thenThrows('AUTH.FORBIDDEN'));

  it('refuses outside the reintegration stage', () => given(atRepatriation).when(recordVisit()).thenThrows('CASE.NOT_IN_STAGE'));

  it('refuses on a closed case', () => given(closedAtIntake).when(recordVisit()).thenThrows('CASE.CLOSED'));
});

describe('CompleteReintegration', () => {
  it('completes the reintegration after an approved plan and a follow-up visit', () =>
    given([...withPlan, followUpVisitRecorded()])
      .when(completeReintegration())
      .then([reintegrationCompleted()]));

  it('refuses without an approved plan', () => given(atReintegration).when(completeReintegration()).thenThrows('REINTEGRATION.NO_APPROVED_PLAN'));

  it('refuses without a follow-up visit', () => given(withPlan).when(completeReintegration()).thenThrows('REINTEGRATION.NO_FOLLOW_UP_VISIT'));

  it('refuses a second completion', () =>
    given([...withPlan, followUpVisitRecorded(), reintegrationCompleted()])
      .when(completeReintegration())
      .thenThrows('REINTEGRATION.ALREADY_COMPLETED'));

  it('refuses another agency', () =>
    given([...withPlan, followUpVisitRecorded()])
      .when(completeReintegration(kalbarCaseworker))
      .thenThrows('AUTH.FORBIDDEN'));

  it('refuses outside the reintegration stage', () => given(atRepatriation).when(completeReintegration()).thenThrows('CASE.NOT_IN_STAGE'));

  it('refuses on a closed case', () => given(closedAtIntake).when(completeReintegration()).thenThrows('CASE.CLOSED'));
});
