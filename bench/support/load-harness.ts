import { fork, spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { PostgresEventStore, runMigrations } from '@rujukan/event-store';
import { mintDevelopmentToken, parseAppConfig } from '@rujukan/platform';
import { allMigrations, caseProjections, recordAgency, recordUser } from '@rujukan/read-models';
import { percentile } from './figures.js';
import type { DriverMessage, DriverStart, DriverWindow } from './load-driver.js';
import { commandStaff, LOAD_AGENCIES, loadUsers, type LoadUser } from './load-mix.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TS_NODE = ['--import', '@swc-node/register/esm-register'];

/**
 * Migrates the fresh database and records the twenty agencies and the staff in the directory, as an administrator
 * would: `staff` of the mix, then `commandStaffCount` more at the owning agencies (returned after them).
 */
export async function prepareDirectory(url: string, staff: number, commandStaffCount = 0): Promise<Array<LoadUser & { token: string }>> {
  await runMigrations(url, allMigrations);
  const store = new PostgresEventStore({ connectionString: url });
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const by = { userId: 'load-admin', role: 'administrator', agency: 'KEMENPPPA' };
  const users = [...loadUsers(staff), ...commandStaff(commandStaffCount)];
  try {
    for (const a of LOAD_AGENCIES) {
      await recordAgency(store, db, { code: a.code, name: a.name, type: a.type, provinceCode: a.provinceCode, districtCode: a.districtCode }, by);
    }
    await recordAgency(store, db, { code: 'KEMENPPPA', name: 'Kementerian PPPA', type: 'ministry', provinceCode: null, districtCode: null }, by);
    // REQUIRE_REGISTERED_USERS refuses to start without an administrator.
    await recordUser(store, db, { userId: by.userId, agency: by.agency, role: by.role, active: true }, by);
    for (const u of users) await recordUser(store, db, { userId: u.userId, agency: u.agency, role: u.role, active: true }, by);
  } finally {
    await db.end();
    await store.close();
  }
  // The API is started with the development secret: tokens are minted as the specs mint them.
  const config = parseAppConfig({ NODE_ENV: 'development', DEVELOPMENT_SECRETS: 'true' });
  return Promise.all(
    users.map(async (u) => ({ ...u, token: await mintDevelopmentToken(config, { userId: u.userId, role: u.role, agency: u.agency, ttl: '12h' }) })),
  );
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ApiProcess {
  pid: number;
  base: string;
  logFile: string;
  /** With `memoryProbe`: the heap in use right after a full collection, and the resident memory then. */
  measureMemory(): Promise<ProbedMemory>;
  /** With `memoryProbe`: writes a heap snapshot of the API to `path` (a full collection comes first). */
  writeHeapSnapshot(path: string): Promise<void>;
  /** With `statementCounter`: what the API has sent to PostgreSQL so far (bench/support/statement-counter.mjs). */
  countStatements(): Promise<StatementCounts>;
  /** With `statementCounter`: attribute statements to the requests' `x-bench-op` from now on (or stop). */
  attributeStatements(on: boolean): Promise<void>;
  stop(): Promise<void>;
}

/** Preloaded with --expose-gc by the soak only: answers measure and snapshot requests over IPC (see the file). */
export const MEMORY_PROBE = join(ROOT, 'bench/support/memory-probe.mjs');

/** Right after a full collection: the live heap, the heap V8 keeps committed, memory outside it (Buffers), resident memory. */
export interface ProbedMemory {
  heapUsedMiB: number;
  heapTotalMiB: number;
  externalMiB: number;
  rssMiB: number;
}

/** Preloaded by the load benchmark: counts the statements and transactions the API sends through `pg`. */
export const STATEMENT_COUNTER = join(ROOT, 'bench/support/statement-counter.mjs');

export interface StatementCounts {
  statements: number;
  transactions: number;
  /** Per `x-bench-op` while attribution was on; `background` for statements sent outside any tagged request. */
  perOp: Record<string, { requests: number; statements: number; transactions: number }>;
}

type ProbeReply =
  | { type: 'measured'; heapUsedBytes: number; heapTotalBytes: number; externalBytes: number; rssBytes: number; collected: boolean }
  | { type: 'snapshotted'; path: string }
  | ({ type: 'statements' } & StatementCounts)
  | { type: 'attributing'; on: boolean };

/** Rate limits off (one loopback address and 64 users would trip them), warn-level logs, the projector in the same process. */
export const LOAD_API_ENV = {
  RATE_LIMIT_PER_IP_PER_MINUTE: '0',
  RATE_LIMIT_PER_USER_PER_MINUTE: '0',
  LOG_LEVEL: 'warn',
  RUN_PROJECTOR: 'true',
  REQUIRE_REGISTERED_USERS: 'true',
  DEVELOPMENT_SECRETS: 'true',
} as const;

/**
 * The heap flags production starts the API and the projector with (the Dockerfile, docker-compose.yml and
 * `npm start`; test/deploy/node-flags.spec.ts holds them equal): measured with anything else, the resident
 * memory would be another program's.
 */
export const API_NODE_FLAGS = ['--max-semi-space-size=16', '--heap-growing-percent=20'] as const;

/** Where `nest build projector` puts the projector (what `npm run start:projector` and docker-compose.yml run). */
export const PROJECTOR_BUILD = join(ROOT, 'dist/apps/projector/apps/projector/src/main.js');

/** Where `nest build api` puts the API (what `npm start` runs). */
export const API_BUILD = join(ROOT, 'dist/apps/api/apps/api/src/main.js');

/**
 * Starts the API as production runs it, `node dist/.../main.js` in a process of its own (`fromSource`: the
 * TypeScript sources through @swc-node/register instead, no build needed, but the compiler's memory counts in
 * the resident figure: about 350 MiB idle against 170), on the given database; resolves once /health answers.
 */
export async function startApiProcess(
  url: string,
  {
    env = {},
    fromSource = false,
    nodeArgs = [],
    memoryProbe = false,
    statementCounter = false,
  }: { env?: Record<string, string>; fromSource?: boolean; nodeArgs?: string[]; memoryProbe?: boolean; statementCounter?: boolean } = {},
): Promise<ApiProcess> {
  if (!fromSource && !existsSync(API_BUILD)) throw new Error(`${API_BUILD} is missing: run \`nest build api\` first (npm run bench:load does)`);
  const port = await freePort();
  const logFile = join(tmpdir(), `rujukan-load-api-${process.pid}-${port}.log`);
  const log = createWriteStream(logFile);
  const probeArgs = [...(memoryProbe ? ['--expose-gc', '--import', MEMORY_PROBE] : []), ...(statementCounter ? ['--import', STATEMENT_COUNTER] : [])];
  const ipc = memoryProbe || statementCounter;
  const child = spawn(process.execPath, [...probeArgs, ...API_NODE_FLAGS, ...nodeArgs, ...(fromSource ? [...TS_NODE, 'apps/api/src/main.ts'] : [API_BUILD])], {
    cwd: ROOT,
    env: { ...process.env, ...LOAD_API_ENV, ...env, DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'development' },
    stdio: ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  // Each reply carries its request's id: a late answer to a request that timed out answers nothing else.
  const waiting = new Map<number, (reply: ProbeReply) => void>();
  let lastId = 0;
  child.on('message', (reply: ProbeReply & { id: number }) => waiting.get(reply.id)?.(reply));
  const ask = (
    request: { type: 'measure' } | { type: 'snapshot'; path: string } | { type: 'statements' } | { type: 'attribute'; on: boolean },
    timeoutMs: number,
  ) =>
    new Promise<ProbeReply>((resolve, reject) => {
      const wanted = request.type === 'statements' || request.type === 'attribute' ? statementCounter : memoryProbe;
      if (!wanted || !child.connected)
        return reject(
          new Error(`the API was started without the ${request.type === 'statements' || request.type === 'attribute' ? 'statement counter' : 'memory probe'}`),
        );
      const id = ++lastId;
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(new Error(`the memory probe did not answer ${request.type} within ${timeoutMs} ms`));
      }, timeoutMs);
      waiting.set(id, (reply) => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve(reply);
      });
      child.send({ ...request, id });
    });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const base = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited (${child.exitCode}) before answering; log:\n${tail(logFile)}`);
    try {
      const response = await fetch(`${base}/health`);
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the API did not answer /health within 120 s; log:\n${tail(logFile)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    pid: child.pid!,
    base,
    logFile,
    async measureMemory() {
      const reply = await ask({ type: 'measure' }, 30_000);
      if (reply.type !== 'measured' || !reply.collected) throw new Error('the memory probe could not collect (no --expose-gc)');
      const mib = (bytes: number) => bytes / 2 ** 20;
      return {
        heapUsedMiB: mib(reply.heapUsedBytes),
        heapTotalMiB: mib(reply.heapTotalBytes),
        externalMiB: mib(reply.externalBytes),
        rssMiB: mib(reply.rssBytes),
      };
    },
    async writeHeapSnapshot(path) {
      await ask({ type: 'snapshot', path }, 300_000);
    },
    async countStatements() {
      const reply = await ask({ type: 'statements' }, 10_000);
      if (reply.type !== 'statements') throw new Error('the statement counter answered something else');
      return { statements: reply.statements, transactions: reply.transactions, perOp: reply.perOp };
    },
    async attributeStatements(on) {
      await ask({ type: 'attribute', on }, 10_000);
    },
    async stop() {
      await stopChild(child, exited, 15_000);
      log.end();
    },
  };
}

export interface ProjectorProcess {
  pid: number;
  logFile: string;
  stop(): Promise<void>;
}

/**
 * Starts the projector as production's second process runs it (the build, API_NODE_FLAGS, the API started with
 * RUN_PROJECTOR=false); resolves once it holds the leases (advisory locks) of its `projections`: it runs them.
 */
export async function startProjectorProcess(url: string, projections: number): Promise<ProjectorProcess> {
  if (!existsSync(PROJECTOR_BUILD)) throw new Error(`${PROJECTOR_BUILD} is missing: run \`nest build projector\` first (npm run bench:load does)`);
  const logFile = join(tmpdir(), `rujukan-load-projector-${process.pid}.log`);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [...API_NODE_FLAGS, PROJECTOR_BUILD], {
    cwd: ROOT,
    env: { ...process.env, ...LOAD_API_ENV, DATABASE_URL: url, NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the projector exited (${child.exitCode}) before running; log:\n${tail(logFile)}`);
      const { rows } = await db
        .query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database
           WHERE l.locktype = 'advisory' AND l.granted AND d.datname = current_database()`,
        )
        .catch(() => ({ rows: [{ n: 0 }] }));
      if (rows[0].n >= projections) break;
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`the projector did not take its ${projections} leases within 120 s; log:\n${tail(logFile)}`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    await db.end();
  }
  return {
    pid: child.pid!,
    logFile,
    async stop() {
      await stopChild(child, exited, 15_000);
      log.end();
    },
  };
}

