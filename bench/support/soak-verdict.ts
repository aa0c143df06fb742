import { median } from './figures.js';

/** Resident memory may grow by less than this (MB a minute) after the first window. */
export const RSS_SLOPE_MB_PER_MIN = 2;
/** The live heap may grow by less than this (MiB a minute) after the first window. */
export const HEAP_SLOPE_MIB_PER_MIN = 1;
/** The median command p99 of the last third of the windows may be at most this many times that of the first third. */
export const P99_DRIFT = 1.5;

/** What the verdicts need of one window of the soak. */
export interface SoakWindow {
  /** Seconds since the warm-up ended at which the window started, and its length. */
  from: number;
  seconds: number;
  rssMaxMB: number;
  liveHeapMiB: number;
  commandP99: number;
}

export type Steadiness = 'steady' | 'GROWS' | 'unknown';

export interface SoakVerdict {
  /** Windows the memory verdict uses (the first of them only as the settling one): whole ones with both memory figures. */
  counted: number;
  rssSlope: number;
  heapSlope: number;
  memory: Steadiness;
  firstP99: number;
  lastP99: number;
  drift: number;
  latency: 'steady' | 'DRIFTS' | 'unknown';
}

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

/**
 * Memory is steady when, over the windows after the first (which still settles: JIT, pools, caches), resident
 * memory grows by less than RSS_SLOPE_MB_PER_MIN and the live heap by less than HEAP_SLOPE_MIB_PER_MIN. A
 * window cut short at the end of the run (the driver reports the remainder) or one without memory samples
 * carries no figure: it is left out rather than turning a slope into NaN, and with fewer than two windows left
 * the verdict is 'unknown', never 'GROWS' by default.
 */
export function soakVerdict(windows: readonly SoakWindow[], windowSeconds: number): SoakVerdict {
  const whole = [...windows].sort((a, b) => a.from - b.from).filter((w) => w.seconds >= windowSeconds / 2);
  const measured = whole.filter((w) => Number.isFinite(w.rssMaxMB) && Number.isFinite(w.liveHeapMiB));
  const settled = measured.slice(1);
  const at = (w: SoakWindow) => (w.from + w.seconds / 2) / 60;
  const rssSlope = slope(settled.map((w) => [at(w), w.rssMaxMB] as const));
  const heapSlope = slope(settled.map((w) => [at(w), w.liveHeapMiB] as const));
  const memory: Steadiness =
    !Number.isFinite(rssSlope) || !Number.isFinite(heapSlope)
      ? 'unknown'
      : rssSlope < RSS_SLOPE_MB_PER_MIN && heapSlope < HEAP_SLOPE_MIB_PER_MIN
        ? 'steady'
        : 'GROWS';
  const p99s = whole.map((w) => w.commandP99).filter(Number.isFinite);
  const third = Math.max(1, Math.floor(p99s.length / 3));
  const firstP99 = p99s.length ? median(p99s.slice(0, third)) : NaN;
  const lastP99 = p99s.length ? median(p99s.slice(-third)) : NaN;
  const drift = lastP99 / firstP99;
  const latency = !Number.isFinite(drift) ? 'unknown' : drift <= P99_DRIFT ? 'steady' : 'DRIFTS';
  return { counted: measured.length, rssSlope, heapSlope, memory, firstP99, lastP99, drift, latency };
}
