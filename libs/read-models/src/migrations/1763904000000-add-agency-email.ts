import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Where notifications to an agency go: optional, recorded through the directory like its name and region. */
export class AddAgencyEmail1763904000000 implements MigrationInterface {
  name = 'AddAgencyEmail1763904000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE agencies ADD COLUMN email text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE agencies DROP COLUMN email`);
  }
}
