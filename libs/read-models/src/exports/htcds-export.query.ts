import { stringify } from 'csv-stringify/sync';
import type { DataSource } from 'typeorm';
import type { SqlRunner } from '../runtime/sql-runner.js';
import { filterParams, filterSql, type StatisticsFilter } from '../statistics/statistics-filter.js';
import {
  anonymise,
  HTCDS_COLUMNS,
  HTCDS_DIFFERENCING_NOTE,
  HTCDS_K,
  HTCDS_NOT_MAPPED,
  toHtcdsRecord,
  type HtcdsRecord,
  type StatsCaseCategories,
  type SuppressionReport,
} from './htcds.js';

/** An HTCDS export: the records, what k-anonymity cost, and what is and is not mapped. */
export interface HtcdsExport {
  standard: 'HTCDS';
  source: string;
  filters: StatisticsFilter;
  columns: readonly string[];
  notMapped: Readonly<Record<string, string>>;
  suppression: SuppressionReport;
  /** Why exports over overlapping periods or regions must not be published side by side (docs/exports.md). */
  differencing: string;
  records: HtcdsRecord[];
}

/**
 * Registered victims (sex recorded; not found not to be a victim) of the filter's region and WIB days, from the
 * statistics projection only: `rm_stats_cases` holds categories, never an identifying field, and no case id leaves here.
 */
export async function loadHtcdsExport(db: SqlRunner, filter: StatisticsFilter, k: number = HTCDS_K): Promise<HtcdsExport> {
  const rows = (await db.query(
    `SELECT opened_year, sex, age_group, nationality, destination_country, exploitation_types, recruitment_methods, means_of_control, stage, closure_reason
     FROM rm_stats_cases
     WHERE ${filterSql('opened_at')} AND sex IS NOT NULL AND victim_status IS DISTINCT FROM 'not_a_victim'`,
    filterParams(filter),
  )) as StatsCaseCategories[];
  const { records, suppression } = anonymise(rows.map(toHtcdsRecord), Math.max(k, HTCDS_K));
  return {
    standard: 'HTCDS',
    source:
      'UNMigration/HTCDS, HTCDS Field Reference.md (prs_, vic_, hte_, cas_ fields); CTDC data dictionary for yearOfRegistration, majorityStatus, CountryOfExploitation and the is* flags',
    filters: filter,
    columns: HTCDS_COLUMNS,
    notMapped: HTCDS_NOT_MAPPED,
    suppression,
    differencing: HTCDS_DIFFERENCING_NOTE,
    records,
  };
}

/** What a spreadsheet program reads as the start of a formula (OWASP, CSV injection), as the statistics' CSV escapes it. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * The records as CSV: one header row of HTCDS field names, one row per record, several values joined with "; ",
 * unknown empty, booleans true/false. Cells that would start a formula are escaped as the statistics' CSV does.
 */
export function htcdsCsv(records: readonly HtcdsRecord[]): Buffer {
  const cell = (value: HtcdsRecord[keyof HtcdsRecord]) =>
    value === null ? '' : Array.isArray(value) ? value.join('; ') : typeof value === 'boolean' ? String(value) : value;
  const rows = [[...HTCDS_COLUMNS], ...records.map((r) => HTCDS_COLUMNS.map((c) => cell(r[c])))];
  const csv = stringify(rows, { escape_formulas: true, quoted_match: FORMULA_START });
  return Buffer.from(`\uFEFF${csv}`, 'utf8');
}

/** The suppression report as response headers of a CSV export (the JSON carries it as `suppression`). */
export function suppressionHeaders(report: SuppressionReport): Record<string, string> {
  return {
    'X-Export-K': String(report.k),
    'X-Export-Records': String(report.records),
    'X-Export-Published': String(report.published),
    'X-Export-Suppressed': String(report.withSuppressedValues),
    'X-Export-Dropped': String(report.dropped),
    'X-Export-Suppressed-Share': String(report.suppressedShare),
  };
}

/** The HTCDS export for the API's route. */
export class HtcdsExportQueries {
  constructor(private readonly dataSource: DataSource) {}

  htcds(filter: StatisticsFilter): Promise<HtcdsExport> {
    return loadHtcdsExport(this.dataSource, filter);
  }
}
