import { applyDecorators, Controller, Get, Headers, Param, ParseUUIDPipe, Query, Req, Res } from '@nestjs/common';
import { ApiForbiddenResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CASE_SECTIONS, CASE_SECTIONS_BY_AGENCY_TYPE, DomainError, type Actor, type AgencyType, type CaseSection } from '@rujukan/domain';
import { IdentityVault } from '@rujukan/application';
import { recordAccess } from '@rujukan/read-models';
import { PROJECTION } from '@rujukan/read-models/projections/projection-names.js';
import { DataSource } from 'typeorm';
import { Authenticated } from '../auth/authenticated.js';
import type { AuthenticatedRequest } from '../auth/bearer-auth.guard.js';
import { RequirePermission } from '../auth/permission.decorator.js';
import { RequestValidationError } from '../errors/api-error.js';
import { freshnessHeaders, ReadModelFreshness } from './read-model-freshness.js';
import { jsonList, preparedQuery, withDates } from './read-sql.js';
import type pg from 'pg';

interface HeaderSink {
  setHeader(name: string, value: string): unknown;
}

export type CaseAccess = 'owner' | 'former_owner' | 'transfer' | 'referral';

export const MIN_POSITION_DOCS = [
  ApiHeader({ name: 'X-Min-Position', required: false, description: 'A position a command returned: wait (bounded) until this answer includes it' }),
  ApiQuery({ name: 'minPosition', required: false, description: 'The same as X-Min-Position' }),
];

/**
 * The case as each agency may see it: its owner, a former owner, the target of a transfer awaiting its answer,
 * or an agency that holds or held a referral.
 */
@ApiTags('cases')
@Authenticated()
@Controller('cases')
export class CaseQueriesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly freshness: ReadModelFreshness,
    private readonly vault: IdentityVault,
  ) {}

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
      [PROJECTION.caseSummary, PROJECTION.referrals, PROJECTION.deadlines],
      this.freshness.requested(minHeader, minQuery),
    );
    setHeaders(response, freshnessHeaders(fresh));
    const [row] = await preparedQuery<Record<string, unknown>>(
      this.dataSource,
      'case_summary',
      `SELECT s.*, ${ACCESS_SQL} AS access FROM rm_case_summaries s WHERE s.case_id = $1 AND ${VISIBLE_SQL}`,
      [caseId, request.actor.agency],
    );
    if (!row) throw notFound(caseId);
    await this.recordRead(request.actor, 'case.read', caseId);
    const [lists] = (await preparedQuery(
      this.dataSource,
      'case_lists',
      CASE_LISTS_SQL,
      // The owner and former owners see every transfer of the case; the target of a pending one sees that one.
      [caseId, row.access !== 'referral', row.access === 'owner' || row.access === 'former_owner', request.actor.agency],
    )) as Array<Record<string, Array<Record<string, unknown>>>>;
    const referrals = lists.referrals.map((r) => withDates(r, ['sent_at', 'response_deadline', 'answered_at', 'completed_at']));
    const deadlines = lists.deadlines.map((d) => withDates(d, ['due_at']));
    const transfers = lists.transfers.map((t) => withDates(t, ['requested_at', 'answered_at']));
    const summary = { ...toSummary(row, referrals, transfers), runningClocks: deadlines.map((d: Record<string, unknown>) => ({ kind: d.kind, subjectId: d.subject_id, responsibleAgency: d.responsible_agency, dueAt: d.due_at, overdue: d.status === 'overdue' })) };
    // Reasons and notes are stored sealed with the victim's key: opened here, for those who may see them.
    return this.vault.openTexts(caseId, row.access === 'owner' ? summary : forReceiver(summary, referrals, row.access === 'transfer'));
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
      [PROJECTION.caseSummary, PROJECTION.referrals, PROJECTION.caseTimeline],
      this.freshness.requested(minHeader, minQuery),
    );
    setHeaders(response, freshnessHeaders(fresh));
    const [row] = await preparedQuery<{ access: string }>(
      this.dataSource,
      'case_access',
      `SELECT ${ACCESS_SQL} AS access FROM rm_case_summaries s WHERE s.case_id = $1 AND ${VISIBLE_SQL}`,
      [caseId, request.actor.agency],
    );
    if (!row) throw notFound(caseId);
    await this.recordRead(request.actor, 'case.timeline', caseId);
    const events = await preparedQuery<TimelineRow & pg.QueryResultRow>(
      this.dataSource,
      'case_timeline',
      `SELECT revision, event_type, actor, role, agency, occurred_at, recorded_at, summary, reason, facts
       FROM rm_case_timeline
       WHERE case_id = $1 AND revision > $2 AND ($3 OR agency = $4)
       ORDER BY revision LIMIT $5`,
      [caseId, after, row.access === 'owner', request.actor.agency, max],
    );
    return this.vault.openTexts(caseId, {
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
    });
  }

  /** Every read of a case's data is recorded before it is answered, for the auditors' access log. */
  private recordRead(actor: Actor, action: 'case.read' | 'case.timeline', caseId: string): Promise<void> {
    return recordAccess(this.dataSource, { actor: actor.userId, role: actor.role, agency: actor.agency, action, caseId, reason: null, channel: 'http' });
  }
}

