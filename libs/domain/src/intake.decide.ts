import { AGENCY_TYPES, type AgencyType } from './actor.js';
import { CASE_OWNER_TYPES, resolvedAgency } from './agency.js';
import { requireCaseStaff, requireOwnerStaff, requireOwnerSupervisor } from './case.access.js';
import type { EraseIdentity, OpenCase, OverrideConsent, RecordConsent, RecordReturnLeg, RegisterVictim, WithdrawConsent } from './case.commands.js';
import type {
  CaseOpened,
  ConsentOverrideRecorded,
  ConsentRecorded,
  ConsentWithdrawn,
  Guardian,
  IdentityErased,
  ReturnLegRecorded,
  VictimRegistered,
} from './case.events.js';
import { sealedIdentity } from './identity.js';
import { registrationOf, registrationSeries } from './registration.js';
import { contextOf, found, requireCase, requireStageFor } from './case.guards.js';
import { legalHold, type CaseState } from './case.state.js';
import {
  AGE_BANDS,
  ARRIVAL_KINDS,
  CHANNELS,
  CHILD_AGE_BANDS,
  CONSENT_SCOPES,
  GUARDIAN_RELATIONSHIPS,
  PORT_CODE,
  REPORTER_TYPES,
  SEXES,
  TRANSPORT_MODES,
} from './case.values.js';
import { DomainError } from './domain-error.js';
import {
  absent,
  agencyCode,
  countryCode,
  districtCode,
  formatted,
  id,
  integer,
  isInitials,
  isoDate,
  notAfterToday,
  listOf,
  oneOf,
  provinceCode,
  someOf,
  text,
  yearOf,
  freeText,
  optionalFreeText,
} from './validation.js';
import type { AreaDeciders } from './command-rules.js';

const initials = (value: unknown, field: string): string => formatted(value, isInitials, field, 'initials: up to four capital letters');

function boolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw new DomainError('VALIDATION.REQUIRED', `${field} must be true or false`, { field });
  return value;
}

export function decideOpenCase(command: OpenCase, state: CaseState): [CaseOpened] {
  const { actor } = command.metadata;
  if (state.exists) throw new DomainError('CASE.ALREADY_EXISTS', `case ${state.caseId} already exists`, { caseId: state.caseId });
  requireCaseStaff(actor);
  const { data } = command;
  const caseId = id(data.caseId, 'caseId');
  const ownerAgency = agencyCode(actor.agency, 'actor.agency');
  const channel = oneOf(data.channel, CHANNELS, 'channel');
  const reporterType = oneOf(data.reporterType, REPORTER_TYPES, 'reporterType');
  const district = districtCode(data.districtCode, 'districtCode');
  // The reporting agency becomes the owner: the directory says whether it exists, acts and may own a case.
  const owner = resolvedAgency(command.metadata.agencies, ownerAgency, 'actor.agency', CASE_OWNER_TYPES);
  // Named by the caller, resolved by the directory: any agency that acts (a KBRI, a BP3MI, a police unit), never free text.
  const reportingAgency = absent(data.reportingAgency)
    ? {}
    : { reportingAgency: resolvedAgency(command.metadata.agencies, agencyCode(data.reportingAgency, 'reportingAgency'), 'reportingAgency').code };
  const seq = command.metadata.registrationSeq;
  const registration = seq === undefined ? {} : { registration: registrationOf(registrationSeries(owner.provinceCode, command.metadata.now), seq) };
  return [
    {
      type: 'CaseOpened',
      data: {
        ...contextOf(command),
        caseId,
        ownerAgency,
        channel,
        reporterType,
        districtCode: district,
        ...registration,
        ...reportingAgency,
      },
    },
  ];
}

