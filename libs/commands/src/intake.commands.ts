import {
  AGE_BANDS,
  AGENCY_TYPES,
  ARRIVAL_KINDS,
  TRANSPORT_MODES,
  type ArrivalKind,
  type TransportMode,
  CHANNELS,
  CONSENT_SCOPES,
  GUARDIAN_RELATIONSHIPS,
  REPORTER_TYPES,
  SEXES,
  type AgeBand,
  type AgencyType,
  type Channel,
  type ConsentScope,
  type GuardianRelationship,
  type ReporterType,
  type Sex,
} from '@rujukan/domain';
import {
  Agency,
  AgencyList,
  CalendarDate,
  Port,
  Initials,
  CountryCode,
  DistrictCode,
  Flag,
  Integer,
  LocalId,
  Nested,
  OneOf,
  Pattern,
  ProvinceCode,
  SomeOf,
  Text,
} from './dto-fields.js';
import { routesOf, type CaseRoute } from './command-route.js';
import { INTAKE_FORMS } from './intake.forms.js';

const INITIALS = { description: 'Initials only (e.g. "SR"), as Indonesian reports name victims' };

export class OpenCaseDto {
  @OneOf(CHANNELS, { description: 'How the case reached the agency' }) channel!: Channel;
  @OneOf(REPORTER_TYPES) reporterType!: ReporterType;
  @DistrictCode({ description: 'Kemendagri code of the district where the victim was found', example: '6503' }) districtCode!: string;
  @Agency({
    optional: true,
    example: 'BP3MI-KALTARA',
    description: 'The agency that reported the case (which KBRI, which BP3MI, which police unit): a code of the directory (`GET /agencies`), never free text',
  })
  reportingAgency?: string;
}

/** The return leg from abroad, kept apart from the trip home inside Indonesia (`plan-repatriation`). */
export class RecordReturnLegDto {
  @OneOf(ARRIVAL_KINDS, { description: '`deported`, `returned_by_mission` (KBRI/KJRI) or `returned_alone`' }) arrivalKind!: ArrivalKind;
  @CountryCode({ description: 'The country she left (ISO 3166-1 alpha-2, not ID)', example: 'MY' }) fromCountry!: string;
  @Port(
    { in: 'abroad', countryField: 'fromCountry' },
    { optional: true, description: 'The port she left from, when it is on the ports list (e.g. MYTWU, Tawau)' },
  )
  fromPort?: string;
  @Text({ optional: true, max: 200, description: 'Another place of departure, only when the list lacks it; sealed with the victim’s key' }) fromPlace?: string;
  @Port({ in: 'ID' }, { optional: true, description: 'The Indonesian entry point from the ports list (e.g. IDNNX, Tunon Taka, Nunukan); this or `entryPlace`' })
  entryPort?: string;
  @Text({ optional: true, max: 200, description: 'Another entry point, only when the list lacks it; sealed with the victim’s key' }) entryPlace?: string;
  @CalendarDate({ description: 'The day she arrived in (or was deported to) Indonesia; not after today', example: '2026-11-20' }) arrivedOn!: string;
  @OneOf(TRANSPORT_MODES, { optional: true }) transport?: TransportMode;
}

/** The victim's identity in clear text: sealed with the victim's own key before anything is stored or logged. */
export class IdentityDto {
  @Text({ optional: true, max: 200, description: 'Full name' }) fullName?: string;
  @Pattern(/^\d{16}$/, 'must be the 16 digits of a NIK', { optional: true, description: 'Nomor Induk Kependudukan' }) nik?: string;
  @Pattern(/^[A-Z0-9]{6,12}$/, 'must be 6-12 capital letters and digits', { optional: true }) passportNumber?: string;
  @Text({ optional: true, max: 500 }) address?: string;
  @Pattern(/^\+?[0-9 ()-]{6,20}$/, 'must be a phone number (digits, spaces, + ( ) -)', { optional: true }) phone?: string;
  @Text({ optional: true, max: 1000, description: 'References of photos kept elsewhere' }) photoRefs?: string;
  @Text({ optional: true, max: 4000, description: 'Free-text notes about the victim' }) notes?: string;
  @Text({
    optional: true,
    max: 8000,
    description: 'The kronologi: the victim’s account as told at intake; read, like the identity, by those who may read it',
  })
  kronologi?: string;
}

