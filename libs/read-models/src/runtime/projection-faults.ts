import { isConnectionError, type EventStore, type StoredEvent } from '@rujukan/event-store';
import type { DataSource, EntityManager } from 'typeorm';
import { CheckpointMovedError } from './checkpoint-store.js';
import type { Projection } from './projection.js';

/**
 * Parking: a projection that cannot apply an event sets it aside with its error (`projection_parked_events`),
 * holds back the later events of the same stream behind it (a case's revisions stay in order) and goes on with
 * every other stream. All of it happens inside the transaction of one projection's batch, so it does not depend
 * on how the log is read; `retryParked` applies the set-aside events again, in log order, exactly once.
 */

/** An event a projection could not apply. */
export interface ParkedFault {
  projection: string;
  event: StoredEvent;
  /** The error's name and SQLSTATE, e.g. `QueryFailedError (22008)`: safe to log. */
  error: string;
  /** The error's own message, kept in the table for the operator (it may quote the value), never logged. */
  message: string;
}

export interface BatchOutcome {
  applied: number;
  parked: ParkedFault[];
  /** Events of streams with a parked event, held back in log order. */
  held: StoredEvent[];
}

export interface FaultRow {
  projection: string;
  state: 'parked' | 'held';
  position: string;
  eventId: string;
  streamName: string;
  revision: number;
  eventType: string;
  caseId: string | null;
  error: string | null;
  errorMessage: string | null;
  attempts: number;
  parkedAt: Date;
}

/** How to try a batch: all at once (a fault aborts the transaction), all at once inside a savepoint, or one event at a time. */
export type ApplyMode = 'batch' | 'savepoint' | 'one-by-one';

// SQLSTATE classes that say nothing about the event: connection, transaction state, conflicts and deadlocks,
// resources, objects in use, an operator (statement timeout, shutdown), the server's own trouble.
const TRANSIENT_CLASSES = new Set(['08', '25', '40', '53', '55', '57', '58', 'XX']);

function sqlState(error: unknown): string | null {
  if (error === null || typeof error !== 'object') return null;
  const { code, driverError } = error as { code?: unknown; driverError?: { code?: unknown } };
  const value = typeof code === 'string' ? code : driverError?.code;
  return typeof value === 'string' && /^[0-9A-Z]{5}$/.test(value) ? value : null;
}

/** Whether an error belongs to the event (park it) rather than to the moment (retry the batch later). */
export function isEventFault(error: unknown): boolean {
  if (error instanceof CheckpointMovedError || isConnectionError(error)) return false;
  const code = sqlState(error);
  return code === null || !TRANSIENT_CLASSES.has(code.slice(0, 2));
}

/** Name and SQLSTATE only: what a log line may say of an error (a message may quote values). */
export function describeError(error: unknown): string {
  const name = error instanceof Error ? error.name : typeof error;
  const code = sqlState(error);
  return code ? `${name} (${code})` : name;
}

const faultOf = (projection: string, event: StoredEvent, error: unknown): ParkedFault => ({
  projection,
  event,
  error: describeError(error),
  message: (error instanceof Error ? error.message : String(error)).slice(0, 500),
});

/** The streams among these that hold events set aside for the projection. */
export async function blockedStreams(manager: EntityManager, projection: string, streams: readonly string[]): Promise<Set<string>> {
  const rows: Array<{ stream_name: string }> = await manager.query(
    `SELECT DISTINCT stream_name FROM projection_parked_events WHERE projection = $1 AND stream_name = ANY($2::text[])`,
    [projection, [...new Set(streams)]],
  );
  return new Set(rows.map((r) => r.stream_name));
}

/**
 * Applies the events the projection may apply now: those of `blocked` streams are held. In `batch` mode a fault
 * throws and leaves the transaction aborted (the caller tries again `one-by-one` in a new one); `savepoint` tries
 * the batch inside a savepoint first; `one-by-one` applies each event in a savepoint of its own and parks the one
 * that fails, holding the rest of its stream.
 */
