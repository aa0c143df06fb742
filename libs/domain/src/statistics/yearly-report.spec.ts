import { describe, expect, it } from '@jest/globals';
// The run's fuzz seed (FUZZ_SEED, fixed unless asked), so a run repeats itself and a counterexample can be replayed.
import { fc } from '../../../../test/fuzz/support/fuzz-settings.js';
import { publishYearlyReport, YEARS_SHOWN, type YearlyCounts } from './yearly-report.js';

const empty: YearlyCounts = {
  year: 2025,
  region: { province: '64', district: null },
  byYear: [],
  byMonth: [],
  bySex: [],
  byAgeGroup: [],
  byDestinationCountry: [],
  byOriginProvince: [],
  byExploitationType: [],
  referrals: { sent: 0, answered: 0, answeredInTime: 0, medianHoursToAnswer: null },
};

describe('the published yearly report', () => {
  it('lists the ten years up to the report year and every month, zeros included', () => {
    const report = publishYearlyReport(
      {
        ...empty,
        byYear: [
          { key: 2012, count: 40 },
          { key: 2024, count: 6 },
          { key: 2025, count: 7 },
        ],
        byMonth: [{ key: 2, count: 7 }],
      },
      5,
    );
    expect(report.casesByYear.rows.map((r) => r.key)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(report.casesByYear.rows.at(-2)).toEqual({ key: 2024, count: 6 });
    // 2012 lies outside the trend: it is neither shown nor in its total.
    expect(report.casesByYear.total).toBe(13);
    expect(report.casesByMonth.rows).toHaveLength(12);
    expect(report.casesByMonth.rows.filter((r) => r.count !== 0)).toEqual([{ key: 2, count: 7 }]);
  });

  it('hides the key figures the ungrouped views hide, and publishes true zeros', () => {
    const few = publishYearlyReport(
      {
        ...empty,
        byMonth: [{ key: 1, count: 4 }],
        bySex: [{ key: 'female', count: 4 }],
        byAgeGroup: [{ key: 'adult', count: 4 }],
        referrals: { sent: 4, answered: 4, answeredInTime: 4, medianHoursToAnswer: 3 },
      },
      5,
    );
    expect(few.keyFigures).toEqual({
      cases: null,
      women: null,
      children: 0,
      referralsSent: null,
      referralsAnswered: null,
      shareAnsweredInTime: null,
      medianHoursToAnswer: null,
    });
    expect(publishYearlyReport(empty, 5).keyFigures).toEqual({
      cases: 0,
      women: 0,
      children: 0,
      referralsSent: 0,
      referralsAnswered: 0,
      shareAnsweredInTime: null,
      medianHoursToAnswer: null,
    });
  });

  it('ranks categories by their published counts only, hidden ones by code and unknown last', () => {
    // ID (2) is hidden and KH (6) with it as its complement. Ranked by true counts KH would come first,
    // telling the reader which hidden count is the larger one.
    const report = publishYearlyReport(
      {
        ...empty,
        byDestinationCountry: [
          { key: null, count: 7 },
          { key: 'KH', count: 6 },
          { key: 'ID', count: 2 },
          { key: 'MY', count: 30 },
          { key: 'SA', count: 9 },
        ],
      },
      5,
    );
    expect(report.casesByDestinationCountry).toEqual({
      rows: [
        { key: 'MY', count: 30 },
        { key: 'SA', count: 9 },
        { key: 'ID', count: null },
        { key: 'KH', count: null },
        { key: null, count: 7 },
      ],
      total: 54,
    });
  });

  it('never publishes a count between zero and the threshold, whatever the counts (property)', () => {
    const counts = fc.array(fc.nat({ max: 12 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(counts, counts, fc.integer({ min: 2, max: 11 }), (destinations, types, threshold) => {
        const report = publishYearlyReport(
          {
            ...empty,
            byDestinationCountry: destinations.map((count, i) => ({ key: `C${i}`, count })),
            byExploitationType: types.map((count, i) => ({ key: `T${i}`, count })),
            byYear: destinations.map((count, i) => ({ key: 2025 - i, count })),
          },
          threshold,
        );
        for (const table of [report.casesByDestinationCountry, report.casesByExploitationType, report.casesByYear]) {
          for (const row of table.rows) expect(row.count === null || row.count === 0 || row.count >= threshold).toBe(true);
          if (table.total !== undefined && table.total !== null) expect(table.total === 0 || table.total >= threshold).toBe(true);
        }
        expect(report.casesByYear.rows).toHaveLength(YEARS_SHOWN);
      }),
    );
  });
});
