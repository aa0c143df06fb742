import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PostgresEventStore, runMigrations, type StoredEvent } from '@rujukan/event-store';
import { newEvent } from '@rujukan/event-store/testing/new-event.js';
import { DataSource, type EntityManager } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { allMigrations } from '../migrations/index.js';
import { loadCheckpoint } from './checkpoint-store.js';
import type { Projection } from './projection.js';
import { listSetAside, retryParked, setAsideCounts, type ParkedFault } from './projection-faults.js';
import { ProjectionRunner } from './projection-runner.js';
import { rebuildProjection } from './rebuild.js';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Records every application in order (stream, revision) in a table of its own, and cannot apply events marked
 * `poison` until fixed, as a projection with a bug cannot: it writes a value its table refuses (PostgreSQL 22008,
 * as a rolled-over date did).
 */
class RecordingProjection implements Projection {
  readonly eventTypes: string[];
  readonly table: string;
  fixed = false;
  constructor(readonly name: string) {
    this.eventTypes = [`Recorded.${name}`];
    this.table = `recorded_${name.replace(/[^a-z0-9]/g, '')}`.slice(0, 40);
  }

  async apply(events: readonly StoredEvent[], manager: EntityManager): Promise<void> {
    for (const e of events) {
      const at = e.data.poison && !this.fixed ? '2027-02-30T00:00:00Z' : '2027-03-02T00:00:00Z';
      await manager.query(`INSERT INTO ${this.table} (stream, revision, at) VALUES ($1, $2, $3::timestamptz)`, [e.streamName, e.revision, at]);
    }
  }
}

