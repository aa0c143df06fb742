import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency-Keys are claimed in `command_claims` by the append statement itself and answered from the log, so the
 * old table of claims and stored answers has no reader or writer left. Its rows answered commands already in the log.
 */
export class DropIdempotencyRecords1796667603834 implements MigrationInterface {
  name = 'DropIdempotencyRecords1796667603834';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS idempotency_records`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE idempotency_records (
        user_id text NOT NULL,
        idempotency_key text NOT NULL,
        request_hash text NOT NULL,
        response_status smallint,
        response_body jsonb,
        claimed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, idempotency_key)
      )`);
  }
}
