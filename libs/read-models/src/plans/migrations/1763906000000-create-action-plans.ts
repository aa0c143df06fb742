import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The task forces' action plans (RAD), kept by the plans projection from the `plan-<id>` streams:
 * `rm_action_plans` (one row a plan), `rm_plan_items` (its items with the latest value reached) and
 * `rm_plan_progress` (every progress report, one row per event). No victim data: plans are about work.
 */
export class CreateActionPlans1763906000000 implements MigrationInterface {
  name = 'CreateActionPlans1763906000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE rm_action_plans (
        plan_id uuid PRIMARY KEY,
        owner_agency text NOT NULL,
        province_code text,
        title text NOT NULL,
        legal_basis text NOT NULL,
        start_year integer NOT NULL,
        end_year integer NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        updated_at timestamptz NOT NULL,
        last_revision integer NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX rm_action_plans_owner_idx ON rm_action_plans (owner_agency, start_year)`);
    await queryRunner.query(`
      CREATE TABLE rm_plan_items (
        plan_id uuid NOT NULL,
        item_id text NOT NULL,
        pillar text NOT NULL,
        activity text NOT NULL,
        responsible_agency text NOT NULL,
        indicator text NOT NULL,
        target numeric NOT NULL,
        unit text NOT NULL,
        due_date date NOT NULL,
        budget_line text,
        achieved numeric NOT NULL DEFAULT 0,
        last_reported_on date,
        completed_on date,
        added_at timestamptz NOT NULL,
        position integer NOT NULL,
        last_revision integer NOT NULL,
        PRIMARY KEY (plan_id, item_id)
      )`);
    await queryRunner.query(`CREATE INDEX rm_plan_items_due_idx ON rm_plan_items (due_date) WHERE completed_on IS NULL`);
    await queryRunner.query(`
      CREATE TABLE rm_plan_progress (
        plan_id uuid NOT NULL,
        revision integer NOT NULL,
        item_id text NOT NULL,
        reported_on date NOT NULL,
        achieved numeric NOT NULL,
        note text,
        evidence text,
        reported_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (plan_id, revision)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE rm_plan_progress`);
    await queryRunner.query(`DROP TABLE rm_plan_items`);
    await queryRunner.query(`DROP TABLE rm_action_plans`);
  }
}
