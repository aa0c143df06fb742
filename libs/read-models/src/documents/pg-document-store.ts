import type { DocumentStore, SealedDocument } from '@rujukan/application';
import type { SqlRunner } from '../runtime/sql-runner.js';

interface Row {
  case_id: string;
  document_id: string;
  sealed: Buffer;
}

/** Documents' encrypted bytes in PostgreSQL (`case_documents`); an erasure's trigger deletes a case's rows. */
export class PgDocumentStore implements DocumentStore {
  constructor(private readonly db: SqlRunner) {}

  async put(document: SealedDocument): Promise<void> {
    await this.db.query(`INSERT INTO case_documents (document_id, case_id, sealed) VALUES ($1, $2, $3) ON CONFLICT (document_id) DO NOTHING`, [
      document.documentId,
      document.caseId,
      document.sealed,
    ]);
  }

  async get(caseId: string, documentId: string): Promise<SealedDocument | null> {
    const rows = (await this.db.query(`SELECT case_id::text, document_id::text, sealed FROM case_documents WHERE case_id = $1 AND document_id = $2`, [
      caseId,
      documentId,
    ])) as Row[];
    const row = rows[0];
    return row ? { caseId: row.case_id, documentId: row.document_id, sealed: row.sealed } : null;
  }

  async delete(caseId: string, documentId: string): Promise<void> {
    await this.db.query(`DELETE FROM case_documents WHERE case_id = $1 AND document_id = $2`, [caseId, documentId]);
  }
}
