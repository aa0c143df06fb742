import type { DataKeyStore, WrappedKey } from '@rujukan/application';
import type { SqlRunner } from '../runtime/sql-runner.js';

interface Row {
  case_id: string;
  master_key_id: string;
  wrapped_key: Buffer | null;
}

/**
 * Every process is told on this channel (payload: the case id) when a victim's key is destroyed: a process that
 * keeps unwrapped data keys in memory must LISTEN and drop that case's key. None keeps them today.
 */
export const VICTIM_KEY_ERASED_CHANNEL = 'rujukan_victim_key_erased';

/** Wrapped data keys in PostgreSQL (`victim_keys`). `db` must return rows (a TypeORM DataSource does). */
export class PgDataKeyStore implements DataKeyStore {
  constructor(private readonly db: SqlRunner) {}

  async find(caseId: string): Promise<WrappedKey | 'destroyed' | null> {
    const rows = (await this.db.query(`SELECT case_id::text, master_key_id, wrapped_key FROM victim_keys WHERE case_id = $1`, [caseId])) as Row[];
    return rows.length === 0 ? null : toKey(rows[0]);
  }

  async insertIfAbsent(key: WrappedKey): Promise<WrappedKey | 'destroyed'> {
    await this.db.query(`INSERT INTO victim_keys (case_id, master_key_id, wrapped_key) VALUES ($1, $2, $3) ON CONFLICT (case_id) DO NOTHING`, [
      key.caseId,
      key.masterKeyId,
      key.wrapped,
    ]);
    const found = await this.find(key.caseId);
    if (found === null) throw new Error(`data key of case ${key.caseId} vanished`);
    return found;
  }

  /**
   * Forgets the key for good: the row keeps who destroyed it, when and why, and the table is then rewritten, so no
   * earlier version of the row (with the wrapped key) is left in its files, as an UPDATE or DELETE alone would leave it
   * until the page is reused. WAL and backups keep copies for as long as they are kept (see the README).
   */
  async destroy(caseId: string, detail: { by: string; legalBasis: string; at: string }): Promise<boolean> {
    const rows = (await this.db.query(
      `INSERT INTO victim_keys (case_id, master_key_id, wrapped_key, destroyed_at, destroyed_by, legal_basis)
       VALUES ($1, 'none', NULL, $2, $3, $4)
       ON CONFLICT (case_id) DO UPDATE SET wrapped_key = NULL, erasing_since = NULL, destroyed_at = excluded.destroyed_at,
         destroyed_by = excluded.destroyed_by, legal_basis = excluded.legal_basis
       WHERE victim_keys.wrapped_key IS NOT NULL
       RETURNING case_id`,
      [caseId, detail.at, detail.by, detail.legalBasis],
    )) as unknown[];
    // The victim can no longer be found by name, NIK or phone: the keyed hashes go with the key.
    await this.db.query(`DELETE FROM victim_blind_index WHERE case_id = $1`, [caseId]);
    // The table is small (one short row per case): rewriting it whole is what makes the old row version go.
    await this.db.query(`VACUUM (FULL) victim_keys`);
    await this.db.query(`SELECT pg_notify($1, $2)`, [VICTIM_KEY_ERASED_CHANNEL, caseId]);
    return rows.length > 0;
  }

  async markErasing(caseId: string): Promise<void> {
    await this.db.query(`UPDATE victim_keys SET erasing_since = coalesce(erasing_since, now()) WHERE case_id = $1 AND wrapped_key IS NOT NULL`, [caseId]);
  }

  async clearErasing(caseId: string): Promise<void> {
    await this.db.query(`UPDATE victim_keys SET erasing_since = NULL WHERE case_id = $1`, [caseId]);
  }

  async erasingSince(before: Date): Promise<string[]> {
    const rows = (await this.db.query(
      `SELECT case_id::text FROM victim_keys WHERE erasing_since IS NOT NULL AND wrapped_key IS NOT NULL AND erasing_since < $1 ORDER BY erasing_since LIMIT 500`,
      [before],
    )) as Array<{ case_id: string }>;
    return rows.map((r) => r.case_id);
  }

  /** Every key still wrapped, for rotation to a new master key. */
  async listWrapped(): Promise<WrappedKey[]> {
    const rows = (await this.db.query(
      `SELECT case_id::text, master_key_id, wrapped_key FROM victim_keys WHERE wrapped_key IS NOT NULL ORDER BY case_id`,
    )) as Row[];
    return rows.map((r) => toKey(r) as WrappedKey);
  }

  /** Replaces a key's wrapping, only if it is still the one that was read (a rotation racing an erasure loses). */
  async replaceWrapping(previous: WrappedKey, next: WrappedKey): Promise<boolean> {
    const rows = (await this.db.query(
      // A SELECT around the UPDATE: TypeORM answers a bare UPDATE with [rows, count], not rows.
      `WITH changed AS (
         UPDATE victim_keys SET master_key_id = $3, wrapped_key = $4 WHERE case_id = $1 AND wrapped_key = $2 RETURNING case_id
       ) SELECT case_id FROM changed`,
      [previous.caseId, previous.wrapped, next.masterKeyId, next.wrapped],
    )) as unknown[];
    return rows.length > 0;
  }
}

function toKey(row: Row): WrappedKey | 'destroyed' {
  return row.wrapped_key === null ? 'destroyed' : { caseId: row.case_id, masterKeyId: row.master_key_id, wrapped: row.wrapped_key };
}
