import type { ClosureReason, ExploitationType, MeansOfControl, RecruitmentMethod, Sex, Stage } from '@rujukan/domain';

/**
 * The de-identified case record of the Human Trafficking Case Data Standard (HTCDS, UNMigration/HTCDS,
 * `HTCDS Field Reference.md`), as the CTDC publishes it: what Rujukan's statistics projection holds of a case, in
 * HTCDS field names and value names where the reference has them, and the CTDC data dictionary's names where the
 * reference has no field for a generalised value (year of registration, majority status, exploitation flags).
 *
 * Mapped: year of identification → `yearOfRegistration`; sex → `prs_Gender`; child or adult → `majorityStatus`;
 * nationality → `prs_Nationality`; destination country → `CountryOfExploitation` (HTCDS: a Historic Trafficking Event
 * with `hte_Type` Exploitation and its `hte_Country`); recruitment methods → `vic_MethodOfRecruitment`; exploitation
 * types → `vic_TypeOfLabourExploitation` and the CTDC flags; means of control → `vic_MethodsOfControl`; stage and
 * closure → `cas_Status`.
 *
 * Not mapped, and why (`HTCDS_NOT_MAPPED`): every identifying field of the Person table (names, birthdate, contact,
 * address: sealed in Rujukan, never in the statistics); the exact age band (recorded in events, not held by the
 * statistics read model, which this export reads alone); the modus (the job promised, not the
 * exploitation); transit points, regions of identification and origin (places small enough to identify a victim);
 * the HTCDS picklists Rujukan does not record (`vic_TypeOfSexExploitation`, `vic_RecruitmentWebsitesAndApps`,
 * `vic_Vulnerabilities`, the perpetrator's `per_RoleInProcess`, referrals' organisations).
 */
export interface HtcdsRecord {
  /** CTDC `yearOfRegistration`: the WIB year the case was opened, or a 5-year period ("2010-2014") when generalised. */
  yearOfRegistration: number | string;
  /** HTCDS `prs_Gender`: Male, Female (Rujukan records these two; Transgender/NonConforming and Unknown are never produced by it). */
  prs_Gender: HtcdsGender | typeof SUPPRESSED;
  /** CTDC `majorityStatus`: Minor or Adult at registration; null when not recorded. */
  majorityStatus: 'Minor' | 'Adult' | null | typeof SUPPRESSED;
  /** HTCDS `prs_Nationality`: ISO 3166-1 alpha-2. */
  prs_Nationality: string | null | typeof SUPPRESSED;
  /** CTDC `CountryOfExploitation` (HTCDS `hte_Country` of the Exploitation event): ISO 3166-1 alpha-2, ID inside Indonesia. */
  CountryOfExploitation: string | null | typeof SUPPRESSED;
  /** HTCDS `vic_MethodOfRecruitment` value names. */
  vic_MethodOfRecruitment: string[];
  /** HTCDS `vic_MethodsOfControl` value names. */
  vic_MethodsOfControl: string[];
  /** HTCDS `vic_TypeOfLabourExploitation` value names, where an exploitation type names one. */
  vic_TypeOfLabourExploitation: string[];
  isForcedLabour: boolean;
  isSexualExploit: boolean;
  isForcedMarriage: boolean;
  isOrganRemoval: boolean;
  isOtherExploit: boolean;
  /** HTCDS `cas_Status`. */
  cas_Status: 'Active' | 'FollowUp' | 'Closed' | 'ClosedReferred';
}

/** What replaces a quasi-identifier that would single out fewer than k victims. */
export const SUPPRESSED = 'suppressed' as const;

/** The least number of records sharing a combination of quasi-identifiers, as the CTDC publishes. */
export const HTCDS_K = 11;

/**
 * What an export over HTTP covers in time: a release, as the CTDC publishes its data set (the whole history, with
 * the year of registration as the finest time, released at intervals), here the history up to the end of the last
 * complete quarter (WIB). Every export asked within a quarter is the same; two releases differ by whole quarters. No
 * custom period: two exports over overlapping periods could be subtracted from each other.
 */
