import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAgencies1763900400000 implements MigrationInterface {
  name = 'CreateAgencies1763900400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The directory of agencies that own cases and receive referrals; codes are what tokens and events carry.
    await queryRunner.query(`
      CREATE TABLE agencies (
        code text PRIMARY KEY,
        name text NOT NULL,
        type text NOT NULL,
        province_code text,
        district_code text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE agencies`);
  }
}
