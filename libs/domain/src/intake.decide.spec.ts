import { describe, it } from '@jest/globals';
import type { RegisterVictim } from './case.commands.js';
import { given } from './testing/given-when-then.js';
import {
  BP2MI,
  DINSOS,
  KALTIM,
  POLDA,
  VICTIM,
  atIntake,
  atRehabilitation,
  auditor,
  caseOpened,
  caseworker,
  childRegistered,
  closedAtIntake,
  command,
  event,
  kalbarCaseworker,
  police,
  processConsentRecorded,
  readyToAssess,
  supervisor,
  victimRegistered,
} from './testing/fixtures.js';

const openCase = (over = {}, actor = caseworker) =>
  command('OpenCase', { channel: 'port', reporterType: 'government_agency', districtCode: '6503', ...over }, { actor });
const registerVictim = (over: Partial<RegisterVictim['data']> = {}, actor = caseworker) => command('RegisterVictim', { ...VICTIM, ...over }, { actor });
const recordConsent = (over = {}, actor = caseworker) =>
  command('RecordConsent', { consentId: 'consent-process', scope: 'process', evidenceRef: 'DOC-CONSENT-001', ...over }, { actor });
const withdrawConsent = (actor = caseworker) =>
  command('WithdrawConsent', { consentId: 'consent-process', reason: 'the victim no longer wants help' }, { actor });
const overrideConsent = (over = {}, actor = supervisor) =>
  command('OverrideConsent', { overrideId: 'override-1', toAgency: POLDA, reason: 'the child is in immediate danger', ...over }, { actor });

describe('OpenCase', () => {
  it('opens a case at intake owned by the agency of the caseworker who opens it', () => given([]).when(openCase()).then([caseOpened()]));

  it('gives the case the registration number the caller counted, in its province’s series of the year in local time', () => {
    const numbered = openCase();
    const at = (now: string) => ({ ...numbered, metadata: { ...numbered.metadata, now, registrationSeq: 42 } });
    // Kalimantan Timur keeps WITA (UTC+8): 16:30 UTC on 31 December is already the next year there.
    const registration = (year: number) => ({ registration: { number: `KI-${year}-0042`, series: `KI-${year}`, seq: 42 } });
    given([])
      .when(at('2025-12-31T15:59:00.000Z'))
      .then([{ ...caseOpened({ at: '2025-12-31T15:59:00.000Z' }), data: { ...caseOpened({ at: '2025-12-31T15:59:00.000Z' }).data, ...registration(2025) } }]);
    given([])
      .when(at('2025-12-31T16:30:00.000Z'))
      .then([{ ...caseOpened({ at: '2025-12-31T16:30:00.000Z' }), data: { ...caseOpened({ at: '2025-12-31T16:30:00.000Z' }).data, ...registration(2026) } }]);
  });

  it('lets a supervisor open a case too', () =>
    given([])
      .when(openCase({}, supervisor))
      .then([caseOpened({ by: supervisor })]));

  it('refuses to open a case that already exists', () => given(atIntake).when(openCase()).thenThrows('CASE.ALREADY_EXISTS'));

  it('refuses a police investigator, who works on referrals rather than owning cases', () =>
    given([]).when(openCase({}, police)).thenThrows('AUTH.FORBIDDEN', { rule: 'case_staff' }));

  it('refuses a channel outside the closed list', () =>
    given([])
      .when(openCase({ channel: 'email' }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'channel' }));

  it('refuses a district code that is not four Kemendagri digits', () =>
    given([])
      .when(openCase({ districtCode: '64.71' }))
      .thenThrows('VALIDATION.INVALID_FORMAT', { field: 'districtCode' }));

  it('refuses a missing reporter type', () =>
    given([])
      .when(openCase({ reporterType: undefined }))
      .thenThrows('VALIDATION.REQUIRED', { field: 'reporterType' }));
});