export interface HtcdsRelease {
  /** `2026-Q3`. */
  release: string;
  /** The last day the release covers (YYYY-MM-DD, WIB). */
  to: string;
}

export const HTCDS_DIFFERENCING_NOTE =
  'k-anonymity holds within one export, not across several: exports over overlapping periods or regions could be subtracted from each other to single out the records of the difference. ' +
  'So an export over HTTP is always a release (the whole history of the caller’s whole region up to the end of the last complete quarter), never a custom period or a narrower region; ' +
  'do not combine releases of different quarters, or of a region and a region inside it, and publish only the latest';

/** The release an export asked at `now` gives: up to the end of the last complete quarter in WIB. */
export function htcdsRelease(now: Date): HtcdsRelease {
  const wib = new Date(now.getTime() + 7 * 3600_000);
  const year = wib.getUTCFullYear();
  const quarter = Math.floor(wib.getUTCMonth() / 3); // the current one, 0-3: the release is the one before
  const [releaseYear, releaseQuarter] = quarter === 0 ? [year - 1, 4] : [year, quarter];
  const lastDay = new Date(Date.UTC(releaseYear, releaseQuarter * 3, 0));
  return { release: `${releaseYear}-Q${releaseQuarter}`, to: lastDay.toISOString().slice(0, 10) };
}

export type HtcdsGender = 'Female' | 'Male' | 'Transgender/NonConforming' | 'Unknown';

/** Every sex Rujukan records has its own HTCDS gender: nothing is merged, nothing lost (a spec checks it stays so). */
export const GENDER_OF_SEX: Readonly<Record<Sex, HtcdsGender>> = { female: 'Female', male: 'Male' };

/**
 * The HTCDS `vic_MethodOfRecruitment` value of each recruitment method. Where HTCDS has no value of the same meaning
 * the method is `Other`, not a guess: a broker or sponsor is not an international marriage broker, and "family or
 * friend" does not say which (HTCDS `Familial` is family only).
 */
export const RECRUITMENT_OF_METHOD: Readonly<Record<RecruitmentMethod, string>> = {
  job_offer: 'Job offer/advertisement',
  false_internship: 'Job offer/advertisement',
  marriage_proposal: 'Intimate partner/marriage proposition',
  online_advertisement: 'Internet (social media, online advertisement)',
  family_or_friend: 'Other',
  broker_or_sponsor: 'Other',
  abduction: 'Abduction',
  other: 'Other',
};

/**
 * The HTCDS `vic_MethodsOfControl` value of each means of control; isolation has no HTCDS value of its own (restricting
 * movement is another means Rujukan records apart), so it is `Other`.
 */
export const CONTROL_OF_MEANS: Readonly<Record<MeansOfControl, string>> = {
  debt_bondage: 'DebtBondage',
  document_confiscation: 'WithholdsDocuments',
  threats: 'Threats',
  physical_violence: 'PhysicalAbuse',
  sexual_violence: 'SexualAbuse',
  isolation: 'Other',
  restricted_movement: 'RestrictsMovement',
  withheld_wages: 'TakesEarnings',
  psychological_abuse: 'PsychologicalAbuse',
  substance_use: 'PsychoactiveSubstances',
  false_promises: 'FalsePromises',
  other: 'Other',
};

/** HTCDS `vic_TypeOfLabourExploitation` of the exploitation types that name a sector of labour. */
export const LABOUR_OF_EXPLOITATION: Readonly<Partial<Record<ExploitationType, string>>> = {
  domestic_servitude: 'DomesticWork',
  forced_criminality: 'IllicitActivities',
  online_scam: 'IllicitActivities',
};

const FORCED_LABOUR: readonly ExploitationType[] = ['forced_labour', 'domestic_servitude', 'forced_criminality', 'online_scam'];

/** The quasi-identifiers k-anonymity is computed on, in the order their values are suppressed. */
export const QUASI_IDENTIFIERS = ['CountryOfExploitation', 'prs_Nationality', 'yearOfRegistration', 'majorityStatus', 'prs_Gender'] as const;
export type QuasiIdentifier = (typeof QUASI_IDENTIFIERS)[number];

