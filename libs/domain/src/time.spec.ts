import { describe, expect, it } from '@jest/globals';
// The run's fuzz seed (FUZZ_SEED, fixed unless asked), so a run repeats itself and a counterexample can be replayed.
import { fc } from '../../../test/fuzz/support/fuzz-settings.js';
import { MAX_YEAR, MIN_YEAR, daysInMonth, parseDate, parseDateTime, recordedInstant } from './time.js';
import { DomainError } from './domain-error.js';
import { isoDate, isoDateTime } from './validation.js';

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

describe('the strict date-time parser', () => {
  it.each([
    ['2026-03-01T08:00:00Z', '2026-03-01T08:00:00.000Z'],
    ['2026-03-01t08:00:00z', '2026-03-01T08:00:00.000Z'],
    ['2026-03-01T15:00:00+07:00', '2026-03-01T08:00:00.000Z'],
    ['2026-03-01T08:00:00.123456789Z', '2026-03-01T08:00:00.123Z'],
    ['2026-03-01T08:00:00-00:00', '2026-03-01T08:00:00.000Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
    ['2027-01-01T00:00:00+14:00', '2026-12-31T10:00:00.000Z'],
    ['2027-01-01T00:00:00-14:00', '2027-01-01T14:00:00.000Z'],
    [`${MIN_YEAR}-01-01T00:00:00Z`, `${MIN_YEAR}-01-01T00:00:00.000Z`],
    [`${MAX_YEAR}-12-31T23:59:59.999Z`, `${MAX_YEAR}-12-31T23:59:59.999Z`],
  ])('takes %s as %s (the instant in UTC, as it is stored)', (text, stored) => {
    expect(parseDateTime(text)).toEqual({ ok: true, value: stored });
  });

  it.each([
    ['2027-02-30T00:00:00Z', 'is not a real date: February 2027 has no day 30 (it has 28 days)'],
    ['2026-02-29T00:00:00Z', 'is not a real date: February 2026 has no day 29 (it has 28 days)'],
    ['2026-04-31T00:00:00Z', 'is not a real date: April 2026 has no day 31 (it has 30 days)'],
    ['2026-13-01T00:00:00Z', 'is not a real date: the month must be 01 to 12'],
    ['2026-00-10T00:00:00Z', 'is not a real date: the month must be 01 to 12'],
    ['2026-01-00T00:00:00Z', 'is not a real date: January 2026 has no day 00 (it has 31 days)'],
    ['2027-01-01T00:00:00+16:00', 'must have an offset within ±14:00'],
    ['2027-01-01T00:00:00+14:01', 'must have an offset within ±14:00'],
    ['2027-01-01T00:00:00-15:00', 'must have an offset within ±14:00'],
    ['2027-01-01T00:00:00+05:60', 'is not a real offset: its minutes must be 00 to 59'],
    ['2027-01-01T24:00:00Z', 'is not a real time: the hour must be 00 to 23'],
    ['2027-01-01T23:60:00Z', 'is not a real time: the minute must be 00 to 59'],
    ['2016-12-31T23:59:60Z', 'is not a real time: the second must be 00 to 59 (a leap second is not accepted)'],
    ['0000-01-01T00:00:00Z', `must lie in the years ${MIN_YEAR} to ${MAX_YEAR}`],
    ['1899-12-31T23:59:59Z', `must lie in the years ${MIN_YEAR} to ${MAX_YEAR}`],
    ['9999-12-31T23:59:59Z', `must lie in the years ${MIN_YEAR} to ${MAX_YEAR}`],
    [`${MIN_YEAR}-01-01T00:00:00+01:00`, `must lie from ${MIN_YEAR}-01-01T00:00:00Z to ${MAX_YEAR}-12-31T23:59:59Z`],
    [`${MAX_YEAR}-12-31T23:00:00-01:00`, `must lie from ${MIN_YEAR}-01-01T00:00:00Z to ${MAX_YEAR}-12-31T23:59:59Z`],
  ])('refuses %s: %s', (text, reason) => {
    expect(parseDateTime(text)).toEqual({ ok: false, reason });
  });

  it.each([
    '2027-01-01T00:00Z',
    '2027-01-01T00:00:00',
    '2027-01-01 00:00:00Z',
    '2027-01-01',
    '+002027-01-01T00:00:00Z',
    '27-01-01T00:00:00Z',
    '2027-01-01T00:00:00.Z',
    '2027-01-01T00:00:00.1234567890Z',
    '2027-01-01T00:00:00+0700',
    ' 2027-01-01T00:00:00Z',
    '2027-01-01T00:00:00Z\n',
    '２０２７-01-01T00:00:00Z',
    '',
  ])('refuses %j as not RFC 3339', (text) => {
    expect(parseDateTime(text)).toEqual({ ok: false, reason: expect.stringMatching(/^must be an RFC 3339 date-time/) });
  });

  it('refuses what is not a string', () => {
    for (const value of [null, undefined, 0, 1_800_000_000_000, {}, [], new Date()]) expect(parseDateTime(value).ok).toBe(false);
  });

  it('reads every valid date-time with any offset within ±14:00 as the instant JavaScript reads, and stores it in UTC', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: MIN_YEAR + 1, max: MAX_YEAR - 1 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        (year, month, rawDay, hour, minute, second, offset) => {
          const day = Math.min(rawDay, daysInMonth(year, month));
          const zone = offset === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
          const text = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${zone}`;
          expect(parseDateTime(text)).toEqual({ ok: true, value: new Date(Date.parse(text)).toISOString() });
        },
      ),
    );
  });

  it('refuses every day after the last of its month, which JavaScript would roll over into the next', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_YEAR, max: MAX_YEAR }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 3 }), (year, month, past) => {
        const day = daysInMonth(year, month) + past;
        if (day > 31) return;
        expect(parseDateTime(`${year}-${pad(month)}-${pad(day)}T00:00:00Z`).ok).toBe(false);
        expect(parseDate(`${year}-${pad(month)}-${pad(day)}`).ok).toBe(false);
      }),
    );
  });
});

describe('the strict date parser', () => {
  it.each(['2024-02-29', `${MIN_YEAR}-01-01`, `${MAX_YEAR}-12-31`])('takes %s', (text) => {
    expect(parseDate(text)).toEqual({ ok: true, value: text });
  });

  it.each([
    ['2025-02-29', 'is not a real date: February 2025 has no day 29 (it has 28 days)'],
    ['0000-01-01', `must lie in the years ${MIN_YEAR} to ${MAX_YEAR}`],
    ['2201-01-01', `must lie in the years ${MIN_YEAR} to ${MAX_YEAR}`],
    ['2025-1-01', 'must be a date, YYYY-MM-DD, e.g. 2026-03-01'],
    ['2025-01-01T00:00:00Z', 'must be a date, YYYY-MM-DD, e.g. 2026-03-01'],
  ])('refuses %s: %s', (text, reason) => {
    expect(parseDate(text)).toEqual({ ok: false, reason });
  });
});

describe('the domain checks every date and date-time with the same parser', () => {
  it('names the field and the reason, and returns a date-time as the instant in UTC', () => {
    expect(isoDateTime('2027-01-01T07:00:00+07:00', 'responseDeadline')).toBe('2027-01-01T00:00:00.000Z');
    expect(() => isoDateTime('2027-02-30T00:00:00Z', 'responseDeadline')).toThrow(
      new DomainError('VALIDATION.INVALID_FORMAT', 'responseDeadline is not a real date: February 2027 has no day 30 (it has 28 days)'),
    );
    expect(() => isoDate('0000-01-01', 'filedOn')).toThrow(`filedOn must lie in the years ${MIN_YEAR} to ${MAX_YEAR}`);
    expect(() => isoDate('', 'filedOn')).toThrow('filedOn is required');
  });
});

describe('times already in events', () => {
  it('are read as the instant the rules decided on, even when recorded before the strict parser', () => {
    expect(recordedInstant('2027-02-30T00:00:00Z')).toBe('2027-03-02T00:00:00.000Z');
    expect(recordedInstant('2027-01-01T00:00:00+16:00')).toBe('2026-12-31T08:00:00.000Z');
    expect(recordedInstant('2027-01-01T00:00:00+07:00')).toBe('2026-12-31T17:00:00.000Z');
  });

  it('have no instant when there is none a PostgreSQL column could hold', () => {
    for (const value of ['0000-01-01T00:00:00Z', 'not a time', '', null, 42]) expect(recordedInstant(value)).toBeNull();
  });
});