/** SIGTERM, then SIGKILL after `graceMs`: resolves once the child has exited. */
async function stopChild(child: ChildProcess, exited: Promise<void>, graceMs: number): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(killer);
}

function tail(file: string, lines = 40): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** The API's log lines at warn and above during the run (pino JSON), for the report: should be none. */
export function warningsIn(file: string): string[] {
  try {
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => /"level":\s*(40|50|60)/.test(line))
      .map((line) => {
        try {
          const entry = JSON.parse(line) as { msg?: string; err?: { type?: string } };
          return `${entry.msg ?? ''}${entry.err?.type ? ` (${entry.err.type})` : ''}`;
        } catch {
          return line.slice(0, 200);
        }
      });
  } catch {
    return [];
  }
}

export function removeLog(file: string): void {
  rmSync(file, { force: true });
}

// ---------------------------------------------------------------- the driver process

export interface DriverRun {
  child: ChildProcess;
  done: Promise<Extract<DriverMessage, { type: 'done' }>>;
}

/** Forks the autocannon driver and starts it; each window is handed to `onWindow` as it arrives. */
export function startDriver(start: Omit<DriverStart, 'type'>, onWindow: (w: DriverWindow) => void = () => undefined): DriverRun {
  const child = fork(join(ROOT, 'bench/support/load-driver.ts'), [], { cwd: ROOT, execArgv: TS_NODE, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const done = new Promise<Extract<DriverMessage, { type: 'done' }>>((resolve, reject) => {
    let result: Extract<DriverMessage, { type: 'done' }> | null = null;
    child.on('message', (message: DriverMessage) => {
      if (message.type === 'ready') child.send({ type: 'start', ...start } satisfies DriverStart);
      if (message.type === 'window') onWindow(message.window);
      if (message.type === 'done') result = message;
    });
    child.once('exit', (code) => (result ? resolve(result) : reject(new Error(`the load driver exited with ${code} before reporting`))));
  });
  return { child, done };
}

// ---------------------------------------------------------------- the ceiling

export const CEILING_SERVER = join(ROOT, 'bench/support/ceiling-server.mjs');

/** Starts the bare ceiling server (bench/support/ceiling-server.mjs) on the database with a pool of `poolSize`. */
export async function startCeilingServer(url: string, poolSize: number): Promise<{ pid: number; base: string; stop(): Promise<void> }> {
  const child = fork(CEILING_SERVER, [], {
    cwd: ROOT,
    execArgv: [],
    env: { ...process.env, CEILING_DATABASE_URL: url, CEILING_POOL_SIZE: String(poolSize) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m: { type: string; port: number }) => (m.type === 'listening' ? resolve(m.port) : reject(new Error('unexpected message'))));
    child.once('exit', (code) => reject(new Error(`the ceiling server exited with ${code}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    pid: child.pid!,
    base: `http://127.0.0.1:${port}`,
    async stop() {
      await stopChild(child, exited, 10_000);
    },
  };
}

// ---------------------------------------------------------------- samplers

/** Seconds of CPU a process has used (user + system), from /proc. */
export function cpuSeconds(pid: number): number {
  // The API and, with API_WORKERS, its worker processes.
  return processTree(pid).reduce((sum, p) => {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ');
      return sum + (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      return p === pid ? NaN : sum;
    }
  }, 0);
}

/** `pid` and its descendants, from /proc. */
export function processTree(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ');
      parentOf.set(Number(entry), Number(fields[1]));
    } catch {
      // ended meanwhile
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) for (const [child, parent] of parentOf) if (parent === tree[i]) tree.push(child);
  return tree;
}

/**
 * CPU seconds of each PostgreSQL backend serving the given database (the server may serve other work too):
 * pass the map of an earlier call to get the CPU used since, backends that started meanwhile counted whole.
 */
export async function backendCpuSeconds(url: string, since?: Map<number, number>): Promise<{ perPid: Map<number, number>; used: number }> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const { rows } = await db.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
    const perPid = new Map(rows.map((r) => [r.pid, cpuSeconds(r.pid)] as const).filter(([, s]) => Number.isFinite(s)));
    let used = 0;
    for (const [pid, s] of perPid) used += s - (since?.get(pid) ?? 0);
    return { perPid, used };
  } finally {
    await db.end();
  }
}

/** The database's transaction and row counters (pg_stat_database, flushed about every second). */
export async function databaseCounters(url: string): Promise<{ transactions: number; inserted: number; updated: number }> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const { rows } = await db.query<{ transactions: string; inserted: string; updated: string }>(
      `SELECT (xact_commit + xact_rollback)::text AS transactions, tup_inserted::text AS inserted, tup_updated::text AS updated
       FROM pg_stat_database WHERE datname = current_database()`,
    );
    return { transactions: Number(rows[0].transactions), inserted: Number(rows[0].inserted), updated: Number(rows[0].updated) };
  } finally {
    await db.end();
  }
}

