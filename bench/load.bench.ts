/**
 * The API under load over HTTP, set against the ceiling of a command on this machine, all in one run:
 *
 *   1. the ceiling: a bare `node:http` server doing one INSERT per POST through a `pg` pool of the API's size on
 *      the same database (bench/support/ceiling-server.mjs), closed loop from `--staff` connections, and at the
 *      fixed rate (open loop);
 *   2. commands only, closed loop: `--staff` members of staff of the owning agencies each sending her next command;
 *   3. the mix, closed loop: 64 staff of 20 agencies sending commands and queries (bench/support/load-mix.ts);
 *   4. commands at a fixed offered rate (`--fixed-rate`, open loop), latency from each request's scheduled send
 *      time, so a stall counts for every request it delays (coordinated omission corrected, HDR histograms);
 *   5. statements and transactions per request type: the mix one request at a time, each counted apart.
 *
 *   npm run bench:load [-- --seconds 30 --commands-seconds 30 --fixed-rate 500 --fixed-rate-seconds 20
 *                          --ceiling-seconds 15 --warmup 5 --baseline-seconds 10 --staff 64 --seed 2026]
 *                      [--probe-requests 300] [--pool-size N] [--workers N] [--cpu-prof DIR] [--source]
 *                      [--projector in-process|separate]
 *
 * --workers sets API_WORKERS (API processes on the port; memory and CPU are then those of all of them, and
 * statements only the primary's); --pool-size sets DATABASE_POOL_SIZE of the API and of the ceiling server;
 * --cpu-prof writes a V8 CPU profile of the API process to DIR; --source runs the API from its TypeScript
 * sources (no build; its resident memory then includes the compiler).
 *
 * The API runs as a process of its own (the build, as `npm start` runs it, with API_NODE_FLAGS) with the
 * projector inside it (RUN_PROJECTOR=true); with `--projector separate`, as production runs them (README,
 * docker-compose.yml), the API with RUN_PROJECTOR=false and the built projector as a second process: CPU per
 * request is then both processes', statements the API's, and the figures go to load-separate-projector.json.
 * Rate limits off, LOG_LEVEL=warn and REQUIRE_REGISTERED_USERS=true, on a fresh database
 * on DATABASE_URL (embedded PostgreSQL when unset), with bench/support/statement-counter.mjs preloaded: it
 * counts the statements (round trips, BEGIN and COMMIT included) and transactions the API sends through `pg`
 * (pg_stat_statements is not preloaded on these servers); pg_stat_database's xact_commit + xact_rollback is
 * reported beside it. CPU per request is the serving process's CPU time (from /proc) over the requests it
 * answered. Measured alongside: projection lag every 100 ms, resident memory every second. Baselines in the
 * same run: the ceiling, GET /health from the same connections, raw single-row INSERTs into events.
 * Figures go to bench/results/load.json (the headline figures at its top level: bench/support/load-figures.ts).
 *
 * Targets (bench/support/load-figures.ts): commands only ≥ 0.2 of the ceiling, the mix ≥ 0.35 of it, p99 at the
 * fixed rate ≤ 3× the ceiling's p99, p99 projection lag ≤ 100 ms, resident memory < 300 MB, no errors but the
 * intended 409s.
 */
import { parseArgs } from 'node:util';
import type { LatencySummary } from './support/load-driver.js';
import { opKind } from './support/load-mix.js';
import { LOAD_BEFORE, loadFigures, loadTargets, type LoadFigures } from './support/load-figures.js';
import { API_NODE_FLAGS } from './support/load-harness.js';
import { runLoadSession, type LoadSessionResult, type PhaseFigures } from './support/load-session.js';
import { fixed, markdownTable, writeResult, type BenchTable, type BenchTarget } from './support/results.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '30' },
    'commands-seconds': { type: 'string', default: '30' },
    'fixed-rate': { type: 'string', default: '500' },
    'fixed-rate-seconds': { type: 'string', default: '20' },
    'ceiling-seconds': { type: 'string', default: '15' },
    'probe-requests': { type: 'string', default: '300' },
    warmup: { type: 'string', default: '5' },
    'baseline-seconds': { type: 'string', default: '10' },
    staff: { type: 'string', default: '64' },
    seed: { type: 'string', default: '2026' },
    'insert-writers': { type: 'string', default: '16' },
    'pool-size': { type: 'string' },
    workers: { type: 'string' },
    source: { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
    projector: { type: 'string', default: 'in-process' },
  },
});

