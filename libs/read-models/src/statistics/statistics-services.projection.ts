import type { CaseEventOfType } from '@rujukan/domain';
import type { StoredEvent } from '@rujukan/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../runtime/projection.js';
import { columnsOf, foldCaseRows, storedRow, upsertStatement } from '../runtime/batch-rows.js';
import { PROJECTION } from '../projections/projection-names.js';
import { inWib } from './in-wib.js';

const HANDLED = ['ServiceRequested', 'ServiceDelivered', 'ServiceOverdueFlagged', 'CaseClosed'] as const;
type Handled = CaseEventOfType<(typeof HANDLED)[number]>;

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

const COLUMNS = columnsOf<StatsServiceRow>({
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

/** The services of the cases a batch names. */
const SELECT = `SELECT ${COLUMNS.join(', ')} FROM rm_stats_services WHERE case_id = ANY($1::uuid[])`;
/** Every service a batch changed, in one statement. */
const UPSERT = upsertStatement('rm_stats_services', ['case_id', 'service_id'], COLUMNS, { requested_year: inWib('year', 'requested_at') });
const fromStored = storedRow<StatsServiceRow>()(['requested_at', 'due_by', 'delivered_at', 'overdue_flagged_at', 'cancelled_at']);

/**
 * The services of a case (by id) one event at `revision` changes, as new rows: a request is recorded once, and a
 * service changes only if its last revision is older than the event's, so applying an event twice changes nothing.
 */
export function evolveStatsServices(services: ReadonlyMap<string, StatsServiceRow>, event: Handled, revision: number): StatsServiceRow[] {
  const { at } = event.data;
  const update = (serviceId: string, change: Partial<StatsServiceRow>): StatsServiceRow[] => {
    const service = services.get(serviceId);
    return service && service.last_revision < revision ? [{ ...service, ...change, last_revision: revision }] : [];
  };
  switch (event.type) {
    case 'ServiceRequested':
      return services.has(event.data.serviceId) ? [] : [serviceRequested(event.data, revision)];
    case 'ServiceDelivered':
      return update(event.data.serviceId, { delivered_at: at, on_time: event.data.onTime });
    case 'ServiceOverdueFlagged':
      return update(event.data.serviceId, { overdue_flagged_at: at });
    // Closing ends the clocks of services never delivered (as the deadlines projection cancels them).
    case 'CaseClosed':
      return [...services.values()]
        .filter((service) => service.delivered_at === null && service.cancelled_at === null && service.last_revision < revision)
        .map((service) => ({ ...service, cancelled_at: at, last_revision: revision }));
    default:
      return unhandled(event);
  }
}

// The never makes the compiler reject a type listed in HANDLED without a case above.
function unhandled(event: never): never {
  throw new Error(`service statistics projection cannot apply ${(event as { type: string }).type}`);
}

// Without a named provider the owner's own staff give the service (the deadlines projection reads it the same way).
function serviceRequested(data: CaseEventOfType<'ServiceRequested'>['data'], revision: number): StatsServiceRow {
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

/**
 * `rm_stats_services`: each requested service's 7-day clock, for the statistics of services given on time. A batch
 * reads the services of the cases its events name, folds the events into them in memory (`evolveStatsServices`) and
 * writes each changed service once.
 */
export class StatisticsServicesProjection implements Projection {
  readonly name = PROJECTION.statisticsServices;
  readonly eventTypes: readonly string[] = HANDLED;

  async apply(events: readonly StoredEvent[], manager: EntityManager): Promise<void> {
    if (events.length === 0) return;
    const handled = events.map(({ type, data, revision }) => ({ event: { type, data } as unknown as Handled, revision }));
    await foldCaseRows(manager, handled, { select: SELECT, upsert: UPSERT, fromStored, keyOf: (row) => row.service_id, evolve: evolveStatsServices });
  }
}
