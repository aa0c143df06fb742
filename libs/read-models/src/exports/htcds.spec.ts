import { describe, expect, it } from '@jest/globals';
import { EXPLOITATION_TYPES, MEANS_OF_CONTROL, RECRUITMENT_METHODS, SEXES } from '@rujukan/domain';
import {
  anonymise,
  CONTROL_OF_MEANS,
  GENDER_OF_SEX,
  htcdsRelease,
  QUASI_IDENTIFIERS,
  RECRUITMENT_OF_METHOD,
  SUPPRESSED,
  toHtcdsRecord,
  yearPeriod,
  type HtcdsRecord,
  type StatsCaseCategories,
} from './htcds.js';

const row = (change: Partial<StatsCaseCategories> = {}): StatsCaseCategories => ({
  opened_year: 2020,
  sex: 'female',
  age_group: 'adult',
  nationality: 'ID',
  destination_country: 'MY',
  exploitation_types: ['forced_labour'],
  recruitment_methods: ['job_offer'],
  means_of_control: ['debt_bondage'],
  stage: 'intake',
  closure_reason: null,
  ...change,
});
const many = (n: number, change: Partial<StatsCaseCategories> = {}) => Array.from({ length: n }, () => toHtcdsRecord(row(change)));
const keyOf = (r: HtcdsRecord) => JSON.stringify(QUASI_IDENTIFIERS.map((q) => r[q]));
function smallestGroup(records: HtcdsRecord[]): number {
  const counts = new Map<string, number>();
  for (const r of records) counts.set(keyOf(r), (counts.get(keyOf(r)) ?? 0) + 1);
  return Math.min(...counts.values());
}

describe('the HTCDS record of a case', () => {
  it('maps every sex Rujukan records to a gender of its own, so nothing is lost', () => {
    const genders = SEXES.map((s) => GENDER_OF_SEX[s]);
    expect(new Set(genders).size).toBe(SEXES.length);
    expect(genders.every((g) => ['Male', 'Female', 'Transgender/NonConforming', 'Unknown'].includes(g))).toBe(true);
    expect(toHtcdsRecord(row({ sex: 'male' })).prs_Gender).toBe('Male');
  });

  it('maps every recruitment method, means of control and exploitation type, in HTCDS value names and the CTDC flags', () => {
    for (const m of RECRUITMENT_METHODS) expect(RECRUITMENT_OF_METHOD[m]).toEqual(expect.any(String));
    for (const m of MEANS_OF_CONTROL) expect(CONTROL_OF_MEANS[m]).toEqual(expect.any(String));
    expect(toHtcdsRecord(row({ means_of_control: ['document_confiscation', 'withheld_wages', 'isolation', 'other'] })).vic_MethodsOfControl).toEqual([
      'Other',
      'TakesEarnings',
      'WithholdsDocuments',
    ]);
    const record = toHtcdsRecord(
      row({ exploitation_types: [...EXPLOITATION_TYPES], recruitment_methods: ['abduction', 'job_offer', 'false_internship'], age_group: 'child' }),
    );
    expect(record).toMatchObject({
      majorityStatus: 'Minor',
      vic_MethodOfRecruitment: ['Abduction', 'Job offer/advertisement'],
      vic_TypeOfLabourExploitation: ['DomesticWork', 'IllicitActivities'],
      isForcedLabour: true,
      isSexualExploit: true,
      isForcedMarriage: true,
      isOrganRemoval: true,
      isOtherExploit: true,
    });
    expect(toHtcdsRecord(row({ stage: 'closed', closure_reason: 'transferred_out' })).cas_Status).toBe('ClosedReferred');
    expect(toHtcdsRecord(row({ stage: 'reintegration' })).cas_Status).toBe('FollowUp');
    expect(Object.keys(record)).not.toContain('case_id');
  });
});

