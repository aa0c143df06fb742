import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Registration numbers live in the `CaseOpened` event: the unique index is what makes two racing cases take two
 * numbers (the loser's append fails and it is decided again with the next), and the next number is read from it.
 * The blind index holds keyed hashes of victims' name words, NIK and phone, outside the events so erasure deletes them.
 */
export class RegistrationNumbersAndCaseSearch1796667857611 implements MigrationInterface {
  name = 'RegistrationNumbersAndCaseSearch1796667857611';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE UNIQUE INDEX events_case_registration_idx ON events
      ((data->'registration'->>'series'), ((data->'registration'->>'seq')::integer)) WHERE type = 'CaseOpened' AND data ? 'registration'`);
    await queryRunner.query(`CREATE INDEX events_case_registration_number_idx ON events ((data->'registration'->>'number')) WHERE type = 'CaseOpened'`);
    await queryRunner.query(`ALTER TABLE rm_case_summaries ADD COLUMN registration_number text`);
    await queryRunner.query(`CREATE INDEX rm_case_summaries_registration_idx ON rm_case_summaries (registration_number)`);
    await queryRunner.query(`CREATE INDEX rm_case_summaries_initials_idx ON rm_case_summaries (victim_initials)`);
    await queryRunner.query(`CREATE INDEX rm_case_summaries_police_reports_idx ON rm_case_summaries USING gin ((legal->'policeReports'))`);
    await queryRunner.query(`CREATE INDEX rm_case_summaries_opened_idx ON rm_case_summaries (owner_agency, opened_at DESC)`);
    await queryRunner.query(`CREATE INDEX rm_case_summaries_former_owners_idx ON rm_case_summaries USING gin (former_owners)`);
    await queryRunner.query(`
      CREATE TABLE victim_blind_index (
        token bytea NOT NULL,
        case_id uuid NOT NULL,
        kind text NOT NULL,
        PRIMARY KEY (token, case_id)
      )`);
    await queryRunner.query(`CREATE INDEX victim_blind_index_case_idx ON victim_blind_index (case_id)`);
    await queryRunner.query(`
      CREATE TABLE possible_duplicates (
        match_id uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL,
        other_case_id uuid NOT NULL,
        basis text NOT NULL,
        found_at timestamptz NOT NULL DEFAULT now(),
        decision text,
        decided_by text,
        decided_agency text,
        decided_at timestamptz,
        PRIMARY KEY (case_id, other_case_id),
        CHECK (case_id < other_case_id)
      )`);
    await queryRunner.query(`CREATE INDEX possible_duplicates_other_idx ON possible_duplicates (other_case_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE possible_duplicates`);
    await queryRunner.query(`DROP TABLE victim_blind_index`);
    await queryRunner.query(`DROP INDEX rm_case_summaries_former_owners_idx`);
    await queryRunner.query(`DROP INDEX rm_case_summaries_opened_idx`);
    await queryRunner.query(`DROP INDEX rm_case_summaries_police_reports_idx`);
    await queryRunner.query(`DROP INDEX rm_case_summaries_initials_idx`);
    await queryRunner.query(`DROP INDEX rm_case_summaries_registration_idx`);
    await queryRunner.query(`ALTER TABLE rm_case_summaries DROP COLUMN registration_number`);
    await queryRunner.query(`DROP INDEX events_case_registration_number_idx`);
    await queryRunner.query(`DROP INDEX events_case_registration_idx`);
  }
}
