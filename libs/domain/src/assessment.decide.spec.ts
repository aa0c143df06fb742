import { describe, it } from '@jest/globals';
import { given } from './testing/given-when-then.js';
import {
  INDICATORS,
  atAssessment,
  atIntake,
  atRehabilitation,
  assessmentApproved,
  assessmentRecorded,
  caseworker,
  closedAtIntake,
  command,
  event,
  jatimCaseworker,
  supervisor,
} from './testing/fixtures.js';

const recordAssessment = (over = {}, actor = caseworker) =>
  command(
    'RecordAssessment',
    {
      assessmentId: 'assessment-1',
      indicators: INDICATORS,
      victimStatus: 'confirmed',
      riskLevel: 'high',
      needs: ['shelter', 'psychosocial', 'repatriation'],
      ...over,
    },
    { actor },
  );
const approveAssessment = (assessmentId = 'assessment-1', actor = supervisor) => command('ApproveAssessment', { assessmentId }, { actor });

describe('RecordAssessment', () => {
  it('records trafficking indicators, victim status, risk and needs', () => given(atAssessment).when(recordAssessment()).then([assessmentRecorded()]));

  it('records a finding that the person is not a victim without any exploitation', () =>
    given(atAssessment)
      .when(recordAssessment({ assessmentId: 'assessment-2', victimStatus: 'not_a_victim', indicators: { ...INDICATORS, exploitationTypes: [] }, needs: [] }))
      .then([
        event('AssessmentRecorded', {
          assessmentId: 'assessment-2',
          indicators: { ...INDICATORS, exploitationTypes: [] },
          victimStatus: 'not_a_victim',
          riskLevel: 'high',
          needs: [],
        }),
      ]));

  it('refuses a confirmed victim without any form of exploitation', () =>
    given(atAssessment)
      .when(recordAssessment({ indicators: { ...INDICATORS, exploitationTypes: [] } }))
      .thenThrows('VALIDATION.REQUIRED', { field: 'indicators.exploitationTypes' }));

  it('records a presumed victim whose form of exploitation is not known yet (the optional field left empty)', () =>
    given(atAssessment)
      .when(recordAssessment({ victimStatus: 'presumed', indicators: { ...INDICATORS, exploitationTypes: [] } }))
      .then([
        event('AssessmentRecorded', {
          assessmentId: 'assessment-1',
          indicators: { ...INDICATORS, exploitationTypes: [] },
          victimStatus: 'presumed',
          riskLevel: 'high',
          needs: ['shelter', 'psychosocial', 'repatriation'],
        }),
      ]));

  it('refuses a destination that is not an ISO 3166 country code', () =>
    given(atAssessment)
      .when(recordAssessment({ indicators: { ...INDICATORS, destinationCountry: 'Malaysia' } }))
      .thenThrows('VALIDATION.INVALID_FORMAT', { field: 'indicators.destinationCountry' }));

  it('refuses a means of control outside the closed list', () =>
    given(atAssessment)
      .when(recordAssessment({ indicators: { ...INDICATORS, meansOfControl: ['magic'] } }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'indicators.meansOfControl[0]' }));

  it('records transit points as port codes: an old list name as its code, each once; other stays', () =>
    given(atAssessment)
      .when(recordAssessment({ indicators: { ...INDICATORS, transitPoints: ['IDNNX', 'Nunukan', 'Tawau', 'other'] } }))
      .then([
        event('AssessmentRecorded', {
          assessmentId: 'assessment-1',
          indicators: { ...INDICATORS, transitPoints: ['IDNNX', 'MYTWU', 'other'] },
          victimStatus: 'confirmed',
          riskLevel: 'high',
          needs: ['shelter', 'psychosocial', 'repatriation'],
        }),
      ]));

  it('refuses a port code the ports list does not hold, naming the field', () =>
    given(atAssessment)
      .when(recordAssessment({ indicators: { ...INDICATORS, transitPoints: ['IDNNX', 'XXNOPE'] } }))
      .thenThrows('PORT.UNKNOWN', { field: 'indicators.transitPoints[1]', port: 'XXNOPE' }));

  it('refuses free text as a transit point', () =>
    given(atAssessment)
      .when(recordAssessment({ indicators: { ...INDICATORS, transitPoints: ['rumah Pak Darto'] } }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'indicators.transitPoints[0]' }));

  it('refuses an assessment without indicators', () =>
    given(atAssessment)
      .when(recordAssessment({ indicators: undefined }))
      .thenThrows('VALIDATION.REQUIRED', { field: 'indicators' }));

  it('refuses an unknown risk level', () =>
    given(atAssessment)
      .when(recordAssessment({ riskLevel: 'extreme' }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'riskLevel' }));

  it('refuses outside the assessment stage', () =>
    given(atIntake)
      .when(recordAssessment())
      .thenThrows('CASE.NOT_IN_STAGE', { stage: 'intake', allowed: ['assessment'] }));

  it('refuses an assessment id already recorded', () =>
    given([...atAssessment, assessmentRecorded()])
      .when(recordAssessment())
      .thenThrows('ASSESSMENT.ALREADY_EXISTS'));

  it('refuses another agency', () => given(atAssessment).when(recordAssessment({}, jatimCaseworker)).thenThrows('AUTH.FORBIDDEN'));

  it('refuses on a closed case', () => given(closedAtIntake).when(recordAssessment()).thenThrows('CASE.CLOSED'));
});

describe('ApproveAssessment', () => {
  it("records a supervisor's approval of the latest assessment", () =>
    given([...atAssessment, assessmentRecorded()])
      .when(approveAssessment())
      .then([assessmentApproved()]));

  it('refuses a caseworker', () =>
    given([...atAssessment, assessmentRecorded()])
      .when(approveAssessment('assessment-1', caseworker))
      .thenThrows('AUTH.FORBIDDEN', { rule: 'owner_supervisor' }));

  it('refuses an assessment that was never recorded', () => given(atAssessment).when(approveAssessment()).thenThrows('ASSESSMENT.NOT_FOUND'));

  it('refuses an assessment already approved', () =>
    given([...atAssessment, assessmentRecorded(), assessmentApproved()])
      .when(approveAssessment())
      .thenThrows('ASSESSMENT.ALREADY_APPROVED'));

  it('refuses an assessment a later one replaced', () =>
    given([...atAssessment, assessmentRecorded(), assessmentRecorded('assessment-2')])
      .when(approveAssessment())
      .thenThrows('ASSESSMENT.SUPERSEDED', { latestAssessmentId: 'assessment-2' }));

  it('refuses outside the assessment stage', () => given(atRehabilitation).when(approveAssessment()).thenThrows('CASE.NOT_IN_STAGE'));

  it('refuses on a closed case', () => given(closedAtIntake).when(approveAssessment()).thenThrows('CASE.CLOSED'));
});
