import { describe, expect, it } from '@jest/globals';
import { isKnownCountry, isKnownDistrict } from '@rujukan/commands';
import { DEMO_AGENCIES } from './demo-agencies.js';
import { HISTORY_END, HISTORY_FIGURES } from './demo-figures.js';
import { historicalCases, type HistoricalCase } from './demo-history.js';

const all = historicalCases();
const countBy = <T>(cases: readonly HistoricalCase[], key: (c: HistoricalCase) => T): Map<T, number> => {
  const counts = new Map<T, number>();
  for (const c of cases) counts.set(key(c), (counts.get(key(c)) ?? 0) + 1);
  return counts;
};
const yearOf = (c: HistoricalCase) => c.openedAt.getUTCFullYear();

describe("the demo's history", () => {
  it('has the victims the articles give for Kalimantan Timur, 2008-2013, found in those years', () => {
    const kaltim = all.filter((c) => c.foundProvince === '64' && yearOf(c) <= 2013);
    expect([2008, 2009, 2010, 2011, 2012, 2013].map((year) => countBy(kaltim, yearOf).get(year))).toEqual([81, 41, 79, 9, 29, 23]);
    // The articles count victims: no case of theirs ends as not a victim, so cases = victims in every view.
    expect(kaltim.filter((c) => c.ending === 'not_a_victim')).toEqual([]);
    // "2013 hingga Oktober": the 2013 figure stops at the end of October.
    expect(kaltim.filter((c) => yearOf(c) === 2013).every((c) => c.openedAt < new Date('2013-11-01T00:00:00Z'))).toBe(true);
  });

  it("has Kaltim's 2018-2020 cases in the districts the article names (2020 until 1 October)", () => {
    const byDistrict = (year: number) =>
      Object.fromEntries(
        countBy(
          all.filter((c) => c.foundProvince === '64' && yearOf(c) === year),
          (c) => c.foundDistrict,
        ),
      );
    expect(byDistrict(2018)).toEqual({ '6402': 1, '6408': 2, '6401': 1, '6472': 1 });
    expect(byDistrict(2019)).toEqual({ '6471': 1, '6474': 4, '6472': 1 });
    expect(byDistrict(2020)).toEqual({ '6403': 4, '6471': 1, '6474': 3 });
    expect(all.filter((c) => c.foundProvince === '64' && yearOf(c) === 2020).every((c) => c.openedAt < new Date('2020-10-01T00:00:00Z'))).toBe(true);
  });

  it("has Kalsel's 170 presumed victims of 2017-2019 and the 7 returned from Saudi Arabia in 2022", () => {
    const kalsel = all.filter((c) => c.foundProvince === '63');
    expect(kalsel.filter((c) => yearOf(c) >= 2017 && yearOf(c) <= 2019)).toHaveLength(170);
    expect(kalsel.filter((c) => yearOf(c) === 2022).map((c) => c.trafficking.destinationCountry)).toEqual(Array(7).fill('SA'));
  });

  it('is one case per victim of each figure, nothing after the history ends, and Kaltara only from 2013', () => {
    expect(all).toHaveLength(HISTORY_FIGURES.reduce((sum, f) => sum + f.victims, 0));
    expect(all.every((c) => c.openedAt.getTime() < Date.parse(HISTORY_END))).toBe(true);
    expect(Math.min(...all.filter((c) => c.foundProvince === '65').map(yearOf))).toBe(2013);
    expect(new Set(all.map((c) => c.key)).size).toBe(all.length);
  });

  it('gives the same cases on every run, and a selection of years changes none of them', () => {
    expect(historicalCases()).toEqual(all);
    const selected = historicalCases({ years: { from: 2011, to: 2012 }, provinces: ['64'] });
    expect(selected).toEqual(all.filter((c) => c.foundProvince === '64' && yearOf(c) >= 2011 && yearOf(c) <= 2012));
    expect(selected).toHaveLength(9 + 29);
  });

  it('names real regions, countries and agencies, and no victim found outside Kaltim comes from it', () => {
    const agencies = new Set(DEMO_AGENCIES.map((a) => a.code));
    for (const c of all) {
      const codes = [c.foundDistrict, c.victim.originDistrict];
      expect([c.key, codes.every(isKnownDistrict), isKnownCountry(c.trafficking.destinationCountry)]).toEqual([c.key, true, true]);
      expect([c.key, c.foundDistrict.slice(0, 2), c.victim.originDistrict.slice(0, 2)]).toEqual([c.key, c.foundProvince, c.victim.originProvince]);
      expect([c.owner, c.police, c.social, `UPTD-PPA-${c.victim.originProvince}`].filter((code) => !agencies.has(code))).toEqual([]);
    }
    // Statistics for a province count victims found there or coming from there: Kaltim's own figures stay exact.
    expect(all.filter((c) => c.foundProvince !== '64' && c.victim.originProvince === '64')).toEqual([]);
  });

  it('mixes victims as the articles describe: Malaysia first for Kalimantan, online scams in Cambodia and Myanmar from 2021', () => {
    for (const province of ['64', '65', '61']) {
      const destinations = [
        ...countBy(
          all.filter((c) => c.foundProvince === province),
          (c) => c.trafficking.destinationCountry,
        ),
      ].sort((a, b) => b[1] - a[1]);
      expect([province, destinations[0]![0]]).toEqual([province, 'MY']);
    }
    const scams = all.filter((c) => c.trafficking.exploitation === 'online_scam');
    expect(Math.min(...scams.map(yearOf))).toBeGreaterThanOrEqual(2021);
    expect(scams.filter((c) => yearOf(c) >= 2023).length).toBeGreaterThan(30);
    expect(countBy(all, (c) => c.victim.sex).get('male')! / all.length).toBeGreaterThan(0.15);
    expect(countBy(all, (c) => c.victim.sex).get('female')! / all.length).toBeGreaterThan(0.6);
    const children = all.filter((c) => c.victim.isChild).length / all.length;
    expect(children).toBeGreaterThan(0.05);
    expect(children).toBeLessThan(0.3);
    expect(new Set(all.map((c) => c.victim.originProvince))).toEqual(new Set(['35', '32', '33', '31', '73', '71', '52', '53', '64', '65', '61', '63']));
  });
});