describe('a projection that meets an event it cannot apply', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    await runMigrations(database.url, allMigrations);
    store = new PostgresEventStore({ connectionString: database.url, pollIntervalMs: 50 });
    dataSource = new DataSource({ type: 'postgres', url: database.url });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await store?.close();
    await database?.drop();
  });

  /** A projection with its table (its own, so a rebuild swaps only that). */
  async function newProjection(): Promise<RecordingProjection> {
    const projection = new RecordingProjection(`p-${randomUUID()}`);
    await dataSource.query(`CREATE TABLE ${projection.table} (seq bigint GENERATED ALWAYS AS IDENTITY, stream text, revision int, at timestamptz)`);
    return projection;
  }

  const recorded = async (projection: RecordingProjection): Promise<string[]> =>
    (await dataSource.query(`SELECT stream, revision FROM ${projection.table} ORDER BY seq`)).map(
      (r: { stream: string; revision: number }) => `${r.stream.slice(0, 6)}#${r.revision}`,
    );

  async function waitFor(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('condition not met in time');
      await sleep(20);
    }
  }

  /** Stream a ("case-a…") gets a poisoned event at revision 1; stream b does not. */
  async function logWithPoison(projection: RecordingProjection) {
    const type = projection.eventTypes[0]!;
    const a = `case-a${randomUUID().slice(1)}`;
    const b = `case-b${randomUUID().slice(1)}`;
    await store.append(a, [newEvent(type, {}), newEvent(type, { poison: true }), newEvent(type, {})], 'no_stream');
    await store.append(b, [newEvent(type, {}), newEvent(type, {})], 'no_stream');
    return { a, b, type };
  }

  it('parks the one event, holds the later events of its stream, and goes on with every other stream', async () => {
    const projection = await newProjection();
    const { a, b, type } = await logWithPoison(projection);
    const parked: ParkedFault[] = [];
    const errors: unknown[] = [];
    const runner = new ProjectionRunner(store, dataSource, projection, { onParked: (f) => parked.push(f), onError: (_, e) => errors.push(e) });
    runner.start();
    await waitFor(async () => (await recorded(projection)).length === 3);
    // Later appends: the blocked stream's wait, the other stream's go through.
    await store.append(a, [newEvent(type, {})], 2);
    await store.append(b, [newEvent(type, {})], 1);
    await waitFor(async () => (await recorded(projection)).length === 4);
    await waitFor(async () => (await setAsideCounts(dataSource)).get(projection.name)?.held === 2);
    await runner.stop();

    expect(await recorded(projection)).toEqual(['case-a#0', 'case-b#0', 'case-b#1', 'case-b#2']);
    expect(errors).toEqual([]);
    expect(parked.map((f) => ({ stream: f.event.streamName, revision: f.event.revision, error: f.error }))).toEqual([
      { stream: a, revision: 1, error: 'QueryFailedError (22008)' },
    ]);
    const rows = await listSetAside(dataSource, projection.name);
    expect(rows.map((r) => ({ state: r.state, stream: r.streamName, revision: r.revision, error: r.error, attempts: r.attempts }))).toEqual([
      { state: 'parked', stream: a, revision: 1, error: 'QueryFailedError (22008)', attempts: 1 },
      { state: 'held', stream: a, revision: 2, error: null, attempts: 1 },
      { state: 'held', stream: a, revision: 3, error: null, attempts: 1 },
    ]);
    expect(rows[0]!.errorMessage).toMatch(/date\/time field value out of range/);
    expect(rows[0]!.caseId).toBe(a.slice('case-'.length));
    const checkpoint = await loadCheckpoint(dataSource, projection.name);
    expect(checkpoint.eventsApplied).toBe(4);
    expect((await store.headPosition())!.commit).toBe(checkpoint.position.commit);
  });

  it('applies them again after the fix, in log order, each exactly once, and then follows the stream as before', async () => {
    const projection = await newProjection();
    const { a, type } = await logWithPoison(projection);
    const runner = new ProjectionRunner(store, dataSource, projection);
    runner.start();
    await waitFor(async () => (await setAsideCounts(dataSource)).get(projection.name)?.held === 1);

    expect(await retryParked(store, dataSource, projection)).toEqual({ applied: 0, remaining: 2, missing: 0 });
    const [again] = await listSetAside(dataSource, projection.name);
    expect(again!.attempts).toBe(2);

    projection.fixed = true;
    const retries = await Promise.all([retryParked(store, dataSource, projection), retryParked(store, dataSource, projection)]);
    expect(retries.map((r) => r.applied).sort()).toEqual([0, 2]);
    expect(await listSetAside(dataSource, projection.name)).toEqual([]);
    await store.append(a, [newEvent(type, {})], 2);
    await waitFor(async () => (await recorded(projection)).length === 6);
    await runner.stop();
    const order = await recorded(projection);
    expect(order.filter((r) => r.startsWith('case-a'))).toEqual(['case-a#0', 'case-a#1', 'case-a#2', 'case-a#3']);
    expect(new Set(order).size).toBe(order.length);
    expect((await loadCheckpoint(dataSource, projection.name)).eventsApplied).toBe(6);
  });

  it('keeps a stream in order when a retry and the live runner work on it at the same time', async () => {
    const projection = await newProjection();
    const { a, type } = await logWithPoison(projection);
    const runner = new ProjectionRunner(store, dataSource, projection);
    runner.start();
    await waitFor(async () => (await setAsideCounts(dataSource)).get(projection.name)?.held === 1);
    projection.fixed = true;
    const appending = (async () => {
      for (let revision = 3; revision < 23; revision++) await store.append(a, [newEvent(type, {})], revision - 1);
    })();
    await sleep(5);
    await retryParked(store, dataSource, projection);
    await appending;
    // Whatever the live runner held while the retry ran is applied by the next retry.
    await waitFor(async () => {
      await retryParked(store, dataSource, projection);
      return (await recorded(projection)).filter((r) => r.startsWith('case-a')).length === 23;
    });
    await runner.stop();
    const revisions = (await recorded(projection)).filter((r) => r.startsWith('case-a')).map((r) => Number(r.split('#')[1]));
    expect(revisions).toEqual([...Array(23).keys()]);
    expect(await listSetAside(dataSource, projection.name)).toEqual([]);
  });

  it('retries a failure of the moment (a serialization failure) and parks nothing', async () => {
    const projection = await newProjection();
    const type = projection.eventTypes[0]!;
    await store.append(`case-${randomUUID()}`, [newEvent(type, {}), newEvent(type, {})], 'no_stream');
    let failures = 1;
    const apply = projection.apply.bind(projection);
    projection.apply = async (events, manager) => {
      if (failures-- > 0) throw Object.assign(new Error('could not serialize access'), { code: '40001' });
      await apply(events, manager);
    };
    const errors: unknown[] = [];
    const runner = new ProjectionRunner(store, dataSource, projection, { onError: (_, e) => errors.push(e) });
    runner.start();
    await waitFor(async () => (await recorded(projection)).length === 2);
    await runner.stop();
    expect(errors).toHaveLength(1);
    expect(await listSetAside(dataSource, projection.name)).toEqual([]);
  });

  it('never stops another projection: its fault, or a rebuild of it, leaves the others applying', async () => {
    const faulty = await newProjection();
    const healthy = await newProjection();
    const [faultyType, healthyType] = [faulty.eventTypes[0]!, healthy.eventTypes[0]!];
    await store.append(`case-${randomUUID()}`, [newEvent(faultyType, { poison: true })], 'no_stream');
    for (let i = 0; i < 20; i++)
      await store.append(
        `case-${randomUUID()}`,
        Array.from({ length: 10 }, () => newEvent(faultyType, {})),
        'no_stream',
      );
    const runners = [new ProjectionRunner(store, dataSource, faulty), new ProjectionRunner(store, dataSource, healthy)];
    try {
      for (const runner of runners) runner.start();
      await waitFor(async () => (await setAsideCounts(dataSource)).get(faulty.name)?.parked === 1);
      await store.append(`case-${randomUUID()}`, [newEvent(healthyType, {})], 'no_stream');
      await waitFor(async () => (await recorded(healthy)).length === 1);

      // A slow rebuild of the faulty projection (one page of ten at a time): the healthy one keeps applying meanwhile.
      const apply = faulty.apply.bind(faulty);
      faulty.apply = async (events, manager) => {
        await sleep(50);
        await apply(events, manager);
      };
      let rebuilt = false;
      const rebuilding = rebuildProjection(store, dataSource, faulty, [faulty.table], { batchSize: 10 }).then((result) => {
        rebuilt = true;
        return result;
      });
      await sleep(100);
      await store.append(`case-${randomUUID()}`, [newEvent(healthyType, {})], 'no_stream');
      await waitFor(async () => (await recorded(healthy)).length === 2);
      expect(rebuilt).toBe(false);
      expect(await rebuilding).toMatchObject({ setAside: 1 });
    } finally {
      await Promise.all(runners.map((r) => r.stop()));
    }
  });

  it('parks in a rebuild too: the rebuilt set replaces the old one, and a retry after the fix applies it', async () => {
    const projection = await newProjection();
    const { a } = await logWithPoison(projection);
    const runner = new ProjectionRunner(store, dataSource, projection);
    runner.start();
    await waitFor(async () => (await setAsideCounts(dataSource)).get(projection.name)?.held === 1);
    await runner.stop();

    const parked: ParkedFault[] = [];
    const result = await rebuildProjection(store, dataSource, projection, [projection.table], { onParked: (f) => parked.push(f) });
    expect(result).toMatchObject({ eventsApplied: 3, setAside: 2 });
    expect(parked.map((f) => `${f.event.streamName}#${f.event.revision}`)).toEqual([`${a}#1`]);
    expect((await listSetAside(dataSource, projection.name)).map((r) => `${r.state} ${r.revision}`)).toEqual(['parked 1', 'held 2']);
    projection.fixed = true;
    expect(await retryParked(store, dataSource, projection)).toEqual({ applied: 2, remaining: 0, missing: 0 });
    expect((await recorded(projection)).filter((r) => r.startsWith('case-a'))).toEqual(['case-a#0', 'case-a#1', 'case-a#2']);
  });
});
