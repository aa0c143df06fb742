/**
 * The one parser of times and dates a request carries (bodies, query strings, headers): strict RFC 3339, a real
 * calendar date, an offset within ±14:00 and a year from MIN_YEAR to MAX_YEAR. What it accepts every PostgreSQL
 * column and every JavaScript Date holds exactly; what it refuses comes back with the reason, for a 400.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
/** The widest offset in use anywhere (Kiribati, UTC+14; UTC−12 the other way). */
export const MAX_OFFSET_MINUTES = 14 * 60;

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const DATE_TIME_FORMAT = 'an RFC 3339 date-time with seconds and a time zone, e.g. 2026-03-01T08:00:00Z or 2026-03-01T15:00:00+07:00';
export const DATE_FORMAT = 'a date, YYYY-MM-DD, e.g. 2026-03-01';

const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** Year, month and day checked as a real calendar date within the supported years; null when valid. */
function calendarProblem(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR) return `must lie in the years ${MIN_YEAR} to ${MAX_YEAR}`;
  if (month < 1 || month > 12) return 'is not a real date: the month must be 01 to 12';
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `is not a real date: ${MONTHS[month - 1]} ${year} has no day ${String(day).padStart(2, '0')} (it has ${last} days)`;
  return null;
}

/** A calendar date, `YYYY-MM-DD`: parsed to itself. */
export function parseDate(value: unknown): Parsed<string> {
  if (typeof value !== 'string') return fail(`must be ${DATE_FORMAT}`);
  const match = DATE.exec(value);
  if (!match) return fail(`must be ${DATE_FORMAT}`);
  const problem = calendarProblem(Number(match[1]), Number(match[2]), Number(match[3]));
  return problem ? fail(problem) : { ok: true, value };
}

/** An RFC 3339 date-time: parsed to the same instant in UTC, `YYYY-MM-DDTHH:mm:ss.sssZ` (what is stored). */
export function parseDateTime(value: unknown): Parsed<string> {
  if (typeof value !== 'string') return fail(`must be ${DATE_TIME_FORMAT}`);
  const match = DATE_TIME.exec(value);
  if (!match) return fail(`must be ${DATE_TIME_FORMAT}`);
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const problem = calendarProblem(year, month, day);
  if (problem) return fail(problem);
  if (hour > 23) return fail('is not a real time: the hour must be 00 to 23');
  if (minute > 59) return fail('is not a real time: the minute must be 00 to 59');
  if (second > 59) return fail('is not a real time: the second must be 00 to 59 (a leap second is not accepted)');
  let offset = 0;
  if (!match[8]) {
    const [sign, offsetHours, offsetMinutes] = [match[9], Number(match[10]), Number(match[11])];
    if (offsetMinutes > 59) return fail('is not a real offset: its minutes must be 00 to 59');
    offset = (offsetHours * 60 + offsetMinutes) * (sign === '-' ? -1 : 1);
    if (Math.abs(offset) > MAX_OFFSET_MINUTES) return fail('must have an offset within ±14:00');
  }
  const millis = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  const instant = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offset * 60_000;
  const utcYear = new Date(instant).getUTCFullYear();
  if (utcYear < MIN_YEAR || utcYear > MAX_YEAR) return fail(`must lie from ${MIN_YEAR}-01-01T00:00:00Z to ${MAX_YEAR}-12-31T23:59:59Z`);
  return { ok: true, value: new Date(instant).toISOString() };
}

export const isDateTime = (value: unknown): value is string => parseDateTime(value).ok;
export const isDate = (value: unknown): value is string => parseDate(value).ok;

/**
 * The instant a time already in an event stands for, in UTC ISO. Events recorded before the strict parser can
 * carry what JavaScript read leniently (`2027-02-30T00:00:00Z` rolled over to 2 March, an offset of `+16:00`): the
 * rules decided on `Date.parse` of it, so every reader takes that same instant. Null when there is none.
 */
export function recordedInstant(value: unknown): string | null {
  const strict = parseDateTime(value);
  if (strict.ok) return strict.value;
  if (typeof value !== 'string') return null;
  const parsed = Date.parse(value);
  if (!Number.isFinite(parsed)) return null;
  const year = new Date(parsed).getUTCFullYear();
  return year >= MIN_YEAR && year <= MAX_YEAR ? new Date(parsed).toISOString() : null;
}
