import { isCaseEvent, type CaseEvent, type CaseEventOfType, type CaseEventType } from '@rujukan/domain';
import type { StoredEvent } from '@rujukan/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../runtime/projection.js';
import { PROJECTION } from './projection-names.js';
import { StatementBatch } from '../runtime/statement-batch.js';

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

// Every write is guarded by the case revision the row last reflects, so applying an event twice changes nothing.
const START = `
  INSERT INTO rm_deadlines (deadline_id, case_id, kind, subject_id, responsible_agency, due_at, status, started_at, ended_at, last_revision)
  VALUES ($1, $2, $3, $4, $5, $6::timestamptz, 'running', $7::timestamptz, NULL, $8)
  ON CONFLICT (deadline_id) DO UPDATE SET
    responsible_agency = excluded.responsible_agency, due_at = excluded.due_at, status = 'running',
    started_at = excluded.started_at, ended_at = NULL, last_revision = excluded.last_revision
  WHERE rm_deadlines.last_revision < excluded.last_revision`;

// A clock ends once: only a running clock takes an outcome, so a cancelled one stays cancelled.
const END = `
  UPDATE rm_deadlines SET status = $2, ended_at = $3::timestamptz, last_revision = $4
  WHERE deadline_id = $1 AND status IN ('running', 'overdue') AND last_revision < $4`;

// A stay ended after its planned end overran it.
const END_STAY = `
  UPDATE rm_deadlines SET status = CASE WHEN $2::timestamptz <= due_at THEN 'met' ELSE 'lapsed' END, ended_at = $2::timestamptz, last_revision = $3
  WHERE deadline_id = $1 AND status IN ('running', 'overdue') AND last_revision < $3`;

const MOVE_DUE = `
  UPDATE rm_deadlines SET due_at = $2::timestamptz, last_revision = $3
  WHERE deadline_id = $1 AND status IN ('running', 'overdue') AND last_revision < $3`;

const CANCEL_CASE = `
  UPDATE rm_deadlines SET status = 'cancelled', ended_at = $2::timestamptz, last_revision = $3
  WHERE case_id = $1 AND status IN ('running', 'overdue') AND last_revision < $3`;

const FLAG_OVERDUE = `
  UPDATE rm_deadlines SET status = 'overdue', last_revision = $2
  WHERE deadline_id = $1 AND status = 'running' AND last_revision < $2`;

const HAND_OVER = `
  UPDATE rm_deadlines SET responsible_agency = $3, last_revision = $4
  WHERE case_id = $1 AND responsible_agency = $2 AND status IN ('running', 'overdue') AND last_revision < $4`;

/** Restitution is due by a calendar day (`payBy`); the domain counts days from midnight UTC, so the clock runs to the end of that day. */
const endOfDay = (isoDate: string): string => `${isoDate}T23:59:59.999Z`;

type Statement = [sql: string, parameters: unknown[]];

/** The one statement an event makes to `rm_deadlines`, or null when it changes no clock. */
export function deadlineStatement(event: Handled, revision: number): Statement | null {
  const { caseId, at } = event.data;
  const start = (kind: DeadlineKind, subjectId: string, responsible: string, dueAt: string): Statement => [
    START,
    [deadlineId(kind, subjectId), caseId, kind, subjectId, responsible, dueAt, at, revision],
  ];
  const end = (kind: DeadlineKind, subjectId: string, status: Exclude<DeadlineStatus, 'running' | 'overdue' | 'cancelled'>): Statement => [
    END,
    [deadlineId(kind, subjectId), status, at, revision],
  ];
  switch (event.type) {
    case 'ReferralSent':
      return start('referral_response', deadlineSubject.referral_response(event.data.referralId), event.data.toAgency, event.data.responseDeadline);
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
      return [FLAG_OVERDUE, [deadlineId('service_start', deadlineSubject.service_start(caseId, event.data.serviceId)), revision]];
    case 'ShelterPlacementStarted':
      // The owner must extend or end the stay, so the clock is the requesting owner's, not the shelter's.
      return start('shelter_stay', deadlineSubject.shelter_stay(caseId, event.data.placementId), event.data.by.agency, event.data.plannedEndBy);
    case 'ShelterPlacementExtended':
      return [MOVE_DUE, [deadlineId('shelter_stay', deadlineSubject.shelter_stay(caseId, event.data.placementId)), event.data.plannedEndBy, revision]];
    case 'ShelterPlacementEnded':
      return [END_STAY, [deadlineId('shelter_stay', deadlineSubject.shelter_stay(caseId, event.data.placementId)), at, revision]];
    case 'RestitutionOrdered':
      // The agency that recorded the order (the owner, or LPSK / police on an accepted referral) follows the payment.
      return start(
        'restitution_payment',
        deadlineSubject.restitution_payment(caseId, event.data.restitutionId),
        event.data.by.agency,
        endOfDay(event.data.payBy),
      );
    case 'RestitutionPaid':
      // A partial payment leaves the clock running, so it writes nothing.
      return event.data.fullyPaid ? end('restitution_payment', deadlineSubject.restitution_payment(caseId, event.data.restitutionId), 'met') : null;
    case 'RestitutionDefaulted':
      return end('restitution_payment', deadlineSubject.restitution_payment(caseId, event.data.restitutionId), 'lapsed');
    case 'CaseClosed':
      return [CANCEL_CASE, [caseId, at, revision]];
    case 'TransferAccepted':
      return [HAND_OVER, [caseId, event.data.fromAgency, event.data.toAgency, revision]];
    default: {
      const unhandled: never = event;
      throw new Error(`No deadline statement for event type ${(unhandled as CaseEvent).type}`);
    }
  }
}

/** `rm_deadlines`: every clock of a case (referral answer, 7-day service start, shelter stay end, restitution payment) with its due time. */
export class DeadlinesProjection implements Projection {
  readonly name = PROJECTION.deadlines;
  readonly eventTypes: readonly string[] = HANDLED;

  async apply(events: readonly StoredEvent[], manager: EntityManager): Promise<void> {
    const batch = new StatementBatch();
    for (const stored of events) {
      const event = { type: stored.type, data: stored.data };
      if (!isCaseEvent(event) || !isHandled(event)) continue;
      const statement = deadlineStatement(event, stored.revision);
      if (statement) batch.add(statement[0], statement[1]);
    }
    await batch.flush(manager);
  }
}
