import type { CaseRelationship } from '@rujukan/domain';
import type { DataSource } from 'typeorm';
import type { WrappedKey } from '@rujukan/application';
import { caseReadLogged, type CaseReader } from '../access-log/access-log.js';
import { VICTIM_KEY_COLUMNS, victimKeyOf } from '../identity/pg-data-key-store.js';
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
 * The case's referrals, running clocks and transfers as three columns, over the `served` row of the case: one snapshot.
 * A referral's row, with its sender's sealed reason (what the receiver is asked to do), reaches only the owner and the
 * two agencies of that referral, as a transfer's reason reaches only its two agencies. $1 = case id, $2 = the agency.
 */
const CASE_LISTS_COLUMNS = `
   ${jsonList(
     `SELECT referral_id, from_agency, to_agency, to_agency_type, service, status, sent_at, response_deadline, answered_at,
             completed_at, outcome, reason, answer_reason
      FROM rm_referrals WHERE case_id = $1 AND (served.viewer_owns OR to_agency = $2 OR from_agency = $2)`,
     'sent_at',
   )} AS list_referrals,
   ${jsonList(
     `SELECT kind, subject_id, responsible_agency, due_at, status FROM rm_deadlines
      WHERE case_id = $1 AND status IN ('running', 'overdue') AND (served.viewer_owns OR responsible_agency = $2)`,
     'due_at',
   )} AS list_deadlines,
   ${jsonList(
     `SELECT transfer_id, from_agency, to_agency, status, reason, requested_at, answered_at, answer_reason
      FROM rm_transfers WHERE case_id = $1 AND (served.viewer_owns OR to_agency = $2 OR from_agency = $2)`,
     'requested_at',
   )} AS list_transfers`;

/**
 * The summary row, the caller's relationship, the lists the owner (`viewer_owns`) or the caller's agency may see, and the
 * access-log row of the read: one statement. `VISIBLE_SQL` holds exactly when `caseViewFor` grants some access to a role
 * that reads cases, and the owner is the one who sees everything, so what is logged is what is served.
 */
const CASE_READ_SQL = `WITH served AS (
    SELECT s.*, (SELECT u.name FROM users u WHERE u.user_id = s.assignee) AS assignee_name, ${RELATIONSHIP_SQL}
    FROM rm_case_summaries s WHERE s.case_id = $1 AND ${VISIBLE_SQL}
  ), ${caseReadLogged('case.read', 'served')}
  SELECT served.*, ${CASE_LISTS_COLUMNS}, ${VICTIM_KEY_COLUMNS} FROM served LEFT JOIN victim_keys vk ON vk.case_id = $1`;

/** The caller's relationship to the case, the access-log row of a timeline read and the case's key: one statement. */
const TIMELINE_ACCESS_SQL = `WITH served AS (
    SELECT ${RELATIONSHIP_SQL} FROM rm_case_summaries s WHERE s.case_id = $1 AND ${VISIBLE_SQL}
  ), ${caseReadLogged('case.timeline', 'served')}
  SELECT served.*, ${VICTIM_KEY_COLUMNS} FROM served LEFT JOIN victim_keys vk ON vk.case_id = $1`;

/** What one read of a case found: its summary row, the caller's relationship, its lists, and the victim's key as stored. */
export interface CaseRead {
  row: CaseSummaryRecord;
  relationship: CaseRelationship;
  lists: CaseLists;
  /** For `IdentityVault.openTexts`: the key the same statement read (null: none yet; `destroyed`: erased). */
  victimKey: WrappedKey | 'destroyed' | null;
}

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

  /**
   * The summary row with the caller's relationship to the case and the case's lists as it may see them, its read
   * recorded in the access log by the same statement; null (and nothing recorded) when the case is none the agency
   * may see. The owner sees every referral, clock and transfer; anyone else those it sent, received or is asked to take.
   */
  async read(caseId: string, reader: CaseReader): Promise<CaseRead | null> {
    const [row] = await preparedQuery<Record<string, unknown>>(this.dataSource, 'case_read', CASE_READ_SQL, [caseId, reader.agency, reader.actor, reader.role]);
    if (!row) return null;
    const { list_referrals, list_deadlines, list_transfers, victim_key_case, victim_key_master, victim_key_wrapped, ...summary } = row as Record<
      string,
      Array<Record<string, unknown>>
    >;
    return {
      victimKey: victimKeyOf({ victim_key_case, victim_key_master, victim_key_wrapped }),
      row: summary,
      relationship: relationshipFrom(summary),
      lists: {
        referrals: list_referrals.map((r) => withDates(r, ['sent_at', 'response_deadline', 'answered_at', 'completed_at'])),
        deadlines: list_deadlines.map((d) => withDates(d, ['due_at'])),
        transfers: list_transfers.map((t) => withDates(t, ['requested_at', 'answered_at'])),
      },
    };
  }

  /** The caller's relationship to the case, its timeline read recorded by the same statement; null (nothing recorded) when the case is none the agency may see. */
  async timelineAccess(caseId: string, reader: CaseReader): Promise<{ relationship: CaseRelationship; victimKey: WrappedKey | 'destroyed' | null } | null> {
    const [row] = await preparedQuery<Record<string, unknown>>(this.dataSource, 'case_timeline_access', TIMELINE_ACCESS_SQL, [
      caseId,
      reader.agency,
      reader.actor,
      reader.role,
    ]);
    return row ? { relationship: relationshipFrom(row), victimKey: victimKeyOf(row) } : null;
  }
}
