import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `rm_case_timeline.facts`: the event's values a timeline sentence is made of (vocabulary codes, agency codes,
 * dates, amounts), without words, so the console writes the sentence in the reader's language. Rows projected
 * before this column are null until `cli projections rebuild case-timeline`; the console then shows `summary`.
 */
export class AddTimelineFacts1763901500000 implements MigrationInterface {
  name = 'AddTimelineFacts1763901500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE rm_case_timeline ADD COLUMN facts jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE rm_case_timeline DROP COLUMN facts`);
  }
}
