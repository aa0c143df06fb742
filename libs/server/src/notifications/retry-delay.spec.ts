import { describe, expect, it } from '@jest/globals';
import { nextAttemptAt, retryDelayMs } from './retry-delay.js';

describe('retrying a failed delivery', () => {
  it('waits the base after the first failure and doubles the wait after each further one, at most a day', () => {
    expect([1, 2, 3, 4, 5].map((attempt) => retryDelayMs(attempt, 30_000))).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(30, 30_000)).toBe(86_400_000);
  });

  it('schedules the next attempt until the last one allowed, then none: a dead letter', () => {
    const now = new Date('2026-12-07T00:00:00.000Z');
    expect(nextAttemptAt(0, 3, 1000, now)?.toISOString()).toBe('2026-12-07T00:00:01.000Z');
    expect(nextAttemptAt(1, 3, 1000, now)?.toISOString()).toBe('2026-12-07T00:00:02.000Z');
    expect(nextAttemptAt(2, 3, 1000, now)).toBeNull();
    expect(nextAttemptAt(0, 1, 1000, now)).toBeNull();
  });
});
