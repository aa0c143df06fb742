import type { Position } from '@rujukan/event-store';
import type { DataSource, EntityManager } from 'typeorm';

export interface Checkpoint {
  name: string;
  position: Position;
  eventsApplied: number;
  updatedAt: Date;
}

interface CheckpointRow {
  name: string;
  commit_position: string;
  prepare_position: string;
  events_applied: string;
  updated_at: Date;
}

export class CheckpointMovedError extends Error {
  constructor(name: string) {
    super(`checkpoint of projection ${name} was moved by another runner`);
    this.name = 'CheckpointMovedError';
  }
}

export async function loadCheckpoint(db: DataSource | EntityManager, name: string): Promise<Checkpoint> {
  await db.query(`INSERT INTO projection_checkpoints (name) VALUES ($1) ON CONFLICT (name) DO NOTHING`, [name]);
  const [row] = (await db.query(
    `SELECT name, commit_position::text, prepare_position::text, events_applied::text, updated_at
     FROM projection_checkpoints WHERE name = $1`,
    [name],
  )) as CheckpointRow[];
  return toCheckpoint(row);
}

export async function listCheckpoints(db: DataSource | EntityManager): Promise<Checkpoint[]> {
  const rows = (await db.query(
    `SELECT name, commit_position::text, prepare_position::text, events_applied::text, updated_at
     FROM projection_checkpoints ORDER BY name`,
  )) as CheckpointRow[];
  return rows.map(toCheckpoint);
}

/**
 * Moves the checkpoint from `from` to `to`, first thing in the batch's transaction: the row lock
 * orders racing runners, and a runner whose `from` is stale fails instead of applying twice. Returns how many
 * events the projection has set aside (parked or held): the row as it stands once locked, retries included.
 */
export async function advanceCheckpoint(manager: EntityManager, name: string, from: Position, to: Position, applied: number): Promise<number> {
  const result = await manager.queryRunner!.query(
    `UPDATE projection_checkpoints
     SET commit_position = $2, prepare_position = $3, events_applied = events_applied + $6, updated_at = now()
     WHERE name = $1 AND commit_position = $4 AND prepare_position = $5
     RETURNING parked`,
    [name, to.commit.toString(), to.prepare.toString(), from.commit.toString(), from.prepare.toString(), applied],
    true,
  );
  if (result.records.length !== 1) throw new CheckpointMovedError(name);
  return Number((result.records[0] as { parked: number }).parked);
}

function toCheckpoint(row: CheckpointRow): Checkpoint {
  return {
    name: row.name,
    position: { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) },
    eventsApplied: Number(row.events_applied),
    updatedAt: row.updated_at,
  };
}
