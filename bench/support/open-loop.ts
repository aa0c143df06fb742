import { build, type Histogram } from 'hdr-histogram-js';

/**
 * An open loop: requests sent at a fixed offered rate whatever the service does, the i-th at `start + i / rate`,
 * each one's latency counted from the time it was scheduled to be sent, not from when it went out. A closed
 * loop (or an open one timing from the send) waits for a slow answer before it sends the next request and so
 * never sees the requests a stall delayed: coordinated omission. Timing from the schedule counts them, so a
 * 200 ms stall at 500/s shows as a hundred requests late by 200 ms down to 2 ms, as the users would see it.
 * The figures come from HDR histograms (microseconds, 3 significant digits); `service` is the same answers
 * timed from the actual send, for comparison.
 */
export interface OpenLoopOptions {
  rate: number;
  seconds: number;
  /** Requests scheduled during the warm-up are sent but not counted. */
  warmupSeconds: number;
  /** Sends request number `i`; resolves true for an answer that counts (2xx, an intended race), false for an error. */
  send(i: number): Promise<boolean>;
  /** Stop waiting for answers this long after the last request was scheduled. */
  drainMs?: number;
}

export interface LatencyPercentiles {
  p50: number;
  p90: number;
  p99: number;
  p999: number;
  max: number;
}

export interface OpenLoopResult {
  rate: number;
  /** Seconds measured (after the warm-up) and requests scheduled in them. */
  seconds: number;
  scheduled: number;
  answered: number;
  failed: number;
  /** Still unanswered when the loop stopped waiting (each counted as failed). */
  unanswered: number;
  /** Answered requests per second of the measured period. */
  answeredPerSecond: number;
  /** The most requests in flight at once. */
  maxInFlight: number;
  /** Latency from each request's scheduled send time (coordinated omission corrected), ms. */
  corrected: LatencyPercentiles;
  /** Latency from the actual send, ms: what a closed loop would report. */
  service: LatencyPercentiles;
}

/** No answer at all has no latency: NaN (null in JSON), never 0, which would read as instant. */
const percentiles = (h: Histogram): LatencyPercentiles =>
  h.totalCount === 0
    ? { p50: NaN, p90: NaN, p99: NaN, p999: NaN, max: NaN }
    : {
        p50: h.getValueAtPercentile(50) / 1000,
        p90: h.getValueAtPercentile(90) / 1000,
        p99: h.getValueAtPercentile(99) / 1000,
        p999: h.getValueAtPercentile(99.9) / 1000,
        max: h.maxValue / 1000,
      };

export async function runOpenLoop(options: OpenLoopOptions): Promise<OpenLoopResult> {
  const { rate, seconds, warmupSeconds, send } = options;
  const interval = 1000 / rate;
  const total = Math.round((warmupSeconds + seconds) * rate);
  const warm = Math.round(warmupSeconds * rate);
  const corrected = build({ lowestDiscernibleValue: 1, highestTrackableValue: 600_000_000, numberOfSignificantValueDigits: 3 });
  const service = build({ lowestDiscernibleValue: 1, highestTrackableValue: 600_000_000, numberOfSignificantValueDigits: 3 });
  let answered = 0;
  let failed = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const pending = new Set<Promise<void>>();
  const start = performance.now() + 20;

  const fire = (i: number) => {
    const scheduledAt = start + i * interval;
    const sentAt = performance.now();
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const done = send(i).then(
      (ok) => ok,
      () => false,
    );
    const settled = done.then((ok) => {
      inFlight--;
      const end = performance.now();
      if (i < warm) return;
      if (!ok) {
        failed++;
        return;
      }
      answered++;
      corrected.recordValue(Math.max(1, Math.round((end - scheduledAt) * 1000)));
      service.recordValue(Math.max(1, Math.round((end - sentAt) * 1000)));
    });
    pending.add(settled);
    void settled.then(() => pending.delete(settled));
  };

  await new Promise<void>((resolve) => {
    let next = 0;
    const tick = () => {
      const now = performance.now();
      // Every request whose time has come goes now, however late the timer fired: the schedule never slips.
      while (next < total && start + next * interval <= now) fire(next++);
      if (next >= total) return resolve();
      setTimeout(tick, Math.max(0, start + next * interval - performance.now()));
    };
    setTimeout(tick, Math.max(0, start - performance.now()));
  });
  const drained = Promise.all([...pending]).then(() => true);
  const timedOut = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), options.drainMs ?? 15_000).unref());
  await Promise.race([drained, timedOut]);
  const scheduled = total - warm;
  const unanswered = scheduled - answered - failed;
  return {
    rate,
    seconds,
    scheduled,
    answered,
    failed: failed + unanswered,
    unanswered,
    answeredPerSecond: answered / seconds,
    maxInFlight,
    corrected: percentiles(corrected),
    service: percentiles(service),
  };
}
