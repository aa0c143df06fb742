import { applyDecorators, Controller, Get, Headers, Param, ParseUUIDPipe, Query, Req, Res } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  CASE_SECTIONS,
  CASE_SECTIONS_BY_SERVICE,
  isIsoDate,
  STAGES,
  caseStreamName,
  caseViewFor,
  foldCase,
  hiddenTimelineEvents,
  initialState,
  noteReadableBy,
  type Actor,
  type CaseAccess,
  type CaseView,
} from '@rujukan/domain';
import { AgencyDirectory, BlindIndexer, IdentityVault, toCaseEvent, type BlindIndexKind } from '@rujukan/application';
import { EventStore } from '@rujukan/event-store';
import {
  AccessLogQueries,
  CaseListQueries,
  CaseSummaryQueries,
  type CaseListFilters,
  CaseTimelineQueries,
  NOTE_NOT_SHARED,
  PROJECTION,
  type CaseReader,
  type CaseSummaryRecord,
  type TimelineEntry,
} from '@rujukan/read-models';
import { Authenticated } from '../auth/authenticated.js';
import type { AuthenticatedRequest } from '../auth/bearer-auth.guard.js';
import { RequirePermission } from '../auth/permission.decorator.js';
import { integerParam, MIN_POSITION_DOCS, notFound, setHeaders, type HeaderSink } from '../http/read-answers.js';
import { RequestValidationError } from '../errors/api-error.js';
import { freshnessHeaders, ReadModelFreshness } from './read-model-freshness.js';

const REFERRAL_STATES = ['sent', 'accepted', 'declined', 'withdrawn', 'expired', 'completed'] as const;
/** The services whose receiving agencies see the legal track, so may find a case by its police report number. */
const LEGAL_SERVICES = Object.entries(CASE_SECTIONS_BY_SERVICE)
  .filter(([, sections]) => sections.includes('legal'))
  .map(([service]) => service);
/**
 * The case as each agency may see it: its owner, a former owner, the target of a transfer awaiting its answer,
 * or an agency that holds or held a referral.
 */
@ApiTags('cases')
@Authenticated()
@Controller('cases')
export class CaseQueriesController {
  constructor(
    private readonly cases: CaseSummaryQueries,
    private readonly timelines: CaseTimelineQueries,
    private readonly accessLog: AccessLogQueries,
    private readonly freshness: ReadModelFreshness,
    private readonly vault: IdentityVault,
    private readonly store: EventStore,
    private readonly directory: AgencyDirectory,
    private readonly list_: CaseListQueries,
    private readonly indexer: BlindIndexer,
  ) {}

