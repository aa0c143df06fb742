/**
 * The API under load over HTTP: 64 staff of 20 agencies (autocannon connections, each a user recorded in the
 * directory with its own bearer token) sending a mix of commands and queries over many small case streams,
 * a few of them hot, for 60 s after a 5 s warm-up.
 *
 *   npm run bench:load [-- --seconds 60 --warmup 5 --baseline-seconds 10 --staff 64 --seed 2026]
 *                      [--pool-size N] [--workers N] [--cpu-prof DIR] [--source]
 *
 * --workers sets API_WORKERS (API processes on the port; memory and CPU are then those of all of them);
 * --pool-size sets the API's DATABASE_POOL_SIZE; --cpu-prof writes a V8 CPU profile of the API process to DIR;
 * --source runs the API from its TypeScript sources (no build; its resident memory then includes the compiler).
 *
 * The API runs as a process of its own (`node` on the TypeScript sources, as `npm start` runs the build) with
 * the projector inside it (RUN_PROJECTOR=true, the default), rate limits off, LOG_LEVEL=warn and
 * REQUIRE_REGISTERED_USERS=true, on a fresh database on DATABASE_URL (embedded PostgreSQL when unset). The
 * load comes from a second process running autocannon (bench/support/load-driver.ts); the mix is in
 * bench/support/load-mix.ts. Measured alongside: projection lag every 100 ms (the oldest event each
 * projection handles and has not applied), the API's resident memory every second, CPU of the API, the
 * driver and PostgreSQL. Baselines in the same run: GET /health from the same connections, and raw
 * single-row INSERTs into the events table. Figures go to bench/results/load.json.
 *
 * Targets (2 cores, PostgreSQL on the same machine): ≥ 1,000 commands/s, p99 command latency ≤ 50 ms,
 * p99 projection lag ≤ 250 ms, no errors but the intended 409s, resident memory < 400 MB.
 */
import { parseArgs } from 'node:util';
import type { LatencySummary } from './support/load-driver.js';
import { runLoadSession, type LoadSessionResult } from './support/load-session.js';
import { fixed, markdownTable, writeResult, type BenchTable, type BenchTarget } from './support/results.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '5' },
    'baseline-seconds': { type: 'string', default: '10' },
    staff: { type: 'string', default: '64' },
    seed: { type: 'string', default: '2026' },
    'insert-writers': { type: 'string', default: '16' },
    'pool-size': { type: 'string' },
    workers: { type: 'string' },
    source: { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
  },
});

const TARGETS = { commandsPerSecond: 1000, commandP99Ms: 50, lagP99Ms: 250, rssMB: 400 };

