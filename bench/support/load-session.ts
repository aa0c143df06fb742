import { join } from 'node:path';
import { openBenchDatabase } from './bench-database.js';
import {
  cpuSeconds,
  heapUsedMiB,
  lagFigures,
  backendCpuSeconds,
  databaseCounters,
  prepareDirectory,
  rawInsertRate,
  removeLog,
  residentMiB,
  startApiProcess,
  startDriver,
  startLagSampler,
  warningsIn,
  type LagSample,
} from './load-harness.js';
import type { DriverMessage, DriverWindow } from './load-driver.js';
import { benchEnvironment, type BenchEnvironment } from './results.js';

export interface LoadSessionOptions {
  staff: number;
  seconds: number;
  warmupSeconds: number;
  baselineSeconds: number;
  /** 0: one window for the whole period. */
  windowSeconds: number;
  insertWriters: number;
  seed: number;
  /** Extra environment for the API process (e.g. DATABASE_POOL_SIZE to compare). */
  apiEnv?: Record<string, string>;
  /** Run the API from its TypeScript sources instead of the build (quicker to iterate; more resident memory). */
  fromSource?: boolean;
  /** Extra `node` flags for the API process (e.g. --cpu-prof). */
  apiNodeArgs?: string[];
  /**
   * Start the API with --expose-gc and the memory probe (bench/support/memory-probe.mjs) and sample its heap
   * right after a forced full collection every `heapSampleSeconds` (the live heap), instead of from /metrics.
   */
  memoryProbe?: boolean;
  heapSampleSeconds?: number;
  /** With memoryProbe: heap snapshots of the API at these seconds after the warm-up, written to `snapshotDir`. */
  snapshotAt?: number[];
  snapshotDir?: string;
}

export interface ResourceWindow {
  /** Seconds since the end of the warm-up. */
  from: number;
  rssMaxMiB: number;
  rssEndMiB: number;
  /**
   * The lowest heap in use sampled in the window: the floor after collections, what a leak raises. From
   * /metrics every 5 s, or with the memory probe right after a forced full collection (the live heap).
   */
  heapUsedMiB: number;
  /** With the memory probe, at the window's last sample: the heap V8 keeps committed, and memory outside it (Buffers). */
  heapCommittedMiB: number;
  externalMiB: number;
}

export interface LoadSessionResult {
  environment: BenchEnvironment;
  health: DriverWindow;
  load: Extract<DriverMessage, { type: 'done' }>;
  windows: Array<{ driver: DriverWindow; resources: ResourceWindow; lagP99: number }>;
  lag: ReturnType<typeof lagFigures>;
  rss: { maxMiB: number; startMiB: number; endMiB: number; samples: Array<{ at: number; mib: number }> };
  heapEndMiB: number;
  /** Share of one core used during the measured period (1.0 = one core busy all the time). */
  cpu: { api: number; driver: number; postgres: number };
  rawInsertsPerSecond: number;
  /** Database transactions (each autocommit statement is one), rows inserted and updated during the measured period. */
  database: { transactions: number; inserted: number; updated: number };
  events: { total: number; caseStreams: number };
  apiWarnings: string[];
}

/**
 * One session of the load: a fresh database with the directory, the API as a process of its own, a baseline
 * of GET /health from the same number of connections, then the mix for `seconds` after `warmupSeconds`, with
 * projection lag sampled every 100 ms and the API's resident memory every second; then the raw INSERT baseline.
 */
