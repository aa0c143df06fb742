import type ExcelJs from 'exceljs';
import { stringify } from 'csv-stringify/sync';
// Loaded on the first XLSX export, not at start: about 27 MB a process that never exports would carry.
let excel: Promise<typeof ExcelJs> | null = null;

/** A statistics view flattened to a table: one header row, then one row per cell or group. */
export interface ExportTable {
  title: string;
  columns: string[];
  rows: Array<Array<string | number | null>>;
}

/** Shown in place of a suppressed count: the same mark whatever the reason, so the reason cannot be inferred. */
export const SUPPRESSED_MARK = 's';

export const EXPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What a spreadsheet program reads as the start of a formula (OWASP, CSV injection; with the full-width forms csv-stringify also knows). */
export const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function toCsv(table: ExportTable): Buffer {
  const rows = [table.columns, ...table.rows.map((r) => r.map((v) => (v === null ? SUPPRESSED_MARK : v)))];
  // OWASP's escape for a text cell that would start a formula: a leading single quote, the cell in double quotes. Numbers stay numbers.
  const csv = stringify(rows, { escape_formulas: true, quoted_match: FORMULA_START });
  // A byte-order mark, so spreadsheet programs open Indonesian text as UTF-8.
  return Buffer.from(`\uFEFF${csv}`, 'utf8');
}

export async function toXlsx(table: ExportTable): Promise<Buffer> {
  const ExcelJS = await (excel ??= import('exceljs').then((module) => module.default));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Rujukan';
  const sheet = workbook.addWorksheet(table.title.slice(0, 31));
  sheet.addRow(table.columns).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((v) => (v === null ? SUPPRESSED_MARK : v)));
  sheet.addRow([]);
  sheet.addRow([`${SUPPRESSED_MARK} = suppressed (a small count, or one that would reveal a small count)`]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