const MB = 1.048576;

/** The headline figures of a session (see bench/support/load-figures.ts). */
export function figuresOf(r: LoadSessionResult): LoadFigures {
  const phases = [r.commands?.figures, r.fixedRate?.figures].filter((p): p is PhaseFigures => p !== undefined);
  const errorsIn = (errors: Record<string, number> | undefined) => Object.values(errors ?? {}).reduce((a, b) => a + b, 0);
  const mixRequests = Object.values(r.load.total.ops).reduce((a, o) => a + o.count, 0) / r.load.total.seconds;
  return loadFigures({
    ceilingPerSecond: r.ceiling?.closed.figures.perSecond ?? NaN,
    ceilingP99Ms: r.ceiling?.closed.load.total.kinds.ceiling?.p99 ?? NaN,
    commandsOnlyPerSecond: r.commands?.load.total.kinds.command?.perSecond ?? NaN,
    commandsOnlyP99Ms: r.commands?.load.total.kinds.command?.p99 ?? NaN,
    mixRequestsPerSecond: mixRequests,
    fixedRate: r.fixedRate?.open.rate ?? NaN,
    fixedRateP99Ms: r.fixedRate?.open.corrected.p99 ?? NaN,
    fixedRateFailed: r.fixedRate?.open.failed ?? 0,
    projectionLagP99Ms: r.lag.p99 * 1000,
    residentMemoryMaxMB: Math.max(r.rss.maxMiB, ...phases.map((p) => p.rssMaxMiB)) * MB,
    errors: errorsIn(r.load.total.errors) + errorsIn(r.commands?.load.total.errors) + errorsIn(r.fixedRate?.load.total.errors),
  });
}

