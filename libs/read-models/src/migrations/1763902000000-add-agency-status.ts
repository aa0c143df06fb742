import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Agencies stop acting (deactivated) or are merged into another (BP2MI became a ministry): the directory keeps
 * them, so history still names them, while commands naming them are refused and their open referrals are listed
 * for the sending owner's supervisor to re-route.
 */
export class AddAgencyStatus1763902000000 implements MigrationInterface {
  name = 'AddAgencyStatus1763902000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE agencies
        ADD COLUMN active boolean NOT NULL DEFAULT true,
        ADD COLUMN merged_into text REFERENCES agencies (code),
        ADD CONSTRAINT agencies_merged_inactive CHECK (merged_into IS NULL OR (NOT active AND merged_into <> code))`);
    // The queue's re-routing list joins open referrals to the agencies that no longer act.
    await queryRunner.query(`CREATE INDEX rm_referrals_to_open_idx ON rm_referrals (to_agency) WHERE status IN ('sent', 'accepted')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX rm_referrals_to_open_idx`);
    await queryRunner.query(`ALTER TABLE agencies DROP CONSTRAINT agencies_merged_inactive, DROP COLUMN merged_into, DROP COLUMN active`);
  }
}
