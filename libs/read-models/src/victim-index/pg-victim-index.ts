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

  async record(caseId: string, tokens: ReadonlyArray<{ kind: BlindIndexKind; token: Buffer }>): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM victim_blind_index WHERE case_id = $1`, [caseId]);
      if (tokens.length === 0) return;
      await manager.query(
        `INSERT INTO victim_blind_index (token, case_id, kind) SELECT t.token, $1, t.kind FROM unnest($2::bytea[], $3::text[]) AS t(token, kind)
         ON CONFLICT DO NOTHING`,
        [caseId, tokens.map((t) => t.token), tokens.map((t) => t.kind)],
      );
      const matching = tokens.filter((t) => DUPLICATE_KINDS.includes(t.kind));
      if (matching.length === 0) return;
      // One row per pair, the smaller id first; the first basis found is kept (a NIK before a name).
      await manager.query(
        `INSERT INTO possible_duplicates (case_id, other_case_id, basis)
         SELECT DISTINCT ON (b.case_id) least($1::uuid, b.case_id), greatest($1::uuid, b.case_id), b.kind
         FROM victim_blind_index b WHERE b.token = ANY($2::bytea[]) AND b.case_id <> $1::uuid
         ORDER BY b.case_id, b.kind = 'nik' DESC
         ON CONFLICT DO NOTHING`,
        [caseId, matching.map((t) => t.token)],
      );
    });
  }
}