export async function applyOrPark(
  manager: EntityManager,
  projection: Projection,
  events: readonly StoredEvent[],
  blocked: ReadonlySet<string>,
  mode: ApplyMode,
): Promise<BatchOutcome> {
  if (mode !== 'one-by-one') {
    const ready = events.filter((e) => !blocked.has(e.streamName));
    const held = events.filter((e) => blocked.has(e.streamName));
    if (ready.length === 0) return { applied: 0, parked: [], held };
    if (mode === 'batch') {
      await projection.apply(ready, manager);
      return { applied: ready.length, parked: [], held };
    }
    await manager.query('SAVEPOINT projection_batch');
    try {
      await projection.apply(ready, manager);
      await manager.query('RELEASE SAVEPOINT projection_batch');
      return { applied: ready.length, parked: [], held };
    } catch (error) {
      if (!isEventFault(error)) throw error;
      await manager.query('ROLLBACK TO SAVEPOINT projection_batch');
    }
  }
  const holding = new Set(blocked);
  const outcome: BatchOutcome = { applied: 0, parked: [], held: [] };
  for (const event of events) {
    if (holding.has(event.streamName)) {
      outcome.held.push(event);
      continue;
    }
    const fault = await applyOne(manager, projection, event);
    if (fault) {
      outcome.parked.push(fault);
      holding.add(event.streamName);
    } else {
      outcome.applied += 1;
    }
  }
  return outcome;
}

async function applyOne(manager: EntityManager, projection: Projection, event: StoredEvent): Promise<ParkedFault | null> {
  await manager.query('SAVEPOINT projection_event');
  try {
    await projection.apply([event], manager);
    await manager.query('RELEASE SAVEPOINT projection_event');
    return null;
  } catch (error) {
    if (!isEventFault(error)) throw error;
    await manager.query('ROLLBACK TO SAVEPOINT projection_event');
    return faultOf(projection.name, event, error);
  }
}

const CASE_STREAM = /^case-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** Writes what a batch set aside, in one statement, to `projection_parked_events` as the search path finds it. */
export async function recordSetAside(manager: EntityManager, projection: string, outcome: Pick<BatchOutcome, 'parked' | 'held'>): Promise<void> {
  const row = (event: StoredEvent, state: 'parked' | 'held', fault: ParkedFault | null) => ({
    projection,
    commit_position: event.position.commit.toString(),
    prepare_position: event.position.prepare.toString(),
    event_id: event.id,
    stream_name: event.streamName,
    revision: event.revision,
    event_type: event.type,
    case_id: CASE_STREAM.exec(event.streamName)?.[1] ?? null,
    agency: event.metadata.agency ?? null,
    state,
    error: fault?.error ?? null,
    error_message: fault?.message ?? null,
  });
  const rows = [...outcome.parked.map((f) => row(f.event, 'parked', f)), ...outcome.held.map((e) => row(e, 'held', null))];
  if (rows.length === 0) return;
  await manager.query(
    `INSERT INTO projection_parked_events
       (projection, commit_position, prepare_position, event_id, stream_name, revision, event_type, case_id, agency, state, error, error_message)
     SELECT projection, commit_position, prepare_position, event_id, stream_name, revision, event_type, case_id, agency, state, error, error_message
     FROM jsonb_to_recordset($1::jsonb) AS r(projection text, commit_position numeric, prepare_position numeric, event_id uuid, stream_name text,
       revision bigint, event_type text, case_id uuid, agency text, state text, error text, error_message text)
     ON CONFLICT (projection, event_id) DO NOTHING`,
    [JSON.stringify(rows)],
  );
}

export interface RetryOutcome {
  /** Set-aside events applied now, each exactly once. */
  applied: number;
  /** Events still set aside: parked again, or held behind one that was. */
  remaining: number;
  /** Set-aside events the log no longer holds (left in place; `audit verify` names the gap). */
  missing: number;
}

/**
 * Applies a projection's set-aside events again, in log order, after a fix: each applied event leaves the table
 * in the same transaction, which holds the projection's checkpoint row, so the live runner and a second retry
 * wait for it and nothing is applied twice. One that still fails stays parked with its new error, and its
 * stream's later events stay held.
 */
