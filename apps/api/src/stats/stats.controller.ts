import { loadGeodata, portNameMap, renderFlowMap, type Geodata } from '@rujukan/application';
import { Controller, Get, Headers, Inject, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { OPEN_STAGES, suppressOverlappingCells, suppressSmallCells, type KeyValue } from '@rujukan/domain';
import { APP_CONFIG, type AppConfig } from '@rujukan/platform';
import {
  CASE_DIMENSION_COLUMNS,
  CaseCountQueries,
  DirectoryQueries,
  isMultiDimension,
  MULTI_DIMENSION_COLUMNS,
  REFERRAL_DIMENSION_COLUMNS,
  ReferralFigureQueries,
  SERVICE_DIMENSION_COLUMNS,
  ServiceClockQueries,
  STAGE_DIMENSION_COLUMNS,
  StagePeriodQueries,
  PROJECTION,
  TransferFigureQueries,
  TransitFlowQueries,
  PortQueries,
  type CaseDimension,
  type StatisticsFilter,
} from '@rujukan/read-models';
import { Authenticated } from '../auth/authenticated.js';
import type { AuthenticatedRequest } from '../auth/bearer-auth.guard.js';
import { RequirePermission } from '../auth/permission.decorator.js';
import { ApiError, RequestValidationError } from '../errors/api-error.js';
import { setHeaders, type HeaderSink } from '../http/read-answers.js';
import { freshnessHeaders, ReadModelFreshness } from '../queries/read-model-freshness.js';
import { dateParam } from '../http/time-params.js';
import { EXPORT_FORMATS, exportLang, toCsv, toXlsx, type ExportFormat, type ExportTable } from './stats-export.js';
import { regionParam, scopeOfAgency, type Scope } from './stats-scope.js';
import { CaseCountsDto, ReferralFiguresDto } from './stats.responses.js';

/** Every dimension a count of cases may be grouped by. */
const CASE_DIMENSIONS = { ...CASE_DIMENSION_COLUMNS, ...MULTI_DIMENSION_COLUMNS };

const OVERLAP_NOTE =
  'a case counts under each of its values (none recorded: null), so the cells do not add up to the total; a cell is also hidden when the cases of its row not mentioning it number 1 to threshold − 1, and a lone hidden cell takes another with it';

const TRANSIT_LINK_NOTE =
  'counts by transit port are one table with /stats/ports (per port, and the flows origin → port → destination): a port hidden in one is hidden in the other';

const ANSWERS = ['accepted', 'declined', 'withdrawn', 'expired', 'pending'] as const;
const CLOCK_FIGURES = ['due', 'within', 'late', 'undelivered', 'running', 'cancelled', 'flagged'] as const;

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
    private readonly caseCounts: CaseCountQueries,
    private readonly referralFigures: ReferralFigureQueries,
    private readonly stagePeriods: StagePeriodQueries,
    private readonly serviceClocks: ServiceClockQueries,
    private readonly transferFigures: TransferFigureQueries,
    private readonly transitFlows: TransitFlowQueries,
    private readonly portList: PortQueries,
    private readonly freshness: ReadModelFreshness,
    private readonly directory: DirectoryQueries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('cases')
  @RequirePermission('stats.read')
  @ApiOperation({ summary: 'Cases counted by up to three dimensions, within the caller’s region; counts below STATS_MIN_CELL are suppressed' })
  @ApiQuery({
    name: 'groupBy',
    required: false,
    description:
      `Comma-separated, up to 3 of: ${Object.keys(CASE_DIMENSION_COLUMNS).join(', ')}; or one multi-valued category (${Object.keys(MULTI_DIMENSION_COLUMNS).join(', ')}) ` +
      `with at most one other: then ${OVERLAP_NOTE} (the response says so in \`overlapping\`)`,
  })
  @ApiQuery({ name: 'from', required: false, description: 'Identified on or after (YYYY-MM-DD, WIB)' })
  @ApiQuery({ name: 'to', required: false, description: 'Identified on or before (YYYY-MM-DD, WIB)' })
  @ApiQuery({ name: 'province', required: false, description: 'Narrow to a province (of identification or origin) inside the caller’s scope' })
  @ApiQuery({ name: 'district', required: false, description: 'Narrow to a district (of identification or origin) inside the caller’s scope' })
  @ApiOkResponse({ type: CaseCountsDto, description: 'cells (count, or null when suppressed, with the reason), margins and the total' })
  @ApiForbiddenResponse({ description: '`AUTH.FORBIDDEN` for roles other than task-force analysts; `STATS.OUT_OF_SCOPE` for a region outside the caller’s' })
  @ApiQuery({ name: 'format', required: false, enum: EXPORT_FORMATS, description: 'json (default), csv or xlsx; suppressed counts read "s"' })
  @ApiQuery({ name: 'lang', required: false, enum: ['id', 'en'], description: 'Language of CSV/XLSX column headers; default from Accept-Language, else id' })
  async cases(@Req() request: AuthenticatedRequest, @Query() query: Record<string, string | undefined>, @Res({ passthrough: true }) response: HeaderSink) {
    const format = formatParam(query.format);
    const view = await this.casesView(request, query);
    if (format === 'json') return view;
    const columns = [...view.groupBy, 'count'];
    const rows =
      view.groupBy.length === 0
        ? [[view.total]]
        : [
            ...view.cells.map((c) => [...view.groupBy.map((d) => c.key[d] ?? ''), c.count]),
            [...view.groupBy.map((_, i) => (i === 0 ? 'total' : '')), view.total],
          ];
    return exportAs(format, { title: 'cases', columns, rows, lang: exportLang(query.lang, request.headers['accept-language']) }, response);
  }

  private async casesView(request: AuthenticatedRequest, query: Record<string, string | undefined>) {
    const dimensions = groupByParam(query.groupBy);
    const from = dateParam('from', query.from);
    const to = dateParam('to', query.to);
    const scope = await this.scopeOf(request.actor.agency);
    const region = regionParam(query, scope);
    const threshold = this.config.STATS_MIN_CELL;
    const multi = dimensions.find(isMultiDimension) ?? null;
    const plain = dimensions.filter((d) => !isMultiDimension(d));
    // Why a number is hidden is not published: "primary" would say it is below the threshold.
    const strip = <T extends { reason: unknown }>({ reason: _reason, ...rest }: T) => rest;
    const filters = { ...region, from, to };
    const countRows = (groupBy: readonly CaseDimension[], unnest: typeof multi) => this.caseCounts.count(groupBy, unnest, filters);
    if (multi !== null) {
      // Transit points count by port (one mapping, the ports list's), and the ports /stats/ports hides stay hidden here.
      const transit = multi === 'transitPoint' ? await this.transitTables(filters) : null;
      if (transit !== null && plain.length === 0) {
        const table = transit.byPoint;
        return {
          scope,
          filters,
          groupBy: dimensions,
          threshold,
          overlapping: { dimension: multi, note: OVERLAP_NOTE },
          linkedWith: TRANSIT_LINK_NOTE,
          cells: table.cells.map((c) => ({ ...strip(c), key: orderKey(c.key, dimensions) })),
          margins: [],
          total: table.total,
          totalSuppressed: table.totalSuppressed,
        };
      }
      const [cells, rows] = await Promise.all([this.caseCounts.count(dimensions, multi, filters, transit?.names), countRows(plain, null)]);
      requireTractable(cells, dimensions.length);
      const table = suppressOverlappingCells({
        cells,
        rows,
        dimensions: plain,
        multi,
        threshold,
        hideValues: transit === null ? undefined : (value) => value !== null && transit.hidden.has(String(value)),
      });
      return {
        scope,
        filters,
        groupBy: dimensions,
        threshold,
        overlapping: { dimension: multi, note: OVERLAP_NOTE },
        ...(transit === null ? {} : { linkedWith: TRANSIT_LINK_NOTE }),
        cells: table.cells.map((c) => ({ ...strip(c), key: orderKey(c.key, dimensions) })),
        margins: table.margins.map((m) => ({ ...strip(m), key: orderKey(m.key, dimensions) })),
        total: table.total,
        totalSuppressed: table.totalSuppressed,
      };
    }
    const cells = await countRows(dimensions, null);
    const total = cells.reduce((sum, c) => sum + c.count, 0);
    if (dimensions.length === 0) {
      const hidden = total > 0 && total < threshold;
      return { scope, filters, groupBy: dimensions, threshold, cells: [], margins: [], total: hidden ? null : total, totalSuppressed: hidden };
    }
    requireTractable(cells, dimensions.length);
    const table = suppressSmallCells(cells, dimensions, threshold);
    return {
      scope,
      filters,
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
  @ApiOperation({
    summary:
      'Referral figures by receiving agency, agency type, service or year: sent, answers, completion, time to answer and to complete, share answered in time',
  })
  @ApiQuery({ name: 'groupBy', required: false, description: `Comma-separated, up to 2 of: ${Object.keys(REFERRAL_DIMENSION_COLUMNS).join(', ')}` })
  @ApiQuery({ name: 'from', required: false, description: 'Sent on or after (YYYY-MM-DD, WIB)' })
  @ApiQuery({ name: 'to', required: false, description: 'Sent on or before (YYYY-MM-DD, WIB)' })
  @ApiOkResponse({
    type: ReferralFiguresDto,
    description: 'One row per group; figures of groups with fewer than STATS_MIN_CELL referrals, and small counts inside a row, are suppressed',
  })
  @ApiQuery({ name: 'format', required: false, enum: EXPORT_FORMATS, description: 'json (default), csv or xlsx; suppressed figures read "s"' })
  @ApiQuery({ name: 'lang', required: false, enum: ['id', 'en'], description: 'Language of CSV/XLSX column headers; default from Accept-Language, else id' })
  async referrals(@Req() request: AuthenticatedRequest, @Query() query: Record<string, string | undefined>, @Res({ passthrough: true }) response: HeaderSink) {
    const format = formatParam(query.format);
    const view = await this.referralsView(request, query);
    if (format === 'json') return view;
    const figures = [
      'sent',
      ...ANSWERS,
      'completed',
      'medianHoursToAnswer',
      'p90HoursToAnswer',
      'shareAnsweredInTime',
      'medianDaysToComplete',
      'p90DaysToComplete',
    ];
    const rows = view.groups.map((g) => {
      const values: Record<string, number | null> = 'answers' in g ? ({ ...g, ...g.answers } as unknown as Record<string, number | null>) : {};
      return [...view.groupBy.map((d) => g.key[d] ?? ''), ...figures.map((f) => values[f] ?? null)];
    });
    return exportAs(
      format,
      { title: 'referrals', columns: [...view.groupBy, ...figures], rows, lang: exportLang(query.lang, request.headers['accept-language']) },
      response,
    );
  }

  private async referralsView(request: AuthenticatedRequest, query: Record<string, string | undefined>) {
    const dimensions = dimensionsParam(query.groupBy, REFERRAL_DIMENSION_COLUMNS, 2);
    const from = dateParam('from', query.from);
    const to = dateParam('to', query.to);
    const scope = await this.scopeOf(request.actor.agency);
    const region = regionParam(query, scope);
    const rows = await this.referralFigures.figures(dimensions, { ...region, from, to });
    const threshold = this.config.STATS_MIN_CELL;
    const keyOf = (row: Record<string, unknown>) => Object.fromEntries(dimensions.map((d) => [d, row[d] as string | number | null]));
    // Which groups may be shown at all: their referral counts, suppressed with complements like any table.
    if (dimensions.length > 0)
      requireTractable(
        rows.map((r) => ({ count: Number(r.sent) })),
        dimensions.length,
      );
    const sent =
      dimensions.length > 0
        ? suppressSmallCells(
            rows.map((r) => ({ key: keyOf(r), count: Number(r.sent) })),
            dimensions,
            threshold,
          )
        : null;
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

  @Get('stages')
  @RequirePermission('stats.read')
  @ApiOperation({
    summary: 'Time in each stage: periods completed, median and 90th-percentile days in the stage, cases in the stage now',
    description:
      'A period runs from the event that brought the case into a stage (opening, advancing, skipping the stage before, reopening) to the one ' +
      'that took it out. Completed: left by advancing or by closure (reintegration ends only by closure); a skipped stage did not apply, so ' +
      'its period counts in neither the number nor the days. Cases in the stage now are the numbers `/stats/cases?groupBy=…,stage` publishes, ' +
      'hidden the same way. The number of completed periods is suppressed like a table of counts (with complements), and the days are shown ' +
      'only for a number published and over at least STATS_MIN_CELL cases: a median of two cases discloses them. `year`, `from` and `to` are ' +
      'those of the case’s identification (WIB), as in `/stats/cases`.',
  })
  @ApiQuery({ name: 'groupBy', required: false, description: `Comma-separated, up to 2 of: ${Object.keys(STAGE_DIMENSION_COLUMNS).join(', ')}` })
  @ApiQuery({ name: 'from', required: false, description: 'Cases identified on or after (YYYY-MM-DD, WIB)' })
  @ApiQuery({ name: 'to', required: false, description: 'Cases identified on or before (YYYY-MM-DD, WIB)' })
  @ApiQuery({ name: 'province', required: false, description: 'Narrow to a province (of identification or origin) inside the caller’s scope' })
  @ApiQuery({ name: 'district', required: false, description: 'Narrow to a district (of identification or origin) inside the caller’s scope' })
  @ApiQuery({ name: 'format', required: false, enum: EXPORT_FORMATS, description: 'json (default), csv or xlsx; suppressed figures read "s"' })
  @ApiQuery({ name: 'lang', required: false, enum: ['id', 'en'], description: 'Language of CSV/XLSX column headers; default from Accept-Language, else id' })
  @ApiOkResponse({ description: 'One row per group and open stage: completed, medianDays, p90Days, current (null when suppressed)' })
  @ApiForbiddenResponse({ description: '`AUTH.FORBIDDEN` for roles other than task-force analysts; `STATS.OUT_OF_SCOPE` for a region outside the caller’s' })
  async stages(@Req() request: AuthenticatedRequest, @Query() query: Record<string, string | undefined>, @Res({ passthrough: true }) response: HeaderSink) {
    const format = formatParam(query.format);
    const view = await this.stagesView(request, query);
    if (format === 'json') return view;
    const figures = ['completed', 'medianDays', 'p90Days', 'current'] as const;
    const rows = view.stages.map((r) => [...view.groupBy.map((d) => r.key[d] ?? ''), r.stage, ...figures.map((f) => r[f])]);
    return exportAs(
      format,
      { title: 'stages', columns: [...view.groupBy, 'stage', ...figures], rows, lang: exportLang(query.lang, request.headers['accept-language']) },
      response,
    );
  }

  private async stagesView(request: AuthenticatedRequest, query: Record<string, string | undefined>) {
    const dimensions = dimensionsParam(query.groupBy, STAGE_DIMENSION_COLUMNS, 2);
    const from = dateParam('from', query.from);
    const to = dateParam('to', query.to);
    const scope = await this.scopeOf(request.actor.agency);
    const region = regionParam(query, scope);
    const threshold = this.config.STATS_MIN_CELL;
    const periods = await this.stagePeriods.periods(dimensions, { ...region, from, to });
    // The cases in each stage now: exactly what /stats/cases publishes for the same grouping and stage.
    const now = await this.casesView(request, { ...query, groupBy: [...dimensions, 'stage'].join(',') });
    const groupCode = (key: Record<string, KeyValue>) => JSON.stringify(dimensions.map((d) => key[d] ?? null));
    const cellCode = (key: Record<string, KeyValue>, stage: KeyValue) => `${groupCode(key)}|${stage}`;
    const keyOf = (row: Record<string, KeyValue>) => Object.fromEntries(dimensions.map((d) => [d, row[d] ?? null])) as Record<string, KeyValue>;
    const cells = periods.map((row) => ({ key: { ...keyOf(row), stage: row.stage }, count: row.completed }));
    requireTractable(cells, dimensions.length + 1);
    const table = suppressSmallCells(cells, [...dimensions, 'stage'], threshold);
    const shown = new Map(table.cells.map((c) => [cellCode(c.key, c.key.stage), c.count]));
    const byCell = new Map(periods.map((row) => [cellCode(keyOf(row), row.stage), row]));
    const current = new Map(now.cells.map((c) => [cellCode(c.key, c.key.stage), c.count]));
    const groups = new Map<string, Record<string, KeyValue>>();
    for (const key of [...periods.map(keyOf), ...now.cells.map((c) => keyOf(c.key))]) groups.set(groupCode(key), key);
    const round = (value: unknown) => (value === null ? null : Math.round(Number(value) * 10) / 10);
    const stages = [...groups.values()]
      .sort((a, b) => (groupCode(a) < groupCode(b) ? -1 : groupCode(a) > groupCode(b) ? 1 : 0))
      .flatMap((key) =>
        OPEN_STAGES.map((stage) => {
          const code = cellCode(key, stage);
          const row = byCell.get(code);
          const count = row ? shown.get(code)! : 0;
          const timed = count !== null && count > 0 && row!.completed_cases >= threshold;
          return {
            key,
            stage,
            completed: count,
            medianDays: timed ? round(row!.median_days) : null,
            p90Days: timed ? round(row!.p90_days) : null,
            current: current.has(code) ? current.get(code)! : 0,
          };
        }),
      );
    return { scope, filters: { ...region, from, to }, groupBy: dimensions, threshold, stages };
  }

  @Get('service-clock')
  @RequirePermission('stats.read')
  @ApiOperation({
    summary: 'The 7-day service clock (UU 21/2007 Art. 52–53): services requested, due, delivered within 7 days, late, flagged overdue, share within the clock',
    description:
      'Its own view rather than figures on `/stats/referrals`: the clock runs on requested services (ServiceRequested), which are not referrals. ' +
      'Of the services requested: `due` = delivered, or past their due date undelivered (`within` + `late` + `undelivered`); `running` = not yet due; ' +
      '`cancelled` = the case closed before the due date. `flagged`: flagged overdue by the sweep. `shareWithinClock` = within ÷ due. The provider ' +
      'is the agency named in the request, else the case owner; its type comes from the directory (null when the agency is not recorded). ' +
      'Groups of fewer than STATS_MIN_CELL services are hidden (with complements across groups), small counts inside a group are hidden with a ' +
      'complement, and the share is shown only when both its numbers are.',
  })
  @ApiQuery({ name: 'groupBy', required: false, description: `Comma-separated, up to 2 of: ${Object.keys(SERVICE_DIMENSION_COLUMNS).join(', ')}` })
  @ApiQuery({ name: 'from', required: false, description: 'Requested on or after (YYYY-MM-DD, WIB)' })
  @ApiQuery({ name: 'to', required: false, description: 'Requested on or before (YYYY-MM-DD, WIB)' })
  @ApiQuery({ name: 'province', required: false, description: 'Narrow to a province (of identification or origin) inside the caller’s scope' })
  @ApiQuery({ name: 'district', required: false, description: 'Narrow to a district (of identification or origin) inside the caller’s scope' })
  @ApiQuery({ name: 'format', required: false, enum: EXPORT_FORMATS, description: 'json (default), csv or xlsx; suppressed figures read "s"' })
  @ApiQuery({ name: 'lang', required: false, enum: ['id', 'en'], description: 'Language of CSV/XLSX column headers; default from Accept-Language, else id' })
  @ApiOkResponse({ description: 'One row per group; suppressed figures are null' })
  @ApiForbiddenResponse({ description: '`AUTH.FORBIDDEN` for roles other than task-force analysts; `STATS.OUT_OF_SCOPE` for a region outside the caller’s' })
  async serviceClock(
    @Req() request: AuthenticatedRequest,
    @Query() query: Record<string, string | undefined>,
    @Res({ passthrough: true }) response: HeaderSink,
  ) {
    const format = formatParam(query.format);
    const view = await this.serviceClockView(request, query);
    if (format === 'json') return view;
    const figures = ['requested', ...CLOCK_FIGURES, 'shareWithinClock'] as const;
    const rows = view.groups.map((g) => [
      ...view.groupBy.map((d) => g.key[d] ?? ''),
      ...figures.map((f) => (g.suppressed ? null : (g[f as keyof typeof g] as number | null))),
    ]);
    return exportAs(
      format,
      { title: 'service-clock', columns: [...view.groupBy, ...figures], rows, lang: exportLang(query.lang, request.headers['accept-language']) },
      response,
    );
  }

  private async serviceClockView(request: AuthenticatedRequest, query: Record<string, string | undefined>) {
    const dimensions = dimensionsParam(query.groupBy, SERVICE_DIMENSION_COLUMNS, 2);
    const from = dateParam('from', query.from);
    const to = dateParam('to', query.to);
    const scope = await this.scopeOf(request.actor.agency);
    const region = regionParam(query, scope);
    const threshold = this.config.STATS_MIN_CELL;
    const rows = await this.serviceClocks.figures(dimensions, { ...region, from, to });
    const keyOf = (row: Record<string, KeyValue>) => Object.fromEntries(dimensions.map((d) => [d, row[d] ?? null])) as Record<string, KeyValue>;
    if (dimensions.length > 0)
      requireTractable(
        rows.map((r) => ({ count: Number(r.requested) })),
        dimensions.length,
      );
    const requested =
      dimensions.length > 0
        ? suppressSmallCells(
            rows.map((r) => ({ key: keyOf(r), count: Number(r.requested) })),
            dimensions,
            threshold,
          )
        : null;
    const shown = new Map(requested?.cells.map((c) => [JSON.stringify(c.key), !c.suppressed]) ?? []);
    const groups = rows
      .filter((row) => dimensions.length > 0 || Number(row.requested) > 0)
      .map((row) => {
        const key = keyOf(row);
        const n = (figure: string) => Number(row[figure]);
        const visible = dimensions.length === 0 ? n('requested') >= threshold : shown.get(JSON.stringify(key)) === true;
        if (!visible) return { key, suppressed: true as const, requested: null };
        // Requested = due + running + cancelled, and due = within + late + undelivered: two tables, linked by due.
        const due = n('within') + n('late') + n('undelivered');
        const split = (hideDue: boolean) =>
          suppressSmallCells(
            [
              { key: { part: 'due' }, count: due },
              { key: { part: 'running' }, count: n('running') },
              { key: { part: 'cancelled' }, count: n('cancelled') },
            ],
            ['part'],
            threshold,
            { hide: (e) => hideDue && e.kind === 'cell' && e.key.part === 'due' },
          );
        let outer = split(false);
        const dueHidden = () => outer.cells.find((c) => c.key.part === 'due')!.suppressed;
        const inner = suppressSmallCells(
          (['within', 'late', 'undelivered'] as const).map((part) => ({ key: { part }, count: n(part) })),
          ['part'],
          threshold,
          { hide: (e) => e.kind === 'total' && dueHidden() },
        );
        if (inner.totalSuppressed && !dueHidden()) outer = split(true);
        // A part absent from the table is a true zero; a hidden one is null.
        const count = (table: typeof outer, part: string) => {
          const cell = table.cells.find((c) => c.key.part === part);
          return cell === undefined ? 0 : cell.count;
        };
        const within = count(inner, 'within');
        const dueShown = count(outer, 'due');
        return {
          key,
          suppressed: false as const,
          requested: n('requested'),
          due: dueShown,
          within,
          late: count(inner, 'late'),
          undelivered: count(inner, 'undelivered'),
          running: count(outer, 'running'),
          cancelled: count(outer, 'cancelled'),
          // A true zero says nothing about anyone, so it is published.
          flagged: n('flagged') === 0 || n('flagged') >= threshold ? n('flagged') : null,
          shareWithinClock: within !== null && dueShown !== null && dueShown > 0 ? Math.round((within / dueShown) * 100) / 100 : null,
        };
      })
      .sort((a, b) => (JSON.stringify(a.key) < JSON.stringify(b.key) ? -1 : 1));
    const total = rows.reduce((sum, r) => sum + Number(r.requested), 0);
    const totalRequested = requested ? requested.total : total > 0 && total < threshold ? null : total;
    return { scope, filters: { ...region, from, to }, groupBy: dimensions, threshold, groups, totalRequested };
  }

  /** The caller's region, from the directory: an agency the administrators have not recorded counts nothing. */
  @Get('transfers')
  @RequirePermission('stats.read')
  @ApiOperation({
    summary:
      'Case transfers by the MoU each rests on, and the province pairs transfers went between with the MoUs in force that bind them (none: a pair without one)',
    description:
      'Within the caller’s region (a transfer counts where either agency is). Each of the two tables is suppressed like /stats/cases: counts below STATS_MIN_CELL, ' +
      'with complements; a pair listed with a hidden count had at least one transfer.',
  })
  @ApiQuery({ name: 'from', required: false, description: 'Requested on or after (YYYY-MM-DD, WIB)' })
  @ApiQuery({ name: 'to', required: false, description: 'Requested on or before (YYYY-MM-DD, WIB)' })
  @ApiQuery({ name: 'asOf', required: false, description: 'YYYY-MM-DD: the day the MoUs binding each pair must be in force (default today)' })
  @ApiQuery({ name: 'province', required: false, description: 'Narrow to a province inside the caller’s scope' })
  @ApiQuery({ name: 'district', required: false, description: 'Narrow to a district inside the caller’s scope' })
  @ApiOkResponse({ description: '{ byMou: { cells, total }, provincePairs: [{ fromProvince, toProvince, count, mous }], pairsWithoutMou }' })
  async transfers(
    @Req() request: AuthenticatedRequest,
    @Query() query: Record<string, string | undefined>,
    @Res({ passthrough: true }) response: HeaderSink,
    @Headers('x-min-position') minHeader?: string,
  ) {
    const from = dateParam('from', query.from);
    const to = dateParam('to', query.to);
    const asOf = query.asOf === undefined ? new Date().toISOString().slice(0, 10) : dateParam('asOf', query.asOf);
    if (asOf === null) throw new RequestValidationError([{ field: 'asOf', reason: 'asOf must be a date YYYY-MM-DD' }]);
    const scope = await this.scopeOf(request.actor.agency);
    const region = regionParam(query, scope);
    const filters = { ...region, from, to };
    const threshold = this.config.STATS_MIN_CELL;
    const fresh = await this.freshness.waitFor([PROJECTION.transfers, PROJECTION.mous], this.freshness.requested(minHeader, query.minPosition));
    setHeaders(response, freshnessHeaders(fresh));
    const [mouCells, pairCells] = await Promise.all([this.transferFigures.byMou(filters), this.transferFigures.byProvincePair(filters)]);
    requireTractable(pairCells, 2);
    const strip = <T extends { reason: unknown }>({ reason: _reason, ...rest }: T) => rest;
    const byMou = suppressSmallCells(mouCells, ['mou'], threshold);
    const pairs = suppressSmallCells(pairCells, ['fromProvince', 'toProvince'], threshold);
    const covers = await this.transferFigures.covers(
      pairs.cells.map((c) => ({ fromProvince: String(c.key.fromProvince), toProvince: String(c.key.toProvince) })),
      asOf,
    );
    const provincePairs = pairs.cells.map((cell, index) => ({
      fromProvince: String(cell.key.fromProvince),
      toProvince: String(cell.key.toProvince),
      count: cell.count,
      suppressed: cell.suppressed,
      mous: covers[index]?.mous ?? [],
    }));
    return {
      scope,
      filters,
      asOf,
      threshold,
      byMou: { cells: byMou.cells.map(strip), total: byMou.total, totalSuppressed: byMou.totalSuppressed },
      provincePairs,
      pairsWithoutMou: provincePairs.filter((p) => p.mous.length === 0).map(({ mous: _mous, ...pair }) => pair),
    };
  }

  @Get('ports')
  @RequirePermission('stats.read')
  @ApiOperation({
    summary:
      'Cases by transit port (free-text transit points recorded before count under the port they name), and the flows origin province → port → destination country',
    description:
      'A case counts once under each port it passed. The flows are one table of three dimensions suppressed like /stats/cases (below STATS_MIN_CELL, with complements); ' +
      'transit points that name no port of the list count as `other`. GET /stats/flows.svg draws the published flows.',
  })
  @ApiQuery({ name: 'from', required: false, description: 'Identified on or after (YYYY-MM-DD, WIB)' })
  @ApiQuery({ name: 'to', required: false, description: 'Identified on or before (YYYY-MM-DD, WIB)' })
  @ApiQuery({ name: 'province', required: false, description: 'Narrow to a province (of identification or origin) inside the caller’s scope' })
  @ApiQuery({ name: 'district', required: false, description: 'Narrow to a district (of identification or origin) inside the caller’s scope' })
  @ApiOkResponse({ description: '{ byPort: [{ port, name, kind, count, suppressed }], flows: [{ origin, port, destination, count, suppressed }] }' })
  async ports(@Req() request: AuthenticatedRequest, @Query() query: Record<string, string | undefined>) {
    return this.portsView(request, query);
  }

  @Get('flows.svg')
  @RequirePermission('stats.read')
  @ApiOperation({ summary: 'The published flows origin province → transit port → destination country as an SVG map drawn on the server (no tiles fetched)' })
  @ApiQuery({ name: 'lang', required: false, enum: ['id', 'en'], description: 'Language of the map’s text (default id)' })
  @ApiOkResponse({ description: 'image/svg+xml' })
  async flowsSvg(@Req() request: AuthenticatedRequest, @Query() query: Record<string, string | undefined>, @Res({ passthrough: true }) response: HeaderSink) {
    const lang = query.lang === 'en' ? 'en' : 'id';
    const { lang: _lang, ...rest } = query;
    const view = await this.portsView(request, rest);
    const flows = view.flows.filter((f) => !f.suppressed && f.count !== null && f.port !== 'other' && f.origin !== null && f.destination !== null);
    const title =
      lang === 'id' ? 'Arus kasus: provinsi asal → titik transit → negara tujuan' : 'Case flows: origin province → transit point → destination country';
    const svg = renderFlowMap({
      geodata: await this.geodata(),
      flows: flows.map((f) => ({ origin: f.origin!, port: f.port, destination: f.destination!, count: f.count! })),
      lang,
      title,
    });
    response.header('Content-Type', 'image/svg+xml; charset=utf-8');
    return new StreamableFile(Buffer.from(svg, 'utf8'), { type: 'image/svg+xml; charset=utf-8' });
  }

  private portsView = async (request: AuthenticatedRequest, query: Record<string, string | undefined>) => {
    const from = dateParam('from', query.from);
    const to = dateParam('to', query.to);
    const scope = await this.scopeOf(request.actor.agency);
    const region = regionParam(query, scope);
    const threshold = this.config.STATS_MIN_CELL;
    const transit = await this.transitTables({ ...region, from, to });
    const ports = new Map(transit.geodata.ports.map((p) => [p.code, p]));
    // The counts per port are the flows' own linked totals, suppressed with them and with /stats/cases?groupBy=transitPoint.
    const byPort = transit.flows.linked.map((c) => {
      const port = ports.get(String(c.key.port));
      return { port: String(c.key.port), name: port?.name ?? null, kind: port?.kind ?? null, count: c.count, suppressed: c.suppressed };
    });
    return {
      scope,
      filters: { ...region, from, to },
      threshold,
      note: 'a case counts once under each port it passed; transit points that name no port of the list count as other',
      linkedWith: TRANSIT_LINK_NOTE,
      byPort,
      flows: transit.flows.cells.map((c) => ({
        origin: c.key.origin as string | null,
        port: String(c.key.port),
        destination: c.key.destination as string | null,
        count: c.count,
        suppressed: c.suppressed,
      })),
      total: transit.flows.total,
    };
  };

  /**
   * The one source of the counts by transit port, for /stats/ports (per port and origin → port → destination flows)
   * and /stats/cases?groupBy=transitPoint: each recorded transit point read as the port it names (the ports list's
   * codes, names and aliases, shipped and added), `other` when none. The flows are suppressed with the per-port counts
   * as linked totals, and the two tables hide each other's hidden ports until neither hides more: so no published
   * per-port count (of either) can be subtracted from the other's numbers to reveal a hidden one. The flows' grand
   * total is hidden as soon as any port is (the cases table publishes the cases without a transit point beside it).
   */
  private async transitTables(filters: StatisticsFilter) {
    const threshold = this.config.STATS_MIN_CELL;
    const geodata = await this.geodata();
    const names = portNameMap(geodata.ports);
    const [pointCells, rows, routes] = await Promise.all([
      this.caseCounts.count(['transitPoint'], 'transitPoint', filters, names),
      this.caseCounts.count([], null, filters),
      this.transitFlows.flows(filters, names),
    ]);
    const flowCells = routes.map((r) => ({ key: { origin: r.origin, port: r.transit, destination: r.destination }, count: r.count }));
    requireTractable(pointCells, 1);
    requireTractable(flowCells, 3);
    const hidden = new Set<string>();
    for (;;) {
      const before = hidden.size;
      const byPoint = suppressOverlappingCells({
        cells: pointCells,
        rows,
        dimensions: [],
        multi: 'transitPoint',
        threshold,
        hideValues: (value) => value !== null && hidden.has(String(value)),
      });
      for (const c of byPoint.cells) if (c.suppressed && c.key.transitPoint !== null) hidden.add(String(c.key.transitPoint));
      const flows = suppressSmallCells(flowCells, ['origin', 'port', 'destination'], threshold, {
        linked: [['port']],
        hide: (e) => (e.kind === 'linked' && hidden.has(String(e.key.port))) || (e.kind === 'total' && hidden.size > 0),
      });
      for (const c of flows.linked) if (c.suppressed) hidden.add(String(c.key.port));
      if (hidden.size === before) return { geodata, names, hidden, byPoint, flows };
    }
  }

  private geodataCache: Geodata | null = null;
  /** The shipped lists, with the ports administrators added (a code of the shipped list is never overridden). */
  private async geodata(): Promise<Geodata> {
    this.geodataCache ??= loadGeodata();
    const shipped = new Set(this.geodataCache.ports.map((p) => p.code));
    const added = (await this.portList.added()).filter((p) => !shipped.has(p.code));
    return { ...this.geodataCache, ports: [...this.geodataCache.ports, ...added] };
  }

  private scopeOf(agency: string): Promise<Scope> {
    return scopeOfAgency(this.directory, agency);
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
    throw new ApiError(
      422,
      'STATS.TOO_DETAILED',
      `this ${dimensions}-dimensional table has ${cells.length} cells (at most ${max}): group by fewer dimensions or narrow the period or region`,
      {
        cells: cells.length,
        maxCells: max,
      },
    );
  }
}

function formatParam(text: string | undefined): ExportFormat {
  if (text === undefined || text === '') return 'json';
  if (!(EXPORT_FORMATS as readonly string[]).includes(text))
    throw new RequestValidationError([{ field: 'format', reason: `format must be one of ${EXPORT_FORMATS.join(', ')}` }]);
  return text as ExportFormat;
}

async function exportAs(format: Exclude<ExportFormat, 'json'>, table: ExportTable, response: HeaderSink): Promise<StreamableFile> {
  const body = format === 'csv' ? toCsv(table) : await toXlsx(table);
  const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  response.header('Content-Disposition', `attachment; filename="rujukan-${table.title}.${format}"`);
  return new StreamableFile(body, { type });
}

function dimensionsParam<D extends Record<string, string>>(text: string | undefined, allowed: D, max: number): Array<keyof D & string> {
  if (!text) return [];
  const dims = text
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
  const unknown = dims.filter((d) => !(d in allowed));
  if (unknown.length > 0 || dims.length > max || new Set(dims).size !== dims.length) {
    throw new RequestValidationError([{ field: 'groupBy', reason: `groupBy takes up to ${max} different of: ${Object.keys(allowed).join(', ')}` }]);
  }
  return dims as Array<keyof D & string>;
}

function groupByParam(text: string | undefined): CaseDimension[] {
  const dims = dimensionsParam(text, CASE_DIMENSIONS, 3);
  const multi = dims.filter(isMultiDimension);
  if (multi.length > 1 || (multi.length === 1 && dims.length > 2)) {
    throw new RequestValidationError([
      {
        field: 'groupBy',
        reason: `groupBy takes one multi-valued category (${Object.keys(MULTI_DIMENSION_COLUMNS).join(', ')}) with at most one other dimension`,
      },
    ]);
  }
  return dims;
}

/** A key with its dimensions in the order the caller grouped by. */
function orderKey(key: Record<string, KeyValue>, dimensions: readonly string[]): Record<string, KeyValue> {
  return Object.fromEntries(dimensions.filter((d) => d in key).map((d) => [d, key[d]]));
}
