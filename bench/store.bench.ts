/**
 * Appends per second of the PostgreSQL event store adapter at 1, 8 and 32 concurrent writers, next to a
 * raw `pg` single-row INSERT loop into the same table, measured in the same run, rounds interleaved.
 *
 *   npm run bench:store [-- --seconds 3 --rounds 3 --writers 1,8,32 --engine both|embedded|server]
 *
 * `--engine` (or BENCH_STORE_ENGINE) picks the PostgreSQL: `embedded` (the embedded PostgreSQL the specs use),
 * `server` (DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres, as `npm run test:pg`), or `both`
 * (the default), one after the other; the report shows each. Always in a fresh database it drops after.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { eventStoreMigrations, PostgresEventStore, runMigrations, type NotifyMode } from '../libs/event-store/src/index.js';
import { newEvent } from '../libs/event-store/src/testing/new-event.js';
import { openBenchDatabase } from './support/bench-database.js';
import { backendCpuSeconds } from './support/load-harness.js';
import { median } from './support/figures.js';
import { benchEnvironment, writeResult, type BenchEnvironment, type BenchTable } from './support/results.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '3' },
    writers: { type: 'string', default: '1,8,32' },
    engine: { type: 'string', default: process.env.BENCH_STORE_ENGINE ?? 'both' },
  },
});
const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
if (!['both', 'embedded', 'server'].includes(values.engine)) throw new Error(`--engine is both, embedded or server, not ${values.engine}`);
const engines: Array<'embedded' | 'server'> = values.engine === 'both' ? ['embedded', 'server'] : [values.engine as 'embedded' | 'server'];
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const writerCounts = values.writers.split(',').map(Number);

// About 500 bytes of data and metadata, like a real case event.
const data = {
  channel: 'port',
  districtCode: '6501',
  reporterType: 'officer',
  note: 'x'.repeat(300),
};
const benchEvent = () => newEvent('CaseOpened', data);

/** Per second, and the CPU each write cost this process (the client) and the database's backends, µs. */
interface Timed {
  perSecond: number;
  clientUs: number;
  postgresUs: number;
}

async function timed(url: string, writers: number, work: (writer: number, stop: () => boolean) => Promise<number>): Promise<Timed> {
  const backends = await backendCpuSeconds(url);
  const cpu = process.cpuUsage();
  const deadline = Date.now() + seconds * 1000;
  const started = performance.now();
  const counts = await Promise.all(Array.from({ length: writers }, (_, w) => work(w, () => Date.now() >= deadline)));
  const elapsed = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const { used: postgres } = await backendCpuSeconds(url, backends.perPid);
  const n = counts.reduce((a, b) => a + b, 0);
  return { perSecond: n / elapsed, clientUs: (used.user + used.system) / n, postgresUs: (postgres * 1e6) / n };
}

