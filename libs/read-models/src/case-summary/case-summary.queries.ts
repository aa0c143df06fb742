import type { CaseRelationship } from '@rujukan/domain';
import type { DataSource } from 'typeorm';
import { jsonList, preparedQuery, withDates } from '../runtime/read-sql.js';

// $1 = case id, $2 = the caller's agency.
// A transfer's target sees the case while the transfer awaits its answer (to decide on it); accepting makes it the owner.
const pendingTransferSql = (agency: string) =>
  `EXISTS (SELECT 1 FROM rm_transfers t WHERE t.case_id = s.case_id AND t.to_agency = ${agency} AND t.status = 'requested')`;
/** Whether the agency (a placeholder such as `$2`) may see the summary row `s`: the one rule for a case, a list and a search. */
export const visibleCaseSql = (agency: string) => `(s.owner_agency = ${agency} OR ${agency} = ANY(s.former_owners) OR ${pendingTransferSql(agency)}
  OR EXISTS (SELECT 1 FROM rm_referrals r WHERE r.case_id = s.case_id AND r.to_agency = ${agency}))`;
const VISIBLE_SQL = visibleCaseSql('$2');
/** The caller's own relationship to the case, and nothing of any other agency's: what `caseViewFor` decides on. */
export const relationshipSql = (agency: string) => `s.owner_agency = ${agency} AS viewer_owns, ${agency} = ANY(s.former_owners) AS viewer_formerly_owned,
  ${pendingTransferSql(agency)} AS viewer_transfer_target,
  (SELECT coalesce(json_agg(json_build_object('service', r.service, 'agencyType', r.to_agency_type, 'status', r.status,
     'sharesIdentity', r.shares_identity)), '[]') FROM rm_referrals r WHERE r.case_id = s.case_id AND r.to_agency = ${agency}) AS viewer_referrals`;
const RELATIONSHIP_SQL = relationshipSql('$2');

/**
 * The case's referrals, running clocks and transfers in one statement: one round trip, one snapshot. A referral's row,
 * with its sender's sealed reason (what the receiver is asked to do), reaches only the owner and the two agencies of
 * that referral, as a transfer's reason reaches only its two agencies.
 */
const CASE_LISTS_SQL = `SELECT
   ${jsonList(
     `SELECT referral_id, from_agency, to_agency, to_agency_type, service, status, sent_at, response_deadline, answered_at,
             completed_at, outcome, reason, answer_reason
      FROM rm_referrals WHERE case_id = $1 AND ($2 OR to_agency = $3 OR from_agency = $3)`,
     'sent_at',
   )} AS referrals,
   ${jsonList(
     `SELECT kind, subject_id, responsible_agency, due_at, status FROM rm_deadlines
      WHERE case_id = $1 AND status IN ('running', 'overdue') AND ($2 OR responsible_agency = $3)`,
     'due_at',
   )} AS deadlines,
   ${jsonList(
     `SELECT transfer_id, from_agency, to_agency, status, reason, requested_at, answered_at, answer_reason
      FROM rm_transfers WHERE case_id = $1 AND ($2 OR to_agency = $3 OR from_agency = $3)`,
     'requested_at',
   )} AS transfers`;

/** A row of `rm_case_summaries` as pg hands it back. */
export type CaseSummaryRecord = Record<string, unknown>;

/** The case's lists as the caller may see them, rows as stored, times as Date. */
export interface CaseLists {
  referrals: Array<Record<string, unknown>>;
  deadlines: Array<Record<string, unknown>>;
  transfers: Array<Record<string, unknown>>;
}

export function relationshipFrom(row: Record<string, unknown>): CaseRelationship {
  const referrals = row.viewer_referrals as Array<{ service: never; agencyType: never; status: never; sharesIdentity: boolean }>;
  return {
    owner: row.viewer_owns === true,
    formerOwner: row.viewer_formerly_owned === true,
    pendingTransferTarget: row.viewer_transfer_target === true,
    // The summary never holds identity: whether consent stands is decided by GET /identity on the events.
    referrals: referrals.map((r) => ({ ...r, sharingBasis: null })),
  };
}

/**
 * The case as each agency may see it, from the case summary read model: its owner, a former owner, the target of
 * a transfer awaiting its answer, or an agency that holds or held a referral. Any other agency finds nothing.
 */
export class CaseSummaryQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** The summary row with the caller's relationship to the case; null when the case is none the agency may see. */
  async summary(caseId: string, agency: string): Promise<{ row: CaseSummaryRecord; relationship: CaseRelationship } | null> {
    const [row] = await preparedQuery<Record<string, unknown>>(
      this.dataSource,
      'case_summary',
      `SELECT s.*, (SELECT u.name FROM users u WHERE u.user_id = s.assignee) AS assignee_name, ${RELATIONSHIP_SQL}
       FROM rm_case_summaries s WHERE s.case_id = $1 AND ${VISIBLE_SQL}`,
      [caseId, agency],
    );
    return row ? { row, relationship: relationshipFrom(row) } : null;
  }

  /** The caller's relationship to the case alone; null when the case is none the agency may see. */
  async relationship(caseId: string, agency: string): Promise<CaseRelationship | null> {
    const [row] = await preparedQuery<Record<string, unknown>>(
      this.dataSource,
      'case_access',
      `SELECT ${RELATIONSHIP_SQL} FROM rm_case_summaries s WHERE s.case_id = $1 AND ${VISIBLE_SQL}`,
      [caseId, agency],
    );
    return row ? relationshipFrom(row) : null;
  }

  /** The owner sees every referral, clock and transfer of the case (`everything`); anyone else those it sent, received or is asked to take. */
  async lists(caseId: string, everything: boolean, agency: string): Promise<CaseLists> {
    const [lists] = (await preparedQuery(this.dataSource, 'case_lists', CASE_LISTS_SQL, [caseId, everything, agency])) as Array<
      Record<string, Array<Record<string, unknown>>>
    >;
    return {
      referrals: lists.referrals.map((r) => withDates(r, ['sent_at', 'response_deadline', 'answered_at', 'completed_at'])),
      deadlines: lists.deadlines.map((d) => withDates(d, ['due_at'])),
      transfers: lists.transfers.map((t) => withDates(t, ['requested_at', 'answered_at'])),
    };
  }
}