export function loadTables(r: LoadSessionResult): { tables: BenchTable[]; targets: BenchTarget[]; errors: number; races: number } {
  const health = r.health.kinds.health!;
  const commands = r.load.total.kinds.command;
  const queries = r.load.total.kinds.query;
  const row = (label: string, s: LatencySummary | undefined) =>
    s
      ? [
          label,
          fixed(s.perSecond, 0),
          fixed(s.perSecond / health.perSecond),
          fixed(s.p50, 1),
          fixed(s.p95, 1),
          fixed(s.p99, 1),
          fixed(s.p999, 1),
          fixed(s.p99 / health.p99),
        ]
      : [label, '–', '–', '–', '–', '–', '–', '–'];
  const throughput: BenchTable = {
    caption: `Throughput and latency per kind (${r.load.total.seconds.toFixed(0)} s measured after the warm-up; latency from request written to answer read, races included)`,
    columns: ['requests', 'per s', '÷ /health per s', 'p50 ms', 'p95 ms', 'p99 ms', 'p99.9 ms', 'p99 ÷ /health p99'],
    rows: [row('baseline: GET /health, same connections', health), row('commands (POST)', commands), row('queries (GET)', queries)],
  };
  const races = Object.values(r.load.total.races).reduce((a, b) => a + b, 0);
  const errors = Object.values(r.load.total.errors).reduce((a, b) => a + b, 0);
  const ops: BenchTable = {
    caption: 'Per operation',
    columns: ['operation', 'answered', 'per s', 'p50 ms', 'p99 ms', 'intended 409s', 'errors'],
    rows: Object.entries(r.load.total.ops)
      .sort(([, a], [, b]) => b.count - a.count)
      .map(([op, s]) => {
        const opErrors = Object.entries(r.load.total.errors)
          .filter(([key]) => key.endsWith(` on ${op}`))
          .reduce((a, [, n]) => a + n, 0);
        return [op, s.count, fixed(s.perSecond, 1), fixed(s.p50, 1), fixed(s.p99, 1), r.load.total.races[op] ?? 0, opErrors];
      }),
  };
  const resources: BenchTable = {
    caption: 'Read models, memory, CPU',
    columns: ['figure', 'value'],
    align: ['l', 'r'],
    rows: [
      [
        'projection lag p50 / p99 / max (ms), sampled every 100 ms',
        `${fixed(r.lag.p50 * 1000, 0)} / ${fixed(r.lag.p99 * 1000, 0)} / ${fixed(r.lag.max * 1000, 0)}`,
      ],
      ...Object.entries(r.lag.perProjectionP99).map(([name, p99]) => [`  p99 lag of ${name} (ms)`, fixed(p99 * 1000, 0)]),
      ['queries answered with X-Read-Model-Behind (read models late past READ_WAIT_MS)', r.load.total.staleReads],
      [
        'API resident memory: max / at start / at end of the measured period (MB)',
        `${fixed(r.rss.maxMiB * 1.048576, 0)} / ${fixed(r.rss.startMiB * 1.048576, 0)} / ${fixed(r.rss.endMiB * 1.048576, 0)}`,
      ],
      ['API heap in use at the end (MiB)', fixed(r.heapEndMiB, 0)],
      [
        'CPU (cores busy): API process / load driver / PostgreSQL backends of this database',
        `${fixed(r.cpu.api)} / ${fixed(r.cpu.driver)} / ${fixed(r.cpu.postgres)}`,
      ],
      [
        'database transactions / rows inserted / rows updated per answered request (API and projector together)',
        (() => {
          const answered = Object.values(r.load.total.ops).reduce((a, o) => a + o.count, 0) || NaN;
          return `${fixed(r.database.transactions / answered, 1)} / ${fixed(r.database.inserted / answered, 1)} / ${fixed(r.database.updated / answered, 1)}`;
        })(),
      ],
      ['baseline: raw single-row INSERT into events (per s)', fixed(r.rawInsertsPerSecond, 0)],
      ['commands per s ÷ raw INSERTs per s', fixed((commands?.perSecond ?? 0) / r.rawInsertsPerSecond)],
      [
        'cases opened during the run / case streams in the store / events in the store',
        `${r.load.cases?.cases ?? '–'} / ${r.events.caseStreams} / ${r.events.total}`,
      ],
      ['API log lines at warn or above', r.apiWarnings.length],
    ],
  };
  const errorTable: BenchTable = {
    caption: 'Errors by status and code (anything but 2xx and the intended 409 CASE.CONCURRENT_UPDATE)',
    columns: ['status, code, operation', 'count'],
    rows: Object.keys(r.load.total.errors).length ? Object.entries(r.load.total.errors).map(([k, n]) => [k, n]) : [['none', 0]],
  };
  const rssMB = r.rss.maxMiB * 1.048576;
  const targets: BenchTarget[] = [
    {
      label: 'commands per second',
      target: `≥ ${TARGETS.commandsPerSecond}`,
      measured: fixed(commands?.perSecond ?? 0, 0),
      met: (commands?.perSecond ?? 0) >= TARGETS.commandsPerSecond,
    },
    {
      label: 'p99 command latency',
      target: `≤ ${TARGETS.commandP99Ms} ms`,
      measured: `${fixed(commands?.p99 ?? NaN, 1)} ms`,
      met: (commands?.p99 ?? Infinity) <= TARGETS.commandP99Ms,
    },
    {
      label: 'p99 projection lag',
      target: `≤ ${TARGETS.lagP99Ms} ms`,
      measured: `${fixed(r.lag.p99 * 1000, 0)} ms`,
      met: r.lag.p99 * 1000 <= TARGETS.lagP99Ms,
    },
    { label: 'errors other than intended 409s', target: '0', measured: String(errors), met: errors === 0 },
    { label: 'API resident memory (max)', target: `< ${TARGETS.rssMB} MB`, measured: `${fixed(rssMB, 0)} MB`, met: rssMB < TARGETS.rssMB },
  ];
  return { tables: [throughput, ops, resources, errorTable], targets, errors, races };
}

