import type { DataKeyStore, WrappedKey } from '@rujukan/application';
import type { SqlRunner } from '../access-log/access-log.js';

interface Row {
  case_id: string;
  master_key_id: string;
  wrapped_key: Buffer | null;
}

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

  async destroy(caseId: string, detail: { by: string; legalBasis: string; at: string }): Promise<boolean> {
    const rows = (await this.db.query(
      `INSERT INTO victim_keys (case_id, master_key_id, wrapped_key, destroyed_at, destroyed_by, legal_basis)
       VALUES ($1, 'none', NULL, $2, $3, $4)
       ON CONFLICT (case_id) DO UPDATE SET wrapped_key = NULL, destroyed_at = excluded.destroyed_at,
         destroyed_by = excluded.destroyed_by, legal_basis = excluded.legal_basis
       WHERE victim_keys.wrapped_key IS NOT NULL
       RETURNING case_id`,
      [caseId, detail.at, detail.by, detail.legalBasis],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Every key still wrapped, for rotation to a new master key. */
  async listWrapped(): Promise<WrappedKey[]> {
    const rows = (await this.db.query(`SELECT case_id::text, master_key_id, wrapped_key FROM victim_keys WHERE wrapped_key IS NOT NULL ORDER BY case_id`)) as Row[];
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
