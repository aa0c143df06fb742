import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events a projection could not apply, parked with the error, and the later events of the same stream it holds
 * back behind them (so a case's revisions stay in order), one row each; every other stream goes on. The
 * checkpoint row counts them, so a batch learns in the statement that moves its checkpoint whether it must look.
 */
export class CreateProjectionFaults1763903000000 implements MigrationInterface {
  name = 'CreateProjectionFaults1763903000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE projection_checkpoints ADD COLUMN parked integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`
      CREATE TABLE projection_parked_events (
        projection text NOT NULL,
        commit_position numeric(20, 0) NOT NULL,
        prepare_position numeric(20, 0) NOT NULL,
        event_id uuid NOT NULL,
        stream_name text NOT NULL,
        revision bigint NOT NULL,
        event_type text NOT NULL,
        case_id uuid,
        agency text,
        state text NOT NULL CHECK (state IN ('parked', 'held')),
        error text,
        error_message text,
        attempts integer NOT NULL DEFAULT 1,
        parked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (projection, event_id)
      )`);
    await queryRunner.query(`CREATE INDEX projection_parked_events_stream_idx ON projection_parked_events (projection, stream_name)`);
    await queryRunner.query(`CREATE INDEX projection_parked_events_case_idx ON projection_parked_events (case_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE projection_parked_events`);
    await queryRunner.query(`ALTER TABLE projection_checkpoints DROP COLUMN parked`);
  }
}
