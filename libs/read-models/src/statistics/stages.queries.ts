import type { KeyValue } from '@rujukan/domain';
import type { DataSource } from 'typeorm';
import { filterParams, filterSql, type StatisticsFilter } from './statistics-filter.js';

/** What time in each stage may be grouped by: the case's year of identification and its regions. */
export const STAGE_DIMENSION_COLUMNS = { year: 'c.opened_year', foundProvince: 'c.found_province', foundDistrict: 'c.found_district' } as const;
export type StageDimension = keyof typeof STAGE_DIMENSION_COLUMNS;

/** One group's periods in one stage: those completed (left by advancing or closure), over how many cases, and their days. */
export type StagePeriods = Record<string, KeyValue> & {
  stage: string;
  completed: number;
  completed_cases: number;
  median_days: number | null;
  p90_days: number | null;
};

/** Time in each stage from the statistics projection's `rm_stats_stage_periods`, of the cases identified within the filter's days and region. */
export class StagePeriodQueries {
  constructor(private readonly dataSource: DataSource) {}

  periods(groupBy: readonly StageDimension[], filter: StatisticsFilter): Promise<StagePeriods[]> {
    const completed = `p.left_by IN ('advanced', 'closed')`;
    const days = `extract(epoch FROM p.left_at - p.entered_at) / 86400`;
    return this.dataSource.query(
      `SELECT ${[
        ...groupBy.map((d) => `${STAGE_DIMENSION_COLUMNS[d]} AS "${d}"`),
        `p.stage AS stage`,
        `count(*) FILTER (WHERE ${completed})::int AS completed`,
        `count(DISTINCT p.case_id) FILTER (WHERE ${completed})::int AS completed_cases`,
        `percentile_cont(0.5) WITHIN GROUP (ORDER BY ${days}) FILTER (WHERE ${completed}) AS median_days`,
        `percentile_cont(0.9) WITHIN GROUP (ORDER BY ${days}) FILTER (WHERE ${completed}) AS p90_days`,
      ].join(', ')}
       FROM rm_stats_stage_periods p JOIN rm_stats_cases c ON c.case_id = p.case_id
       WHERE ${filterSql('c.opened_at')}
       GROUP BY ${[...groupBy.map((d) => STAGE_DIMENSION_COLUMNS[d]), 'p.stage'].join(', ')}`,
      filterParams(filter),
    );
  }
}
