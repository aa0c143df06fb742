import type { Position, StoredEvent } from '@rujukan/event-store';
import type { DataSource, EntityManager } from 'typeorm';
import { advanceCheckpoint } from './checkpoint-store.js';
import type { Projection } from './projection.js';
import { applyOrPark, blockedStreams, isEventFault, recordSetAside, type ApplyMode, type BatchOutcome } from './projection-faults.js';

export interface ProjectionBatch {
  /** The checkpoint the batch starts from (compare-and-set). */
  from: Position;
  to: Position;
  events: readonly StoredEvent[];
}

/**
 * One projection's batch in one transaction: the checkpoint moves from `from` to `to` and the events are applied.
 * An event the projection cannot apply does not stop it: the batch is tried again one event at a time, the failing
 * event is parked and the later events of its stream held (see projection-faults.ts), and the checkpoint still
 * moves. Whoever reads the log (one reader per projection, or one for all) calls this per projection.
 * `db` may be the connection that holds the projection's lease: then the batch needs no second connection.
 */
export async function applyProjectionBatch(db: DataSource | EntityManager, projection: Projection, batch: ProjectionBatch): Promise<BatchOutcome> {
  const attempt = (mode: ApplyMode) =>
    db.transaction(async (manager): Promise<BatchOutcome> => {
      const setAside = await advanceCheckpoint(manager, projection.name, batch.from, batch.to, batch.events.length);
      if (batch.events.length === 0) return { applied: 0, parked: [], held: [] };
      // Nothing set aside (the usual case): no query to find which streams wait.
      const blocked =
        setAside > 0
          ? await blockedStreams(
              manager,
              projection.name,
              batch.events.map((e) => e.streamName),
            )
          : new Set<string>();
      const outcome = await applyOrPark(manager, projection, batch.events, blocked, mode);
      const count = outcome.parked.length + outcome.held.length;
      if (count > 0) {
        await recordSetAside(manager, projection.name, outcome);
        await manager.query(`UPDATE projection_checkpoints SET parked = parked + $2, events_applied = events_applied - $2 WHERE name = $1`, [
          projection.name,
          count,
        ]);
      }
      return outcome;
    });
  try {
    return await attempt('batch');
  } catch (error) {
    if (!isEventFault(error)) throw error;
    return attempt('one-by-one');
  }
}
