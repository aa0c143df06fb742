import { REINTEGRATION_GOALS, REPATRIATION_ORIGIN_KINDS, TRANSPORT_MODES, WELLBEING_LEVELS, type ReintegrationGoal, type RepatriationOriginKind, type TransportMode, type Wellbeing } from '@rujukan/domain';
import { ValidateIf } from 'class-validator';
import { Agency, CalendarDate, CountryCode, DistrictCode, LocalId, Nested, OneOf, ProvinceCode, SomeOf, Text } from './dto-fields.js';

export class RepatriationOriginDto {
  @OneOf(REPATRIATION_ORIGIN_KINDS) kind!: RepatriationOriginKind;
  @ValidateIf((o: RepatriationOriginDto) => o.kind === 'country') @CountryCode({ optional: true, description: 'When kind is country' }) country?: string;
  @ValidateIf((o: RepatriationOriginDto) => o.kind === 'port') @Text({ optional: true, max: 100, description: 'When kind is port', example: 'Nunukan' }) port?: string;
  @ValidateIf((o: RepatriationOriginDto) => o.kind === 'province') @ProvinceCode({ optional: true, description: 'When kind is province' }) provinceCode?: string;
}

export class PlanRepatriationDto {
  @Nested(() => RepatriationOriginDto) from!: RepatriationOriginDto;
  @DistrictCode() toDistrictCode!: string;
  @Agency() escortAgency!: string;
  @OneOf(TRANSPORT_MODES) transport!: TransportMode;
  @Text({ optional: true, max: 200 }) mouReference?: string;
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
