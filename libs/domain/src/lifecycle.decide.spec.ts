import { describe, it } from '@jest/globals';
import { given } from './testing/given-when-then.js';
import {
  atAssessment,
  atIntake,
  atRehabilitation,
  atReintegration,
  atRepatriation,
  assessmentApproved,
  assessmentRecorded,
  auditor,
  caseClosed,
  caseworker,
  closedAtIntake,
  closureRequested,
  command,
  event,
  followUpVisitRecorded,
  jatimSupervisor,
  kalbarCaseworker,
  processConsentRecorded,
  readyToAssess,
  referralAccepted,
  referralCompleted,
  referralSent,
  reintegrationCompleted,
  reintegrationPlanApproved,
  restitutionOrdered,
  serviceDelivered,
  serviceRequested,
  shelterEnded,
  shelterStarted,
  stageAdvanced,
  supervisor,
  victimRegistered,
} from './testing/fixtures.js';

const advance = (to: string, actor = caseworker) => command('AdvanceStage', { to } as never, { actor });
const skip = (stage: string, reason = 'the victim needs no services', actor = caseworker) => command('SkipStage', { stage, reason } as never, { actor });
const requestClosure = (over = {}, actor = caseworker) => command('RequestClosure', { reason: 'lost_contact', ...over }, { actor });
const approveClosure = (actor = supervisor) => command('ApproveClosure', {}, { actor });
const rejectClosure = (reason = 'try the family once more', actor = supervisor) => command('RejectClosure', { reason }, { actor });
const reopen = (over = {}, actor = supervisor) => command('ReopenCase', { reason: 'the victim was found again', ...over }, { actor });

const processConsentWithdrawn = event('ConsentWithdrawn', { consentId: 'consent-process', scope: 'process', reason: null });

describe('AdvanceStage', () => {
  it('leaves intake once the victim is registered and consents to processing', () =>
    given(readyToAssess)
      .when(advance('assessment'))
      .then([stageAdvanced('intake', 'assessment')]));

  it('leaves assessment once a supervisor approved the latest assessment', () =>
    given([...atAssessment, assessmentRecorded(), assessmentApproved()])
      .when(advance('rehabilitation'))
      .then([stageAdvanced('assessment', 'rehabilitation')]));

  it('leaves rehabilitation once a service was delivered', () =>
    given([...atRehabilitation, serviceRequested(), serviceDelivered()])
      .when(advance('repatriation'))
      .then([stageAdvanced('rehabilitation', 'repatriation')]));

  it('leaves repatriation once the repatriation is completed', () =>
    given(atReintegration.slice(0, -1))
      .when(advance('reintegration'))
      .then([stageAdvanced('repatriation', 'reintegration')]));

  it('refuses to leave intake without a registered victim', () =>
    given([...atIntake])
      .when(advance('assessment'))
      .thenThrows('CASE.STAGE_REQUIREMENTS_NOT_MET', { missing: ['victim_registered', 'process_consent'] }));

  it('refuses to leave intake after the victim withdrew consent to processing', () =>
    given([...readyToAssess, processConsentWithdrawn])
      .when(advance('assessment'))
      .thenThrows('CASE.STAGE_REQUIREMENTS_NOT_MET', { missing: ['process_consent'] }));

  it('refuses to leave assessment before the assessment is approved', () =>
    given([...atAssessment, assessmentRecorded()])
      .when(advance('rehabilitation'))
      .thenThrows('CASE.STAGE_REQUIREMENTS_NOT_MET', { missing: ['assessment_approved'] }));

  it('refuses to leave assessment when a newer assessment awaits approval', () =>
    given([...atAssessment, assessmentRecorded(), assessmentApproved(), assessmentRecorded('assessment-2')])
      .when(advance('rehabilitation'))
      .thenThrows('CASE.STAGE_REQUIREMENTS_NOT_MET', { missing: ['assessment_approved'] }));

  it('refuses rehabilitation for a person the approved assessment found not to be a victim', () =>
    given([...atAssessment, assessmentRecorded('assessment-1', 'not_a_victim'), assessmentApproved('assessment-1', 'not_a_victim')])
      .when(advance('rehabilitation'))
      .thenThrows('CASE.STAGE_REQUIREMENTS_NOT_MET', { missing: ['victim_identified'] }));

  it('refuses to leave rehabilitation before any service is delivered', () =>
    given([...atRehabilitation, serviceRequested()])
      .when(advance('repatriation'))
      .thenThrows('CASE.STAGE_REQUIREMENTS_NOT_MET', { missing: ['service_delivered'] }));

  it('refuses to leave repatriation before it is completed', () =>
    given(atRepatriation)
      .when(advance('reintegration'))
      .thenThrows('CASE.STAGE_REQUIREMENTS_NOT_MET', { missing: ['repatriation_completed'] }));

  it('refuses to jump over a stage', () =>
    given(readyToAssess).when(advance('rehabilitation')).thenThrows('CASE.INVALID_STAGE_TRANSITION', { from: 'intake', next: 'assessment' }));

  it('refuses to go back a stage', () =>
    given(atRehabilitation).when(advance('assessment')).thenThrows('CASE.INVALID_STAGE_TRANSITION', { from: 'rehabilitation' }));

  it('refuses to advance reintegration into closed: closure needs a request and approval', () =>
    given(atReintegration).when(advance('closed')).thenThrows('CASE.INVALID_STAGE_TRANSITION', { from: 'reintegration', next: null }));

  it('refuses a stage that does not exist', () => given(readyToAssess).when(advance('court')).thenThrows('VALIDATION.INVALID_VALUE', { field: 'to' }));

  it('refuses another agency', () => given(readyToAssess).when(advance('assessment', kalbarCaseworker)).thenThrows('AUTH.FORBIDDEN'));

  it('refuses on a closed case', () => given(closedAtIntake).when(advance('assessment')).thenThrows('CASE.CLOSED'));
});

