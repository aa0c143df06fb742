import { applyDecorators, Controller, Get, Headers, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { isPermitted, OPEN_STAGES, REFERRAL_SERVICES, type CaseCommandType } from '@rujukan/domain';
import { PROJECTION } from '@rujukan/read-models/projections/projection-names.js';
import { DataSource } from 'typeorm';
import { Authenticated } from '../auth/authenticated.js';
import type { AuthenticatedRequest } from '../auth/bearer-auth.guard.js';
import { RequirePermission } from '../auth/permission.decorator.js';
import { RequestValidationError } from '../errors/api-error.js';
import { integerParam, MIN_POSITION_DOCS, setHeaders } from './case-queries.controller.js';
import { freshnessHeaders, ReadModelFreshness } from './read-model-freshness.js';
import { jsonList, preparedQuery, withDates } from './read-sql.js';

const RECENT_DAYS = 30;

interface ReferralRow {
  referral_id: string;
  case_id: string;
  from_agency: string;
  to_agency: string;
  service: string;
  status: string;
  sent_at: Date;
  response_deadline: Date;
  answered_at: Date | null;
  completed_at: Date | null;
  outcome: string | null;
  updated_at: Date;
}

interface TransferRow {
  transfer_id: string;
  case_id: string;
  from_agency: string;
  to_agency: string;
  status: string;
  requested_at: Date;
  stage: string | null;
}

const referralList = (where: string, order: string) =>
  jsonList(
    `SELECT referral_id, case_id, from_agency, to_agency, service, status, sent_at, response_deadline, answered_at,
            completed_at, outcome, updated_at
     FROM rm_referrals WHERE ${where} AND ($2::text IS NULL OR service = $2)
     ORDER BY ${order} LIMIT $3 OFFSET $4`,
    order,
  );

// Transfers are few and each one is urgent: never filtered by service (a transfer hands over the whole case).
const transferList = (where: string) =>
  jsonList(
    `SELECT t.transfer_id, t.case_id, t.from_agency, t.to_agency, t.status, t.requested_at, s.stage
     FROM rm_transfers t LEFT JOIN rm_case_summaries s ON s.case_id = t.case_id
     WHERE ${where} AND t.status = 'requested' ORDER BY t.requested_at LIMIT $3 OFFSET $4`,
    'requested_at',
  );

/** Every list of the queue in one statement: one round trip and one snapshot, so the lists agree with each other. */
const QUEUE_SQL = `SELECT
     ${referralList(`to_agency = $1 AND status = 'sent'`, 'response_deadline')} AS incoming,
     ${referralList(`to_agency = $1 AND status = 'sent' AND response_deadline < now()`, 'response_deadline')} AS overdue,
     ${referralList(`to_agency = $1 AND status = 'accepted'`, 'answered_at')} AS in_progress,
     ${referralList(`to_agency = $1 AND status NOT IN ('sent', 'accepted') AND updated_at > now() - interval '${RECENT_DAYS} days'`, 'updated_at DESC')} AS recently_closed,
     ${referralList(`from_agency = $1 AND status = 'sent'`, 'response_deadline')} AS awaiting_others,
     ${transferList('t.to_agency = $1')} AS incoming_transfers,
     ${transferList('t.from_agency = $1')} AS outgoing_transfers,
     ${jsonList(
       `SELECT s.case_id, s.stage, s.flags, s.next_action, s.open_referrals, s.opened_at, s.updated_at, d.kind AS due_kind, d.due_at
        FROM rm_case_summaries s
        LEFT JOIN LATERAL (
          SELECT kind, due_at FROM rm_deadlines WHERE case_id = s.case_id AND status IN ('running', 'overdue') ORDER BY due_at LIMIT 1
        ) d ON true
        WHERE s.owner_agency = $1 AND s.status = 'open' AND ($5::text IS NULL OR s.stage = $5)
        ORDER BY d.due_at NULLS LAST, s.updated_at DESC LIMIT $3 OFFSET $4`,
       'due_at NULLS LAST, updated_at DESC',
     )} AS cases`;

const REFERRAL_TIMES = ['sent_at', 'response_deadline', 'answered_at', 'completed_at', 'updated_at'];

// What the receiving agency answers a transfer with; the case page asks the domain whether it may now.
const TRANSFER_ANSWERS: readonly CaseCommandType[] = ['AcceptTransfer', 'DeclineTransfer'];

/**
 * What an agency has to do: referrals and transfers to answer (with time left or time waited), work in
 * progress, and its own cases by stage.
 */
@ApiTags('queues')
@Authenticated()
@Controller('queues')
export class QueueController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Get('mine')
  @RequirePermission('queue.read')
  @ApiOperation({ summary: "The caller's agency queue" })
  @ApiOkResponse({
    description:
      'incoming (sent, awaiting an answer, with deadline and seconds left), overdue, inProgress (accepted), ' +
      `recentlyClosed (answered or ended in the last ${RECENT_DAYS} days), awaitingOthers (sent by this agency), ` +
      'incomingTransfers (cases other agencies ask this agency to take over, awaiting its answer: no deadline, the ' +
      'seconds waited and the answers its role may give), outgoingTransfers (its own transfer requests not yet answered), ' +
      'and for the owning agency its open cases by stage with the next due action',
  })
  @ApiQuery({ name: 'service', required: false, enum: REFERRAL_SERVICES })
  @ApiQuery({ name: 'stage', required: false, enum: OPEN_STAGES })
  @ApiQuery({ name: 'limit', required: false, description: '1-200 per list, default 50' })
  @ApiQuery({ name: 'offset', required: false, description: 'paging offset of every list, default 0' })
  @applyDecorators(...MIN_POSITION_DOCS)
  async mine(
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): unknown },
    @Headers('x-min-position') minHeader?: string,
    @Query('minPosition') minQuery?: string,
    @Query('service') service?: string,
    @Query('stage') stage?: string,
    @Query('limit') limit?: string,
    @Query('offset') offset?: string,
  ) {
    if (service !== undefined && !(REFERRAL_SERVICES as readonly string[]).includes(service)) {
      throw new RequestValidationError([{ field: 'service', reason: `service must be one of ${REFERRAL_SERVICES.join(', ')}` }]);
    }
    if (stage !== undefined && !(OPEN_STAGES as readonly string[]).includes(stage)) {
      throw new RequestValidationError([{ field: 'stage', reason: `stage must be one of ${OPEN_STAGES.join(', ')}` }]);
    }
    const max = integerParam('limit', limit, 50, 1, 200);
    const skip = integerParam('offset', offset, 0, 0, 1_000_000);
    const fresh = await this.freshness.waitFor(
      [PROJECTION.caseSummary, PROJECTION.referrals, PROJECTION.deadlines],
      this.freshness.requested(minHeader, minQuery),
    );
    setHeaders(response, freshnessHeaders(fresh));
    const agency = request.actor.agency;
    const now = new Date();
    const [lists] = (await preparedQuery(
      this.dataSource,
      'queue_lists',
      QUEUE_SQL,
      [agency, service ?? null, max, skip, stage ?? null],
    )) as Array<Record<string, Array<Record<string, unknown>>>>;
    const asReferral = (row: Record<string, unknown>) => withDates(row, REFERRAL_TIMES) as unknown as ReferralRow;
    const asTransfer = (row: Record<string, unknown>) => withDates(row, ['requested_at']) as unknown as TransferRow;
    const incoming = lists.incoming.map(asReferral);
    const overdue = lists.overdue.map(asReferral);
    const inProgress = lists.in_progress.map(asReferral);
    const recentlyClosed = lists.recently_closed.map(asReferral);
    const awaitingOthers = lists.awaiting_others.map(asReferral);
    const incomingTransfers = lists.incoming_transfers.map(asTransfer);
    const outgoingTransfers = lists.outgoing_transfers.map(asTransfer);
    const cases = lists.cases.map((row) => withDates(row, ['opened_at', 'updated_at', 'due_at']));
    const referral = (r: ReferralRow) => ({
      referralId: r.referral_id,
      caseId: r.case_id,
      fromAgency: r.from_agency,
      toAgency: r.to_agency,
      service: r.service,
      status: r.status,
      sentAt: r.sent_at,
      responseDeadline: r.response_deadline,
      secondsLeft: r.status === 'sent' ? Math.round((r.response_deadline.getTime() - now.getTime()) / 1000) : null,
      overdue: r.status === 'sent' && r.response_deadline < now,
      answeredAt: r.answered_at,
      completedAt: r.completed_at,
      outcome: r.outcome,
    });
    const answers = TRANSFER_ANSWERS.filter((command) => isPermitted(request.actor.role, command));
    const transfer = (incoming: boolean) => (t: TransferRow) => ({
      transferId: t.transfer_id,
      caseId: t.case_id,
      fromAgency: t.from_agency,
      toAgency: t.to_agency,
      status: t.status,
      stage: t.stage,
      requestedAt: t.requested_at,
      // The domain sets no answer deadline for a transfer: the queue says how long it has waited instead.
      waitingSeconds: Math.max(0, Math.round((now.getTime() - t.requested_at.getTime()) / 1000)),
      actions: incoming ? answers : [],
    });
    return {
      agency,
      incoming: incoming.map(referral),
      overdue: overdue.map(referral),
      inProgress: inProgress.map(referral),
      recentlyClosed: recentlyClosed.map(referral),
      awaitingOthers: awaitingOthers.map(referral),
      incomingTransfers: incomingTransfers.map(transfer(true)),
      outgoingTransfers: outgoingTransfers.map(transfer(false)),
      cases: cases.map((c) => ({
        caseId: c.case_id,
        stage: c.stage,
        flags: c.flags,
        nextAction: c.next_action,
        nextDeadline: c.due_at === null ? null : { kind: c.due_kind, dueAt: c.due_at },
        openReferrals: c.open_referrals,
        openedAt: c.opened_at,
        updatedAt: c.updated_at,
      })),
    };
  }
}
