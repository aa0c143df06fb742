import type { DataSource } from 'typeorm';
import type { Stored } from '../runtime/batch-rows.js';
import type { TransferRow } from '../transfers/transfers.projection.js';
import { jsonList, preparedQuery, withDates } from '../runtime/read-sql.js';
import type { StoredReferral } from '../referrals/referral-row.js';

/** How long a closed referral stays in the receiving agency's queue. */
export const RECENTLY_CLOSED_DAYS = 30;

export type QueuedReferral = Pick<
  StoredReferral,
  | 'referral_id'
  | 'case_id'
  | 'from_agency'
  | 'to_agency'
  | 'service'
  | 'status'
  | 'sent_at'
  | 'response_deadline'
  | 'answered_at'
  | 'completed_at'
  | 'outcome'
  | 'updated_at'
> & {
  /** The case's registration number (`KT-2026-0042`), as people name it; null for a case opened before numbers. */
  registration_number: string | null;
};

/** An open referral whose receiver no longer acts, with the merger the directory records, if any. */
export type ReroutableReferral = Pick<
  StoredReferral,
  'referral_id' | 'case_id' | 'from_agency' | 'to_agency' | 'service' | 'status' | 'sent_at' | 'response_deadline' | 'answered_at'
> & { merged_into: string | null; receiver_unknown: boolean };

export type QueuedTransfer = Pick<Stored<TransferRow, 'requested_at'>, 'transfer_id' | 'case_id' | 'from_agency' | 'to_agency' | 'status' | 'requested_at'> & {
  stage: string | null;
  registration_number: string | null;
};

export interface QueuedCase {
  case_id: string;
  registration_number: string | null;
  /** The caseworker who carries it; null: nobody. */
  assignee: string | null;
  /** Carried by the caller. */
  mine: boolean;
  stage: string;
  flags: unknown;
  next_action: unknown;
  open_referrals: number;
  opened_at: Date;
  updated_at: Date;
  due_kind: string | null;
  due_at: Date | null;
}

export interface QueuedFault {
  case_id: string;
  projections: string[];
  since: Date;
}

export interface AgencyQueueLists {
  incoming: QueuedReferral[];
  overdue: QueuedReferral[];
  inProgress: QueuedReferral[];
  recentlyClosed: QueuedReferral[];
  awaitingOthers: QueuedReferral[];
  reroute: ReroutableReferral[];
  incomingTransfers: QueuedTransfer[];
  outgoingTransfers: QueuedTransfer[];
  cases: QueuedCase[];
  faults: QueuedFault[];
}

export interface AgencyQueueRequest {
  agency: string;
  service: string | null;
  stage: string | null;
  limit: number;
  offset: number;
  /** Referrals whose receiver no longer acts are the owning agency's supervisors' to re-route. */
  withReroute: boolean;
  /** The caller: the cases assigned to them come first. */
  userId: string;
}

/** One caseworker's load in the team view, or (`user_id` null) the agency's open cases nobody carries. */
export interface TeamMember {
  user_id: string | null;
  name: string | null;
  /** Whether the directory still has them as an active caseworker of the agency (false: reassign their cases). */
  assignable: boolean;
  open_cases: number;
  /** Running clocks of their open cases past due, and clocks the sweep marked overdue. */
  overdue_items: number;
}

const referralList = (where: string, order: string) =>
  jsonList(
    `SELECT referral_id, case_id, from_agency, to_agency, service, status, sent_at, response_deadline, answered_at,
            completed_at, outcome, updated_at,
            (SELECT s.registration_number FROM rm_case_summaries s WHERE s.case_id = rm_referrals.case_id) AS registration_number
     FROM rm_referrals WHERE ${where} AND ($2::text IS NULL OR service = $2)
     ORDER BY ${order} LIMIT $3 OFFSET $4`,
    order,
  );

// Transfers are few and each one is urgent: never filtered by service (a transfer hands over the whole case).
const transferList = (where: string) =>
  jsonList(
    `SELECT t.transfer_id, t.case_id, t.from_agency, t.to_agency, t.status, t.requested_at, s.stage, s.registration_number
     FROM rm_transfers t LEFT JOIN rm_case_summaries s ON s.case_id = t.case_id
     WHERE ${where} AND t.status = 'requested' ORDER BY t.requested_at LIMIT $3 OFFSET $4`,
    'requested_at',
  );

