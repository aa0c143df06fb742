import { requireOwnerStaff } from './case.access.js';
import type { AttachDocument } from './case.commands.js';
import type { DocumentAttached } from './case.events.js';
import { contextOf, requireCase, requireStageFor } from './case.guards.js';
import { DOCUMENT_CONTENT_TYPES, DOCUMENT_FILE_NAME_MAX_LENGTH, DOCUMENT_KINDS } from './case.values.js';
import type { AreaDeciders } from './command-rules.js';
import { DomainError } from './domain-error.js';
import { formatted, id, integer, oneOf, optionalFreeText } from './validation.js';

const isSha256 = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);

/**
 * A document goes to the owner's file only, and only while the victim's key exists: its bytes are encrypted with that
 * key, so after erasure there is nothing they could be kept under.
 */
export function decideAttachDocument(command: AttachDocument, state: Parameters<typeof requireCase>[0]): [DocumentAttached] {
  const file = requireCase(state, command.data.caseId);
  requireOwnerStaff(file, command.metadata.actor);
  requireStageFor(file, command.type);
  if (file.identityErased) {
    throw new DomainError('IDENTITY.ERASED', "the victim's identity was erased; no document can be kept under her key any more");
  }
  const documentId = id(command.data.documentId, 'documentId');
  if (Object.hasOwn(file.documents, documentId)) {
    throw new DomainError('DOCUMENT.ALREADY_ATTACHED', `document ${documentId} is already attached`, { field: 'documentId', documentId });
  }
  return [
    {
      type: 'DocumentAttached',
      data: {
        ...contextOf(command, file),
        documentId,
        kind: oneOf(command.data.kind, DOCUMENT_KINDS, 'kind'),
        contentType: oneOf(command.data.contentType, DOCUMENT_CONTENT_TYPES, 'contentType'),
        size: integer(command.data.size, 'size', 1, Number.MAX_SAFE_INTEGER),
        sha256: formatted(command.data.sha256, isSha256, 'sha256', 'the SHA-256 of the file as 64 lower-case hex digits'),
        fileName: optionalFreeText(command.data.fileName, 'fileName', DOCUMENT_FILE_NAME_MAX_LENGTH),
      },
    },
  ];
}

/** How `decide` finds each command of this area. */
export const DOCUMENT_DECIDERS: AreaDeciders<'AttachDocument'> = {
  AttachDocument: decideAttachDocument,
};
