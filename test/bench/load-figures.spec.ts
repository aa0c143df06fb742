import { describe, expect, it } from '@jest/globals';
import { LOAD_TARGETS, loadFigures, loadTargets, type LoadMeasurements } from '../../bench/support/load-figures.js';
import { runOpenLoop } from '../../bench/support/open-loop.js';

const measured: LoadMeasurements = {
  ceilingPerSecond: 7000,
  ceilingP99Ms: 18,
  commandsOnlyPerSecond: 1500,
  commandsOnlyP99Ms: 80,
  mixRequestsPerSecond: 2800,
  fixedRate: 500,
  fixedRateP99Ms: 45,
  fixedRateFailed: 0,
  projectionLagP99Ms: 60,
  residentMemoryMaxMB: 250,
  errors: 0,
};

describe('the load benchmark figures', () => {
  it('divides the rates by the ceiling and the fixed-rate p99 by the ceiling p99, as load.json carries them', () => {
    const f = loadFigures(measured);
    expect(f.commandsOnlyRatio).toBeCloseTo(1500 / 7000, 10);
    expect(f.mixRatio).toBeCloseTo(0.4, 10);
    expect(f.fixedRateP99Ratio).toBeCloseTo(2.5, 10);
    // The measured figures stay beside the ratios, under the names load.json promises.
    for (const key of ['ceilingPerSecond', 'ceilingP99Ms', 'commandsOnlyPerSecond', 'mixRequestsPerSecond', 'fixedRate', 'fixedRateP99Ms'] as const) {
      expect(f[key]).toBe(measured[key]);
    }
  });

  it('meets every target with figures inside them', () => {
    const targets = loadTargets(loadFigures(measured));
    expect(targets.map((t) => [t.label, t.met])).toEqual(targets.map((t) => [t.label, true]));
    expect(targets).toHaveLength(6);
  });

  it('misses each target on its own side of the line, and never meets one it could not measure', () => {
    const missed = (over: Partial<LoadMeasurements>) =>
      loadTargets(loadFigures({ ...measured, ...over }))
        .filter((t) => !t.met)
        .map((t) => t.label);
    expect(missed({ commandsOnlyPerSecond: LOAD_TARGETS.commandsOnlyRatio * 7000 - 1 })).toEqual(['commands only (closed loop) ÷ ceiling']);
    expect(missed({ mixRequestsPerSecond: 2000 })).toEqual(['the mix, requests (closed loop) ÷ ceiling']);
    expect(missed({ fixedRateP99Ms: 18 * 3.01 })).toEqual(['p99 of commands at 500/s (open loop) ÷ ceiling p99']);
    expect(missed({ fixedRateFailed: 1 })).toEqual(['p99 of commands at 500/s (open loop) ÷ ceiling p99']);
    expect(missed({ projectionLagP99Ms: 101 })).toEqual(['p99 projection lag (during the mix)']);
    expect(missed({ residentMemoryMaxMB: 300 })).toEqual(['API resident memory (max, every phase)']);
    expect(missed({ errors: 2 })).toEqual(['errors other than intended 409s']);
    // No ceiling measured: no ratio can be met.
    expect(missed({ ceilingPerSecond: NaN, ceilingP99Ms: NaN })).toEqual([
      'commands only (closed loop) ÷ ceiling',
      'the mix, requests (closed loop) ÷ ceiling',
      'p99 of commands at 500/s (open loop) ÷ ceiling p99',
    ]);
  });
});

describe('the open loop', () => {
  it('sends on schedule and counts a stall against every request it delayed (coordinated omission corrected)', async () => {
    let stalled = false;
    const sentAt: number[] = [];
    const result = await runOpenLoop({
      rate: 200,
      seconds: 1,
      warmupSeconds: 0,
      send: async (i) => {
        sentAt.push(performance.now());
        if (i === 50 && !stalled) {
          // The sender itself blocks for 150 ms (as a busy client or server would): requests 51… go out late.
          stalled = true;
          const until = performance.now() + 150;
          while (performance.now() < until);
        }
        return true;
      },
    });
    expect(result.scheduled).toBe(200);
    expect(result.answered).toBe(200);
    expect(result.failed).toBe(0);
    // Timed from the actual send, the stall is one slow request among 200: p99 stays small.
    // Timed from the schedule, the ~30 requests due during the stall were 150 ms down to 0 ms late.
    expect(result.corrected.max).toBeGreaterThanOrEqual(140);
    expect(result.corrected.p90).toBeGreaterThan(10);
    expect(result.service.p90).toBeLessThan(result.corrected.p90);
    // The late requests went out at once when the stall ended, not one 5 ms interval apart: the schedule never slips.
    // Judged by the median gap, so that one pause of a busy machine among them does not decide.
    const gaps = sentAt
      .slice(51, 71)
      .map((t, k, all) => (k === 0 ? null : t - all[k - 1]!))
      .filter((gap): gap is number => gap !== null)
      .sort((a, b) => a - b);
    expect(gaps[Math.floor(gaps.length / 2)]).toBeLessThan(2.5);
  });

  it('counts failures and unanswered requests apart from the latency', async () => {
    const result = await runOpenLoop({
      rate: 100,
      seconds: 0.5,
      warmupSeconds: 0,
      drainMs: 200,
      send: (i) => (i % 10 === 0 ? Promise.resolve(false) : i % 10 === 1 ? new Promise<boolean>(() => undefined) : Promise.resolve(true)),
    });
    expect(result.scheduled).toBe(50);
    expect(result.unanswered).toBe(5);
    expect(result.failed).toBe(10);
    expect(result.answered).toBe(40);
  });

  it('reports no latency, not zero, when nothing was answered', async () => {
    const result = await runOpenLoop({ rate: 50, seconds: 0.2, warmupSeconds: 0, drainMs: 50, send: () => Promise.resolve(false) });
    expect(result.failed).toBe(10);
    expect(result.corrected.p99).toBeNaN();
    expect(result.service.p99).toBeNaN();
  });
});
