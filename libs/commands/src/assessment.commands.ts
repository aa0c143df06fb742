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
import { CountryCode, LocalId, Nested, OneOf, SomeOf, TransitPointList } from './dto-fields.js';
import { ASSESSMENT_FORMS } from './assessment.forms.js';
import { routesOf, type CaseRoute } from './command-route.js';

export class TraffickingIndicatorsDto {
  @SomeOf(RECRUITMENT_METHODS) recruitmentMethods!: RecruitmentMethod[];
  @SomeOf(MEANS_OF_CONTROL) meansOfControl!: MeansOfControl[];
  @SomeOf(EXPLOITATION_TYPES) exploitationTypes!: ExploitationType[];
  @CountryCode({ description: 'ISO 3166-1 alpha-2; ID for trafficking inside Indonesia' }) destinationCountry!: string;
  @TransitPointList({
    description:
      'Places passed through: codes of the ports list (GET /ports; shipped in data/ports/ports.json, administrators add others), `other` for one not listed. ' +
      'A name of the old fixed list (Nunukan, Tawau …) is still taken, and recorded as its code. An unknown code is refused (422 PORT.UNKNOWN)',
  })
  transitPoints!: string[];
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

/** The routes of this area's commands, each with the DTO above that its body is validated into. */
export const ASSESSMENT_ROUTES: readonly CaseRoute[] = routesOf(ASSESSMENT_FORMS, 'assessment', {
  RecordAssessment: { body: RecordAssessmentDto, summary: 'Record trafficking indicators, victim status, risk and needs' },
  ApproveAssessment: { body: ApproveAssessmentDto, summary: 'Supervisor approval of an assessment' },
});
