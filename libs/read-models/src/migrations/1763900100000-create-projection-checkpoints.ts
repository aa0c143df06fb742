import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateProjectionCheckpoints1763900100000 implements MigrationInterface {
  name = 'CreateProjectionCheckpoints1763900100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // numeric(20) holds any engine's unsigned 64-bit log position (PostgreSQL xid8, EventStoreDB commit/prepare).
    await queryRunner.query(`
      CREATE TABLE projection_checkpoints (
        name text PRIMARY KEY,
        commit_position numeric(20, 0) NOT NULL DEFAULT 0,
        prepare_position numeric(20, 0) NOT NULL DEFAULT 0,
        events_applied bigint NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE projection_checkpoints`);
  }
}
