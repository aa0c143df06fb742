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

/** What a read waiting for `position` asks about one projection: its event types, and its checkpoint when known here. */
export interface TargetQuestion {
  projection: string;
  eventTypes: readonly string[];
  /** The checkpoint its runner in this process committed; absent: the one in projection_checkpoints. */
  checkpoint?: Position;
}

/**
 * For every projection at once, in one statement: the last event of its types after its checkpoint and up to
 * `position`, i.e. what a read waiting for `position` needs it to have applied. A projection that needs nothing
 * (caught up, or behind only over events it ignores) is not in the answer.
 */
export async function lastEventsOfTypes(db: SqlRunner, questions: readonly TargetQuestion[], position: Position): Promise<Map<string, Position>> {
  if (questions.length === 0) return new Map();
  const rows = (await db.query(
    `SELECT p.name, e.commit, e.prepare
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS p(name, types, commit, prepare)
       LEFT JOIN projection_checkpoints c ON p.commit IS NULL AND c.name = p.name
       CROSS JOIN LATERAL (
         SELECT e.transaction_id::text AS commit, e.global_position::text AS prepare FROM events e
         WHERE (e.transaction_id, e.global_position) > (coalesce(p.commit, c.commit_position::text, '0')::xid8, coalesce(p.prepare, c.prepare_position::text, '0')::bigint)
           AND (e.transaction_id, e.global_position) <= ($5::text::xid8, $6::bigint)
           AND e.type = ANY(string_to_array(p.types, ','))
         ORDER BY e.transaction_id DESC, e.global_position DESC
         LIMIT 1
       ) e`,
    [
      questions.map((q) => q.projection),
      questions.map((q) => q.eventTypes.join(',')),
      questions.map((q) => q.checkpoint?.commit.toString() ?? null),
      questions.map((q) => q.checkpoint?.prepare.toString() ?? null),
      position.commit.toString(),
      position.prepare.toString(),
    ],
  )) as Array<{ name: string; commit: string; prepare: string }>;
  return new Map(rows.map((r) => [r.name, { commit: BigInt(r.commit), prepare: BigInt(r.prepare) }]));
}

/** How far the projections are, for the operators' health check and metrics. */
export class ProjectionProgressQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Each projection's checkpoint, for reads that wait for the projections (`X-Min-Position`). */
  checkpointPositions(projections: readonly string[]): Promise<Map<string, Position>> {
    return checkpointPositions(this.dataSource, projections);
  }

  /** lastEventsOfTypes: every projection a read waits for, in one statement. */
  lastEventsOfTypes(questions: readonly TargetQuestion[], position: Position): Promise<Map<string, Position>> {
    return lastEventsOfTypes(this.dataSource, questions, position);
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