async function main(): Promise<void> {
  const apiEnv: Record<string, string> = {};
  if (values['pool-size']) apiEnv.DATABASE_POOL_SIZE = values['pool-size'];
  if (values.workers) apiEnv.API_WORKERS = values.workers;
  // A V8 CPU profile of the API process, written to this directory when it stops: where its time goes.
  const options = {
    staff: Number(values.staff),
    seconds: Number(values.seconds),
    warmupSeconds: Number(values.warmup),
    baselineSeconds: Number(values['baseline-seconds']),
    windowSeconds: 0,
    insertWriters: Number(values['insert-writers']),
    seed: Number(values.seed),
    apiEnv,
    fromSource: values.source,
    // A V8 CPU profile of the API process, written to this directory when it stops: where its time goes.
    apiNodeArgs: values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`] : [],
  };
  const r = await runLoadSession(options);
  const { tables, targets, races } = loadTables(r);
  const e = r.environment;
  console.log(
    `Machine: ${e.cores} cores (${e.cpuModel}), ${e.ramGiB} GiB RAM, ${e.os}, Node ${e.node}, PostgreSQL ${e.postgres}; load average ${e.loadAverage} at the start`,
  );
  console.log(
    `${options.staff} staff (autocannon connections) of 20 agencies, ${options.seconds} s after ${options.warmupSeconds} s of warm-up; ` +
      `intended 409s (CASE.CONCURRENT_UPDATE on hot cases): ${races}`,
  );
  for (const t of tables) console.log(`\n${t.caption}\n\n${markdownTable(t)}`);
  console.log(
    `\n${markdownTable({ columns: ['target', 'wanted', 'measured', ''], rows: targets.map((t) => [t.label, t.target, t.measured, t.met ? 'met' : 'MISSED']) })}`,
  );
  if (r.apiWarnings.length) console.log(`\nAPI warnings (first 5): ${r.apiWarnings.slice(0, 5).join(' | ')}`);
  const path = writeResult({
    name: 'load',
    title: 'HTTP load: 64 staff of 20 agencies, commands and queries',
    command: 'npm run bench:load',
    date: new Date().toISOString(),
    environment: e,
    parameters: { ...options, projector: 'in the API process (RUN_PROJECTOR=true)', rateLimits: 'off', logLevel: 'warn', requireRegisteredUsers: true },
    baseline: 'GET /health from the same 64 connections in the same run (and raw single-row INSERTs into events for commands/s)',
    tables,
    targets,
    notes: r.apiWarnings.length ? [`API log lines at warn or above: ${r.apiWarnings.slice(0, 5).join(' | ')}`] : [],
    data: { ops: r.load.total.ops, errors: r.load.total.errors, races: r.load.total.races, lag: r.lag, cpu: r.cpu, autocannon: r.load.autocannon },
  });
  console.log(`\nFigures written to ${path}`);
}

if (process.argv[1]?.endsWith('load.bench.ts')) await main();