describe('SkipStage', () => {
  it('skips rehabilitation with the reason it does not apply', () =>
    given(atRehabilitation)
      .when(skip('rehabilitation'))
      .then([event('StageSkipped', { stage: 'rehabilitation', to: 'repatriation', reason: 'the victim needs no services' })]));

  it('skips repatriation for a victim already in her home district', () =>
    given(atRepatriation)
      .when(skip('repatriation', 'found in her home district'))
      .then([event('StageSkipped', { stage: 'repatriation', to: 'reintegration', reason: 'found in her home district' })]));

  it('refuses to skip without a reason', () =>
    given(atRehabilitation).when(skip('rehabilitation', '  ')).thenThrows('VALIDATION.REQUIRED', { field: 'reason' }));

  it('refuses to skip intake', () => given(readyToAssess).when(skip('intake')).thenThrows('CASE.STAGE_NOT_SKIPPABLE'));

  it('refuses to skip assessment', () => given(atAssessment).when(skip('assessment')).thenThrows('CASE.STAGE_NOT_SKIPPABLE'));

  it('refuses to skip reintegration, which ends by closure', () => given(atReintegration).when(skip('reintegration')).thenThrows('CASE.STAGE_NOT_SKIPPABLE'));

  it('refuses to skip a stage the case is not in', () =>
    given(atRehabilitation).when(skip('repatriation')).thenThrows('CASE.NOT_IN_STAGE', { stage: 'rehabilitation', requested: 'repatriation' }));

  it('refuses to skip once the victim withdrew consent to processing', () =>
    given([...atRehabilitation, processConsentWithdrawn])
      .when(skip('rehabilitation'))
      .thenThrows('CASE.STAGE_REQUIREMENTS_NOT_MET'));

  it('refuses another agency', () =>
    given(atRehabilitation)
      .when(skip('rehabilitation', 'x', kalbarCaseworker))
      .thenThrows('AUTH.FORBIDDEN'));

  it('refuses on a closed case', () => given(closedAtIntake).when(skip('rehabilitation')).thenThrows('CASE.CLOSED'));
});