export function residentMiB(pid: number): number {
  // The API and, with API_WORKERS, its worker processes together.
  return processTree(pid).reduce((sum, p) => {
    try {
      const kb = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1];
      return sum + (kb ? Number(kb) / 1024 : 0);
    } catch {
      return p === pid ? NaN : sum;
    }
  }, 0);
}

export interface LagSample {
  /** Seconds since the sampler started. */
  at: number;
  /** Age in seconds of the oldest event each projection handles but has not applied (0 when caught up). */
  ages: Record<string, number>;
}

/**
 * Every `intervalMs`, the age of the oldest event each projection handles and has not applied yet: the query
 * behind `rujukan_projection_lag_seconds`, run from here so sampling it costs the API nothing.
 */
export async function startLagSampler(url: string, intervalMs = 100): Promise<{ samples: LagSample[]; startedAt: number; stop(): Promise<void> }> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const projections = caseProjections().map((p) => ({ name: p.name, types: [...p.eventTypes] }));
  const samples: LagSample[] = [];
  const started = performance.now();
  let busy = false;
  let stopped = false;
  const sample = async () => {
    if (busy || stopped) return;
    busy = true;
    try {
      const { rows } = await db.query<{ name: string; age: number | null }>(
        `SELECT p.name, extract(epoch FROM now() - e.recorded_at)::float8 AS age
         FROM unnest($1::text[], $2::text[]) AS p(name, types)
         LEFT JOIN projection_checkpoints c ON c.name = p.name
         LEFT JOIN LATERAL (
           SELECT recorded_at FROM events
           WHERE (transaction_id, global_position) > (coalesce(c.commit_position, 0)::text::xid8, coalesce(c.prepare_position, 0)::bigint)
             AND type = ANY(string_to_array(p.types, ','))
           ORDER BY transaction_id, global_position LIMIT 1
         ) e ON true`,
        [projections.map((p) => p.name), projections.map((p) => p.types.join(','))],
      );
      const ages: Record<string, number> = {};
      for (const r of rows) ages[r.name] = Math.max(0, r.age ?? 0);
      samples.push({ at: (performance.now() - started) / 1000, ages });
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void sample().catch(() => undefined), intervalMs);
  return {
    samples,
    /** performance.now() when sampling began: `at` of each sample counts from it. */
    startedAt: started,
    async stop() {
      stopped = true;
      clearInterval(timer);
      while (busy) await new Promise((r) => setTimeout(r, 10));
      await db.end();
    },
  };
}

