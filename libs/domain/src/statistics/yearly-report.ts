import { suppressSmallCells, type KeyValue } from './suppression.js';

/** A region a report covers: the whole country, a province, or a district (with its province). */
export interface ReportRegion {
  province: string | null;
  district: string | null;
}

export interface RawCount {
  key: KeyValue;
  count: number;
}

/** What the statistics read model holds for a region and a year, before anything is hidden. */
export interface YearlyCounts {
  year: number;
  region: ReportRegion;
  /** Cases identified in each year from `year - YEARS_SHOWN + 1` to `year` (missing years are zeros). */
  byYear: RawCount[];
  byMonth: RawCount[];
  bySex: RawCount[];
  byAgeGroup: RawCount[];
  byDestinationCountry: RawCount[];
  byOriginProvince: RawCount[];
  /** A case may name several types of exploitation: these counts do not add up to the cases. */
  byExploitationType: RawCount[];
  referrals: { sent: number; answered: number; answeredInTime: number; medianHoursToAnswer: number | null };
}

/** A published count: `null` when it is hidden (never saying why, as in the JSON view). */
export interface PublishedRow {
  key: KeyValue;
  count: number | null;
}

export interface PublishedTable {
  rows: PublishedRow[];
  /** The table's total, `null` when hidden; absent when the rows do not add up (several per case). */
  total?: number | null;
}

export interface YearlyReport {
  year: number;
  region: ReportRegion;
  threshold: number;
  keyFigures: {
    cases: number | null;
    women: number | null;
    children: number | null;
    referralsSent: number | null;
    referralsAnswered: number | null;
    /** 0..1, of the referrals answered (accepted or declined). */
    shareAnsweredInTime: number | null;
    medianHoursToAnswer: number | null;
  };
  casesByYear: PublishedTable;
  casesByMonth: PublishedTable;
  casesBySex: PublishedTable;
  casesByAgeGroup: PublishedTable;
  casesByDestinationCountry: PublishedTable;
  casesByOriginProvince: PublishedTable;
  casesByExploitationType: PublishedTable;
}

/** How many years the trend chart shows, the report's year last. */
export const YEARS_SHOWN = 10;

/**
 * The published report: every one-dimensional table suppressed exactly as `GET /stats/cases?groupBy=<d>`
 * suppresses it (small cells and their complements), the key figures as the ungrouped views publish them.
 * Zeros are published: a true zero says nothing about anyone.
 */
export function publishYearlyReport(counts: YearlyCounts, threshold: number): YearlyReport {
  const table = (rows: RawCount[], dimension: string): PublishedTable => {
    const nonZero = rows.filter((r) => r.count > 0);
    const suppressed = suppressSmallCells(
      nonZero.map((r) => ({ key: { [dimension]: r.key }, count: r.count })),
      [dimension],
      threshold,
    );
    const published = new Map(suppressed.cells.map((c) => [c.key[dimension], c.count]));
    return { rows: rows.map((r) => ({ key: r.key, count: r.count === 0 ? 0 : (published.get(r.key) ?? null) })), total: suppressed.total };
  };
  const small = (n: number) => n > 0 && n < threshold;
  const byYear = [];
  for (let y = counts.year - YEARS_SHOWN + 1; y <= counts.year; y++) byYear.push({ key: y, count: countOf(counts.byYear, y) });
  const byMonth = Array.from({ length: 12 }, (_, i) => ({ key: i + 1, count: countOf(counts.byMonth, i + 1) }));
  const casesBySex = table(counts.bySex, 'sex');
  const casesByAgeGroup = table(counts.byAgeGroup, 'ageGroup');
  const cases = counts.byMonth.reduce((sum, r) => sum + r.count, 0);
  const { sent, answered, answeredInTime, medianHoursToAnswer } = counts.referrals;
  const enough = (n: number) => n >= threshold;
  return {
    year: counts.year,
    region: counts.region,
    threshold,
    keyFigures: {
      cases: small(cases) ? null : cases,
      women: publishedCount(casesBySex, 'female'),
      children: publishedCount(casesByAgeGroup, 'child'),
      referralsSent: small(sent) ? null : sent,
      referralsAnswered: small(answered) ? null : answered,
      shareAnsweredInTime: enough(answered) ? Math.round((answeredInTime / answered) * 100) / 100 : null,
      medianHoursToAnswer: enough(answered) && medianHoursToAnswer !== null ? Math.round(medianHoursToAnswer * 10) / 10 : null,
    },
    casesByYear: table(byYear, 'year'),
    casesByMonth: table(byMonth, 'month'),
    casesBySex,
    casesByAgeGroup,
    casesByDestinationCountry: ranked(table(counts.byDestinationCountry, 'destinationCountry')),
    casesByOriginProvince: ranked(table(counts.byOriginProvince, 'originProvince')),
    // Several types per case: no sum links the rows, so each is hidden on its own when small.
    casesByExploitationType: ranked({ rows: counts.byExploitationType.map((r) => ({ key: r.key, count: small(r.count) ? null : r.count })) }),
  };
}

function countOf(rows: readonly RawCount[], key: KeyValue): number {
  return rows.find((r) => r.key === key)?.count ?? 0;
}

/** A row of a published table; a category nobody falls in is a published zero. */
function publishedCount(table: PublishedTable, key: KeyValue): number | null {
  const row = table.rows.find((r) => r.key === key);
  return row ? row.count : 0;
}

/**
 * Largest published count first, then hidden ones and unknown (null) last, each by code: ranking by the
 * true counts would tell a hidden count's range by its place.
 */
function ranked(table: PublishedTable): PublishedTable {
  const rank = (r: PublishedRow) => (r.key === null ? 2 : r.count === null ? 1 : 0);
  const rows = [...table.rows].sort((a, b) => rank(a) - rank(b) || (b.count ?? 0) - (a.count ?? 0) || String(a.key).localeCompare(String(b.key)));
  return { ...table, rows };
}
