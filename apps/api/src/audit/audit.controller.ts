import { Controller, Get, Inject, Param, ParseUUIDPipe, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  buildDossier,
  caseDiff,
  caseExists,
  caseHistory,
  caseStateAt,
  DOSSIER_HTML_CSP,
  DossierError,
  dossierHtml,
  IdentityVault,
  verifyCase,
  type AnchorSigner,
  type Dossier,
  type HistoryPoint,
} from '@rujukan/application';
import { markSealedValues, upcastSealedValues, type Actor } from '@rujukan/domain';
import { EventStore } from '@rujukan/event-store';
import { APP_CONFIG, type AppConfig } from '@rujukan/platform';
import { auditSigner, trustedAuditKeys } from '@rujukan/server';
import { ACCESS_ACTIONS, AccessLogQueries, ReadSideWitness, type AccessAction } from '@rujukan/read-models';
import { Authenticated } from '../auth/authenticated.js';
import type { AuthenticatedRequest } from '../auth/bearer-auth.guard.js';
import { RequirePermission } from '../auth/permission.decorator.js';
import { RequestValidationError } from '../errors/api-error.js';
import { dateTimeParam } from '../http/time-params.js';
import { integerParam, notFound, type HeaderSink } from '../http/read-answers.js';
import { AuditEventsPageDto, CaseAsOfDto, CaseDiffDto, CaseVerificationDto } from './audit.responses.js';

const DOSSIER_FORMATS = ['json', 'html'] as const;

const REASON_DOC = ApiQuery({ name: 'reason', required: true, description: 'Why the record is read (recorded in the access log); 3-500 characters' });

/**
 * The audit record, for auditors only: every event with its metadata, the case as it stood at any point
 * (folded with the write side's own `evolve`), what changed between two points, and the hash chain checked.
 * Every request names its reason and is itself recorded before it is answered. Nothing here changes a case.
 */
@ApiTags('audit')
@Authenticated()
@RequirePermission('audit.read')
@ApiForbiddenResponse({ description: '`AUTH.FORBIDDEN`: only auditors read the audit record' })
@ApiBadRequestResponse({ description: '`VALIDATION.*`: a missing reason or a malformed parameter, with the field and why' })
@Controller('audit')
export class AuditController {
  private readonly trustedKeys: string[];
  private readonly signer: AnchorSigner;

  constructor(
    private readonly store: EventStore,
    private readonly accessRecords: AccessLogQueries,
    private readonly witness: ReadSideWitness,
    private readonly vault: IdentityVault,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.trustedKeys = trustedAuditKeys(config);
    this.signer = auditSigner(config);
  }

