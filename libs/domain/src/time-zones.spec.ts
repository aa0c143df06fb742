import { describe, expect, it } from '@jest/globals';
import { getProvinces } from 'idn-area-data';
import { INDONESIAN_TIME_ZONES, localDateTimeInput, localDateTimeToIso, timeZoneOfProvince } from './time-zones.js';

describe('the time a province keeps', () => {
  it('names the three zones as people do, by their province', () => {
    expect(timeZoneOfProvince('31')).toBe('WIB'); // DKI Jakarta
    expect(timeZoneOfProvince('35')).toBe('WIB'); // Jawa Timur
    expect(timeZoneOfProvince('61')).toBe('WIB'); // Kalimantan Barat
    expect(timeZoneOfProvince('62')).toBe('WIB'); // Kalimantan Tengah
    expect(timeZoneOfProvince('64')).toBe('WITA'); // Kalimantan Timur
    expect(timeZoneOfProvince('65')).toBe('WITA'); // Kalimantan Utara (Nunukan)
    expect(timeZoneOfProvince('53')).toBe('WITA'); // Nusa Tenggara Timur
    expect(timeZoneOfProvince('73')).toBe('WITA'); // Sulawesi Selatan
    expect(timeZoneOfProvince('81')).toBe('WIT'); // Maluku
    expect(timeZoneOfProvince('94')).toBe('WIT'); // Papua Tengah
    expect(timeZoneOfProvince('6501')).toBe('WITA'); // a district of Kalimantan Utara
  });

  it('falls back to WIB for national agencies and anything that is not a province code', () => {
    for (const code of [null, undefined, '', 'X1', '6', ' 64']) expect(timeZoneOfProvince(code)).toBe('WIB');
  });

  it('gives every province of the Kemendagri list a zone whose offset is what its clocks show', async () => {
    const list = await getProvinces();
    expect(list.length).toBeGreaterThanOrEqual(38);
    const offset = (zone: string) =>
      new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' })
        .formatToParts(new Date('2026-06-01T00:00:00Z'))
        .find((p) => p.type === 'timeZoneName')!.value;
    const counts: Record<string, number> = {};
    for (const province of list) {
      const zone = timeZoneOfProvince(province.code);
      counts[zone] = (counts[zone] ?? 0) + 1;
    }
    expect(counts).toEqual({ WIB: 18, WITA: 12, WIT: 8 });
    expect([offset(INDONESIAN_TIME_ZONES.WIB), offset(INDONESIAN_TIME_ZONES.WITA), offset(INDONESIAN_TIME_ZONES.WIT)]).toEqual(['GMT+7', 'GMT+8', 'GMT+9']);
  });
});

describe('date-time inputs in the reader’s zone', () => {
  it('reads what a person in Balikpapan types as WITA, and shows an instant as her clock does', () => {
    expect(localDateTimeToIso('2026-12-07T09:30', 'WITA')).toBe('2026-12-07T09:30:00+08:00');
    expect(new Date(localDateTimeToIso('2026-12-07T09:30', 'WITA')).toISOString()).toBe('2026-12-07T01:30:00.000Z');
    expect(localDateTimeToIso('2026-12-07T09:30:15', 'WIT')).toBe('2026-12-07T09:30:15+09:00');
    const instant = Date.parse('2026-12-07T16:30:00Z');
    expect([localDateTimeInput(instant, 'WIB'), localDateTimeInput(instant, 'WITA'), localDateTimeInput(instant, 'WIT')]).toEqual([
      '2026-12-07T23:30',
      '2026-12-08T00:30',
      '2026-12-08T01:30',
    ]);
    for (const zone of ['WIB', 'WITA', 'WIT'] as const) expect(Date.parse(localDateTimeToIso(localDateTimeInput(instant, zone), zone))).toBe(instant);
  });
});
