/** A document's bytes as kept: encrypted with the victim's data key (iv ‖ ciphertext ‖ tag), never in clear. */
export interface SealedDocument {
  caseId: string;
  documentId: string;
  sealed: Buffer;
}

/**
 * Where documents' encrypted bytes live (PostgreSQL by default). What a document is (kind, size, hash, who attached
 * it) is the case's `DocumentAttached` event; the store only keeps bytes under ids, and answers for nothing else.
 */
export interface DocumentStore {
  /** Keeps the bytes unless the document id is taken (a retry of the same upload): never overwrites. */
  put(document: SealedDocument): Promise<void>;
  get(caseId: string, documentId: string): Promise<SealedDocument | null>;
  delete(caseId: string, documentId: string): Promise<void>;
}
