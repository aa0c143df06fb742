import type { QueryRunner } from 'typeorm';

const FAULT_COLUMNS = `commit_position, prepare_position, event_id, stream_name, revision, event_type, case_id, agency, state, error, error_message, attempts, parked_at`;

/**
 * Hands the tables of projection `from` over to the projections that take them, so that none re-applies or skips an
 * event: each starts at the checkpoint `from` had (its count of events applied too) and takes the events `from` had
 * set aside (parked or held) of the types it handles. With `keeps`, `from` goes on with the set-aside events of those
 * types; without, it is gone. The types are written out in the migration: they are what they were when it ran.
 */
export async function handOverProjection(
  queryRunner: QueryRunner,
  from: string,
  to: Readonly<Record<string, readonly string[]>>,
  keeps: readonly string[] | null,
): Promise<void> {
  await lockCheckpoints(queryRunner, [from, ...Object.keys(to)]);
  for (const [name, types] of Object.entries(to)) {
    await queryRunner.query(
      `INSERT INTO projection_checkpoints (name, commit_position, prepare_position, events_applied, updated_at)
       SELECT $2, commit_position, prepare_position, events_applied, updated_at FROM projection_checkpoints WHERE name = $1
       ON CONFLICT (name) DO NOTHING`,
      [from, name],
    );
    await queryRunner.query(
      `INSERT INTO projection_parked_events (projection, ${FAULT_COLUMNS})
       SELECT $2, ${FAULT_COLUMNS} FROM projection_parked_events WHERE projection = $1 AND event_type = ANY($3::text[])
       ON CONFLICT (projection, event_id) DO NOTHING`,
      [from, name, types],
    );
  }
  // An event held behind one whose type went to another projection (or stayed with `from`) would wait there for a
  // fault no one can see or retry: it is parked instead, so status names it and a retry applies it.
  await queryRunner.query(
    `UPDATE projection_parked_events t SET state = 'parked', error = 'HandedOver',
       error_message = 'held behind an event of another projection when ' || $2 || ' was split: retry to apply it'
     WHERE t.projection = ANY($1::text[]) AND t.state = 'held'
       AND NOT EXISTS (SELECT 1 FROM projection_parked_events p WHERE p.projection = t.projection AND p.stream_name = t.stream_name AND p.state = 'parked')`,
    [[...Object.keys(to), ...(keeps ? [from] : [])], from],
  );
  if (keeps) {
    await queryRunner.query(`DELETE FROM projection_parked_events WHERE projection = $1 AND NOT event_type = ANY($2::text[])`, [from, keeps]);
  } else {
    await queryRunner.query(`DELETE FROM projection_parked_events WHERE projection = $1`, [from]);
    await queryRunner.query(`DELETE FROM projection_checkpoints WHERE name = $1`, [from]);
  }
  await countSetAside(queryRunner, [from, ...Object.keys(to)]);
}

/**
 * Gives the tables back to `from` (a migration's down): it starts at the earliest checkpoint of those that held them,
 * so it skips nothing (the rows' revision guards make what it applies again change nothing), and takes back their
 * set-aside events.
 */
export async function takeBackProjection(queryRunner: QueryRunner, from: string, to: readonly string[]): Promise<void> {
  await lockCheckpoints(queryRunner, [from, ...to]);
  await queryRunner.query(
    `WITH earliest AS (
       SELECT commit_position, prepare_position, events_applied, updated_at FROM projection_checkpoints
       WHERE name = $1 OR name = ANY($2::text[]) ORDER BY commit_position, prepare_position LIMIT 1)
     INSERT INTO projection_checkpoints (name, commit_position, prepare_position, events_applied, updated_at)
     SELECT $1, commit_position, prepare_position, events_applied, updated_at FROM earliest
     ON CONFLICT (name) DO UPDATE SET commit_position = excluded.commit_position, prepare_position = excluded.prepare_position`,
    [from, to],
  );
  await queryRunner.query(
    `INSERT INTO projection_parked_events (projection, ${FAULT_COLUMNS})
     SELECT DISTINCT ON (event_id) $1, ${FAULT_COLUMNS} FROM projection_parked_events WHERE projection = ANY($2::text[])
     ORDER BY event_id, state DESC
     ON CONFLICT (projection, event_id) DO NOTHING`,
    [from, to],
  );
  await queryRunner.query(`DELETE FROM projection_parked_events WHERE projection = ANY($1::text[])`, [to]);
  await queryRunner.query(`DELETE FROM projection_checkpoints WHERE name = ANY($1::text[])`, [to]);
  await countSetAside(queryRunner, [from]);
}

/** Each checkpoint row counts its projection's set-aside events: the runner learns from it whether it must look. */
async function countSetAside(queryRunner: QueryRunner, names: readonly string[]): Promise<void> {
  await queryRunner.query(
    `UPDATE projection_checkpoints c SET parked = (SELECT count(*) FROM projection_parked_events p WHERE p.projection = c.name) WHERE c.name = ANY($1::text[])`,
    [names],
  );
}

/**
 * Holds the checkpoint rows until the migration commits: a projector still running the old projections waits, so
 * no batch lands between the copy of a table and the copy of the checkpoint it stands at.
 */
export async function lockCheckpoints(queryRunner: QueryRunner, names: readonly string[]): Promise<void> {
  await queryRunner.query(`SELECT 1 FROM projection_checkpoints WHERE name = ANY($1::text[]) ORDER BY name FOR UPDATE`, [names]);
}
