import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One row per referral for the statistics, with its case's regions copied in so it is counted in the same scope. */
export class CreateReferralStatistics1763901200000 implements MigrationInterface {
  name = 'CreateReferralStatistics1763901200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE rm_stats_referrals (
        referral_id uuid PRIMARY KEY,
        case_id uuid NOT NULL,
        found_province text NOT NULL,
        found_district text NOT NULL,
        origin_province text,
        origin_district text,
        to_agency text NOT NULL,
        to_agency_type text NOT NULL,
        service text NOT NULL,
        sent_at timestamptz NOT NULL,
        sent_year integer NOT NULL,
        response_deadline timestamptz NOT NULL,
        answer text,
        answered_at timestamptz,
        outcome text,
        completed_at timestamptz,
        last_revision integer NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX rm_stats_referrals_case_idx ON rm_stats_referrals (case_id)`);
    // A rebuild from position 0 fills the new table for referrals already in the log.
    await queryRunner.query(`DELETE FROM projection_checkpoints WHERE name = 'statistics'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE rm_stats_referrals`);
  }
}