/** The largest age per sample (the projection furthest behind), its percentiles and per projection p99. */
export function lagFigures(samples: readonly LagSample[]): {
  samples: number;
  p50: number;
  p99: number;
  max: number;
  perProjectionP99: Record<string, number>;
} {
  const worst = samples.map((s) => Math.max(0, ...Object.values(s.ages)));
  const names = samples.length > 0 ? Object.keys(samples[0].ages) : [];
  return {
    samples: samples.length,
    p50: worst.length ? percentile(worst, 50) : NaN,
    p99: worst.length ? percentile(worst, 99) : NaN,
    max: worst.length ? Math.max(...worst) : NaN,
    perProjectionP99: Object.fromEntries(
      names.map((n) => [
        n,
        percentile(
          samples.map((s) => s.ages[n] ?? 0),
          99,
        ),
      ]),
    ),
  };
}

/** The API's heap in use, from its /metrics (prom-client's default `nodejs_heap_size_used_bytes`). */
export async function heapUsedMiB(base: string): Promise<number> {
  try {
    const text = await (await fetch(`${base}/metrics`)).text();
    const bytes = /^rujukan_nodejs_heap_size_used_bytes\s+([\d.e+]+)/m.exec(text)?.[1];
    return bytes ? Number(bytes) / 2 ** 20 : NaN;
  } catch {
    return NaN;
  }
}

