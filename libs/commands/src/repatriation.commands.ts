import {
  REINTEGRATION_GOALS,
  REPATRIATION_ORIGIN_KINDS,
  TRANSPORT_MODES,
  WELLBEING_LEVELS,
  type ReintegrationGoal,
  type RepatriationOriginKind,
  type TransportMode,
  type Wellbeing,
} from '@rujukan/domain';
import { ValidateIf } from 'class-validator';
import { Agency, CalendarDate, CountryCode, DistrictCode, LocalId, Nested, OneOf, ProvinceCode, SomeOf, Text, TransitPointCode } from './dto-fields.js';
import { routesOf, type CaseRoute } from './command-route.js';
import { REPATRIATION_FORMS } from './repatriation.forms.js';
import { EmptyDto } from './lifecycle.commands.js';

export class RepatriationOriginDto {
  @OneOf(REPATRIATION_ORIGIN_KINDS) kind!: RepatriationOriginKind;
  @ValidateIf((o: RepatriationOriginDto) => o.kind === 'country') @CountryCode({ optional: true, description: 'When kind is country' }) country?: string;
  @ValidateIf((o: RepatriationOriginDto) => o.kind === 'port')
  @TransitPointCode({
    optional: true,
    description: 'When kind is port: a code of the ports list (GET /ports), or other; a name of the old fixed list is taken as its code',
    example: 'IDNNX',
  })
  port?: string;
  @ValidateIf((o: RepatriationOriginDto) => o.kind === 'province')
  @ProvinceCode({ optional: true, description: 'When kind is province' })
  provinceCode?: string;
}

export class PlanRepatriationDto {
  @Nested(() => RepatriationOriginDto) from!: RepatriationOriginDto;
  @DistrictCode() toDistrictCode!: string;
  @Agency() escortAgency!: string;
  @OneOf(TRANSPORT_MODES) transport!: TransportMode;
  @Text({ optional: true, max: 200, description: 'Sealed with the victim’s key: it may name whoever signed' }) mouReference?: string;
  @CalendarDate() plannedDate!: string;
}

export class RecordHandoverDto {
  @Agency() receivingAgency!: string;
  @Text({ max: 100, example: 'BA/017/III/2025', description: 'Number of the handover record (berita acara)' }) handoverRecordNumber!: string;
  @Text({ optional: true, max: 200 }) location?: string;
}

export class ApproveReintegrationPlanDto {
  @LocalId({ example: 'plan-1' }) planId!: string;
  @SomeOf(REINTEGRATION_GOALS) goals!: ReintegrationGoal[];
  @Text({ optional: true }) note?: string;
}

export class RecordFollowUpVisitDto {
  @LocalId({ example: 'visit-1' }) visitId!: string;
  @CalendarDate() visitedOn!: string;
  @OneOf(WELLBEING_LEVELS) wellbeing!: Wellbeing;
  @Text({ optional: true }) note?: string;
}

export class CompleteReintegrationDto {
  @Text({ optional: true }) note?: string;
}

/** The routes of this area's commands, each with the DTO above that its body is validated into. */
export const REPATRIATION_ROUTES: readonly CaseRoute[] = routesOf(REPATRIATION_FORMS, 'repatriation', {
  PlanRepatriation: { body: PlanRepatriationDto, summary: 'Plan the return home' },
  RecordHandover: { body: RecordHandoverDto, summary: 'Record the handover of the victim to the receiving agency' },
  CompleteRepatriation: { body: EmptyDto, summary: 'Complete the repatriation' },
  ApproveReintegrationPlan: { body: ApproveReintegrationPlanDto, tag: 'reintegration', summary: 'Supervisor approval of the reintegration plan' },
  RecordFollowUpVisit: { body: RecordFollowUpVisitDto, tag: 'reintegration', summary: 'Record a follow-up visit' },
  CompleteReintegration: { body: CompleteReintegrationDto, tag: 'reintegration', summary: 'Complete reintegration' },
});
