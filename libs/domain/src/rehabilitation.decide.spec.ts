import { describe, it } from '@jest/globals';
import { DEFAULT_POLICY } from './case.policy.js';
import { given } from './testing/given-when-then.js';
import {
  DINSOS,
  KALTIM,
  RSUD,
  atAssessment,
  atIntake,
  atRehabilitation,
  atReintegration,
  caseworker,
  closedAtIntake,
  command,
  day,
  dinsosOfficer,
  event,
  healthOfficer,
  kalbarCaseworker,
  serviceDelivered,
  serviceRequested,
  shelterEnded,
  shelterStarted,
  system,
} from './testing/fixtures.js';

const requestService = (over = {}, actor = caseworker, now = day(0)) =>
  command('RequestService', { serviceId: 'service-1', service: 'psychosocial', ...over }, { actor, now });
const recordDelivered = (actor = caseworker, now = day(2)) => command('RecordServiceDelivered', { serviceId: 'service-1' }, { actor, now });
const startShelter = (over = {}, actor = caseworker) =>
  command('StartShelterPlacement', { placementId: 'placement-1', shelterAgency: DINSOS, ...over }, { actor });
const extendShelter = (over = {}, actor = caseworker) =>
  command('ExtendShelterPlacement', { placementId: 'placement-1', days: 7, reason: 'waiting for the escort', ...over }, { actor });
const endShelter = (over = {}, actor = caseworker) =>
  command('EndShelterPlacement', { placementId: 'placement-1', reason: 'returned_to_family', ...over }, { actor });

describe('RequestService', () => {
  it('requests a service and starts the seven-day clock of UU 21/2007 Art. 52', () =>
    given(atRehabilitation)
      .when(requestService())
      .then([event('ServiceRequested', { serviceId: 'service-1', service: 'psychosocial', providerAgency: null, note: null, dueBy: day(7) })]));

  it('takes the deadline from the policy when a region sets another one', () =>
    given(atRehabilitation)
      .when(requestService(), { ...DEFAULT_POLICY, serviceDeadlineDays: 3 })
      .then([event('ServiceRequested', { serviceId: 'service-1', service: 'psychosocial', providerAgency: null, note: null, dueBy: day(3) })]));

  it('requests first aid already at intake, on its own deadline of Art. 53', () =>
    given(atIntake)
      .when(requestService({ service: 'first_aid', providerAgency: RSUD, note: 'wound on the arm' }), { ...DEFAULT_POLICY, firstAidDeadlineDays: 1 })
      .then([event('ServiceRequested', { serviceId: 'service-1', service: 'first_aid', providerAgency: RSUD, note: 'wound on the arm', dueBy: day(1) })]));

  it('refuses a non-urgent service before the rehabilitation stage', () =>
    given(atAssessment)
      .when(requestService({ service: 'legal_aid' }))
      .thenThrows('CASE.NOT_IN_STAGE', { stage: 'assessment' }));

  it('refuses a service outside the closed list', () =>
    given(atRehabilitation)
      .when(requestService({ service: 'massage' }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'service' }));

  it('refuses a service id already requested', () =>
    given([...atRehabilitation, serviceRequested()])
      .when(requestService())
      .thenThrows('SERVICE.ALREADY_EXISTS'));

  it('refuses another agency', () => given(atRehabilitation).when(requestService({}, kalbarCaseworker)).thenThrows('AUTH.FORBIDDEN'));

  it('refuses on a closed case', () =>
    given(closedAtIntake)
      .when(requestService({ service: 'first_aid' }))
      .thenThrows('CASE.CLOSED'));
});

const flagOverdue = (actor = system, now = day(8)) => command('FlagOverdueService', { serviceId: 'service-1' }, { actor, now });

