import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One data key per case, stored only wrapped by a master key. Erasure sets `wrapped_key` to NULL: the
 * row stays as the record that the key existed and was destroyed, by whom, when and on what legal basis.
 */
export class CreateVictimKeys1763900900000 implements MigrationInterface {
  name = 'CreateVictimKeys1763900900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE victim_keys (
        case_id uuid PRIMARY KEY,
        master_key_id text NOT NULL,
        wrapped_key bytea,
        created_at timestamptz NOT NULL DEFAULT now(),
        destroyed_at timestamptz,
        destroyed_by text,
        legal_basis text,
        CHECK ((wrapped_key IS NULL) = (destroyed_at IS NOT NULL))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE victim_keys`);
  }
}
