import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import { getProvinces, getRegencies } from 'idn-area-data';

// Loaded once when the module is imported: validators are synchronous and the lists are small (38 provinces, 514 regencies).
const provinces = new Set((await getProvinces()).map((p) => p.code));
// Kemendagri writes regencies as 64.71; cases carry them as 6471.
const regencies = new Set((await getRegencies()).map((r) => r.code.replace('.', '')));

/** A province of the current Kemendagri list, e.g. 64 (Kalimantan Timur). */
export function isKnownProvince(code: unknown): boolean {
  return typeof code === 'string' && provinces.has(code);
}

/** A kabupaten or kota of the current Kemendagri list, e.g. 6471 (Kota Balikpapan). */
export function isKnownDistrict(code: unknown): boolean {
  return typeof code === 'string' && regencies.has(code);
}

/** An assigned ISO 3166-1 alpha-2 country code, e.g. MY. */
export function isKnownCountry(code: unknown): boolean {
  return typeof code === 'string' && /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

// The shipped ports list (data/ports/ports.json, from the project's directory as the flow map reads it): code → country.
const ports = new Map(
  (JSON.parse(readFileSync(join(process.cwd(), 'data/ports/ports.json'), 'utf8')) as { ports: Array<{ code: string; country: string }> }).ports.map(
    (p) => [p.code, p.country] as const,
  ),
);

/** A port, airport or land crossing of the shipped list (e.g. IDNNX, Tunon Taka, Nunukan), in `country` when given ('abroad': outside Indonesia). */
export function isKnownPort(code: unknown, country?: string): boolean {
  if (typeof code !== 'string' || !ports.has(code)) return false;
  const of = ports.get(code)!;
  return country === undefined || (country === 'abroad' ? of !== 'ID' : of === country);
}
