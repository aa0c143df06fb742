import { describe, it } from '@jest/globals';
import { given } from './testing/given-when-then.js';
import {
  BP2MI,
  JATIM,
  atRehabilitation,
  atRepatriation,
  bp2miOfficer,
  caseworker,
  closedAtIntake,
  command,
  event,
  jatimCaseworker,
  referralAccepted,
  referralSent,
  repatriationCompleted,
  repatriationPlanned,
  victimHandedOver,
} from './testing/fixtures.js';

const planRepatriation = (over = {}, actor = caseworker) =>
  command(
    'PlanRepatriation',
    { from: { kind: 'port', port: 'Nunukan' }, toDistrictCode: '3509', escortAgency: BP2MI, transport: 'sea', plannedDate: '2025-03-20', ...over },
    { actor },
  );
const recordHandover = (actor = caseworker) =>
  command('RecordHandover', { receivingAgency: JATIM, handoverRecordNumber: 'BA/017/III/2025', location: 'Pelabuhan Tanjung Perak' }, { actor });
const completeRepatriation = (actor = caseworker) => command('CompleteRepatriation', {}, { actor });

const bp2miServing = [
  referralSent('referral-bp2mi', { toAgency: BP2MI, toAgencyType: 'bp2mi', service: 'repatriation' }),
  referralAccepted('referral-bp2mi', { by: bp2miOfficer }),
];

describe('PlanRepatriation', () => {
  it('plans the return from a transit port to the origin district', () => given(atRepatriation).when(planRepatriation()).then([repatriationPlanned()]));

  it('records the port as its code: a code of the list as sent, an old list name as the code it stands for', () =>
    given(atRepatriation)
      .when(planRepatriation({ from: { kind: 'port', port: 'IDNNX' } }))
      .then([repatriationPlanned()]));

  it('refuses a port code the ports list does not hold, and free text as a port, naming the field', () => {
    given(atRepatriation)
      .when(planRepatriation({ from: { kind: 'port', port: 'XXNOPE' } }))
      .thenThrows('PORT.UNKNOWN', { field: 'from.port', port: 'XXNOPE' });
    given(atRepatriation)
      .when(planRepatriation({ from: { kind: 'port', port: 'dermaga kampung' } }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'from.port' });
  });

  it('plans the return from abroad under an MoU', () =>
    given(atRepatriation)
      .when(planRepatriation({ from: { kind: 'country', country: 'MY' }, transport: 'air', mouReference: 'MoU KBRI KL 2024' }))
      .then([
        event('RepatriationPlanned', {
          ...repatriationPlanned().data,
          from: { kind: 'country', country: 'MY' },
          transport: 'air',
          mouReference: 'MoU KBRI KL 2024',
        }),
      ]));

  it('refuses an origin country that is not ISO 3166', () =>
    given(atRepatriation)
      .when(planRepatriation({ from: { kind: 'country', country: 'Malaysia' } }))
      .thenThrows('VALIDATION.INVALID_FORMAT', { field: 'from.country' }));

  it('refuses an origin of unknown kind', () =>
    given(atRepatriation)
      .when(planRepatriation({ from: { kind: 'planet' } }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'from.kind' }));

  it('refuses a planned date that is not a calendar date', () =>
    given(atRepatriation)
      .when(planRepatriation({ plannedDate: '2025-02-30' }))
      .thenThrows('VALIDATION.INVALID_FORMAT', { field: 'plannedDate' }));

  it('refuses outside the repatriation stage', () =>
    given(atRehabilitation)
      .when(planRepatriation())
      .thenThrows('CASE.NOT_IN_STAGE', { allowed: ['repatriation'] }));

  it('refuses a new plan once the repatriation is completed', () =>
    given([...atRepatriation, repatriationPlanned(), victimHandedOver(), repatriationCompleted()])
      .when(planRepatriation())
      .thenThrows('REPATRIATION.ALREADY_COMPLETED'));

  it('refuses the receiving province before the transfer is accepted', () =>
    given(atRepatriation).when(planRepatriation({}, jatimCaseworker)).thenThrows('AUTH.FORBIDDEN'));

  it('refuses on a closed case', () => given(closedAtIntake).when(planRepatriation()).thenThrows('CASE.CLOSED'));
});

describe('RecordHandover', () => {
  it('records the handover with its berita acara number', () =>
    given([...atRepatriation, repatriationPlanned()])
      .when(recordHandover())
      .then([victimHandedOver()]));

  it('lets BP2MI record the handover while it serves the case on an accepted referral', () =>
    given([...atRepatriation, ...bp2miServing, repatriationPlanned()])
      .when(recordHandover(bp2miOfficer))
      .then([victimHandedOver({ by: bp2miOfficer })]));

  it('refuses BP2MI without an accepted referral', () =>
    given([...atRepatriation, repatriationPlanned()])
      .when(recordHandover(bp2miOfficer))
      .thenThrows('AUTH.FORBIDDEN', { rule: 'owner_staff_or_participant' }));

  it('refuses a handover before a plan', () => given(atRepatriation).when(recordHandover()).thenThrows('REPATRIATION.NOT_PLANNED'));

  it('refuses a handover after completion', () =>
    given([...atRepatriation, repatriationPlanned(), victimHandedOver(), repatriationCompleted()])
      .when(recordHandover())
      .thenThrows('REPATRIATION.ALREADY_COMPLETED'));

  it('refuses outside the repatriation stage', () => given(atRehabilitation).when(recordHandover()).thenThrows('CASE.NOT_IN_STAGE'));

  it('refuses on a closed case', () => given(closedAtIntake).when(recordHandover()).thenThrows('CASE.CLOSED'));
});

describe('CompleteRepatriation', () => {
  it('completes a planned repatriation after a handover', () =>
    given([...atRepatriation, repatriationPlanned(), victimHandedOver()])
      .when(completeRepatriation())
      .then([repatriationCompleted()]));

  it('refuses without a plan', () => given(atRepatriation).when(completeRepatriation()).thenThrows('REPATRIATION.NOT_PLANNED'));

  it('refuses without a handover', () =>
    given([...atRepatriation, repatriationPlanned()])
      .when(completeRepatriation())
      .thenThrows('REPATRIATION.NO_HANDOVER'));

  it('refuses a second completion', () =>
    given([...atRepatriation, repatriationPlanned(), victimHandedOver(), repatriationCompleted()])
      .when(completeRepatriation())
      .thenThrows('REPATRIATION.ALREADY_COMPLETED'));

  it('refuses another agency', () =>
    given([...atRepatriation, repatriationPlanned(), victimHandedOver()])
      .when(completeRepatriation(jatimCaseworker))
      .thenThrows('AUTH.FORBIDDEN'));

  it('refuses outside the repatriation stage', () => given(atRehabilitation).when(completeRepatriation()).thenThrows('CASE.NOT_IN_STAGE'));

  it('refuses on a closed case', () => given(closedAtIntake).when(completeRepatriation()).thenThrows('CASE.CLOSED'));
});
