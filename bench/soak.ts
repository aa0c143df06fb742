/**
 * The load benchmark's mix for N minutes: per minute the API's resident memory and heap, p99 latency and
 * throughput; at the end a verdict on memory growth (least-squares slope per minute) and on p99 drift.
 *
 *   npm run soak -- --minutes 30 [--staff 64 --warmup 5 --seed 2026]
 *
 * Same set-up as bench:load (the built API as a process of its own with its projector, rate limits off,
 * autocannon from a second process), same baselines. The table goes to the terminal and, as
 * bench/results/soak.json, into the "Soak" section of docs/benchmarks.md (the report is rebuilt at the end).
 *
 * Verdicts: memory is steady when resident memory grows by less than 2 MB a minute and the heap by less than
 * 1 MiB a minute over the minutes after the first (a leak of one small object per request would exceed both
 * within minutes at these rates); p99 is steady when the median p99 of commands over the last third of the
 * minutes is within 1.5× that of the first third.
 */
import { parseArgs } from 'node:util';
import { median } from './support/figures.js';
import { runLoadSession, type LoadSessionResult } from './support/load-session.js';
import { writeReport } from './report.js';
import { fixed, markdownTable, writeResult, type BenchTable, type BenchTarget } from './support/results.js';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    staff: { type: 'string', default: '64' },
    warmup: { type: 'string', default: '5' },
    'baseline-seconds': { type: 'string', default: '10' },
    seed: { type: 'string', default: '2026' },
    'window-seconds': { type: 'string', default: '60' },
    source: { type: 'boolean', default: false },
  },
});

const RSS_SLOPE_MB_PER_MIN = 2;
const HEAP_SLOPE_MIB_PER_MIN = 1;
const P99_DRIFT = 1.5;

/** Least-squares slope of y over x. */
export function slope(points: ReadonlyArray<readonly [number, number]>): number {
  const n = points.length;
  if (n < 2) return NaN;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  return sxx === 0 ? NaN : sxy / sxx;
}

type Minute = LoadSessionResult['windows'][number];

function row(m: Minute, index: number, windowSeconds: number): Array<string | number> {
  const c = m.driver.kinds.command;
  const q = m.driver.kinds.query;
  const errors = Object.values(m.driver.errors).reduce((a, b) => a + b, 0);
  const races = Object.values(m.driver.races).reduce((a, b) => a + b, 0);
  return [
    `${((index * windowSeconds) / 60).toFixed(windowSeconds % 60 === 0 ? 0 : 1)}–${(((index + 1) * windowSeconds) / 60).toFixed(windowSeconds % 60 === 0 ? 0 : 1)}`,
    fixed(c?.perSecond ?? 0, 0),
    fixed(q?.perSecond ?? 0, 0),
    fixed(c?.p99 ?? NaN, 1),
    fixed(q?.p99 ?? NaN, 1),
    fixed(m.lagP99 * 1000, 0),
    fixed(m.resources.rssMaxMiB * 1.048576, 0),
    fixed(m.resources.heapUsedMiB, 0),
    races,
    errors,
  ];
}

