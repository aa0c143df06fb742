import type { CaseEventOfType } from '@rujukan/domain';
import type { StoredEvent } from '@rujukan/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../runtime/projection.js';
import { columnsOf, storedRow, upsertStatement, uuidKey, writeRows } from './batch-rows.js';
import { PROJECTION } from './projection-names.js';

const HANDLED = [
  'CaseOpened',
  'VictimRegistered',
  'AssessmentRecorded',
  'AssessmentApproved',
  'StageAdvanced',
  'StageSkipped',
  'CaseClosed',
  'CaseReopened',
  'ReferralSent',
  'ReferralAccepted',
  'ReferralDeclined',
  'ReferralWithdrawn',
  'ReferralExpired',
  'ReferralCompleted',
  'ServiceRequested',
  'ServiceDelivered',
  'ServiceOverdueFlagged',
] as const;
type HandledType = (typeof HANDLED)[number];
type Handled = CaseEventOfType<HandledType>;
type Data<T extends HandledType> = CaseEventOfType<T>['data'];

/**
 * A row of `rm_stats_cases` as the projection folds it (times as ISO strings); `opened_year` and `opened_month` are
 * derived from `opened_at` when the row is written.
 */
export interface StatsCaseRow {
  case_id: string;
  opened_at: string;
  found_province: string;
  found_district: string;
  channel: string;
  origin_province: string | null;
  origin_district: string | null;
  sex: string | null;
  age_group: string | null;
  nationality: string | null;
  victim_status: string | null;
  destination_country: string | null;
  exploitation_types: string[];
  recruitment_methods: string[];
  modus: string[];
  transit_points: string[];
  stage: string;
  closure_reason: string | null;
  closed_at: string | null;
  last_revision: number;
}

/** A row of `rm_stats_stage_periods`: named by the revision of the event that opened it, so a replay finds it again. */
export interface StagePeriodRow {
  case_id: string;
  entered_revision: number;
  stage: string;
  entered_at: string;
  left_at: string | null;
  left_by: 'advanced' | 'skipped' | 'closed' | null;
  last_revision: number;
}

/** A row of `rm_stats_services`; `requested_year` is derived from `requested_at` when the row is written. */
export interface StatsServiceRow {
  case_id: string;
  service_id: string;
  service: string;
  provider_agency: string;
  requested_at: string;
  due_by: string;
  delivered_at: string | null;
  on_time: boolean | null;
  overdue_flagged_at: string | null;
  cancelled_at: string | null;
  last_revision: number;
}

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