// $1 = case id, $2 = the caller's agency.
// A transfer's target sees the case while the transfer awaits its answer (to decide on it); accepting makes it the owner.
const PENDING_TRANSFER_SQL = `EXISTS (SELECT 1 FROM rm_transfers t WHERE t.case_id = s.case_id AND t.to_agency = $2 AND t.status = 'requested')`;
export const VISIBLE_SQL = `(s.owner_agency = $2 OR $2 = ANY(s.former_owners) OR ${PENDING_TRANSFER_SQL}
  OR EXISTS (SELECT 1 FROM rm_referrals r WHERE r.case_id = s.case_id AND r.to_agency = $2))`;
const ACCESS_SQL = `CASE WHEN s.owner_agency = $2 THEN 'owner' WHEN $2 = ANY(s.former_owners) THEN 'former_owner'
  WHEN ${PENDING_TRANSFER_SQL} THEN 'transfer' ELSE 'referral' END`;

/** The case's referrals, running clocks and transfers in one statement: one round trip, one snapshot. */
const CASE_LISTS_SQL = `SELECT
   ${jsonList(
     `SELECT referral_id, from_agency, to_agency, to_agency_type, service, status, sent_at, response_deadline, answered_at,
             completed_at, outcome, answer_reason
      FROM rm_referrals WHERE case_id = $1 AND ($2 OR to_agency = $4)`,
     'sent_at',
   )} AS referrals,
   ${jsonList(
     `SELECT kind, subject_id, responsible_agency, due_at, status FROM rm_deadlines
      WHERE case_id = $1 AND status IN ('running', 'overdue') AND ($2 OR responsible_agency = $4)`,
     'due_at',
   )} AS deadlines,
   ${jsonList(
     `SELECT transfer_id, from_agency, to_agency, status, reason, requested_at, answered_at, answer_reason
      FROM rm_transfers WHERE case_id = $1 AND ($3 OR to_agency = $4)`,
     'requested_at',
   )} AS transfers`;

interface TimelineRow {
  revision: number;
  event_type: string;
  actor: string;
  role: string;
  agency: string;
  occurred_at: Date;
  recorded_at: Date;
  summary: string;
  reason: string | null;
  facts: Record<string, unknown> | null;
}

function toSummary(row: Record<string, unknown>, referrals: Array<Record<string, unknown>>, transfers: Array<Record<string, unknown>>) {
  return {
    caseId: row.case_id,
    access: row.access as CaseAccess,
    ownerAgency: row.owner_agency,
    formerOwners: row.former_owners,
    stage: row.stage,
    status: row.status,
    channel: row.channel,
    foundDistrictCode: row.found_district_code,
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
 * What an agency that is not the owner sees of the summary: its own referrals and clocks, and only the
 * sections its open referrals' services need (CASE_SECTIONS_BY_AGENCY_TYPE). A former owner, or an agency
 * whose referral has ended, keeps read-only history: the case's stage and status, nothing about the victim.
 * The target of a pending transfer sees what a UPTD PPA needs to decide on taking the case over.
 */
function forReceiver(
  summary: ReturnType<typeof toSummary> & { runningClocks: unknown[] },
  referrals: Array<Record<string, unknown>>,
  pendingTransfer: boolean,
) {
  const open = referrals.filter((r) => r.status === 'sent' || r.status === 'accepted');
  const sections = new Set<CaseSection>(open.flatMap((r) => CASE_SECTIONS_BY_AGENCY_TYPE[r.to_agency_type as AgencyType] ?? []));
  // Taking over a case needs what the owning UPTD PPA works from, short of the victim's identity (GET /identity decides that).
  if (pendingTransfer) for (const section of CASE_SECTIONS_BY_AGENCY_TYPE.uptd_ppa) sections.add(section);
  const { victim, assessment, legal, flags, nextAction, formerOwners: _formerOwners, ...basics } = summary;
  const visibleVictim =
    victim && sections.has('victimProfile')
      ? sections.has('origin')
        ? victim
        : { initials: victim.initials, sex: victim.sex, isChild: victim.isChild }
      : null;
  return {
    ...basics,
    victim: visibleVictim,
    ...(sections.has('assessment') ? { assessment } : {}),
    ...(sections.has('legal') ? { legal } : {}),
    ...(sections.has('flags') ? { flags } : {}),
    ...(sections.has('nextAction') ? { nextAction } : {}),
    withheld: CASE_SECTIONS.filter((s) => !sections.has(s)),
  };
}

export function notFound(caseId: string): DomainError {
  // The same answer for "no such case" and "not yours": existence itself is confidential.
  return new DomainError('CASE.NOT_FOUND', `case ${caseId} not found`, { caseId });
}

export function setHeaders(response: HeaderSink, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
}

export function integerParam(field: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const value = /^-?\d{1,10}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RequestValidationError([{ field, reason: `${field} must be a whole number from ${min} to ${max}` }]);
  }
  return value;
}
