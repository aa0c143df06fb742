import { describe, expect, it } from '@jest/globals';
import type { DirectoryAgency } from './actor.js';
import { foldCase } from './case.evolve.js';
import type { CaseEvent } from './case.events.js';
import { sealedIdentity } from './identity.js';
import { given } from './testing/given-when-then.js';
import { BP2MI, DIRECTORY, POLDA, T0, atIntake, caseOpened, caseworker, closedAtIntake, command, event, police } from './testing/fixtures.js';

const SEALED = { $sealed: `v1.${'A'.repeat(16)}.${'B'.repeat(20)}.${'C'.repeat(22)}` };

const openCase = (over = {}, agencies = DIRECTORY) =>
  command('OpenCase', { channel: 'port', reporterType: 'government_agency', districtCode: '6503', ...over }, { actor: caseworker, agencies });
const returnLeg = (over = {}, actor = caseworker, now = T0) =>
  command(
    'RecordReturnLeg',
    { arrivalKind: 'deported', fromCountry: 'MY', fromPort: 'MYTWU', entryPort: 'IDNNX', arrivedOn: '2025-03-01', transport: 'sea', ...over },
    { actor, now },
  );
const legRecorded = (over = {}) =>
  event('ReturnLegRecorded', {
    arrivalKind: 'deported',
    fromCountry: 'MY',
    fromPort: 'MYTWU',
    fromPlace: null,
    entryPort: 'IDNNX',
    entryPlace: null,
    arrivedOn: '2025-03-01',
    transport: 'sea',
    ...over,
  });

describe('OpenCase with the reporting agency', () => {
  it('records the agency that reported the case, as the directory holds it', () =>
    given([])
      .when(openCase({ reportingAgency: BP2MI }))
      .then([{ ...caseOpened(), data: { ...caseOpened().data, reportingAgency: BP2MI } }]));

  it('leaves it out when none is named (an optional field left empty)', () =>
    given([])
      .when(openCase({ reportingAgency: undefined }))
      .then([caseOpened()]));

  it('refuses an agency the directory does not hold, with its own code', () =>
    given([])
      .when(openCase({ reportingAgency: 'KBRI-ATLANTIS' }))
      .thenThrows('AGENCY.UNKNOWN', { field: 'reportingAgency', agency: 'KBRI-ATLANTIS' }));

  it('refuses an agency that no longer acts', () => {
    const inactive: DirectoryAgency = { ...DIRECTORY[POLDA]!, active: false };
    given([])
      .when(openCase({ reportingAgency: POLDA }, { ...DIRECTORY, [POLDA]: inactive }))
      .thenThrows('AGENCY.INACTIVE', { field: 'reportingAgency' });
  });

  it('refuses free text where an agency code belongs', () =>
    given([])
      .when(openCase({ reportingAgency: 'KBRI di Kuala Lumpur' }))
      .thenThrows('VALIDATION.INVALID_FORMAT', { field: 'reportingAgency' }));

  it('refuses a number where an agency code belongs', () =>
    given([])
      .when(openCase({ reportingAgency: 42 }))
      .thenThrows('VALIDATION.INVALID_FORMAT', { field: 'reportingAgency' }));
});

