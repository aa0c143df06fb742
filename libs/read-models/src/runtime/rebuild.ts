import { START, type EventStore, type Position, type StoredEvent } from '@rujukan/event-store';
import type { DataSource, EntityManager } from 'typeorm';
import type { Projection } from './projection.js';
import { applyOrPark, isEventFault, recordSetAside, type ApplyMode, type BatchOutcome, type ParkedFault } from './projection-faults.js';

export interface RebuildOptions {
  batchSize?: number;
  /** Told how far the rebuild has come, after every batch. */
  onProgress?: (eventsApplied: number, position: Position) => void;
  /** An event the projection could not apply was parked; the rebuild goes on with every other stream. */
  onParked?: (fault: ParkedFault) => void;
}

export interface RebuildResult {
  eventsApplied: number;
  /** Events set aside: parked, or held behind a parked event of their stream. They replace the projection's earlier set. */
  setAside: number;
  position: Position;
}

/**
 * Rebuilds a projection from position 0 into shadow copies of its tables, in a schema of their own,
 * while the live tables keep answering queries; then, in one transaction that holds the projection's
 * checkpoint row, applies what arrived meanwhile, swaps the shadow tables in and sets the checkpoint.
 * The live runner's next batch then finds its checkpoint moved, and resumes from the new one.
 */
export async function rebuildProjection(
  store: EventStore,
  dataSource: DataSource,
  projection: Projection,
  tables: readonly string[],
  options: RebuildOptions = {},
): Promise<RebuildResult> {
  const schema = `rebuild_${projection.name.replace(/[^a-z0-9]+/g, '_')}`;
  const batchSize = options.batchSize ?? 1000;
  await dataSource.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await dataSource.query(`CREATE SCHEMA ${schema}`);
  for (const table of tables) {
    await dataSource.query(`CREATE TABLE ${schema}.${table} (LIKE public.${table} INCLUDING ALL)`);
  }
  // Events it cannot apply are parked in a shadow copy of the parked table too: they replace the live set at the swap.
  await dataSource.query(`CREATE TABLE ${schema}.projection_parked_events (LIKE public.projection_parked_events INCLUDING ALL)`);
  let position = START;
  let applied = 0;
  let setAside = 0;
  const blocked = new Set<string>();
  // The projection writes unqualified table names; the search path points them at the shadow copies.
  const applyInShadow = async (manager: EntityManager, events: readonly StoredEvent[], mode: ApplyMode): Promise<BatchOutcome> => {
    await manager.query(`SET LOCAL search_path TO ${schema}, public`);
    const outcome = await applyOrPark(manager, projection, events, blocked, mode);
    await recordSetAside(manager, projection.name, outcome);
    return outcome;
  };
  const account = (outcome: BatchOutcome) => {
    applied += outcome.applied;
    setAside += outcome.parked.length + outcome.held.length;
    for (const fault of outcome.parked) {
      blocked.add(fault.event.streamName);
      options.onParked?.(fault);
    }
  };
  const inOwnTransaction = async (events: readonly StoredEvent[]): Promise<BatchOutcome> => {
    try {
      return await dataSource.transaction((m) => applyInShadow(m, events, 'batch'));
    } catch (error) {
      if (!isEventFault(error)) throw error;
      return dataSource.transaction((m) => applyInShadow(m, events, 'one-by-one'));
    }
  };
  const catchUp = async (manager: EntityManager | null) => {
    for (;;) {
      const page = await store.readAll({ after: position, maxCount: batchSize, filter: { eventTypes: projection.eventTypes } });
      if (page.events.length > 0) account(manager ? await applyInShadow(manager, page.events, 'savepoint') : await inOwnTransaction(page.events));
      position = page.next;
      options.onProgress?.(applied, position);
      if (page.endOfLog) return;
    }
  };
  try {
    await catchUp(null);
    await dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO projection_checkpoints (name) VALUES ($1) ON CONFLICT (name) DO NOTHING`, [projection.name]);
      // Holding the checkpoint row makes the live runner's next batch wait, then fail its compare-and-set.
      await manager.query(`SELECT 1 FROM projection_checkpoints WHERE name = $1 FOR UPDATE`, [projection.name]);
      await catchUp(manager);
      for (const table of tables) await swapIn(manager, schema, table);
      await manager.query(`DELETE FROM public.projection_parked_events WHERE projection = $1`, [projection.name]);
      await manager.query(`INSERT INTO public.projection_parked_events SELECT * FROM ${schema}.projection_parked_events`);
      await manager.query(
        `UPDATE public.projection_checkpoints
         SET commit_position = $2, prepare_position = $3, events_applied = $4, parked = $5, updated_at = now() WHERE name = $1`,
        [projection.name, position.commit.toString(), position.prepare.toString(), applied, setAside],
      );
    });
  } finally {
    await dataSource.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }
  return { eventsApplied: applied, setAside, position };
}

/** Replaces public.<table> with the shadow copy, keeping the live table's index names (migrations name them). */
async function swapIn(manager: EntityManager, schema: string, table: string): Promise<void> {
  const indexes = async (namespace: string): Promise<Array<{ name: string; definition: string }>> =>
    manager.query(
      `SELECT c.relname AS name, regexp_replace(pg_get_indexdef(i.indexrelid), '^.* USING ', '') AS definition
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
       JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE n.nspname = $1 AND t.relname = $2`,
      [namespace, table],
    );
  const live = await indexes('public');
  const shadow = await indexes(schema);
  await manager.query(`DROP TABLE public.${table}`);
  await manager.query(`ALTER TABLE ${schema}.${table} SET SCHEMA public`);
  for (const index of shadow) {
    const original = live.find((l) => l.definition === index.definition);
    if (original && original.name !== index.name) await manager.query(`ALTER INDEX public.${index.name} RENAME TO ${original.name}`);
  }
}