export function loadTables(
  r: LoadSessionResult,
  staff = 64,
  projector: 'in-process' | 'separate' = 'in-process',
): { tables: BenchTable[]; targets: BenchTarget[]; figures: LoadFigures; errors: number; races: number } {
  const figures = figuresOf(r);
  const separate = projector === 'separate';
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
      ...(r.projectorRssMaxMiB === undefined ? [] : [['projector process resident memory, max (MB)', fixed(r.projectorRssMaxMiB * 1.048576, 0)]]),
      [
        separate
          ? 'CPU (cores busy): API and projector processes / load driver / PostgreSQL backends of this database'
          : 'CPU (cores busy): API process / load driver / PostgreSQL backends of this database',
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
  const mixAnswered = Object.values(r.load.total.ops).reduce((a, o) => a + o.count, 0) || NaN;
  const mixCommands = commands?.count ?? NaN;
  const elapsedMix = r.load.total.seconds;
  const mixPhase = {
    perSecond: mixAnswered / elapsedMix,
    serverCpuMsPerRequest: (r.cpu.api * elapsedMix * 1000) / mixAnswered,
    postgresCpuMsPerRequest: (r.cpu.postgres * elapsedMix * 1000) / mixAnswered,
    statementsPerRequest: r.mixStatements ? r.mixStatements.statements / mixAnswered : NaN,
    transactionsPerRequest: r.mixStatements ? r.mixStatements.transactions / mixAnswered : NaN,
    databaseTransactionsPerRequest: r.database.transactions / mixAnswered,
  };
  const ceilingSummary = r.ceiling?.closed.load.total.kinds.ceiling;
  const c = figures.ceilingPerSecond;
  const cp99 = figures.ceilingP99Ms;
  const costs = (
    p:
      | Pick<
          PhaseFigures,
          'serverCpuMsPerRequest' | 'postgresCpuMsPerRequest' | 'statementsPerRequest' | 'transactionsPerRequest' | 'databaseTransactionsPerRequest'
        >
      | undefined,
  ) =>
    p
      ? [
          fixed(p.serverCpuMsPerRequest),
          fixed(p.postgresCpuMsPerRequest),
          fixed(p.statementsPerRequest, 1),
          fixed(p.transactionsPerRequest, 1),
          fixed(p.databaseTransactionsPerRequest, 1),
        ]
      : ['–', '–', '–', '–', '–'];
  const phaseRow = (label: string, perSecond: number, s: { p50: number; p99: number } | undefined, cost: Parameters<typeof costs>[0]) => [
    label,
    fixed(perSecond, 0),
    fixed(perSecond / c),
    fixed(s?.p50 ?? NaN, 1),
    fixed(s?.p99 ?? NaN, 1),
    fixed((s?.p99 ?? NaN) / cp99),
    ...costs(cost),
  ];
  const open = r.fixedRate?.open;
  const ceilingOpen = r.ceiling?.open;
  const phasesTable: BenchTable = {
    caption:
      `Against the ceiling, same run (${r.environment.postgres}; ${r.ceiling?.poolSize ?? '–'} pooled connections each): per second, latency, and what each answered request cost. ` +
      (separate
        ? 'CPU ms: the serving processes (the API and the projector process together, or the ceiling server) and the database backends; statements and transactions: counted in the API by the statement counter (the projector process not counted); PostgreSQL: xact_commit + xact_rollback of pg_stat_database (every client)'
        : 'CPU ms: the serving process (API with its in-process projector, or the ceiling server) and the database backends; statements and transactions: counted in the API by the statement counter (projector included); PostgreSQL: xact_commit + xact_rollback of pg_stat_database (every client)'),
    columns: [
      'phase',
      'per s',
      '÷ ceiling',
      'p50 ms',
      'p99 ms',
      'p99 ÷ ceiling p99',
      'server CPU ms/req',
      'PostgreSQL CPU ms/req',
      'statements/req',
      'transactions/req',
      'PostgreSQL transactions/req',
    ],
    rows: [
      phaseRow(`ceiling: bare node:http, one INSERT per POST, ${staff} connections, closed loop`, c, ceilingSummary, r.ceiling?.closed.figures),
      ...(ceilingOpen
        ? [
            phaseRow(
              `ceiling at ${ceilingOpen.rate}/s offered, open loop (from scheduled send)`,
              ceilingOpen.answeredPerSecond,
              ceilingOpen.corrected,
              undefined,
            ),
          ]
        : []),
      phaseRow(
        `API, commands only, ${staff} connections, closed loop`,
        figures.commandsOnlyPerSecond,
        r.commands?.load.total.kinds.command,
        r.commands?.figures,
      ),
      phaseRow(`API, the mix: every request, ${staff} connections, closed loop`, mixPhase.perSecond, undefined, mixPhase),
      phaseRow('  of which commands', mixCommands / elapsedMix, commands, undefined),
      phaseRow('  of which queries', queries?.perSecond ?? NaN, queries, undefined),
      ...(open
        ? [
            phaseRow(`API, commands at ${open.rate}/s offered, open loop (from scheduled send)`, open.answeredPerSecond, open.corrected, r.fixedRate?.figures),
            phaseRow('  the same answers timed from the actual send (what a closed loop would report)', open.answeredPerSecond, open.service, undefined),
          ]
        : []),
    ],
  };
  const before = LOAD_BEFORE;
  const probeCommands = Object.entries(r.probe ?? {})
    .filter(([op]) => opKind(op) === 'command')
    .reduce(
      (sum, [, p]) => ({ requests: sum.requests + p.requests, statements: sum.statements + p.statements, transactions: sum.transactions + p.transactions }),
      {
        requests: 0,
        statements: 0,
        transactions: 0,
      },
    );
  const beforeAfter: BenchTable = {
    caption: `Before and after. Before: ${before.source}; the ceiling and the statements were measured apart then, not in the same run`,
    columns: ['figure', 'before', 'this run'],
    rows: [
      [
        'ceiling (bare node:http, one INSERT per POST), per s / p99 ms',
        `${before.ceilingPerSecond} / ${before.ceilingP99Ms}`,
        `${fixed(c, 0)} / ${fixed(cp99, 1)}`,
      ],
      ['commands only, closed loop, per s (÷ ceiling)', 'not measured', `${fixed(figures.commandsOnlyPerSecond, 0)} (${fixed(figures.commandsOnlyRatio)})`],
      [
        'the mix, closed loop: requests per s (÷ ceiling)',
        `${before.mixRequestsPerSecond} (${fixed(before.mixRequestsPerSecond / before.ceilingPerSecond)})`,
        `${fixed(figures.mixRequestsPerSecond, 0)} (${fixed(figures.mixRatio)})`,
      ],
      [
        'the mix: commands per s / command p99 ms',
        `${before.mixCommandsPerSecond} / ${before.mixCommandP99Ms}`,
        `${fixed(commands?.perSecond ?? NaN, 0)} / ${fixed(commands?.p99 ?? NaN, 1)}`,
      ],
      [
        `commands at a fixed rate, p99 ms (÷ ceiling p99)`,
        'not measured',
        open ? `${fixed(open.corrected.p99, 1)} at ${open.rate}/s (${fixed(figures.fixedRateP99Ratio)}×)` : '–',
      ],
      [
        'statements / transactions per command on its own request path (one at a time)',
        `${before.statementsPerCommand} / ${before.commitsPerCommand} commits`,
        `${fixed(probeCommands.statements / probeCommands.requests, 1)} / ${fixed(probeCommands.transactions / probeCommands.requests, 1)}`,
      ],
      [
        separate
          ? 'statements / transactions per command under the commands-only load, the API alone (the projector is another process)'
          : 'statements / transactions per command under the commands-only load, the in-process projector included',
        'not measured',
        `${fixed(r.commands?.figures.statementsPerRequest ?? NaN, 1)} / ${fixed(r.commands?.figures.transactionsPerRequest ?? NaN, 1)}`,
      ],
      ['PostgreSQL transactions per request of the mix', fixed(before.databaseTransactionsPerRequest, 1), fixed(mixPhase.databaseTransactionsPerRequest, 1)],
      [separate ? 'API and projector CPU during the mix (cores busy)' : 'API CPU during the mix (cores busy)', fixed(before.apiCoresBusy), fixed(r.cpu.api)],
      ['p99 projection lag during the mix, ms', before.projectionLagP99Ms, fixed(figures.projectionLagP99Ms, 0)],
      ['API resident memory, max MB', before.residentMemoryMaxMB, fixed(figures.residentMemoryMaxMB, 0)],
    ],
  };
  const lagTable: BenchTable = {
    caption: 'Projection lag per phase (age of the oldest event a projection handles and has not applied, sampled every 100 ms)',
    columns: ['phase', 'p50 ms', 'p99 ms', 'max ms', 'resident memory max MB'],
    rows: [
      ...(r.commands
        ? [
            [
              'commands only',
              fixed(r.commands.figures.lag.p50 * 1000, 0),
              fixed(r.commands.figures.lag.p99 * 1000, 0),
              fixed(r.commands.figures.lag.max * 1000, 0),
              fixed(r.commands.figures.rssMaxMiB * MB, 0),
            ],
          ]
        : []),
      ['the mix', fixed(r.lag.p50 * 1000, 0), fixed(r.lag.p99 * 1000, 0), fixed(r.lag.max * 1000, 0), fixed(r.rss.maxMiB * MB, 0)],
      ...(r.fixedRate
        ? [
            [
              `commands at ${r.fixedRate.open.rate}/s`,
              fixed(r.fixedRate.figures.lag.p50 * 1000, 0),
              fixed(r.fixedRate.figures.lag.p99 * 1000, 0),
              fixed(r.fixedRate.figures.lag.max * 1000, 0),
              fixed(r.fixedRate.figures.rssMaxMiB * MB, 0),
            ],
          ]
        : []),
    ],
  };
  const probeRows = Object.entries(r.probe ?? {})
    .filter(([op]) => op !== 'background')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([op, p]) => [op, p.requests, fixed(p.statements / p.requests, 1), fixed(p.transactions / p.requests, 1)]);
  const probeTable: BenchTable = {
    caption:
      "Statements and transactions per request type: the mix one request at a time after the load, each request counted apart by the statement counter (round trips, BEGIN and COMMIT included; a transaction is a BEGIN or an autocommit statement); the in-process projector's own statements meanwhile are counted apart",
    columns: ['request', 'requests', 'statements/request', 'transactions/request'],
    rows: [
      ...probeRows,
      ...(r.probe?.background
        ? [['(projector and other background work meanwhile, total)', '–', r.probe.background.statements, r.probe.background.transactions]]
        : []),
    ],
  };
  const targets = loadTargets(figures);
  const extra = [phasesTable, beforeAfter, lagTable, ...(probeRows.length ? [probeTable] : [])];
  return { tables: [...extra, throughput, ops, resources, errorTable], targets, figures, errors, races };
}

