import {
  EXPLOITATION_TYPES,
  MEANS_OF_CONTROL,
  MODUS,
  NEEDS,
  RECRUITMENT_METHODS,
  RISK_LEVELS,
  VICTIM_STATUSES,
  type ExploitationType,
  type MeansOfControl,
  type Modus,
  type Need,
  type RecruitmentMethod,
  type RiskLevel,
  type VictimStatus,
} from '@rujukan/domain';
import { CountryCode, LocalId, Nested, OneOf, SomeOf, TextList } from './dto-fields.js';

export class TraffickingIndicatorsDto {
  @SomeOf(RECRUITMENT_METHODS) recruitmentMethods!: RecruitmentMethod[];
  @SomeOf(MEANS_OF_CONTROL) meansOfControl!: MeansOfControl[];
  @SomeOf(EXPLOITATION_TYPES) exploitationTypes!: ExploitationType[];
  @CountryCode({ description: 'ISO 3166-1 alpha-2; ID for trafficking inside Indonesia' }) destinationCountry!: string;
  @TextList({ example: ['Nunukan', 'Tawau'] }) transitPoints!: string[];
  @SomeOf(MODUS) modus!: Modus[];
}

export class RecordAssessmentDto {
  @LocalId() assessmentId!: string;
  @Nested(() => TraffickingIndicatorsDto) indicators!: TraffickingIndicatorsDto;
  @OneOf(VICTIM_STATUSES) victimStatus!: VictimStatus;
  @OneOf(RISK_LEVELS) riskLevel!: RiskLevel;
  @SomeOf(NEEDS) needs!: Need[];
}

export class ApproveAssessmentDto {
  @LocalId() assessmentId!: string;
}
