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
  startProjectorProcess,
  type ProjectorProcess,
  startCeilingServer,
  startLagSampler,
  warningsIn,
  type ApiProcess,
  type DriverRun,
  type LagSample,
  type StatementCounts,
} from './load-harness.js';
import type { DriverMessage, DriverWindow } from './load-driver.js';
import type { OpenLoopResult } from './open-loop.js';
import { benchEnvironment, type BenchEnvironment } from './results.js';
import { caseProjections } from '@rujukan/read-models';

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
  /** Before the mix: the same number of staff, all at owning agencies, sending only commands (closed loop) for this long. */
  commandsSeconds?: number;
  /** After the mix: commands offered at this rate a second (open loop) for `fixedRateSeconds`. */
  fixedRate?: number;
  fixedRateSeconds?: number;
  /** After the API stops: the bare ceiling server, closed loop for `ceilingSeconds` and at `fixedRate`. */
  ceilingSeconds?: number;
  /**
   * `in-process`: the projector inside the API process (`npm start`, RUN_PROJECTOR=true). `separate`: the API with
   * RUN_PROJECTOR=false and the projector as a second process, as production runs them (README, docker-compose.yml);
   * CPU per request is then both processes', the resident memory the API's (the projector's is reported apart).
   */
  projector?: 'in-process' | 'separate';
  /** Preload the statement counter into the API (bench/support/statement-counter.mjs). */
  statementCounter?: boolean;
  /** With the counter: this many requests of the mix one at a time, statements attributed per operation. */
  probeRequests?: number;
}

/** What one measured phase cost, per answered request (2xx and intended races). */
export interface PhaseFigures {
  seconds: number;
  answered: number;
  perSecond: number;
  /** CPU time per answered request of the serving process (the API, or the ceiling server) and of the database's backends, ms. */
  serverCpuMsPerRequest: number;
  postgresCpuMsPerRequest: number;
  /** From the statement counter (API and in-process projector together; NaN without it). */
  statementsPerRequest: number;
  transactionsPerRequest: number;
  /** Transactions per answered request as PostgreSQL counts them (pg_stat_database, every client of the database). */
  databaseTransactionsPerRequest: number;
  lag: ReturnType<typeof lagFigures>;
  rssMaxMiB: number;
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
  /** With a separate projector: its resident memory at most over the whole session, MiB. */
  projectorRssMaxMiB?: number;
  heapEndMiB: number;
  /** Share of one core used during the measured period (1.0 = one core busy all the time). */
  cpu: { api: number; driver: number; postgres: number };
  rawInsertsPerSecond: number;
  /** Database transactions (each autocommit statement is one), rows inserted and updated during the measured period. */
  database: { transactions: number; inserted: number; updated: number };
  events: { total: number; caseStreams: number };
  apiWarnings: string[];
  /** Statements and transactions the API sent during the mix (with the counter). */
  mixStatements?: { statements: number; transactions: number };
  commands?: { load: Extract<DriverMessage, { type: 'done' }>; figures: PhaseFigures };
  fixedRate?: { load: Extract<DriverMessage, { type: 'done' }>; open: OpenLoopResult; figures: PhaseFigures };
  probe?: StatementCounts['perOp'];
  ceiling?: {
    poolSize: number;
    closed: { load: Extract<DriverMessage, { type: 'done' }>; figures: PhaseFigures };
    open?: OpenLoopResult;
  };
}

type Done = Extract<DriverMessage, { type: 'done' }>;

const answeredIn = (load: Done) => Object.values(load.total.ops).reduce((a, o) => a + o.count, 0);

/**
 * Runs one driver against a server and measures, from the end of the warm-up to the end of the run: the
 * server's CPU, the database backends' CPU, the database's transactions, the statement counter (when the
 * server is the API with it), projection lag every 100 ms and resident memory every second.
 */