export async function runLoadSession(
  options: LoadSessionOptions,
  onWindow: (w: LoadSessionResult['windows'][number]) => void = () => undefined,
): Promise<LoadSessionResult> {
  const database = await openBenchDatabase();
  const environment = benchEnvironment(database);
  let api: Awaited<ReturnType<typeof startApiProcess>> | null = null;
  try {
    const users = await prepareDirectory(database.url, options.staff);
    api = await startApiProcess(database.url, {
      env: options.apiEnv,
      fromSource: options.fromSource,
      nodeArgs: options.apiNodeArgs,
      memoryProbe: options.memoryProbe,
    });
    const started = api;
    const pid = api.pid;
    const base = api.base;

    // Baseline: the same connections asking GET /health (token-free: two trivial queries behind the whole HTTP stack).
    const healthRun = startDriver({
      url: base,
      mode: 'health',
      users,
      seconds: options.baselineSeconds,
      warmupSeconds: Math.min(2, options.warmupSeconds),
      windowSeconds: 0,
      seed: options.seed,
    });
    const health = (await healthRun.done).total;

    const lagSampler = await startLagSampler(database.url, 100);
    const rss: Array<{ at: number; mib: number }> = [];
    const t0 = performance.now();
    const since = () => (performance.now() - t0) / 1000 - options.warmupSeconds;
    const rssTimer = setInterval(() => rss.push({ at: since(), mib: residentMiB(pid) }), 1000);
    const heap: Array<{ at: number; mib: number; committedMiB: number; externalMiB: number }> = [];
    const sampleHeap = (): Promise<{ mib: number; committedMiB: number; externalMiB: number }> =>
      options.memoryProbe
        ? started.measureMemory().then(
            (m) => ({ mib: m.heapUsedMiB, committedMiB: m.heapTotalMiB, externalMiB: m.externalMiB }),
            () => ({ mib: NaN, committedMiB: NaN, externalMiB: NaN }),
          )
        : heapUsedMiB(base).then((mib) => ({ mib, committedMiB: NaN, externalMiB: NaN }));
    const heapTimer = setInterval(
      () => {
        const at = since();
        void sampleHeap().then((sample) => heap.push({ at, ...sample }));
      },
      (options.memoryProbe ? (options.heapSampleSeconds ?? 15) : 5) * 1000,
    );
    const snapshots = (options.snapshotAt ?? []).map((second) =>
      setTimeout(
        () => {
          const path = join(options.snapshotDir ?? '.', `api-${Math.round(second)}s.heapsnapshot`);
          void started.writeHeapSnapshot(path).then(
            () => console.log(`heap snapshot at ${second} s: ${path}`),
            (error: unknown) => console.error(`heap snapshot at ${second} s failed: ${error instanceof Error ? error.message : String(error)}`),
          );
        },
        (options.warmupSeconds + second) * 1000,
      ),
    );
    const windows: LoadSessionResult['windows'] = [];
    let cpuStart = { api: NaN, postgres: new Map<number, number>(), at: 0 };
    let countersStart = { transactions: NaN, inserted: NaN, updated: NaN };
    const loadRun = startDriver(
      {
        url: base,
        mode: 'mix',
        users,
        seconds: options.seconds,
        warmupSeconds: options.warmupSeconds,
        windowSeconds: options.windowSeconds,
        seed: options.seed,
      },
      (driver) => {
        const end = driver.from + driver.seconds;
        const inWindow = rss.filter((r) => r.at >= driver.from && r.at < end).map((r) => r.mib);
        const lags = lagSampler.samples.filter((s) => s.at - options.warmupSeconds >= driver.from && s.at - options.warmupSeconds < end);
        const heapInWindow = heap.filter((h) => h.at >= driver.from && h.at < end && Number.isFinite(h.mib));
        const heapFloor = Math.min(...heapInWindow.map((h) => h.mib));
        const entry = {
          driver,
          resources: {
            from: driver.from,
            rssMaxMiB: Math.max(...inWindow),
            rssEndMiB: inWindow.at(-1) ?? NaN,
            heapUsedMiB: Number.isFinite(heapFloor) ? heapFloor : NaN,
            heapCommittedMiB: heapInWindow.at(-1)?.committedMiB ?? NaN,
            externalMiB: heapInWindow.at(-1)?.externalMiB ?? NaN,
          },
          lagP99: lagFigures(lags).p99,
        };
        windows.push(entry);
        onWindow(entry);
      },
    );
    const cpuTimer = setTimeout(() => {
      const at = performance.now();
      const apiCpu = cpuSeconds(pid);
      void backendCpuSeconds(database.url).then(({ perPid }) => (cpuStart = { api: apiCpu, postgres: perPid, at }));
      void databaseCounters(database.url).then((c) => (countersStart = c));
    }, options.warmupSeconds * 1000);
    const load = await loadRun.done.finally(() => clearTimeout(cpuTimer));
    const elapsed = (performance.now() - cpuStart.at) / 1000;
    const cpu = {
      api: (cpuSeconds(pid) - cpuStart.api) / elapsed,
      driver: NaN,
      postgres: (await backendCpuSeconds(database.url, cpuStart.postgres)).used / elapsed,
    };
    clearInterval(rssTimer);
    clearInterval(heapTimer);
    for (const timer of snapshots) clearTimeout(timer);
    // pg_stat_database is flushed about once a second: wait for the last of the run to land.
    await new Promise((r) => setTimeout(r, 1500));
    const countersEnd = await databaseCounters(database.url);
    await lagSampler.stop();
    // The driver has exited by now: its CPU share is taken from its own accounting of the measured period.
    cpu.driver = load.driverCpuSeconds / load.total.seconds;
    const heapEndMiB = (await sampleHeap()).mib;
    await new Promise((r) => setTimeout(r, 500));
    const measured = lagSampler.samples.filter((s: LagSample) => s.at >= options.warmupSeconds);
    const lag = lagFigures(measured);
    const measuredRss = rss.filter((r) => r.at >= 0);
    await api.stop();
    const apiWarnings = warningsIn(api.logFile);
    removeLog(api.logFile);
    api = null;

    const rawInsertsPerSecond = await rawInsertRate(database.url, options.insertWriters, Math.min(10, options.baselineSeconds));
    return {
      environment,
      health,
      load,
      windows,
      lag,
      rss: {
        maxMiB: Math.max(...rss.map((r) => r.mib)),
        startMiB: measuredRss[0]?.mib ?? NaN,
        endMiB: measuredRss.at(-1)?.mib ?? NaN,
        samples: rss,
      },
      heapEndMiB,
      cpu,
      rawInsertsPerSecond,
      database: {
        transactions: countersEnd.transactions - countersStart.transactions,
        inserted: countersEnd.inserted - countersStart.inserted,
        updated: countersEnd.updated - countersStart.updated,
      },
      events: await eventCounts(database.url),
      apiWarnings,
    };
  } finally {
    await api?.stop().catch(() => undefined);
    await database.drop();
  }
}

async function eventCounts(url: string): Promise<{ total: number; caseStreams: number }> {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ total: string; cases: string }>(
      `SELECT count(*) FILTER (WHERE type <> 'RawBaseline') AS total, count(DISTINCT stream_name) FILTER (WHERE stream_name LIKE 'case-%') AS cases FROM events`,
    );
    return { total: Number(rows[0].total), caseStreams: Number(rows[0].cases) };
  } finally {
    await client.end();
  }
}