export function decideRegisterVictim(command: RegisterVictim, state: CaseState): [VictimRegistered] {
  const file = requireCase(state, command.data.caseId);
  requireOwnerStaff(file, command.metadata.actor);
  requireStageFor(file, command.type);
  const { data } = command;
  const isChild = boolean(data.isChild, 'isChild');
  if (absent(data.birthYear) && absent(data.ageBand)) {
    throw new DomainError('VALIDATION.REQUIRED', 'birthYear or ageBand is required', { field: 'birthYear' });
  }
  const thisYear = yearOf(command.metadata.now);
  const birthYear = absent(data.birthYear) ? null : integer(data.birthYear, 'birthYear', thisYear - 120, thisYear);
  const ageBand = absent(data.ageBand) ? null : oneOf(data.ageBand, AGE_BANDS, 'ageBand');
  // Without a birthday the year difference is one more than the age for part of the year.
  const yearsSinceBirth = birthYear === null ? null : thisYear - birthYear;
  const yearContradicts = yearsSinceBirth !== null && (isChild ? yearsSinceBirth > 18 : yearsSinceBirth < 18);
  const bandContradicts = ageBand !== null && (CHILD_AGE_BANDS as readonly string[]).includes(ageBand) !== isChild;
  if (yearContradicts || bandContradicts) {
    throw new DomainError('VALIDATION.AGE_INCONSISTENT', 'isChild contradicts the birth year or age band', {
      field: 'isChild',
      birthYear,
      ageBand,
    });
  }
  const originProvinceCode = provinceCode(data.originProvinceCode, 'originProvinceCode');
  const originDistrictCode = districtCode(data.originDistrictCode, 'originDistrictCode');
  if (!originDistrictCode.startsWith(originProvinceCode)) {
    throw new DomainError('VALIDATION.DISTRICT_NOT_IN_PROVINCE', 'originDistrictCode is not in originProvinceCode', {
      field: 'originDistrictCode',
      originProvinceCode,
      originDistrictCode,
    });
  }
  const victim = {
    initials: initials(data.initials, 'initials'),
    sex: oneOf(data.sex, SEXES, 'sex'),
    birthYear,
    ageBand,
    isChild,
    nationality: countryCode(data.nationality, 'nationality'),
    originProvinceCode,
    originDistrictCode,
  };
  const identity = sealedIdentity(data.identity);
  if (file.victim !== null) throw new DomainError('CASE.VICTIM_ALREADY_REGISTERED', 'the victim of this case is already registered');
  if (identity && file.identityErased) throw new DomainError('IDENTITY.ERASED', "the victim's identity was erased; it cannot be recorded again");
  return [{ type: 'VictimRegistered', data: { ...contextOf(command, file), ...victim, ...(identity ? { identity } : {}) } }];
}

const isPortCode = (value: unknown): value is string => typeof value === 'string' && PORT_CODE.test(value);
const optionalPort = (value: unknown, field: string): string | null =>
  absent(value) || value === '' ? null : formatted(value, isPortCode, field, 'a port code of the ports list (e.g. IDNNX)');
/** The earliest day a return leg may carry: older journeys are not recorded here. */
const EARLIEST_ARRIVAL = '1950-01-01';

/**
 * The return leg from abroad, as told at intake or learnt later: a place of the ports list where there is one, the
 * sealed free text of another place only as "other" (never both), on a real day not after today.
 */
export function decideRecordReturnLeg(command: RecordReturnLeg, state: CaseState): [ReturnLegRecorded] {
  const file = requireCase(state, command.data.caseId);
  requireOwnerStaff(file, command.metadata.actor);
  requireStageFor(file, command.type);
  const { data } = command;
  const arrivalKind = oneOf(data.arrivalKind, ARRIVAL_KINDS, 'arrivalKind');
  const fromCountry = countryCode(data.fromCountry, 'fromCountry');
  if (fromCountry === 'ID') {
    throw new DomainError('VALIDATION.INVALID_VALUE', 'fromCountry: the return leg starts abroad; a trip inside Indonesia is the repatriation', {
      field: 'fromCountry',
    });
  }
  const fromPort = optionalPort(data.fromPort, 'fromPort');
  const fromPlace = optionalFreeText(data.fromPlace, 'fromPlace', 200);
  if (fromPort !== null && fromPlace !== null) {
    throw new DomainError('VALIDATION.INVALID_VALUE', 'fromPlace: another place only when the port is not on the list', { field: 'fromPlace' });
  }
  const entryPort = optionalPort(data.entryPort, 'entryPort');
  const entryPlace = optionalFreeText(data.entryPlace, 'entryPlace', 200);
  if (entryPort === null && entryPlace === null) {
    throw new DomainError('VALIDATION.REQUIRED', 'entryPort (or, when it is not on the list, entryPlace) is required', { field: 'entryPort' });
  }
  if (entryPort !== null && entryPlace !== null) {
    throw new DomainError('VALIDATION.INVALID_VALUE', 'entryPlace: another place only when the port is not on the list', { field: 'entryPlace' });
  }
  const arrivedOn = notAfterToday(isoDate(data.arrivedOn, 'arrivedOn'), command.metadata.now, 'arrivedOn');
  if (arrivedOn < EARLIEST_ARRIVAL) {
    throw new DomainError('VALIDATION.OUT_OF_RANGE', `arrivedOn lies before ${EARLIEST_ARRIVAL}`, { field: 'arrivedOn', min: EARLIEST_ARRIVAL });
  }
  const transport = absent(data.transport) ? null : oneOf(data.transport, TRANSPORT_MODES, 'transport');
  return [
    {
      type: 'ReturnLegRecorded',
      data: { ...contextOf(command, file), arrivalKind, fromCountry, fromPort, fromPlace, entryPort, entryPlace, arrivedOn, transport },
    },
  ];
}

