/**
 * The load benchmark's mix for N minutes: per minute the API's resident memory and live heap, p99 latency and
 * throughput; at the end a verdict on memory growth (least-squares slope per minute) and on p99 drift.
 *
 *   npm run soak -- --minutes 30 [--staff 64 --warmup 5 --seed 2026] [--snapshots 2,10 --snapshot-dir /tmp]
 *
 * Same set-up as bench:load (the built API as a process of its own with its projector, rate limits off,
 * autocannon from a second process), same baselines, with one difference: the soak starts the API with
 * --expose-gc and preloads bench/support/memory-probe.mjs (the soak only; `npm start` never does), and every
 * 15 s asks it over IPC for a full collection and then the heap in use. So the heap figure is the live heap,
 * not the live heap plus however much garbage the last collection happened to leave: sampled from /metrics
 * without a collection, a 5-minute soak's heap "floor" read 72, 76, 101, 84, 87 MiB, while the live heap of the
 * same load stayed at 67–68 MiB for 12 minutes. The forced collections cost the API a pause of a few tens of
 * milliseconds every 15 s, and keep the heap V8 commits nearer the live heap than it would be otherwise, so the
 * resident figures are a little lower than bench:load's. The table goes to the terminal and, as
 * bench/results/soak.json, into the "Soak" section of docs/benchmarks.md (the report is rebuilt at the end).
 *
 * --snapshots 2,10 writes heap snapshots of the API at those minutes (api-<seconds>s.heapsnapshot in
 * --snapshot-dir); compare two with bench/support/heap-compare.ts. Each stalls the API for seconds, so a soak
 * with snapshots is for finding a leak, not for figures (requests time out around each snapshot).
 *
 * Verdicts (bench/support/soak-verdict.ts): memory is steady when resident memory grows by less than 2 MB a
 * minute and the live heap by less than 1 MiB a minute over the minutes after the first (a leak of one small
 * object per request would exceed both within minutes at these rates); p99 is steady when the median p99 of
 * commands over the last third of the minutes is within 1.5× that of the first third. A last window cut short
 * by the end of the run is shown but not counted.
 */
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { runLoadSession, type LoadSessionResult } from './support/load-session.js';
import { HEAP_SLOPE_MIB_PER_MIN, P99_DRIFT, RSS_SLOPE_MB_PER_MIN, soakVerdict } from './support/soak-verdict.js';
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
    // Minutes after the warm-up at which to write heap snapshots of the API (e.g. 2,10), and where.
    snapshots: { type: 'string', default: '' },
    'snapshot-dir': { type: 'string', default: tmpdir() },
  },
});

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
    fixed(m.resources.heapCommittedMiB, 0),
    fixed(m.resources.externalMiB, 0),
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
    memoryProbe: true,
    heapSampleSeconds: 15,
  };
  const snapshotAt = values.snapshots ? values.snapshots.split(',').map((m) => Number(m) * 60) : [];
  const header = [
    'minutes',
    'commands/s',
    'queries/s',
    'p99 command ms',
    'p99 query ms',
    'p99 lag ms',
    'RSS max MB',
    'live heap MiB',
    'heap committed MiB',
    'external MiB',
    'intended 409s',
    'errors',
  ];
  console.log(`Soak: ${options.staff} staff for ${minutes} min after ${options.warmupSeconds} s of warm-up; a row every ${windowSeconds} s`);
  console.log(`| ${header.join(' | ')} |`);
  let printed = 0;
  const r = await runLoadSession({ ...options, snapshotAt, snapshotDir: values['snapshot-dir'] }, (m) =>
    console.log(`| ${row(m, printed++, windowSeconds).join(' | ')} |`),
  );
  const windows = [...r.windows].sort((a, b) => a.driver.from - b.driver.from);
  const v = soakVerdict(
    windows.map((m) => ({
      from: m.driver.from,
      seconds: m.driver.seconds,
      rssMaxMB: m.resources.rssMaxMiB * 1.048576,
      liveHeapMiB: m.resources.heapUsedMiB,
      commandP99: m.driver.kinds.command?.p99 ?? NaN,
    })),
    windowSeconds,
  );
  const errors = Object.values(r.load.total.errors).reduce((a, b) => a + b, 0);

  const perMinute: BenchTable = {
    caption: `Per ${windowSeconds === 60 ? 'minute' : `${windowSeconds} s`}`,
    columns: header,
    rows: windows.map((m, i) => row(m, i, windowSeconds)),
  };
  const verdict: BenchTable = {
    caption: 'Verdict',
    columns: ['figure', 'value', 'threshold', 'verdict'],
    rows: [
      [
        'resident memory slope (MB/min, after the first window)',
        fixed(v.rssSlope),
        `< ${RSS_SLOPE_MB_PER_MIN}`,
        v.memory === 'unknown' ? 'unknown' : v.rssSlope < RSS_SLOPE_MB_PER_MIN ? 'steady' : 'GROWS',
      ],
      [
        'live heap slope (MiB/min, after the first window; lowest per window of the heap in use right after a forced full collection, every 15 s)',
        fixed(v.heapSlope),
        `< ${HEAP_SLOPE_MIB_PER_MIN}`,
        v.memory === 'unknown' ? 'unknown' : v.heapSlope < HEAP_SLOPE_MIB_PER_MIN ? 'steady' : 'GROWS',
      ],
      [`p99 command latency, last third ÷ first third (${fixed(v.lastP99, 1)} ÷ ${fixed(v.firstP99, 1)} ms)`, fixed(v.drift), `≤ ${P99_DRIFT}`, v.latency],
      [
        'baseline: GET /health per s / p99 ms (same connections, before the soak)',
        `${fixed(r.health.kinds.health?.perSecond ?? NaN, 0)} / ${fixed(r.health.kinds.health?.p99 ?? NaN, 1)}`,
        '',
        '',
      ],
      ['errors other than intended 409s, whole soak', errors, '0', errors === 0 ? 'none' : 'ERRORS'],
    ],
  };
  console.log(`\n${markdownTable(verdict)}`);
  const targets: BenchTarget[] = [
    {
      label: 'memory growth',
      target: `RSS < ${RSS_SLOPE_MB_PER_MIN} MB/min, live heap < ${HEAP_SLOPE_MIB_PER_MIN} MiB/min`,
      measured: `${fixed(v.rssSlope)} MB/min, ${fixed(v.heapSlope)} MiB/min`,
      met: v.memory === 'steady',
    },
    { label: 'p99 command latency drift', target: `last third ≤ ${P99_DRIFT}× first third`, measured: `${fixed(v.drift)}×`, met: v.latency === 'steady' },
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
    data: {
      windows: windows.map((m) => ({ from: m.driver.from, seconds: m.driver.seconds, kinds: m.driver.kinds, resources: m.resources, lagP99: m.lagP99 })),
    },
  });
  console.log(`\nFigures written to ${path}; docs/benchmarks.md: ${writeReport()}`);
}

if (process.argv[1]?.endsWith('soak.ts')) await main();
