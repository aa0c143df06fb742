import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { comparePositions, PostgresEventStore, runMigrations, type Position, type StoredEvent } from '@rujukan/event-store';
import { DataSource, type EntityManager } from 'typeorm';
import { newEvent } from '@rujukan/event-store/testing/new-event.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { allMigrations } from '../migrations/index.js';
import { loadCheckpoint } from './checkpoint-store.js';
import type { Projection } from './projection.js';
import { ProjectionRunner } from './projection-runner.js';
import { SharedLogReader } from './shared-log-reader.js';
import { rebuildProjection } from './rebuild.js';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A projection with a table of its own, counting applications per event (a double apply shows as 2). */
class TableProjection implements Projection {
  readonly name: string;
  readonly table: string;
  readonly eventTypes: string[];
  /** Events with this n cannot be applied (a fault of the event: parked). */
  failOn: number | null = null;
  /** Applying the event with this n waits for `gate` (mid-batch, inside the transaction). */
  gateOn: number | null = null;
  gate: Promise<void> = Promise.resolve();
  reachedGate: () => void = () => undefined;
  /** The first batch waits for this before writing anything (calls `reachedGate` first). */
  holdFirst: Promise<void> | null = null;
  /** The process is gone: every statement fails as on a connection the server ended. */
  dead = false;

  constructor(label: string, id = randomUUID().replaceAll('-', '').slice(0, 12)) {
    this.name = `${label}-${id}`;
    this.table = `t_${label.toLowerCase()}_${id}`;
    this.eventTypes = [`Shared.${this.name}`];
  }

  get type(): string {
    return this.eventTypes[0];
  }

  twin(): TableProjection {
    return new TableProjection(this.name.split('-')[0], this.name.slice(this.name.indexOf('-') + 1));
  }

  async apply(events: readonly StoredEvent[], manager: EntityManager): Promise<void> {
    if (this.holdFirst) {
      const hold = this.holdFirst;
      this.holdFirst = null;
      this.reachedGate();
      await hold;
    }
    for (const e of events) {
      if (this.dead) throw Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
      const n = e.data.n as number;
      if (n === this.failOn) throw new Error(`event ${n} cannot be applied`);
      await manager.query(
        `INSERT INTO ${this.table} (event_id, n, applied) VALUES ($1, $2, 1) ON CONFLICT (event_id) DO UPDATE SET applied = ${this.table}.applied + 1`,
        [e.id, n],
      );
      if (n === this.gateOn) {
        this.reachedGate();
        await this.gate;
        if (this.dead) throw Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
      }
    }
  }
}

/** An event store that records the event types each read of the log asked for. */
class RecordingStore extends PostgresEventStore {
  readonly reads: string[] = [];
  override async readAll(...args: Parameters<PostgresEventStore['readAll']>) {
    this.reads.push([...(args[0]?.filter?.eventTypes ?? [])].sort().join(','));
    return super.readAll(...args);
  }
}

