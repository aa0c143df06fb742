import { countryName as domainCountryName } from '@rujukan/domain';
import { getProvinces, getRegencies } from 'idn-area-data';

export type ReportLang = 'id' | 'en';
export const REPORT_LANGS: readonly ReportLang[] = ['id', 'en'];

/** Provinces as English-language publications (BPS, the UN) name them; Kemendagri's list is Indonesian only. */
const PROVINCES_EN: Readonly<Record<string, string>> = {
  '11': 'Aceh',
  '12': 'North Sumatra',
  '13': 'West Sumatra',
  '14': 'Riau',
  '15': 'Jambi',
  '16': 'South Sumatra',
  '17': 'Bengkulu',
  '18': 'Lampung',
  '19': 'Bangka Belitung Islands',
  '21': 'Riau Islands',
  '31': 'Jakarta',
  '32': 'West Java',
  '33': 'Central Java',
  '34': 'Special Region of Yogyakarta',
  '35': 'East Java',
  '36': 'Banten',
  '51': 'Bali',
  '52': 'West Nusa Tenggara',
  '53': 'East Nusa Tenggara',
  '61': 'West Kalimantan',
  '62': 'Central Kalimantan',
  '63': 'South Kalimantan',
  '64': 'East Kalimantan',
  '65': 'North Kalimantan',
  '71': 'North Sulawesi',
  '72': 'Central Sulawesi',
  '73': 'South Sulawesi',
  '74': 'Southeast Sulawesi',
  '75': 'Gorontalo',
  '76': 'West Sulawesi',
  '81': 'Maluku',
  '82': 'North Maluku',
  '91': 'Papua',
  '92': 'West Papua',
  '93': 'South Papua',
  '94': 'Central Papua',
  '95': 'Highland Papua',
  '96': 'Southwest Papua',
};

export interface RegionNames {
  hasProvince(code: string): boolean;
  hasDistrict(code: string): boolean;
  province(code: string, lang: ReportLang): string;
  district(code: string, lang: ReportLang): string;
}

let loaded: Promise<RegionNames> | undefined;

/** The Kemendagri names of provinces and districts (loaded once), in Indonesian or English. */
export function regionNames(): Promise<RegionNames> {
  loaded ??= (async () => {
    const provinces = new Map((await getProvinces()).map((p) => [p.code, p.name]));
    const districts = new Map((await getRegencies()).map((r) => [r.code.replace('.', ''), r.name]));
    return {
      hasProvince: (code) => provinces.has(code),
      hasDistrict: (code) => districts.has(code),
      province: (code, lang) => (lang === 'en' ? PROVINCES_EN[code] : provinces.get(code)) ?? code,
      district(code, lang) {
        const name = districts.get(code);
        if (!name) return code;
        if (lang === 'id') return name;
        // "Kota Balikpapan" is Balikpapan City, "Kabupaten Paser" Paser Regency.
        const [kind, ...rest] = name.split(' ');
        return kind === 'Kota' ? `${rest.join(' ')} City` : kind === 'Kabupaten' ? `${rest.join(' ')} Regency` : name;
      },
    };
  })();
  return loaded;
}

/** The one list of country names the console and the exports use too (libs/domain/src/labels). */
export function countryName(code: string, lang: ReportLang): string {
  return domainCountryName(code, lang);
}