const CASE_COLUMNS = columnsOf<StatsCaseRow>({
  case_id: true,
  opened_at: true,
  found_province: true,
  found_district: true,
  channel: true,
  origin_province: true,
  origin_district: true,
  sex: true,
  age_group: true,
  nationality: true,
  victim_status: true,
  destination_country: true,
  exploitation_types: true,
  recruitment_methods: true,
  modus: true,
  transit_points: true,
  stage: true,
  closure_reason: true,
  closed_at: true,
  last_revision: true,
});
const PERIOD_COLUMNS = columnsOf<StagePeriodRow>({
  case_id: true,
  entered_revision: true,
  stage: true,
  entered_at: true,
  left_at: true,
  left_by: true,
  last_revision: true,
});
const SERVICE_COLUMNS = columnsOf<StatsServiceRow>({
  case_id: true,
  service_id: true,
  service: true,
  provider_agency: true,
  requested_at: true,
  due_by: true,
  delivered_at: true,
  on_time: true,
  overdue_flagged_at: true,
  cancelled_at: true,
  last_revision: true,
});
const REFERRAL_COLUMNS = columnsOf<StatsReferralRow>({
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

/** Rows as pg hands them back, their timestamptz columns as ISO strings. */
const fromStored = {
  case: storedRow<StatsCaseRow>()(['opened_at', 'closed_at']),
  period: storedRow<StagePeriodRow>()(['entered_at', 'left_at']),
  service: storedRow<StatsServiceRow>()(['requested_at', 'due_by', 'delivered_at', 'overdue_flagged_at', 'cancelled_at']),
  referral: storedRow<StatsReferralRow>()(['sent_at', 'response_deadline', 'answered_at', 'completed_at']),
};

/** The year (or month) of a timestamptz column in WIB, as SQL: the calendar the task forces count by. */
const inWib = (field: 'year' | 'month', column: string) => `extract(${field} FROM ${column} AT TIME ZONE 'Asia/Jakarta')::int`;

/** The rows a batch can reach, one SELECT per table: the cases it names, their stage periods and services, the referrals it names. */
const SELECT_CASES = `SELECT ${CASE_COLUMNS.join(', ')} FROM rm_stats_cases WHERE case_id = ANY($1::uuid[])`;
const SELECT_PERIODS = `SELECT ${PERIOD_COLUMNS.join(', ')} FROM rm_stats_stage_periods WHERE case_id = ANY($1::uuid[])`;
const SELECT_SERVICES = `SELECT ${SERVICE_COLUMNS.join(', ')} FROM rm_stats_services WHERE case_id = ANY($1::uuid[])`;
const SELECT_REFERRALS = `SELECT ${REFERRAL_COLUMNS.join(', ')} FROM rm_stats_referrals WHERE referral_id = ANY($1::uuid[])`;

/** Every row of a table a batch changed, in one statement per table. */
const UPSERT_CASES = upsertStatement('rm_stats_cases', ['case_id'], CASE_COLUMNS, {
  opened_year: inWib('year', 'opened_at'),
  opened_month: inWib('month', 'opened_at'),
});
const UPSERT_PERIODS = upsertStatement('rm_stats_stage_periods', ['case_id', 'entered_revision'], PERIOD_COLUMNS);
const UPSERT_SERVICES = upsertStatement('rm_stats_services', ['case_id', 'service_id'], SERVICE_COLUMNS, { requested_year: inWib('year', 'requested_at') });
const UPSERT_REFERRALS = upsertStatement('rm_stats_referrals', ['referral_id'], REFERRAL_COLUMNS, { sent_year: inWib('year', 'sent_at') });

/** The statistics rows a batch holds: those it read, keyed by case (and period or service) or referral, and those it changed. */
export class StatisticsRows {
  readonly cases = new Map<string, StatsCaseRow>();
  /** Per case, its stage periods by the revision that opened them. */
  readonly periods = new Map<string, Map<number, StagePeriodRow>>();
  /** Per case, its services by id. */
  readonly services = new Map<string, Map<string, StatsServiceRow>>();
  readonly referrals = new Map<string, StatsReferralRow>();
  /** The rows changed, by key, as they stand: a row changed twice in a batch is written once. */
  readonly changed = {
    cases: new Map<string, StatsCaseRow>(),
    periods: new Map<string, StagePeriodRow>(),
    services: new Map<string, StatsServiceRow>(),
    referrals: new Map<string, StatsReferralRow>(),
  };

  /** Rows as read from the tables, not changed. */
  load(rows: { cases: StatsCaseRow[]; periods: StagePeriodRow[]; services: StatsServiceRow[]; referrals: StatsReferralRow[] }): void {
    for (const row of rows.cases) this.cases.set(uuidKey(row.case_id), row);
    for (const row of rows.periods) this.periodsOf(row.case_id).set(row.entered_revision, row);
    for (const row of rows.services) this.servicesOf(row.case_id).set(row.service_id, row);
    for (const row of rows.referrals) this.referrals.set(uuidKey(row.referral_id), row);
  }

  periodsOf(caseId: string): Map<number, StagePeriodRow> {
    return entry(this.periods, uuidKey(caseId));
  }

  servicesOf(caseId: string): Map<string, StatsServiceRow> {
    return entry(this.services, uuidKey(caseId));
  }

  setCase(row: StatsCaseRow): void {
    this.cases.set(uuidKey(row.case_id), row);
    this.changed.cases.set(uuidKey(row.case_id), row);
  }

  setPeriod(row: StagePeriodRow): void {
    this.periodsOf(row.case_id).set(row.entered_revision, row);
    this.changed.periods.set(`${uuidKey(row.case_id)} ${row.entered_revision}`, row);
  }

  setService(row: StatsServiceRow): void {
    this.servicesOf(row.case_id).set(row.service_id, row);
    // A uuid has no space: the key cannot be read two ways, whatever the service id.
    this.changed.services.set(`${uuidKey(row.case_id)} ${row.service_id}`, row);
  }

  setReferral(row: StatsReferralRow): void {
    this.referrals.set(uuidKey(row.referral_id), row);
    this.changed.referrals.set(uuidKey(row.referral_id), row);
  }
}

function entry<K, V extends Map<unknown, unknown>>(map: Map<K, V>, key: K): V {
  let value = map.get(key);
  if (!value) map.set(key, (value = new Map() as V));
  return value;
}

/**
 * Applies one event at `revision` to the rows, as the guarded statement per event did, in order: a row is
 * inserted only where none is, and changed only if its last revision is older than the event's, so applying an
 * event twice, or an old part of the history after the whole, changes nothing.
 */
export function evolveStatistics(rows: StatisticsRows, event: Handled, revision: number): void {
  const { caseId, at } = event.data;
  /** The case's row changed, if it exists and is older than the event. */
  const updateCase = (change: Partial<StatsCaseRow>) => {
    const row = rows.cases.get(uuidKey(caseId));
    if (row && row.last_revision < revision) rows.setCase({ ...row, ...change, last_revision: revision });
  };
  /** Opens the period the event names, unless a replay finds it there. */
  const enterStage = (stage: string) => {
    if (!rows.periodsOf(caseId).has(revision)) {
      rows.setPeriod({ case_id: caseId, entered_revision: revision, stage, entered_at: at, left_at: null, left_by: null, last_revision: revision });
    }
  };
  /** Ends the periods opened before the event and still open. */
  const leaveStage = (by: 'advanced' | 'skipped' | 'closed') => {
    for (const period of rows.periodsOf(caseId).values()) {
      if (period.left_at === null && period.entered_revision < revision && period.last_revision < revision) {
        rows.setPeriod({ ...period, left_at: at, left_by: by, last_revision: revision });
      }
    }
  };
  const updateService = (serviceId: string, change: Partial<StatsServiceRow>) => {
    const service = rows.servicesOf(caseId).get(serviceId);
    if (service && service.last_revision < revision) rows.setService({ ...service, ...change, last_revision: revision });
  };
  const updateReferral = (referralId: string, change: Partial<StatsReferralRow>) => {
    const referral = rows.referrals.get(uuidKey(referralId));
    if (referral && referral.last_revision < revision) rows.setReferral({ ...referral, ...change, last_revision: revision });
  };
  switch (event.type) {
    case 'CaseOpened':
      if (!rows.cases.has(uuidKey(caseId))) rows.setCase(caseOpened(event.data, revision));
      return enterStage('intake');
    case 'VictimRegistered': {
      const d = event.data;
      return updateCase({
        sex: d.sex,
        age_group: d.isChild ? 'child' : 'adult',
        nationality: d.nationality,
        origin_province: d.originProvinceCode,
        origin_district: d.originDistrictCode,
      });
    }
    case 'AssessmentRecorded': {
      const { indicators, victimStatus } = event.data;
      return updateCase({
        victim_status: victimStatus,
        destination_country: indicators.destinationCountry,
        exploitation_types: indicators.exploitationTypes,
        recruitment_methods: indicators.recruitmentMethods,
        modus: indicators.modus,
        transit_points: indicators.transitPoints,
      });
    }
    case 'AssessmentApproved':
      return updateCase({ victim_status: event.data.victimStatus });
    case 'StageAdvanced':
    case 'StageSkipped':
      updateCase({ stage: event.data.to });
      leaveStage(event.type === 'StageAdvanced' ? 'advanced' : 'skipped');
      return enterStage(event.data.to);
    case 'CaseClosed':
      updateCase({ stage: 'closed', closure_reason: event.data.reason, closed_at: at });
      leaveStage('closed');
      // Closing ends the clocks of services never delivered (as the deadlines projection cancels them).
      for (const service of rows.servicesOf(caseId).values()) {
        if (service.delivered_at === null && service.cancelled_at === null && service.last_revision < revision) {
          rows.setService({ ...service, cancelled_at: at, last_revision: revision });
        }
      }
      return;
    case 'CaseReopened':
      updateCase({ stage: event.data.stage, closure_reason: null, closed_at: null });
      return enterStage(event.data.stage);
    case 'ServiceRequested':
      if (!rows.servicesOf(caseId).has(event.data.serviceId)) rows.setService(serviceRequested(event.data, revision));
      return;
    case 'ServiceDelivered':
      return updateService(event.data.serviceId, { delivered_at: at, on_time: event.data.onTime });
    case 'ServiceOverdueFlagged':
      return updateService(event.data.serviceId, { overdue_flagged_at: at });
    case 'ReferralSent': {
      // The case's regions at the time it was referred: statistics count a referral where its case is counted.
      const row = rows.cases.get(uuidKey(caseId));
      if (row && !rows.referrals.has(uuidKey(event.data.referralId))) rows.setReferral(referralSent(row, event.data, revision));
      return;
    }
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
  throw new Error(`statistics projection cannot apply ${(event as { type: string }).type}`);
}

function caseOpened(data: Data<'CaseOpened'>, revision: number): StatsCaseRow {
  return {
    case_id: data.caseId,
    opened_at: data.at,
    found_province: data.districtCode.slice(0, 2),
    found_district: data.districtCode,
    channel: data.channel,
    origin_province: null,
    origin_district: null,
    sex: null,
    age_group: null,
    nationality: null,
    victim_status: null,
    destination_country: null,
    exploitation_types: [],
    recruitment_methods: [],
    modus: [],
    transit_points: [],
    stage: 'intake',
    closure_reason: null,
    closed_at: null,
    last_revision: revision,
  };
}

// Without a named provider the owner's own staff give the service (the deadlines projection reads it the same way).
function serviceRequested(data: Data<'ServiceRequested'>, revision: number): StatsServiceRow {
  return {
    case_id: data.caseId,
    service_id: data.serviceId,
    service: data.service,
    provider_agency: data.providerAgency ?? data.by.agency,
    requested_at: data.at,
    due_by: data.dueBy,
    delivered_at: null,
    on_time: null,
    overdue_flagged_at: null,
    cancelled_at: null,
    last_revision: revision,
  };
}

function referralSent(row: StatsCaseRow, data: Data<'ReferralSent'>, revision: number): StatsReferralRow {
  return {
    referral_id: data.referralId,
    case_id: row.case_id,
    found_province: row.found_province,
    found_district: row.found_district,
    origin_province: row.origin_province,
    origin_district: row.origin_district,
    to_agency: data.toAgency,
    to_agency_type: data.toAgencyType,
    service: data.service,
    sent_at: data.at,
    response_deadline: data.responseDeadline,
    answer: null,
    answered_at: null,
    outcome: null,
    completed_at: null,
    last_revision: revision,
  };
}

const STAGE_EVENTS: ReadonlySet<string> = new Set(['CaseOpened', 'StageAdvanced', 'StageSkipped', 'CaseClosed', 'CaseReopened'] satisfies HandledType[]);
const SERVICE_EVENTS: ReadonlySet<string> = new Set(['ServiceRequested', 'ServiceDelivered', 'ServiceOverdueFlagged', 'CaseClosed'] satisfies HandledType[]);

/**
 * `rm_stats_cases`: one row of categories per case (year and month of identification in WIB, regions of
 * identification and origin, sex, child or adult, nationality, indicators, stage, status, closure reason),
 * never an identifying field: the task forces' counts come from here. Beside it `rm_stats_referrals`, the
 * periods a case spent in each stage (`rm_stats_stage_periods`) and its services' 7-day clocks (`rm_stats_services`).
 *
 * A batch reads the rows its events can reach (one SELECT per table), folds the events into them in memory
 * (`evolveStatistics`, with the guards each event's statement had) and writes each changed row once, one upsert
 * per table: a case has many events in a batch, and a statement per event cost a rebuild most of its time.
 */
export class StatisticsProjection implements Projection {
  readonly name = PROJECTION.statistics;
  readonly eventTypes: readonly string[] = HANDLED;

  async apply(events: readonly StoredEvent[], manager: EntityManager): Promise<void> {
    if (events.length === 0) return;
    const handled = events.map(({ type, data, revision }) => ({ event: { type, data } as unknown as Handled, revision }));
    const casesWith = (types: ReadonlySet<string> | null) => [
      ...new Set(handled.filter(({ event }) => !types || types.has(event.type)).map(({ event }) => uuidKey(event.data.caseId))),
    ];
    const referralIds = [...new Set(handled.flatMap(({ event }) => ('referralId' in event.data ? [uuidKey(event.data.referralId)] : [])))];
    const read = async <S, R>(sql: string, ids: string[], fromRow: (row: S) => R): Promise<R[]> =>
      ids.length === 0 ? [] : ((await manager.query(sql, [ids])) as S[]).map(fromRow);
    const rows = new StatisticsRows();
    rows.load({
      cases: await read(SELECT_CASES, casesWith(null), fromStored.case),
      periods: await read(SELECT_PERIODS, casesWith(STAGE_EVENTS), fromStored.period),
      services: await read(SELECT_SERVICES, casesWith(SERVICE_EVENTS), fromStored.service),
      referrals: await read(SELECT_REFERRALS, referralIds, fromStored.referral),
    });
    for (const { event, revision } of handled) evolveStatistics(rows, event, revision);
    const { changed } = rows;
    await writeRows(manager, UPSERT_CASES, [...changed.cases.values()]);
    await writeRows(manager, UPSERT_PERIODS, [...changed.periods.values()]);
    await writeRows(manager, UPSERT_SERVICES, [...changed.services.values()]);
    await writeRows(manager, UPSERT_REFERRALS, [...changed.referrals.values()]);
  }
}
