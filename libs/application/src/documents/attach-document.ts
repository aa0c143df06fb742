import { createHash } from 'node:crypto';
import { caseStreamName, foldCase, type DocumentContentType, type DocumentKind } from '@rujukan/domain';
import type { EventStore } from '@rujukan/event-store';
import type { CaseCommandResponse, CaseCommandRunner } from '../commands/case-command-runner.js';
import { derivedUuid } from '../derived-id.js';
import type { CommandContext } from '../execute-case-command.js';
import type { IdentityVault } from '../identity/identity-vault.js';
import { toCaseEvent } from '../case-state-cache.js';
import type { DocumentStore } from './document-store.js';

export interface DocumentUpload {
  caseId: string;
  kind: DocumentKind;
  /** As read from the bytes, never from a name or a header. */
  contentType: DocumentContentType;
  bytes: Buffer;
  fileName?: string;
}

export type AttachDocumentResponse = CaseCommandResponse & { documentId: string; sha256: string };

export const sha256Hex = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Attaches a file to a case: `AttachDocument` is decided first (on a placeholder, so a refused upload makes no key and
 * stores nothing); once accepted, the bytes are encrypted with the victim's key and stored before the event is
 * appended, so an event never names bytes that are not there. Should the append then fail, the stored bytes are
 * removed again unless the document was attached after all (a duplicate request that won). The document id derives
 * from the command id and the file's hash, so a retried upload stores nothing twice and a key reused for other bytes
 * never overwrites the first file.
 */
export async function attachDocument(
  runner: CaseCommandRunner,
  store: EventStore,
  vault: IdentityVault,
  documents: DocumentStore,
  upload: DocumentUpload,
  context: CommandContext,
): Promise<AttachDocumentResponse> {
  const sha256 = sha256Hex(upload.bytes);
  const documentId = derivedUuid(context.commandId, 'document', sha256);
  const body = {
    documentId,
    kind: upload.kind,
    contentType: upload.contentType,
    size: upload.bytes.length,
    sha256,
    ...(upload.fileName ? { fileName: upload.fileName } : {}),
  };
  let stored = false;
  const storeBytes = async () => {
    if (stored) return;
    await documents.put({ caseId: upload.caseId, documentId, sealed: await vault.sealBytes(upload.caseId, documentId, upload.bytes) });
    stored = true;
  };
  try {
    const result = await runner.run({ command: 'AttachDocument', target: 'case' }, body, upload.caseId, context, {}, storeBytes);
    return { ...result, documentId, sha256 };
  } catch (error) {
    if (stored) {
      const state = foldCase((await store.readStream(caseStreamName(upload.caseId))).map(toCaseEvent));
      if (!(state.exists && Object.hasOwn(state.documents, documentId))) await documents.delete(upload.caseId, documentId);
    }
    throw error;
  }
}
