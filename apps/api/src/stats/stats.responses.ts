import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import type { KeyValue } from '@rujukan/domain';
import type { Scope } from './stats-scope.js';

// The JSON answers of GET /stats/cases and /stats/referrals, for the OpenAPI document (and the console's generated types).

const KEY: ApiPropertyOptions = {
  type: 'object',
  description: 'The group: each dimension grouped by and its value (null: none recorded)',
  additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }], nullable: true },
};
const FIGURE: ApiPropertyOptions = { type: Number, nullable: true, description: 'null when suppressed' };

export class StatsScopeDto implements Scope {
  @ApiProperty({ enum: ['national', 'province', 'district'], description: "The caller's region, from the directory" }) level!: Scope['level'];
  @ApiProperty({ type: String, nullable: true, description: 'Kemendagri code of the province or district; null for national' }) code!: string | null;
}

export class StatsFiltersDto {
  @ApiProperty({ type: String, nullable: true }) province!: string | null;
  @ApiProperty({ type: String, nullable: true }) district!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'YYYY-MM-DD' }) from!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'YYYY-MM-DD' }) to!: string | null;
}

export class StatsCellDto {
  @ApiProperty(KEY) key!: Record<string, KeyValue>;
  @ApiProperty(FIGURE) count!: number | null;
  @ApiProperty() suppressed!: boolean;
}

export class StatsMarginDto extends StatsCellDto {
  @ApiProperty({ description: 'The dimension summed over' }) dimension!: string;
}

export class StatsOverlapDto {
  @ApiProperty({ description: 'The multi-valued dimension: a case counts under each of its values' }) dimension!: string;
  @ApiProperty() note!: string;
}

export class CaseCountsDto {
  @ApiProperty({ type: StatsScopeDto }) scope!: StatsScopeDto;
  @ApiProperty({ type: StatsFiltersDto }) filters!: StatsFiltersDto;
  @ApiProperty({ type: [String] }) groupBy!: string[];
  @ApiProperty({ description: 'STATS_MIN_CELL: counts below it are suppressed' }) threshold!: number;
  @ApiPropertyOptional({ type: StatsOverlapDto }) overlapping?: StatsOverlapDto;
  @ApiProperty({ type: [StatsCellDto] }) cells!: StatsCellDto[];
  @ApiProperty({ type: [StatsMarginDto] }) margins!: StatsMarginDto[];
  @ApiProperty(FIGURE) total!: number | null;
  @ApiProperty() totalSuppressed!: boolean;
}

export class ReferralAnswersDto {
  @ApiProperty(FIGURE) accepted!: number | null;
  @ApiProperty(FIGURE) declined!: number | null;
  @ApiProperty(FIGURE) withdrawn!: number | null;
  @ApiProperty(FIGURE) expired!: number | null;
  @ApiProperty(FIGURE) pending!: number | null;
}

/** A suppressed group carries its key, `suppressed` and `sent: null` only. */
export class ReferralGroupDto {
  @ApiProperty(KEY) key!: Record<string, KeyValue>;
  @ApiProperty() suppressed!: boolean;
  @ApiProperty(FIGURE) sent!: number | null;
  // The controller builds the answers from a list, so its type knows only a record; the document names the five.
  @ApiPropertyOptional({ type: ReferralAnswersDto }) answers?: Record<string, number | null>;
  @ApiPropertyOptional(FIGURE) completed?: number | null;
  @ApiPropertyOptional(FIGURE) medianHoursToAnswer?: number | null;
  @ApiPropertyOptional(FIGURE) p90HoursToAnswer?: number | null;
  @ApiPropertyOptional({ ...FIGURE, description: 'Share of answers given by the deadline, 0 to 1; null when suppressed' }) shareAnsweredInTime?: number | null;
  @ApiPropertyOptional(FIGURE) medianDaysToComplete?: number | null;
  @ApiPropertyOptional(FIGURE) p90DaysToComplete?: number | null;
}

export class ReferralFiguresDto {
  @ApiProperty({ type: StatsScopeDto }) scope!: StatsScopeDto;
  @ApiProperty({ type: StatsFiltersDto }) filters!: StatsFiltersDto;
  @ApiProperty({ type: [String] }) groupBy!: string[];
  @ApiProperty({ description: 'STATS_MIN_CELL: figures below it are suppressed' }) threshold!: number;
  @ApiProperty({ type: [ReferralGroupDto] }) groups!: ReferralGroupDto[];
  @ApiProperty(FIGURE) totalSent!: number | null;
}
