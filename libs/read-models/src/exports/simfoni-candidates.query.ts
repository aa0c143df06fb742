import type { SqlRunner } from '../runtime/sql-runner.js';

/** A case an agency owns, with the categories the statistics projection holds for it. */
export interface SimfoniCandidate {
  exploitationTypes: string[];
  destinationCountry: string | null;
  victimStatus: string | null;
}

/**
 * The cases the read model says an agency owns, identified between two WIB days: only candidates, since who owns a
 * case and what its victim consented to are decided again on its events before anything is read.
 */
export async function simfoniCandidates(db: SqlRunner, ownerAgency: string, from: string | null, to: string | null): Promise<Map<string, SimfoniCandidate>> {
  const rows = (await db.query(
    `SELECT c.case_id::text AS case_id, s.exploitation_types, s.destination_country, s.victim_status
       FROM rm_case_summaries c LEFT JOIN rm_stats_cases s ON s.case_id = c.case_id
      WHERE c.owner_agency = $1
        AND ($2::date IS NULL OR s.opened_at >= $2::date::timestamp AT TIME ZONE 'Asia/Jakarta')
        AND ($3::date IS NULL OR s.opened_at < ($3::date + 1)::timestamp AT TIME ZONE 'Asia/Jakarta')
      ORDER BY c.case_id`,
    [ownerAgency, from, to],
  )) as Array<{ case_id: string; exploitation_types: string[] | null; destination_country: string | null; victim_status: string | null }>;
  return new Map(
    rows.map((r) => [r.case_id, { exploitationTypes: r.exploitation_types ?? [], destinationCountry: r.destination_country, victimStatus: r.victim_status }]),
  );
}

/** The candidates for the API's route. */
export class SimfoniCandidateQueries {
  constructor(private readonly dataSource: SqlRunner) {}

  candidates(ownerAgency: string, from: string | null, to: string | null): Promise<Map<string, SimfoniCandidate>> {
    return simfoniCandidates(this.dataSource, ownerAgency, from, to);
  }
}
