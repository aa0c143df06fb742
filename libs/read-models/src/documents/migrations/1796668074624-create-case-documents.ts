import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bytes of documents attached to cases, each encrypted with its victim's data key (`DocumentStore`). When that key
 * is destroyed (`victim_keys.wrapped_key` set to NULL by an erasure, whichever path destroys it), a trigger deletes
 * the case's documents in the same transaction: unreadable already, and now gone too.
 */
export class CreateCaseDocuments1796668074624 implements MigrationInterface {
  name = 'CreateCaseDocuments1796668074624';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE case_documents (
        document_id uuid PRIMARY KEY,
        case_id uuid NOT NULL,
        sealed bytea NOT NULL,
        stored_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX case_documents_case_idx ON case_documents (case_id)`);
    await queryRunner.query(`
      CREATE FUNCTION case_documents_erase() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM case_documents WHERE case_id = NEW.case_id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER case_documents_erase AFTER INSERT OR UPDATE OF wrapped_key ON victim_keys
      FOR EACH ROW WHEN (NEW.wrapped_key IS NULL) EXECUTE FUNCTION case_documents_erase()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER case_documents_erase ON victim_keys`);
    await queryRunner.query(`DROP FUNCTION case_documents_erase()`);
    await queryRunner.query(`DROP TABLE case_documents`);
  }
}