async function main(): Promise<void> {
  const minutes = Number(values.minutes);
  const windowSeconds = Number(values['window-seconds']);
  const options = {
    staff: Number(values.staff),
    seconds: minutes * 60,
    warmupSeconds: Number(values.warmup),
    baselineSeconds: Number(values['baseline-seconds']),
    windowSeconds,
    insertWriters: 16,
    seed: Number(values.seed),
    fromSource: values.source,
  };
  const header = ['minutes', 'commands/s', 'queries/s', 'p99 command ms', 'p99 query ms', 'p99 lag ms', 'RSS max MB', 'heap floor MiB', 'intended 409s', 'errors'];
  console.log(`Soak: ${options.staff} staff for ${minutes} min after ${options.warmupSeconds} s of warm-up; a row every ${windowSeconds} s`);
  console.log(`| ${header.join(' | ')} |`);
  let printed = 0;
  const r = await runLoadSession(options, (m) => console.log(`| ${row(m, printed++, windowSeconds).join(' | ')} |`));
  const windows = [...r.windows].sort((a, b) => a.driver.from - b.driver.from);
  // The first window still settles (JIT, pools, caches): the slopes start after it.
  const settled = windows.slice(1);
  const at = (m: Minute) => (m.driver.from + m.driver.seconds / 2) / 60;
  const rssSlope = slope(settled.map((m) => [at(m), m.resources.rssMaxMiB * 1.048576] as const));
  const heapSlope = slope(settled.map((m) => [at(m), m.resources.heapUsedMiB] as const));
  const third = Math.max(1, Math.floor(windows.length / 3));
  const p99s = windows.map((m) => m.driver.kinds.command?.p99 ?? NaN);
  const firstP99 = median(p99s.slice(0, third));
  const lastP99 = median(p99s.slice(-third));
  const drift = lastP99 / firstP99;
  const memorySteady = rssSlope < RSS_SLOPE_MB_PER_MIN && heapSlope < HEAP_SLOPE_MIB_PER_MIN;
  const latencySteady = drift <= P99_DRIFT;
  const errors = Object.values(r.load.total.errors).reduce((a, b) => a + b, 0);

  const perMinute: BenchTable = { caption: `Per ${windowSeconds === 60 ? 'minute' : `${windowSeconds} s`}`, columns: header, rows: windows.map((m, i) => row(m, i, windowSeconds)) };
  const verdict: BenchTable = {
    caption: 'Verdict',
    columns: ['figure', 'value', 'threshold', 'verdict'],
    rows: [
      ['resident memory slope (MB/min, after the first window)', fixed(rssSlope), `< ${RSS_SLOPE_MB_PER_MIN}`, rssSlope < RSS_SLOPE_MB_PER_MIN ? 'steady' : 'GROWS'],
      ['heap floor slope (MiB/min, after the first window; lowest of the 5 s samples per window)', fixed(heapSlope), `< ${HEAP_SLOPE_MIB_PER_MIN}`, heapSlope < HEAP_SLOPE_MIB_PER_MIN ? 'steady' : 'GROWS'],
      [`p99 command latency, last third ÷ first third (${fixed(lastP99, 1)} ÷ ${fixed(firstP99, 1)} ms)`, fixed(drift), `≤ ${P99_DRIFT}`, latencySteady ? 'steady' : 'DRIFTS'],
      ['baseline: GET /health per s / p99 ms (same connections, before the soak)', `${fixed(r.health.kinds.health?.perSecond ?? NaN, 0)} / ${fixed(r.health.kinds.health?.p99 ?? NaN, 1)}`, '', ''],
      ['errors other than intended 409s, whole soak', errors, '0', errors === 0 ? 'none' : 'ERRORS'],
    ],
  };
  console.log(`\n${markdownTable(verdict)}`);
  const targets: BenchTarget[] = [
    { label: 'memory growth', target: `RSS < ${RSS_SLOPE_MB_PER_MIN} MB/min, heap < ${HEAP_SLOPE_MIB_PER_MIN} MiB/min`, measured: `${fixed(rssSlope)} MB/min, ${fixed(heapSlope)} MiB/min`, met: memorySteady },
    { label: 'p99 command latency drift', target: `last third ≤ ${P99_DRIFT}× first third`, measured: `${fixed(drift)}×`, met: latencySteady },
    { label: 'errors other than intended 409s', target: '0', measured: String(errors), met: errors === 0 },
  ];
  const path = writeResult({
    name: 'soak',
    title: `Soak: the load mix for ${minutes} minutes`,
    command: `npm run soak -- --minutes ${minutes}`,
    date: new Date().toISOString(),
    environment: r.environment,
    parameters: { ...options, projector: 'in the API process (RUN_PROJECTOR=true)' },
    baseline: 'GET /health from the same connections before the soak; the first window for the slopes and the drift',
    tables: [perMinute, verdict],
    targets,
    data: { windows: windows.map((m) => ({ from: m.driver.from, seconds: m.driver.seconds, kinds: m.driver.kinds, resources: m.resources, lagP99: m.lagP99 })) },
  });
  console.log(`\nFigures written to ${path}; docs/benchmarks.md: ${writeReport()}`);
}

if (process.argv[1]?.endsWith('soak.ts')) await main();