describe('every command', () => {
  it('is refused when its metadata carries no ISO time', () =>
    given([])
      .when(command('OpenCase', { channel: 'port', reporterType: 'victim', districtCode: '6503' }, { now: 'yesterday' }))
      .thenThrows('VALIDATION.INVALID_FORMAT', { field: 'metadata.now' }));

  it('is refused when the actor has a role the domain does not know', () =>
    given([])
      .when(openCase({}, { userId: 'x', role: 'mayor' as never, agency: KALTIM }))
      .thenThrows('AUTH.FORBIDDEN', { rule: 'known_role' }));

  it('is refused when its type is unknown', () =>
    given(atIntake)
      .when({ ...openCase(), type: 'DeleteCase' } as never)
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'type' }));

  it('is refused with CASE.NOT_FOUND when it names another case than the stream holds', () =>
    given(atIntake)
      .when(command('RegisterVictim', { ...VICTIM, caseId: 'another-case' }))
      .thenThrows('CASE.NOT_FOUND'));
});

describe('RegisterVictim', () => {
  it('registers the victim by initials, sex, birth year, nationality and origin', () => given(atIntake).when(registerVictim()).then([victimRegistered()]));

  it('registers a child by age band alone', () =>
    given(atIntake)
      .when(registerVictim({ birthYear: undefined, ageBand: '12-17', isChild: true }))
      .then([event('VictimRegistered', { ...VICTIM, birthYear: null, ageBand: '12-17', isChild: true })]));

  it('never copies identity a careless caller sends along into the event', () =>
    given(atIntake)
      .when(registerVictim({ name: 'Siti Rahma', nik: '3509010101010001' } as Partial<RegisterVictim['data']>))
      .then([victimRegistered()]));

  it('refuses a case that does not exist', () => given([]).when(registerVictim()).thenThrows('CASE.NOT_FOUND'));

  it('refuses a caseworker of another agency', () =>
    given(atIntake).when(registerVictim({}, kalbarCaseworker)).thenThrows('AUTH.FORBIDDEN', { rule: 'owner_staff' }));

  it('refuses an auditor, who only reads', () => given(atIntake).when(registerVictim({}, auditor)).thenThrows('AUTH.FORBIDDEN'));

  it('refuses once the case has left intake', () =>
    given(atRehabilitation).when(registerVictim()).thenThrows('CASE.NOT_IN_STAGE', { stage: 'rehabilitation' }));

  it('refuses on a closed case', () => given(closedAtIntake).when(registerVictim()).thenThrows('CASE.CLOSED'));

  it('refuses a second registration', () =>
    given([...atIntake, victimRegistered()])
      .when(registerVictim())
      .thenThrows('CASE.VICTIM_ALREADY_REGISTERED'));

  it('refuses a full name in place of initials', () =>
    given(atIntake)
      .when(registerVictim({ initials: 'Siti Rahma' }))
      .thenThrows('VALIDATION.INVALID_FORMAT', { field: 'initials' }));

  it('refuses a victim without birth year or age band', () =>
    given(atIntake)
      .when(registerVictim({ birthYear: undefined }))
      .thenThrows('VALIDATION.REQUIRED', { field: 'birthYear' }));

  it('refuses a birth year in the future', () =>
    given(atIntake)
      .when(registerVictim({ birthYear: 2030 }))
      .thenThrows('VALIDATION.OUT_OF_RANGE', { field: 'birthYear' }));

  it('refuses an adult whose birth year makes her a child', () =>
    given(atIntake)
      .when(registerVictim({ birthYear: 2010 }))
      .thenThrows('VALIDATION.AGE_INCONSISTENT'));

  it('refuses a child whose birth year makes her an adult', () =>
    given(atIntake)
      .when(registerVictim({ birthYear: 1990, isChild: true }))
      .thenThrows('VALIDATION.AGE_INCONSISTENT'));

  it('refuses a child in an adult age band', () =>
    given(atIntake)
      .when(registerVictim({ birthYear: undefined, ageBand: '18-24', isChild: true }))
      .thenThrows('VALIDATION.AGE_INCONSISTENT'));

  it('refuses an origin district outside the origin province', () =>
    given(atIntake)
      .when(registerVictim({ originProvinceCode: '35', originDistrictCode: '6471' }))
      .thenThrows('VALIDATION.DISTRICT_NOT_IN_PROVINCE'));

  it('refuses a province code that is not two digits', () =>
    given(atIntake)
      .when(registerVictim({ originProvinceCode: '350' }))
      .thenThrows('VALIDATION.INVALID_FORMAT', { field: 'originProvinceCode' }));

  it('refuses a nationality that is not ISO 3166 alpha-2', () =>
    given(atIntake)
      .when(registerVictim({ nationality: 'IDN' }))
      .thenThrows('VALIDATION.INVALID_FORMAT', { field: 'nationality' }));

  it('refuses a missing child flag', () =>
    given(atIntake)
      .when(registerVictim({ isChild: undefined }))
      .thenThrows('VALIDATION.REQUIRED', { field: 'isChild' }));
});

