import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An erased key's earlier row versions are gone only once `victim_keys` is rewritten after every transaction that
 * could still see them has ended. `rewritten_at` records that it was; until then the sweep rewrites again. Keys
 * destroyed before this column existed start unconfirmed, so the first sweep rewrites once for them too.
 */
export class VictimKeysRewritten1763906300000 implements MigrationInterface {
  name = 'VictimKeysRewritten1763906300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE victim_keys ADD COLUMN rewritten_at timestamptz`);
    await queryRunner.query(`CREATE INDEX victim_keys_rewrite_pending_idx ON victim_keys (case_id) WHERE wrapped_key IS NULL AND rewritten_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX victim_keys_rewrite_pending_idx`);
    await queryRunner.query(`ALTER TABLE victim_keys DROP COLUMN rewritten_at`);
  }
}
