import { Controller, Get, Inject, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { isIsoDate, suppressSmallCells } from '@rujukan/domain';
import { APP_CONFIG, type AppConfig } from '@rujukan/platform';
import { regionSql } from '@rujukan/read-models';
import { DataSource } from 'typeorm';
import { Authenticated } from '../auth/authenticated.js';
import type { AuthenticatedRequest } from '../auth/bearer-auth.guard.js';
import { RequirePermission } from '../auth/permission.decorator.js';
import { ApiError, RequestValidationError } from '../errors/api-error.js';
import { EXPORT_FORMATS, toCsv, toXlsx, type ExportFormat, type ExportTable } from './stats-export.js';
import { regionParam, scopeOfAgency, type Scope } from './stats-scope.js';

/** What a count may be grouped by: a column of `rm_stats_cases` each, categories only. */
const DIMENSIONS = {
  year: 'opened_year',
  month: 'opened_month',
  foundProvince: 'found_province',
  foundDistrict: 'found_district',
  originProvince: 'origin_province',
  originDistrict: 'origin_district',
  sex: 'sex',
  ageGroup: 'age_group',
  nationality: 'nationality',
  victimStatus: 'victim_status',
  destinationCountry: 'destination_country',
  channel: 'channel',
  stage: 'stage',
  closureReason: 'closure_reason',
} as const;
type Dimension = keyof typeof DIMENSIONS;

/** What referral figures may be grouped by. */
const REFERRAL_DIMENSIONS = {
  toAgency: 'to_agency',
  toAgencyType: 'to_agency_type',
  service: 'service',
  year: 'sent_year',
  foundProvince: 'found_province',
  foundDistrict: 'found_district',
} as const;
const ANSWERS = ['accepted', 'declined', 'withdrawn', 'expired', 'pending'] as const;

/**
 * Counts of cases for the task forces, from the statistics projection (never from events), scoped by
 * the caller's agency: a district task force counts the cases found in or coming from its district, a
 * province task force its province, the national one all. Small cells are suppressed, with complements.
 */
@ApiTags('statistics')
@Authenticated()
@Controller('stats')
export class StatsController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('cases')
  @RequirePermission('stats.read')
  @ApiOperation({ summary: 'Cases counted by up to three dimensions, within the caller’s region; counts below STATS_MIN_CELL are suppressed' })
  @ApiQuery({ name: 'groupBy', required: false, description: `Comma-separated, up to 3 of: ${Object.keys(DIMENSIONS).join(', ')}` })
  @ApiQuery({ name: 'from', required: false, description: 'Identified on or after (YYYY-MM-DD, WIB)' })
  @ApiQuery({ name: 'to', required: false, description: 'Identified on or before (YYYY-MM-DD, WIB)' })
  @ApiQuery({ name: 'province', required: false, description: 'Narrow to a province (of identification or origin) inside the caller’s scope' })
  @ApiQuery({ name: 'district', required: false, description: 'Narrow to a district (of identification or origin) inside the caller’s scope' })
  @ApiOkResponse({ description: 'cells (count, or null when suppressed, with the reason), margins and the total' })
  @ApiForbiddenResponse({ description: '`AUTH.FORBIDDEN` for roles other than task-force analysts; `STATS.OUT_OF_SCOPE` for a region outside the caller’s' })
  @ApiQuery({ name: 'format', required: false, enum: EXPORT_FORMATS, description: 'json (default), csv or xlsx; suppressed counts read "s"' })
  async cases(
    @Req() request: AuthenticatedRequest,
    @Query() query: Record<string, string | undefined>,
    @Res({ passthrough: true }) response: HeaderSink,
  ) {
    const format = formatParam(query.format);
    const view = await this.casesView(request, query);
    if (format === 'json') return view;
    const columns = [...view.groupBy, 'count'];
    const rows =
      view.groupBy.length === 0
        ? [[view.total]]
        : [...view.cells.map((c) => [...view.groupBy.map((d) => c.key[d] ?? ''), c.count]), [...view.groupBy.map((_, i) => (i === 0 ? 'total' : '')), view.total]];
    return exportAs(format, { title: 'cases', columns, rows }, response);
  }

  private async casesView(request: AuthenticatedRequest, query: Record<string, string | undefined>) {
    const dimensions = groupByParam(query.groupBy);
    const from = dateParam('from', query.from);
    const to = dateParam('to', query.to);
    const scope = await this.scopeOf(request.actor.agency);
    const region = regionParam(query, scope);
    const columns = dimensions.map((d) => DIMENSIONS[d]);
    const select = dimensions.map((d) => `${DIMENSIONS[d]} AS "${d}"`);
    const rows: Array<Record<string, string | number | null> & { count: number }> = await this.dataSource.query(
      `SELECT ${[...select, 'count(*)::int AS count'].join(', ')}
       FROM rm_stats_cases
       WHERE ${regionSql('$1', '$2')}
         AND ($3::date IS NULL OR opened_at >= $3::date::timestamp AT TIME ZONE 'Asia/Jakarta')
         AND ($4::date IS NULL OR opened_at < ($4::date + 1)::timestamp AT TIME ZONE 'Asia/Jakarta')
       ${columns.length > 0 ? `GROUP BY ${columns.join(', ')}` : ''}`,
      [region.province, region.district, from, to],
    );
    const cells = rows.map(({ count, ...key }) => ({ key, count }));
    const threshold = this.config.STATS_MIN_CELL;
    const total = cells.reduce((sum, c) => sum + c.count, 0);
    if (dimensions.length === 0) {
      const hidden = total > 0 && total < threshold;
      return { scope, filters: { ...region, from, to }, groupBy: dimensions, threshold, cells: [], margins: [], total: hidden ? null : total, totalSuppressed: hidden };
    }
    requireTractable(cells, dimensions.length);
    const table = suppressSmallCells(cells, dimensions, threshold);
    // Why a number is hidden is not published: "primary" would say it is below the threshold.
    const strip = <T extends { reason: unknown }>({ reason: _reason, ...rest }: T) => rest;
    return {
      scope,
      filters: { ...region, from, to },
      groupBy: dimensions,
      threshold,
      cells: table.cells.map(strip),
      margins: table.margins.map(strip),
      total: table.total,
      totalSuppressed: table.totalSuppressed,
    };
  }

  @Get('referrals')
  @RequirePermission('stats.read')
  @ApiOperation({ summary: 'Referral figures by receiving agency, agency type, service or year: sent, answers, completion, time to answer and to complete, share answered in time' })
  @ApiQuery({ name: 'groupBy', required: false, description: `Comma-separated, up to 2 of: ${Object.keys(REFERRAL_DIMENSIONS).join(', ')}` })
  @ApiQuery({ name: 'from', required: false, description: 'Sent on or after (YYYY-MM-DD, WIB)' })
  @ApiQuery({ name: 'to', required: false, description: 'Sent on or before (YYYY-MM-DD, WIB)' })
  @ApiOkResponse({ description: 'One row per group; figures of groups with fewer than STATS_MIN_CELL referrals, and small counts inside a row, are suppressed' })
  @ApiQuery({ name: 'format', required: false, enum: EXPORT_FORMATS, description: 'json (default), csv or xlsx; suppressed figures read "s"' })
  async referrals(
    @Req() request: AuthenticatedRequest,
    @Query() query: Record<string, string | undefined>,
    @Res({ passthrough: true }) response: HeaderSink,
  ) {
    const format = formatParam(query.format);
    const view = await this.referralsView(request, query);
    if (format === 'json') return view;
    const figures = ['sent', ...ANSWERS, 'completed', 'medianHoursToAnswer', 'p90HoursToAnswer', 'shareAnsweredInTime', 'medianDaysToComplete', 'p90DaysToComplete'];
    const rows = view.groups.map((g) => {
      const values: Record<string, number | null> = 'answers' in g ? { ...g, ...g.answers } as unknown as Record<string, number | null> : {};
      return [...view.groupBy.map((d) => g.key[d] ?? ''), ...figures.map((f) => values[f] ?? null)];
    });
    return exportAs(format, { title: 'referrals', columns: [...view.groupBy, ...figures], rows }, response);
  }

  private async referralsView(request: AuthenticatedRequest, query: Record<string, string | undefined>) {
    const dimensions = dimensionsParam(query.groupBy, REFERRAL_DIMENSIONS, 2);
    const from = dateParam('from', query.from);
    const to = dateParam('to', query.to);
    const scope = await this.scopeOf(request.actor.agency);
    const region = regionParam(query, scope);
    const columns = dimensions.map((d) => REFERRAL_DIMENSIONS[d]);
    const answered = `answer IN ('accepted', 'declined')`;
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT ${[
        ...dimensions.map((d) => `${REFERRAL_DIMENSIONS[d]} AS "${d}"`),
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
       WHERE ${regionSql('$1', '$2')}
         AND ($3::date IS NULL OR sent_at >= $3::date::timestamp AT TIME ZONE 'Asia/Jakarta')
         AND ($4::date IS NULL OR sent_at < ($4::date + 1)::timestamp AT TIME ZONE 'Asia/Jakarta')
       ${columns.length > 0 ? `GROUP BY ${columns.join(', ')}` : ''}`,
      [region.province, region.district, from, to],
    );
    const threshold = this.config.STATS_MIN_CELL;
    const keyOf = (row: Record<string, unknown>) => Object.fromEntries(dimensions.map((d) => [d, row[d] as string | number | null]));
    // Which groups may be shown at all: their referral counts, suppressed with complements like any table.
    if (dimensions.length > 0) requireTractable(rows.map((r) => ({ count: Number(r.sent) })), dimensions.length);
    const sent = dimensions.length > 0 ? suppressSmallCells(rows.map((r) => ({ key: keyOf(r), count: Number(r.sent) })), dimensions, threshold) : null;
    const shown = new Map(sent?.cells.map((c) => [JSON.stringify(c.key), !c.suppressed]) ?? []);
    const round = (value: unknown) => (value === null ? null : Math.round(Number(value) * 10) / 10);
    const groups = rows
      .map((row) => {
        const key = keyOf(row);
        const visible = dimensions.length === 0 ? Number(row.sent) >= threshold || Number(row.sent) === 0 : shown.get(JSON.stringify(key)) === true;
        if (!visible) return { key, suppressed: true, sent: null };
        const answers = suppressSmallCells(
          ANSWERS.map((answer) => ({ key: { answer }, count: Number(row[answer]) })),
          ['answer'],
          threshold,
        );
        const enough = (n: unknown) => Number(n) >= threshold;
        return {
          key,
          suppressed: false,
          sent: Number(row.sent),
          answers: Object.fromEntries(answers.cells.map((c) => [c.key.answer as string, c.count])),
          // A true zero says nothing about anyone, so it is published.
          completed: enough(row.completed) || Number(row.completed) === 0 ? Number(row.completed) : null,
          medianHoursToAnswer: enough(row.answered) ? round(row.median_hours_to_answer) : null,
          p90HoursToAnswer: enough(row.answered) ? round(row.p90_hours_to_answer) : null,
          shareAnsweredInTime: enough(row.answered) ? Math.round((Number(row.answered_in_time) / Number(row.answered)) * 100) / 100 : null,
          medianDaysToComplete: enough(row.completed) ? round(row.median_days_to_complete) : null,
          p90DaysToComplete: enough(row.completed) ? round(row.p90_days_to_complete) : null,
        };
      })
      .sort((a, b) => (JSON.stringify(a.key) < JSON.stringify(b.key) ? -1 : 1));
    const totalSent = rows.reduce((sum, r) => sum + Number(r.sent), 0);
    return { scope, filters: { ...region, from, to }, groupBy: dimensions, threshold, groups, totalSent: sent ? sent.total : totalSent };
  }

  /** The caller's region, from the directory: an agency the administrators have not recorded counts nothing. */
  private scopeOf(agency: string): Promise<Scope> {
    return scopeOfAgency(this.dataSource, agency);
  }
}


/**
 * Complementary suppression is checked exactly, which grows fast with the number of linked totals: a
 * 637-cell two-dimensional table takes about 14 ms, a 1,731-cell three-dimensional one 14 s. A table
 * too detailed to publish safely in reasonable time is refused (422) instead of stalling the service.
 */
export const MAX_CELLS_BY_DIMENSIONS: Readonly<Record<number, number>> = { 1: 10_000, 2: 2_000, 3: 600 };

export function requireTractable(cells: ReadonlyArray<{ count: number }>, dimensions: number): void {
  const max = MAX_CELLS_BY_DIMENSIONS[dimensions] ?? 0;
  if (cells.length > max) {
    throw new ApiError(422, 'STATS.TOO_DETAILED', `this ${dimensions}-dimensional table has ${cells.length} cells (at most ${max}): group by fewer dimensions or narrow the period or region`, {
      cells: cells.length,
      maxCells: max,
    });
  }
}

interface HeaderSink {
  setHeader(name: string, value: string): unknown;
}

function formatParam(text: string | undefined): ExportFormat {
  if (text === undefined || text === '') return 'json';
  if (!(EXPORT_FORMATS as readonly string[]).includes(text)) throw new RequestValidationError([{ field: 'format', reason: `format must be one of ${EXPORT_FORMATS.join(', ')}` }]);
  return text as ExportFormat;
}

async function exportAs(format: Exclude<ExportFormat, 'json'>, table: ExportTable, response: HeaderSink): Promise<StreamableFile> {
  const body = format === 'csv' ? toCsv(table) : await toXlsx(table);
  const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  response.setHeader('Content-Disposition', `attachment; filename="rujukan-${table.title}.${format}"`);
  return new StreamableFile(body, { type });
}

function dimensionsParam<D extends Record<string, string>>(text: string | undefined, allowed: D, max: number): Array<keyof D & string> {
  if (!text) return [];
  const dims = text.split(',').map((d) => d.trim()).filter(Boolean);
  const unknown = dims.filter((d) => !(d in allowed));
  if (unknown.length > 0 || dims.length > max || new Set(dims).size !== dims.length) {
    throw new RequestValidationError([{ field: 'groupBy', reason: `groupBy takes up to ${max} different of: ${Object.keys(allowed).join(', ')}` }]);
  }
  return dims as Array<keyof D & string>;
}

function groupByParam(text: string | undefined): Dimension[] {
  return dimensionsParam(text, DIMENSIONS, 3);
}

function dateParam(field: string, text: string | undefined): string | null {
  if (text === undefined || text === '') return null;
  if (!isIsoDate(text)) throw new RequestValidationError([{ field, reason: `${field} must be a date, YYYY-MM-DD` }]);
  return text;
}
