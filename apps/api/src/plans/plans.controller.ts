import { randomUUID } from 'node:crypto';
import { applyDecorators, Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProperty,
  ApiQuery,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  AgencyDirectory,
  ConcurrentUpdateError,
  derivedUuid,
  executePlanCommand,
  PLAN_REPORT_CSP,
  planReportHtml,
  planReportPdf,
  planReportView,
  REPORT_LANGS,
  type CommandContext,
  type ReportLang,
} from '@rujukan/application';
import { AddPlanItemDto, CompletePlanItemDto, CreateActionPlanDto, ReportPlanProgressDto } from '@rujukan/commands';
import { DomainError, isIsoDate, type Actor, type PlanCommand } from '@rujukan/domain';
import { CommandClaimConflictError, EventStore } from '@rujukan/event-store';
import { DirectoryQueries, PROJECTION, PlanQueries } from '@rujukan/read-models';
import { Authenticated } from '../auth/authenticated.js';
import type { AuthenticatedRequest } from '../auth/bearer-auth.guard.js';
import { RequirePermission } from '../auth/permission.decorator.js';
import { ApiError, RequestValidationError } from '../errors/api-error.js';
import { requestFingerprint } from '../http/request-fingerprint.js';
import { setHeaders, type HeaderSink } from '../http/read-answers.js';
import { freshnessHeaders, ReadModelFreshness } from '../queries/read-model-freshness.js';

export class PlanCommandResponseDto {
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty({ description: 'Revision of the plan stream after the command' }) revision!: number;
  @ApiProperty({ example: '1042-7', description: 'Global position of the last event written; pass it as X-Min-Position to read your own write' })
  position!: string;
}

const WRITE_ERRORS = applyDecorators(
  ApiForbiddenResponse({ description: '`AUTH.FORBIDDEN`: not a coordinator, or not of the task force that owns the plan (`details.rule` plan_owner)' }),
  ApiNotFoundResponse({ description: '`PLAN.NOT_FOUND`, `PLAN_ITEM.NOT_FOUND`' }),
  ApiConflictResponse({ description: '`PLAN.ALREADY_EXISTS`, `PLAN_ITEM.ALREADY_EXISTS`, `PLAN_ITEM.COMPLETED`, `PLAN.CONCURRENT_UPDATE`' }),
  ApiUnprocessableEntityResponse({
    description:
      '`AGENCY.UNKNOWN`, `AGENCY.INACTIVE`, `AGENCY.WRONG_TYPE`: the directory refuses an agency named; `IDEMPOTENCY.KEY_REUSED`: the key asked something else before',
  }),
);
const READ_ERRORS = applyDecorators(
  ApiForbiddenResponse({ description: '`AUTH.FORBIDDEN`: the plan belongs to another task force' }),
  ApiNotFoundResponse({ description: '`PLAN.NOT_FOUND`' }),
);

/** Examples from Kaltim's RAD 2011–2015 (Pergub Kaltim 86/2011). */
const EXAMPLES = {
  create: {
    kaltim: {
      summary: "Kaltim's RAD 2011–2015",
      value: { title: 'RAD Pemberantasan TPPO dan ESA Kalimantan Timur 2011–2015', legalBasis: 'Pergub Kaltim 86/2011', startYear: 2011, endYear: 2015 },
    },
  },
  item: {
    socialization: {
      summary: 'Socialisation in the regencies and cities',
      value: {
        itemId: 'sosialisasi',
        pillar: 'socialization',
        activity: 'Sosialisasi pencegahan TPPO di kabupaten/kota',
        responsibleAgency: 'UPTD-PPA-64',
        indicator: 'kabupaten/kota yang disosialisasi',
        target: 10,
        unit: 'kabupaten/kota',
        dueDate: '2013-12-31',
        budgetLine: 'APBD Provinsi — BPPKB Kaltim',
      },
    },
  },
  progress: {
    report: {
      summary: 'Four regencies and cities reached',
      value: { reportedOn: '2012-11-12', achieved: 4, evidence: 'Laporan kegiatan BPPKB Kaltim 12/2012' },
    },
  },
  complete: { complete: { summary: 'Done', value: { completedOn: '2013-10-01', note: 'all ten reached' } } },
};