  @Get('cases/:id/events')
  @ApiOperation({ summary: 'Every event of a case with its full metadata, paged by revision and filtered' })
  @ApiOkResponse({
    type: AuditEventsPageDto,
    description: 'Events with actor, role, agency, correlation, causation and command ids, times, revision, position and hash',
  })
  @ApiNotFoundResponse({ description: '`CASE.NOT_FOUND`' })
  @ApiQuery({ name: 'from', required: false, description: 'Recorded at or after (ISO 8601)' })
  @ApiQuery({ name: 'to', required: false, description: 'Recorded at or before (ISO 8601)' })
  @ApiQuery({ name: 'type', required: false, description: 'Event types, comma-separated' })
  @ApiQuery({ name: 'actor', required: false, description: 'Only events of this user' })
  @ApiQuery({ name: 'afterRevision', required: false, description: 'Paging: events after this revision' })
  @ApiQuery({ name: 'limit', required: false, description: '1-1000, default 100' })
  @REASON_DOC
  async events(@Param('id', new ParseUUIDPipe()) caseId: string, @Req() request: AuthenticatedRequest, @Query() query: Record<string, string | undefined>) {
    const reason = this.authorise(request.actor, query.reason);
    const filter = {
      from: dateTimeParam('from', query.from),
      to: dateTimeParam('to', query.to),
      types: query.type
        ? query.type
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean)
        : undefined,
      actor: query.actor || undefined,
      afterRevision: integerParam('afterRevision', query.afterRevision, -1, -1, 1_000_000_000),
      limit: integerParam('limit', query.limit, 100, 1, 1000),
    };
    await this.record(request.actor, 'audit.events', caseId, reason, query);
    const page = await caseHistory(this.store, caseId, filter);
    if (!page) throw notFound(caseId);
    // Auditors never read a victim's sealed text: each sealed value reads [sealed], or [erased] with the key gone.
    const erased = await this.vault.isErased(caseId);
    return { caseId, ...page, events: page.events.map((e) => ({ ...e, data: markSealedValues(upcastSealedValues(e).data, erased) })) };
  }

  @Get('cases/:id/state')
  @ApiOperation({ summary: 'The case as it stood at a time (`at`) or after a revision (`revision`)' })
  @ApiOkResponse({ type: CaseAsOfDto, description: 'The folded state, with the last event it includes' })
  @ApiNotFoundResponse({ description: '`CASE.NOT_FOUND`' })
  @ApiQuery({ name: 'at', required: false, description: 'ISO 8601 time; everything recorded up to then' })
  @ApiQuery({ name: 'revision', required: false, description: 'Up to and including this revision' })
  @REASON_DOC
  async state(@Param('id', new ParseUUIDPipe()) caseId: string, @Req() request: AuthenticatedRequest, @Query() query: Record<string, string | undefined>) {
    const reason = this.authorise(request.actor, query.reason);
    const point = exactlyOnePoint(query.at, query.revision);
    // The access is recorded while the case is read; nothing is answered until both are done.
    const [, asOf] = await Promise.all([this.record(request.actor, 'audit.state', caseId, reason, query), caseStateAt(this.store, caseId, point)]);
    // No event by then: a case opened later, or no case at all.
    if (asOf.eventCount === 0 && !(await caseExists(this.store, caseId))) throw notFound(caseId);
    return markSealedValues({ caseId, ...asOf }, await this.vault.isErased(caseId));
  }

  @Get('cases/:id/diff')
  @ApiOperation({ summary: 'What changed between two points: JSON Patch operations and the events in between' })
  @ApiOkResponse({ type: CaseDiffDto, description: 'RFC 6902 operations from the state at `from` to the state at `to`' })
  @ApiNotFoundResponse({ description: '`CASE.NOT_FOUND`' })
  @ApiQuery({ name: 'from', required: true, description: 'A revision (whole number) or an ISO 8601 time' })
  @ApiQuery({ name: 'to', required: true, description: 'A revision (whole number) or an ISO 8601 time' })
  @REASON_DOC
  async diff(@Param('id', new ParseUUIDPipe()) caseId: string, @Req() request: AuthenticatedRequest, @Query() query: Record<string, string | undefined>) {
    const reason = this.authorise(request.actor, query.reason);
    const from = pointParam('from', query.from);
    const to = pointParam('to', query.to);
    await this.record(request.actor, 'audit.diff', caseId, reason, query);
    if (!(await caseExists(this.store, caseId))) throw notFound(caseId);
    return markSealedValues({ caseId, ...(await caseDiff(this.store, caseId, from, to)) }, await this.vault.isErased(caseId));
  }

  @Get('cases/:id/verify')
  @ApiOperation({ summary: "Recompute the case's hash chain and check it against the signed anchors and what the read models and the access log saw of it" })
  @ApiOkResponse({
    type: CaseVerificationDto,
    description:
      '`ok`, and the first broken link (stream, revision, reason, expected and found hash; for a missing tail or stream found by the read side, ' +
      '`seenBy`: which read model or the access log saw how far) when there is one',
  })
  @ApiNotFoundResponse({ description: '`CASE.NOT_FOUND`: no event, no anchor and no read model knows the case' })
  @REASON_DOC
  async verify(@Param('id', new ParseUUIDPipe()) caseId: string, @Req() request: AuthenticatedRequest, @Query() query: Record<string, string | undefined>) {
    const reason = this.authorise(request.actor, query.reason);
    await this.record(request.actor, 'audit.verify', caseId, reason, query);
    const result = await verifyCase(this.store, caseId, this.trustedKeys, this.witness);
    // A case that was anchored and then deleted is exactly what verify must report, not a 404.
    if (result.verifiedEvents === 0 && !result.anchored && !result.broken) throw notFound(caseId);
    return result;
  }

  @Get('cases/:id/dossier')
  @ApiOperation({
    summary: "The case's signed dossier, to download: every event as stored, the state they fold to, the chain checked and every anchor",
    description:
      "The same file as `rujukan audit export` writes, signed with the server's Ed25519 audit key over the RFC 8785 canonical JSON of the " +
      'dossier without its `signature`; `rujukan audit check-dossier <file>` checks it offline. A record that fails its check still gives a ' +
      'dossier, whose `verification` says so. `format=html` answers the readable page (no victim detail, no free text) the signature does not cover.',
  })
  @ApiProduces('application/json', 'text/html')
  @ApiOkResponse({ description: 'Content-Disposition: attachment; `<caseId>.dossier.json` (signed) or `<caseId>.dossier.html`' })
  @ApiNotFoundResponse({ description: '`CASE.NOT_FOUND`: the case has no event' })
  @ApiQuery({ name: 'format', required: false, enum: DOSSIER_FORMATS, description: 'json (default): the signed dossier; html: its readable page' })
  @REASON_DOC
  async dossier(
    @Param('id', new ParseUUIDPipe()) caseId: string,
    @Req() request: AuthenticatedRequest,
    @Query() query: Record<string, string | undefined>,
    @Res({ passthrough: true }) response: HeaderSink,
  ) {
    const reason = this.authorise(request.actor, query.reason);
    const format = query.format ?? 'json';
    if (!(DOSSIER_FORMATS as readonly string[]).includes(format)) {
      throw new RequestValidationError([{ field: 'format', reason: `format must be one of ${DOSSIER_FORMATS.join(', ')}` }]);
    }
    await this.record(request.actor, 'audit.export', caseId, reason, query);
    const { actor } = request;
    let dossier: Dossier;
    try {
      dossier = await buildDossier(this.store, {
        caseId,
        reason,
        exportedBy: { actor: actor.userId, role: actor.role, agency: actor.agency },
        signer: this.signer,
        trustedKeys: this.trustedKeys,
        witness: this.witness,
      });
    } catch (error) {
      if (error instanceof DossierError && error.code === 'no_case') throw notFound(caseId);
      throw error;
    }
    response.header('Content-Disposition', `attachment; filename="${caseId}.dossier.${format}"`);
    response.header('Cache-Control', 'no-store');
    if (format === 'html') {
      response.header('Content-Security-Policy', DOSSIER_HTML_CSP);
      return new StreamableFile(Buffer.from(dossierHtml(dossier), 'utf8'), { type: 'text/html; charset=utf-8' });
    }
    // The bytes the CLI writes: the signature is over the canonical form, so any serialisation checks alike.
    return new StreamableFile(Buffer.from(`${JSON.stringify(dossier, null, 2)}\n`, 'utf8'), { type: 'application/json; charset=utf-8' });
  }

  @Get('access-log')
  @ApiOperation({ summary: 'Who read which case or queried the audit record, when and why (newest first)' })
  @ApiOkResponse({ description: 'Access log entries, paged by `beforeId`' })
  @ApiQuery({ name: 'caseId', required: false })
  @ApiQuery({ name: 'actor', required: false })
  @ApiQuery({ name: 'agency', required: false })
  @ApiQuery({ name: 'action', required: false, enum: ACCESS_ACTIONS })
  @ApiQuery({ name: 'from', required: false, description: 'ISO 8601' })
  @ApiQuery({ name: 'to', required: false, description: 'ISO 8601' })
  @ApiQuery({ name: 'beforeId', required: false, description: 'Paging: entries older than this id' })
  @ApiQuery({ name: 'limit', required: false, description: '1-1000, default 100' })
  @REASON_DOC
  async accessLog(@Req() request: AuthenticatedRequest, @Query() query: Record<string, string | undefined>) {
    const reason = this.authorise(request.actor, query.reason);
    const caseId = query.caseId;
    if (caseId !== undefined && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(caseId)) {
      throw new RequestValidationError([{ field: 'caseId', reason: 'caseId must be a UUID' }]);
    }
    const action = query.action;
    if (action !== undefined && !(ACCESS_ACTIONS as readonly string[]).includes(action)) {
      throw new RequestValidationError([{ field: 'action', reason: `action must be one of ${ACCESS_ACTIONS.join(', ')}` }]);
    }
    const filter = {
      caseId,
      actor: query.actor || undefined,
      agency: query.agency || undefined,
      action: action as AccessAction | undefined,
      from: dateTimeParam('from', query.from),
      to: dateTimeParam('to', query.to),
      beforeId: query.beforeId === undefined ? undefined : String(integerParam('beforeId', query.beforeId, 0, 1, 2_000_000_000)),
      limit: integerParam('limit', query.limit, 100, 1, 1000),
    };
    await this.record(request.actor, 'audit.access_log', caseId ?? null, reason, query);
    return this.accessRecords.page(filter);
  }

  /** The role was checked by the guard against the matrix; every audit query also needs a reason. */
  private authorise(_actor: Actor, reason: string | undefined): string {
    const text = reason?.trim() ?? '';
    if (text.length < 3 || text.length > 500) {
      throw new RequestValidationError([{ field: 'reason', reason: 'every audit query needs a reason of 3 to 500 characters (it is recorded)' }]);
    }
    return text;
  }

  private record(actor: Actor, action: AccessAction, caseId: string | null, reason: string, query: Record<string, string | undefined>): Promise<void> {
    const { reason: _reason, ...asked } = query;
    return this.accessRecords.record({ actor: actor.userId, role: actor.role, agency: actor.agency, action, caseId, reason, channel: 'http', detail: asked });
  }
}

function pointParam(field: string, text: string | undefined): HistoryPoint {
  if (text === undefined || text === '') throw new RequestValidationError([{ field, reason: `${field} is required: a revision or an ISO 8601 time` }]);
  if (/^\d+$/.test(text)) return { revision: integerParam(field, text, 0, 0, 1_000_000_000) };
  return { at: dateTimeParam(field, text)! };
}

function exactlyOnePoint(at: string | undefined, revision: string | undefined): HistoryPoint {
  if ((at === undefined) === (revision === undefined)) {
    throw new RequestValidationError([{ field: at === undefined ? 'at' : 'revision', reason: 'give exactly one of at (ISO 8601 time) or revision' }]);
  }
  return at !== undefined ? { at: dateTimeParam('at', at)! } : { revision: integerParam('revision', revision, 0, 0, 1_000_000_000) };
}