describe('RecordConsent', () => {
  it("records the victim's consent to process her case", () =>
    given([...atIntake, victimRegistered()])
      .when(recordConsent())
      .then([processConsentRecorded()]));

  it('records consent to share with named agencies and agency types for a stated purpose', () =>
    given([...atIntake, victimRegistered()])
      .when(
        recordConsent({
          consentId: 'consent-share',
          scope: 'share',
          agencies: [DINSOS, DINSOS],
          agencyTypes: ['police'],
          purpose: 'law enforcement and shelter',
          evidenceRef: 'DOC-CONSENT-002',
        }),
      )
      .then([
        event('ConsentRecorded', {
          consentId: 'consent-share',
          scope: 'share',
          agencies: [DINSOS],
          agencyTypes: ['police'],
          purpose: 'law enforcement and shelter',
          guardian: null,
          evidenceRef: 'DOC-CONSENT-002',
        }),
      ]));

  it('records consent to process and to share in one step, from one signed form: two consents, the second `<id>-share`', () =>
    given([...atIntake, victimRegistered()])
      .when(recordConsent({ purpose: 'penanganan dan rujukan', share: { agencies: [DINSOS], agencyTypes: ['police', 'police'] } }))
      .then([
        event('ConsentRecorded', { ...processConsentRecorded().data, purpose: 'penanganan dan rujukan' }),
        event('ConsentRecorded', {
          consentId: 'consent-process-share',
          scope: 'share',
          agencies: [DINSOS],
          agencyTypes: ['police'],
          purpose: 'penanganan dan rujukan',
          guardian: null,
          evidenceRef: 'DOC-CONSENT-001',
        }),
      ]));

  it('refuses sharing alongside consent to share, an empty share, a share that is not an object, or an unknown agency in it', () => {
    const registered = given([...atIntake, victimRegistered()]);
    registered
      .when(recordConsent({ scope: 'share', agencyTypes: ['police'], share: { agencyTypes: ['health'] } }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'share' });
    registered.when(recordConsent({ share: {} })).thenThrows('VALIDATION.REQUIRED', { field: 'share.agencies' });
    registered.when(recordConsent({ share: 'police' as never })).thenThrows('VALIDATION.INVALID_VALUE', { field: 'share' });
    registered
      .when(recordConsent({ share: { agencyTypes: ['newspaper' as never] } }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'share.agencyTypes[0]' });
    registered.when(recordConsent({ share: { agencies: ['POLRES-ANTAH-BERANTAH'] } })).thenThrows('AGENCY.UNKNOWN', { field: 'share.agencies[0]' });
  });

  it('refuses a one-step consent whose share id is already taken, recording neither', () =>
    given([
      ...atIntake,
      victimRegistered(),
      event('ConsentRecorded', { ...processConsentRecorded().data, consentId: 'consent-process-share', scope: 'share', agencyTypes: ['police'] }),
    ])
      .when(recordConsent({ share: { agencyTypes: ['health'] } }))
      .thenThrows('CONSENT.ALREADY_EXISTS', { consentId: 'consent-process-share' }));

  it("records a child's consent given with a guardian", () =>
    given([...atIntake, childRegistered()])
      .when(recordConsent({ guardian: { relationship: 'parent', initials: 'MR' } }))
      .then([
        event('ConsentRecorded', {
          ...processConsentRecorded().data,
          guardian: { relationship: 'parent', initials: 'MR' },
        }),
      ]));

  it('records consent in any open stage', () =>
    given(atRehabilitation)
      .when(recordConsent({ consentId: 'consent-share-2', scope: 'share', agencyTypes: ['health'] }))
      .then([
        event('ConsentRecorded', {
          consentId: 'consent-share-2',
          scope: 'share',
          agencies: [],
          agencyTypes: ['health'],
          purpose: null,
          guardian: null,
          evidenceRef: 'DOC-CONSENT-001',
        }),
      ]));

  it("refuses a child's consent without a guardian", () =>
    given([...atIntake, childRegistered()])
      .when(recordConsent())
      .thenThrows('VALIDATION.GUARDIAN_REQUIRED', { field: 'guardian' }));

  it('refuses consent before the victim is registered', () => given(atIntake).when(recordConsent()).thenThrows('CASE.VICTIM_NOT_REGISTERED'));

  it('refuses consent to share that names no agency', () =>
    given([...atIntake, victimRegistered()])
      .when(recordConsent({ scope: 'share' }))
      .thenThrows('VALIDATION.REQUIRED', { field: 'agencies' }));

  it('refuses consent to process that names agencies', () =>
    given([...atIntake, victimRegistered()])
      .when(recordConsent({ agencies: [POLDA] }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'agencies' }));

  it('refuses an agency type outside the closed list', () =>
    given([...atIntake, victimRegistered()])
      .when(recordConsent({ scope: 'share', agencyTypes: ['newspaper'] }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'agencyTypes[0]' }));

  it('refuses consent without an evidence reference', () =>
    given([...atIntake, victimRegistered()])
      .when(recordConsent({ evidenceRef: ' ' }))
      .thenThrows('VALIDATION.REQUIRED', { field: 'evidenceRef' }));

  it('refuses a consent id that is already recorded', () => given(readyToAssess).when(recordConsent()).thenThrows('CONSENT.ALREADY_EXISTS'));

  it('refuses another agency', () =>
    given([...atIntake, victimRegistered()])
      .when(recordConsent({}, police))
      .thenThrows('AUTH.FORBIDDEN'));

  it('refuses on a closed case', () => given(closedAtIntake).when(recordConsent()).thenThrows('CASE.CLOSED'));
});

