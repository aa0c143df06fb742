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
  constructor(
    private readonly db: SqlRunner,
    /** How long an erasure's rewrite waits for older transactions to end before leaving the rest to the sweep. */
    private readonly options: { rewriteWaitMs: number } = { rewriteWaitMs: 30_000 },
  ) {}

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
       ON CONFLICT (case_id) DO UPDATE SET wrapped_key = NULL, erasing_since = NULL, rewritten_at = NULL, destroyed_at = excluded.destroyed_at,
         destroyed_by = excluded.destroyed_by, legal_basis = excluded.legal_basis
       WHERE victim_keys.wrapped_key IS NOT NULL
       RETURNING case_id, pg_current_xact_id()::text AS xid`,
      [caseId, detail.at, detail.by, detail.legalBasis],
    )) as Array<{ case_id: string; xid: string }>;
    // The victim can no longer be found by name, NIK or phone: the keyed hashes go with the key.
    await this.db.query(`DELETE FROM victim_blind_index WHERE case_id = $1`, [caseId]);
    // Destroyed before (a retry, or a crash before its rewrite): the rewrite still has to happen, after now.
    const after = rows[0]?.xid ?? (await this.nextTransactionId());
    await this.rewrite(after, [caseId]);
    await this.db.query(`SELECT pg_notify($1, $2)`, [VICTIM_KEY_ERASED_CHANNEL, caseId]);
    return rows.length > 0;
  }

  /**
   * Rewrites the table for destroyed keys whose rewrite was never confirmed (it waited too long for an older
   * transaction, or the process died first): run by the sweep. Returns the cases confirmed now.
   */
  async rewritePending(): Promise<string[]> {
    const pending = (await this.db.query(`SELECT case_id::text FROM victim_keys WHERE wrapped_key IS NULL AND rewritten_at IS NULL`)) as Array<{
      case_id: string;
    }>;
    if (pending.length === 0) return [];
    const caseIds = pending.map((row) => row.case_id);
    // No waiting here: while a transaction older than them is still open, the next sweep tries again.
    const after = await this.nextTransactionId();
    if (!(await this.waitForOlderTransactions(after, 0))) return [];
    return (await this.rewrite(after, caseIds, 0)) ? caseIds : [];
  }

  /**
   * VACUUM FULL keeps every row version a running transaction might still read: one whose snapshot predates the
   * destroying UPDATE (a projector batch, a slow read) keeps the old row, wrapped key and all, in the rewritten file.
   * So the rewrite waits until no other transaction in this database is older than `after` (the destroying
   * transaction), then rewrites and confirms. If one stays open longer than the wait allows, the table is rewritten
   * anyway (that removes what it can) and left unconfirmed, for the sweep to do again.
   */
  private async rewrite(after: string, caseIds: string[], waitMs = this.options.rewriteWaitMs): Promise<boolean> {
    const clean = await this.waitForOlderTransactions(after, waitMs);
    // The table is small (one short row per case): rewriting it whole is what makes the old row version go.
    await this.db.query(`VACUUM (FULL) victim_keys`);
    if (!clean) return false;
    await this.db.query(`UPDATE victim_keys SET rewritten_at = now() WHERE case_id = ANY($1::uuid[]) AND wrapped_key IS NULL`, [caseIds]);
    return true;
  }

  private async waitForOlderTransactions(after: string, waitMs: number): Promise<boolean> {
    const deadline = Date.now() + waitMs;
    for (;;) {
      const [row] = (await this.db.query(
        // age() counts back from the next transaction id: a larger age is an older transaction. `after` itself has
        // committed, so no backend still runs it; one whose snapshot or transaction id is at or before it may see the row.
        `SELECT count(*)::int AS older FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid()
           AND (age(backend_xmin) >= age($1::xid8::xid) OR age(backend_xid) >= age($1::xid8::xid))`,
        [after],
      )) as Array<{ older: number }>;
      if (row!.older === 0) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  private async nextTransactionId(): Promise<string> {
    const [row] = (await this.db.query(`SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS xid`)) as Array<{ xid: string }>;
    return row!.xid;
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

/**
 * Columns a read statement adds to hand the case's key to `IdentityVault.openTexts` with what it read (one snapshot,
 * one round trip): `vk` must be `victim_keys` joined on the case (LEFT JOIN: a case with no key yet has none).
 */
export const VICTIM_KEY_COLUMNS = `vk.case_id::text AS victim_key_case, vk.master_key_id AS victim_key_master, vk.wrapped_key AS victim_key_wrapped`;

/** The key as `VICTIM_KEY_COLUMNS` read it: what `find` would have answered in that statement. */
export function victimKeyOf(row: Record<string, unknown>): WrappedKey | 'destroyed' | null {
  if (row.victim_key_case === null || row.victim_key_case === undefined) return null;
  return toKey({
    case_id: row.victim_key_case as string,
    master_key_id: row.victim_key_master as string,
    wrapped_key: row.victim_key_wrapped as Buffer | null,
  });
}

function toKey(row: Row): WrappedKey | 'destroyed' {
  return row.wrapped_key === null ? 'destroyed' : { caseId: row.case_id, masterKeyId: row.master_key_id, wrapped: row.wrapped_key };
}