export class EraseIdentityDto {
  @Text({ max: 500, description: 'The legal basis of the erasure, e.g. "UU PDP 27/2022 Pasal 8: permintaan subjek data"' }) legalBasis!: string;
}

export class RegisterVictimDto {
  @Initials(INITIALS) initials!: string;
  @OneOf(SEXES) sex!: Sex;
  @Integer(1900, 2100, { optional: true }) birthYear?: number;
  @OneOf(AGE_BANDS, { optional: true, description: 'When the birth year is not known' }) ageBand?: AgeBand;
  @Flag() isChild!: boolean;
  @CountryCode({ example: 'ID' }) nationality!: string;
  @ProvinceCode() originProvinceCode!: string;
  @DistrictCode({ inProvince: 'originProvinceCode' }) originDistrictCode!: string;
  @Nested(() => IdentityDto, { optional: true, description: 'Encrypted with the victim’s own key before it is stored; shown only to agencies that may see it' })
  identity?: IdentityDto;
}

export class GuardianDto {
  @OneOf(GUARDIAN_RELATIONSHIPS) relationship!: GuardianRelationship;
  @Initials(INITIALS) initials!: string;
}

export class ConsentShareDto {
  @AgencyList({ optional: true }) agencies?: string[];
  @SomeOf(AGENCY_TYPES, { optional: true }) agencyTypes?: AgencyType[];
}

export class RecordConsentDto {
  @LocalId({ example: 'consent-1' }) consentId!: string;
  @OneOf(CONSENT_SCOPES, {
    description: '`process` the case, `share` it with the named agencies or agency types, or report it identified to the `national_system` (SIMFONI-PPA)',
  })
  scope!: ConsentScope;
  @AgencyList({ optional: true }) agencies?: string[];
  @SomeOf(AGENCY_TYPES, { optional: true }) agencyTypes?: AgencyType[];
  @Text({ optional: true }) purpose?: string;
  @Nested(() => GuardianDto, { optional: true, description: 'Required for a child' }) guardian?: GuardianDto;
  @Text({ max: 200, description: 'Reference of the signed consent form', example: 'DOC-CONSENT-001' }) evidenceRef!: string;
  @Nested(() => ConsentShareDto, {
    optional: true,
    description:
      'With scope `process` only: the victim also agreed on the same form to share with these agencies or agency types; one step records both consents (the second as `<consentId>-share`)',
  })
  share?: ConsentShareDto;
}

export class WithdrawConsentDto {
  @LocalId({ example: 'consent-1' }) consentId!: string;
  @Text({ optional: true }) reason?: string;
}

export class OverrideConsentDto {
  @LocalId({ example: 'override-1' }) overrideId!: string;
  @Agency() toAgency!: string;
  @LocalId({ optional: true }) referralId?: string;
  @Text() reason!: string;
}

/** The routes of this area's commands, each with the DTO above that its body is validated into. */
export const INTAKE_ROUTES: readonly CaseRoute[] = routesOf(INTAKE_FORMS, 'intake', {
  OpenCase: { body: OpenCaseDto, summary: 'Open a case; the server chooses its id' },
  RegisterVictim: {
    body: RegisterVictimDto,
    summary: 'Register the victim: initials and demographics, and optionally an identity sealed with the victim’s own key',
  },
  RecordReturnLeg: {
    body: RecordReturnLegDto,
    summary: 'Record the return leg from abroad (deported or brought back): from which country and port, through which Indonesian entry point, on which day',
  },
  EraseIdentity: { body: EraseIdentityDto, summary: "Supervisor erasure of the victim's identity (destroys the data key); refused under legal hold" },
  RecordConsent: { body: RecordConsentDto, summary: 'Record consent to process or to share, or to process and share in one step' },
  WithdrawConsent: { body: WithdrawConsentDto, summary: 'Record that consent was withdrawn' },
  OverrideConsent: { body: OverrideConsentDto, summary: 'Supervisor override: share with one agency without consent, with a reason' },
});
