import type { CaseEventOfType } from '@rujukan/domain';
import type { StoredEvent } from '@rujukan/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../runtime/projection.js';
import { columnsOf, foldCaseRows, storedRow, upsertStatement } from '../runtime/batch-rows.js';
import { PROJECTION } from '../projections/projection-names.js';

const HANDLED = ['CaseOpened', 'StageAdvanced', 'StageSkipped', 'CaseClosed', 'CaseReopened'] as const;
type Handled = CaseEventOfType<(typeof HANDLED)[number]>;

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

const COLUMNS = columnsOf<StagePeriodRow>({
  case_id: true,
  entered_revision: true,
  stage: true,
  entered_at: true,
  left_at: true,
  left_by: true,
  last_revision: true,
});

/** The periods of the cases a batch names. */
const SELECT = `SELECT ${COLUMNS.join(', ')} FROM rm_stats_stage_periods WHERE case_id = ANY($1::uuid[])`;
/** Every period a batch changed, in one statement. */
const UPSERT = upsertStatement('rm_stats_stage_periods', ['case_id', 'entered_revision'], COLUMNS);
const fromStored = storedRow<StagePeriodRow>()(['entered_at', 'left_at']);

/**
 * The periods of a case (by the revision that opened them) one event at `revision` changes, as new rows: it opens the
 * period it names unless a replay finds it there, and ends those opened before it and still open, so applying an
 * event twice, or an old part of the history after the whole, changes nothing.
 */
export function evolveStagePeriods(periods: ReadonlyMap<number, StagePeriodRow>, event: Handled, revision: number): StagePeriodRow[] {
  const { caseId, at } = event.data;
  const enter = (stage: string): StagePeriodRow[] =>
    periods.has(revision)
      ? []
      : [{ case_id: caseId, entered_revision: revision, stage, entered_at: at, left_at: null, left_by: null, last_revision: revision }];
  const leave = (by: 'advanced' | 'skipped' | 'closed'): StagePeriodRow[] =>
    [...periods.values()]
      .filter((period) => period.left_at === null && period.entered_revision < revision && period.last_revision < revision)
      .map((period) => ({ ...period, left_at: at, left_by: by, last_revision: revision }));
  switch (event.type) {
    case 'CaseOpened':
      return enter('intake');
    case 'StageAdvanced':
    case 'StageSkipped':
      return [...leave(event.type === 'StageAdvanced' ? 'advanced' : 'skipped'), ...enter(event.data.to)];
    case 'CaseClosed':
      return leave('closed');
    case 'CaseReopened':
      return enter(event.data.stage);
    default:
      return unhandled(event);
  }
}

// The never makes the compiler reject a type listed in HANDLED without a case above.
function unhandled(event: never): never {
  throw new Error(`stage periods projection cannot apply ${(event as { type: string }).type}`);
}

/**
 * `rm_stats_stage_periods`: when a case entered and left each stage, and how, for the statistics of time in each
 * stage. A batch reads the periods of the cases its events name, folds the events into them in memory
 * (`evolveStagePeriods`) and writes each changed period once.
 */
export class StatisticsStagePeriodsProjection implements Projection {
  readonly name = PROJECTION.statisticsStagePeriods;
  readonly eventTypes: readonly string[] = HANDLED;

  async apply(events: readonly StoredEvent[], manager: EntityManager): Promise<void> {
    if (events.length === 0) return;
    const handled = events.map(({ type, data, revision }) => ({ event: { type, data } as unknown as Handled, revision }));
    await foldCaseRows(manager, handled, { select: SELECT, upsert: UPSERT, fromStored, keyOf: (row) => row.entered_revision, evolve: evolveStagePeriods });
  }
}