/** The columns of the CSV, in order; the JSON records carry the same names. */
export const HTCDS_COLUMNS = [
  'yearOfRegistration',
  'prs_Gender',
  'majorityStatus',
  'prs_Nationality',
  'CountryOfExploitation',
  'vic_MethodOfRecruitment',
  'vic_MethodsOfControl',
  'vic_TypeOfLabourExploitation',
  'isForcedLabour',
  'isSexualExploit',
  'isForcedMarriage',
  'isOrganRemoval',
  'isOtherExploit',
  'cas_Status',
] as const satisfies ReadonlyArray<keyof HtcdsRecord>;

/** HTCDS fields Rujukan does not export, each with the reason. */
export const HTCDS_NOT_MAPPED: Readonly<Record<string, string>> = {
  'prs_FirstName, prs_MiddleName, prs_SecondName, prs_Birthdate, prs_Email, prs_HomePhone, prs_MobilePhone, prs_Mailing*':
    'identify the victim: sealed in the case file, never in the statistics read model or an export',
  'age band (CTDC ageBroad)': 'only child or adult is held by the statistics read model (and its bands differ from CTDC’s): exported as majorityStatus',
  vic_TypeOfSexExploitation: 'Rujukan records sexual exploitation without its form',
  'vic_RecruitmentWebsitesAndApps, vic_ExploitationWebsitesAndApps, vic_Vulnerabilities, vic_LocationOfRecruitment, vic_LocationOfExploitation':
    'not recorded by Rujukan',
  'hte_* Transit, regions of identification and origin': 'places small enough to single out a victim; counted in the statistics instead',
  'per_RoleInProcess (recruiter relation)': 'Rujukan records no perpetrator; a recruitment by family or friend is vic_MethodOfRecruitment Other',
  'cas_ReferringOrganisation, cas_ReferredOrganisation and referral dates': 'name agencies and dates that narrow a case down',
  modus: 'the job promised, not the exploitation: no HTCDS field',
};

/** One case as the statistics projection holds it: categories only. */
export interface StatsCaseCategories {
  opened_year: number;
  sex: string | null;
  age_group: string | null;
  nationality: string | null;
  destination_country: string | null;
  exploitation_types: string[];
  recruitment_methods: string[];
  means_of_control: string[];
  stage: string;
  closure_reason: string | null;
}

const distinct = (values: string[]) => [...new Set(values)].sort();

/** The HTCDS record of one case, before any generalisation. Only registered victims are exported (sex recorded). */
export function toHtcdsRecord(row: StatsCaseCategories): HtcdsRecord {
  const types = row.exploitation_types as ExploitationType[];
  const gender = GENDER_OF_SEX[row.sex as Sex];
  if (!gender) throw new Error(`no HTCDS gender for sex ${String(row.sex)}`);
  return {
    yearOfRegistration: row.opened_year,
    prs_Gender: gender,
    majorityStatus: row.age_group === 'child' ? 'Minor' : row.age_group === 'adult' ? 'Adult' : null,
    prs_Nationality: row.nationality,
    CountryOfExploitation: row.destination_country,
    vic_MethodOfRecruitment: distinct((row.recruitment_methods as RecruitmentMethod[]).map((m) => RECRUITMENT_OF_METHOD[m] ?? 'Other')),
    vic_MethodsOfControl: distinct((row.means_of_control as MeansOfControl[]).map((m) => CONTROL_OF_MEANS[m] ?? 'Other')),
    vic_TypeOfLabourExploitation: distinct(types.flatMap((t) => LABOUR_OF_EXPLOITATION[t] ?? [])),
    isForcedLabour: types.some((t) => FORCED_LABOUR.includes(t)),
    isSexualExploit: types.includes('sexual_exploitation'),
    isForcedMarriage: types.includes('forced_marriage'),
    isOrganRemoval: types.includes('organ_removal'),
    isOtherExploit: types.includes('other'),
    cas_Status: caseStatus(row.stage as Stage, row.closure_reason as ClosureReason | null),
  };
}

function caseStatus(stage: Stage, closure: ClosureReason | null): HtcdsRecord['cas_Status'] {
  if (stage === 'closed') return closure === 'transferred_out' ? 'ClosedReferred' : 'Closed';
  return stage === 'reintegration' ? 'FollowUp' : 'Active';
}

