import { fixed, type BenchTarget } from './results.js';

/**
 * The load benchmark's headline figures, as bench/results/load.json carries them at its top level, and the
 * targets they are held to. Every rate is divided by the ceiling measured in the same run: a bare `node:http`
 * server doing one INSERT per POST through a `pg` pool of the API's size on the same database
 * (bench/support/ceiling-server.mjs), driven by the same number of closed-loop connections.
 */
export interface LoadMeasurements {
  ceilingPerSecond: number;
  ceilingP99Ms: number;
  commandsOnlyPerSecond: number;
  commandsOnlyP99Ms: number;
  /** Every answered request of the mix (commands and queries) per second, closed loop. */
  mixRequestsPerSecond: number;
  fixedRate: number;
  /** p99 of commands offered at `fixedRate` (open loop), from each request's scheduled send time. */
  fixedRateP99Ms: number;
  /** Requests of the fixed-rate phase that failed or never came back (counted apart from the latency). */
  fixedRateFailed: number;
  projectionLagP99Ms: number;
  residentMemoryMaxMB: number;
  /** Errors other than the intended 409s, over every phase. */
  errors: number;
}

export interface LoadFigures extends LoadMeasurements {
  commandsOnlyRatio: number;
  mixRatio: number;
  fixedRateP99Ratio: number;
}

export const LOAD_TARGETS = {
  commandsOnlyRatio: 0.2,
  mixRatio: 0.35,
  fixedRateP99Ratio: 3,
  projectionLagP99Ms: 100,
  residentMemoryMB: 300,
} as const;

export function loadFigures(m: LoadMeasurements): LoadFigures {
  return {
    ...m,
    commandsOnlyRatio: m.commandsOnlyPerSecond / m.ceilingPerSecond,
    mixRatio: m.mixRequestsPerSecond / m.ceilingPerSecond,
    fixedRateP99Ratio: m.fixedRateP99Ms / m.ceilingP99Ms,
  };
}

/** A figure that could not be measured (NaN) never meets its target. */
const atLeast = (value: number, target: number) => Number.isFinite(value) && value >= target;
const atMost = (value: number, target: number) => Number.isFinite(value) && value <= target;

export function loadTargets(f: LoadFigures): BenchTarget[] {
  const t = LOAD_TARGETS;
  return [
    {
      label: 'commands only (closed loop) ÷ ceiling',
      target: `≥ ${t.commandsOnlyRatio}`,
      measured: `${fixed(f.commandsOnlyRatio)} (${fixed(f.commandsOnlyPerSecond, 0)} ÷ ${fixed(f.ceilingPerSecond, 0)}/s)`,
      met: atLeast(f.commandsOnlyRatio, t.commandsOnlyRatio),
    },
    {
      label: 'the mix, requests (closed loop) ÷ ceiling',
      target: `≥ ${t.mixRatio}`,
      measured: `${fixed(f.mixRatio)} (${fixed(f.mixRequestsPerSecond, 0)} ÷ ${fixed(f.ceilingPerSecond, 0)}/s)`,
      met: atLeast(f.mixRatio, t.mixRatio),
    },
    {
      label: `p99 of commands at ${f.fixedRate}/s (open loop) ÷ ceiling p99`,
      target: `≤ ${t.fixedRateP99Ratio}× and none failed`,
      measured: `${fixed(f.fixedRateP99Ratio)}× (${fixed(f.fixedRateP99Ms, 1)} ÷ ${fixed(f.ceilingP99Ms, 1)} ms)${f.fixedRateFailed ? `, ${f.fixedRateFailed} failed` : ''}`,
      met: atMost(f.fixedRateP99Ratio, t.fixedRateP99Ratio) && f.fixedRateFailed === 0,
    },
    {
      label: 'p99 projection lag (during the mix)',
      target: `≤ ${t.projectionLagP99Ms} ms`,
      measured: `${fixed(f.projectionLagP99Ms, 0)} ms`,
      met: atMost(f.projectionLagP99Ms, t.projectionLagP99Ms),
    },
    {
      label: 'API resident memory (max, every phase)',
      target: `< ${t.residentMemoryMB} MB`,
      measured: `${fixed(f.residentMemoryMaxMB, 0)} MB`,
      met: Number.isFinite(f.residentMemoryMaxMB) && f.residentMemoryMaxMB < t.residentMemoryMB,
    },
    { label: 'errors other than intended 409s', target: '0', measured: String(f.errors), met: f.errors === 0 },
  ];
}

/**
 * The figures before issue 19's work, from docs/benchmarks.md of 2026-12-01 (`npm run bench:load`, embedded
 * PostgreSQL 18, 64 closed-loop connections running the mix) and the issue's own measurements; kept here
 * so the report can set them beside each run's.
 */
export const LOAD_BEFORE = {
  source: 'docs/benchmarks.md of 2026-12-01 05:24 UTC (the mix only, 64 connections) and issue 19 (ceiling, statements, CPU profile)',
  mixCommandsPerSecond: 101,
  mixCommandP99Ms: 383.5,
  mixRequestsPerSecond: 327,
  projectionLagP99Ms: 237,
  residentMemoryMaxMB: 371,
  databaseTransactionsPerRequest: 4.0,
  apiCoresBusy: 0.89,
  /** Measured apart from the load benchmark (issue 19), not in the same run. */
  ceilingPerSecond: 7100,
  ceilingP99Ms: 18,
  statementsPerCommand: 4.6,
  commitsPerCommand: 3,
} as const;
