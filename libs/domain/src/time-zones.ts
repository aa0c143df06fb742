/**
 * Indonesia keeps three times: WIB (UTC+7), WITA (UTC+8) and WIT (UTC+9). A person reads a moment in the time of
 * her agency's province; counts by day or year stay in WIB everywhere (the statistics say so).
 */
export const INDONESIAN_TIME_ZONES = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
} as const;
export type IndonesianTimeZone = keyof typeof INDONESIAN_TIME_ZONES;

/** Kemendagri province codes in WITA: Bali, Nusa Tenggara, South, East and North Kalimantan, and all of Sulawesi. */
const WITA_PROVINCES = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);

/**
 * The time a province keeps, from its two-digit Kemendagri code (a district code's first two digits work too):
 * Maluku and Papua (8x, 9x) WIT, the WITA provinces above, WIB otherwise (Sumatra, Java, West and Central
 * Kalimantan) and for anything without a province (national agencies, unknown codes).
 */
export function timeZoneOfProvince(provinceCode: string | null | undefined): IndonesianTimeZone {
  const province = provinceCode?.slice(0, 2) ?? '';
  if (!/^\d{2}$/.test(province)) return 'WIB';
  if (province.startsWith('8') || province.startsWith('9')) return 'WIT';
  return WITA_PROVINCES.has(province) ? 'WITA' : 'WIB';
}

/** Their offsets: Indonesia keeps no daylight saving time. */
export const TIME_ZONE_OFFSETS: Readonly<Record<IndonesianTimeZone, string>> = { WIB: '+07:00', WITA: '+08:00', WIT: '+09:00' };

/** A date-time input's value (YYYY-MM-DDTHH:mm, seconds optional) read in the zone, as the ISO 8601 the API takes. */
export const localDateTimeToIso = (value: string, zone: IndonesianTimeZone): string =>
  `${value.length === 16 ? `${value}:00` : value}${TIME_ZONE_OFFSETS[zone]}`;

/** The date-time input's value (YYYY-MM-DDTHH:mm) that shows an instant (milliseconds since 1970) in the zone. */
export function localDateTimeInput(instant: number, zone: IndonesianTimeZone): string {
  const hours = Number(TIME_ZONE_OFFSETS[zone].slice(1, 3));
  return new Date(instant + hours * 3_600_000).toISOString().slice(0, 16);
}