async function main(): Promise<void> {
  const projector = values.projector as 'in-process' | 'separate';
  if (projector !== 'in-process' && projector !== 'separate') throw new Error(`--projector is in-process or separate, not ${String(projector)}`);
  const apiEnv: Record<string, string> = {};
  if (values['pool-size']) apiEnv.DATABASE_POOL_SIZE = values['pool-size'];
  if (values.workers) apiEnv.API_WORKERS = values.workers;
  const options = {
    staff: Number(values.staff),
    seconds: Number(values.seconds),
    commandsSeconds: Number(values['commands-seconds']),
    fixedRate: Number(values['fixed-rate']),
    fixedRateSeconds: Number(values['fixed-rate-seconds']),
    ceilingSeconds: Number(values['ceiling-seconds']),
    probeRequests: Number(values['probe-requests']),
    warmupSeconds: Number(values.warmup),
    baselineSeconds: Number(values['baseline-seconds']),
    windowSeconds: 0,
    insertWriters: Number(values['insert-writers']),
    seed: Number(values.seed),
    apiEnv,
    fromSource: values.source,
    statementCounter: true,
    projector,
    // A V8 CPU profile of the API process, written to this directory when it stops: where its time goes.
    apiNodeArgs: values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`] : [],
  };
  const r = await runLoadSession(options);
  const { tables, targets, figures, races } = loadTables(r, options.staff, projector);
  const e = r.environment;
  console.log(
    `Machine: ${e.cores} cores (${e.cpuModel}), ${e.ramGiB} GiB RAM, ${e.os}, Node ${e.node}, PostgreSQL ${e.postgres}; load average ${e.loadAverage} at the start`,
  );
  console.log(
    `${options.staff} staff (closed-loop connections): commands only ${options.commandsSeconds} s, the mix ${options.seconds} s (each after ${options.warmupSeconds} s of warm-up), ` +
      `commands at ${options.fixedRate}/s for ${options.fixedRateSeconds} s, the ceiling ${options.ceilingSeconds} s; intended 409s in the mix: ${races}`,
  );
  if (figures.ceilingPerSecond < figures.fixedRate * 1.5) {
    console.log(
      `\nWarning: the ceiling (${figures.ceilingPerSecond.toFixed(0)}/s) hardly carries the fixed rate (${figures.fixedRate}/s): choose a lower --fixed-rate.`,
    );
  }
  for (const t of tables) console.log(`\n${t.caption}\n\n${markdownTable(t)}`);
  console.log(
    `\n${markdownTable({ columns: ['target', 'wanted', 'measured', ''], rows: targets.map((t) => [t.label, t.target, t.measured, t.met ? 'met' : 'MISSED']) })}`,
  );
  if (r.apiWarnings.length) console.log(`\nAPI warnings (first 5): ${r.apiWarnings.slice(0, 5).join(' | ')}`);
  const extraFigures = {
    // The stricter comparison beside it: the ceiling's own p99 at the same offered rate (open loop, same correction).
    ceilingFixedRateP99Ms: r.ceiling?.open?.corrected.p99 ?? null,
    fixedRateP99RatioAtSameRate: r.ceiling?.open ? figures.fixedRateP99Ms / r.ceiling.open.corrected.p99 : null,
    // Under the commands-only load: statements the API sent per command (projector included), its CPU and the ceiling's.
    statementsPerCommandOnly: r.commands?.figures.statementsPerRequest ?? null,
    apiCpuMsPerCommandOnly: r.commands?.figures.serverCpuMsPerRequest ?? null,
    ceilingCpuMsPerRequest: r.ceiling?.closed.figures.serverCpuMsPerRequest ?? null,
  };
  const path = writeResult({
    // The headline figures at the top level, for tools and the report's checks.
    ...figures,
    ...extraFigures,
    name: projector === 'separate' ? 'load-separate-projector' : 'load',
    title:
      projector === 'separate'
        ? 'HTTP load against the ceiling as production runs it, the projector a process of its own: commands only, the mix, and commands at a fixed rate'
        : 'HTTP load against the ceiling: commands only, the mix, and commands at a fixed rate',
    command: projector === 'separate' ? 'npm run bench:load -- --projector separate' : 'npm run bench:load',
    date: new Date().toISOString(),
    environment: e,
    parameters: {
      ...options,
      projector:
        projector === 'separate'
          ? 'a process of its own (the API with RUN_PROJECTOR=false), as the README and docker-compose.yml run it'
          : 'in the API process (RUN_PROJECTOR=true)',
      nodeFlags: API_NODE_FLAGS.join(' '),
      rateLimits: 'off',
      logLevel: 'warn',
      requireRegisteredUsers: true,
    },
    baseline:
      "the ceiling: a bare node:http server doing one INSERT per POST through a pg pool of the API's size on the same database, same connections, same run (and GET /health, raw INSERTs)",
    tables,
    targets,
    notes: r.apiWarnings.length ? [`API log lines at warn or above: ${r.apiWarnings.slice(0, 5).join(' | ')}`] : [],
    data: {
      ops: r.load.total.ops,
      errors: r.load.total.errors,
      races: r.load.total.races,
      lag: r.lag,
      cpu: r.cpu,
      autocannon: r.load.autocannon,
      commandsOnly: r.commands && { figures: r.commands.figures, ops: r.commands.load.total.ops, errors: r.commands.load.total.errors },
      fixedRate: r.fixedRate && {
        open: r.fixedRate.open,
        figures: r.fixedRate.figures,
        ops: r.fixedRate.load.total.ops,
        errors: r.fixedRate.load.total.errors,
      },
      ceiling: r.ceiling && {
        poolSize: r.ceiling.poolSize,
        figures: r.ceiling.closed.figures,
        summary: r.ceiling.closed.load.total.kinds.ceiling,
        open: r.ceiling.open,
      },
      statementsPerRequestType: r.probe,
      mixStatements: r.mixStatements,
    },
  });
  console.log(`\nFigures written to ${path}`);
}

if (process.argv[1]?.endsWith('load.bench.ts')) await main();