describe('FlagOverdueService', () => {
  it("flags a service not delivered within its clock and escalates to the owner's supervisor", () =>
    given([...atRehabilitation, serviceRequested()])
      .when(flagOverdue())
      .then([
        event(
          'ServiceOverdueFlagged',
          { serviceId: 'service-1', service: 'psychosocial', providerAgency: null, dueBy: day(7), escalateTo: { agency: KALTIM, role: 'supervisor' } },
          { at: day(8), by: system },
        ),
      ]));

  it('refuses anyone but the deadline sweep', () =>
    given([...atRehabilitation, serviceRequested()])
      .when(flagOverdue(caseworker))
      .thenThrows('AUTH.FORBIDDEN'));

  it('refuses before the clock has run out', () =>
    given([...atRehabilitation, serviceRequested()])
      .when(flagOverdue(system, day(6)))
      .thenThrows('SERVICE.NOT_DUE'));

  it('refuses a service already delivered', () =>
    given([...atRehabilitation, serviceRequested(), serviceDelivered()])
      .when(flagOverdue())
      .thenThrows('SERVICE.ALREADY_DELIVERED'));

  it('refuses to flag the same service twice', () =>
    given([
      ...atRehabilitation,
      serviceRequested(),
      event(
        'ServiceOverdueFlagged',
        { serviceId: 'service-1', service: 'psychosocial', providerAgency: null, dueBy: day(7), escalateTo: { agency: KALTIM, role: 'supervisor' } },
        { at: day(8), by: system },
      ),
    ])
      .when(flagOverdue(system, day(9)))
      .thenThrows('SERVICE.ALREADY_FLAGGED'));

  it('refuses a service that was never requested', () => given(atRehabilitation).when(flagOverdue()).thenThrows('SERVICE.NOT_FOUND'));

  it('still lets the late service be delivered, recorded as late', () =>
    given([
      ...atRehabilitation,
      serviceRequested(),
      event(
        'ServiceOverdueFlagged',
        { serviceId: 'service-1', service: 'psychosocial', providerAgency: null, dueBy: day(7), escalateTo: { agency: KALTIM, role: 'supervisor' } },
        { at: day(8), by: system },
      ),
    ])
      .when(recordDelivered(caseworker, day(9)))
      .then([event('ServiceDelivered', { serviceId: 'service-1', service: 'psychosocial', dueBy: day(7), onTime: false, note: null }, { at: day(9) })]));
});

describe('RecordServiceDelivered', () => {
  it('records a delivery within the deadline as on time', () =>
    given([...atRehabilitation, serviceRequested()])
      .when(recordDelivered())
      .then([event('ServiceDelivered', { serviceId: 'service-1', service: 'psychosocial', dueBy: day(7), onTime: true, note: null }, { at: day(2) })]));

  it('records a delivery after the deadline as late', () =>
    given([...atRehabilitation, serviceRequested()])
      .when(recordDelivered(caseworker, day(9)))
      .then([event('ServiceDelivered', { serviceId: 'service-1', service: 'psychosocial', dueBy: day(7), onTime: false, note: null }, { at: day(9) })]));

  it('lets the named provider agency record its own delivery', () =>
    given([...atIntake, event('ServiceRequested', { serviceId: 'service-1', service: 'first_aid', providerAgency: RSUD, note: null, dueBy: day(7) })])
      .when(recordDelivered(healthOfficer))
      .then([
        event('ServiceDelivered', { serviceId: 'service-1', service: 'first_aid', dueBy: day(7), onTime: true, note: null }, { at: day(2), by: healthOfficer }),
      ]));

  it('refuses an agency that neither owns the case nor provides the service', () =>
    given([...atRehabilitation, serviceRequested()])
      .when(recordDelivered(dinsosOfficer))
      .thenThrows('AUTH.FORBIDDEN'));

  it('refuses a service that was never requested', () => given(atRehabilitation).when(recordDelivered()).thenThrows('SERVICE.NOT_FOUND'));

  it('refuses a service already delivered', () =>
    given([...atRehabilitation, serviceRequested(), serviceDelivered()])
      .when(recordDelivered())
      .thenThrows('SERVICE.ALREADY_DELIVERED'));

  it('refuses on a closed case', () =>
    given([...atIntake, serviceRequested(), ...closedAtIntake.slice(1)])
      .when(recordDelivered())
      .thenThrows('CASE.CLOSED'));
});

