import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who read a case's data or queried the audit record, when, how and why. Rows are only ever added: a
 * trigger refuses UPDATE and DELETE, so the service cannot rewrite its own access history.
 */
export class CreateAccessLog1763900800000 implements MigrationInterface {
  name = 'CreateAccessLog1763900800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE access_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor text NOT NULL,
        role text NOT NULL,
        agency text NOT NULL,
        action text NOT NULL,
        case_id uuid,
        reason text,
        channel text NOT NULL CHECK (channel IN ('http', 'cli')),
        detail jsonb NOT NULL DEFAULT '{}'
      )`);
    await queryRunner.query(`CREATE INDEX access_log_case_idx ON access_log (case_id, at)`);
    await queryRunner.query(`CREATE INDEX access_log_actor_idx ON access_log (actor, at)`);
    await queryRunner.query(`
      CREATE FUNCTION access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'access_log is append-only';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log
      FOR EACH ROW EXECUTE FUNCTION access_log_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE access_log`);
    await queryRunner.query(`DROP FUNCTION access_log_append_only()`);
  }
}
