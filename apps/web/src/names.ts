import type { Lang } from './lang.js';
import { PORT_NAMES, PORTS } from './port-names.js';
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

/** Which Kemendagri list a form field takes a code of, by its name (`districtCode`, `from.provinceCode`); null for others. */
export function regionField(name: string): 'province' | 'district' | null {
  return /districtcode$/i.test(name) ? 'district' : /provincecode$/i.test(name) ? 'province' : null;
}

const plain = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');
const bare = (name: string): string => plain(name).replace(/^(kabupaten|kab\.?|kota) /, '');

/**
 * The code of a region a person typed or picked by name ("Nunukan", "Kabupaten Nunukan", "kota balikpapan"); a code,
 * or a name that is unknown or not unique (Kabupaten and Kota Bekasi), is left as typed for the field's own check.
 */
export function regionCode(kind: 'province' | 'district', typed: string): string {
  const list = kind === 'district' ? DISTRICT_NAMES : PROVINCE_NAMES;
  const wanted = plain(typed);
  if (wanted === '' || list[typed.trim()]) return typed;
  const entries = Object.entries(list);
  const exact = entries.filter(([, name]) => plain(name) === wanted);
  const found = exact.length > 0 ? exact : entries.filter(([, name]) => bare(name) === bare(wanted));
  return found.length === 1 ? found[0]![0] : typed;
}

/** Every region of a list as [code, name], for a form field's suggestions as she types. */
export const regionNames = (kind: 'province' | 'district'): Array<[string, string]> => Object.entries(kind === 'district' ? DISTRICT_NAMES : PROVINCE_NAMES);

/** A port of the shipped list by name (IDNNX → Pelabuhan Tunon Taka, Nunukan); the code itself when the list does not hold it. */
export const portName = (code: string): string => PORT_NAMES.get(code) ?? code;

/** The ports a `port` field offers: in Indonesia, or abroad (optionally in one country), as [code, name]. */
export function portChoices(where: 'ID' | 'abroad', country?: string): Array<[string, string]> {
  return PORTS.filter((p) => (where === 'ID' ? p.country === 'ID' : p.country !== 'ID' && (!country || p.country === country))).map((p) => [p.code, p.name]);
}
