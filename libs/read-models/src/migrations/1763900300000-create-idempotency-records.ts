import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdempotencyRecords1763900300000 implements MigrationInterface {
  name = 'CreateIdempotencyRecords1763900300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Keys are scoped per user: two users choosing the same key never see each other's response.
    await queryRunner.query(`
      CREATE TABLE idempotency_records (
        user_id text NOT NULL,
        idempotency_key text NOT NULL,
        request_hash text NOT NULL,
        response_status smallint NOT NULL,
        response_body jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, idempotency_key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE idempotency_records`);
  }
}
