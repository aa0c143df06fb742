import { foldCase, upcastSealedValues, type CaseEvent, type CaseState } from '@rujukan/domain';
import type { Position, StoredEvent } from '@rujukan/event-store';

/** What a process last knew of one case stream: its revision, the fold of its events, and the commands in it. */
export interface KnownCase {
  readonly revision: number;
  readonly state: CaseState;
  /** Each command id in the stream, with the revision and position of its last event. */
  readonly commands: ReadonlyMap<string, { revision: number; position: Position }>;
}

/**
 * The cases this process decided most recently, folded, so a command on a case it knows does not read and
 * fold the whole stream again. What it holds is never trusted for correctness: a command decided on it
 * appends at its revision, and if another process moved the stream since, the append fails on the expected
 * revision and the command reads only the events after it. Bounded: the least recently used case makes way.
 */
export class CaseStateCache {
  private readonly cases = new Map<string, KnownCase>();

  constructor(readonly maxCases = 2_000) {}

  get size(): number {
    return this.cases.size;
  }

  get(stream: string): KnownCase | undefined {
    const known = this.cases.get(stream);
    if (known) {
      // Most recently used last: Map keeps insertion order.
      this.cases.delete(stream);
      this.cases.set(stream, known);
    }
    return known;
  }

  /** Keeps `known` unless the cache already holds a later revision of the stream (a concurrent command's). */
  remember(stream: string, known: KnownCase): void {
    const held = this.cases.get(stream);
    if (held && held.revision > known.revision) return;
    this.cases.delete(stream);
    this.cases.set(stream, known);
    while (this.cases.size > this.maxCases) this.cases.delete(this.cases.keys().next().value!);
  }

  forget(stream: string): void {
    this.cases.delete(stream);
  }
}

/** `known` (or nothing) followed by `events`, the stream's events after it in order. */
export function extendKnownCase(known: KnownCase | undefined, events: readonly StoredEvent[]): KnownCase {
  if (events.length === 0 && known) return known;
  const commands = new Map(known?.commands);
  for (const event of events) commands.set(event.metadata.commandId, { revision: event.revision, position: event.position });
  return {
    revision: events.at(-1)?.revision ?? known?.revision ?? -1,
    state: foldCase(events.map(toCaseEvent), known?.state),
    commands,
  };
}

/** A stored case event as the domain sees it: its type and data. */
export function toCaseEvent(event: StoredEvent): CaseEvent {
  // Sealed values of events recorded before they were typed, read by each event type's schema.
  return upcastSealedValues({ type: event.type, data: event.data } as CaseEvent);
}
