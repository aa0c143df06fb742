import type { CaseEventOfType } from '@rujukan/domain';
import type { StoredEvent } from '@rujukan/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../runtime/projection.js';
import { columnsOf, storedRow, upsertStatement, uuidKey, writeRows } from '../runtime/batch-rows.js';
import { storedInstant } from '../runtime/event-times.js';
import { PROJECTION } from '../projections/projection-names.js';
import { inWib } from './in-wib.js';

const HANDLED = [
  'CaseOpened',
  'VictimRegistered',
  'ReferralSent',
  'ReferralAccepted',
  'ReferralDeclined',
  'ReferralWithdrawn',
  'ReferralExpired',
  'ReferralCompleted',
] as const;
type HandledType = (typeof HANDLED)[number];
type Handled = CaseEventOfType<HandledType>;
type Data<T extends HandledType> = CaseEventOfType<T>['data'];

/** A row of `rm_stats_referrals`; `sent_year` is derived from `sent_at` when the row is written. */
export interface StatsReferralRow {
  referral_id: string;
  case_id: string;
  found_province: string;
  found_district: string;
  origin_province: string | null;
  origin_district: string | null;
  to_agency: string;
  to_agency_type: string;
  service: string;
  sent_at: string;
  response_deadline: string;
  answer: string | null;
  answered_at: string | null;
  outcome: string | null;
  completed_at: string | null;
  last_revision: number;
}

/** A row of `rm_stats_referral_regions`: the regions a case's referrals are counted in, as they stand when one is sent. */
export interface ReferralRegionRow {
  case_id: string;
  found_province: string;
  found_district: string;
  origin_province: string | null;
  origin_district: string | null;
  last_revision: number;
}

const COLUMNS = columnsOf<StatsReferralRow>({
  referral_id: true,
  case_id: true,
  found_province: true,
  found_district: true,
  origin_province: true,
  origin_district: true,
  to_agency: true,
  to_agency_type: true,
  service: true,
  sent_at: true,
  response_deadline: true,
  answer: true,
  answered_at: true,
  outcome: true,
  completed_at: true,
  last_revision: true,
});
const REGION_COLUMNS = columnsOf<ReferralRegionRow>({
  case_id: true,
  found_province: true,
  found_district: true,
  origin_province: true,
  origin_district: true,
  last_revision: true,
});

/** The rows a batch can reach: the referrals it names, and the regions of the cases it opens, registers or refers from. */
const SELECT = `SELECT ${COLUMNS.join(', ')} FROM rm_stats_referrals WHERE referral_id = ANY($1::uuid[])`;
const SELECT_REGIONS = `SELECT ${REGION_COLUMNS.join(', ')} FROM rm_stats_referral_regions WHERE case_id = ANY($1::uuid[])`;
/** Every row a batch changed, one statement per table. */
const UPSERT = upsertStatement('rm_stats_referrals', ['referral_id'], COLUMNS, { sent_year: inWib('year', 'sent_at') });
const UPSERT_REGIONS = upsertStatement('rm_stats_referral_regions', ['case_id'], REGION_COLUMNS);
const fromStored = storedRow<StatsReferralRow>()(['sent_at', 'response_deadline', 'answered_at', 'completed_at']);

/** What one event changes: a case's regions or a referral, as its new row. */
type Change = { regions: ReferralRegionRow } | { referral: StatsReferralRow } | null;

/**
 * The row one event at `revision` changes, as the guarded statement per event did: a row is inserted only where none
 * is, and changed only if its last revision is older than the event's, so applying an event twice, or an old part of
 * the history after the whole, changes nothing.
 */
export function evolveStatsReferrals(
  rows: { regions: ReadonlyMap<string, ReferralRegionRow>; referrals: ReadonlyMap<string, StatsReferralRow> },
  event: Handled,
  revision: number,
): Change {
  const { caseId, at } = event.data;
  const regions = rows.regions.get(uuidKey(caseId));
  const updateReferral = (referralId: string, change: Partial<StatsReferralRow>): Change => {
    const referral = rows.referrals.get(uuidKey(referralId));
    return referral && referral.last_revision < revision ? { referral: { ...referral, ...change, last_revision: revision } } : null;
  };
  switch (event.type) {
    case 'CaseOpened': {
      const { districtCode } = event.data;
      if (regions) return null;
      return {
        regions: {
          case_id: caseId,
          found_province: districtCode.slice(0, 2),
          found_district: districtCode,
          origin_province: null,
          origin_district: null,
          last_revision: revision,
        },
      };
    }
    case 'VictimRegistered':
      if (!regions || regions.last_revision >= revision) return null;
      return {
        regions: { ...regions, origin_province: event.data.originProvinceCode, origin_district: event.data.originDistrictCode, last_revision: revision },
      };
    // The case's regions at the time it was referred: statistics count a referral where its case is counted.
    case 'ReferralSent':
      return regions && !rows.referrals.has(uuidKey(event.data.referralId)) ? { referral: referralSent(regions, event.data, revision) } : null;
    case 'ReferralAccepted':
    case 'ReferralDeclined':
    case 'ReferralWithdrawn':
    case 'ReferralExpired':
      return updateReferral(event.data.referralId, { answer: ANSWERS[event.type], answered_at: at });
    case 'ReferralCompleted':
      return updateReferral(event.data.referralId, { outcome: event.data.outcome, completed_at: at });
    default:
      return unhandled(event);
  }
}