// ---------------------------------------------------------------- baseline: raw INSERTs

/**
 * Single-row INSERTs into the same `events` table from `writers` clients for `seconds`, each writer on a
 * stream of its own (as bench:store's baseline): what the database does with no service in front.
 */
export async function rawInsertRate(url: string, writers: number, seconds: number): Promise<number> {
  const clients = await Promise.all(
    Array.from({ length: writers }, async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return client;
    }),
  );
  const hash = randomBytes(32);
  const data = JSON.stringify({ channel: 'port', districtCode: '6471', reporterType: 'government_agency', note: 'x'.repeat(300) });
  const metadata = JSON.stringify({
    actor: 'raw',
    role: 'caseworker',
    agency: 'UPTD-PPA-64',
    correlationId: randomUUID(),
    causationId: null,
    commandId: randomUUID(),
    occurredAt: new Date().toISOString(),
  });
  try {
    const deadline = Date.now() + seconds * 1000;
    const started = performance.now();
    const counts = await Promise.all(
      clients.map(async (client) => {
        const stream = `raw-baseline-${randomUUID()}`;
        let n = 0;
        while (Date.now() < deadline) {
          await client.query(`INSERT INTO events (stream_name, revision, event_id, type, data, metadata, hash) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
            stream,
            n,
            randomUUID(),
            'RawBaseline',
            data,
            metadata,
            hash,
          ]);
          n++;
        }
        return n;
      }),
    );
    return counts.reduce((a, b) => a + b, 0) / ((performance.now() - started) / 1000);
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}
