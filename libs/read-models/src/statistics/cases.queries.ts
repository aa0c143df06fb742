import type { DataSource } from 'typeorm';
import { filterParams, filterSql, transitPortSql, type StatisticsFilter } from './statistics-filter.js';

/** What a count may be grouped by: a column of `rm_stats_cases` each, categories only. */
export const CASE_DIMENSION_COLUMNS = {
  year: 'opened_year',
  month: 'opened_month',
  foundProvince: 'found_province',
  foundDistrict: 'found_district',
  originProvince: 'origin_province',
  originDistrict: 'origin_district',
  sex: 'sex',
  ageGroup: 'age_group',
  nationality: 'nationality',
  victimStatus: 'victim_status',
  destinationCountry: 'destination_country',
  channel: 'channel',
  stage: 'stage',
  closureReason: 'closure_reason',
} as const;
/** Categories a case may hold several of (arrays of `rm_stats_cases`): a case counts under each of its values. */
export const MULTI_DIMENSION_COLUMNS = {
  exploitationType: 'exploitation_types',
  recruitmentMethod: 'recruitment_methods',
  modus: 'modus',
  transitPoint: 'transit_points',
} as const;
export type MultiDimension = keyof typeof MULTI_DIMENSION_COLUMNS;
export type CaseDimension = keyof typeof CASE_DIMENSION_COLUMNS | MultiDimension;
export const isMultiDimension = (d: string): d is MultiDimension => d in MULTI_DIMENSION_COLUMNS;

export interface CaseCount {
  key: Record<string, string | number | null>;
  count: number;
}

/** Cases counted from the statistics projection's `rm_stats_cases`, identified within the filter's days and region. */
export class CaseCountQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** One count per group of `groupBy`; with `unnest`, that multi-valued category's values are counted each. */
  /** With `portNames` (`portNameMap`), transit points count as the port each names (or other), each port once per case. */
  async count(
    groupBy: readonly CaseDimension[],
    unnest: MultiDimension | null,
    filter: StatisticsFilter,
    portNames?: Readonly<Record<string, string>>,
  ): Promise<CaseCount[]> {
    const column = (d: CaseDimension) => (isMultiDimension(d) ? 'value' : CASE_DIMENSION_COLUMNS[d]);
    const columns = groupBy.map(column);
    const select = groupBy.map((d) => `${column(d)} AS "${d}"`);
    const byPort = unnest === 'transitPoint' && portNames !== undefined;
    // A case with no value recorded counts once, under null; a value listed twice counts once.
    const values =
      unnest === null
        ? ''
        : `CROSS JOIN LATERAL (SELECT DISTINCT ${byPort ? transitPortSql('raw') : 'raw'} AS value FROM unnest(CASE WHEN cardinality(${MULTI_DIMENSION_COLUMNS[unnest]}) = 0 THEN ARRAY[NULL]::text[] ELSE ${MULTI_DIMENSION_COLUMNS[unnest]} END) AS raw) AS v`;
    const rows: Array<Record<string, string | number | null> & { count: number }> = await this.dataSource.query(
      `SELECT ${[...select, 'count(*)::int AS count'].join(', ')}
       FROM rm_stats_cases ${values}
       WHERE ${filterSql('opened_at')}
       ${columns.length > 0 ? `GROUP BY ${columns.join(', ')}` : ''}`,
      byPort ? [...filterParams(filter), JSON.stringify(portNames)] : filterParams(filter),
    );
    return rows.map(({ count, ...key }) => ({ key, count }));
  }
}
