import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { comparePositions, PostgresEventStore, runMigrations, type StoredEvent } from '@rujukan/event-store';
import { DataSource, type EntityManager } from 'typeorm';
import { newEvent } from '@rujukan/event-store/testing/new-event.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { allMigrations } from '../migrations/index.js';
import { listCheckpoints, loadCheckpoint } from './checkpoint-store.js';
import type { Projection } from './projection.js';
import { ProjectionRunner } from './projection-runner.js';
import { ProjectionLeases } from './projection-leases.js';
import { LocalProjectionProgress } from './local-progress.js';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

const event = (type: string, n: number) => newEvent(type, { n });

// Each spec's projection reads the whole log: its own event type keeps other specs' events out.
const countedType = (projection: string) => `Counted.${projection}`;

/** Counts applications per event id, so a double apply shows as a count of 2. */
class CountingProjection implements Projection {
  readonly eventTypes: string[];
  failNext = false;
  constructor(readonly name: string) {
    this.eventTypes = [countedType(name)];
  }

  async apply(events: readonly StoredEvent[], manager: EntityManager): Promise<void> {
    for (const e of events) {
      await manager.query(
        `INSERT INTO counted (projection, event_id, n, applied) VALUES ($1, $2, $3, 1)
         ON CONFLICT (projection, event_id) DO UPDATE SET applied = counted.applied + 1`,
        [this.name, e.id, e.data.n],
      );
    }
    if (this.failNext) {
      this.failNext = false;
      // A failure of the moment (PostgreSQL's serialization failure), not of the event: retried, never parked.
      throw Object.assign(new Error('could not serialize access'), { code: '40001' });
    }
  }
}

