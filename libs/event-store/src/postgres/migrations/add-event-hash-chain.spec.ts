import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../../../test/support/test-database.js';
import { ChainVerifier } from '../../hash-chain.js';
import { newEvent } from '../../testing/new-event.js';
import { runMigrations } from '../migrate.js';
import { PostgresEventStore } from '../postgres-event-store.js';
import { CreateEventStore1763900000000 } from './1763900000000-create-event-store.js';
import { eventStoreMigrations } from './index.js';

describe('migration AddEventHashChain', () => {
  let database: TestDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    await runMigrations(database.url, [CreateEventStore1763900000000]);
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it('links the events stored before the chain existed, stream by stream, and new appends continue each chain', async () => {
    // More events than one backfill page, over streams whose names interleave.
    const streams = Array.from({ length: 7 }, (_, i) => `case-${i}`);
    for (let n = 0; n < 1500; n++) {
      const e = newEvent('Before', { n });
      const stream = streams[n % streams.length];
      await client.query(`INSERT INTO events (stream_name, revision, event_id, type, data, metadata) VALUES ($1, $2, $3, $4, $5, $6)`, [
        stream,
        Math.floor(n / streams.length),
        e.id,
        e.type,
        JSON.stringify(e.data),
        JSON.stringify(e.metadata),
      ]);
    }

    await runMigrations(database.url, eventStoreMigrations);
    const store = new PostgresEventStore({ connectionString: database.url });
    try {
      for (const stream of streams) {
        const head = await store.readStream(stream, { direction: 'backwards', maxCount: 1 });
        await store.append(stream, [newEvent('After')], head[0].revision);
        const events = await store.readStream(stream);
        const verifier = new ChainVerifier(stream);
        expect(events.map((e) => verifier.check(e)).filter((broken) => broken !== null)).toEqual([]);
        expect(verifier.verifiedEvents).toBe(events.length);
      }
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM events WHERE hash IS NULL`);
      expect(rows[0].n).toBe(0);
    } finally {
      await store.close();
    }
  });
});
