import pg from 'pg';
import { createTestDatabase, testEngineName } from '../../../../test/support/test-database.js';
import { eventStoreContract, type HeldTransaction } from '../testing/event-store.contract.js';
import { PostgresEventStore } from './postgres-event-store.js';

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