  @Get()
  @RequirePermission('case.list')
  @ApiOperation({
    summary:
      'The cases the caller may see, newest first: filtered by stage, status, referral state, overdue clocks and opening date, ' +
      'or found by `q`: a registration number, initials or a police report number, and in the agency’s own cases a name word, NIK or phone',
  })
  @ApiOkResponse({ description: '`{ total, limit, offset, cases }`: each case cut to what the caller may see of it' })
  @ApiQuery({ name: 'q', required: false, description: 'KI-2026-0042, initials (AS), LP/B/45/III/2025/…, or (own cases) a name word, a NIK, a phone number' })
  @ApiQuery({ name: 'stage', required: false, description: STAGES.join(', ') })
  @ApiQuery({ name: 'status', required: false, description: 'open or closed' })
  @ApiQuery({ name: 'closed', required: false, description: 'true: closed cases only (the same as status=closed)' })
  @ApiQuery({ name: 'referral', required: false, description: `cases with a referral in this state: ${REFERRAL_STATES.join(', ')}` })
  @ApiQuery({ name: 'overdue', required: false, description: 'true: cases with a clock past due' })
  @ApiQuery({ name: 'openedFrom', required: false, description: 'YYYY-MM-DD, inclusive' })
  @ApiQuery({ name: 'openedTo', required: false, description: 'YYYY-MM-DD, inclusive' })
  @ApiQuery({ name: 'limit', required: false, description: '1-100, default 25' })
  @ApiQuery({ name: 'offset', required: false, description: '0-100000' })
  @ApiForbiddenResponse({ description: '`AUTH.FORBIDDEN`: the role does not read cases (details.rule `permission`)' })
  @applyDecorators(...MIN_POSITION_DOCS)
  async list(
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HeaderSink,
    @Query() query: Record<string, unknown>,
    @Headers('x-min-position') minHeader?: string,
  ) {
    const { minPosition, ...filtersQuery } = query;
    const { filters, page, text } = listQuery(filtersQuery);
    const fresh = await this.freshness.waitFor(
      [PROJECTION.caseSummary, PROJECTION.referrals, PROJECTION.transfers, PROJECTION.deadlines],
      this.freshness.requested(minHeader, minPosition),
    );
    setHeaders(response, freshnessHeaders(fresh));
    const search = text === undefined ? undefined : { text, ...searchTokens(this.indexer.queryTokens(text)) };
    const found = await this.list_.list(request.actor.agency, LEGAL_SERVICES, filters, page, search);
    const cases = found.cases.map(({ row, relationship }) => {
      const view = caseViewFor(request.actor, relationship);
      const sees = new Set(view.sections);
      return {
        caseId: row.case_id,
        registrationNumber: row.registration_number ?? null,
        access: view.access,
        ownerAgency: row.owner_agency,
        stage: row.stage,
        status: row.status,
        victim: sees.has('victimProfile') && row.victim_initials !== null ? { initials: row.victim_initials, isChild: row.victim_is_child } : null,
        ...(sees.has('flags') ? { flags: row.flags } : {}),
        ...(sees.has('nextAction') ? { nextAction: row.next_action } : {}),
        openedAt: row.opened_at,
        closedAt: row.closed_at,
        updatedAt: row.updated_at,
      };
    });
    // A search by name, NIK or phone is a look at victims' identities: the access log has it, without the words.
    if (search && (search.allOf.length > 0 || search.anyOf.length > 0)) {
      await this.accessLog.record({
        actor: request.actor.userId,
        role: request.actor.role,
        agency: request.actor.agency,
        action: 'case.search',
        caseId: null,
        reason: null,
        channel: 'http',
      });
    }
    return { total: found.total, limit: page.limit, offset: page.offset, cases };
  }

  @Get(':id')
  @RequirePermission('case.read')
  @ApiOperation({ summary: 'The case summary: stage, status, owner, referrals, legal track, key dates, flags' })
  @ApiOkResponse({ description: 'The case as the caller may see it' })
  @ApiNotFoundResponse({ description: '`CASE.NOT_FOUND`: no such case, or not one the caller may see' })
  @ApiForbiddenResponse({ description: '`AUTH.FORBIDDEN`: the role does not read cases (details.rule `permission`)' })
  @applyDecorators(...MIN_POSITION_DOCS)
  async summary(
    @Param('id', new ParseUUIDPipe()) caseId: string,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HeaderSink,
    @Headers('x-min-position') minHeader?: string,
    @Query('minPosition') minQuery?: string,
  ) {
    const fresh = await this.freshness.waitFor(
      [PROJECTION.caseSummary, PROJECTION.referrals, PROJECTION.transfers, PROJECTION.deadlines],
      this.freshness.requested(minHeader, minQuery),
    );
    setHeaders(response, freshnessHeaders(fresh));
    // One statement reads the case, its lists and the caller's relationship, and records the read in the access log.
    const found = readsCases(request.actor) ? await this.cases.read(caseId, reader(request.actor)) : null;
    const view = found ? caseViewFor(request.actor, found.relationship) : null;
    if (!found || !view?.access) throw notFound(caseId);
    const { referrals, deadlines, transfers } = found.lists;
    const summary = {
      ...toSummary(found.row, view.access, referrals, transfers),
      runningClocks: deadlines.map((d: Record<string, unknown>) => ({
        kind: d.kind,
        subjectId: d.subject_id,
        responsibleAgency: d.responsible_agency,
        dueAt: d.due_at,
        overdue: d.status === 'overdue',
      })),
    };
    // Reasons and notes are stored sealed with the victim's key: opened here, for those who may see them.
    return this.vault.openTexts(caseId, view.sees === 'everything' ? summary : shownTo(view, summary), found.victimKey);
  }

