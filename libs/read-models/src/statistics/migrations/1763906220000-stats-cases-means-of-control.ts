import type { MigrationInterface, QueryRunner } from 'typeorm';
import { lockCheckpoints } from '../../migrations/hand-over-projection.js';

/**
 * `rm_stats_cases` keeps the means of control of the assessment too (for the HTCDS export's `vic_MethodsOfControl`).
 * The rows already there are filled by applying the log again: `statistics-cases` starts over from position 0 and
 * every row's revision is set below any event's, so each event of a case applies once more, in order, over the row as
 * it stands (a case's opening is not applied twice: its row exists). Counts stay whole meanwhile, since no row is
 * removed; the new column fills as the projection catches up.
 */
export class StatsCasesMeansOfControl1763906220000 implements MigrationInterface {
  name = 'StatsCasesMeansOfControl1763906220000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await lockCheckpoints(queryRunner, ['statistics-cases']);
    await queryRunner.query(`ALTER TABLE rm_stats_cases ADD COLUMN means_of_control text[] NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`UPDATE rm_stats_cases SET last_revision = -1`);
    await queryRunner.query(
      `UPDATE projection_checkpoints SET commit_position = 0, prepare_position = 0, events_applied = 0, updated_at = now() WHERE name = 'statistics-cases'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE rm_stats_cases DROP COLUMN means_of_control`);
  }
}
