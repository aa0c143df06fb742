import type { Position } from '@rujukan/event-store';
import type { DataSource } from 'typeorm';
import type { SqlRunner } from '../runtime/sql-runner.js';
import { setAsideCounts } from './projection-faults.js';

/** Each named projection's checkpoint; one never run has none. */
export async function checkpointPositions(db: SqlRunner, projections: readonly string[]): Promise<Map<string, Position>> {
  const rows = (await db.query(`SELECT name, commit_position::text, prepare_position::text FROM projection_checkpoints WHERE name = ANY($1)`, [
    projections,
  ])) as Array<{ name: string; commit_position: string; prepare_position: string }>;
  return new Map(rows.map((r) => [r.name, { commit: BigInt(r.commit_position), prepare: BigInt(r.prepare_position) }]));
}

/** The last event of `eventTypes` after `checkpoint` and up to `position` in PostgreSQL's event log; null when none. */
export async function lastEventOfTypes(db: SqlRunner, eventTypes: readonly string[], checkpoint: Position, position: Position): Promise<Position | null> {
  const rows = (await db.query(
    `SELECT e.transaction_id::text AS commit, e.global_position::text AS prepare FROM events e
       WHERE (e.transaction_id, e.global_position) > ($1::text::xid8, $2::bigint)
         AND (e.transaction_id, e.global_position) <= ($3::text::xid8, $4::bigint)
         AND e.type = ANY($5)
       ORDER BY e.transaction_id DESC, e.global_position DESC
       LIMIT 1`,
    [checkpoint.commit.toString(), checkpoint.prepare.toString(), position.commit.toString(), position.prepare.toString(), eventTypes],
  )) as Array<{ commit: string; prepare: string }>;
  return rows.length === 0 ? null : { commit: BigInt(rows[0]!.commit), prepare: BigInt(rows[0]!.prepare) };
}

/** How far the projections are, for the operators' health check and metrics. */
export class ProjectionProgressQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Each projection's checkpoint, for reads that wait for the projections (`X-Min-Position`). */
  checkpointPositions(projections: readonly string[]): Promise<Map<string, Position>> {
    return checkpointPositions(this.dataSource, projections);
  }

  /** The last event of these types after `checkpoint` up to `position`: what a waiting read still needs applied. */
  lastEventOfTypes(eventTypes: readonly string[], checkpoint: Position, position: Position): Promise<Position | null> {
    return lastEventOfTypes(this.dataSource, eventTypes, checkpoint, position);
  }

  /** Whether the read models' database answers at all; throws when it does not. */
  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }

  /** Age in seconds of the oldest event of `eventTypes` the projection has not applied yet, in PostgreSQL's event log; 0 when caught up. */
  async lagSeconds(projection: string, eventTypes: readonly string[]): Promise<number> {
    const [row]: Array<{ age: number | null }> = await this.dataSource.query(
      `SELECT extract(epoch FROM now() - e.recorded_at)::float8 AS age
             FROM projection_checkpoints c
             RIGHT JOIN (SELECT $1::text AS name) p ON p.name = c.name
             CROSS JOIN LATERAL (
               SELECT recorded_at FROM events
               WHERE (transaction_id, global_position) > (coalesce(c.commit_position, 0)::text::xid8, coalesce(c.prepare_position, 0)::bigint)
                 AND type = ANY($2)
               ORDER BY transaction_id, global_position LIMIT 1
             ) e`,
      [projection, eventTypes],
    );
    return Math.max(0, row?.age ?? 0);
  }

  /** Per projection: events parked and events held behind them. */
  setAsideCounts(): Promise<Map<string, { parked: number; held: number }>> {
    return setAsideCounts(this.dataSource);
  }
}