const HEADER_VALUE = /^[A-Za-z0-9._:-]{1,100}$/;
const ITEM_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

function header(request: AuthenticatedRequest, name: string): string | undefined {
  const value = request.headers[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !HEADER_VALUE.test(value))
    throw new RequestValidationError([{ field: `header ${name}`, reason: 'must be 1-100 letters, digits, . _ : -' }]);
  return value;
}

function itemIdOf(value: string): string {
  if (!ITEM_ID.test(value)) throw new RequestValidationError([{ field: 'itemId', reason: 'itemId must be 1-100 letters, digits, . _ : -' }]);
  return value;
}

/** The day against which an item counts as late: `?asOf=YYYY-MM-DD`, else today (UTC). */
function asOfDay(value: unknown): string {
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  if (!isIsoDate(value)) throw new RequestValidationError([{ field: 'asOf', reason: 'asOf must be a date YYYY-MM-DD' }]);
  return value;
}

/** Task-force staff read their own task force's plans; auditors read every plan. */
const ownerScope = (actor: Actor): string | null => (actor.role === 'auditor' ? null : actor.agency);

/**
 * A task force's action plans (RAD): written as commands on each plan's own stream (so their history is in the
 * audit chain like a case's), read from the plans read model. Only a coordinator of the task force that owns a
 * plan changes it; its analysts read it; auditors read every plan.
 */
@ApiTags('plans')
@Authenticated()
@Controller('plans')
export class PlansController {
  constructor(
    private readonly store: EventStore,
    private readonly directory: AgencyDirectory,
    private readonly plans: PlanQueries,
    private readonly freshness: ReadModelFreshness,
    private readonly directoryRecords: DirectoryQueries,
  ) {}

  @Post()
  @HttpCode(201)
  @RequirePermission('plan.manage')
  @ApiOperation({ summary: "Create an action plan (RAD) owned by the caller's task force", description: 'Command `CreateActionPlan`.' })
  @ApiCreatedResponse({ type: PlanCommandResponseDto })
  @ApiBody({ type: CreateActionPlanDto, examples: EXAMPLES.create })
  @WRITE_ERRORS
  create(@Body() body: CreateActionPlanDto, @Req() request: AuthenticatedRequest) {
    const context = this.context(request, { type: 'CreateActionPlan', body });
    return this.run({ type: 'CreateActionPlan', data: { planId: derivedUuid(context.commandId, 'plan'), ...body } }, context);
  }

