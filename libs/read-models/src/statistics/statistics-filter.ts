import type { ReportRegion } from '@rujukan/domain';
import { regionSql } from './yearly-counts.query.js';

/** What every statistics route narrows by: a region (province or district, of identification or origin) and WIB calendar days. */
export interface StatisticsFilter extends ReportRegion {
  /** On or after this day (YYYY-MM-DD, WIB); null: from the start. */
  from: string | null;
  /** On or before this day (YYYY-MM-DD, WIB); null: up to now. */
  to: string | null;
}

/** The WHERE of a statistics query: $1..$4 are `filterParams`; `column` is the instant the period counts by. */
export function filterSql(column: string): string {
  return `${regionSql('$1', '$2')}
    AND ($3::date IS NULL OR ${column} >= $3::date::timestamp AT TIME ZONE 'Asia/Jakarta')
    AND ($4::date IS NULL OR ${column} < ($4::date + 1)::timestamp AT TIME ZONE 'Asia/Jakarta')`;
}

export const filterParams = (filter: StatisticsFilter): unknown[] => [filter.province, filter.district, filter.from, filter.to];

/**
 * A recorded transit point as the port it names, in SQL: `names` ($5, jsonb) maps each port's code, name and alias,
 * normalised as `portIndex` does (lower case, a leading Pelabuhan/Bandara/PLBN dropped, spaces collapsed), to its
 * code; a value no port claims reads `other`, null stays null. Counting distinct ports per case after this reads a
 * case that recorded "Nunukan" and "Tunon Taka" once under IDNNX.
 */
export function transitPortSql(value: string, names = '$5'): string {
  const normalised = `btrim(regexp_replace(regexp_replace(lower(normalize(${value}, NFKC)), '^(pelabuhan|bandara|plbn|pos lintas batas)\\s+', ''), '\\s+', ' ', 'g'))`;
  return `CASE WHEN ${value} IS NULL THEN NULL ELSE coalesce(${names}::jsonb ->> ${normalised}, 'other') END`;
}
