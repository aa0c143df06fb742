import type { Channel, ExploitationType, MeansOfControl, Modus, RecruitmentMethod, ReporterType, Sex } from '@rujukan/domain';
import { HISTORY_END, HISTORY_FIGURES, PLAUSIBLE, type YearFigure } from './demo-figures.js';

/** One victim's case in the demo's history: where and when she was found, who she is (no name), what happened to her. */
export interface HistoricalCase {
  /** Stable across runs and independent of which years are seeded: the case's Idempotency-Keys start with it. */
  key: string;
  openedAt: Date;
  foundProvince: string;
  foundDistrict: string;
  channel: Channel;
  reporterType: ReporterType;
  owner: string;
  police: string;
  social: string;
  victim: {
    initials: string;
    sex: Sex;
    birthYear: number;
    isChild: boolean;
    originProvince: string;
    originDistrict: string;
  };
  trafficking: {
    destinationCountry: string;
    exploitation: ExploitationType;
    modus: Modus;
    transit: string[];
    recruitment: RecruitmentMethod;
    control: MeansOfControl[];
  };
  /** How the case ends, if nothing stops it first (the history's end). */
  ending: 'reintegrated' | 'not_a_victim' | 'victim_declined_services' | 'lost_contact';
  /** Alleged victims the assessment leaves presumed (Kalsel's BP2MI figures) rather than confirmed. */
  presumed: boolean;
}