async function measuredPhase(
  server: { pid: number; cpuPids?: () => number[]; countStatements?: ApiProcess['countStatements'] },
  url: string,
  warmupSeconds: number,
  startRun: () => DriverRun,
): Promise<{ load: Done; figures: PhaseFigures }> {
  const sampler = await startLagSampler(url, 100);
  const serverCpu = () => (server.cpuPids?.() ?? [server.pid]).reduce((sum, pid) => sum + cpuSeconds(pid), 0);
  const rss: number[] = [];
  const rssTimer = setInterval(() => rss.push(residentMiB(server.pid)), 1000);
  const statements = () => (server.countStatements ? server.countStatements().catch(() => null) : Promise.resolve(null));
  type Start = { at: number; cpu: number; backends: Map<number, number>; transactions: number; counted: StatementCounts | null };
  const box: { start: Start | null } = { start: null };
  const timer = setTimeout(() => {
    const at = performance.now();
    const cpu = serverCpu();
    void Promise.all([backendCpuSeconds(url), databaseCounters(url), statements()]).then(([backends, counters, counted]) => {
      box.start = { at, cpu, backends: backends.perPid, transactions: counters.transactions, counted };
    });
  }, warmupSeconds * 1000);
  try {
    const load = await startRun().done.finally(() => clearTimeout(timer));
    const begun = box.start;
    if (!begun) throw new Error('the phase ended before its warm-up did');
    const elapsed = (performance.now() - begun.at) / 1000;
    const cpu = serverCpu() - begun.cpu;
    const [{ used: postgres }, counted] = await Promise.all([backendCpuSeconds(url, begun.backends), statements()]);
    // pg_stat_database is flushed about once a second: wait for the last of the phase to land.
    await new Promise((r) => setTimeout(r, 1200));
    const { transactions } = await databaseCounters(url);
    const answered = answeredIn(load) || NaN;
    const measured = sampler.samples.filter((x: LagSample) => x.at >= warmupSeconds && x.at <= warmupSeconds + elapsed);
    return {
      load,
      figures: {
        seconds: load.total.seconds,
        answered,
        perSecond: answered / load.total.seconds,
        serverCpuMsPerRequest: (cpu * 1000) / answered,
        postgresCpuMsPerRequest: (postgres * 1000) / answered,
        statementsPerRequest: counted && begun.counted ? (counted.statements - begun.counted.statements) / answered : NaN,
        transactionsPerRequest: counted && begun.counted ? (counted.transactions - begun.counted.transactions) / answered : NaN,
        databaseTransactionsPerRequest: (transactions - begun.transactions) / answered,
        lag: lagFigures(measured),
        rssMaxMiB: Math.max(...rss),
      },
    };
  } finally {
    clearInterval(rssTimer);
    await sampler.stop();
  }
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
  let projector: ProjectorProcess | null = null;
  let projectorRssTimer: NodeJS.Timeout | undefined;
  try {
    const wantsCommandStaff = (options.commandsSeconds ?? 0) > 0 || (options.fixedRate ?? 0) > 0;
    const everyone = await prepareDirectory(database.url, options.staff, wantsCommandStaff ? options.staff : 0);
    const users = everyone.slice(0, options.staff);
    const commandUsers = everyone.slice(options.staff);
    const separate = options.projector === 'separate';
    api = await startApiProcess(database.url, {
      env: { ...options.apiEnv, ...(separate ? { RUN_PROJECTOR: 'false' } : {}) },
      fromSource: options.fromSource,
      nodeArgs: options.apiNodeArgs,
      memoryProbe: options.memoryProbe,
      statementCounter: options.statementCounter,
    });
    if (separate) projector = await startProjectorProcess(database.url, caseProjections().length);
    const projectorPid = projector?.pid;
    const projectorRss: number[] = [];
    if (projectorPid !== undefined) projectorRssTimer = setInterval(() => projectorRss.push(residentMiB(projectorPid)), 1000);
    const cpuPids = () => (projectorPid === undefined ? [api!.pid] : [api!.pid, projectorPid]);
    const started = Object.assign(api, { cpuPids });
    const pid = api.pid;
    const serverCpu = () => cpuPids().reduce((sum, p) => sum + cpuSeconds(p), 0);
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

    // Commands only, closed loop: every connection a member of staff of an owning agency sending her next command.
    let commands: LoadSessionResult['commands'];
    if ((options.commandsSeconds ?? 0) > 0) {
      commands = await measuredPhase(started, database.url, options.warmupSeconds, () =>
        startDriver({
          url: base,
          mode: 'commands',
          users: commandUsers,
          seconds: options.commandsSeconds!,
          warmupSeconds: options.warmupSeconds,
          windowSeconds: 0,
          seed: options.seed + 1,
        }),
      );
    }

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
    let statementsStart: StatementCounts | null = null;
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
      const apiCpu = serverCpu();
      void backendCpuSeconds(database.url).then(({ perPid }) => (cpuStart = { api: apiCpu, postgres: perPid, at }));
      void databaseCounters(database.url).then((c) => (countersStart = c));
      if (options.statementCounter) void started.countStatements().then((c) => (statementsStart = c));
    }, options.warmupSeconds * 1000);
    const load = await loadRun.done.finally(() => clearTimeout(cpuTimer));
    const statementsEnd = options.statementCounter ? await started.countStatements().catch(() => null) : null;
    const statementsBegun = statementsStart as StatementCounts | null;
    const mixStatements =
      statementsEnd && statementsBegun
        ? { statements: statementsEnd.statements - statementsBegun.statements, transactions: statementsEnd.transactions - statementsBegun.transactions }
        : undefined;
    const elapsed = (performance.now() - cpuStart.at) / 1000;
    const cpu = {
      api: (serverCpu() - cpuStart.api) / elapsed,
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

    // Commands at a fixed offered rate, open loop, latency from each request's scheduled send.
    let fixedRate: LoadSessionResult['fixedRate'];
    if ((options.fixedRate ?? 0) > 0) {
      const phase = await measuredPhase(started, database.url, Math.min(2, options.warmupSeconds), () =>
        startDriver({
          url: base,
          mode: 'open',
          openTarget: 'commands',
          rate: options.fixedRate,
          users: commandUsers,
          seconds: options.fixedRateSeconds ?? 10,
          warmupSeconds: Math.min(2, options.warmupSeconds),
          windowSeconds: 0,
          seed: options.seed + 2,
        }),
      );
      fixedRate = { ...phase, open: phase.load.open! };
    }

    // Statements and transactions per request type: the mix one request at a time, each attributed to its operation.
    let probe: LoadSessionResult['probe'];
    if (options.statementCounter && (options.probeRequests ?? 0) > 0) {
      await started.attributeStatements(true);
      await startDriver({
        url: base,
        mode: 'sequential',
        requests: options.probeRequests,
        users,
        seconds: 0,
        warmupSeconds: 0,
        windowSeconds: 0,
        seed: options.seed + 3,
      }).done;
      // Work a request leaves behind it (an after-commit NOTIFY) lands in its own counter: give it a moment.
      await new Promise((r) => setTimeout(r, 300));
      probe = (await started.countStatements()).perOp;
      await started.attributeStatements(false);
    }

    await api.stop();
    const apiWarnings = warningsIn(api.logFile);
    removeLog(api.logFile);
    api = null;
    clearInterval(projectorRssTimer);
    if (projector) {
      await projector.stop();
      apiWarnings.push(...warningsIn(projector.logFile).map((line) => `projector: ${line}`));
      removeLog(projector.logFile);
      projector = null;
    }

    // The ceiling: a bare node:http server, one INSERT per POST through a pool of the API's size, same database.
    let ceiling: LoadSessionResult['ceiling'];
    if ((options.ceilingSeconds ?? 0) > 0) {
      const poolSize = Number(options.apiEnv?.DATABASE_POOL_SIZE ?? process.env.DATABASE_POOL_SIZE ?? 10);
      const server = await startCeilingServer(database.url, poolSize);
      try {
        const closed = await measuredPhase(server, database.url, Math.min(2, options.warmupSeconds), () =>
          startDriver({
            url: server.base,
            mode: 'ceiling',
            users,
            seconds: options.ceilingSeconds!,
            warmupSeconds: Math.min(2, options.warmupSeconds),
            windowSeconds: 0,
            seed: options.seed,
          }),
        );
        let open: OpenLoopResult | undefined;
        if ((options.fixedRate ?? 0) > 0) {
          open = (
            await startDriver({
              url: server.base,
              mode: 'open',
              openTarget: 'ceiling',
              rate: options.fixedRate,
              users,
              seconds: options.fixedRateSeconds ?? 10,
              warmupSeconds: Math.min(2, options.warmupSeconds),
              windowSeconds: 0,
              seed: options.seed,
            }).done
          ).open;
        }
        ceiling = { poolSize, closed, open };
      } finally {
        await server.stop();
      }
    }

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
      projectorRssMaxMiB: projectorRss.length > 0 ? Math.max(...projectorRss) : undefined,
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
      mixStatements,
      commands,
      fixedRate,
      probe,
      ceiling,
    };
  } finally {
    clearInterval(projectorRssTimer);
    await api?.stop().catch(() => undefined);
    await projector?.stop().catch(() => undefined);
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
