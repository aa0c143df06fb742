import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The users administrators manage. The identity provider vouches for who someone is; this table says
 * whether Rujukan still lets them act and for which agency and role: a deactivated user is refused at
 * once, before the token expires, and a token whose agency or role differs from the record is refused.
 */
export class CreateUsers1763901000000 implements MigrationInterface {
  name = 'CreateUsers1763901000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE users (
        user_id text PRIMARY KEY,
        agency text NOT NULL,
        role text NOT NULL,
        active boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL
      )`);
    await queryRunner.query(`ALTER TABLE agencies ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(), ADD COLUMN updated_by text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE agencies DROP COLUMN updated_at, DROP COLUMN updated_by`);
    await queryRunner.query(`DROP TABLE users`);
  }
}
