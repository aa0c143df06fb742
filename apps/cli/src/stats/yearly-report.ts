import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { REPORT_LANGS, regionNames, yearlyReportHtml, yearlyReportPdf, yearlyReportView, type ReportLang } from '@rujukan/application';
import { publishYearlyReport, type ReportRegion } from '@rujukan/domain';
import { loadYearlyCounts, type SqlRunner } from '@rujukan/read-models';
import { UsageError } from '../audit/context.js';

export interface YearlyReportRequest {
  year: number;
  region: ReportRegion;
  lang: ReportLang;
  out: string;
}

const FIRST_YEAR = 2000;

/** The options as typed; every mistake is named with what to give instead. */
export async function parseYearlyReportRequest(
  options: { year?: string; province?: string; district?: string; lang?: string; out?: string },
  now: Date,
): Promise<YearlyReportRequest> {
  const currentYear = new Date(now.getTime() + 7 * 3_600_000).getUTCFullYear();
  const year = Number(options.year);
  if (!options.year || !/^\d{4}$/.test(options.year) || year < FIRST_YEAR || year > currentYear) {
    throw new UsageError(`--year is required: a year from ${FIRST_YEAR} to ${currentYear}, e.g. --year ${currentYear - 1}`);
  }
  const lang = options.lang ?? 'id';
  if (!(REPORT_LANGS as readonly string[]).includes(lang)) throw new UsageError(`--lang must be one of ${REPORT_LANGS.join(', ')}`);
  const names = await regionNames();
  const province = options.province ?? null;
  const district = options.district ?? null;
  if (province !== null && !names.hasProvince(province))
    throw new UsageError(`--province ${province} is not a province of the Kemendagri list (2 digits, e.g. 64)`);
  if (district !== null && !names.hasDistrict(district))
    throw new UsageError(`--district ${district} is not a kabupaten/kota of the Kemendagri list (4 digits, e.g. 6471)`);
  if (province !== null && district !== null && !district.startsWith(province)) throw new UsageError(`--district ${district} is not in province ${province}`);
  return { year, region: { province, district }, lang: lang as ReportLang, out: options.out ?? '.' };
}

/** Writes `laporan-tppo-<region>-<year>-<lang>.html` and `.pdf` into the output directory; returns their paths. */
export async function writeYearlyReport(db: SqlRunner, request: YearlyReportRequest, threshold: number, now: Date): Promise<string[]> {
  const report = publishYearlyReport(await loadYearlyCounts(db, request.year, request.region), threshold);
  const view = yearlyReportView(report, request.lang, await regionNames(), now);
  const base = `laporan-tppo-${request.region.district ?? request.region.province ?? 'nasional'}-${request.year}-${request.lang}`;
  const dir = resolve(request.out);
  await mkdir(dir, { recursive: true });
  const html = join(dir, `${base}.html`);
  const pdf = join(dir, `${base}.pdf`);
  await writeFile(html, yearlyReportHtml(view), 'utf8');
  await writeFile(pdf, await yearlyReportPdf(view, now));
  return [html, pdf];
}