// The sending side of a referral is the case's owner now (after a transfer, the new owner): derived, never written over the sender.
// The caller's cases are listed once (an InitPlan) and the referrals looked up by them: written as EXISTS, the
// planner could probe the owner's cases again for every sent referral of the country (about 100 ms at 1,200).
const CALLER_CASES = `ARRAY(SELECT s.case_id FROM rm_case_summaries s WHERE s.owner_agency = $1)`;
const OWNED_BY_CALLER = `rm_referrals.case_id = ANY(${CALLER_CASES})`;

/** Every list of the queue in one statement: one round trip and one snapshot, so the lists agree with each other. */
const QUEUE_SQL = `SELECT
     ${referralList(`to_agency = $1 AND status = 'sent'`, 'response_deadline')} AS incoming,
     ${referralList(`to_agency = $1 AND status = 'sent' AND response_deadline < now()`, 'response_deadline')} AS overdue,
     ${referralList(`to_agency = $1 AND status = 'accepted'`, 'answered_at')} AS in_progress,
     ${referralList(`to_agency = $1 AND status NOT IN ('sent', 'accepted') AND updated_at > now() - interval '${RECENTLY_CLOSED_DAYS} days'`, 'updated_at DESC')} AS recently_closed,
     ${referralList(`status = 'sent' AND ${OWNED_BY_CALLER}`, 'response_deadline')} AS awaiting_others,
     ${jsonList(
       `SELECT r.referral_id, r.case_id, r.from_agency, r.to_agency, r.service, r.status, r.sent_at, r.response_deadline, r.answered_at,
               a.merged_into, a.code IS NULL AS receiver_unknown
        FROM rm_referrals r LEFT JOIN agencies a ON a.code = r.to_agency
        WHERE r.status IN ('sent', 'accepted') AND $6 AND (a.code IS NULL OR NOT a.active)
          AND r.case_id = ANY(${CALLER_CASES})
        ORDER BY r.sent_at LIMIT $3 OFFSET $4`,
       'sent_at',
     )} AS reroute,
     ${transferList('t.to_agency = $1')} AS incoming_transfers,
     ${transferList('t.from_agency = $1')} AS outgoing_transfers,
     ${jsonList(
       `SELECT s.case_id, s.registration_number, s.assignee, coalesce(s.assignee = $7, false) AS mine, s.stage, s.flags, s.next_action, s.open_referrals,
               s.opened_at, s.updated_at, d.kind AS due_kind, d.due_at
        FROM rm_case_summaries s
        LEFT JOIN LATERAL (
          SELECT kind, due_at FROM rm_deadlines WHERE case_id = s.case_id AND status IN ('running', 'overdue') ORDER BY due_at LIMIT 1
        ) d ON true
        WHERE s.owner_agency = $1 AND s.status = 'open' AND ($5::text IS NULL OR s.stage = $5)
        ORDER BY coalesce(s.assignee = $7, false) DESC, d.due_at NULLS LAST, s.updated_at DESC LIMIT $3 OFFSET $4`,
       // The caller's own cases first, then the agency's by their next deadline.
       'mine DESC, due_at NULLS LAST, updated_at DESC',
     )} AS cases,
     ${jsonList(
       // A case whose summary was never projected is flagged to the agency that acted in the parked event.
       `SELECT p.case_id, array_agg(DISTINCT p.projection ORDER BY p.projection) AS projections, min(p.parked_at) AS since
        FROM projection_parked_events p LEFT JOIN rm_case_summaries s ON s.case_id = p.case_id
        WHERE p.state = 'parked' AND p.case_id IS NOT NULL AND (s.owner_agency = $1 OR (s.case_id IS NULL AND p.agency = $1))
        GROUP BY p.case_id ORDER BY min(p.parked_at) LIMIT $3`,
       'since',
     )} AS faults`;

/** A clock past its time: the sweep marked it, or it still runs past due. */
const OVERDUE_CLOCK = `(d.status = 'overdue' OR (d.status = 'running' AND d.due_at < now()))`;

/**
 * Per caseworker of the agency (active ones, and anyone still carrying one of its open cases), the open cases they
 * carry and the overdue clocks of those cases; then the open cases nobody carries. One statement, one snapshot.
 */