/** How much of an export k-anonymity cost: published with every export. */
export interface SuppressionReport {
  k: number;
  quasiIdentifiers: readonly QuasiIdentifier[];
  /** Registered victims in the caller's region and period. */
  records: number;
  /** Records in the export. */
  published: number;
  /** Records whose year was widened to a 5-year period. */
  generalised: number;
  /** Records published with at least one quasi-identifier replaced by "suppressed". */
  withSuppressedValues: number;
  /** Records left out: still fewer than k alike with every quasi-identifier suppressed. */
  dropped: number;
  /** (withSuppressedValues + dropped) / records, 0 when there is no record: the share of records suppressed. */
  suppressedShare: number;
  /** Values replaced by "suppressed", per quasi-identifier (over the published records). */
  suppressedValues: Record<QuasiIdentifier, number>;
}

const keyOf = (record: HtcdsRecord) => JSON.stringify(QUASI_IDENTIFIERS.map((q) => record[q]));

/** 5-year periods from 2000: 2010 → "2010-2014". */
export const yearPeriod = (year: number) => {
  const start = year - (((year % 5) + 5) % 5);
  return `${start}-${start + 4}`;
};

/**
 * k-anonymity on the quasi-identifiers, by generalisation first, then suppression (documented in docs/exports.md):
 *
 * 1. age is published only as majority status and dates only as the year (the statistics hold no finer value);
 * 2. a record whose combination of quasi-identifiers is shared by fewer than k records has its year widened to a
 *    5-year period;
 * 3. then, one quasi-identifier at a time in the order of `QUASI_IDENTIFIERS`, a record still in a combination of
 *    fewer than k has that value replaced by "suppressed" (a combination of k or more is never touched, so every
 *    step only merges small groups);
 * 4. a record still in a combination of fewer than k (all five suppressed, and fewer than k such) is left out.
 *
 * The records come back sorted by their published values, so their order says nothing of when they were recorded.
 */
export function anonymise(input: readonly HtcdsRecord[], k: number = HTCDS_K): { records: HtcdsRecord[]; suppression: SuppressionReport } {
  const records = input.map((r) => ({ ...r }));
  const rare = () => {
    const counts = new Map<string, number>();
    for (const r of records) counts.set(keyOf(r), (counts.get(keyOf(r)) ?? 0) + 1);
    return records.filter((r) => counts.get(keyOf(r))! < k);
  };
  const generalised = new Set<HtcdsRecord>();
  for (const r of rare()) {
    if (typeof r.yearOfRegistration === 'number') {
      r.yearOfRegistration = yearPeriod(r.yearOfRegistration);
      generalised.add(r);
    }
  }
  for (const q of QUASI_IDENTIFIERS) for (const r of rare()) (r as unknown as Record<string, unknown>)[q] = SUPPRESSED;
  const left = new Set(rare());
  const published = records.filter((r) => !left.has(r)).sort((a, b) => compare(a, b));
  const suppressedValues = Object.fromEntries(QUASI_IDENTIFIERS.map((q) => [q, published.filter((r) => r[q] === SUPPRESSED).length])) as Record<
    QuasiIdentifier,
    number
  >;
  const withSuppressedValues = published.filter((r) => QUASI_IDENTIFIERS.some((q) => r[q] === SUPPRESSED)).length;
  return {
    records: published,
    suppression: {
      k,
      quasiIdentifiers: QUASI_IDENTIFIERS,
      records: records.length,
      published: published.length,
      generalised: published.filter((r) => generalised.has(r)).length,
      withSuppressedValues,
      dropped: left.size,
      suppressedShare: records.length === 0 ? 0 : Math.round(((withSuppressedValues + left.size) / records.length) * 10_000) / 10_000,
      suppressedValues,
    },
  };
}

function compare(a: HtcdsRecord, b: HtcdsRecord): number {
  const x = JSON.stringify(HTCDS_COLUMNS.map((c) => a[c]));
  const y = JSON.stringify(HTCDS_COLUMNS.map((c) => b[c]));
  return x < y ? -1 : x > y ? 1 : 0;
}