describe('RequestClosure', () => {
  it('asks a supervisor to close the case, with a reason from the closed list', () => given(atIntake).when(requestClosure()).then([closureRequested()]));

  it("closes as 'reintegrated' only after the reintegration is completed", () =>
    given([...atReintegration, reintegrationPlanApproved(), followUpVisitRecorded(), reintegrationCompleted()])
      .when(requestClosure({ reason: 'reintegrated' }))
      .then([closureRequested('reintegrated')]));

  it("refuses 'reintegrated' before the reintegration is completed", () =>
    given(atReintegration)
      .when(requestClosure({ reason: 'reintegrated' }))
      .thenThrows('CASE.STAGE_REQUIREMENTS_NOT_MET', { missing: ['reintegration_completed'] }));

  it("refuses the reason 'other' without a note", () =>
    given(atIntake)
      .when(requestClosure({ reason: 'other' }))
      .thenThrows('VALIDATION.REQUIRED', { field: 'note' }));

  it('refuses a reason outside the closed list', () =>
    given(atIntake)
      .when(requestClosure({ reason: 'done' }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'reason' }));

  it('refuses while a referral awaits an answer', () =>
    given([...atIntake, referralSent()])
      .when(requestClosure())
      .thenThrows('CASE.OPEN_REFERRALS', { referralIds: ['referral-police'] }));

  it('refuses while an accepted referral is not completed', () =>
    given([...atIntake, referralSent(), referralAccepted()])
      .when(requestClosure())
      .thenThrows('CASE.OPEN_REFERRALS'));

  it('accepts once every referral is completed', () =>
    given([...atIntake, referralSent(), referralAccepted(), referralCompleted()])
      .when(requestClosure())
      .then([closureRequested()]));

  it('refuses while ordered restitution is unpaid and no reason is given', () =>
    given([...atIntake, restitutionOrdered()])
      .when(requestClosure())
      .thenThrows('CASE.UNPAID_RESTITUTION', { restitutionIds: ['restitution-1'] }));

  it('accepts unpaid restitution when the request records why', () =>
    given([...atIntake, restitutionOrdered()])
      .when(requestClosure({ unpaidRestitutionReason: 'execution handed to the prosecutor' }))
      .then([event('ClosureRequested', { reason: 'lost_contact', note: null, unpaidRestitutionReason: 'execution handed to the prosecutor' })]));

  it('refuses while the victim is still in a shelter', () =>
    given([...atIntake, shelterStarted()])
      .when(requestClosure())
      .thenThrows('CASE.OPEN_SHELTER_PLACEMENT'));

  it('accepts once the shelter placement has ended', () =>
    given([...atIntake, shelterStarted(), shelterEnded()])
      .when(requestClosure())
      .then([closureRequested()]));

  it('refuses a second request while one is pending', () =>
    given([...atIntake, closureRequested()])
      .when(requestClosure())
      .thenThrows('CASE.CLOSURE_ALREADY_REQUESTED'));

  it('refuses an auditor', () => given(atIntake).when(requestClosure({}, auditor)).thenThrows('AUTH.FORBIDDEN'));

  it('refuses on a closed case', () => given(closedAtIntake).when(requestClosure()).thenThrows('CASE.CLOSED'));
});