/** A small seeded generator (mulberry32): the same seed gives the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A 32-bit seed from text (FNV-1a), so each province and year draws from its own sequence. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

export class Draw {
  constructor(readonly random: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let r = this.random() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items.at(-1)![0];
  }
}

// Where victims come from: the articles name Jawa Timur, Jawa Barat, Sulawesi Selatan, Sulawesi Utara, DKI
// Jakarta and Jawa Tengah (and a few from Samarinda) for Kaltim; NTT and NTB for the route through Nunukan.
const ORIGIN_DISTRICTS: Readonly<Record<string, readonly string[]>> = {
  '35': ['3509', '3507', '3510', '3505', '3522'], // Jember, Malang, Banyuwangi, Blitar, Bojonegoro
  '32': ['3205', '3212', '3203', '3209'], // Garut, Indramayu, Cianjur, Cirebon
  '33': ['3301', '3329', '3302'], // Cilacap, Brebes, Banyumas
  '31': ['3172', '3175'], // Jakarta Utara, Jakarta Timur
  '73': ['7371', '7308', '7315', '7302'], // Makassar, Bone, Pinrang, Bulukumba
  '71': ['7171', '7102'], // Manado, Minahasa
  '52': ['5203', '5202', '5201'], // Lombok Timur, Lombok Tengah, Lombok Barat
  '53': ['5302', '5371', '5310', '5304'], // Timor Tengah Selatan, Kupang, Manggarai, Belu
  '64': ['6472'], // Samarinda
  '65': ['6503', '6571'], // Nunukan, Tarakan
  '61': ['6101', '6103', '6172', '6107', '6171'], // Sambas, Sanggau, Singkawang, Bengkayang, Pontianak
  '63': ['6303', '6371', '6308', '6310'], // Banjar, Banjarmasin, Hulu Sungai Utara, Tanah Bumbu
};

function originWeights(province: string, year: number): ReadonlyArray<readonly [string, number]> {
  switch (province) {
    case '64':
      return year <= 2013
        ? [
            ['35', 28],
            ['32', 14],
            ['73', 24],
            ['71', 10],
            ['31', 6],
            ['33', 10],
            ['64', 8],
          ]
        : [
            ['35', 24],
            ['73', 22],
            ['32', 10],
            ['33', 8],
            ['71', 6],
            ['53', 10],
            ['52', 10],
            ['64', 10],
          ];
    case '65':
      return [
        ['73', 32],
        ['53', 26],
        ['52', 16],
        ['35', 16],
        ['65', 10],
      ];
    case '61':
      return [
        ['61', 66],
        ['32', 8],
        ['35', 6],
        ['53', 10],
        ['52', 5],
        ['33', 5],
      ];
    default:
      return [
        ['63', 86],
        ['35', 9],
        ['33', 5],
      ];
  }
}

// Where victims are found in each province, with how often.
const FOUND_DISTRICTS: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  // The article's places: Balikpapan (Semayang port, Sepinggan airport), Samarinda, Kutai Kartanegara, Kutai Barat.
  '64': [
    ['6471', 40],
    ['6472', 26],
    ['6402', 14],
    ['6407', 8],
    ['6474', 6],
    ['6403', 6],
  ],
  '65': [
    ['6503', 70],
    ['6571', 18],
    ['6502', 6],
    ['6501', 6],
  ],
  '61': [
    ['6103', 34],
    ['6171', 28],
    ['6172', 16],
    ['6101', 14],
    ['6106', 8],
  ],
  '63': [
    ['6372', 45],
    ['6371', 40],
    ['6303', 15],
  ],
};

interface Agencies {
  owner: string;
  police: (district: string) => string;
  social: string;
}
const AGENCIES: Readonly<Record<string, Agencies>> = {
  '64': { owner: 'UPTD-PPA-64', police: () => 'POLDA-KALTIM', social: 'DINSOS-6471' },
  '65': { owner: 'UPTD-PPA-65', police: (district) => (district === '6503' ? 'POLRES-NUNUKAN' : 'POLDA-KALTARA'), social: 'DINSOS-6503' },
  '61': { owner: 'UPTD-PPA-61', police: () => 'POLDA-KALBAR', social: 'DINSOS-6171' },
  '63': { owner: 'UPTD-PPA-63', police: () => 'POLDA-KALSEL', social: 'DINSOS-6371' },
};

interface Route {
  country: string;
  exploitation: ExploitationType;
  modus: Modus;
  transit: readonly string[];
  recruitment: readonly RecruitmentMethod[];
  control: readonly MeansOfControl[];
  /** Share of men among its victims, and of children. */
  male: number;
  child: number;
}
const ROUTES = {
  myPlantation: {
    country: 'MY',
    exploitation: 'forced_labour',
    modus: 'plantation_work',
    transit: ['Nunukan', 'Tawau'],
    recruitment: ['broker_or_sponsor', 'job_offer'],
    control: ['debt_bondage', 'document_confiscation', 'withheld_wages'],
    male: 0.55,
    child: 0.08,
  },
  myDomestic: {
    country: 'MY',
    exploitation: 'domestic_servitude',
    modus: 'domestic_work',
    transit: ['Nunukan', 'Tawau'],
    recruitment: ['broker_or_sponsor', 'family_or_friend'],
    control: ['document_confiscation', 'isolation', 'withheld_wages'],
    male: 0.03,
    child: 0.1,
  },
  mySarawak: {
    country: 'MY',
    exploitation: 'forced_labour',
    modus: 'plantation_work',
    transit: ['Entikong', 'Kuching'],
    recruitment: ['broker_or_sponsor', 'job_offer'],
    control: ['debt_bondage', 'document_confiscation', 'restricted_movement'],
    male: 0.5,
    child: 0.08,
  },
  myEntertainment: {
    country: 'MY',
    exploitation: 'sexual_exploitation',
    modus: 'entertainment_work',
    transit: ['Nunukan', 'Tawau'],
    recruitment: ['job_offer', 'family_or_friend'],
    control: ['debt_bondage', 'threats', 'restricted_movement'],
    male: 0,
    child: 0.3,
  },
  domesticVenue: {
    country: 'ID',
    exploitation: 'sexual_exploitation',
    modus: 'entertainment_work',
    transit: ['Balikpapan'],
    recruitment: ['job_offer', 'family_or_friend'],
    control: ['debt_bondage', 'threats', 'psychological_abuse'],
    male: 0,
    child: 0.4,
  },
  domesticLabour: {
    country: 'ID',
    exploitation: 'forced_labour',
    modus: 'other',
    transit: ['Samarinda'],
    recruitment: ['job_offer', 'broker_or_sponsor'],
    control: ['withheld_wages', 'debt_bondage'],
    male: 0.6,
    child: 0.15,
  },
  bruneiShop: {
    country: 'BN',
    exploitation: 'forced_labour',
    modus: 'shop_work',
    transit: ['Nunukan', 'Kota Kinabalu'],
    recruitment: ['job_offer'],
    control: ['document_confiscation', 'withheld_wages'],
    male: 0.3,
    child: 0.02,
  },
  saudiDomestic: {
    country: 'SA',
    exploitation: 'domestic_servitude',
    modus: 'domestic_work',
    transit: ['Jakarta'],
    recruitment: ['broker_or_sponsor', 'job_offer'],
    control: ['document_confiscation', 'isolation', 'withheld_wages'],
    male: 0.02,
    child: 0.02,
  },
  chinaBride: {
    country: 'CN',
    exploitation: 'forced_marriage',
    modus: 'mail_order_bride',
    transit: ['Pontianak', 'Jakarta'],
    recruitment: ['marriage_proposal', 'broker_or_sponsor'],
    control: ['isolation', 'false_promises', 'restricted_movement'],
    male: 0,
    child: 0.15,
  },
  taiwanMarriage: {
    country: 'TW',
    exploitation: 'forced_marriage',
    modus: 'contract_marriage',
    transit: ['Singkawang', 'Jakarta'],
    recruitment: ['marriage_proposal'],
    control: ['isolation', 'false_promises'],
    male: 0,
    child: 0.1,
  },
  singaporeDomestic: {
    country: 'SG',
    exploitation: 'domestic_servitude',
    modus: 'domestic_work',
    transit: ['Batam'],
    recruitment: ['broker_or_sponsor'],
    control: ['document_confiscation', 'withheld_wages'],
    male: 0,
    child: 0.02,
  },
  cambodiaScam: {
    country: 'KH',
    exploitation: 'online_scam',
    modus: 'it_work',
    transit: ['Jakarta', 'Phnom Penh'],
    recruitment: ['online_advertisement'],
    control: ['document_confiscation', 'debt_bondage', 'physical_violence', 'restricted_movement'],
    male: 0.6,
    child: 0.02,
  },
  myanmarScam: {
    country: 'MM',
    exploitation: 'online_scam',
    modus: 'mandarin_translator',
    transit: ['Bangkok', 'Mae Sot'],
    recruitment: ['online_advertisement'],
    control: ['document_confiscation', 'physical_violence', 'threats'],
    male: 0.55,
    child: 0.01,
  },
} as const satisfies Record<string, Route>;
type RouteName = keyof typeof ROUTES;