const TEAM_SQL = `WITH members AS (
     SELECT user_id FROM users WHERE agency = $1 AND role = 'caseworker' AND active
     UNION SELECT assignee FROM rm_case_summaries WHERE owner_agency = $1 AND status = 'open' AND assignee IS NOT NULL
   ), load AS (
     SELECT s.assignee, count(DISTINCT s.case_id)::int AS open_cases, count(d.deadline_id)::int AS overdue_items
     FROM rm_case_summaries s LEFT JOIN rm_deadlines d ON d.case_id = s.case_id AND ${OVERDUE_CLOCK}
     WHERE s.owner_agency = $1 AND s.status = 'open'
     GROUP BY s.assignee
   )
   SELECT m.user_id, u.name, coalesce(u.active AND u.agency = $1 AND u.role = 'caseworker', false) AS assignable,
          coalesce(l.open_cases, 0) AS open_cases, coalesce(l.overdue_items, 0) AS overdue_items
   FROM members m LEFT JOIN users u ON u.user_id = m.user_id LEFT JOIN load l ON l.assignee = m.user_id
   UNION ALL
   SELECT NULL, NULL, false, coalesce(l.open_cases, 0), coalesce(l.overdue_items, 0)
   FROM (SELECT 1) one LEFT JOIN load l ON l.assignee IS NULL
   ORDER BY 1 NULLS LAST`;

/** How long an open case may go without an event before the supervisor's inbox lists it as waiting long. */
export const WAITING_LONG_DAYS = 14;

/** The latest timeline row of an event type for the case `s`: what is being approved, as recorded (facts, sealed reason). */
const latestEntry = (type: string) =>
  `LEFT JOIN LATERAL (
     SELECT t.facts, t.reason, t.actor, t.occurred_at FROM rm_case_timeline t
     WHERE t.case_id = s.case_id AND t.event_type = '${type}' ORDER BY t.revision DESC LIMIT 1
   ) e ON true`;

/**
 * What awaits a supervisor of the agency, in one statement: approvals (the latest recorded assessment not yet
 * approved, closure requests, cases waiting for a reintegration plan) with what is asked shown whole, escalations
 * (expired referrals not followed by a new one, services past their 7-day start), and open cases waiting long.
 */
const SUPERVISOR_INBOX_SQL = `SELECT
     ${jsonList(
       `SELECT s.case_id, s.registration_number, s.stage, s.victim_initials, e.facts, e.actor AS requested_by, e.occurred_at AS requested_at
        FROM rm_case_summaries s ${latestEntry('AssessmentRecorded')}
        WHERE s.owner_agency = $1 AND s.status = 'open' AND 'assessment_unapproved' = ANY(s.flags)
        ORDER BY e.occurred_at NULLS LAST LIMIT $3`,
       'requested_at NULLS LAST',
     )} AS assessments,
     ${jsonList(
       `SELECT s.case_id, s.registration_number, s.stage, s.victim_initials, e.facts, e.reason, e.actor AS requested_by, e.occurred_at AS requested_at
        FROM rm_case_summaries s ${latestEntry('ClosureRequested')}
        WHERE s.owner_agency = $1 AND s.status = 'open' AND 'closure_requested' = ANY(s.flags)
        ORDER BY e.occurred_at NULLS LAST LIMIT $3`,
       'requested_at NULLS LAST',
     )} AS closures,
     ${jsonList(
       `SELECT s.case_id, s.registration_number, s.stage, s.victim_initials, s.updated_at AS since
        FROM rm_case_summaries s
        WHERE s.owner_agency = $1 AND s.status = 'open' AND s.next_action = 'approve_reintegration_plan'
        ORDER BY s.updated_at LIMIT $3`,
       'since',
     )} AS reintegration_plans,
     ${jsonList(
       `SELECT r.referral_id, r.case_id, s.registration_number, r.to_agency, r.service, r.reason, r.shares_identity, r.sent_at, r.response_deadline, r.updated_at AS expired_at
        FROM rm_referrals r JOIN rm_case_summaries s ON s.case_id = r.case_id
        WHERE s.owner_agency = $1 AND s.status = 'open' AND r.status = 'expired' AND 'referral_expired' = ANY(s.flags)
        ORDER BY r.updated_at LIMIT $3`,
       'expired_at',
     )} AS expired_referrals,
     ${jsonList(
       `SELECT d.case_id, s.registration_number, d.subject_id, d.responsible_agency, d.due_at, d.status
        FROM rm_deadlines d JOIN rm_case_summaries s ON s.case_id = d.case_id
        WHERE s.owner_agency = $1 AND s.status = 'open' AND d.kind = 'service_start' AND ${OVERDUE_CLOCK}
        ORDER BY d.due_at LIMIT $3`,
       'due_at',
     )} AS overdue_services,
     ${jsonList(
       `SELECT s.case_id, s.registration_number, s.stage, s.victim_initials, s.assignee, s.next_action, s.updated_at
        FROM rm_case_summaries s
        WHERE s.owner_agency = $1 AND s.status = 'open' AND s.updated_at < now() - make_interval(days => $2)
        ORDER BY s.updated_at LIMIT $3`,
       'updated_at',
     )} AS waiting_long`;

