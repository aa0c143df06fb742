import { isSealed, type FreeText } from './identity.js';
import { DomainError } from './domain-error.js';
import { DATE_FORMAT, DATE_TIME_FORMAT, isDate, isDateTime, parseDate, parseDateTime, type Parsed } from './time.js';

const DAY_MS = 24 * 60 * 60 * 1000;

// Kemendagri codes: province "64", district (kabupaten/kota) "6471"; the API checks them against the real list.
const PROVINCE_CODE = /^[1-9]\d$/;
const DISTRICT_CODE = /^[1-9]\d{3}$/;
const COUNTRY_CODE = /^[A-Z]{2}$/;
// Up to four capitals with optional dots or spaces: enough for "SR" or "S.R.", too short for a full name.
const INITIALS = /^[A-Z](?:[. ]?[A-Z]){0,3}\.?$/;
const AGENCY_CODE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

export const absent = (value: unknown): value is null | undefined => value === undefined || value === null;

export const isProvinceCode = (value: unknown): value is string => typeof value === 'string' && PROVINCE_CODE.test(value);
export const isDistrictCode = (value: unknown): value is string => typeof value === 'string' && DISTRICT_CODE.test(value);
export const isCountryCode = (value: unknown): value is string => typeof value === 'string' && COUNTRY_CODE.test(value);
export const isInitials = (value: unknown): value is string => typeof value === 'string' && INITIALS.test(value);
export const isAgencyCode = (value: unknown): value is string => typeof value === 'string' && AGENCY_CODE.test(value);

export const isIsoDateTime = isDateTime;
export const isIsoDate = isDate;

export function addDays(isoDateTime: string, days: number): string {
  return new Date(Date.parse(isoDateTime) + days * DAY_MS).toISOString();
}

export function yearOf(isoDateTime: string): number {
  return new Date(Date.parse(isoDateTime)).getUTCFullYear();
}

export function text(value: unknown, field: string, maxLength = 500): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new DomainError('VALIDATION.REQUIRED', `${field} is required`, { field });
  }
  // Characters as the API's maxLength (JSON Schema) counts them: an emoji is one, not two UTF-16 units.
  if (value.length > maxLength && Array.from(value).length > maxLength) {
    throw new DomainError('VALIDATION.TOO_LONG', `${field} is longer than ${maxLength} characters`, { field, maxLength });
  }
  return value.trim();
}

export function optionalText(value: unknown, field: string, maxLength = 2000): string | null {
  return absent(value) || value === '' ? null : text(value, field, maxLength);
}

/**
 * Free text that can name a person: sealed with the victim's key by the application (its length checked in clear
 * before), or a string from a caller that did not seal it. A string is only ever a string, whatever its shape.
 */
export function freeText(value: unknown, field: string, maxLength = 500): FreeText {
  return isSealed(value) ? value : text(value, field, maxLength);
}

export function optionalFreeText(value: unknown, field: string, maxLength = 2000): FreeText | null {
  return absent(value) || value === '' ? null : freeText(value, field, maxLength);
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (absent(value) || value === '') {
    throw new DomainError('VALIDATION.REQUIRED', `${field} is required`, { field });
  }
  if (!allowed.includes(value as T)) {
    throw new DomainError('VALIDATION.INVALID_VALUE', `${field} must be one of ${allowed.join(', ')}`, { field, allowed });
  }
  return value as T;
}

export function listOf(values: unknown, field: string): unknown[] {
  if (absent(values)) return [];
  if (!Array.isArray(values)) throw new DomainError('VALIDATION.INVALID_VALUE', `${field} must be a list`, { field });
  return values;
}

export function someOf<T extends string>(values: unknown, allowed: readonly T[], field: string, min = 1): T[] {
  const list = listOf(values, field);
  if (list.length < min) {
    throw new DomainError('VALIDATION.REQUIRED', `${field} needs at least ${min} value(s)`, { field, min });
  }
  return [...new Set(list.map((value, index) => oneOf(value, allowed, `${field}[${index}]`)))];
}

export function formatted(value: unknown, check: (value: unknown) => value is string, field: string, expected: string): string {
  if (absent(value) || value === '') {
    throw new DomainError('VALIDATION.REQUIRED', `${field} is required`, { field });
  }
  if (!check(value)) {
    throw new DomainError('VALIDATION.INVALID_FORMAT', `${field} must be ${expected}`, { field, expected });
  }
  return value;
}

export const id = (value: unknown, field: string): string => text(value, field, 100);
export const agencyCode = (value: unknown, field: string): string =>
  formatted(value, isAgencyCode, field, 'an agency code (letters, digits, . _ : -; at most 64)');
export const countryCode = (value: unknown, field: string): string => formatted(value, isCountryCode, field, 'an ISO 3166-1 alpha-2 country code');
export const provinceCode = (value: unknown, field: string): string => formatted(value, isProvinceCode, field, 'a 2-digit Kemendagri province code');
export const districtCode = (value: unknown, field: string): string => formatted(value, isDistrictCode, field, 'a 4-digit Kemendagri district code');
/** A calendar date, checked by the one strict parser (`time.ts`). */
export const isoDate = (value: unknown, field: string): string => parsedOrRefused(value, parseDate, field, DATE_FORMAT);
/** A date-time, checked by the one strict parser and returned as the same instant in UTC: what events store. */
export const isoDateTime = (value: unknown, field: string): string => parsedOrRefused(value, parseDateTime, field, DATE_TIME_FORMAT);

function parsedOrRefused(value: unknown, parse: (value: unknown) => Parsed<string>, field: string, expected: string): string {
  if (absent(value) || value === '') {
    throw new DomainError('VALIDATION.REQUIRED', `${field} is required`, { field });
  }
  const parsed = parse(value);
  if (!parsed.ok) throw new DomainError('VALIDATION.INVALID_FORMAT', `${field} ${parsed.reason}`, { field, expected });
  return parsed.value;
}

export function integer(value: unknown, field: string, min: number, max: number): number {
  if (absent(value)) {
    throw new DomainError('VALIDATION.REQUIRED', `${field} is required`, { field });
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new DomainError('VALIDATION.OUT_OF_RANGE', `${field} must be a whole number from ${min} to ${max}`, { field, min, max });
  }
  return value;
}

/** A calendar date that must not lie after the (UTC) day of `now`. */
export function notAfterToday(date: string, now: string, field: string): string {
  if (date > latestCalendarDateInIndonesia(now)) throw new DomainError('VALIDATION.OUT_OF_RANGE', `${field} lies in the future`, { field });
  return date;
}

/**
 * The calendar date of `now` in Indonesia's easternmost zone (WIT, UTC+9): a date a caseworker writes
 * as "today" in WIB, WITA or WIT is never after it, while the UTC date is a day behind until 07:00 WIB.
 */
function latestCalendarDateInIndonesia(now: string): string {
  return new Date(Date.parse(now) + 9 * 3_600_000).toISOString().slice(0, 10);
}
