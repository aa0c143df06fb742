import { YEARS_SHOWN, type RawCount, type ReportRegion, type YearlyCounts } from '@rujukan/domain';
import type { SqlRunner } from '../runtime/sql-runner.js';

/**
 * A case (or referral) counts in a region when it was found there or comes from there. The district
 * test names its province too, so PostgreSQL can use the (province, district) indexes.
 */
export function regionSql(province: string, district: string): string {
  return `(${province}::text IS NULL OR found_province = ${province} OR origin_province = ${province})
    AND (${district}::text IS NULL OR (found_province = left(${district}, 2) AND found_district = ${district})
         OR (origin_province = left(${district}, 2) AND origin_district = ${district}))`;
}

/** Identified (or sent) on a WIB calendar day from $3 to $4, as `GET /stats/*?from=&to=` counts. */
const PERIOD = (column: string) => `${column} >= $3::date::timestamp AT TIME ZONE 'Asia/Jakarta'
  AND ${column} < ($4::date + 1)::timestamp AT TIME ZONE 'Asia/Jakarta'`;

/**
 * The counts of one region's year from the statistics projection (`rm_stats_cases`, `rm_stats_referrals`):
 * categories only, nothing hidden yet (`publishYearlyReport` does that). Expects a runner that answers
 * with the rows, as a TypeORM DataSource does.
 */
export async function loadYearlyCounts(db: SqlRunner, year: number, region: ReportRegion): Promise<YearlyCounts> {
  const params = [region.province, region.district, `${year}-01-01`, `${year}-12-31`];
  const where = `${regionSql('$1', '$2')} AND ${PERIOD('opened_at')}`;
  const grouped = async (expression: string, from = 'rm_stats_cases'): Promise<RawCount[]> => {
    const rows = (await db.query(
      `SELECT ${expression} AS key, count(DISTINCT case_id)::int AS count FROM ${from} WHERE ${where} GROUP BY 1`,
      params,
    )) as RawCount[];
    return rows.map((r) => ({ key: r.key, count: Number(r.count) }));
  };
  const trendParams = [region.province, region.district, `${year - YEARS_SHOWN + 1}-01-01`, `${year}-12-31`];
  const byYear = (await db.query(
    `SELECT opened_year AS key, count(*)::int AS count FROM rm_stats_cases WHERE ${regionSql('$1', '$2')} AND ${PERIOD('opened_at')} GROUP BY 1`,
    trendParams,
  )) as RawCount[];
  const answered = `answer IN ('accepted', 'declined')`;
  const [referrals] = (await db.query(
    `SELECT count(*)::int AS sent,
            count(*) FILTER (WHERE ${answered})::int AS answered,
            count(*) FILTER (WHERE ${answered} AND answered_at <= response_deadline)::int AS answered_in_time,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - sent_at) / 3600) FILTER (WHERE ${answered}) AS median_hours
     FROM rm_stats_referrals WHERE ${regionSql('$1', '$2')} AND ${PERIOD('sent_at')}`,
    params,
  )) as Array<{ sent: number; answered: number; answered_in_time: number; median_hours: number | null }>;
  return {
    year,
    region,
    byYear: byYear.map((r) => ({ key: Number(r.key), count: Number(r.count) })),
    byMonth: (await grouped('opened_month')).map((r) => ({ key: Number(r.key), count: r.count })),
    bySex: await grouped('sex'),
    byAgeGroup: await grouped('age_group'),
    byDestinationCountry: await grouped('destination_country'),
    byOriginProvince: await grouped('origin_province'),
    byExploitationType: await grouped('t.type', 'rm_stats_cases, unnest(exploitation_types) AS t(type)'),
    referrals: {
      sent: Number(referrals.sent),
      answered: Number(referrals.answered),
      answeredInTime: Number(referrals.answered_in_time),
      medianHoursToAnswer: referrals.median_hours === null ? null : Number(referrals.median_hours),
    },
  };
}