/**
 * Erasure under UU PDP 27/2022 destroys the victim's data key. Law enforcement is exempt: while a police
 * case is open (a police report on a case not yet closed, no verdict yet), the prosecutor or a court has it
 * (P-21 or prosecution, no verdict yet) or a court's restitution order is unpaid, the identity is on legal hold.
 */
export function decideEraseIdentity(command: EraseIdentity, state: CaseState): [IdentityErased] {
  const file = requireCase(state, command.data.caseId);
  requireOwnerSupervisor(file, command.metadata.actor);
  requireStageFor(file, command.type);
  const legalBasis = text(command.data.legalBasis, 'legalBasis');
  if (file.identityErased) throw new DomainError('IDENTITY.ALREADY_ERASED', "the victim's identity is already erased");
  const hold = legalHold(file);
  if (hold.openPoliceCase || hold.courtProcess || hold.unpaidRestitutionOrder) {
    throw new DomainError('IDENTITY.LEGAL_HOLD', 'the identity is on legal hold: an open police case or court process needs it', { ...hold });
  }
  return [{ type: 'IdentityErased', data: { ...contextOf(command, file), legalBasis } }];
}

export function decideRecordConsent(command: RecordConsent, state: CaseState): ConsentRecorded[] {
  const file = requireCase(state, command.data.caseId);
  requireOwnerStaff(file, command.metadata.actor);
  requireStageFor(file, command.type);
  const { data } = command;
  const consentId = id(data.consentId, 'consentId');
  const scope = oneOf(data.scope, CONSENT_SCOPES, 'scope');
  const agencies = agencyList(data.agencies, 'agencies');
  const agencyTypes = someOf(data.agencyTypes, AGENCY_TYPES, 'agencyTypes', 0);
  if (scope === 'share' && agencies.length === 0 && agencyTypes.length === 0) {
    throw new DomainError('VALIDATION.REQUIRED', 'consent to share names the agencies or agency types it covers', { field: 'agencies' });
  }
  if (scope !== 'share' && (agencies.length > 0 || agencyTypes.length > 0)) {
    throw new DomainError(
      'VALIDATION.INVALID_VALUE',
      scope === 'process'
        ? 'consent to process names no agencies; name them under share, or record consent to share'
        : 'consent to report to the national system names no agencies; record consent to share instead',
      { field: 'agencies' },
    );
  }
  // The same form may also record consent to share: both consents in one step.
  let share: { consentId: string; agencies: string[]; agencyTypes: AgencyType[] } | null = null;
  if (!absent(data.share)) {
    if (typeof data.share !== 'object' || Array.isArray(data.share))
      throw new DomainError('VALIDATION.INVALID_VALUE', 'share must be an object', { field: 'share' });
    if (scope !== 'process') {
      throw new DomainError('VALIDATION.INVALID_VALUE', 'share goes with consent to process; consent to share names its agencies itself', { field: 'share' });
    }
    share = {
      consentId: id(`${consentId}-share`, 'consentId'),
      agencies: agencyList(data.share.agencies, 'share.agencies'),
      agencyTypes: someOf(data.share.agencyTypes, AGENCY_TYPES, 'share.agencyTypes', 0),
    };
    if (share.agencies.length === 0 && share.agencyTypes.length === 0) {
      throw new DomainError('VALIDATION.REQUIRED', 'consent to share names the agencies or agency types it covers', { field: 'share.agencies' });
    }
  }
  const guardian: Guardian | null = absent(data.guardian)
    ? null
    : {
        relationship: oneOf(data.guardian.relationship, GUARDIAN_RELATIONSHIPS, 'guardian.relationship'),
        initials: initials(data.guardian.initials, 'guardian.initials'),
      };
  const evidenceRef = freeText(data.evidenceRef, 'evidenceRef', 200);
  const purpose = optionalFreeText(data.purpose, 'purpose', 500);
  if (file.victim === null) throw new DomainError('CASE.VICTIM_NOT_REGISTERED', 'register the victim before recording consent');
  if (file.victim.isChild && guardian === null) {
    throw new DomainError('VALIDATION.GUARDIAN_REQUIRED', "a child's consent is given with a guardian", { field: 'guardian' });
  }
  for (const recorded of [consentId, ...(share ? [share.consentId] : [])]) {
    if (file.consents[recorded]) throw new DomainError('CONSENT.ALREADY_EXISTS', `consent ${recorded} is already recorded`, { consentId: recorded });
  }
  agencies.forEach((agency, index) => resolvedAgency(command.metadata.agencies, agency, `agencies[${index}]`));
  share?.agencies.forEach((agency, index) => resolvedAgency(command.metadata.agencies, agency, `share.agencies[${index}]`));
  const context = contextOf(command, file);
  const recorded: ConsentRecorded[] = [
    { type: 'ConsentRecorded', data: { ...context, consentId, scope, agencies, agencyTypes, purpose, guardian, evidenceRef } },
  ];
  if (share) {
    recorded.push({
      type: 'ConsentRecorded',
      data: {
        ...context,
        consentId: share.consentId,
        scope: 'share',
        agencies: share.agencies,
        agencyTypes: share.agencyTypes,
        purpose,
        guardian,
        evidenceRef,
      },
    });
  }
  return recorded;
}

