import { Controller, Get, Inject, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { REPORT_LANGS, regionNames, YEARLY_REPORT_CSP, yearlyReportHtml, yearlyReportPdf, yearlyReportView, type ReportLang } from '@rujukan/application';
import { publishYearlyReport } from '@rujukan/domain';
import { APP_CONFIG, type AppConfig } from '@rujukan/platform';
import { DirectoryQueries, YearlyReportQueries } from '@rujukan/read-models';
import { Authenticated } from '../auth/authenticated.js';
import type { AuthenticatedRequest } from '../auth/bearer-auth.guard.js';
import { RequirePermission } from '../auth/permission.decorator.js';
import { RequestValidationError, type FieldError } from '../errors/api-error.js';
import type { HeaderSink } from '../http/read-answers.js';
import { isKnownDistrict, isKnownProvince } from '@rujukan/commands';
import { regionParam, scopeOfAgency } from './stats-scope.js';

const FORMATS = ['html', 'pdf', 'json'] as const;
type ReportFormat = (typeof FORMATS)[number];
/** The first year the service can hold cases of: earlier reports would be empty by construction. */
const FIRST_YEAR = 2000;

/**
 * The yearly report a task force hands to its governor or regent: key figures, tables and charts of one
 * year in its region, every count suppressed as `GET /stats/cases` suppresses it, in Indonesian or English.
 */
@ApiTags('statistics')
@Authenticated()
@Controller('stats/reports')
export class StatsReportController {
  constructor(
    private readonly reports: YearlyReportQueries,
    private readonly directory: DirectoryQueries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('yearly')
  @RequirePermission('stats.read')
  @ApiOperation({ summary: 'Yearly statistics report of the caller’s region (or a province or district inside it), as one HTML page or an A4 PDF' })
  @ApiQuery({ name: 'year', required: true, description: 'The year of identification (WIB), e.g. 2025' })
  @ApiQuery({ name: 'province', required: false, description: 'A province inside the caller’s scope (2-digit Kemendagri code)' })
  @ApiQuery({ name: 'district', required: false, description: 'A district inside the caller’s scope (4-digit Kemendagri code)' })
  @ApiQuery({ name: 'lang', required: false, enum: REPORT_LANGS, description: 'id (default) or en' })
  @ApiQuery({ name: 'format', required: false, enum: FORMATS, description: 'html (default), pdf, or json: the published figures the page is drawn from' })
  @ApiOkResponse({ description: 'The report; counts below STATS_MIN_CELL, and the complements that would give them away, read "s"' })
  @ApiForbiddenResponse({ description: '`AUTH.FORBIDDEN` for roles other than task-force analysts; `STATS.OUT_OF_SCOPE` for a region outside the caller’s' })
  async yearly(@Req() request: AuthenticatedRequest, @Query() query: Record<string, string | undefined>, @Res({ passthrough: true }) response: HeaderSink) {
    const { year, lang, format } = reportParams(query, new Date());
    const scope = await scopeOfAgency(this.directory, request.actor.agency);
    const region = regionParam(query, scope);
    requireKnownRegion(region);
    const report = publishYearlyReport(await this.reports.counts(year, region), this.config.STATS_MIN_CELL);
    if (format === 'json') return { scope, report };
    const compiledAt = new Date();
    const view = yearlyReportView(report, lang, await regionNames(), compiledAt);
    const name = `laporan-tppo-${region.district ?? region.province ?? 'nasional'}-${year}-${lang}.${format}`;
    response.header('Content-Disposition', `inline; filename="${name}"`);
    if (format === 'pdf') return new StreamableFile(await yearlyReportPdf(view, compiledAt), { type: 'application/pdf' });
    response.header('Content-Security-Policy', YEARLY_REPORT_CSP);
    return new StreamableFile(Buffer.from(yearlyReportHtml(view), 'utf8'), { type: 'text/html; charset=utf-8' });
  }
}

/** year, lang and format, every problem named at once. */
export function reportParams(query: Record<string, string | undefined>, now: Date): { year: number; lang: ReportLang; format: ReportFormat } {
  const errors: FieldError[] = [];
  const currentYear = new Date(now.getTime() + 7 * 3_600_000).getUTCFullYear();
  const year = Number(query.year);
  if (!query.year || !/^\d{4}$/.test(query.year) || year < FIRST_YEAR || year > currentYear) {
    errors.push({ field: 'year', reason: `year is required: a year from ${FIRST_YEAR} to ${currentYear}, e.g. ${currentYear - 1}` });
  }
  const lang = query.lang || 'id';
  if (!(REPORT_LANGS as readonly string[]).includes(lang)) errors.push({ field: 'lang', reason: `lang must be one of ${REPORT_LANGS.join(', ')}` });
  const format = query.format || 'html';
  if (!(FORMATS as readonly string[]).includes(format)) errors.push({ field: 'format', reason: `format must be one of ${FORMATS.join(', ')}` });
  if (errors.length > 0) throw new RequestValidationError(errors);
  return { year, lang: lang as ReportLang, format: format as ReportFormat };
}

/** A well-formed code that names no region, or a district outside the province asked for, is a bad request, not an empty report. */
function requireKnownRegion(region: { province: string | null; district: string | null }): void {
  const errors: FieldError[] = [];
  if (region.province !== null && !isKnownProvince(region.province))
    errors.push({ field: 'province', reason: `${region.province} is not a province of the Kemendagri list` });
  if (region.district !== null && !isKnownDistrict(region.district))
    errors.push({ field: 'district', reason: `${region.district} is not a kabupaten/kota of the Kemendagri list` });
  else if (region.district !== null && region.province !== null && !region.district.startsWith(region.province)) {
    errors.push({ field: 'district', reason: `district ${region.district} is not in province ${region.province}` });
  }
  if (errors.length > 0) throw new RequestValidationError(errors);
}
