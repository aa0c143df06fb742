import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Statistics of time in each stage and of the 7-day service clock: one row per stage period of a case and
 * one per requested service. Neither copies the case's regions: queries join `rm_stats_cases`, so a period
 * or a service counts in the same scope as its case, with the origin as it stands now.
 */
export class CreateStageAndServiceStatistics1763901300000 implements MigrationInterface {
  name = 'CreateStageAndServiceStatistics1763901300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A period is named by the revision of the event that opened it, so replaying that event finds it again.
    await queryRunner.query(`
      CREATE TABLE rm_stats_stage_periods (
        case_id uuid NOT NULL,
        entered_revision integer NOT NULL,
        stage text NOT NULL,
        entered_at timestamptz NOT NULL,
        left_at timestamptz,
        left_by text CHECK (left_by IN ('advanced', 'skipped', 'closed')),
        last_revision integer NOT NULL,
        PRIMARY KEY (case_id, entered_revision)
      )`);
    await queryRunner.query(`CREATE INDEX rm_stats_stage_periods_open_idx ON rm_stats_stage_periods (case_id) WHERE left_at IS NULL`);
    await queryRunner.query(`
      CREATE TABLE rm_stats_services (
        case_id uuid NOT NULL,
        service_id text NOT NULL,
        service text NOT NULL,
        provider_agency text NOT NULL,
        requested_at timestamptz NOT NULL,
        requested_year integer NOT NULL,
        due_by timestamptz NOT NULL,
        delivered_at timestamptz,
        on_time boolean,
        overdue_flagged_at timestamptz,
        cancelled_at timestamptz,
        last_revision integer NOT NULL,
        PRIMARY KEY (case_id, service_id)
      )`);
    // A rebuild from position 0 fills the new tables for cases already in the log; the other tables' guards keep their rows.
    await queryRunner.query(`DELETE FROM projection_checkpoints WHERE name = 'statistics'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE rm_stats_services`);
    await queryRunner.query(`DROP TABLE rm_stats_stage_periods`);
  }
}
