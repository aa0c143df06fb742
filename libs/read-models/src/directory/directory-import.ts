import type { EventStore } from '@rujukan/event-store';
import type { SqlRunner } from '../runtime/sql-runner.js';
import type { AgencyEntry } from '@rujukan/domain';
import { recordAgency, type DirectoryEditor } from './directory.js';

export interface DirectoryImportReport {
  added: string[];
  changed: string[];
  unchanged: string[];
  /** Agencies recorded in the directory that the file does not name: left as they are. */
  notInFile: string[];
}

interface AgencyRow {
  code: string;
  name: string;
  type: string;
  province_code: string | null;
  district_code: string | null;
  email: string | null;
  active: boolean;
  merged_into: string | null;
}

const sameAgency = (row: AgencyRow, agency: AgencyEntry): boolean =>
  row.name === agency.name &&
  row.type === agency.type &&
  row.province_code === agency.provinceCode &&
  row.district_code === agency.districtCode &&
  row.email === (agency.email ?? null) &&
  row.active === (agency.mergedInto == null && agency.active !== false) &&
  row.merged_into === (agency.mergedInto ?? null);

/**
 * Brings the directory in line with a list of agencies: records each one that is new or differs (through
 * `recordAgency`, as the directory routes do, so every change is an event), and leaves alone the agencies
 * the list does not name. Running it again with the same list changes nothing.
 */
export async function importAgencies(
  store: EventStore,
  db: SqlRunner,
  agencies: readonly AgencyEntry[],
  by: DirectoryEditor,
  options: { dryRun?: boolean } = {},
): Promise<DirectoryImportReport> {
  const rows = (await db.query(`SELECT code, name, type, province_code, district_code, email, active, merged_into FROM agencies`)) as AgencyRow[];
  const recorded = new Map(rows.map((row) => [row.code, row]));
  const report: DirectoryImportReport = { added: [], changed: [], unchanged: [], notInFile: [] };
  for (const agency of agencies) {
    const row = recorded.get(agency.code);
    // A file that says nothing of an agency's standing keeps what administrators recorded (a deactivation, a merger).
    const entry =
      row && agency.active === undefined && agency.mergedInto === undefined ? { ...agency, active: row.active, mergedInto: row.merged_into } : agency;
    const outcome = !row ? report.added : sameAgency(row, entry) ? report.unchanged : report.changed;
    outcome.push(agency.code);
    if (outcome !== report.unchanged && !options.dryRun) await recordAgency(store, db, entry, by);
  }
  const named = new Set(agencies.map((agency) => agency.code));
  report.notInFile = rows
    .map((row) => row.code)
    .filter((code) => !named.has(code))
    .sort();
  return report;
}

/** Whether the directory holds no agency at all: a fresh installation. */
export async function directoryIsEmpty(db: SqlRunner): Promise<boolean> {
  const rows = (await db.query(`SELECT 1 FROM agencies LIMIT 1`)) as unknown[];
  return rows.length === 0;
}