describe('k-anonymity (k = 11)', () => {
  it('publishes groups of k or more untouched', () => {
    const { records, suppression } = anonymise([...many(11), ...many(12, { sex: 'male' })]);
    expect(records).toHaveLength(23);
    expect(suppression).toMatchObject({ records: 23, published: 23, generalised: 0, withSuppressedValues: 0, dropped: 0, suppressedShare: 0 });
  });

  it('widens the year of a rare record to a 5-year period before suppressing anything', () => {
    const input = [...many(6, { opened_year: 2011 }), ...many(5, { opened_year: 2013 }), ...many(11, { opened_year: 2020 })];
    const { records, suppression } = anonymise(input);
    expect(records.filter((r) => r.yearOfRegistration === '2010-2014')).toHaveLength(11);
    expect(suppression).toMatchObject({ generalised: 11, withSuppressedValues: 0, dropped: 0, suppressedShare: 0 });
    expect(yearPeriod(2014)).toBe('2010-2014');
    expect(yearPeriod(2015)).toBe('2015-2019');
  });

  it('then suppresses the country of exploitation, then nationality, and leaves out what is still rare, reporting the share', () => {
    const input = [
      ...many(20),
      ...many(6, { destination_country: 'SA' }),
      ...many(5, { destination_country: 'KH' }),
      ...many(2, { nationality: 'MY', destination_country: 'TW', sex: 'male', age_group: 'child' }),
    ];
    const { records, suppression } = anonymise(input);
    expect(smallestGroup(records)).toBeGreaterThanOrEqual(11);
    expect(records.filter((r) => r.CountryOfExploitation === SUPPRESSED)).toHaveLength(11);
    expect(suppression).toMatchObject({ records: 33, published: 31, withSuppressedValues: 11, dropped: 2 });
    expect(suppression.suppressedShare).toBeCloseTo(13 / 33, 4);
    expect(suppression.suppressedValues.CountryOfExploitation).toBe(11);
  });

  it('holds for any data set: no published combination under k, every record published or counted as left out', () => {
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let run = 0; run < 20; run++) {
      const input = Array.from({ length: 50 + next(400) }, () =>
        toHtcdsRecord(
          row({
            opened_year: 2008 + next(18),
            sex: SEXES[next(2)]!,
            age_group: ['child', 'adult', null][next(3)]!,
            nationality: ['ID', 'ID', 'ID', 'MY', 'PH'][next(5)]!,
            destination_country: ['MY', 'MY', 'SA', 'KH', 'MM', 'ID', null][next(7)]!,
          }),
        ),
      );
      const { records, suppression } = anonymise(input);
      if (records.length > 0) expect(smallestGroup(records)).toBeGreaterThanOrEqual(11);
      expect(suppression.published + suppression.dropped).toBe(input.length);
      expect(suppression.dropped).toBeLessThan(11);
    }
  });

  it('never lets the order of the records say when they were recorded', () => {
    const input = [...many(11, { opened_year: 2021 }), ...many(11, { opened_year: 2020 })];
    expect(anonymise(input).records.map((r) => r.yearOfRegistration)).toEqual([...Array(11).fill(2020), ...Array(11).fill(2021)]);
  });
});

describe('an HTTP export is a release', () => {
  it('runs to the end of the last complete quarter in WIB', () => {
    expect(htcdsRelease(new Date('2026-12-07T10:00:00Z'))).toMatchObject({ release: '2026-Q3', to: '2026-09-30' });
    expect(htcdsRelease(new Date('2026-04-01T00:00:00+07:00'))).toMatchObject({ release: '2026-Q1', to: '2026-03-31' });
    // 31 March 20:00 UTC is already 1 April in WIB.
    expect(htcdsRelease(new Date('2026-03-31T20:00:00Z'))).toMatchObject({ release: '2026-Q1', to: '2026-03-31' });
    expect(htcdsRelease(new Date('2026-03-31T16:00:00Z'))).toMatchObject({ release: '2025-Q4', to: '2025-12-31' });
    expect(htcdsRelease(new Date('2026-01-15T00:00:00Z'))).toMatchObject({ release: '2025-Q4', to: '2025-12-31' });
  });
});
