/**
 * A case's registration number, as people say and write it: `KI-2026-0042` — the owning agency's province (its
 * ISO 3166-2:ID code), the year the case was opened in that province's local time, and the case's place in that year.
 * The number is given when the case is opened and is in the `CaseOpened` event, so the log and its hash chain hold it.
 */
export interface CaseRegistration {
  /** `KI-2026-0042`: what the console shows and a path may name the case by. */
  number: string;
  /** `KI-2026`: the numbers counted together. */
  series: string;
  /** 1, 2, 3 … within the series, without gaps. */
  seq: number;
}

/** Kemendagri province code → ISO 3166-2:ID subdivision code (the two letters after `ID-`). */
export const PROVINCE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  '11': 'AC', '12': 'SU', '13': 'SB', '14': 'RI', '15': 'JA', '16': 'SS', '17': 'BE', '18': 'LA', '19': 'BB', '21': 'KR',
  '31': 'JK', '32': 'JB', '33': 'JT', '34': 'YO', '35': 'JI', '36': 'BT', '51': 'BA', '52': 'NB', '53': 'NT',
  '61': 'KB', '62': 'KT', '63': 'KS', '64': 'KI', '65': 'KU', '71': 'SA', '72': 'ST', '73': 'SN', '74': 'SG', '75': 'GO',
  '76': 'SR', '81': 'MA', '82': 'MU', '91': 'PA', '92': 'PB', '93': 'PS', '94': 'PT', '95': 'PE', '96': 'PD',
}; // prettier-ignore

/** Hours ahead of UTC: WIB +7, WITA +8 (Bali, Nusa Tenggara, Kalimantan Selatan, Timur, Utara, Sulawesi), WIT +9 (Maluku, Papua). */
export function provinceUtcOffsetHours(provinceCode: string | null): number {
  const code = Number(provinceCode ?? 0);
  if (code >= 81) return 9;
  if ((code >= 51 && code <= 53) || (code >= 63 && code <= 76)) return 8;
  return 7;
}

/** A number names a case: two capital letters, a year and at least four digits. */
export const REGISTRATION_NUMBER_PATTERN = /^[A-Z]{2}-\d{4}-\d{4,9}$/;

export function isRegistrationNumber(value: unknown): value is string {
  return typeof value === 'string' && REGISTRATION_NUMBER_PATTERN.test(value);
}

/**
 * The series a case opened at `now` by an agency of that province is numbered in. An agency with no province (a
 * national body) numbers under `RI`. Two case-owning agencies of one province share its series (the shipped directory
 * has one, the province's UPTD PPA): numbers stay unique and without gaps, each agency's are not consecutive.
 */
export function registrationSeries(provinceCode: string | null, now: string): string {
  const prefix = (provinceCode && PROVINCE_ABBREVIATIONS[provinceCode]) || 'RI';
  const local = new Date(Date.parse(now) + provinceUtcOffsetHours(provinceCode) * 3_600_000);
  return `${prefix}-${local.getUTCFullYear()}`;
}

export function registrationOf(series: string, seq: number): CaseRegistration {
  return { number: `${series}-${String(seq).padStart(4, '0')}`, series, seq };
}

/** Why two registrations may be one person: the same NIK, or the same name and birth year (both by blind index). */
export const DUPLICATE_BASES = ['nik', 'name_birth_year'] as const;
export type DuplicateBasis = (typeof DUPLICATE_BASES)[number];
/** A supervisor's word on a possible duplicate: one person (the agencies work together), or two. */
export const DUPLICATE_DECISIONS = ['linked', 'not_same_person'] as const;
export type DuplicateDecision = (typeof DUPLICATE_DECISIONS)[number];
