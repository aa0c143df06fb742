import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { caseOpened, event, KALTIM, T0 } from '@rujukan/domain/testing/fixtures.js';
import { timelineFacts } from '@rujukan/read-models';
import { getProvinces, getRegencies } from 'idn-area-data';
import { CODES, districtName, namesFrom, provinceName, regionCode, regionField } from '../../apps/web/src/names.js';
import { DISTRICT_NAMES, PROVINCE_NAMES } from '../../apps/web/src/region-names.js';
import { timelineText } from '../../apps/web/src/timeline-text.js';

const row = (e: Parameters<typeof timelineFacts>[0]) => ({ type: e.type, summary: 'server sentence', facts: timelineFacts(e) });
const directory = [
  { code: KALTIM, name: 'UPTD PPA Provinsi Kalimantan Timur' },
  { code: 'POLDA-KALTIM', name: 'Polda Kalimantan Timur' },
];

describe('names, not codes, in the console', () => {
  it('holds the whole Kemendagri list the server checks codes against (regenerate with scripts/generate-region-names.mjs)', async () => {
    expect(PROVINCE_NAMES).toEqual(Object.fromEntries((await getProvinces()).map((p) => [p.code, p.name])));
    expect(DISTRICT_NAMES).toEqual(Object.fromEntries((await getRegencies()).map((r) => [r.code.replace('.', ''), r.name])));
  });

  it('names regions in each language, and keeps a code the list does not hold', () => {
    expect(provinceName('64')).toBe('Kalimantan Timur');
    expect(districtName('id', '6503')).toBe('Kabupaten Nunukan');
    expect(districtName('en', '6503')).toBe('Nunukan Regency');
    expect(districtName('en', '6471')).toBe('Balikpapan City');
    expect(districtName('id', '9999')).toBe('9999');
    const names = namesFrom('id', directory);
    expect(names.agency('POLDA-KALTIM')).toBe('Polda Kalimantan Timur');
    expect(names.agency('DINSOS-6471')).toBe('DINSOS-6471');
  });

  it('takes a region typed by name as its code, and leaves an unknown or ambiguous name to the field check', () => {
    expect(regionField('districtCode')).toBe('district');
    expect(regionField('originProvinceCode')).toBe('province');
    expect(regionField('from.provinceCode')).toBe('province');
    expect(regionField('initials')).toBeNull();
    expect(regionCode('district', 'Nunukan')).toBe('6503');
    expect(regionCode('district', ' kabupaten  nunukan ')).toBe('6503');
    expect(regionCode('district', 'Kota Balikpapan')).toBe('6471');
    expect(regionCode('district', '6503')).toBe('6503');
    expect(regionCode('province', 'Kalimantan Utara')).toBe('65');
    // Kabupaten Bekasi and Kota Bekasi: the person picks one of the two suggestions.
    expect(regionCode('district', 'Bekasi')).toBe('Bekasi');
    expect(regionCode('district', 'Kota Bekasi')).toBe('3275');
    expect(regionCode('district', 'Atlantis')).toBe('Atlantis');
  });

  it('writes the timeline with agencies and regions by name, and as before without a directory', () => {
    const caseId = randomUUID();
    const opened = row(caseOpened({ caseId }));
    expect(timelineText('id', opened, namesFrom('id', directory))).toBe(
      'Kasus dibuka oleh UPTD PPA Provinsi Kalimantan Timur melalui pelabuhan, dilaporkan oleh instansi pemerintah di Kabupaten Nunukan',
    );
    expect(timelineText('en', opened, namesFrom('en', directory))).toBe(
      'Case opened by UPTD PPA Provinsi Kalimantan Timur via port, reported by government agency in Nunukan Regency',
    );
    expect(timelineText('id', opened, CODES)).toBe('Kasus dibuka oleh UPTD-PPA-64 melalui pelabuhan, dilaporkan oleh instansi pemerintah di kab/kota 6503');
    const expired = row(
      event('ReferralExpired', { referralId: 'ref-1', responseDeadline: T0, escalateTo: { agency: KALTIM, role: 'supervisor' } }, { caseId, at: T0 }),
    );
    expect(timelineText('id', expired, namesFrom('id', directory))).toContain('dilaporkan ke supervisor UPTD PPA Provinsi Kalimantan Timur');
  });
});
