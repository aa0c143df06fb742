import { applyDecorators, Controller, Get, Headers, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { isPermitted, OPEN_STAGES, REFERRAL_SERVICES, type CaseCommandType } from '@rujukan/domain';
import { IdentityVault } from '@rujukan/application';
import {
  AccessLogQueries,
  AgencyQueueQueries,
  PROJECTION,
  RECENTLY_CLOSED_DAYS,
  WAITING_LONG_DAYS,
  type QueuedReferral,
  type QueuedTransfer,
} from '@rujukan/read-models';
import { Authenticated } from '../auth/authenticated.js';
import type { AuthenticatedRequest } from '../auth/bearer-auth.guard.js';
import { RequirePermission } from '../auth/permission.decorator.js';
import { RequestValidationError } from '../errors/api-error.js';
import { integerParam, MIN_POSITION_DOCS, setHeaders, type HeaderSink } from '../http/read-answers.js';
import { freshnessHeaders, ReadModelFreshness } from './read-model-freshness.js';

// What the receiving agency answers a transfer with; the case page asks the domain whether it may now.
const TRANSFER_ANSWERS: readonly CaseCommandType[] = ['AcceptTransfer', 'DeclineTransfer'];
// A referral to an agency that no longer acts is withdrawn (sent or accepted alike) and sent again elsewhere.
const REROUTE_ACTIONS: readonly CaseCommandType[] = ['WithdrawReferral', 'SendReferral'];

/**
 * What an agency has to do: referrals and transfers to answer (with time left or time waited), work in
 * progress, and its own cases by stage.
 */
@ApiTags('queues')
@Authenticated()
@Controller('queues')
export class QueueController {
  constructor(
    private readonly queue: AgencyQueueQueries,
    private readonly freshness: ReadModelFreshness,
    private readonly vault: IdentityVault,
    private readonly accessLog: AccessLogQueries,
  ) {}

  @Get('mine')
  @RequirePermission('queue.read')
  @ApiOperation({ summary: "The caller's agency queue" })
  @ApiOkResponse({
    description:
      'incoming (sent, awaiting an answer, with deadline and seconds left), overdue, inProgress (accepted), ' +
      `recentlyClosed (answered or ended in the last ${RECENTLY_CLOSED_DAYS} days), awaitingOthers (referrals of the cases this agency owns, ` +
      'awaiting an answer: after a transfer the new owner answers for those the former owner sent), reroute (to supervisors: ' +
      'open referrals of its cases whose receiving agency the directory no longer has acting, with the merger if any and the ' +
      'actions WithdrawReferral and SendReferral), ' +
      'incomingTransfers (cases other agencies ask this agency to take over, awaiting its answer: no deadline, the ' +
      'seconds waited and the answers its role may give), outgoingTransfers (its own transfer requests not yet answered), ' +
      "for the owning agency its open cases by stage with the next due action (the caller's own, `mine`, first; `assignee` the caseworker who carries each), and faults: its cases with an event a " +
      'projection could not apply and parked (the views named in `projections` miss that event and the later ones of ' +
      'the case until an operator applies them again; every other case is unaffected)',
  })
  @ApiQuery({ name: 'service', required: false, enum: REFERRAL_SERVICES })
  @ApiQuery({ name: 'stage', required: false, enum: OPEN_STAGES })
  @ApiQuery({ name: 'limit', required: false, description: '1-200 per list, default 50' })
  @ApiQuery({ name: 'offset', required: false, description: 'paging offset of every list, default 0' })
  @applyDecorators(...MIN_POSITION_DOCS)
  async mine(
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HeaderSink,
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
      [PROJECTION.caseSummary, PROJECTION.referrals, PROJECTION.transfers, PROJECTION.deadlines],
      this.freshness.requested(minHeader, minQuery),
    );
    setHeaders(response, freshnessHeaders(fresh));
    const agency = request.actor.agency;
    const now = new Date();
    const lists = await this.queue.lists({
      agency,
      service: service ?? null,
      stage: stage ?? null,
      limit: max,
      offset: skip,
      // Referrals whose receiver no longer acts are the owning agency's supervisors' to re-route.
      withReroute: request.actor.role === 'supervisor',
      userId: request.actor.userId,
    });
    const referral = (r: QueuedReferral) => ({
      referralId: r.referral_id,
      caseId: r.case_id,
      registrationNumber: r.registration_number ?? null,
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
    const rerouteActions = (status: string) =>
      REROUTE_ACTIONS.filter(
        (command) => (command !== 'WithdrawReferral' || status === 'sent' || status === 'accepted') && isPermitted(request.actor.role, command),
      );
    const reroute = lists.reroute.map((r) => ({
      referralId: r.referral_id,
      caseId: r.case_id,
      fromAgency: r.from_agency,
      toAgency: r.to_agency,
      service: r.service,
      status: r.status,
      sentAt: r.sent_at,
      responseDeadline: r.response_deadline,
      answeredAt: r.answered_at,
      // Where the work went, when the directory records a merger: the natural agency to send it to again.
      receiverMergedInto: r.merged_into,
      receiverInDirectory: !r.receiver_unknown,
      actions: rerouteActions(r.status),
    }));
    const answers = TRANSFER_ANSWERS.filter((command) => isPermitted(request.actor.role, command));
    const transfer = (incoming: boolean) => (t: QueuedTransfer) => ({
      transferId: t.transfer_id,
      caseId: t.case_id,
      registrationNumber: t.registration_number ?? null,
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
      incoming: lists.incoming.map(referral),
      overdue: lists.overdue.map(referral),
      inProgress: lists.inProgress.map(referral),
      recentlyClosed: lists.recentlyClosed.map(referral),
      awaitingOthers: lists.awaitingOthers.map(referral),
      reroute,
      incomingTransfers: lists.incomingTransfers.map(transfer(true)),
      outgoingTransfers: lists.outgoingTransfers.map(transfer(false)),
      cases: lists.cases.map((c) => ({
        caseId: c.case_id,
        registrationNumber: c.registration_number,
        assignee: c.assignee,
        mine: c.mine,
        stage: c.stage,
        flags: c.flags,
        nextAction: c.next_action,
        nextDeadline: c.due_at === null ? null : { kind: c.due_kind, dueAt: c.due_at },
        openReferrals: c.open_referrals,
        openedAt: c.opened_at,
        updatedAt: c.updated_at,
      })),
      faults: lists.faults.map((f) => ({ caseId: f.case_id, projections: f.projections, since: f.since })),
    };
  }

  @Get('team')
  @RequirePermission('team.read')
  @ApiOperation({ summary: "The supervisor's team: each caseworker's open cases and overdue items" })
  @ApiOkResponse({
    description:
      'members: every active caseworker of the agency and anyone still carrying one of its open cases (userId, name as the directory ' +
      'records it or null, assignable: still an active caseworker of the agency, openCases, overdueItems: clocks of their open cases ' +
      'past due); unassigned: the open cases nobody carries and their overdue items',
  })
  @applyDecorators(...MIN_POSITION_DOCS)
  async team(
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HeaderSink,
    @Headers('x-min-position') minHeader?: string,
    @Query('minPosition') minQuery?: string,
  ) {
    const fresh = await this.freshness.waitFor([PROJECTION.caseSummary, PROJECTION.deadlines], this.freshness.requested(minHeader, minQuery));
    setHeaders(response, freshnessHeaders(fresh));
    const rows = await this.queue.team(request.actor.agency);
    const unassigned = rows.find((row) => row.user_id === null);
    return {
      agency: request.actor.agency,
      members: rows
        .filter((row) => row.user_id !== null)
        .map((row) => ({ userId: row.user_id, name: row.name, assignable: row.assignable, openCases: row.open_cases, overdueItems: row.overdue_items })),
      unassigned: { openCases: unassigned?.open_cases ?? 0, overdueItems: unassigned?.overdue_items ?? 0 },
    };
  }

  @Get('supervisor')
  @RequirePermission('team.read')
  @ApiOperation({ summary: "The supervisor's inbox: approvals awaiting her, escalations, and cases waiting long" })
  @ApiOkResponse({
    description:
      'approvals: assessments (the latest recorded assessment not yet approved, with its indicators, victim status, risk and ' +
      'needs as recorded), closures (the reason, note and unpaid-restitution reason asked with), reintegrationPlans (cases at ' +
      'reintegration waiting for a plan); escalations: expiredReferrals (expired and not yet followed by a new referral, with ' +
      'everything needed to send it again: `resend` is the body of SendReferral less a new id and deadline) and overdueServices ' +
      `(services past their 7-day start); waitingLong: open cases with no event for ${WAITING_LONG_DAYS} days or more. ` +
      "Each list oldest first, only the caller's agency; free text opened for her and each case read in the access log",
  })
  @ApiQuery({ name: 'limit', required: false, description: '1-200 per list, default 50' })
  @applyDecorators(...MIN_POSITION_DOCS)
  async supervisor(
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HeaderSink,
    @Headers('x-min-position') minHeader?: string,
    @Query('minPosition') minQuery?: string,
    @Query('limit') limit?: string,
  ) {
    const max = integerParam('limit', limit, 50, 1, 200);
    const fresh = await this.freshness.waitFor(
      [PROJECTION.caseSummary, PROJECTION.referrals, PROJECTION.deadlines, PROJECTION.caseTimeline],
      this.freshness.requested(minHeader, minQuery),
    );
    setHeaders(response, freshnessHeaders(fresh));
    const { actor } = request;
    const inbox = await this.queue.supervisorInbox(actor.agency, max);
    const str = (value: unknown) => (value === null || value === undefined ? null : String(value));
    const facts = (row: Record<string, unknown>) => (row.facts ?? {}) as Record<string, unknown>;
    // Free text is sealed with each victim's key: opened per case, and each case whose text she reads is in the access log.
    const open = async <T>(caseId: string, value: T): Promise<T> => {
      await this.accessLog.record({ actor: actor.userId, role: actor.role, agency: actor.agency, action: 'case.read', caseId, reason: null, channel: 'http' });
      return this.vault.openTexts(caseId, value);
    };
    const assessments = inbox.assessments.map((row) => {
      const f = facts(row);
      return {
        caseId: row.case_id,
        registrationNumber: row.registration_number ?? null,
        stage: row.stage,
        victimInitials: row.victim_initials,
        command: 'ApproveAssessment',
        assessmentId: f.assessmentId ?? null,
        assessment: {
          indicators: f.indicators ?? null,
          victimStatus: f.victimStatus ?? null,
          riskLevel: f.riskLevel ?? null,
          needs: f.needs ?? [],
        },
        recordedBy: row.requested_by,
        recordedAt: row.requested_at,
      };
    });
    const closures = await Promise.all(
      inbox.closures.map(async (row) => {
        const f = facts(row);
        return open(String(row.case_id), {
          caseId: row.case_id,
          registrationNumber: row.registration_number ?? null,
          stage: row.stage,
          victimInitials: row.victim_initials,
          commands: ['ApproveClosure', 'RejectClosure'],
          closureReason: f.closureReason ?? null,
          restitutionUnpaid: f.restitutionUnpaid ?? false,
          // The note and any unpaid-restitution reason, as the timeline row keeps them (sealed, opened here).
          note: row.reason ?? null,
          requestedBy: row.requested_by,
          requestedAt: row.requested_at,
        });
      }),
    );
    const expiredReferrals = await Promise.all(
      inbox.expiredReferrals.map((row) =>
        open(String(row.case_id), {
          referralId: row.referral_id,
          caseId: row.case_id,
          registrationNumber: row.registration_number ?? null,
          toAgency: row.to_agency,
          service: row.service,
          sentAt: row.sent_at,
          responseDeadline: row.response_deadline,
          expiredAt: row.expired_at,
          resend: { toAgency: row.to_agency, service: row.service, reason: row.reason, sharesIdentity: row.shares_identity },
        }),
      ),
    );
    return {
      agency: actor.agency,
      approvals: {
        assessments,
        closures,
        reintegrationPlans: inbox.reintegrationPlans.map((row) => ({
          caseId: row.case_id,
          registrationNumber: row.registration_number ?? null,
          stage: row.stage,
          victimInitials: row.victim_initials,
          command: 'ApproveReintegrationPlan',
          since: row.since,
        })),
      },
      escalations: {
        expiredReferrals,
        overdueServices: inbox.overdueServices.map((row) => ({
          caseId: row.case_id,
          registrationNumber: row.registration_number ?? null,
          serviceId: str(row.subject_id)?.split(':').at(-1) ?? null,
          responsibleAgency: row.responsible_agency,
          dueAt: row.due_at,
        })),
      },
      waitingLong: inbox.waitingLong.map((row) => ({
        caseId: row.case_id,
        registrationNumber: row.registration_number ?? null,
        stage: row.stage,
        victimInitials: row.victim_initials,
        assignee: row.assignee,
        nextAction: row.next_action,
        lastActivityAt: row.updated_at,
      })),
      waitingLongDays: WAITING_LONG_DAYS,
    };
  }
}
