import type ExcelJs from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { statisticsColumn, SUPPRESSED_NOTE, type LabelLang } from '@rujukan/domain';
// Loaded on the first XLSX export, not at start: about 27 MB a process that never exports would carry.
let excel: Promise<typeof ExcelJs> | null = null;

/** A statistics view flattened to a table: one header row, then one row per cell or group. */
export interface ExportTable {
  title: string;
  columns: string[];
  rows: Array<Array<string | number | null>>;
  /** The language of the column headers and notes: `lang=id|en`, else the first of Accept-Language, else Indonesian. */
  lang?: LabelLang;
}

/** The reader's language of an export: the `lang` query if given, else the first id or en of Accept-Language, else id. */
export function exportLang(query: string | undefined, acceptLanguage: string | string[] | undefined): LabelLang {
  if (query === 'id' || query === 'en') return query;
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : (acceptLanguage ?? '');
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]!.trim().toLowerCase().slice(0, 2);
    if (tag === 'id' || tag === 'en') return tag;
  }
  return 'id';
}

const headers = (table: ExportTable): string[] => table.columns.map((c) => statisticsColumn(c, table.lang ?? 'id'));

/** Shown in place of a suppressed count: the same mark whatever the reason, so the reason cannot be inferred. */
export const SUPPRESSED_MARK = 's';

export const EXPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What a spreadsheet program reads as the start of a formula (OWASP, CSV injection; with the full-width forms csv-stringify also knows). */
export const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function toCsv(table: ExportTable): Buffer {
  const rows = [headers(table), ...table.rows.map((r) => r.map((v) => (v === null ? SUPPRESSED_MARK : v)))];
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
  sheet.addRow(headers(table)).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((v) => (v === null ? SUPPRESSED_MARK : v)));
  sheet.addRow([]);
  sheet.addRow([`${SUPPRESSED_MARK} = ${SUPPRESSED_NOTE[table.lang ?? 'id']}`]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