describe('WithdrawConsent', () => {
  it('records that the victim withdrew a consent', () =>
    given(readyToAssess)
      .when(withdrawConsent())
      .then([event('ConsentWithdrawn', { consentId: 'consent-process', scope: 'process', reason: 'the victim no longer wants help' })]));

  it('refuses a consent that was never recorded', () =>
    given([...atIntake, victimRegistered()])
      .when(withdrawConsent())
      .thenThrows('CONSENT.NOT_FOUND'));

  it('refuses a consent already withdrawn', () =>
    given([...readyToAssess, event('ConsentWithdrawn', { consentId: 'consent-process', scope: 'process', reason: null })])
      .when(withdrawConsent())
      .thenThrows('CONSENT.ALREADY_WITHDRAWN'));

  it('refuses another agency', () => given(readyToAssess).when(withdrawConsent(kalbarCaseworker)).thenThrows('AUTH.FORBIDDEN'));

  it('refuses on a closed case', () =>
    given([...readyToAssess, ...closedAtIntake.slice(1)])
      .when(withdrawConsent())
      .thenThrows('CASE.CLOSED'));
});

describe('OverrideConsent', () => {
  it("records a supervisor's override to share with one agency, with the reason", () =>
    given(readyToAssess)
      .when(overrideConsent({ referralId: 'referral-police' }))
      .then([
        event(
          'ConsentOverrideRecorded',
          { overrideId: 'override-1', toAgency: POLDA, toAgencyType: 'police', referralId: 'referral-police', reason: 'the child is in immediate danger' },
          { by: supervisor },
        ),
      ]));

  it('refuses a caseworker', () => given(readyToAssess).when(overrideConsent({}, caseworker)).thenThrows('AUTH.FORBIDDEN', { rule: 'owner_supervisor' }));

  it('refuses an override without a reason', () =>
    given(readyToAssess)
      .when(overrideConsent({ reason: '' }))
      .thenThrows('VALIDATION.REQUIRED', { field: 'reason' }));

  it('refuses an override for the owning agency itself', () =>
    given(readyToAssess)
      .when(overrideConsent({ toAgency: KALTIM }))
      .thenThrows('VALIDATION.SAME_AGENCY'));

  it('refuses an override id that is already recorded', () =>
    given([
      ...readyToAssess,
      event('ConsentOverrideRecorded', { overrideId: 'override-1', toAgency: BP2MI, referralId: null, reason: 'x' }, { by: supervisor }),
    ])
      .when(overrideConsent())
      .thenThrows('CONSENT.ALREADY_EXISTS'));

  it('refuses on a closed case', () => given(closedAtIntake).when(overrideConsent()).thenThrows('CASE.CLOSED'));
});

