import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The MoU register, kept by the mous projection from the `mou-<id>` streams: `rm_mous` (one row an MoU) and
 * `rm_mou_provinces` (the provinces each binds, for finding the MoU of a province pair). A transfer's MoU is kept
 * in `rm_transfers.mou_id` (null: the transfer names none, or was asked before transfers named one).
 */
export class CreateMouRegister1796667805304 implements MigrationInterface {
  name = 'CreateMouRegister1796667805304';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE rm_mous (
        mou_id uuid PRIMARY KEY,
        recorded_by text NOT NULL,
        reference text NOT NULL,
        title text NOT NULL,
        parties jsonb NOT NULL,
        scopes text[] NOT NULL,
        signed_on date NOT NULL,
        expires_on date,
        terminated_on date,
        document text,
        illustrative boolean NOT NULL,
        recorded_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        last_revision integer NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE rm_mou_provinces (
        mou_id uuid NOT NULL,
        province_code text NOT NULL,
        PRIMARY KEY (mou_id, province_code)
      )`);
    await queryRunner.query(`CREATE INDEX rm_mou_provinces_province_idx ON rm_mou_provinces (province_code)`);
    await queryRunner.query(`ALTER TABLE rm_transfers ADD COLUMN mou_id uuid`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE rm_transfers DROP COLUMN mou_id`);
    await queryRunner.query(`DROP TABLE rm_mou_provinces`);
    await queryRunner.query(`DROP TABLE rm_mous`);
  }
}