  @Get(':id/timeline')
  @RequirePermission('case.read')
  @ApiOperation({ summary: "The case's events in order, for people: who did what, when and why" })
  @ApiOkResponse({
    description:
      'Owners see every event; other agencies see what they did themselves. Each event has `summary` (an English sentence) ' +
      'and `facts` (the values of that sentence without words, for a client to write it in its own language)',
  })
  @ApiNotFoundResponse({ description: '`CASE.NOT_FOUND`: no such case, or not one the caller may see' })
  @ApiQuery({ name: 'afterRevision', required: false, description: 'Only events after this revision (paging)' })
  @ApiQuery({ name: 'limit', required: false, description: '1-500, default 100' })
  @applyDecorators(...MIN_POSITION_DOCS)
  async timeline(
    @Param('id', new ParseUUIDPipe()) caseId: string,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HeaderSink,
    @Headers('x-min-position') minHeader?: string,
    @Query('minPosition') minQuery?: string,
    @Query('afterRevision') afterRevision?: string,
    @Query('limit') limit?: string,
  ) {
    const after = integerParam('afterRevision', afterRevision, -1, -1, 1_000_000_000);
    const max = integerParam('limit', limit, 100, 1, 500);
    const fresh = await this.freshness.waitFor(
      [PROJECTION.caseSummary, PROJECTION.referrals, PROJECTION.transfers, PROJECTION.caseTimeline],
      this.freshness.requested(minHeader, minQuery),
    );
    setHeaders(response, freshnessHeaders(fresh));
    // The relationship and the access-log row in one statement; the entries, cut to the view it decides, in a second.
    const access = readsCases(request.actor) ? await this.cases.timelineAccess(caseId, reader(request.actor)) : null;
    const view = access ? caseViewFor(request.actor, access.relationship) : null;
    if (!access || !view?.access) throw notFound(caseId);
    const entries = await this.timelines.entries({
      caseId,
      afterRevision: after,
      limit: max,
      everything: view.sees === 'everything',
      agency: request.actor.agency,
      hiddenEventTypes: hiddenTimelineEvents(view),
    });
    const events = view.sees === 'everything' ? entries : await this.notesSharedNow(caseId, request.actor.agency, entries);
    const opened = await this.vault.openTexts(
      caseId,
      {
        caseId,
        events: events.map((e) => ({
          revision: e.revision,
          type: e.event_type,
          actor: e.actor,
          role: e.role,
          agency: e.agency,
          occurredAt: e.occurred_at,
          recordedAt: e.recorded_at,
          summary: e.summary,
          reason: e.reason,
          // The values the console writes the sentence from, in the reader's language (null on rows older than the column).
          facts: e.facts,
        })),
      },
      access.victimKey,
    );
    // A reason in parts (clear words and a sealed note) reads as one sentence once opened.
    return { ...opened, events: opened.events.map((e) => ({ ...e, reason: Array.isArray(e.reason) ? e.reason.join('') : e.reason })) };
  }

