import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClaimIdempotencyKeys1763900500000 implements MigrationInterface {
  name = 'ClaimIdempotencyKeys1763900500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A key is claimed before its command runs (no response yet), so two racing requests cannot both run it.
    await queryRunner.query(`ALTER TABLE idempotency_records ALTER COLUMN response_status DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE idempotency_records ALTER COLUMN response_body DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE idempotency_records RENAME COLUMN created_at TO claimed_at`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM idempotency_records WHERE response_status IS NULL`);
    await queryRunner.query(`ALTER TABLE idempotency_records RENAME COLUMN claimed_at TO created_at`);
    await queryRunner.query(`ALTER TABLE idempotency_records ALTER COLUMN response_status SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE idempotency_records ALTER COLUMN response_body SET NOT NULL`);
  }
}
