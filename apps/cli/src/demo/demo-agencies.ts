import type { AgencyType } from '@rujukan/domain';

export interface DemoAgency {
  code: string;
  name: string;
  type: AgencyType;
  provinceCode: string | null;
  districtCode: string | null;
}

/** The agencies the source articles name: Kalimantan's services, the ports of Nunukan and Tarakan, and the victims' home provinces. */
export const DEMO_AGENCIES: readonly DemoAgency[] = [
  { code: 'UPTD-PPA-64', name: 'UPTD PPA Provinsi Kalimantan Timur', type: 'uptd_ppa', provinceCode: '64', districtCode: '6472' },
  { code: 'UPTD-PPA-61', name: 'UPTD PPA Provinsi Kalimantan Barat', type: 'uptd_ppa', provinceCode: '61', districtCode: '6171' },
  { code: 'UPTD-PPA-65', name: 'UPTD PPA Provinsi Kalimantan Utara', type: 'uptd_ppa', provinceCode: '65', districtCode: '6571' },
  { code: 'UPTD-PPA-63', name: 'UPTD PPA Provinsi Kalimantan Selatan', type: 'uptd_ppa', provinceCode: '63', districtCode: '6371' },
  { code: 'UPTD-PPA-35', name: 'UPTD PPA Provinsi Jawa Timur', type: 'uptd_ppa', provinceCode: '35', districtCode: '3578' },
  { code: 'UPTD-PPA-32', name: 'UPTD PPA Provinsi Jawa Barat', type: 'uptd_ppa', provinceCode: '32', districtCode: '3273' },
  { code: 'UPTD-PPA-73', name: 'UPTD PPA Provinsi Sulawesi Selatan', type: 'uptd_ppa', provinceCode: '73', districtCode: '7371' },
  { code: 'UPTD-PPA-52', name: 'UPTD PPA Provinsi Nusa Tenggara Barat', type: 'uptd_ppa', provinceCode: '52', districtCode: '5271' },
  { code: 'UPTD-PPA-53', name: 'UPTD PPA Provinsi Nusa Tenggara Timur', type: 'uptd_ppa', provinceCode: '53', districtCode: '5371' },
  { code: 'UPTD-PPA-33', name: 'UPTD PPA Provinsi Jawa Tengah', type: 'uptd_ppa', provinceCode: '33', districtCode: '3374' },
  { code: 'UPTD-PPA-31', name: 'UPTD PPA Provinsi DKI Jakarta', type: 'uptd_ppa', provinceCode: '31', districtCode: '3171' },
  { code: 'UPTD-PPA-71', name: 'UPTD PPA Provinsi Sulawesi Utara', type: 'uptd_ppa', provinceCode: '71', districtCode: '7171' },
  { code: 'POLDA-KALTIM', name: 'Polda Kalimantan Timur, Subdit IV Renakta', type: 'police', provinceCode: '64', districtCode: '6471' },
  { code: 'POLDA-KALBAR', name: 'Polda Kalimantan Barat, Subdit IV Renakta', type: 'police', provinceCode: '61', districtCode: '6171' },
  { code: 'POLRES-NUNUKAN', name: 'Polres Nunukan, Unit PPA', type: 'police', provinceCode: '65', districtCode: '6503' },
  { code: 'POLDA-KALTARA', name: 'Polda Kalimantan Utara, Subdit IV Renakta', type: 'police', provinceCode: '65', districtCode: '6501' },
  { code: 'POLDA-KALSEL', name: 'Polda Kalimantan Selatan, Subdit IV Renakta', type: 'police', provinceCode: '63', districtCode: '6371' },
  { code: 'DINSOS-6471', name: 'Dinas Sosial Kota Balikpapan', type: 'social_services', provinceCode: '64', districtCode: '6471' },
  { code: 'DINSOS-6503', name: 'Dinas Sosial Kabupaten Nunukan', type: 'social_services', provinceCode: '65', districtCode: '6503' },
  { code: 'DINSOS-6171', name: 'Dinas Sosial Kota Pontianak', type: 'social_services', provinceCode: '61', districtCode: '6171' },
  { code: 'DINSOS-6371', name: 'Dinas Sosial Kota Banjarmasin', type: 'social_services', provinceCode: '63', districtCode: '6371' },
  { code: 'RPTC-6471', name: 'Rumah Perlindungan Trauma Center Balikpapan', type: 'shelter', provinceCode: '64', districtCode: '6471' },
  { code: 'RSUD-6471', name: 'RSUD Beriman Balikpapan', type: 'health', provinceCode: '64', districtCode: '6471' },
  { code: 'BP3MI-NUNUKAN', name: 'BP3MI Kalimantan Utara, Pos Nunukan', type: 'bp2mi', provinceCode: '65', districtCode: '6503' },
  { code: 'BP3MI-KALBAR', name: 'BP3MI Kalimantan Barat', type: 'bp2mi', provinceCode: '61', districtCode: '6171' },
  { code: 'BP3MI-KALSEL', name: 'BP3MI Kalimantan Selatan', type: 'bp2mi', provinceCode: '63', districtCode: '6372' },
  { code: 'LPSK', name: 'Lembaga Perlindungan Saksi dan Korban', type: 'lpsk', provinceCode: null, districtCode: null },
  { code: 'KJRI-TAWAU', name: 'Konsulat RI Tawau', type: 'consulate', provinceCode: null, districtCode: null },
];
