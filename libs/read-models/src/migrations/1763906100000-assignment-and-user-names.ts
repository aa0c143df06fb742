import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who carries each case in its owning agency (`rm_case_summaries.assignee`, from CaseAssigned; no event before this
 * one assigned anything, so null is right for every row already there), and the name a console shows for a user,
 * which administrators record beside the agency and role (null: the console shows the user id).
 */
export class AssignmentAndUserNames1763906100000 implements MigrationInterface {
  name = 'AssignmentAndUserNames1763906100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE rm_case_summaries ADD COLUMN assignee text`);
    await queryRunner.query(`CREATE INDEX rm_case_summaries_assignee_idx ON rm_case_summaries (owner_agency, assignee) WHERE status = 'open'`);
    await queryRunner.query(`ALTER TABLE users ADD COLUMN name text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE users DROP COLUMN name`);
    await queryRunner.query(`DROP INDEX rm_case_summaries_assignee_idx`);
    await queryRunner.query(`ALTER TABLE rm_case_summaries DROP COLUMN assignee`);
  }
}
