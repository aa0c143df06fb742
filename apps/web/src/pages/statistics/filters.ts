/** What GET /stats/cases may group by (apps/api/src/stats/stats.controller.ts), in the order people think of them. */
export const CASE_DIMENSIONS = [
  'year',
  'month',
  'foundProvince',
  'foundDistrict',
  'originProvince',
  'originDistrict',
  'sex',
  'ageGroup',
  'nationality',
  'victimStatus',
  'destinationCountry',
  'channel',
  'stage',
  'closureReason',
  // Multi-valued: a case counts under each of its values; the API takes one of these with at most one other dimension.
  'exploitationType',
  'recruitmentMethod',
  'modus',
  'transitPoint',
] as const;
export const REFERRAL_DIMENSIONS = ['toAgencyType', 'toAgency', 'service', 'year', 'foundProvince', 'foundDistrict'] as const;
export const MAX_CASE_DIMENSIONS = 3;
export const MAX_REFERRAL_DIMENSIONS = 2;

/** The filters as they stand in the address (so a table can be linked to), and as the form edits them. */
export interface Filters {
  groupBy: string[];
  referralGroupBy: string[];
  from: string;
  to: string;
  province: string;
  district: string;
}

const DEFAULTS: Filters = { groupBy: ['year'], referralGroupBy: ['toAgencyType'], from: '', to: '', province: '', district: '' };

export function readFilters(params: URLSearchParams): Filters {
  const list = (name: string, fallback: string[], allowed: readonly string[], max: number) => {
    const raw = params.get(name);
    if (raw === null) return fallback;
    return [...new Set(raw.split(',').filter((d) => allowed.includes(d)))].slice(0, max);
  };
  return {
    groupBy: list('kelompok', DEFAULTS.groupBy, CASE_DIMENSIONS, MAX_CASE_DIMENSIONS),
    referralGroupBy: list('rujukan', DEFAULTS.referralGroupBy, REFERRAL_DIMENSIONS, MAX_REFERRAL_DIMENSIONS),
    from: params.get('dari') ?? '',
    to: params.get('sampai') ?? '',
    province: params.get('provinsi') ?? '',
    district: params.get('kabkota') ?? '',
  };
}

export function writeFilters(filters: Filters): Record<string, string> {
  const out: Record<string, string> = { kelompok: filters.groupBy.join(','), rujukan: filters.referralGroupBy.join(',') };
  if (filters.from) out.dari = filters.from;
  if (filters.to) out.sampai = filters.to;
  if (filters.province) out.provinsi = filters.province;
  if (filters.district) out.kabkota = filters.district;
  return out;
}

/** The API's query for one view: its groupBy and the shared filters. */
export function apiQuery(groupBy: string[], filters: Filters, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  if (groupBy.length > 0) q.set('groupBy', groupBy.join(','));
  if (filters.from) q.set('from', filters.from);
  if (filters.to) q.set('to', filters.to);
  if (filters.province) q.set('province', filters.province);
  if (filters.district) q.set('district', filters.district);
  for (const [name, value] of Object.entries(extra)) q.set(name, value);
  const text = q.toString();
  return text ? `?${text}` : '';
}
