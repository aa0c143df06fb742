import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The case summary keeps who reported the case (an agency of the directory) and the return leg from abroad (where she
 * left from, where she entered Indonesia, when and how), apart from the repatriation home. Both null on rows of cases
 * that recorded neither; no projection needs rebuilding (no event before this carried them).
 */
export class IntakeReportingAgencyAndReturnLeg1796678819381 implements MigrationInterface {
  name = 'IntakeReportingAgencyAndReturnLeg1796678819381';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE rm_case_summaries ADD COLUMN reporting_agency text, ADD COLUMN return_leg jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE rm_case_summaries DROP COLUMN return_leg, DROP COLUMN reporting_agency`);
  }
}
