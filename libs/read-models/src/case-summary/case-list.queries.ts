import type { CaseRelationship } from '@rujukan/domain';
import type { DataSource } from 'typeorm';
import { relationshipFrom, relationshipSql, visibleCaseSql, type CaseSummaryRecord } from './case-summary.queries.js';

/** What `GET /cases` filters on; every filter narrows, none given lists every case the agency may see. */
export interface CaseListFilters {
  stage?: string;
  status?: 'open' | 'closed';
  /** Cases with a referral in this state that the agency may see (its own, or any when it owns the case). */
  referralStatus?: string;
  /** Cases with a clock past due that the agency answers for (any, for the owner). */
  overdue?: boolean;
  /** ISO dates, inclusive. */
  openedFrom?: string;
  openedTo?: string;
}

/**
 * A search: the text as typed (a registration number, initials or a police report number, matched as recorded) and
 * its blind-index tokens (name words, NIK, phone), which only the owning agency's cases are matched on.
 */
export interface CaseSearch {
  text: string;
  /** Each must be among the case's tokens: every word of a name. */
  allOf: Buffer[];
  /** One is enough: a NIK or a phone number. */
  anyOf: Buffer[];
}

export interface ListedCase {
  row: CaseSummaryRecord;
  relationship: CaseRelationship;
}

/** $1 agency, $2 the services whose receivers see the legal track (`CASE_SECTIONS_BY_SERVICE`), then the filters. */
const FILTERS_SQL = `${visibleCaseSql('$1')}
  AND ($3::text IS NULL OR s.stage = $3)
  AND ($4::text IS NULL OR s.status = $4)
  AND ($5::text IS NULL OR EXISTS (SELECT 1 FROM rm_referrals r WHERE r.case_id = s.case_id AND r.status = $5
        AND (s.owner_agency = $1 OR r.to_agency = $1 OR r.from_agency = $1)))
  AND (NOT $6::boolean OR EXISTS (SELECT 1 FROM rm_deadlines d WHERE d.case_id = s.case_id AND d.status = 'overdue'
        AND (s.owner_agency = $1 OR d.responsible_agency = $1)))
  AND ($7::date IS NULL OR s.opened_at >= $7::date)
  AND ($8::date IS NULL OR s.opened_at < $8::date + 1)`;

/** Working on the case now: what sees the victim's profile (owner, open referral, transfer asked of it). */
const WORKING_SQL = `(s.owner_agency = $1 OR EXISTS (SELECT 1 FROM rm_transfers t WHERE t.case_id = s.case_id AND t.to_agency = $1 AND t.status = 'requested')
  OR EXISTS (SELECT 1 FROM rm_referrals r WHERE r.case_id = s.case_id AND r.to_agency = $1 AND r.status IN ('sent', 'accepted')))`;
const SEES_LEGAL_SQL = `(s.owner_agency = $1 OR EXISTS (SELECT 1 FROM rm_transfers t WHERE t.case_id = s.case_id AND t.to_agency = $1 AND t.status = 'requested')
  OR EXISTS (SELECT 1 FROM rm_referrals r WHERE r.case_id = s.case_id AND r.to_agency = $1 AND r.status IN ('sent', 'accepted') AND r.service = ANY($2::text[])))`;

/** The page of `matched`, whole rows and the caller's relationship for those only; the total counted apart. */
const PAGE_OF_MATCHED_SQL = `, page AS (SELECT case_id FROM matched ORDER BY opened_at DESC, case_id LIMIT $9 OFFSET $10)
  SELECT s.*, ${relationshipSql('$1')}, (SELECT count(*) FROM matched) AS total
  FROM page p JOIN rm_case_summaries s ON s.case_id = p.case_id
  ORDER BY s.opened_at DESC, s.case_id`;

/**
 * Found through indexes only: the number, initials and police report numbers of the summaries, and the victims' blind
 * index, each a lookup; the candidates are then cut to what the agency may see and the filters. A hit by initials
 * counts only where the agency sees the victim's profile, by a police report only where it sees the legal track, by
 * name, NIK or phone only in its own cases.
 */
