import { upcastTransitPoints, type CaseEventOfType } from '@rujukan/domain';
import type { StoredEvent } from '@rujukan/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../runtime/projection.js';
import { columnsOf, storedRow, upsertStatement, uuidKey, writeRows } from '../runtime/batch-rows.js';
import { PROJECTION } from '../projections/projection-names.js';
import { inWib } from './in-wib.js';

const HANDLED = [
  'CaseOpened',
  'VictimRegistered',
  'AssessmentRecorded',
  'AssessmentApproved',
  'StageAdvanced',
  'StageSkipped',
  'CaseClosed',
  'CaseReopened',
] as const;
type Handled = CaseEventOfType<(typeof HANDLED)[number]>;

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
  means_of_control: string[];
  modus: string[];
  transit_points: string[];
  stage: string;
  closure_reason: string | null;
  closed_at: string | null;
  last_revision: number;
}

const COLUMNS = columnsOf<StatsCaseRow>({
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
  means_of_control: true,
  modus: true,
  transit_points: true,
  stage: true,
  closure_reason: true,
  closed_at: true,
  last_revision: true,
});

/** The cases a batch names. */
const SELECT = `SELECT ${COLUMNS.join(', ')} FROM rm_stats_cases WHERE case_id = ANY($1::uuid[])`;
/** Every case a batch changed, in one statement. */
const UPSERT = upsertStatement('rm_stats_cases', ['case_id'], COLUMNS, { opened_year: inWib('year', 'opened_at'), opened_month: inWib('month', 'opened_at') });
const fromStored = storedRow<StatsCaseRow>()(['opened_at', 'closed_at']);

/**
 * The case's row after one event at `revision`, or null when it does not change: a row is inserted only where none
 * is, and changed only if its last revision is older than the event's, so applying an event twice, or an old part
 * of the history after the whole, changes nothing.
 */
export function evolveStatsCase(row: StatsCaseRow | undefined, event: Handled, revision: number): StatsCaseRow | null {
  if (event.type === 'CaseOpened') return row ? null : caseOpened(event.data, revision);
  if (!row || row.last_revision >= revision) return null;
  const changed = (change: Partial<StatsCaseRow>): StatsCaseRow => ({ ...row, ...change, last_revision: revision });
  switch (event.type) {
    case 'VictimRegistered': {
      const d = event.data;
      return changed({
        sex: d.sex,
        age_group: d.isChild ? 'child' : 'adult',
        nationality: d.nationality,
        origin_province: d.originProvinceCode,
        origin_district: d.originDistrictCode,
      });
    }
    case 'AssessmentRecorded': {
      const { indicators, victimStatus } = event.data;
      return changed({
        victim_status: victimStatus,
        destination_country: indicators.destinationCountry,
        exploitation_types: indicators.exploitationTypes,
        recruitment_methods: indicators.recruitmentMethods,
        means_of_control: indicators.meansOfControl,
        modus: indicators.modus,
        // Port codes: names of the old fixed list (and shipped ports' aliases) recorded before ports become their codes.
        transit_points: upcastTransitPoints(indicators.transitPoints),
      });
    }
    case 'AssessmentApproved':
      return changed({ victim_status: event.data.victimStatus });
    case 'StageAdvanced':
    case 'StageSkipped':
      return changed({ stage: event.data.to });
    case 'CaseClosed':
      return changed({ stage: 'closed', closure_reason: event.data.reason, closed_at: event.data.at });
    case 'CaseReopened':
      return changed({ stage: event.data.stage, closure_reason: null, closed_at: null });
    default:
      return unhandled(event);
  }
}

// The never makes the compiler reject a type listed in HANDLED without a case above.
function unhandled(event: never): never {
  throw new Error(`case statistics projection cannot apply ${(event as { type: string }).type}`);
}

function caseOpened(data: CaseEventOfType<'CaseOpened'>['data'], revision: number): StatsCaseRow {
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
    means_of_control: [],
    modus: [],
    transit_points: [],
    stage: 'intake',
    closure_reason: null,
    closed_at: null,
    last_revision: revision,
  };
}

/**
 * `rm_stats_cases`: one row of categories per case (year and month of identification in WIB, regions of
 * identification and origin, sex, child or adult, nationality, indicators (means of control included), stage, status, closure reason),
 * never an identifying field: the task forces' counts come from here.
 *
 * A batch reads the cases its events name, folds the events into them in memory (`evolveStatsCase`) and writes each
 * changed row once: a case has many events in a batch, and a statement per event cost a rebuild most of its time.
 */
export class StatisticsCasesProjection implements Projection {
  readonly name = PROJECTION.statisticsCases;
  readonly eventTypes: readonly string[] = HANDLED;

  async apply(events: readonly StoredEvent[], manager: EntityManager): Promise<void> {
    if (events.length === 0) return;
    const handled = events.map(({ type, data, revision }) => ({ event: { type, data } as unknown as Handled, revision }));
    const named = [...new Set(handled.map(({ event }) => uuidKey(event.data.caseId)))];
    const found: Array<Parameters<typeof fromStored>[0]> = await manager.query(SELECT, [named]);
    const cases = new Map(found.map((row) => [uuidKey(row.case_id), fromStored(row)]));
    const changed = new Map<string, StatsCaseRow>();
    for (const { event, revision } of handled) {
      const row = evolveStatsCase(cases.get(uuidKey(event.data.caseId)), event, revision);
      if (!row) continue;
      cases.set(uuidKey(row.case_id), row);
      changed.set(uuidKey(row.case_id), row);
    }
    await writeRows(manager, UPSERT, [...changed.values()]);
  }
}