const SEALED = { $sealed: `v1.${'A'.repeat(16)}.${'B'.repeat(20)}.${'C'.repeat(22)}` };
const eraseIdentity = (actor = supervisor) => command('EraseIdentity', { legalBasis: 'UU PDP 27/2022 Pasal 8' }, { actor });
const identityErased = () => event('IdentityErased', { legalBasis: 'UU PDP 27/2022 Pasal 8' }, { by: supervisor });
const policeReportFiled = () =>
  event('PoliceReportFiled', { reportNumber: 'LP/B/12/XI/2026/POLDA', unit: 'Ditreskrimum', policeAgency: POLDA, filedOn: '2025-03-04' }, { by: police });

describe('RegisterVictim with an identity', () => {
  it('records identity fields only as sealed tokens', () =>
    given(atIntake)
      .when(registerVictim({ identity: { fullName: SEALED, nik: SEALED } }))
      .then([event('VictimRegistered', { ...VICTIM, ageBand: null, identity: { fullName: SEALED, nik: SEALED } })]));

  it('refuses identity in clear text, so it can never reach the event log', () =>
    given(atIntake)
      .when(registerVictim({ identity: { fullName: 'Siti Rahmawati' } as never }))
      .thenThrows('VALIDATION.INVALID_FORMAT', { field: 'identity.fullName' }));

  it('refuses a sealed token given as a string: only a typed sealed value is sealed', () =>
    given(atIntake)
      .when(registerVictim({ identity: { fullName: SEALED.$sealed } as never }))
      .thenThrows('VALIDATION.INVALID_FORMAT', { field: 'identity.fullName' }));

  it('refuses a field that is not an identity field', () =>
    given(atIntake)
      .when(registerVictim({ identity: { religion: SEALED } as RegisterVictim['data']['identity'] }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'identity.religion' }));

  it('refuses to record an identity again after it was erased', () =>
    given([...atIntake, identityErased()])
      .when(registerVictim({ identity: { fullName: SEALED } }))
      .thenThrows('IDENTITY.ERASED'));
});