// Malaysia dominates for Kalimantan; online-scam compounds in Cambodia and Myanmar rise from 2022.
function routeWeights(province: string, year: number): ReadonlyArray<readonly [RouteName, number]> {
  const scams = year >= 2022 ? (year >= 2023 ? 1 : 0.5) : year === 2021 ? 0.15 : 0;
  switch (province) {
    case '64':
      return [
        ['myPlantation', 30],
        ['myDomestic', 16],
        ['myEntertainment', 14],
        ['domesticVenue', 24],
        ['domesticLabour', 6],
        ['bruneiShop', 5],
        ['saudiDomestic', 5],
        ['cambodiaScam', 14 * scams],
        ['myanmarScam', 8 * scams],
      ];
    case '65':
      return [
        ['myPlantation', 52],
        ['myDomestic', 20],
        ['myEntertainment', 12],
        ['bruneiShop', 4],
        ['domesticVenue', 6],
        ['cambodiaScam', 10 * scams],
        ['myanmarScam', 6 * scams],
      ];
    case '61':
      return [
        ['mySarawak', 36],
        ['myDomestic', 14],
        ['chinaBride', year <= 2019 ? 18 : 8],
        ['taiwanMarriage', 6],
        ['singaporeDomestic', 4],
        ['domesticVenue', 10],
        ['saudiDomestic', 4],
        ['cambodiaScam', 22 * scams],
        ['myanmarScam', 14 * scams],
      ];
    default:
      return [
        ['saudiDomestic', year === 2022 ? 100 : 48],
        ['myDomestic', year === 2022 ? 0 : 20],
        ['myPlantation', year === 2022 ? 0 : 12],
        ['domesticVenue', year === 2022 ? 0 : 14],
        ['cambodiaScam', year === 2022 ? 0 : 8 * scams],
      ];
  }
}

function channelWeights(province: string, route: Route, year: number): ReadonlyArray<readonly [Channel, number]> {
  if (route.country === 'KH' || route.country === 'MM')
    return [
      ['consulate', 60],
      ['bp2mi', 30],
      ['hotline', 10],
    ];
  if (route.country === 'ID')
    return [
      ['police', 40],
      ['hotline', year >= 2016 ? 30 : 10],
      ['outreach', 20],
      ['walk_in', 10],
    ];
  switch (province) {
    case '64':
      return [
        ['port', 40],
        ['police', 25],
        ['hotline', 10],
        ['walk_in', 10],
        ['outreach', 15],
      ];
    case '65':
      return [
        ['bp2mi', 55],
        ['port', 30],
        ['police', 15],
      ];
    case '61':
      return [
        ['bp2mi', 40],
        ['consulate', 20],
        ['police', 20],
        ['hotline', 10],
        ['walk_in', 10],
      ];
    default:
      return [
        ['bp2mi', 80],
        ['consulate', 10],
        ['walk_in', 10],
      ];
  }
}