describe('ApproveClosure', () => {
  it('closes the case on a supervisor approval, keeping who asked and why', () =>
    given([...atIntake, closureRequested()])
      .when(approveClosure())
      .then([caseClosed('intake')]));

  it('closes a case with unpaid restitution when the request recorded why', () =>
    given([
      ...atRehabilitation,
      restitutionOrdered(),
      event('ClosureRequested', { reason: 'victim_declined_services', note: null, unpaidRestitutionReason: 'prosecutor executes' }),
    ])
      .when(approveClosure())
      .then([
        event(
          'CaseClosed',
          {
            reason: 'victim_declined_services',
            note: null,
            unpaidRestitutionReason: 'prosecutor executes',
            requestedBy: caseworker,
            closedFromStage: 'rehabilitation',
          },
          { by: supervisor },
        ),
      ]));

  it('refuses a caseworker', () =>
    given([...atIntake, closureRequested()])
      .when(approveClosure(caseworker))
      .thenThrows('AUTH.FORBIDDEN', { rule: 'owner_supervisor' }));

  it("refuses another agency's supervisor", () =>
    given([...atIntake, closureRequested()])
      .when(approveClosure(jatimSupervisor))
      .thenThrows('AUTH.FORBIDDEN'));

  it('refuses without a pending request', () => given(atIntake).when(approveClosure()).thenThrows('CASE.NO_CLOSURE_REQUESTED'));

  it('refuses when a referral was sent after the request', () =>
    given([...atIntake, closureRequested(), referralSent()])
      .when(approveClosure())
      .thenThrows('CASE.OPEN_REFERRALS'));

  it('refuses when restitution was ordered after the request', () =>
    given([...atIntake, closureRequested(), restitutionOrdered()])
      .when(approveClosure())
      .thenThrows('CASE.UNPAID_RESTITUTION'));

  it('refuses when a shelter placement started after the request', () =>
    given([...atIntake, closureRequested(), shelterStarted()])
      .when(approveClosure())
      .thenThrows('CASE.OPEN_SHELTER_PLACEMENT'));

  it('refuses on a closed case', () => given(closedAtIntake).when(approveClosure()).thenThrows('CASE.CLOSED'));
});

describe('RejectClosure', () => {
  it('rejects a pending closure request with a reason', () =>
    given([...atIntake, closureRequested()])
      .when(rejectClosure())
      .then([event('ClosureRejected', { reason: 'try the family once more' }, { by: supervisor })]));

  it('lets the caseworker ask again after a rejection', () =>
    given([...atIntake, closureRequested(), event('ClosureRejected', { reason: 'x' }, { by: supervisor })])
      .when(requestClosure())
      .then([closureRequested()]));

  it('refuses without a reason', () =>
    given([...atIntake, closureRequested()])
      .when(rejectClosure(''))
      .thenThrows('VALIDATION.REQUIRED'));

  it('refuses a caseworker', () =>
    given([...atIntake, closureRequested()])
      .when(rejectClosure('x', caseworker))
      .thenThrows('AUTH.FORBIDDEN'));

  it('refuses without a pending request', () => given(atIntake).when(rejectClosure()).thenThrows('CASE.NO_CLOSURE_REQUESTED'));

  it('refuses on a closed case', () => given(closedAtIntake).when(rejectClosure()).thenThrows('CASE.CLOSED'));
});

describe('ReopenCase', () => {
  const closedAtRehabilitation = [...atRehabilitation, closureRequested(), caseClosed('rehabilitation')];

  it('reopens a closed case in the stage it was closed from, with the reason', () =>
    given(closedAtRehabilitation)
      .when(reopen())
      .then([event('CaseReopened', { reason: 'the victim was found again', stage: 'rehabilitation' }, { by: supervisor })]));

  it('reopens a closed case in an earlier stage', () =>
    given(closedAtRehabilitation)
      .when(reopen({ stage: 'assessment' }))
      .then([event('CaseReopened', { reason: 'the victim was found again', stage: 'assessment' }, { by: supervisor })]));

  it('refuses to reopen in a stage the case never reached', () =>
    given(closedAtRehabilitation)
      .when(reopen({ stage: 'reintegration' }))
      .thenThrows('CASE.INVALID_STAGE_TRANSITION', { closedFromStage: 'rehabilitation' }));

  it('refuses without a reason', () =>
    given(closedAtIntake)
      .when(reopen({ reason: '' }))
      .thenThrows('VALIDATION.REQUIRED'));

  it('refuses a case that is open', () =>
    given([...atIntake, victimRegistered(), processConsentRecorded()])
      .when(reopen())
      .thenThrows('CASE.NOT_CLOSED'));

  it('refuses a caseworker', () => given(closedAtIntake).when(reopen({}, caseworker)).thenThrows('AUTH.FORBIDDEN', { rule: 'owner_supervisor' }));

  it('refuses a case that does not exist', () => given([]).when(reopen()).thenThrows('CASE.NOT_FOUND'));
});