describe('EraseIdentity', () => {
  it("erases the victim's identity at the owning supervisor's request, with a legal basis", () =>
    given([...atIntake, victimRegistered()])
      .when(eraseIdentity())
      .then([identityErased()]));

  it('erases on a closed case too, once the police case is over', () =>
    given([...closedAtIntake, policeReportFiled()])
      .when(eraseIdentity())
      .then([identityErased()]));

  it('refuses while a police case is open: law enforcement needs the identity (legal hold)', () =>
    given([...atRehabilitation, policeReportFiled()])
      .when(eraseIdentity())
      .thenThrows('IDENTITY.LEGAL_HOLD', { openPoliceCase: true }));

  const courtSteps = [
    event('SpdpIssued', { spdpNumber: 'SPDP/1', issuedOn: '2025-03-04' }),
    event('CaseFileCompleted', { completeOn: '2025-03-05' }),
    event('ProsecutionStarted', { startedOn: '2025-03-06', court: 'PN Nunukan' }),
  ];
  const verdict = (over = {}) =>
    event('VerdictRecorded', {
      verdictNumber: '1/Pid.Sus/2025/PN Nnk',
      decidedOn: '2025-03-07',
      court: 'PN Nunukan',
      outcome: 'convicted',
      sentenceMonths: 36,
      restitutionOrderedAmount: 0,
      restitutionId: null,
      ...over,
    });

  it('refuses on a closed case while the prosecutor or a court has the case: the victim testifies', () =>
    given([...closedAtIntake, policeReportFiled(), ...courtSteps.slice(0, 2)])
      .when(eraseIdentity())
      .thenThrows('IDENTITY.LEGAL_HOLD', { openPoliceCase: false, courtProcess: true }));

  it('erases once the verdict is recorded and nothing it ordered is unpaid, even on an open case', () =>
    given([...atRehabilitation, policeReportFiled(), ...courtSteps, verdict()])
      .when(eraseIdentity())
      .then([identityErased()]));

  it('refuses while restitution the verdict ordered is unpaid', () =>
    given([
      ...atRehabilitation,
      policeReportFiled(),
      ...courtSteps,
      verdict({ restitutionOrderedAmount: 5_000_000, restitutionId: 'restitution-verdict' }),
      event('RestitutionOrdered', {
        restitutionId: 'restitution-verdict',
        amount: 5_000_000,
        verdictNumber: '1/Pid.Sus/2025/PN Nnk',
        verdictFinalOn: '2025-03-07',
        payBy: '2025-03-21',
      }),
    ])
      .when(eraseIdentity())
      .thenThrows('IDENTITY.LEGAL_HOLD', { openPoliceCase: false, courtProcess: false, unpaidRestitutionOrder: true }));

  it('refuses while a court-ordered restitution is unpaid', () =>
    given([
      ...atRehabilitation,
      event('RestitutionOrdered', {
        restitutionId: 'restitution-1',
        amount: 25_000_000,
        verdictNumber: '12/Pid.Sus/2026/PN Bpp',
        verdictFinalOn: '2025-03-01',
        payBy: '2025-03-15',
      }),
    ])
      .when(eraseIdentity())
      .thenThrows('IDENTITY.LEGAL_HOLD', { unpaidRestitutionOrder: true }));

  it('refuses to erase twice', () =>
    given([...atIntake, identityErased()])
      .when(eraseIdentity())
      .thenThrows('IDENTITY.ALREADY_ERASED'));

  it('refuses a caseworker: only a supervisor of the owning agency erases', () =>
    given(atIntake).when(eraseIdentity(caseworker)).thenThrows('AUTH.FORBIDDEN', { rule: 'owner_supervisor' }));

  it('refuses without a legal basis', () =>
    given(atIntake)
      .when(command('EraseIdentity', { legalBasis: ' ' }, { actor: supervisor }))
      .thenThrows('VALIDATION.REQUIRED', { field: 'legalBasis' }));
});
