/**
 * Victims per year and region in the demo's history. Each figure says where it comes from: the source
 * articles in `shared/seeds` where they give one, otherwise a plausible figure chosen to fit them.
 * One case holds one victim, so these are also the case counts the statistics show.
 */
export interface YearFigure {
  /** Kemendagri province where the victims were found (today's codes). */
  province: string;
  year: number;
  victims: number;
  /** Districts the source names, with their counts; the rest are drawn from the province's districts. */
  districts?: Readonly<Record<string, number>>;
  /** The last day (YYYY-MM-DD, inclusive) the figure covers when the source stops before the year's end. */
  until?: string;
  source: string;
}

const KALTIM_2013 = 'Humas Prov. Kaltim, Rakornas TPPO Balikpapan, 11 Nov 2013: 274 victims in 2008-2013';
const SINFONI = 'DKP3A Kaltim (Sinfoni PPPA), Rakorda PPPA, 16 Mar 2022';
const KALSEL = 'DPPPAKB Kalsel, Rakor TPPO Banjarbaru, 28 Nov 2024 (BP2MI Kalsel data)';
export const PLAUSIBLE = 'plausible: no source figure';

const series = (province: string, from: number, counts: readonly number[], source = PLAUSIBLE): YearFigure[] =>
  counts.map((victims, i) => ({ province, year: from + i, victims, source }));

export const HISTORY_FIGURES: readonly YearFigure[] = [
  // Kalimantan Timur. Until 2012 it also held today's Kalimantan Utara (Nunukan, Tarakan, Malinau); the
  // statistics count by today's codes, so these victims are placed in today's Kaltim districts the article names.
  { province: '64', year: 2008, victims: 81, source: KALTIM_2013 },
  { province: '64', year: 2009, victims: 41, source: KALTIM_2013 },
  { province: '64', year: 2010, victims: 79, source: KALTIM_2013 },
  { province: '64', year: 2011, victims: 9, source: KALTIM_2013 },
  { province: '64', year: 2012, victims: 29, source: KALTIM_2013 },
  { province: '64', year: 2013, victims: 23, until: '2013-10-31', source: `${KALTIM_2013} (to October)` },
  ...series('64', 2014, [17, 14, 11, 8]),
  // "5 cases" in 2018, of which the article names four by district; the fifth is put in Samarinda.
  { province: '64', year: 2018, victims: 5, districts: { '6402': 1, '6408': 2, '6401': 1, '6472': 1 }, source: SINFONI },
  { province: '64', year: 2019, victims: 6, districts: { '6471': 1, '6474': 4, '6472': 1 }, source: SINFONI },
  { province: '64', year: 2020, victims: 8, districts: { '6403': 4, '6471': 1, '6474': 3 }, until: '2020-09-30', source: `${SINFONI} (to 1 October)` },
  ...series('64', 2021, [9, 13, 16, 12, 10, 7]),
  // Kalimantan Utara exists from 2013; Nunukan is where Sabah deports undocumented workers.
  ...series('65', 2013, [8, 10, 9, 12, 13, 11, 12, 6, 5, 9, 12, 14, 11, 8]),
  // Kalimantan Barat: a source and transit province (Entikong to Sarawak; brides to China and Taiwan).
  ...series('61', 2008, [12, 14, 15, 13, 16, 15, 14, 17, 16, 15, 13, 18, 8, 6, 14, 20, 19, 16, 11]),
  // Kalimantan Selatan: 170 presumed victims in 2017-2019 and 7 returned from Saudi Arabia in 2022.
  { province: '63', year: 2017, victims: 52, source: `${KALSEL}: 170 in 2017-2019, split by year here` },
  { province: '63', year: 2018, victims: 61, source: `${KALSEL}: 170 in 2017-2019, split by year here` },
  { province: '63', year: 2019, victims: 57, source: `${KALSEL}: 170 in 2017-2019, split by year here` },
  ...series('63', 2020, [6, 5]),
  { province: '63', year: 2022, victims: 7, source: `${KALSEL}: returned from Saudi Arabia` },
  ...series('63', 2023, [9, 11, 8, 6]),
];

/** The demo's history stops here, whatever day it is seeded: the same data on every run. */
export const HISTORY_END = '2026-11-27T00:00:00Z';
export const HISTORY_YEARS = { from: 2008, to: 2026 } as const;
