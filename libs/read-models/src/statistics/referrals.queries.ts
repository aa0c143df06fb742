import type { DataSource } from 'typeorm';
import { filterParams, filterSql, type StatisticsFilter } from './statistics-filter.js';

/** What referral figures may be grouped by: columns of `rm_stats_referrals`. */
export const REFERRAL_DIMENSION_COLUMNS = {
  toAgency: 'to_agency',
  toAgencyType: 'to_agency_type',
  service: 'service',
  year: 'sent_year',
  foundProvince: 'found_province',
  foundDistrict: 'found_district',
} as const;
export type ReferralDimension = keyof typeof REFERRAL_DIMENSION_COLUMNS;

/** One group's referral figures, keyed by its dimensions; hours and days are null when none answered or completed. */
export type ReferralFigures = Record<string, unknown> & {
  sent: number;
  accepted: number;
  declined: number;
  withdrawn: number;
  expired: number;
  pending: number;
  completed: number;
  answered: number;
  answered_in_time: number;
  median_hours_to_answer: number | null;
  p90_hours_to_answer: number | null;
  median_days_to_complete: number | null;
  p90_days_to_complete: number | null;
};

/** Referral figures from the statistics projection's `rm_stats_referrals`, sent within the filter's days and region. */
export class ReferralFigureQueries {
  constructor(private readonly dataSource: DataSource) {}

  figures(groupBy: readonly ReferralDimension[], filter: StatisticsFilter): Promise<ReferralFigures[]> {
    const columns = groupBy.map((d) => REFERRAL_DIMENSION_COLUMNS[d]);
    const answered = `answer IN ('accepted', 'declined')`;
    return this.dataSource.query(
      `SELECT ${[
        ...groupBy.map((d) => `${REFERRAL_DIMENSION_COLUMNS[d]} AS "${d}"`),
        `count(*)::int AS sent`,
        `count(*) FILTER (WHERE answer = 'accepted')::int AS accepted`,
        `count(*) FILTER (WHERE answer = 'declined')::int AS declined`,
        `count(*) FILTER (WHERE answer = 'withdrawn')::int AS withdrawn`,
        `count(*) FILTER (WHERE answer = 'expired')::int AS expired`,
        `count(*) FILTER (WHERE answer IS NULL)::int AS pending`,
        `count(*) FILTER (WHERE completed_at IS NOT NULL)::int AS completed`,
        `count(*) FILTER (WHERE ${answered})::int AS answered`,
        `count(*) FILTER (WHERE ${answered} AND answered_at <= response_deadline)::int AS answered_in_time`,
        `percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - sent_at) / 3600) FILTER (WHERE ${answered}) AS median_hours_to_answer`,
        `percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - sent_at) / 3600) FILTER (WHERE ${answered}) AS p90_hours_to_answer`,
        `percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM completed_at - sent_at) / 86400) FILTER (WHERE completed_at IS NOT NULL) AS median_days_to_complete`,
        `percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM completed_at - sent_at) / 86400) FILTER (WHERE completed_at IS NOT NULL) AS p90_days_to_complete`,
      ].join(', ')}
       FROM rm_stats_referrals
       WHERE ${filterSql('sent_at')}
       ${columns.length > 0 ? `GROUP BY ${columns.join(', ')}` : ''}`,
      filterParams(filter),
    );
  }
}
