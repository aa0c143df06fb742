import {
  AGE_BANDS,
  AGENCY_TYPES,
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
import { Agency, AgencyList, CountryCode, DistrictCode, Flag, Integer, LocalId, Nested, OneOf, ProvinceCode, SomeOf, Text } from './dto-fields.js';

const INITIALS = { max: 12, description: 'Initials only (e.g. "SR"), as Indonesian reports name victims', example: 'SR' };

export class OpenCaseDto {
  @OneOf(CHANNELS, { description: 'How the case reached the agency' }) channel!: Channel;
  @OneOf(REPORTER_TYPES) reporterType!: ReporterType;
  @DistrictCode({ description: 'Kemendagri code of the district where the victim was found', example: '6503' }) districtCode!: string;
}

export class RegisterVictimDto {
  @Text(INITIALS) initials!: string;
  @OneOf(SEXES) sex!: Sex;
  @Integer(1900, 2100, { optional: true }) birthYear?: number;
  @OneOf(AGE_BANDS, { optional: true, description: 'When the birth year is not known' }) ageBand?: AgeBand;
  @Flag() isChild!: boolean;
  @CountryCode({ example: 'ID' }) nationality!: string;
  @ProvinceCode() originProvinceCode!: string;
  @DistrictCode({ inProvince: 'originProvinceCode' }) originDistrictCode!: string;
}

export class GuardianDto {
  @OneOf(GUARDIAN_RELATIONSHIPS) relationship!: GuardianRelationship;
  @Text(INITIALS) initials!: string;
}

export class RecordConsentDto {
  @LocalId({ example: 'consent-1' }) consentId!: string;
  @OneOf(CONSENT_SCOPES, { description: '`process` the case, or `share` it with the named agencies or agency types' }) scope!: ConsentScope;
  @AgencyList({ optional: true }) agencies?: string[];
  @SomeOf(AGENCY_TYPES, { optional: true }) agencyTypes?: AgencyType[];
  @Text({ optional: true }) purpose?: string;
  @Nested(() => GuardianDto, { optional: true, description: 'Required for a child' }) guardian?: GuardianDto;
  @Text({ max: 200, description: 'Reference of the signed consent form', example: 'DOC-CONSENT-001' }) evidenceRef!: string;
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