const SEARCH_SQL = `WITH hits AS (
    SELECT case_id, false AS by_identity, 'number' AS hit FROM rm_case_summaries WHERE registration_number = upper($11)
    UNION ALL SELECT case_id, false, 'initials' FROM rm_case_summaries WHERE victim_initials = upper($11)
    UNION ALL SELECT case_id, false, 'police_report' FROM rm_case_summaries WHERE legal->'policeReports' ? $11
    UNION ALL SELECT case_id, true, 'identity' FROM victim_blind_index WHERE token = ANY($13::bytea[])
    UNION ALL SELECT case_id, true, 'identity' FROM victim_blind_index WHERE cardinality($12::bytea[]) > 0 AND token = ANY($12::bytea[])
      GROUP BY case_id HAVING count(*) = cardinality($12::bytea[])
  ), found AS (
    SELECT case_id, bool_or(hit = 'number') AS by_number, bool_or(hit = 'initials') AS by_initials,
           bool_or(hit = 'police_report') AS by_police_report, bool_or(by_identity) AS by_identity
    FROM hits GROUP BY case_id
  ), matched AS (
    SELECT s.case_id, s.opened_at FROM found f JOIN rm_case_summaries s ON s.case_id = f.case_id
    WHERE ${FILTERS_SQL}
      AND (f.by_number OR (f.by_initials AND ${WORKING_SQL}) OR (f.by_police_report AND ${SEES_LEGAL_SQL}) OR (f.by_identity AND s.owner_agency = $1))
  )
  ${PAGE_OF_MATCHED_SQL}`;

/** Every case the agency may see, gathered by index (owned, formerly owned, asked to take over, referred), then filtered. */
const LIST_SQL = `WITH candidates AS (
    SELECT case_id FROM rm_case_summaries WHERE owner_agency = $1
    UNION SELECT case_id FROM rm_case_summaries WHERE former_owners @> ARRAY[$1::text]
    UNION SELECT case_id FROM rm_transfers WHERE to_agency = $1 AND status = 'requested'
    UNION SELECT case_id FROM rm_referrals WHERE to_agency = $1
  ), matched AS (
    SELECT s.case_id, s.opened_at FROM candidates c JOIN rm_case_summaries s ON s.case_id = c.case_id WHERE ${FILTERS_SQL} AND $2::text[] IS NOT NULL
  )
  ${PAGE_OF_MATCHED_SQL}`;

/** `GET /cases`: the cases an agency may see, filtered, newest first, a page at a time; or those a search finds. */
export class CaseListQueries {
  constructor(private readonly dataSource: DataSource) {}

  async list(
    agency: string,
    legalServices: readonly string[],
    filters: CaseListFilters,
    page: { limit: number; offset: number },
    search?: CaseSearch,
  ): Promise<{ total: number; cases: ListedCase[] }> {
    const params: unknown[] = [
      agency,
      [...legalServices],
      filters.stage ?? null,
      filters.status ?? null,
      filters.referralStatus ?? null,
      filters.overdue === true,
      filters.openedFrom ?? null,
      filters.openedTo ?? null,
      page.limit,
      page.offset,
    ];
    const sql = search ? SEARCH_SQL : LIST_SQL;
    if (search) params.push(search.text.trim(), search.allOf, search.anyOf);
    const rows = (await this.dataSource.query(sql, params)) as Array<Record<string, unknown>>;
    // An offset past the end has no rows to carry the total: counted again without the page.
    const total = rows.length > 0 ? Number(rows[0].total) : page.offset > 0 ? await this.count(sql, params) : 0;
    return {
      total,
      cases: rows.map((row) => ({ row, relationship: relationshipFrom(row) })),
    };
  }

  private async count(sql: string, params: unknown[]): Promise<number> {
    const rows = (await this.dataSource.query(
      sql,
      params.map((value, i) => (i === 9 ? 0 : i === 8 ? 1 : value)),
    )) as Array<{ total: string }>;
    return rows.length > 0 ? Number(rows[0].total) : 0;
  }

  /** The case a registration number names, from the log's own index (no projection lag); null when none. */
  async caseIdOfNumber(registrationNumber: string): Promise<string | null> {
    const [row] = (await this.dataSource.query(
      `SELECT data->>'caseId' AS case_id FROM events WHERE type = 'CaseOpened' AND data->'registration'->>'number' = $1 LIMIT 1`,
      [registrationNumber],
    )) as Array<{ case_id: string }>;
    return row?.case_id ?? null;
  }

  /** The case whose id begins with these 8 hex digits (the short id the console shows), when exactly one does. */
  async caseIdOfShortId(shortId: string): Promise<string | null> {
    const low = `${shortId.toLowerCase()}-0000-0000-0000-000000000000`;
    const high = `${shortId.toLowerCase()}-ffff-ffff-ffff-ffffffffffff`;
    const rows = (await this.dataSource.query(`SELECT case_id::text FROM rm_case_summaries WHERE case_id BETWEEN $1::uuid AND $2::uuid LIMIT 2`, [
      low,
      high,
    ])) as Array<{ case_id: string }>;
    return rows.length === 1 ? rows[0].case_id : null;
  }
}