describe('RecordReturnLeg', () => {
  it('records a deportation from Tawau to Tunon Taka, Nunukan, by sea', () => given(atIntake).when(returnLeg()).then([legRecorded()]));

  it('records a place the list lacks as sealed free text, the port left null', () =>
    given(atIntake)
      .when(returnLeg({ fromPort: undefined, fromPlace: SEALED, entryPort: undefined, entryPlace: SEALED, transport: undefined }))
      .then([legRecorded({ fromPort: null, fromPlace: SEALED, entryPort: null, entryPlace: SEALED, transport: null })]));

  it('records a return by an Indonesian mission with only the country known', () =>
    given(atIntake)
      .when(returnLeg({ arrivalKind: 'returned_by_mission', fromCountry: 'SA', fromPort: undefined, entryPort: 'CGK', transport: 'air' }))
      .then([legRecorded({ arrivalKind: 'returned_by_mission', fromCountry: 'SA', fromPort: null, entryPort: 'CGK', transport: 'air' })]));

  it('accepts today in Indonesia’s easternmost zone (the clock tolerance) and refuses the day after', () => {
    // 20:00 UTC on 3 March is already 4 March in WIT.
    given(atIntake)
      .when(returnLeg({ arrivedOn: '2025-03-04' }, caseworker, '2025-03-03T20:00:00.000Z'))
      .then([{ ...legRecorded({ arrivedOn: '2025-03-04' }), data: { ...legRecorded({ arrivedOn: '2025-03-04' }).data, at: '2025-03-03T20:00:00.000Z' } }]);
    given(atIntake)
      .when(returnLeg({ arrivedOn: '2025-03-05' }, caseworker, '2025-03-03T20:00:00.000Z'))
      .thenThrows('VALIDATION.OUT_OF_RANGE', { field: 'arrivedOn' });
  });

  it('refuses an impossible day (31 February), another format and a day before 1950', () => {
    given(atIntake)
      .when(returnLeg({ arrivedOn: '2025-02-31' }))
      .thenThrows('VALIDATION.INVALID_FORMAT', { field: 'arrivedOn' });
    given(atIntake)
      .when(returnLeg({ arrivedOn: '01-03-2025' }))
      .thenThrows('VALIDATION.INVALID_FORMAT', { field: 'arrivedOn' });
    given(atIntake)
      .when(returnLeg({ arrivedOn: '1949-12-31' }))
      .thenThrows('VALIDATION.OUT_OF_RANGE', { field: 'arrivedOn' });
    given(atIntake)
      .when(returnLeg({ arrivedOn: undefined }))
      .thenThrows('VALIDATION.REQUIRED', { field: 'arrivedOn' });
  });

  it('refuses a return leg that starts in Indonesia: that is the trip home', () =>
    given(atIntake)
      .when(returnLeg({ fromCountry: 'ID', fromPort: undefined }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'fromCountry' }));

  it('needs the entry point, from the list or as another place, never both', () => {
    given(atIntake)
      .when(returnLeg({ entryPort: undefined }))
      .thenThrows('VALIDATION.REQUIRED', { field: 'entryPort' });
    given(atIntake)
      .when(returnLeg({ entryPlace: SEALED }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'entryPlace' });
    given(atIntake)
      .when(returnLeg({ fromPlace: SEALED }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'fromPlace' });
  });

  it('refuses a port that is no code and a means outside the list', () => {
    given(atIntake)
      .when(returnLeg({ entryPort: 'Pelabuhan Tunon Taka' }))
      .thenThrows('VALIDATION.INVALID_FORMAT', { field: 'entryPort' });
    given(atIntake)
      .when(returnLeg({ transport: 'speedboat' }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'transport' });
    given(atIntake)
      .when(returnLeg({ arrivalKind: 'escaped' }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'arrivalKind' });
  });

  it('refuses overly long free text', () =>
    given(atIntake)
      .when(returnLeg({ entryPort: undefined, entryPlace: 'x'.repeat(201) }))
      .thenThrows('VALIDATION.TOO_LONG', { field: 'entryPlace' }));

  it('is the owner’s staff’s to record, on an open case', () => {
    given(atIntake).when(returnLeg({}, police)).thenThrows('AUTH.FORBIDDEN');
    given(closedAtIntake).when(returnLeg()).thenThrows('CASE.CLOSED');
  });

  it('a correction is recorded again; the case it leaves is the same as before it (it decides nothing later)', () => {
    const before = foldCase(atIntake);
    const after = foldCase([...atIntake, legRecorded(), legRecorded({ entryPort: 'IDTRK' })] as CaseEvent[]);
    expect(after).toEqual(before);
  });
});

describe('the kronologi at intake', () => {
  it('is an identity field: accepted only sealed, refused in clear', () => {
    expect(sealedIdentity({ kronologi: SEALED })).toEqual({ kronologi: SEALED });
    expect(() => sealedIdentity({ kronologi: 'direkrut di Jember oleh Pak Darmo' })).toThrow(/must be sealed/);
  });

  it('is recorded sealed with the victim', () =>
    given([caseOpened()])
      .when(
        command('RegisterVictim', {
          initials: 'SR',
          sex: 'female',
          birthYear: 2001,
          isChild: false,
          nationality: 'ID',
          originProvinceCode: '35',
          originDistrictCode: '3509',
          identity: { kronologi: SEALED },
        }),
      )
      .then([
        event('VictimRegistered', {
          initials: 'SR',
          sex: 'female',
          birthYear: 2001,
          ageBand: null,
          isChild: false,
          nationality: 'ID',
          originProvinceCode: '35',
          originDistrictCode: '3509',
          identity: { kronologi: SEALED },
        }),
      ]));
});
