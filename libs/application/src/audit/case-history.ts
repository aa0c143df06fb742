import { caseStreamName, foldCase, initialState, type CaseState } from '@rujukan/domain';
import { formatPosition, type EventStore, type StoredEvent } from '@rujukan/event-store';
import jsonPatch from 'fast-json-patch';
import { toCaseEvent } from '../case-state-cache.js';

/** One event of a case as an auditor reads it: the content and every piece of metadata the store keeps. */
export interface AuditedEvent {
  revision: number;
  position: string;
  eventId: string;
  type: string;
  recordedAt: string;
  occurredAt: string;
  actor: string;
  role: string;
  agency: string;
  correlationId: string;
  causationId: string | null;
  commandId: string;
  data: Record<string, unknown>;
  hash: string;
}

export interface HistoryFilter {
  /** Recorded at or after. */
  from?: Date;
  /** Recorded at or before. */
  to?: Date;
  types?: readonly string[];
  actor?: string;
  /** Paging cursor: only events after this revision. */
  afterRevision?: number;
  limit: number;
}

export interface HistoryPage {
  events: AuditedEvent[];
  /** Pass as `afterRevision` for the next page; null on the last page. */
  nextAfterRevision: number | null;
  /** Events in the whole stream (before filters). */
  streamLength: number;
}

export function toAuditedEvent(event: StoredEvent): AuditedEvent {
  const m = event.metadata;
  return {
    revision: event.revision,
    position: formatPosition(event.position),
    eventId: event.id,
    type: event.type,
    recordedAt: event.recordedAt.toISOString(),
    occurredAt: m.occurredAt,
    actor: m.actor,
    role: m.role,
    agency: m.agency,
    correlationId: m.correlationId,
    causationId: m.causationId ?? null,
    commandId: m.commandId,
    data: event.data,
    hash: event.hash,
  };
}

/** The case's events with their metadata, filtered and paged by revision; null when there is no such case. */
export async function caseHistory(store: EventStore, caseId: string, filter: HistoryFilter): Promise<HistoryPage | null> {
  const stored = await store.readStream(caseStreamName(caseId));
  if (stored.length === 0) return null;
  const matching = stored.filter(
    (e) =>
      e.revision > (filter.afterRevision ?? -1) &&
      (!filter.from || e.recordedAt >= filter.from) &&
      (!filter.to || e.recordedAt <= filter.to) &&
      (!filter.types || filter.types.includes(e.type)) &&
      (!filter.actor || e.metadata.actor === filter.actor),
  );
  const page = matching.slice(0, filter.limit);
  return {
    events: page.map(toAuditedEvent),
    nextAfterRevision: matching.length > page.length ? page[page.length - 1].revision : null,
    streamLength: stored.length,
  };
}

/** A point in a case's history: everything recorded up to a time, or up to and including a revision. */
export type HistoryPoint = { at: Date } | { revision: number };

export interface CaseAsOf {
  point: { at: string } | { revision: number };
  /** The last event the state includes (-1: none yet). */
  revision: number;
  recordedAt: string | null;
  eventCount: number;
  state: CaseState;
}

async function readUpTo(store: EventStore, caseId: string, point: HistoryPoint): Promise<StoredEvent[]> {
  const stream = caseStreamName(caseId);
  return 'at' in point ? store.readStream(stream, { until: point.at }) : store.readStream(stream, { maxCount: point.revision + 1 });
}

function asOf(point: HistoryPoint, events: readonly StoredEvent[]): CaseAsOf {
  const last = events.at(-1);
  return {
    point: 'at' in point ? { at: point.at.toISOString() } : { revision: point.revision },
    revision: last?.revision ?? -1,
    recordedAt: last?.recordedAt.toISOString() ?? null,
    eventCount: events.length,
    // The write side's own fold: the state an auditor sees is the state the rules decided on.
    state: foldCase(events.map(toCaseEvent), initialState),
  };
}

/** Whether a case stream has any event at all (so "no such case" can be told from "not yet then"). */
export async function caseExists(store: EventStore, caseId: string): Promise<boolean> {
  return (await store.readStream(caseStreamName(caseId), { maxCount: 1 })).length > 0;
}

/** The case as it stood at a point: its events up to there, folded with the domain's `evolve`. */
export async function caseStateAt(store: EventStore, caseId: string, point: HistoryPoint): Promise<CaseAsOf> {
  return asOf(point, await readUpTo(store, caseId, point));
}

export interface CaseDiff {
  from: Omit<CaseAsOf, 'state'>;
  to: Omit<CaseAsOf, 'state'>;
  /** RFC 6902 operations that turn the state at `from` into the state at `to`. */
  changes: jsonPatch.Operation[];
  /** The events between the two points (after `from`, up to `to`), in order. */
  events: Array<Pick<AuditedEvent, 'revision' | 'type' | 'recordedAt' | 'actor' | 'agency'>>;
}

export async function caseDiff(store: EventStore, caseId: string, from: HistoryPoint, to: HistoryPoint): Promise<CaseDiff> {
  const [before, after] = await Promise.all([readUpTo(store, caseId, from), readUpTo(store, caseId, to)]);
  const a = asOf(from, before);
  const b = asOf(to, after);
  const { state: fromState, ...fromPoint } = a;
  const { state: toState, ...toPoint } = b;
  return {
    from: fromPoint,
    to: toPoint,
    changes: wholeSealedValues(jsonPatch.compare(fromState as object, toState as object)),
    events: after
      .filter((e) => e.revision > a.revision)
      .map((e) => ({ revision: e.revision, type: e.type, recordedAt: e.recordedAt.toISOString(), actor: e.metadata.actor, agency: e.metadata.agency })),
  };
}

/**
 * A sealed value changes whole: the diff would otherwise reach inside `{ $sealed }` and carry its ciphertext as a
 * bare string, which no reader recognises as sealed. Such an operation is turned back into one on the value itself.
 */
function wholeSealedValues(operations: jsonPatch.Operation[]): jsonPatch.Operation[] {
  return operations.map((operation) => {
    if (!operation.path.endsWith('/$sealed') || !('value' in operation)) return operation;
    return { op: 'replace', path: operation.path.slice(0, -'/$sealed'.length), value: { $sealed: operation.value } } as jsonPatch.Operation;
  });
}