describe('StartShelterPlacement', () => {
  it('starts a placement planned for the default stay', () => given(atIntake).when(startShelter()).then([shelterStarted()]));

  it('starts a placement for a stated number of days', () =>
    given(atRehabilitation)
      .when(startShelter({ days: 14 }))
      .then([event('ShelterPlacementStarted', { placementId: 'placement-1', shelterAgency: DINSOS, plannedEndBy: day(14) })]));

  it('refuses a second placement while one is active', () =>
    given([...atIntake, shelterStarted()])
      .when(startShelter({ placementId: 'placement-2' }))
      .thenThrows('SHELTER.ALREADY_PLACED'));

  it('refuses a placement id already used', () =>
    given([...atIntake, shelterStarted(), shelterEnded()])
      .when(startShelter())
      .thenThrows('SHELTER.ALREADY_EXISTS'));

  it('refuses a stay longer than ninety days', () =>
    given(atIntake)
      .when(startShelter({ days: 120 }))
      .thenThrows('VALIDATION.OUT_OF_RANGE', { field: 'days' }));

  it('refuses a new placement during reintegration', () =>
    given(atReintegration).when(startShelter()).thenThrows('CASE.NOT_IN_STAGE', { stage: 'reintegration' }));

  it('refuses another agency', () => given(atIntake).when(startShelter({}, dinsosOfficer)).thenThrows('AUTH.FORBIDDEN'));

  it('refuses on a closed case', () => given(closedAtIntake).when(startShelter()).thenThrows('CASE.CLOSED'));
});

describe('ExtendShelterPlacement', () => {
  it('extends the planned end of an active placement, with the reason', () =>
    given([...atIntake, shelterStarted()])
      .when(extendShelter())
      .then([event('ShelterPlacementExtended', { placementId: 'placement-1', days: 7, reason: 'waiting for the escort', plannedEndBy: day(14) })]));

  it('refuses an extension without a reason', () =>
    given([...atIntake, shelterStarted()])
      .when(extendShelter({ reason: '' }))
      .thenThrows('VALIDATION.REQUIRED', { field: 'reason' }));

  it('refuses an extension of zero days', () =>
    given([...atIntake, shelterStarted()])
      .when(extendShelter({ days: 0 }))
      .thenThrows('VALIDATION.OUT_OF_RANGE', { field: 'days' }));

  it('refuses a placement that does not exist', () => given(atIntake).when(extendShelter()).thenThrows('SHELTER.NOT_FOUND'));

  it('refuses a placement that has ended', () =>
    given([...atIntake, shelterStarted(), shelterEnded()])
      .when(extendShelter())
      .thenThrows('SHELTER.ALREADY_ENDED'));

  it('refuses another agency', () =>
    given([...atIntake, shelterStarted()])
      .when(extendShelter({}, kalbarCaseworker))
      .thenThrows('AUTH.FORBIDDEN'));

  it('refuses on a closed case', () => given(closedAtIntake).when(extendShelter()).thenThrows('CASE.CLOSED'));
});

describe('EndShelterPlacement', () => {
  it('ends an active placement with a reason from the closed list', () =>
    given([...atIntake, shelterStarted()])
      .when(endShelter())
      .then([shelterEnded()]));

  it("refuses the reason 'other' without a note", () =>
    given([...atIntake, shelterStarted()])
      .when(endShelter({ reason: 'other' }))
      .thenThrows('VALIDATION.REQUIRED', { field: 'note' }));

  it('refuses a reason outside the closed list', () =>
    given([...atIntake, shelterStarted()])
      .when(endShelter({ reason: 'bored' }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'reason' }));

  it('refuses a placement that does not exist', () => given(atIntake).when(endShelter()).thenThrows('SHELTER.NOT_FOUND'));

  it('refuses a placement already ended', () =>
    given([...atIntake, shelterStarted(), shelterEnded()])
      .when(endShelter())
      .thenThrows('SHELTER.ALREADY_ENDED'));

  it('refuses another agency', () =>
    given([...atIntake, shelterStarted()])
      .when(endShelter({}, dinsosOfficer))
      .thenThrows('AUTH.FORBIDDEN'));

  it('refuses on a closed case', () => given(closedAtIntake).when(endShelter()).thenThrows('CASE.CLOSED'));
});