/** Agency codes, each once, in the order given. */
const agencyList = (value: unknown, field: string): string[] => [
  ...new Set(listOf(value, field).map((agency, index) => agencyCode(agency, `${field}[${index}]`))),
];

export function decideWithdrawConsent(command: WithdrawConsent, state: CaseState): [ConsentWithdrawn] {
  const file = requireCase(state, command.data.caseId);
  requireOwnerStaff(file, command.metadata.actor);
  requireStageFor(file, command.type);
  const reason = optionalFreeText(command.data.reason, 'reason', 500);
  const consent = found(file.consents[command.data.consentId], 'CONSENT.NOT_FOUND', command.data.consentId);
  if (!consent.active) {
    throw new DomainError('CONSENT.ALREADY_WITHDRAWN', `consent ${consent.consentId} is already withdrawn`, { consentId: consent.consentId });
  }
  return [{ type: 'ConsentWithdrawn', data: { ...contextOf(command, file), consentId: consent.consentId, scope: consent.scope, reason } }];
}

export function decideOverrideConsent(command: OverrideConsent, state: CaseState): [ConsentOverrideRecorded] {
  const file = requireCase(state, command.data.caseId);
  requireOwnerSupervisor(file, command.metadata.actor);
  requireStageFor(file, command.type);
  const { data } = command;
  const overrideId = id(data.overrideId, 'overrideId');
  const toAgency = agencyCode(data.toAgency, 'toAgency');
  const referralId = absent(data.referralId) ? null : id(data.referralId, 'referralId');
  const reason = freeText(data.reason, 'reason', 1000);
  if (toAgency === file.ownerAgency) {
    throw new DomainError('VALIDATION.SAME_AGENCY', 'the owning agency needs no override to see its own case', { field: 'toAgency' });
  }
  if (file.consentOverrides[overrideId]) {
    throw new DomainError('CONSENT.ALREADY_EXISTS', `override ${overrideId} is already recorded`, { overrideId });
  }
  const toAgencyType = resolvedAgency(command.metadata.agencies, toAgency, 'toAgency').type;
  return [{ type: 'ConsentOverrideRecorded', data: { ...contextOf(command, file), overrideId, toAgency, toAgencyType, referralId, reason } }];
}

/** How `decide` finds each command of this area. */
export const INTAKE_DECIDERS: AreaDeciders<
  'OpenCase' | 'RegisterVictim' | 'RecordReturnLeg' | 'EraseIdentity' | 'RecordConsent' | 'WithdrawConsent' | 'OverrideConsent'
> = {
  OpenCase: decideOpenCase,
  RegisterVictim: decideRegisterVictim,
  RecordReturnLeg: decideRecordReturnLeg,
  EraseIdentity: decideEraseIdentity,
  RecordConsent: decideRecordConsent,
  WithdrawConsent: decideWithdrawConsent,
  OverrideConsent: decideOverrideConsent,
};