async function rawInserts(url: string, writers: number): Promise<Timed> {
  const clients = await Promise.all(
    Array.from({ length: writers }, async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return client;
    }),
  );
  try {
    const RAW_HASH = randomBytes(32);
    return await timed(url, writers, async (w, stop) => {
      const stream = `raw-${randomUUID()}`;
      let n = 0;
      while (!stop()) {
        const e = benchEvent();
        await clients[w].query(
          // A fixed 32-byte value where the adapter stores its chain link: the baseline links nothing.
          `INSERT INTO events (stream_name, revision, event_id, type, data, metadata, hash) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [stream, n, e.id, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata), RAW_HASH],
        );
        n++;
      }
      return n;
    });
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}

async function adapterAppends(url: string, writers: number, notify: NotifyMode): Promise<Timed> {
  const store = new PostgresEventStore({ connectionString: url, poolSize: writers, notify });
  // Warm the pool so connection set-up is not counted.
  await Promise.all(Array.from({ length: writers }, () => store.headPosition()));
  try {
    return await timed(url, writers, async (_, stop) => {
      const stream = `adapter-${randomUUID()}`;
      let n = 0;
      while (!stop()) {
        await store.append(stream, [benchEvent()], n === 0 ? 'no_stream' : n - 1);
        n++;
      }
      return n;
    });
  } finally {
    await store.close();
  }
}

interface EngineRun {
  label: string;
  environment: BenchEnvironment;
  table: BenchTable;
  ratios: Map<number, number>;
}

async function measureOn(engine: 'embedded' | 'server'): Promise<EngineRun> {
  const database = await openBenchDatabase({ url: engine === 'embedded' ? null : SERVER_URL });
  const { url: benchUrl, version } = database;
  const environment = benchEnvironment(database);
  const label = `PostgreSQL ${version} (${engine === 'embedded' ? 'embedded' : 'server'})`;
  const table: BenchTable = {
    caption: `${label}: appends per second, median of ${rounds} rounds of ${seconds} s, interleaved`,
    columns: [
      'writers',
      'raw INSERT/s',
      'adapter appends/s',
      'ratio',
      'NOTIFY inside each append/s',
      'ratio',
      'adapter without NOTIFY/s',
      'ratio',
      'CPU µs per raw INSERT: client / PostgreSQL',
      'CPU µs per append: client / PostgreSQL',
    ],
    rows: [],
  };
  const ratios = new Map<number, number>();
  try {
    await runMigrations(benchUrl, eventStoreMigrations);
    console.log(`\n${label}, ${seconds} s x ${rounds} rounds, median`);
    console.log(
      'writers | raw INSERT/s | adapter appends/s | ratio | adapter, NOTIFY in transaction/s | ratio | adapter, no NOTIFY/s | ratio | CPU µs/raw INSERT client / PG | CPU µs/append client / PG',
    );
    console.log('------: | -----------: | ----------------: | ----: | -------------------------------: | ----: | ------------------: | ----: | ---: | ---:');
    for (const writers of writerCounts) {
      const raw: Timed[] = [];
      const adapter: Timed[] = [];
      const notifyInTx: Timed[] = [];
      const silent: Timed[] = [];
      for (let round = 0; round < rounds; round++) {
        silent.push(await adapterAppends(benchUrl, writers, 'off'));
        raw.push(await rawInserts(benchUrl, writers));
        adapter.push(await adapterAppends(benchUrl, writers, 'after-commit'));
        notifyInTx.push(await adapterAppends(benchUrl, writers, 'in-transaction'));
      }
      const rate = (xs: Timed[]) => median(xs.map((x) => x.perSecond));
      const [r, a, n, o] = [rate(raw), rate(adapter), rate(notifyInTx), rate(silent)];
      const cpu = (xs: Timed[]) => `${median(xs.map((x) => x.clientUs)).toFixed(0)} / ${median(xs.map((x) => x.postgresUs)).toFixed(0)}`;
      console.log(
        `${writers} | ${r.toFixed(0)} | ${a.toFixed(0)} | ${(a / r).toFixed(2)} | ${n.toFixed(0)} | ${(n / r).toFixed(2)} | ${o.toFixed(0)} | ${(o / r).toFixed(2)} | ${cpu(raw)} | ${cpu(adapter)}`,
      );
      table.rows.push([
        writers,
        r.toFixed(0),
        a.toFixed(0),
        (a / r).toFixed(2),
        n.toFixed(0),
        (n / r).toFixed(2),
        o.toFixed(0),
        (o / r).toFixed(2),
        cpu(raw),
        cpu(adapter),
      ]);
      ratios.set(writers, a / r);
    }
  } finally {
    await database.drop();
  }
  return { label, environment, table, ratios };
}

async function main(): Promise<void> {
  const runs: EngineRun[] = [];
  for (const engine of engines) runs.push(await measureOn(engine));
  const first = runs[0].environment;
  writeResult({
    name: 'store',
    title: 'Event store appends against raw INSERTs',
    command: `npm run bench:store -- --engine ${values.engine}`,
    date: new Date().toISOString(),
    // One line for the machine; the PostgreSQL of each engine measured.
    environment: { ...first, postgres: runs.map((r) => r.environment.postgres).join(' and ') },
    parameters: { seconds, rounds, writers: writerCounts, engines },
    baseline: 'a raw `pg` single-row INSERT loop into the same events table, as many writers, interleaved rounds, on the same PostgreSQL',
    tables: runs.map((r) => r.table),
    targets: runs.flatMap((run) =>
      [8, 32]
        .filter((w) => run.ratios.has(w))
        .map((w) => ({
          label: `adapter ÷ raw INSERT at ${w} writers, ${run.label}`,
          target: '≥ 0.7',
          measured: run.ratios.get(w)!.toFixed(2),
          met: run.ratios.get(w)! >= 0.7,
        })),
    ),
  });
}

await main();
