import { caseStreamName, decide, foldCase, type Actor, type CaseCommand, type CaseEvent } from '@rujukan/domain';
import { formatPosition, WrongExpectedRevisionError, type EventStore, type NewEvent, type StoredEvent } from '@rujukan/event-store';
import { derivedUuid } from './derived-id.js';

/** What the caller adds to a command: who acts, under which ids, and when. */
export interface CommandContext {
  actor: Actor;
  correlationId: string;
  /** Stable across retries of one request, so its events are stored once. */
  commandId: string;
  /** ISO 8601 time the command was issued. */
  now: string;
  /** The revision the client last saw (If-Match); when given, a moved stream is a conflict with no retry. */
  expectedRevision?: number;
}

export interface CaseCommandResult {
  caseId: string;
  /** Revision of the case stream's last event after the command. */
  revision: number;
  /** Global position of that event, `commit-prepare`; pass it as X-Min-Position to read your own write. */
  position: string;
}

export const MAX_CONFLICT_RETRIES = 3;

/** The case moved while the command was decided, more often than retries allow (or past If-Match). */
export class ConcurrentUpdateError extends Error {
  readonly code = 'CASE.CONCURRENT_UPDATE';
  constructor(
    readonly caseId: string,
    readonly expectedRevision: number,
    readonly actualRevision: number | null,
  ) {
    super('the case changed while the command was being decided; read it again and retry');
    this.name = 'ConcurrentUpdateError';
  }
}

/**
 * Runs one case command: read the stream, fold, decide, append at the revision read; on a conflict
 * re-read and re-decide. Event ids derive from the command id, so a retried command appends nothing twice.
 */
export async function executeCaseCommand(store: EventStore, command: CaseCommand, context: CommandContext): Promise<CaseCommandResult> {
  const { caseId } = command.data;
  const stream = caseStreamName(caseId);
  for (let attempt = 0; ; attempt++) {
    const read = await readForDecision(store, command, context);
    // A retry whose first attempt was appended (but never answered) returns that attempt's result.
    if (read.kind === 'appended') return read.result;
    const events = decide(command, foldCase(read.events.map(toCaseEvent)));
    try {
      const result = await store.append(stream, events.map(toNewEvent(context)), read.revision < 0 ? 'no_stream' : read.revision);
      return { caseId, revision: result.nextExpectedRevision, position: formatPosition(result.position) };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      if (context.expectedRevision !== undefined || attempt >= MAX_CONFLICT_RETRIES) {
        throw new ConcurrentUpdateError(caseId, read.revision, error.actual);
      }
    }
  }
}

/**
 * Decides the command on the case as it stands now and appends nothing: throws the refusal the command
 * would meet (not found, forbidden, a rule of the case, If-Match), so a caller that must write something
 * before the append (sealing creates the victim's data key) refuses first. `executeCaseCommand` still
 * decides again on what it reads then. A retry of a command already appended passes.
 */
export async function refuseBeforeWriting(store: EventStore, command: CaseCommand, context: CommandContext): Promise<void> {
  const read = await readForDecision(store, command, context);
  if (read.kind === 'appended') return;
  decide(command, foldCase(read.events.map(toCaseEvent)));
}

type ReadForDecision = { kind: 'appended'; result: CaseCommandResult } | { kind: 'open'; events: StoredEvent[]; revision: number };

async function readForDecision(store: EventStore, command: CaseCommand, context: CommandContext): Promise<ReadForDecision> {
  const { caseId } = command.data;
  const stored = await store.readStream(caseStreamName(caseId));
  const earlier = stored.filter((event) => event.metadata.commandId === context.commandId);
  if (earlier.length > 0) return { kind: 'appended', result: resultOf(caseId, earlier.at(-1)!) };
  const revision = stored.at(-1)?.revision ?? -1;
  if (context.expectedRevision !== undefined && context.expectedRevision !== revision) {
    throw new ConcurrentUpdateError(caseId, context.expectedRevision, revision);
  }
  return { kind: 'open', events: stored, revision };
}

/** A stored case event as the domain sees it: its type and data. */
export function toCaseEvent(event: StoredEvent): CaseEvent {
  return { type: event.type, data: event.data } as CaseEvent;
}

function toNewEvent(context: CommandContext) {
  return (event: CaseEvent, index: number): NewEvent => ({
    id: derivedUuid(context.commandId, String(index)),
    type: event.type,
    data: event.data as unknown as Record<string, unknown>,
    metadata: {
      actor: context.actor.userId,
      role: context.actor.role,
      agency: context.actor.agency,
      correlationId: context.correlationId,
      causationId: null,
      commandId: context.commandId,
      occurredAt: context.now,
    },
  });
}

function resultOf(caseId: string, event: StoredEvent): CaseCommandResult {
  return { caseId, revision: event.revision, position: formatPosition(event.position) };
}
