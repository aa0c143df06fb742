import type { Lang } from './lang.js';
import { DISTRICT_NAMES, PROVINCE_NAMES } from './region-names.js';

/** How the console names what the API gives as codes: agencies from the directory, regions from the Kemendagri list. */
export interface Names {
  agency(code: string): string;
  province(code: string): string;
  district(code: string): string;
}

/** A province by its Kemendagri name (64 → Kalimantan Timur); the code itself when the list does not hold it. */
export const provinceName = (code: string): string => PROVINCE_NAMES[code] ?? code;

/** A regency or city by name: Kemendagri's in Indonesian (Kabupaten Nunukan), "Nunukan Regency" in English. */
export function districtName(lang: Lang, code: string): string {
  const name = DISTRICT_NAMES[code];
  if (!name) return code;
  if (lang === 'id') return name;
  const [kind, ...rest] = name.split(' ');
  return kind === 'Kota' ? `${rest.join(' ')} City` : kind === 'Kabupaten' ? `${rest.join(' ')} Regency` : name;
}

/** Names from a directory list: an agency the directory does not (or not yet) hold keeps its code. */
export function namesFrom(lang: Lang, agencies: ReadonlyArray<{ code: string; name: string }>): Names {
  const byCode = new Map(agencies.map((a) => [a.code, a.name]));
  return {
    agency: (code) => byCode.get(code) ?? code,
    province: provinceName,
    district: (code) => districtName(lang, code),
  };
}

/** Codes stay codes: what a writer falls back to without a directory (and what the unit specs read). */
export const CODES: Names = { agency: (code) => code, province: (code) => code, district: (code) => code };
