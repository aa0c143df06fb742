import { describe, expect, it } from '@jest/globals';
import { slope, soakVerdict, type SoakWindow } from '../../bench/support/soak-verdict.js';

/** Whole one-minute windows: resident memory and live heap as given per minute, command p99 200 ms. */
function minutes(rss: number[], heap: number[], p99 = rss.map(() => 200)): SoakWindow[] {
  return rss.map((rssMaxMB, i) => ({ from: i * 60, seconds: 60, rssMaxMB, liveHeapMiB: heap[i]!, commandP99: p99[i]! }));
}

describe('slope', () => {
  it('is the least-squares slope, NaN with fewer than two points or no spread in x', () => {
    expect(
      slope([
        [0, 1],
        [1, 3],
        [2, 5],
      ]),
    ).toBeCloseTo(2);
    expect(slope([[0, 1]])).toBeNaN();
    expect(
      slope([
        [1, 1],
        [1, 2],
      ]),
    ).toBeNaN();
  });
});

describe('soakVerdict', () => {
  it('calls flat memory steady, whatever the first (settling) window did', () => {
    const v = soakVerdict(minutes([300, 240, 241, 240, 242, 241], [80, 67, 68, 67, 67, 68]), 60);
    expect(v.memory).toBe('steady');
    expect(v.counted).toBe(6);
    expect(Math.abs(v.heapSlope)).toBeLessThan(0.5);
  });

  it('calls a live heap rising 2 MiB a minute growth, even with resident memory flat', () => {
    const v = soakVerdict(minutes([240, 240, 240, 240, 240, 240], [67, 69, 71, 73, 75, 77]), 60);
    expect(v.heapSlope).toBeCloseTo(2);
    expect(v.memory).toBe('GROWS');
  });

  it('calls resident memory rising 4 MB a minute growth', () => {
    const v = soakVerdict(minutes([240, 244, 248, 252, 256, 260], [67, 67, 67, 67, 67, 67]), 60);
    expect(v.rssSlope).toBeCloseTo(4);
    expect(v.memory).toBe('GROWS');
  });

  it('leaves out a last window cut short by the end of the run, with no memory samples in it, instead of calling memory growing', () => {
    // What a 12-minute soak reported: twelve whole minutes, then 4 s of remainder after the samplers had stopped.
    const whole = minutes([520, 517, 527, 544, 529, 543, 523, 532, 524, 520, 522, 521], [67, 68, 68, 67, 67, 67, 67, 67, 67, 67, 67, 67]);
    const v = soakVerdict([...whole, { from: 720, seconds: 4, rssMaxMB: NaN, liveHeapMiB: NaN, commandP99: 1100 }], 60);
    expect(v.counted).toBe(12);
    expect(v.rssSlope).toBeLessThan(2);
    expect(v.memory).toBe('steady');
    // The short window's p99 is not one of the last third's either.
    expect(v.lastP99).toBe(200);
  });

  it('says unknown, not growing, when fewer than two windows after the first carry memory figures', () => {
    const v = soakVerdict(minutes([240, NaN, NaN], [67, NaN, NaN]), 60);
    expect(v.rssSlope).toBeNaN();
    expect(v.memory).toBe('unknown');
  });

  it('compares the median command p99 of the last third with the first', () => {
    const v = soakVerdict(minutes([240, 240, 240, 240, 240, 240], [67, 67, 67, 67, 67, 67], [100, 110, 150, 150, 300, 320]), 60);
    expect(v.firstP99).toBe(105);
    expect(v.lastP99).toBe(310);
    expect(v.latency).toBe('DRIFTS');
  });
});
