import { VictimIndex, type BlindIndexKind } from '@rujukan/application';
import type { DataSource } from 'typeorm';

/** The kinds that say two registrations may be one person: the same NIK, or the same name and birth year. */
const DUPLICATE_KINDS: readonly BlindIndexKind[] = ['nik', 'name_birth_year'];

/**
 * `victim_blind_index`: each registered victim's tokens (replaced when the victim is registered again, deleted on
 * erasure with the key). Recording them also records each other case sharing a NIK or a name and birth year in
 * `possible_duplicates`, for the supervisors of both owning agencies.
 */
export class PgVictimIndex extends VictimIndex {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  /**
   * One statement (it runs on the command's path): the case's other tokens go, its new ones are added (one already
   * there stays, so nothing is deleted and re-inserted in the same statement), and each other case holding one of its
   * NIK or name-and-birth-year tokens is recorded as a possible match. The match query reads the index as it was before
   * this statement, which is what it needs: only other cases' tokens.
   */
  async record(caseId: string, tokens: ReadonlyArray<{ kind: BlindIndexKind; token: Buffer }>): Promise<void> {
    const matching = tokens.filter((t) => DUPLICATE_KINDS.includes(t.kind));
    await this.dataSource.query(
      `WITH gone AS (
         DELETE FROM victim_blind_index WHERE case_id = $1::uuid AND NOT (token = ANY($2::bytea[]))
       ), added AS (
         INSERT INTO victim_blind_index (token, case_id, kind) SELECT t.token, $1::uuid, t.kind FROM unnest($2::bytea[], $3::text[]) AS t(token, kind)
         ON CONFLICT DO NOTHING
       )
       INSERT INTO possible_duplicates (case_id, other_case_id, basis)
       SELECT DISTINCT ON (b.case_id) least($1::uuid, b.case_id), greatest($1::uuid, b.case_id), b.kind
       FROM victim_blind_index b WHERE b.token = ANY($4::bytea[]) AND b.case_id <> $1::uuid
       ORDER BY b.case_id, b.kind = 'nik' DESC
       ON CONFLICT DO NOTHING`,
      [caseId, tokens.map((t) => t.token), tokens.map((t) => t.kind), matching.map((t) => t.token)],
    );
  }
}
