import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An erasure is recorded as an event and then its key destroyed: two writes that no transaction spans. The key row
 * is marked first, so an erasure a crash interrupted in between is found and finished (or let go) by the sweep.
 */
export class ErasuresInProgress1763902300000 implements MigrationInterface {
  name = 'ErasuresInProgress1763902300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE victim_keys ADD COLUMN erasing_since timestamptz`);
    await queryRunner.query(`CREATE INDEX victim_keys_erasing_idx ON victim_keys (erasing_since) WHERE erasing_since IS NOT NULL AND wrapped_key IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX victim_keys_erasing_idx`);
    await queryRunner.query(`ALTER TABLE victim_keys DROP COLUMN erasing_since`);
  }
}
