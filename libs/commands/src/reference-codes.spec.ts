import { describe, expect, it } from '@jest/globals';
import { isKnownCountry, isKnownDistrict, isKnownProvince } from './reference-codes.js';

describe('reference codes', () => {
  it('knows the provinces and regencies of the seeds: Kaltim, Kaltara, Jawa Timur', () => {
    expect(['64', '65', '35'].every(isKnownProvince)).toBe(true);
    expect(['6471', '6503', '3509'].every(isKnownDistrict)).toBe(true);
  });

  it('refuses well-formed codes that name no province, regency or country', () => {
    expect(isKnownProvince('99')).toBe(false);
    expect(isKnownDistrict('6499')).toBe(false);
    expect(isKnownDistrict('64.71')).toBe(false);
    expect(isKnownCountry('XX')).toBe(false);
    expect(isKnownCountry('my')).toBe(false);
  });

  it('knows the destination countries the seeds name', () => {
    expect(['MY', 'SA', 'KH', 'MM', 'CN', 'TW', 'ID'].every(isKnownCountry)).toBe(true);
  });
});