describe('SharedLogReader', () => {
  let database: TestDatabase;
  let store: RecordingStore;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    await runMigrations(database.url, allMigrations);
    store = new RecordingStore({ connectionString: database.url, pollIntervalMs: 50 });
    dataSource = new DataSource({ type: 'postgres', url: database.url, synchronize: false });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await store?.close();
    await database?.drop();
  });

  async function table(projection: TableProjection): Promise<TableProjection> {
    await dataSource.query(`CREATE TABLE IF NOT EXISTS ${projection.table} (event_id uuid PRIMARY KEY, n int NOT NULL, applied int NOT NULL)`);
    return projection;
  }

  async function applied(projection: TableProjection): Promise<Array<{ n: number; applied: number }>> {
    return dataSource.query(`SELECT n, applied FROM ${projection.table} ORDER BY n`);
  }

  async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`not met in time: ${what}`);
      await sleep(20);
    }
  }

  const append = (projection: TableProjection, ns: number[], stream = `case-${randomUUID()}`) =>
    store.append(
      stream,
      ns.map((n) => newEvent(projection.type, { n })),
      'any',
    );

  const ns = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const once = (list: number[]) => list.map((n) => ({ n, applied: 1 }));

  function start(projections: Projection[], options: { batchSize?: number; readerStore?: PostgresEventStore; dataSource?: DataSource } = {}) {
    const errors: Array<{ projection: string; error: unknown }> = [];
    const reader = new SharedLogReader(options.readerStore ?? store, {
      eventTypes: projections.flatMap((p) => p.eventTypes),
      batchSize: options.batchSize,
      onError: (error) => errors.push({ projection: 'reader', error }),
    });
    const runners = projections.map(
      (projection) =>
        new ProjectionRunner(options.readerStore ?? store, options.dataSource ?? dataSource, projection, {
          reader,
          batchSize: options.batchSize,
          leaseRetryMs: 50,
          onError: (name, error) => errors.push({ projection: name, error }),
        }),
    );
    for (const runner of runners) runner.start();
    return {
      reader,
      runners,
      errors,
      async stop() {
        await Promise.all(runners.map((r) => r.stop()));
        await reader.stop();
      },
    };
  }

  const joined =
    (reader: SharedLogReader, ...projections: Projection[]) =>
    () =>
      projections.every((p) => reader.memberNames().includes(p.name));

  async function checkpoint(projection: Projection): Promise<Position> {
    return (await loadCheckpoint(dataSource, projection.name)).position;
  }

  it('parks an event in one projection while the other goes on through the same shared reads', async () => {
    const a = await table(new TableProjection('A'));
    const b = await table(new TableProjection('B'));
    a.failOn = 3;
    const run = start([a, b]);
    try {
      await waitFor('both joined the reader', joined(run.reader, a, b));
      const readsBefore = store.reads.length;
      const faulty = `case-${randomUUID()}`;
      await append(a, ns(1, 5), faulty);
      await append(a, [6]);
      for (const n of ns(1, 6)) await append(b, [n]);
      await waitFor('B applied all', async () => (await applied(b)).length === 6);
      await waitFor('A parked 3 and applied the rest it could', async () => (await applied(a)).length === 3);
      expect(await applied(a)).toEqual(once([1, 2, 6]));
      expect(await applied(b)).toEqual(once(ns(1, 6)));
      const setAside = await dataSource.query(`SELECT state FROM projection_parked_events WHERE projection = $1 ORDER BY commit_position, prepare_position`, [
        a.name,
      ]);
      expect(setAside.map((r: { state: string }) => r.state)).toEqual(['parked', 'held', 'held']);
      // Every read since both joined was the shared one (both projections' types), none a projection's own.
      const shared = [a.type, b.type].sort().join(',');
      expect(new Set(store.reads.slice(readsBefore).filter((r) => r.includes(a.type) || r.includes(b.type)))).toEqual(new Set([shared]));
      expect(run.reader.memberNames().sort()).toEqual([a.name, b.name].sort());
      expect(run.errors).toEqual([]);
    } finally {
      await run.stop();
    }
  });

  it('a projection whose batch fails for the moment leaves the reader, retries alone and rejoins; the others go on meanwhile', async () => {
    const a = await table(new TableProjection('A'));
    const b = await table(new TableProjection('B'));
    const run = start([a, b]);
    try {
      await waitFor('both joined the reader', joined(run.reader, a, b));
      a.dead = true;
      await append(a, [1, 2]);
      await waitFor('A failed and left the reader', () => run.errors.length > 0 && !run.reader.memberNames().includes(a.name));
      for (const n of ns(1, 3)) await append(b, [n]);
      await waitFor('B applied all while A was failing', async () => (await applied(b)).length === 3);
      expect(await applied(a)).toEqual([]);
      a.dead = false;
      await waitFor('A applied its events once it could', async () => (await applied(a)).length === 2);
      await waitFor('A joined again', joined(run.reader, a));
      await append(a, [3]);
      await append(b, [4]);
      await waitFor('both applied the shared batch', async () => (await applied(a)).length === 3 && (await applied(b)).length === 4);
      expect(await applied(a)).toEqual(once(ns(1, 3)));
      expect(await applied(b)).toEqual(once(ns(1, 4)));
      // The failure was A's alone, reported as A's (retried, never parked).
      expect(new Set(run.errors.map((e) => e.projection))).toEqual(new Set([a.name]));
      expect(await dataSource.query(`SELECT 1 FROM projection_parked_events WHERE projection = $1`, [a.name])).toEqual([]);
    } finally {
      await run.stop();
    }
  });

  it('rebuilds one projection while the others stay live and take the shared batches', async () => {
    const a = await table(new TableProjection('A'));
    const b = await table(new TableProjection('B'));
    await append(a, ns(1, 4));
    const run = start([a, b]);
    try {
      await waitFor('both joined the reader', joined(run.reader, a, b));
      await waitFor('A applied its events', async () => (await applied(a)).length === 4);
      // The rebuild stops before writing its first batch (it holds no transaction id there, as between its batches).
      const rebuilder = a.twin();
      let resume!: () => void;
      const paused = new Promise<void>((resolve) => (rebuilder.reachedGate = resolve));
      rebuilder.holdFirst = new Promise<void>((resolve) => (resume = resolve));
      const readsBefore = store.reads.length;
      const rebuilding = rebuildProjection(store, dataSource, rebuilder, [a.table], { batchSize: 2 });
      await paused;
      for (const n of ns(1, 4)) {
        await append(b, [n]);
        await waitFor(`B applied ${n} during the rebuild`, async () => (await applied(b)).length === n);
      }
      await append(a, [5]);
      await waitFor('A live applied 5 during its rebuild', async () => (await applied(a)).length === 5);
      expect(run.reader.memberNames().sort()).toEqual([a.name, b.name].sort());
      resume();
      await rebuilding;
      await append(a, [6]);
      await append(b, [5]);
      await waitFor('A applied all after its rebuild', async () => (await applied(a)).length === 6);
      await waitFor('B applied all', async () => (await applied(b)).length === 5);
      // The rebuilt table holds each event once; the live side never read alone for B.
      expect(await applied(a)).toEqual(once(ns(1, 6)));
      expect(await applied(b)).toEqual(once(ns(1, 5)));
      expect(store.reads.slice(readsBefore).filter((r) => r === b.type)).toEqual([]);
      // Only A may have been refused a batch (its checkpoint moved under it by the swap); B never failed.
      expect(run.errors.filter((e) => e.projection !== a.name)).toEqual([]);
      expect(run.errors.map((e) => (e.error as Error).name)).toEqual(run.errors.map(() => 'CheckpointMovedError'));
    } finally {
      await run.stop();
    }
  });

  it('lets a projection far behind catch up with reads of its own and then join, the others never reading alone', async () => {
    const a = await table(new TableProjection('A'));
    const b = await table(new TableProjection('B'));
    const c = await table(new TableProjection('C'));
    for (let i = 0; i < 6; i++) await append(c, ns(i * 5 + 1, i * 5 + 5));
    const live = start([a, b], { batchSize: 5 });
    const lagging: { stop(): Promise<void> }[] = [];
    try {
      await waitFor('A and B joined', joined(live.reader, a, b));
      const readsBefore = store.reads.length;
      const runnerC = new ProjectionRunner(store, dataSource, c, { reader: live.reader, batchSize: 5 });
      lagging.push(runnerC);
      runnerC.start();
      await append(b, [1]);
      await waitFor('C joined the reader', joined(live.reader, c));
      await append(a, [1]);
      await append(c, [31]);
      await append(b, [2]);
      await waitFor('all applied', async () => (await applied(a)).length === 1 && (await applied(b)).length === 2 && (await applied(c)).length === 31);
      expect(await applied(c)).toEqual(once(ns(1, 31)));
      expect(await applied(b)).toEqual(once([1, 2]));
      const reads = store.reads.slice(readsBefore);
      // C caught up with pages of its own (30 events, 5 a page); A and B read nothing alone meanwhile.
      expect(reads.filter((r) => r === c.type).length).toBeGreaterThanOrEqual(6);
      expect(reads.filter((r) => r === a.type || r === b.type)).toEqual([]);
      expect(live.errors).toEqual([]);
    } finally {
      for (const runner of lagging) await runner.stop();
      await live.stop();
    }
  });

  it('after a crash mid-batch, resumes each projection from its own checkpoint with every event applied once', async () => {
    const a = await table(new TableProjection('A'));
    const b = await table(new TableProjection('B'));
    // Process 1: its own store and pool; A stops inside a batch (rows written, not committed) and the process dies.
    const store1 = new PostgresEventStore({ connectionString: database.url, pollIntervalMs: 50 });
    const pool1 = new DataSource({ type: 'postgres', url: database.url, synchronize: false });
    await pool1.initialize();
    const a1 = a.twin();
    const b1 = b.twin();
    let releaseGate!: () => void;
    a1.gate = new Promise((resolve) => (releaseGate = resolve));
    a1.gateOn = 3;
    const gateReached = new Promise<void>((resolve) => (a1.reachedGate = resolve));
    const p1 = start([a1, b1], { readerStore: store1, dataSource: pool1 });
    try {
      await waitFor('both joined in process 1', joined(p1.reader, a1, b1));
      await append(b, ns(1, 3));
      await append(a, ns(1, 5));
      await gateReached;
      await waitFor('B applied its batch', async () => (await applied(b)).length === 3);
      // The crash: nothing A's transaction wrote is committed; no statement of process 1 succeeds from now on.
      a1.dead = true;
      b1.dead = true;
      releaseGate();
    } finally {
      await p1.stop();
      await pool1.destroy();
      await store1.close();
    }
    expect(await applied(a)).toEqual([]);
    expect(await applied(b)).toEqual(once(ns(1, 3)));
    const head = (await store.headPosition())!;
    expect(comparePositions(await checkpoint(a), head)).toBeLessThan(0);

    // Process 2 starts from each projection's own checkpoint.
    const p2 = start([a, b]);
    try {
      await append(b, [4]);
      await waitFor('A and B caught up', async () => (await applied(a)).length === 5 && (await applied(b)).length === 4);
      await waitFor('both joined in process 2', joined(p2.reader, a, b));
      await append(a, [6]);
      await append(b, [5]);
      await waitFor('the shared batches applied', async () => (await applied(a)).length === 6 && (await applied(b)).length === 5);
      expect(await applied(a)).toEqual(once(ns(1, 6)));
      expect(await applied(b)).toEqual(once(ns(1, 5)));
      expect(p2.errors).toEqual([]);
    } finally {
      await p2.stop();
    }
  });
});