describe('ProjectionRunner', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    await runMigrations(database.url, allMigrations);
    store = new PostgresEventStore({ connectionString: database.url, pollIntervalMs: 50 });
    dataSource = new DataSource({ type: 'postgres', url: database.url, synchronize: false });
    await dataSource.initialize();
    await dataSource.query(`CREATE TABLE counted (projection text, event_id uuid, n int, applied int, PRIMARY KEY (projection, event_id))`);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await store?.close();
    await database?.drop();
  });

  async function applied(projection: string): Promise<Array<{ n: number; applied: number }>> {
    return dataSource.query(`SELECT n, applied FROM counted WHERE projection = $1 ORDER BY n`, [projection]);
  }

  async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('condition not met in time');
      await sleep(20);
    }
  }

  it('applies the event types it handles, once each, and records its checkpoint', async () => {
    const name = `p-${randomUUID()}`;
    const stream = `case-${randomUUID()}`;
    await store.append(stream, [event(countedType(name), 1), event('Ignored', 2), event(countedType(name), 3)], 'no_stream');
    const runner = new ProjectionRunner(store, dataSource, new CountingProjection(name), { batchSize: 2 });
    runner.start();
    await waitFor(async () => (await applied(name)).length === 2);
    const live = await store.append(stream, [event(countedType(name), 4)], 2);
    await waitFor(async () => (await applied(name)).length === 3);
    await runner.stop();

    expect(await applied(name)).toEqual([
      { n: 1, applied: 1 },
      { n: 3, applied: 1 },
      { n: 4, applied: 1 },
    ]);
    const checkpoint = await loadCheckpoint(dataSource, name);
    expect(checkpoint.position).toEqual(live.position);
    expect(checkpoint.eventsApplied).toBe(3);
    expect((await listCheckpoints(dataSource)).map((c) => c.name)).toContain(name);
  });

  it('resumes after a restart from its checkpoint without applying anything twice', async () => {
    const name = `p-${randomUUID()}`;
    const stream = `case-${randomUUID()}`;
    await store.append(stream, [event(countedType(name), 1), event(countedType(name), 2)], 'no_stream');
    const first = new ProjectionRunner(store, dataSource, new CountingProjection(name));
    first.start();
    await waitFor(async () => (await applied(name)).length === 2);
    await first.stop();

    await store.append(stream, [event(countedType(name), 3)], 1);
    const second = new ProjectionRunner(store, dataSource, new CountingProjection(name));
    second.start();
    await waitFor(async () => (await applied(name)).length === 3);
    await sleep(100);
    await second.stop();
    expect((await applied(name)).map((r) => r.applied)).toEqual([1, 1, 1]);
  });

  it('rolls back a batch that failed for the moment with its checkpoint, then applies it once on retry', async () => {
    const name = `p-${randomUUID()}`;
    const projection = new CountingProjection(name);
    projection.failNext = true;
    const errors: unknown[] = [];
    await store.append(`case-${randomUUID()}`, [event(countedType(name), 1), event(countedType(name), 2)], 'no_stream');
    const runner = new ProjectionRunner(store, dataSource, projection, { onError: (_, e) => errors.push(e) });
    runner.start();
    await waitFor(async () => (await applied(name)).length === 2);
    await runner.stop();
    expect(errors).toHaveLength(1);
    expect((await applied(name)).map((r) => r.applied)).toEqual([1, 1]);
    expect((await loadCheckpoint(dataSource, name)).eventsApplied).toBe(2);
  });

  it('lets one runner hold a projection at a time, and another take over when it stops', async () => {
    const name = `p-${randomUUID()}`;
    const stream = `case-${randomUUID()}`;
    await store.append(stream, [event(countedType(name), 1)], 'no_stream');
    const a = new ProjectionRunner(store, dataSource, new CountingProjection(name), { leaseRetryMs: 50 });
    const b = new ProjectionRunner(store, dataSource, new CountingProjection(name), { leaseRetryMs: 50 });
    a.start();
    await waitFor(async () => (await applied(name)).length === 1);
    b.start();
    await sleep(200);
    expect([a.status().leaseHeld, b.status().leaseHeld]).toEqual([true, false]);

    await a.stop();
    await waitFor(async () => b.status().leaseHeld);
    await store.append(stream, [event(countedType(name), 2)], 0);
    await waitFor(async () => (await applied(name)).length === 2);
    await b.stop();
    expect((await applied(name)).map((r) => r.applied)).toEqual([1, 1]);
  });

  it('shares one lease connection outside the pool between runners: one runner per projection even there, the lease retaken when the connection dies', async () => {
    const name = `p-${randomUUID()}`;
    const other = `p-${randomUUID()}`;
    const stream = `case-${randomUUID()}`;
    await store.append(stream, [event(countedType(name), 1), event(countedType(other), 1)], 'no_stream');
    const leases = ProjectionLeases.on(dataSource);
    const progress = new LocalProjectionProgress();
    const options = { leases, progress, leaseRetryMs: 50, leaseCheckMs: 50 };
    const a = new ProjectionRunner(store, dataSource, new CountingProjection(name), options);
    const b = new ProjectionRunner(store, dataSource, new CountingProjection(name), options);
    const c = new ProjectionRunner(store, dataSource, new CountingProjection(other), options);
    a.start();
    c.start();
    await waitFor(async () => (await applied(name)).length === 1 && (await applied(other)).length === 1);
    b.start();
    await sleep(200);
    // Re-entrant advisory locks on one session: the second runner is refused by the lease set, as another process would be.
    expect([a.status().leaseHeld, b.status().leaseHeld, c.status().leaseHeld]).toEqual([true, false, true]);
    expect(leases.heldLeases().sort()).toEqual([name, other].sort());
    expect(progress.led(name)).toBe(true);
    // Every lease sits on one connection, none taken from the read pool.
    const leaseSessions = async () =>
      (
        (await dataSource.query(
          `SELECT DISTINCT l.pid FROM pg_locks l JOIN pg_stat_activity a USING (pid)
           WHERE l.locktype = 'advisory' AND a.application_name = 'rujukan-projection-leases' AND a.datname = current_database()`,
        )) as Array<{ pid: number }>
      ).map((r) => r.pid);
    const [first] = await leaseSessions();
    expect(await leaseSessions()).toEqual([first]);

    await dataSource.query(`SELECT pg_terminate_backend($1)`, [first]);
    // Both projections are led again, from one new lease connection.
    await waitFor(async () => {
      const sessions = await leaseSessions();
      return sessions.length === 1 && sessions[0] !== first && leases.heldLeases().length === 2;
    });
    await waitFor(async () => (a.status().leaseHeld || b.status().leaseHeld) && c.status().leaseHeld);
    await store.append(stream, [event(countedType(name), 2), event(countedType(other), 2)], 1);
    await waitFor(async () => (await applied(name)).length === 2 && (await applied(other)).length === 2);
    await Promise.all([a.stop(), b.stop(), c.stop()]);
    await leases.close();
    expect(progress.led(name)).toBe(false);
    expect([...(await applied(name)), ...(await applied(other))].map((r) => r.applied)).toEqual([1, 1, 1, 1]);
  });

  it('stops at once when stopped while still starting, on a quiet log', async () => {
    const runner = new ProjectionRunner(store, dataSource, new CountingProjection(`p-${randomUUID()}`));
    runner.start();
    const stopped = runner.stop().then(() => 'stopped');
    const timeout = sleep(5000).then(() => 'still running');
    expect(await Promise.race([stopped, timeout])).toBe('stopped');
    expect(runner.status().leaseHeld).toBe(false);
  });

  it('reads the next page of the log while it applies a batch', async () => {
    const name = `p-${randomUUID()}`;
    await store.append(
      `case-${randomUUID()}`,
      [1, 2, 3, 4].map((n) => event(countedType(name), n)),
      'no_stream',
    );
    let pagesRead = 0;
    let secondPageAsked!: () => void;
    const secondPage = new Promise<void>((resolve) => (secondPageAsked = resolve));
    const reading = new (class extends PostgresEventStore {
      override async readAll(...args: Parameters<PostgresEventStore['readAll']>) {
        if (++pagesRead === 2) secondPageAsked();
        return super.readAll(...args);
      }
    })({ connectionString: database.url, pollIntervalMs: 50 });
    // The first batch is applied only once the page after it has been asked for.
    const projection = new CountingProjection(name);
    const apply = projection.apply.bind(projection);
    projection.apply = async (events, manager) => {
      if (events[0].data.n === 1) await secondPage;
      await apply(events, manager);
    };
    const runner = new ProjectionRunner(reading, dataSource, projection, { batchSize: 2 });
    runner.start();
    await waitFor(async () => (await applied(name)).length === 4);
    await runner.stop();
    await reading.close();
    expect((await applied(name)).map((r) => r.applied)).toEqual([1, 1, 1, 1]);
  });

  it('moves its checkpoint past events it ignores, even when nothing follows them', async () => {
    const name = `p-${randomUUID()}`;
    const last = await store.append(`case-${randomUUID()}`, [event('Ignored', 1), event('Ignored', 2)], 'no_stream');
    const runner = new ProjectionRunner(store, dataSource, new CountingProjection(name), { idleCheckpointMs: 50 });
    runner.start();
    await waitFor(async () => comparePositions((await loadCheckpoint(dataSource, name)).position, last.position) >= 0);
    await runner.stop();
    expect(await applied(name)).toEqual([]);
  });
  it('while following live appends, gathers what arrives within liveIntervalMs into one batch', async () => {
    const name = `p-${randomUUID()}`;
    const projection = new CountingProjection(name);
    const batches: number[] = [];
    const apply = projection.apply.bind(projection);
    projection.apply = async (events, manager) => {
      batches.push(events.length);
      await apply(events, manager);
    };
    const intervalMs = 200;
    const runner = new ProjectionRunner(store, dataSource, projection, { liveIntervalMs: intervalMs });
    runner.start();
    await waitFor(async () => runner.status().leaseHeld);
    const stream = `case-${randomUUID()}`;
    const started = Date.now();
    // One event per append, as commands arrive: without the interval each append is a batch of its own.
    for (let n = 0; n < 40; n++) await store.append(stream, [event(countedType(name), n)], n === 0 ? 'no_stream' : n - 1);
    await waitFor(async () => (await applied(name)).length === 40);
    const elapsed = Date.now() - started;
    await runner.stop();
    expect((await applied(name)).map((r) => r.applied)).toEqual(Array(40).fill(1));
    expect(batches.reduce((a, b) => a + b, 0)).toBe(40);
    // At most one read per interval, plus the read already waiting when the appends began.
    expect(batches.length).toBeLessThanOrEqual(Math.ceil(elapsed / intervalMs) + 1);
    expect(batches.length).toBeLessThan(40);
  });

  it('stops at once while it waits out a long live interval', async () => {
    const name = `p-${randomUUID()}`;
    await store.append(`case-${randomUUID()}`, [event(countedType(name), 1)], 'no_stream');
    const runner = new ProjectionRunner(store, dataSource, new CountingProjection(name), { liveIntervalMs: 60_000 });
    runner.start();
    await waitFor(async () => (await applied(name)).length === 1);
    const stopped = runner.stop().then(() => 'stopped');
    const timeout = sleep(5000).then(() => 'still waiting');
    expect(await Promise.race([stopped, timeout])).toBe('stopped');
  });
});