  @Post(':id/items')
  @HttpCode(201)
  @RequirePermission('plan.manage')
  @ApiOperation({ summary: 'Add an item: activity, responsible agency, indicator, target, due date, budget line', description: 'Command `AddPlanItem`.' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The plan id' })
  @ApiCreatedResponse({ type: PlanCommandResponseDto })
  @ApiBody({ type: AddPlanItemDto, examples: EXAMPLES.item })
  @WRITE_ERRORS
  addItem(@Param('id') planId: string, @Body() body: AddPlanItemDto, @Req() request: AuthenticatedRequest) {
    return this.run({ type: 'AddPlanItem', data: { planId, ...body } }, this.context(request, { type: 'AddPlanItem', planId, body }));
  }

  @Post(':id/items/:itemId/progress')
  @HttpCode(201)
  @RequirePermission('plan.manage')
  @ApiOperation({ summary: "Report an item's progress with a reference to the evidence", description: 'Command `ReportPlanProgress`.' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The plan id' })
  @ApiCreatedResponse({ type: PlanCommandResponseDto })
  @ApiBody({ type: ReportPlanProgressDto, examples: EXAMPLES.progress })
  @WRITE_ERRORS
  reportProgress(@Param('id') planId: string, @Param('itemId') itemId: string, @Body() body: ReportPlanProgressDto, @Req() request: AuthenticatedRequest) {
    const asked = { type: 'ReportPlanProgress', planId, itemId, body };
    return this.run({ type: 'ReportPlanProgress', data: { planId, itemId: itemIdOf(itemId), ...body } }, this.context(request, asked));
  }

  @Post(':id/items/:itemId/complete')
  @HttpCode(201)
  @RequirePermission('plan.manage')
  @ApiOperation({ summary: 'Mark an item completed', description: 'Command `CompletePlanItem`.' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The plan id' })
  @ApiCreatedResponse({ type: PlanCommandResponseDto })
  @ApiBody({ type: CompletePlanItemDto, examples: EXAMPLES.complete })
  @WRITE_ERRORS
  complete(@Param('id') planId: string, @Param('itemId') itemId: string, @Body() body: CompletePlanItemDto, @Req() request: AuthenticatedRequest) {
    const asked = { type: 'CompletePlanItem', planId, itemId, body };
    return this.run({ type: 'CompletePlanItem', data: { planId, itemId: itemIdOf(itemId), ...body } }, this.context(request, asked));
  }

  @Get()
  @RequirePermission('plan.read')
  @ApiOperation({ summary: "The action plans of the caller's task force (auditors: every plan), with how many items are completed and late" })
  @ApiQuery({ name: 'asOf', required: false, description: 'YYYY-MM-DD: the day against which items count as late (default today)' })
  @ApiOkResponse({ description: '{ plans: [...] }' })
  async list(
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HeaderSink,
    @Query('asOf') asOf?: string,
    @Headers('x-min-position') minHeader?: string,
    @Query('minPosition') minQuery?: unknown,
  ) {
    const day = asOfDay(asOf);
    await this.fresh(response, minHeader, minQuery);
    return { asOf: day, plans: await this.plans.plans(ownerScope(request.actor), day) };
  }

  @Get(':id')
  @RequirePermission('plan.read')
  @ApiOperation({ summary: 'One plan with its items, their progress reports and which are late' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The plan id' })
  @ApiQuery({ name: 'asOf', required: false, description: 'YYYY-MM-DD: the day against which items count as late (default today)' })
  @ApiOkResponse({ description: 'The plan, its counts and its items' })
  @READ_ERRORS
  async view(
    @Param('id') planId: string,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HeaderSink,
    @Query('asOf') asOf?: string,
    @Headers('x-min-position') minHeader?: string,
    @Query('minPosition') minQuery?: unknown,
  ) {
    const day = asOfDay(asOf);
    await this.fresh(response, minHeader, minQuery);
    const plan = await this.plans.plan(planId, day);
    if (!plan) throw new DomainError('PLAN.NOT_FOUND', `plan ${planId} does not exist`, { planId });
    const scope = ownerScope(request.actor);
    if (scope !== null && plan.ownerAgency !== scope) {
      throw new DomainError('AUTH.FORBIDDEN', `only the task force that owns plan ${planId} and auditors read it`, { rule: 'plan_owner', agency: scope });
    }
    return { asOf: day, ...plan };
  }

  @Get(':id/report')
  @RequirePermission('plan.read')
  @ApiOperation({
    summary:
      'A plan’s yearly progress report, as one HTML page or an A4 PDF beside the statistics report: the year’s items, their responsible agencies by name, indicators, targets, what was achieved by the year’s end, and what is late',
  })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The plan id' })
  @ApiQuery({ name: 'year', required: true, description: 'A year of the plan’s period, up to the current one, e.g. 2013' })
  @ApiQuery({ name: 'lang', required: false, enum: REPORT_LANGS, description: 'id (default) or en' })
  @ApiQuery({ name: 'format', required: false, enum: ['html', 'pdf', 'json'], description: 'html (default), pdf, or json: what the page is drawn from' })
  @ApiOkResponse({ description: 'The report' })
  @READ_ERRORS
  async report(
    @Param('id') planId: string,
    @Req() request: AuthenticatedRequest,
    @Query() query: Record<string, string | undefined>,
    @Res({ passthrough: true }) response: HeaderSink,
    @Headers('x-min-position') minHeader?: string,
  ) {
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const lang = query.lang || 'id';
    const format = query.format || 'html';
    const year = Number(query.year);
    const errors: Array<{ field: string; reason: string }> = [];
    if (!query.year || !/^\d{4}$/.test(query.year) || year > Number(today.slice(0, 4)))
      errors.push({ field: 'year', reason: `year is required: a year of the plan's period up to ${today.slice(0, 4)}, e.g. 2013` });
    if (!(REPORT_LANGS as readonly string[]).includes(lang)) errors.push({ field: 'lang', reason: `lang must be one of ${REPORT_LANGS.join(', ')}` });
    if (!['html', 'pdf', 'json'].includes(format)) errors.push({ field: 'format', reason: 'format must be one of html, pdf, json' });
    if (errors.length > 0) throw new RequestValidationError(errors);
    await this.fresh(response, minHeader, query.minPosition);
    const plan = await this.plans.plan(planId, today);
    if (!plan) throw new DomainError('PLAN.NOT_FOUND', `plan ${planId} does not exist`, { planId });
    const scope = ownerScope(request.actor);
    if (scope !== null && plan.ownerAgency !== scope) {
      throw new DomainError('AUTH.FORBIDDEN', `only the task force that owns plan ${planId} and auditors read it`, { rule: 'plan_owner', agency: scope });
    }
    if (year < plan.startYear || year > plan.endYear) {
      throw new RequestValidationError([{ field: 'year', reason: `year must be within the plan's period, ${plan.startYear}–${plan.endYear}` }]);
    }
    const names = new Map((await this.directoryRecords.agencies()).map((a) => [a.code, a.name]));
    const compiledAt = new Date();
    const view = planReportView(plan, year, lang as ReportLang, (code) => names.get(code) ?? code, today, compiledAt);
    if (format === 'json') return { planId, year, report: view };
    const name = `kemajuan-rad-${planId.slice(0, 8)}-${year}-${lang}.${format}`;
    response.header('Content-Disposition', `inline; filename="${name}"`);
    if (format === 'pdf') return new StreamableFile(await planReportPdf(view, compiledAt), { type: 'application/pdf' });
    response.header('Content-Security-Policy', PLAN_REPORT_CSP);
    return new StreamableFile(Buffer.from(planReportHtml(view), 'utf8'), { type: 'text/html; charset=utf-8' });
  }

  private async fresh(response: HeaderSink, minHeader: string | undefined, minQuery: unknown): Promise<void> {
    const fresh = await this.freshness.waitFor([PROJECTION.plans], this.freshness.requested(minHeader, minQuery));
    setHeaders(response, freshnessHeaders(fresh));
  }

  /** `asked`: the command, the plan and item it names and its body, whose hash the Idempotency-Key is claimed with. */
  private context(request: AuthenticatedRequest, asked: object): CommandContext {
    const key = header(request, 'idempotency-key');
    return {
      actor: request.actor,
      // A retried request with the same key is the same command: its events are stored once and its answer repeated.
      commandId: key === undefined ? randomUUID() : derivedUuid('plan-command', request.actor.userId, key),
      correlationId: header(request, 'x-correlation-id') ?? randomUUID(),
      now: new Date().toISOString(),
      // The same key asking something else (another plan, item, command or body) is refused, never answered as the first.
      ...(key !== undefined && { fingerprint: requestFingerprint(asked) }),
    };
  }

  private async run(command: Omit<PlanCommand, 'metadata'>, context: CommandContext) {
    const full = { ...command, metadata: { actor: context.actor, now: context.now } } as PlanCommand;
    try {
      return await executePlanCommand(this.store, this.directory, full, context);
    } catch (error) {
      if (error instanceof CommandClaimConflictError) {
        throw new ApiError(422, 'IDEMPOTENCY.KEY_REUSED', 'this Idempotency-Key was used for a different request');
      }
      if (error instanceof ConcurrentUpdateError) {
        throw new DomainError('PLAN.CONCURRENT_UPDATE', 'the plan changed while the command was decided; read it again and retry', { planId: error.caseId });
      }
      throw error;
    }
  }
}