const ANSWERS = { ReferralAccepted: 'accepted', ReferralDeclined: 'declined', ReferralWithdrawn: 'withdrawn', ReferralExpired: 'expired' } as const;

// The never makes the compiler reject a type listed in HANDLED without a case above.
function unhandled(event: never): never {
  throw new Error(`referral statistics projection cannot apply ${(event as { type: string }).type}`);
}

function referralSent(regions: ReferralRegionRow, data: Data<'ReferralSent'>, revision: number): StatsReferralRow {
  return {
    referral_id: data.referralId,
    case_id: regions.case_id,
    found_province: regions.found_province,
    found_district: regions.found_district,
    origin_province: regions.origin_province,
    origin_district: regions.origin_district,
    to_agency: data.toAgency,
    to_agency_type: data.toAgencyType,
    service: data.service,
    sent_at: data.at,
    response_deadline: storedInstant(data.responseDeadline, 'responseDeadline'),
    answer: null,
    answered_at: null,
    outcome: null,
    completed_at: null,
    last_revision: revision,
  };
}

const REGION_EVENTS: ReadonlySet<string> = new Set(['CaseOpened', 'VictimRegistered', 'ReferralSent'] satisfies HandledType[]);

/**
 * `rm_stats_referrals`: one row per referral, with its case's regions copied in so it is counted in the same scope.
 * The projection keeps those regions itself (`rm_stats_referral_regions`, from CaseOpened and VictimRegistered) rather
 * than read another projection's table, which may be ahead or behind it.
 *
 * A batch reads the rows its events can reach, folds the events into them in memory (`evolveStatsReferrals`) and
 * writes each changed row once, one upsert per table.
 */
export class StatisticsReferralsProjection implements Projection {
  readonly name = PROJECTION.statisticsReferrals;
  readonly eventTypes: readonly string[] = HANDLED;

  async apply(events: readonly StoredEvent[], manager: EntityManager): Promise<void> {
    if (events.length === 0) return;
    const handled = events.map(({ type, data, revision }) => ({ event: { type, data } as unknown as Handled, revision }));
    const caseIds = [...new Set(handled.filter(({ event }) => REGION_EVENTS.has(event.type)).map(({ event }) => uuidKey(event.data.caseId)))];
    const referralIds = [...new Set(handled.flatMap(({ event }) => ('referralId' in event.data ? [uuidKey(event.data.referralId)] : [])))];
    const foundRegions: ReferralRegionRow[] = caseIds.length === 0 ? [] : await manager.query(SELECT_REGIONS, [caseIds]);
    const foundReferrals: Array<Parameters<typeof fromStored>[0]> = referralIds.length === 0 ? [] : await manager.query(SELECT, [referralIds]);
    const regions = new Map(foundRegions.map((row) => [uuidKey(row.case_id), row]));
    const referrals = new Map(foundReferrals.map((row) => [uuidKey(row.referral_id), fromStored(row)]));
    const changed = { regions: new Map<string, ReferralRegionRow>(), referrals: new Map<string, StatsReferralRow>() };
    for (const { event, revision } of handled) {
      const change = evolveStatsReferrals({ regions, referrals }, event, revision);
      if (change && 'regions' in change) {
        regions.set(uuidKey(change.regions.case_id), change.regions);
        changed.regions.set(uuidKey(change.regions.case_id), change.regions);
      } else if (change) {
        referrals.set(uuidKey(change.referral.referral_id), change.referral);
        changed.referrals.set(uuidKey(change.referral.referral_id), change.referral);
      }
    }
    await writeRows(manager, UPSERT_REGIONS, [...changed.regions.values()]);
    await writeRows(manager, UPSERT, [...changed.referrals.values()]);
  }
}