  /**
   * Notes shared with the caller's agency on the victim's consent, withheld once that consent no longer stands: decided
   * on the case's events (as GET /identity is), read only when such a note is on the page.
   */
  private async notesSharedNow(caseId: string, agency: string, entries: TimelineEntry[]): Promise<TimelineEntry[]> {
    const sharedByOthers = (e: TimelineEntry) =>
      e.event_type === 'CaseNoteAdded' && Array.isArray(e.facts?.visibleTo) && e.facts.authorAgency !== agency && e.facts.visibleTo[0] !== agency;
    if (!entries.some(sharedByOthers)) return entries;
    const state = foldCase((await this.store.readStream(caseStreamName(caseId))).map(toCaseEvent), initialState);
    const agencyType = (await this.directory.resolve([agency]))[agency]?.type;
    return entries.map((e) => {
      if (!sharedByOthers(e)) return e;
      const note = { authorAgency: String(e.facts!.authorAgency), visibleTo: e.facts!.visibleTo as string[] };
      if (state.exists && noteReadableBy(state, note, agency, agencyType)) return e;
      return { ...e, summary: NOTE_NOT_SHARED, reason: null, facts: { kind: e.facts!.kind, authorAgency: note.authorAgency, shared: false } };
    });
  }
}

/**
 * Whether the role may see any case at all (as its owner, the most a relationship gives): the read statements record a
 * read whenever the case is visible to the agency, so they are not sent for a role `caseViewFor` refuses whatever it is.
 */
function readsCases(actor: Actor): boolean {
  return caseViewFor(actor, { owner: true, formerOwner: false, pendingTransferTarget: false, referrals: [] }).access !== null;
}

/** Every read of a case's data is recorded with it, for the auditors' access log. */
function reader(actor: Actor): CaseReader {
  return { actor: actor.userId, role: actor.role, agency: actor.agency };
}

function toSummary(row: CaseSummaryRecord, access: CaseAccess, referrals: Array<Record<string, unknown>>, transfers: Array<Record<string, unknown>>) {
  return {
    caseId: row.case_id,
    registrationNumber: row.registration_number ?? null,
    access,
    ownerAgency: row.owner_agency,
    formerOwners: row.former_owners,
    stage: row.stage,
    status: row.status,
    channel: row.channel,
    foundDistrictCode: row.found_district_code,
    // Who reported the case: an agency of the directory (a KBRI, a BP3MI, a police unit); null when none was named.
    reportingAgency: row.reporting_agency ?? null,
    // The return leg from abroad (where she left from, where she entered Indonesia, when, how), apart from the trip home;
    // a place the ports list lacks is sealed and opened below with the rest.
    returnLeg: row.return_leg ?? null,
    victim:
      row.victim_initials === null
        ? null
        : {
            initials: row.victim_initials,
            sex: row.victim_sex,
            isChild: row.victim_is_child,
            originProvinceCode: row.origin_province_code,
            originDistrictCode: row.origin_district_code,
          },
    assessment: { victimStatus: row.victim_status, riskLevel: row.risk_level },
    openReferrals: row.open_referrals,
    referrals: referrals.map((r) => ({
      referralId: r.referral_id,
      fromAgency: r.from_agency,
      toAgency: r.to_agency,
      toAgencyType: r.to_agency_type,
      service: r.service,
      status: r.status,
      sentAt: r.sent_at,
      responseDeadline: r.response_deadline,
      answeredAt: r.answered_at,
      completedAt: r.completed_at,
      outcome: r.outcome,
      // The sender's words to the receiver (sealed; opened below with the rest): why it asks, e.g. "mohon LP dan penyidikan".
      reason: r.reason,
      answerReason: r.answer_reason,
    })),
    transfers: transfers.map((t) => ({
      transferId: t.transfer_id,
      fromAgency: t.from_agency,
      toAgency: t.to_agency,
      status: t.status,
      reason: t.reason,
      requestedAt: t.requested_at,
      answeredAt: t.answered_at,
      answerReason: t.answer_reason,
    })),
    // The caseworker who carries the case in its owning agency, by name when the directory records one.
    assignee: row.assignee === null || row.assignee === undefined ? null : { userId: row.assignee, name: row.assignee_name ?? null },
    legal: row.legal,
    flags: row.flags,
    nextAction: row.next_action,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    updatedAt: row.updated_at,
    revision: row.last_revision,
  };
}

