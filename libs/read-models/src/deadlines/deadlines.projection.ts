import { isCaseEvent, type CaseEvent, type CaseEventOfType, type CaseEventType } from '@rujukan/domain';
import type { StoredEvent } from '@rujukan/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../runtime/projection.js';
import { storedRow, upsertStatement, uuidKey, writeRows, type Stored } from '../runtime/batch-rows.js';
import { storedInstant } from '../runtime/event-times.js';
import { PROJECTION } from '../projections/projection-names.js';

export const DEADLINE_KINDS = ['referral_response', 'service_start', 'shelter_stay', 'restitution_payment'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
// `overdue`: still open, past due and flagged by the sweep (a service the law gave 7 days).
export const DEADLINE_STATUSES = ['running', 'overdue', 'met', 'lapsed', 'cancelled'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/** The subject id of a clock; referral ids are global, the others are unique only within their case. */
export const deadlineSubject = {
  referral_response: (referralId: string) => referralId,
  service_start: (caseId: string, serviceId: string) => `${caseId}:${serviceId}`,
  shelter_stay: (caseId: string, placementId: string) => `${caseId}:${placementId}`,
  restitution_payment: (caseId: string, restitutionId: string) => `${caseId}:${restitutionId}`,
} as const satisfies Record<DeadlineKind, (...ids: string[]) => string>;

export const deadlineId = (kind: DeadlineKind, subjectId: string): string => `${kind}:${subjectId}`;

const HANDLED = [
  'ReferralSent',
  'ReferralAccepted',
  'ReferralDeclined',
  'ReferralWithdrawn',
  'ReferralExpired',
  'ServiceRequested',
  'ServiceDelivered',
  'ServiceOverdueFlagged',
  'ShelterPlacementStarted',
  'ShelterPlacementExtended',
  'ShelterPlacementEnded',
  'RestitutionOrdered',
  'RestitutionPaid',
  'RestitutionDefaulted',
  'CaseClosed',
  'TransferAccepted',
] as const satisfies readonly CaseEventType[];
type Handled = CaseEventOfType<(typeof HANDLED)[number]>;

const isHandled = (event: CaseEvent): event is Handled => (HANDLED as readonly string[]).includes(event.type);

/** A row of `rm_deadlines` as the projection folds it; its times are ISO strings, as the events carry them. */
export interface DeadlineRow {
  deadline_id: string;
  case_id: string;
  kind: DeadlineKind;
  subject_id: string;
  responsible_agency: string;
  due_at: string;
  status: DeadlineStatus;
  started_at: string;
  ended_at: string | null;
  last_revision: number;
}

/** What one event does to the clocks: to one clock it names, or to every open clock of its case. */
export type DeadlineChange =
  | { type: 'start'; deadlineId: string; kind: DeadlineKind; subjectId: string; responsibleAgency: string; dueAt: string }
  | { type: 'end'; deadlineId: string; status: 'met' | 'lapsed' }
  | { type: 'end_stay'; deadlineId: string }
  | { type: 'move_due'; deadlineId: string; dueAt: string }
  | { type: 'flag_overdue'; deadlineId: string }
  | { type: 'cancel_case' }
  | { type: 'hand_over'; fromAgency: string; toAgency: string };

/** Restitution is due by a calendar day (`payBy`); the domain counts days from midnight UTC, so the clock runs to the end of that day. */
const endOfDay = (isoDate: string): string => `${isoDate}T23:59:59.999Z`;

/** The change an event makes to the clocks, or null when it changes none. */
export function deadlineChange(event: Handled): DeadlineChange | null {
  const { caseId } = event.data;
  const start = (kind: DeadlineKind, subjectId: string, responsibleAgency: string, dueAt: string): DeadlineChange => ({
    type: 'start',
    deadlineId: deadlineId(kind, subjectId),
    kind,
    subjectId,
    responsibleAgency,
    dueAt,
  });
  const end = (kind: DeadlineKind, subjectId: string, status: 'met' | 'lapsed'): DeadlineChange => ({
    type: 'end',
    deadlineId: deadlineId(kind, subjectId),
    status,
  });
  switch (event.type) {
    case 'ReferralSent':
      return start(
        'referral_response',
        deadlineSubject.referral_response(event.data.referralId),
        event.data.toAgency,
        storedInstant(event.data.responseDeadline, 'responseDeadline'),
      );
    case 'ReferralAccepted':
    case 'ReferralDeclined':
    case 'ReferralWithdrawn':
      return end('referral_response', deadlineSubject.referral_response(event.data.referralId), 'met');
    case 'ReferralExpired':
      return end('referral_response', deadlineSubject.referral_response(event.data.referralId), 'lapsed');
    case 'ServiceRequested':
      // Only the owner's staff request services, so without a named provider the requester's agency is the owner.
      return start(
        'service_start',
        deadlineSubject.service_start(caseId, event.data.serviceId),
        event.data.providerAgency ?? event.data.by.agency,
        event.data.dueBy,
      );
    case 'ServiceDelivered':
      return end('service_start', deadlineSubject.service_start(caseId, event.data.serviceId), event.data.onTime ? 'met' : 'lapsed');
    case 'ServiceOverdueFlagged':
      return { type: 'flag_overdue', deadlineId: deadlineId('service_start', deadlineSubject.service_start(caseId, event.data.serviceId)) };
    case 'ShelterPlacementStarted':
      // The owner must extend or end the stay, so the clock is the requesting owner's, not the shelter's.
      return start('shelter_stay', deadlineSubject.shelter_stay(caseId, event.data.placementId), event.data.by.agency, event.data.plannedEndBy);
    case 'ShelterPlacementExtended':
      return {
        type: 'move_due',
        deadlineId: deadlineId('shelter_stay', deadlineSubject.shelter_stay(caseId, event.data.placementId)),
        dueAt: event.data.plannedEndBy,
      };
    case 'ShelterPlacementEnded':
      return { type: 'end_stay', deadlineId: deadlineId('shelter_stay', deadlineSubject.shelter_stay(caseId, event.data.placementId)) };
    case 'RestitutionOrdered':
      // The agency that recorded the order (the owner, or LPSK / police on an accepted referral) follows the payment.
      return start(
        'restitution_payment',
        deadlineSubject.restitution_payment(caseId, event.data.restitutionId),
        event.data.by.agency,
        endOfDay(event.data.payBy),
      );
    case 'RestitutionPaid':
      // A partial payment leaves the clock running, so it changes nothing.
      return event.data.fullyPaid ? end('restitution_payment', deadlineSubject.restitution_payment(caseId, event.data.restitutionId), 'met') : null;
    case 'RestitutionDefaulted':
      return end('restitution_payment', deadlineSubject.restitution_payment(caseId, event.data.restitutionId), 'lapsed');
    case 'CaseClosed':
      return { type: 'cancel_case' };
    case 'TransferAccepted':
      return { type: 'hand_over', fromAgency: event.data.fromAgency, toAgency: event.data.toAgency };
    default: {
      const unhandled: never = event;
      throw new Error(`No deadline change for event type ${(unhandled as CaseEvent).type}`);
    }
  }
}

/** The event a change comes from: its case, its time and its revision in the case's stream. */
export interface ChangeContext {
  caseId: string;
  at: string;
  revision: number;
}

const isOpen = (clock: DeadlineRow): boolean => clock.status === 'running' || clock.status === 'overdue';

/**
 * The clocks a change alters, as new rows (the map is left as it was). Every change applies only to a clock whose
 * last revision is older than the event's, so applying an event twice changes nothing.
 */
export function evolveDeadlines(clocks: ReadonlyMap<string, DeadlineRow>, change: DeadlineChange, { caseId, at, revision }: ChangeContext): DeadlineRow[] {
  const newer = (clock: DeadlineRow | undefined): clock is DeadlineRow => clock !== undefined && clock.last_revision < revision;
  /** The named clock, changed, if it is open and older than the event: a clock ends once, so a cancelled one stays cancelled. */
  const openClock = (id: string, update: (clock: DeadlineRow) => Partial<DeadlineRow>): DeadlineRow[] => {
    const clock = clocks.get(id);
    return newer(clock) && isOpen(clock) ? [{ ...clock, ...update(clock), last_revision: revision }] : [];
  };
  /** Every open clock of the event's case older than the event, changed. */
  const caseClocks = (match: (clock: DeadlineRow) => boolean, update: Partial<DeadlineRow>): DeadlineRow[] =>
    [...clocks.values()]
      .filter((clock) => uuidKey(clock.case_id) === uuidKey(caseId) && newer(clock) && isOpen(clock) && match(clock))
      .map((clock) => ({ ...clock, ...update, last_revision: revision }));
  switch (change.type) {
    case 'start': {
      const clock = clocks.get(change.deadlineId);
      if (clock && !newer(clock)) return [];
      // A clock started again runs afresh; it keeps the case, kind and subject it was first started with.
      return [
        {
          deadline_id: change.deadlineId,
          case_id: clock?.case_id ?? caseId,
          kind: clock?.kind ?? change.kind,
          subject_id: clock?.subject_id ?? change.subjectId,
          responsible_agency: change.responsibleAgency,
          due_at: change.dueAt,
          status: 'running',
          started_at: at,
          ended_at: null,
          last_revision: revision,
        },
      ];
    }
    case 'end':
      return openClock(change.deadlineId, () => ({ status: change.status, ended_at: at }));
    case 'end_stay':
      // A stay ended after its planned end overran it.
      return openClock(change.deadlineId, (clock) => ({ status: Date.parse(at) <= Date.parse(clock.due_at) ? 'met' : 'lapsed', ended_at: at }));
    case 'move_due':
      return openClock(change.deadlineId, () => ({ due_at: change.dueAt }));
    case 'flag_overdue': {
      const clock = clocks.get(change.deadlineId);
      return newer(clock) && clock.status === 'running' ? [{ ...clock, status: 'overdue', last_revision: revision }] : [];
    }
    case 'cancel_case':
      return caseClocks(() => true, { status: 'cancelled', ended_at: at });
    case 'hand_over':
      return caseClocks((clock) => clock.responsible_agency === change.fromAgency, { responsible_agency: change.toAgency });
  }
}

const COLUMNS = [
  'deadline_id',
  'case_id',
  'kind',
  'subject_id',
  'responsible_agency',
  'due_at',
  'status',
  'started_at',
  'ended_at',
  'last_revision',
] as const satisfies ReadonlyArray<keyof DeadlineRow>;

/** The clocks a batch can reach: those its events name, and every clock of a case it closes or transfers. */
const SELECT = `SELECT ${COLUMNS.join(', ')} FROM rm_deadlines WHERE deadline_id = ANY($1::text[]) OR case_id = ANY($2::uuid[])`;

/** Every clock a batch changed, in one statement. */
const UPSERT = upsertStatement('rm_deadlines', ['deadline_id'], COLUMNS);

const TIMES = ['due_at', 'started_at', 'ended_at'] as const;
const fromStored = storedRow<DeadlineRow>()(TIMES);

/**
 * `rm_deadlines`: every clock of a case (referral answer, 7-day service start, shelter stay end, restitution payment)
 * with its due time. A batch reads the clocks it can reach, folds its events into them in memory and writes each
 * changed clock once.
 */
export class DeadlinesProjection implements Projection {
  readonly name = PROJECTION.deadlines;
  readonly eventTypes: readonly string[] = HANDLED;

  async apply(events: readonly StoredEvent[], manager: EntityManager): Promise<void> {
    const steps: Array<{ change: DeadlineChange; context: ChangeContext }> = [];
    for (const stored of events) {
      const event = { type: stored.type, data: stored.data };
      if (!isCaseEvent(event) || !isHandled(event)) continue;
      const change = deadlineChange(event);
      if (change) steps.push({ change, context: { caseId: event.data.caseId, at: event.data.at, revision: stored.revision } });
    }
    if (steps.length === 0) return;
    const named = new Set(steps.flatMap(({ change }) => ('deadlineId' in change ? [change.deadlineId] : [])));
    const wholeCases = new Set(steps.flatMap(({ change, context }) => ('deadlineId' in change ? [] : [uuidKey(context.caseId)])));
    const found: Array<Stored<DeadlineRow, (typeof TIMES)[number]>> = await manager.query(SELECT, [[...named], [...wholeCases]]);
    const clocks = new Map(found.map((row) => [row.deadline_id, fromStored(row)]));
    const changed = new Set<string>();
    for (const { change, context } of steps) {
      for (const clock of evolveDeadlines(clocks, change, context)) {
        clocks.set(clock.deadline_id, clock);
        changed.add(clock.deadline_id);
      }
    }
    await writeRows(
      manager,
      UPSERT,
      [...changed].map((id) => clocks.get(id) as DeadlineRow),
    );
  }
}
