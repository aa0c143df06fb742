import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCaseReadModels1763900600000 implements MigrationInterface {
  name = 'CreateCaseReadModels1763900600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Every row remembers the case revision it reflects: replaying an event it already holds changes nothing.
    await queryRunner.query(`
      CREATE TABLE rm_case_summaries (
        case_id uuid PRIMARY KEY,
        owner_agency text NOT NULL,
        former_owners text[] NOT NULL DEFAULT '{}',
        stage text NOT NULL,
        status text NOT NULL,
        channel text NOT NULL,
        found_district_code text NOT NULL,
        victim_initials text,
        victim_sex text,
        victim_is_child boolean,
        origin_province_code text,
        origin_district_code text,
        victim_status text,
        risk_level text,
        open_referrals integer NOT NULL DEFAULT 0,
        legal jsonb NOT NULL DEFAULT '{}',
        flags text[] NOT NULL DEFAULT '{}',
        next_action text,
        opened_at timestamptz NOT NULL,
        closed_at timestamptz,
        updated_at timestamptz NOT NULL,
        last_revision integer NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX rm_case_summaries_owner_idx ON rm_case_summaries (owner_agency, stage)`);
    await queryRunner.query(`
      CREATE TABLE rm_referrals (
        referral_id uuid PRIMARY KEY,
        case_id uuid NOT NULL,
        from_agency text NOT NULL,
        to_agency text NOT NULL,
        to_agency_type text NOT NULL,
        service text NOT NULL,
        reason text NOT NULL,
        shares_identity boolean NOT NULL,
        status text NOT NULL,
        sent_at timestamptz NOT NULL,
        response_deadline timestamptz NOT NULL,
        answered_at timestamptz,
        completed_at timestamptz,
        outcome text,
        answer_reason text,
        updated_at timestamptz NOT NULL,
        last_revision integer NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX rm_referrals_to_idx ON rm_referrals (to_agency, status, response_deadline)`);
    await queryRunner.query(`CREATE INDEX rm_referrals_from_idx ON rm_referrals (from_agency, status)`);
    await queryRunner.query(`CREATE INDEX rm_referrals_case_idx ON rm_referrals (case_id)`);
    await queryRunner.query(`
      CREATE TABLE rm_case_timeline (
        case_id uuid NOT NULL,
        revision integer NOT NULL,
        event_type text NOT NULL,
        actor text NOT NULL,
        role text NOT NULL,
        agency text NOT NULL,
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL,
        summary text NOT NULL,
        reason text,
        PRIMARY KEY (case_id, revision)
      )`);
    await queryRunner.query(`
      CREATE TABLE rm_deadlines (
        deadline_id text PRIMARY KEY,
        case_id uuid NOT NULL,
        kind text NOT NULL,
        subject_id text NOT NULL,
        responsible_agency text NOT NULL,
        due_at timestamptz NOT NULL,
        status text NOT NULL,
        started_at timestamptz NOT NULL,
        ended_at timestamptz,
        last_revision integer NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX rm_deadlines_due_idx ON rm_deadlines (status, due_at)`);
    await queryRunner.query(`CREATE INDEX rm_deadlines_case_idx ON rm_deadlines (case_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE rm_deadlines, rm_case_timeline, rm_referrals, rm_case_summaries`);
  }
}