export async function retryParked(store: EventStore, dataSource: DataSource, projection: Projection): Promise<RetryOutcome> {
  return dataSource.transaction(async (manager) => {
    await manager.query(`INSERT INTO projection_checkpoints (name) VALUES ($1) ON CONFLICT (name) DO NOTHING`, [projection.name]);
    await manager.query(`SELECT 1 FROM projection_checkpoints WHERE name = $1 FOR UPDATE`, [projection.name]);
    const rows: Array<{ event_id: string; stream_name: string; revision: number }> = await manager.query(
      `SELECT event_id::text, stream_name, revision::int FROM projection_parked_events WHERE projection = $1 ORDER BY commit_position, prepare_position`,
      [projection.name],
    );
    const events = await setAsideEvents(store, rows);
    const blocked = new Set<string>();
    const outcome: RetryOutcome = { applied: 0, remaining: 0, missing: 0 };
    for (const row of rows) {
      const event = events.get(row.event_id.toLowerCase());
      if (!event) outcome.missing += 1;
      if (!event || blocked.has(row.stream_name)) {
        blocked.add(row.stream_name);
        outcome.remaining += 1;
        continue;
      }
      const fault = await applyOne(manager, projection, event);
      if (fault) {
        await manager.query(
          `UPDATE projection_parked_events SET state = 'parked', error = $3, error_message = $4, attempts = attempts + 1 WHERE projection = $1 AND event_id = $2`,
          [projection.name, event.id, fault.error, fault.message],
        );
        blocked.add(row.stream_name);
        outcome.remaining += 1;
      } else {
        await manager.query(`DELETE FROM projection_parked_events WHERE projection = $1 AND event_id = $2`, [projection.name, event.id]);
        outcome.applied += 1;
      }
    }
    await manager.query(`UPDATE projection_checkpoints SET parked = $2, events_applied = events_applied + $3 WHERE name = $1`, [
      projection.name,
      outcome.remaining,
      outcome.applied,
    ]);
    return outcome;
  });
}

/** The set-aside events as the log holds them, read per stream from the first one set aside. */
async function setAsideEvents(
  store: EventStore,
  rows: ReadonlyArray<{ event_id: string; stream_name: string; revision: number }>,
): Promise<Map<string, StoredEvent>> {
  const first = new Map<string, number>();
  for (const row of rows) first.set(row.stream_name, Math.min(first.get(row.stream_name) ?? row.revision, row.revision));
  const wanted = new Set(rows.map((r) => r.event_id.toLowerCase()));
  const events = new Map<string, StoredEvent>();
  for (const [stream, fromRevision] of first) {
    for (const event of await store.readStream(stream, { fromRevision })) {
      if (wanted.has(event.id.toLowerCase())) events.set(event.id.toLowerCase(), event);
    }
  }
  return events;
}

/** Every set-aside event, or one projection's, in log order. */
export async function listSetAside(db: DataSource | EntityManager, projection?: string): Promise<FaultRow[]> {
  const rows: Array<Record<string, unknown>> = await db.query(
    // ORDER BY names p.*: the bare names would sort the text columns of the same names ('10' before '9').
    `SELECT p.projection, p.state, p.commit_position::text, p.prepare_position::text, p.event_id::text, p.stream_name, p.revision::int, p.event_type,
            p.case_id::text, p.error, p.error_message, p.attempts, p.parked_at
     FROM projection_parked_events p WHERE ($1::text IS NULL OR p.projection = $1)
     ORDER BY p.projection, p.commit_position, p.prepare_position`,
    [projection ?? null],
  );
  return rows.map((r) => ({
    projection: r.projection as string,
    state: r.state as 'parked' | 'held',
    position: `${r.commit_position as string}-${r.prepare_position as string}`,
    eventId: r.event_id as string,
    streamName: r.stream_name as string,
    revision: r.revision as number,
    eventType: r.event_type as string,
    caseId: r.case_id as string | null,
    error: r.error as string | null,
    errorMessage: r.error_message as string | null,
    attempts: r.attempts as number,
    parkedAt: r.parked_at as Date,
  }));
}

/** Per projection: events parked and events held behind them. */
export async function setAsideCounts(db: DataSource | EntityManager): Promise<Map<string, { parked: number; held: number }>> {
  const rows: Array<{ projection: string; parked: number; held: number }> = await db.query(
    `SELECT projection, count(*) FILTER (WHERE state = 'parked')::int AS parked, count(*) FILTER (WHERE state = 'held')::int AS held
     FROM projection_parked_events GROUP BY projection`,
  );
  return new Map(rows.map((r) => [r.projection, { parked: r.parked, held: r.held }]));
}
