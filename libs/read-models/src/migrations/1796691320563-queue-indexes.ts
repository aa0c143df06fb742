import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The agency queue's case list takes each open case's next running clock: an index of the clocks that run, by
 * case and time, answers it in one step per case (the planner had combined the case index with the one on
 * status and time, reading every running clock of the country for each case). Sent referrals by case: the
 * owner's "awaiting others" list, and the re-route list, look them up for the cases the agency owns.
 */
export class QueueIndexes1796691320563 implements MigrationInterface {
  name = 'QueueIndexes1796691320563';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX rm_deadlines_case_running_idx ON rm_deadlines (case_id, due_at) WHERE status IN ('running', 'overdue')`);
    await queryRunner.query(`CREATE INDEX rm_referrals_case_open_idx ON rm_referrals (case_id) WHERE status IN ('sent', 'accepted')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX rm_referrals_case_open_idx`);
    await queryRunner.query(`DROP INDEX rm_deadlines_case_running_idx`);
  }
}