/**
 * The summary cut to the view `caseViewFor` decided: the sections it names, the victim's profile only with
 * `victimProfile` (and its origin only with `origin`), and the names of what it left out.
 */
function shownTo(view: CaseView, summary: ReturnType<typeof toSummary> & { runningClocks: unknown[] }) {
  const sections = new Set(view.sections);
  // How many referrals the case has open tells of other agencies' work: the owner's to know.
  // Who carries the case is the owner's business, as is how many referrals it has open.
  const {
    victim,
    returnLeg,
    assessment,
    legal,
    flags,
    nextAction,
    formerOwners: _formerOwners,
    openReferrals: _openReferrals,
    assignee: _assignee,
    ...basics
  } = summary;
  const visibleVictim =
    victim && sections.has('victimProfile')
      ? sections.has('origin')
        ? victim
        : { initials: victim.initials, sex: victim.sex, isChild: victim.isChild }
      : null;
  return {
    ...basics,
    victim: visibleVictim,
    // Where she came back through is part of where she comes from: shown with the origin.
    ...(sections.has('origin') ? { returnLeg } : {}),
    ...(sections.has('assessment') ? { assessment } : {}),
    ...(sections.has('legal') ? { legal } : {}),
    ...(sections.has('flags') ? { flags } : {}),
    ...(sections.has('nextAction') ? { nextAction } : {}),
    withheld: CASE_SECTIONS.filter((s) => !sections.has(s)),
  };
}

const LIST_PARAMS = new Set(['q', 'stage', 'status', 'closed', 'referral', 'overdue', 'openedFrom', 'openedTo', 'limit', 'offset']);

function listQuery(query: Record<string, unknown>): { filters: CaseListFilters; page: { limit: number; offset: number }; text?: string } {
  const errors: Array<{ field: string; reason: string }> = [];
  const one = (field: string): string | undefined => {
    const value = query[field];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      errors.push({ field, reason: `${field} must be given once` });
      return undefined;
    }
    return value;
  };
  for (const field of Object.keys(query)) if (!LIST_PARAMS.has(field)) errors.push({ field, reason: `${field} is not a filter of this list` });
  const choice = <T extends string>(field: string, allowed: readonly T[]): T | undefined => {
    const value = one(field);
    if (value === undefined || (allowed as readonly string[]).includes(value)) return value as T | undefined;
    errors.push({ field, reason: `${field} must be one of ${allowed.join(', ')}` });
    return undefined;
  };
  const flag = (field: string) => choice(field, ['true', 'false']) === 'true';
  const date = (field: string) => {
    const value = one(field);
    if (value !== undefined && !isIsoDate(value)) errors.push({ field, reason: `${field} must be a date, YYYY-MM-DD` });
    return value;
  };
  const text = one('q')?.trim();
  if (text !== undefined && text.length > 100) errors.push({ field: 'q', reason: 'q must be at most 100 characters' });
  const status = flag('closed') ? 'closed' : choice('status', ['open', 'closed'] as const);
  const filters: CaseListFilters = {
    stage: choice('stage', STAGES),
    status,
    referralStatus: choice('referral', REFERRAL_STATES),
    overdue: flag('overdue'),
    openedFrom: date('openedFrom'),
    openedTo: date('openedTo'),
  };
  if (errors.length > 0) throw new RequestValidationError(errors);
  const page = { limit: integerParam('limit', one('limit'), 25, 1, 100), offset: integerParam('offset', one('offset'), 0, 0, 100_000) };
  return { filters, page, text: text === '' ? undefined : text };
}

function searchTokens(tokens: Array<{ kind: BlindIndexKind; token: Buffer }>): { allOf: Buffer[]; anyOf: Buffer[] } {
  return {
    allOf: tokens.filter((t) => t.kind === 'name_word').map((t) => t.token),
    anyOf: tokens.filter((t) => t.kind !== 'name_word').map((t) => t.token),
  };
}
