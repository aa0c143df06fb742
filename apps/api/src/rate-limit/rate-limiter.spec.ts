import { describe, expect, it } from '@jest/globals';
import { clientAddressKey, RateLimiter } from './rate-limiter.js';

// Times are passed in: nothing here waits or reads the clock.
const T0 = 1_700_000_000_000;

describe('RateLimiter', () => {
  it('allows the limit within a window, refuses the rest with the seconds left, and starts afresh after it', () => {
    const limiter = new RateLimiter(60_000);
    for (let i = 0; i < 3; i++) expect(limiter.hit('a', 3, T0 + i * 1000).allowed).toBe(true);
    expect(limiter.hit('a', 3, T0 + 10_000)).toEqual({ allowed: false, retryAfterSeconds: 50 });
    expect(limiter.hit('a', 3, T0 + 59_001)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.hit('a', 3, T0 + 60_000).allowed).toBe(true);
  });

  it('counts keys apart', () => {
    const limiter = new RateLimiter(60_000);
    expect(limiter.hit('a', 1, T0).allowed).toBe(true);
    expect(limiter.hit('a', 1, T0).allowed).toBe(false);
    expect(limiter.hit('b', 1, T0).allowed).toBe(true);
  });

  it('does not count refused requests into the next window', () => {
    const limiter = new RateLimiter(60_000);
    limiter.hit('a', 1, T0);
    for (let i = 0; i < 100; i++) limiter.hit('a', 1, T0 + 1);
    expect(limiter.hit('a', 1, T0 + 60_000).allowed).toBe(true);
  });

  it('forgets expired windows, so memory follows the active keys only', () => {
    const limiter = new RateLimiter(60_000);
    for (let i = 0; i < 1000; i++) limiter.hit(`k${i}`, 5, T0);
    expect(limiter.size).toBe(1000);
    limiter.hit('late', 5, T0 + 120_000);
    expect(limiter.size).toBe(1);
  });
});

describe('clientAddressKey', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::9', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff:0:0:1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    [undefined, 'unknown'],
  ])('counts %s as %s', (address, key) => {
    expect(clientAddressKey(address)).toBe(key);
  });
});
