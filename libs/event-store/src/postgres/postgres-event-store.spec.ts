import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createTestDatabase, testEngineName } from '../../../../test/support/test-database.js';
import { eventStoreContract, type HeldTransaction } from '../testing/event-store.contract.js';
import { PostgresEventStore } from './postgres-event-store.js';
import { CommandClaimConflictError, WrongExpectedRevisionError } from '../errors.js';
import { newEvent } from '../testing/new-event.js';

eventStoreContract(
  testEngineName(),
  async () => {
    const database = await createTestDatabase();
    const store = new PostgresEventStore({ connectionString: database.url, pollIntervalMs: 100, poolSize: 20 });
    const clients = new Set<pg.Client>();
    return {
      store,
      heldTransactions: {
        async begin(): Promise<HeldTransaction> {
          const client = new pg.Client({ connectionString: database.url });
          clients.add(client);
          await client.connect();
          await client.query('BEGIN');
          let last: Awaited<ReturnType<HeldTransaction['append']>> | null = null;
          const end = async (sql: string) => {
            await client.query(sql);
            await client.end();
            clients.delete(client);
          };
          return {
            takeTransactionId: async () => void (await client.query('SELECT pg_current_xact_id()')),
            append: async (streamName, events, expected) => (last = await store.appendInTransaction(client, streamName, events, expected)),
            commit: async () => {
              await end('COMMIT');
              if (last) store.announceCommitted(last);
            },
            rollback: () => end('ROLLBACK'),
          };
        },
      },
      async close() {
        await Promise.all([...clients].map((c) => c.end().catch(() => undefined)));
        await store.close();
        await database.drop();
      },
    };
  },
  { heldTransactions: true },
);

describe(`PostgresEventStore on ${testEngineName()}: refused appends keep their connections`, () => {
  it('answers revision conflicts and reused command ids without closing a pooled connection', async () => {
    const database = await createTestDatabase();
    const store = new PostgresEventStore({ connectionString: database.url, pollIntervalMs: 100, poolSize: 2, notify: 'off' });
    const observer = new pg.Client({ connectionString: database.url });
    await observer.connect();
    const backends = async () =>
      (
        await observer.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'rujukan-event-store' ORDER BY pid`,
        )
      ).rows.map((r) => r.pid);
    try {
      await store.append('case-1', [newEvent()], 'no_stream');
      const commandId = randomUUID();
      await store.append('case-2', [newEvent()], 'no_stream', { claim: { commandId, fingerprint: 'a' } });
      await Promise.all([store.append('case-1', [newEvent()], 0), store.append('case-2', [newEvent()], 0)]);
      const before = await backends();
      expect(before.length).toBeGreaterThan(0);
      let refused = 0;
      for (let i = 0; i < 20; i++) {
        await store.append('case-1', [newEvent()], 0).catch((error: unknown) => {
          if (!(error instanceof WrongExpectedRevisionError)) throw error;
          refused++;
        });
        await store.append('case-3', [newEvent()], 'any', { claim: { commandId, fingerprint: 'b' } }).catch((error: unknown) => {
          if (!(error instanceof CommandClaimConflictError)) throw error;
          refused++;
        });
      }
      expect(refused).toBe(40);
      // The same backends serve the pool: none was closed and replaced.
      expect(await backends()).toEqual(before);
    } finally {
      await observer.end();
      await store.close();
      await database.drop();
    }
  });
});
