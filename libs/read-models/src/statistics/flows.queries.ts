import type { DataSource } from 'typeorm';
import { filterParams, filterSql, transitPortSql, type StatisticsFilter } from './statistics-filter.js';

/** Cases counted by origin province, one transit port (the code its transit point names, or other) and destination country. */
export interface TransitFlowRow {
  origin: string | null;
  transit: string;
  destination: string | null;
  count: number;
}

/** Route counts from `rm_stats_cases` (never events): a case counts once under each port its transit points name. */
export class TransitFlowQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** `portNames`: each port's normalised code, name and alias → its code (`portNameMap`); transit reads as that code, or other. */
  flows(filter: StatisticsFilter, portNames: Readonly<Record<string, string>>): Promise<TransitFlowRow[]> {
    return this.dataSource.query(
      `SELECT origin_province AS origin, transit, destination_country AS destination, count(*)::int AS count
         FROM rm_stats_cases, LATERAL (SELECT DISTINCT ${transitPortSql('point')} FROM unnest(transit_points) AS point) AS points(transit)
        WHERE ${filterSql('opened_at')}
        GROUP BY origin_province, transit, destination_country`,
      [...filterParams(filter), JSON.stringify(portNames)],
    );
  }
}