const REPORTERS: ReadonlyArray<readonly [ReporterType, number]> = [
  ['government_agency', 55],
  ['family', 15],
  ['victim', 12],
  ['ngo', 10],
  ['community', 6],
  ['anonymous', 2],
];
const LETTERS = 'ABDEFHIJKLMNPRSTUWY';

/** Days of the year a case may be opened on, as [first, last] in ms since the epoch (UTC). */
function openingWindow(figure: YearFigure, end: number): [number, number] {
  const first = Date.UTC(figure.year, 0, 1);
  const last = figure.until ? Date.parse(`${figure.until}T00:00:00Z`) : Date.UTC(figure.year, 11, 31);
  return [first, Math.min(last, end - 86_400_000)];
}

/** The history's cases for one province and year: the figure's count, each case's categories drawn from its own sequence. */
export function casesOfFigure(figure: YearFigure): HistoricalCase[] {
  const draw = new Draw(seededRandom(seedOf(`rujukan-demo-${figure.province}-${figure.year}`)));
  const agencies = AGENCIES[figure.province]!;
  const [first, last] = openingWindow(figure, Date.parse(HISTORY_END));
  const named = Object.entries(figure.districts ?? {}).flatMap(([district, count]) => Array<string>(count).fill(district));
  const days = Math.floor((last - first) / 86_400_000);
  const cases: HistoricalCase[] = [];
  for (let i = 0; i < figure.victims; i++) {
    // Office hours in WITA (UTC+8) fall on the same calendar day in WIB, which the statistics count by.
    const openedAt = new Date(first + draw.int(0, days) * 86_400_000 + draw.int(0, 7 * 60) * 60_000 + 60 * 60_000);
    const foundDistrict = named[i] ?? draw.weighted(FOUND_DISTRICTS[figure.province]!);
    const routeName = draw.weighted(routeWeights(figure.province, figure.year));
    const route: Route = ROUTES[routeName];
    // The articles' Kaltim victims come from elsewhere, a few from Samarinda: a local victim is found at home.
    const originProvince = route.country === 'ID' || draw.chance(0.9) ? draw.weighted(originWeights(figure.province, figure.year)) : figure.province;
    const isChild = draw.chance(route.child * (figure.year <= 2013 ? 1.2 : 1));
    const age = isChild ? draw.int(13, 17) : draw.int(19, 44);
    const sex: Sex = draw.chance(route.male) ? 'male' : 'female';
    // The articles count victims: none of theirs is found not to be one.
    const notVictim = figure.source === PLAUSIBLE ? 6 : 0;
    const ending = draw.weighted<HistoricalCase['ending']>([
      ['reintegrated', 80],
      ['not_a_victim', notVictim],
      ['victim_declined_services', 6],
      ['lost_contact', 8],
    ]);
    cases.push({
      key: `h1-${figure.province}-${figure.year}-${String(i).padStart(3, '0')}`,
      openedAt,
      foundProvince: figure.province,
      foundDistrict,
      channel: draw.weighted(channelWeights(figure.province, route, figure.year)),
      reporterType: draw.weighted(REPORTERS),
      owner: agencies.owner,
      police: agencies.police(foundDistrict),
      social: agencies.social,
      victim: {
        initials: draw.pick([...LETTERS]) + draw.pick([...LETTERS]),
        sex,
        birthYear: figure.year - age,
        isChild,
        originProvince,
        originDistrict: draw.pick(ORIGIN_DISTRICTS[originProvince]!),
      },
      trafficking: {
        destinationCountry: route.country,
        exploitation: route.exploitation,
        modus: route.modus,
        transit: [...route.transit],
        recruitment: draw.pick(route.recruitment),
        control: route.control.filter((_, k) => k === 0 || draw.chance(0.6)),
      },
      ending,
      presumed: figure.province === '63' && figure.year >= 2017 && figure.year <= 2019 ? draw.chance(0.7) : draw.chance(0.08),
    });
  }
  return cases.sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime());
}

export interface HistorySelection {
  /** Inclusive years; null or absent: every year of the history. */
  years?: { from: number; to: number } | null;
  /** Provinces of identification; absent: all. */
  provinces?: readonly string[];
}

/** The history's cases, in the order of the figures; a selection takes some figures whole, and never changes a case. */
export function historicalCases(selection: HistorySelection = {}): HistoricalCase[] {
  return HISTORY_FIGURES.filter(
    (figure) =>
      (!selection.years || (figure.year >= selection.years.from && figure.year <= selection.years.to)) &&
      (!selection.provinces || selection.provinces.includes(figure.province)),
  ).flatMap(casesOfFigure);
}
