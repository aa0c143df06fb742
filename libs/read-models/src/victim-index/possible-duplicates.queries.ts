import type { DuplicateDecision } from '@rujukan/domain';
import type { DataSource } from 'typeorm';

/** A possible duplicate as one owning agency's supervisor sees it: its own case, and of the other only whom to call. */
export interface PossibleDuplicate {
  matchId: string;
  /** `nik` or `name_birth_year`. */
  basis: string;
  foundAt: Date;
  ownCase: { caseId: string; registrationNumber: string | null };
  otherCase: { registrationNumber: string | null; agency: { code: string; name: string | null; email: string | null } };
  decision: { decision: DuplicateDecision; agency: string; at: Date } | null;
}

// $1 the supervisor's agency. Each pair is listed once per side the agency owns (both, when it owns both cases).
const LIST_SQL = `SELECT d.match_id, d.basis, d.found_at, d.decision, d.decided_agency, d.decided_at,
    mine.case_id AS own_case_id, mine.registration_number AS own_number,
    other.registration_number AS other_number, other.owner_agency AS other_agency, a.name AS other_agency_name, a.email AS other_agency_email
  FROM possible_duplicates d
  JOIN LATERAL (VALUES (d.case_id, d.other_case_id), (d.other_case_id, d.case_id)) AS pair(own_id, other_id) ON true
  JOIN rm_case_summaries mine ON mine.case_id = pair.own_id AND mine.owner_agency = $1
  JOIN rm_case_summaries other ON other.case_id = pair.other_id
  LEFT JOIN agencies a ON a.code = other.owner_agency
  ORDER BY d.found_at DESC, d.match_id, mine.case_id
  LIMIT $2 OFFSET $3`;

/** The possible duplicates of the cases an agency owns, and its supervisors' decisions on them. */
export class PossibleDuplicatesQueries {
  constructor(private readonly dataSource: DataSource) {}

  async forAgency(agency: string, page: { limit: number; offset: number }): Promise<PossibleDuplicate[]> {
    const rows = (await this.dataSource.query(LIST_SQL, [agency, page.limit, page.offset])) as Array<Record<string, unknown>>;
    return rows.map((row) => ({
      matchId: String(row.match_id),
      basis: String(row.basis),
      foundAt: row.found_at as Date,
      ownCase: { caseId: String(row.own_case_id), registrationNumber: (row.own_number as string | null) ?? null },
      otherCase: {
        registrationNumber: (row.other_number as string | null) ?? null,
        agency: {
          code: String(row.other_agency),
          name: (row.other_agency_name as string | null) ?? null,
          email: (row.other_agency_email as string | null) ?? null,
        },
      },
      decision: row.decision === null ? null : { decision: row.decision as DuplicateDecision, agency: String(row.decided_agency), at: row.decided_at as Date },
    }));
  }

  /**
   * Records a supervisor's decision on a match that concerns a case of her agency: linked (one person, the two
   * agencies work together) or not the same person. Later decisions replace earlier ones. False: no such match for her.
   */
  async decide(matchId: string, agency: string, decision: DuplicateDecision, by: string, at: Date): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `UPDATE possible_duplicates d SET decision = $3, decided_by = $4, decided_agency = $2, decided_at = $5
       WHERE d.match_id = $1 AND EXISTS (SELECT 1 FROM rm_case_summaries s WHERE s.case_id IN (d.case_id, d.other_case_id) AND s.owner_agency = $2)
       RETURNING d.match_id`,
      [matchId, agency, decision, by, at],
    )) as unknown[];
    return (Array.isArray(rows[0]) ? (rows[0] as unknown[]) : rows).length > 0;
  }
}
