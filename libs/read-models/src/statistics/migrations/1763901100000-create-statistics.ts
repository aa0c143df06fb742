import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per case for the task forces' statistics: categories only, never an identifying field (no
 * initials, no names, no free text). Counting is a GROUP BY over this table, never a scan of events.
 */
export class CreateStatistics1763901100000 implements MigrationInterface {
  name = 'CreateStatistics1763901100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE rm_stats_cases (
        case_id uuid PRIMARY KEY,
        opened_at timestamptz NOT NULL,
        opened_year integer NOT NULL,
        opened_month integer NOT NULL,
        found_province text NOT NULL,
        found_district text NOT NULL,
        channel text NOT NULL,
        origin_province text,
        origin_district text,
        sex text,
        age_group text,
        nationality text,
        victim_status text,
        destination_country text,
        exploitation_types text[] NOT NULL DEFAULT '{}',
        recruitment_methods text[] NOT NULL DEFAULT '{}',
        modus text[] NOT NULL DEFAULT '{}',
        transit_points text[] NOT NULL DEFAULT '{}',
        stage text NOT NULL,
        closure_reason text,
        closed_at timestamptz,
        last_revision integer NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX rm_stats_cases_found_idx ON rm_stats_cases (found_province, found_district, opened_at)`);
    await queryRunner.query(`CREATE INDEX rm_stats_cases_origin_idx ON rm_stats_cases (origin_province, origin_district)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE rm_stats_cases`);
  }
}
