import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runMigrations } from '@rujukan/event-store';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { allMigrations } from '../migrations/index.js';
import { PgDataKeyStore } from './pg-data-key-store.js';

async function until(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((done) => setTimeout(done, 20));
  }
}

const ERASURE = { by: 'spv-kaltim', legalBasis: 'UU PDP 27/2022 Pasal 8', at: '2026-12-07T10:00:00.000Z' };

/**
 * VACUUM FULL keeps every row version some open transaction may still read. A transaction that never touches
 * `victim_keys` (a projector batch writing its own tables) takes no lock the rewrite would wait on, yet its snapshot
 * keeps the destroyed key's old row, wrapped key and all, in the rewritten file.
 */
describe('destroying a victim’s key on PostgreSQL, while an older transaction is open', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let sql: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    await runMigrations(database.url, allMigrations);
    dataSource = new DataSource({ type: 'postgres', url: database.url });
    await dataSource.initialize();
    sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
    await sql.query('CREATE EXTENSION IF NOT EXISTS pageinspect');
  });
  afterAll(async () => {
    await sql?.end();
    await dataSource?.destroy();
    await database?.drop();
  });

  async function keyPages(): Promise<Buffer[]> {
    const { rows } = await sql.query<{ blocks: string }>(`SELECT pg_relation_size('victim_keys') / current_setting('block_size')::int AS blocks`);
    const pages = [];
    for (let block = 0; block < Number(rows[0]!.blocks); block++) {
      const { rows: page } = await sql.query<{ page: Buffer }>(`SELECT get_raw_page('victim_keys', 'main', $1) AS page`, [block]);
      pages.push(page[0]!.page);
    }
    return pages;
  }
  const inPages = async (wrapped: Buffer) => (await keyPages()).some((page) => page.includes(wrapped));

  /** Three keys, the erased one written last (lowest in the page, where a rewrite that keeps it leaves it). */
  async function keys(): Promise<{ caseId: string; wrapped: Buffer }> {
    let last = { caseId: '', wrapped: Buffer.alloc(0) };
    for (let i = 0; i < 3; i++) {
      last = { caseId: randomUUID(), wrapped: randomBytes(60) };
      await sql.query(`INSERT INTO victim_keys (case_id, master_key_id, wrapped_key) VALUES ($1, 'm1', $2)`, [last.caseId, last.wrapped]);
    }
    return last;
  }

  /** An open transaction with a snapshot and a transaction id, holding no lock on `victim_keys`. */
  async function olderTransaction(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    await client.query('SELECT pg_current_xact_id()');
    return client;
  }

  const rewrittenAt = async (caseId: string) =>
    (await sql.query<{ rewritten_at: Date | null }>(`SELECT rewritten_at FROM victim_keys WHERE case_id = $1`, [caseId])).rows[0]!.rewritten_at;

  it('shows the hazard: a rewrite that does not wait keeps the old row while the older transaction is open; the sweep confirms it once that ends', async () => {
    const { caseId, wrapped } = await keys();
    const older = await olderTransaction();
    const store = new PgDataKeyStore(dataSource, { rewriteWaitMs: 0 });
    try {
      expect(await store.destroy(caseId, ERASURE)).toBe(true);
      expect(await inPages(wrapped)).toBe(true);
      expect(await rewrittenAt(caseId)).toBeNull();
      // Still open: the sweep does not claim a rewrite it cannot make.
      expect(await store.rewritePending()).toEqual([]);
    } finally {
      await older.query('COMMIT');
      await older.end();
    }
    expect(await store.rewritePending()).toEqual([caseId]);
    expect(await inPages(wrapped)).toBe(false);
    expect(await rewrittenAt(caseId)).toBeInstanceOf(Date);
    expect(await store.rewritePending()).toEqual([]);
  });

  it('waits for the older transaction to end, then rewrites: no byte of the key is left, and the rewrite is confirmed', async () => {
    const { caseId, wrapped } = await keys();
    const older = await olderTransaction();
    const store = new PgDataKeyStore(dataSource);
    let settled = false;
    const destroyed = store.destroy(caseId, ERASURE).finally(() => (settled = true));
    try {
      // The destroying UPDATE has committed and the store is asking who is older than it: this database's store, not
      // another suite's asking the same on a shared server.
      await until(async () => {
        const asking = await sql.query(
          `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND query LIKE '%AS older FROM pg_stat_activity%' AND pid <> pg_backend_pid()`,
        );
        return (asking.rowCount ?? 0) > 0;
      });
      expect((await sql.query(`SELECT wrapped_key FROM victim_keys WHERE case_id = $1`, [caseId])).rows).toEqual([{ wrapped_key: null }]);
      expect(settled).toBe(false);
    } finally {
      await older.query('COMMIT');
      await older.end();
    }
    expect(await destroyed).toBe(true);
    expect(await inPages(wrapped)).toBe(false);
    expect(await rewrittenAt(caseId)).toBeInstanceOf(Date);
  });
});
