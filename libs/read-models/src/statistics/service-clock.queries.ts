import type { KeyValue } from '@rujukan/domain';
import type { DataSource } from 'typeorm';
import { filterParams, filterSql, type StatisticsFilter } from './statistics-filter.js';

/** What the service clock may be grouped by; the provider's type comes from the directory. */
export const SERVICE_DIMENSION_COLUMNS = {
  service: 's.service',
  providerAgencyType: 'a.type',
  providerAgency: 's.provider_agency',
  year: 's.requested_year',
  foundProvince: 'c.found_province',
  foundDistrict: 'c.found_district',
} as const;
export type ServiceDimension = keyof typeof SERVICE_DIMENSION_COLUMNS;

/** One group's services: requested, within, late, undelivered, running, cancelled and flagged, keyed by its dimensions. */
export type ServiceClockFigures = Record<string, KeyValue>;

/** The 7-day service clock from the statistics projection's `rm_stats_services`, requested within the filter's days and region. */
export class ServiceClockQueries {
  constructor(private readonly dataSource: DataSource) {}

  figures(groupBy: readonly ServiceDimension[], filter: StatisticsFilter): Promise<ServiceClockFigures[]> {
    const undelivered = `s.delivered_at IS NULL`;
    const pastDue = `(s.due_by <= now() OR s.overdue_flagged_at IS NOT NULL)`;
    return this.dataSource.query(
      `SELECT ${[
        ...groupBy.map((d) => `${SERVICE_DIMENSION_COLUMNS[d]} AS "${d}"`),
        `count(*)::int AS requested`,
        `count(*) FILTER (WHERE s.on_time)::int AS within`,
        `count(*) FILTER (WHERE s.delivered_at IS NOT NULL AND NOT s.on_time)::int AS late`,
        // Flagged by the sweep counts as past due whatever this server's clock says.
        `count(*) FILTER (WHERE ${undelivered} AND ${pastDue} AND (s.cancelled_at IS NULL OR s.cancelled_at > s.due_by))::int AS undelivered`,
        `count(*) FILTER (WHERE ${undelivered} AND NOT ${pastDue} AND s.cancelled_at IS NULL)::int AS running`,
        `count(*) FILTER (WHERE ${undelivered} AND s.cancelled_at <= s.due_by)::int AS cancelled`,
        `count(*) FILTER (WHERE s.overdue_flagged_at IS NOT NULL)::int AS flagged`,
      ].join(', ')}
       FROM rm_stats_services s JOIN rm_stats_cases c ON c.case_id = s.case_id LEFT JOIN agencies a ON a.code = s.provider_agency
       WHERE ${filterSql('s.requested_at')}
       ${groupBy.length > 0 ? `GROUP BY ${groupBy.map((d) => SERVICE_DIMENSION_COLUMNS[d]).join(', ')}` : ''}`,
      filterParams(filter),
    );
  }
}
