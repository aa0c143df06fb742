import type { DirectoryQueries } from '@rujukan/read-models';
import { ApiError, RequestValidationError } from '../errors/api-error.js';

export interface Scope {
  level: 'national' | 'province' | 'district';
  code: string | null;
}

/** The caller's region, from the directory: an agency the administrators have not recorded counts nothing. */
export async function scopeOfAgency(directory: DirectoryQueries, agency: string): Promise<Scope> {
  const region = await directory.agencyRegion(agency);
  if (!region) throw new ApiError(403, 'STATS.NO_SCOPE', `agency ${agency} is not in the directory, so it has no region to count`);
  if (region.districtCode) return { level: 'district', code: region.districtCode };
  if (region.provinceCode) return { level: 'province', code: region.provinceCode };
  return { level: 'national', code: null };
}

/** Narrows to a province or district, which must lie inside the caller's scope. */
export function regionParam(query: Record<string, string | undefined>, scope: Scope): { province: string | null; district: string | null } {
  const province = query.province || null;
  const district = query.district || null;
  if (province !== null && !/^[1-9][0-9]$/.test(province))
    throw new RequestValidationError([{ field: 'province', reason: 'province must be a 2-digit Kemendagri code' }]);
  if (district !== null && !/^[1-9][0-9]{3}$/.test(district))
    throw new RequestValidationError([{ field: 'district', reason: 'district must be a 4-digit Kemendagri code' }]);
  const code = scope.code ?? '';
  const inside =
    scope.level === 'national' ||
    (scope.level === 'province' && (province === null || province === code) && (district === null || district.startsWith(code))) ||
    (scope.level === 'district' && (province === null || province === code.slice(0, 2)) && (district === null || district === code));
  if (!inside) throw new ApiError(403, 'STATS.OUT_OF_SCOPE', `the caller counts only in ${scope.level} ${code}`);
  if (scope.level === 'district') return { province: null, district: code };
  if (scope.level === 'province') return { province: code, district };
  return { province, district };
}
