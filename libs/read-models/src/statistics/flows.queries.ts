import type { DataSource } from 'typeorm';
import { filterParams, filterSql, type StatisticsFilter } from './statistics-filter.js';

/** Cases counted by origin province, one transit point as recorded and destination country: one row per combination. */
export interface TransitFlowRow {
  origin: string | null;
  transit: string;
  destination: string | null;
  count: number;
}

/** Route counts from `rm_stats_cases` (never events): a case counts once under each transit point it records. */
export class TransitFlowQueries {
  constructor(private readonly dataSource: DataSource) {}

  flows(filter: StatisticsFilter): Promise<TransitFlowRow[]> {
    return this.dataSource.query(
      `SELECT origin_province AS origin, transit, destination_country AS destination, count(*)::int AS count
         FROM rm_stats_cases, unnest(transit_points) AS transit
        WHERE ${filterSql('opened_at')}
        GROUP BY origin_province, transit, destination_country`,
      filterParams(filter),
    );
  }
}