export interface SupervisorInbox {
  assessments: Array<Record<string, unknown>>;
  closures: Array<Record<string, unknown>>;
  reintegrationPlans: Array<Record<string, unknown>>;
  expiredReferrals: Array<Record<string, unknown>>;
  overdueServices: Array<Record<string, unknown>>;
  waitingLong: Array<Record<string, unknown>>;
}

const REFERRAL_TIMES = ['sent_at', 'response_deadline', 'answered_at', 'completed_at', 'updated_at'];

/**
 * What an agency has to do, read from the referrals, transfers, case summaries and deadlines read models: the
 * referrals and transfers it must answer, its work in progress, its open cases with their next deadline.
 */
export class AgencyQueueQueries {
  constructor(private readonly dataSource: DataSource) {}

  async lists(request: AgencyQueueRequest): Promise<AgencyQueueLists> {
    const [lists] = (await preparedQuery(this.dataSource, 'queue_lists', QUEUE_SQL, [
      request.agency,
      request.service,
      request.limit,
      request.offset,
      request.stage,
      request.withReroute,
      request.userId,
    ])) as Array<Record<string, Array<Record<string, unknown>>>>;
    const referrals = (rows: Array<Record<string, unknown>>) => rows.map((row) => withDates(row, REFERRAL_TIMES) as unknown as QueuedReferral);
    const transfers = (rows: Array<Record<string, unknown>>) => rows.map((row) => withDates(row, ['requested_at']) as unknown as QueuedTransfer);
    return {
      incoming: referrals(lists.incoming),
      overdue: referrals(lists.overdue),
      inProgress: referrals(lists.in_progress),
      recentlyClosed: referrals(lists.recently_closed),
      awaitingOthers: referrals(lists.awaiting_others),
      reroute: lists.reroute.map((row) => withDates(row, ['sent_at', 'response_deadline', 'answered_at']) as unknown as ReroutableReferral),
      incomingTransfers: transfers(lists.incoming_transfers),
      outgoingTransfers: transfers(lists.outgoing_transfers),
      cases: lists.cases.map((row) => withDates(row, ['opened_at', 'updated_at', 'due_at']) as unknown as QueuedCase),
      faults: lists.faults.map((row) => withDates(row, ['since']) as unknown as QueuedFault),
    };
  }

  /** What awaits a supervisor of the agency: approvals, escalations and cases waiting long (each list oldest first). */
  async supervisorInbox(agency: string, limit: number, waitingDays = WAITING_LONG_DAYS): Promise<SupervisorInbox> {
    const [lists] = (await preparedQuery(this.dataSource, 'queue_supervisor_inbox', SUPERVISOR_INBOX_SQL, [agency, waitingDays, limit])) as Array<
      Record<string, Array<Record<string, unknown>>>
    >;
    return {
      assessments: lists.assessments,
      closures: lists.closures,
      reintegrationPlans: lists.reintegration_plans,
      expiredReferrals: lists.expired_referrals,
      overdueServices: lists.overdue_services,
      waitingLong: lists.waiting_long,
    };
  }

  /** The supervisor's view of her agency: each caseworker's open cases and overdue items, and the cases nobody carries (last). */
  team(agency: string): Promise<TeamMember[]> {
    return preparedQuery<TeamMember & Record<string, unknown>>(this.dataSource, 'queue_team', TEAM_SQL, [agency]);
  }
}
