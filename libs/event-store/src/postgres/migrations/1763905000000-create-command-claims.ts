import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each command id an append claimed (an Idempotency-Key's command), written by the append statement itself: the
 * row commits with the command's events or not at all. It names the command's last event, so a duplicate answers
 * from the log, and holds the request's fingerprint, so the same key asking something else is refused.
 */
export class CreateCommandClaims1763905000000 implements MigrationInterface {
  name = 'CreateCommandClaims1763905000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE command_claims (
        command_id uuid PRIMARY KEY,
        fingerprint text NOT NULL,
        stream_name text NOT NULL,
        revision bigint NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE command_claims`);
  }
}
