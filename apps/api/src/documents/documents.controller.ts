import { Controller, Get, Logger, Param, ParseUUIDPipe, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { AgencyDirectory, attachDocument, CaseCommandRunner, IdentityVault, sha256Hex, toCaseEvent, type DocumentStore } from '@rujukan/application';
import {
  caseStreamName,
  caseViewFor,
  DOCUMENT_CONTENT_TYPES,
  DOCUMENT_FILE_NAME_MAX_LENGTH,
  DOCUMENT_KINDS,
  foldCase,
  initialState,
  relationshipOf,
  type CaseFile,
  type CaseView,
  type DocumentContentType,
  type DocumentKind,
  type DocumentState,
} from '@rujukan/domain';
import { EventStore } from '@rujukan/event-store';
import { AccessLogQueries, PgDocumentStore } from '@rujukan/read-models';
import { fileTypeFromBuffer } from 'file-type';
import { Authenticated } from '../auth/authenticated.js';
import type { AuthenticatedRequest } from '../auth/bearer-auth.guard.js';
import { RequirePermission } from '../auth/permission.decorator.js';
import { CaseCommandsService } from '../cases/case-commands.service.js';
import { ApiError, RequestValidationError } from '../errors/api-error.js';
import { UuidParam } from '../http/path-id.interceptor.js';
import { notFound, setHeaders, type HeaderSink } from '../http/read-answers.js';

const EXTENSION: Record<DocumentContentType, string> = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg' };

/** Who may open a case's documents: on the same terms as the victim's identity (the owner; others on consent or override). */
const mayOpenDocuments = (view: CaseView): boolean => view.identityBasis !== null;

/**
 * Documents attached to a case: uploaded as their bytes by the owner's staff, their type read from the bytes, kept
 * encrypted with the victim's key; listed to anyone who sees the case, opened (file name and bytes) only by those who
 * may see the victim's identity, each download written to the access log first.
 */
@ApiTags('cases')
@Authenticated()
@Controller('cases')
export class DocumentsController {
  private readonly logger = new Logger('Documents');
  private readonly documents: DocumentStore;

  constructor(
    private readonly commands: CaseCommandsService,
    private readonly runner: CaseCommandRunner,
    private readonly store: EventStore,
    private readonly vault: IdentityVault,
    private readonly accessLog: AccessLogQueries,
    private readonly directory: AgencyDirectory,
    documents: PgDocumentStore,
  ) {
    this.documents = documents;
  }

  @Post(':id/documents')
  @RequirePermission('AttachDocument')
  @ApiOperation({
    summary: "Attach a document (PDF, PNG or JPEG, as its bytes): its type is read from the content, it is encrypted with the victim's key",
    description:
      'The body is the file itself (Content-Type application/pdf, image/png, image/jpeg or application/octet-stream), at most DOCUMENT_MAX_BYTES (413 beyond). ' +
      'What the bytes are is read from them, never from a name or header: anything but PDF, PNG or JPEG is 415 `DOCUMENT.UNSUPPORTED_TYPE`, bytes that are not what ' +
      'Content-Type says 415 `DOCUMENT.TYPE_MISMATCH`. `DocumentAttached` records the kind, size, type and SHA-256 of the bytes; the file name only sealed.',
  })
  @ApiConsumes(...DOCUMENT_CONTENT_TYPES, 'application/octet-stream')
  @ApiBody({ description: "The file's bytes", schema: { type: 'string', format: 'binary' } })
  @ApiQuery({ name: 'kind', required: true, enum: DOCUMENT_KINDS, description: 'What the document is' })
  @ApiHeader({ name: 'X-File-Name', required: false, description: "The file's name, percent-encoded UTF-8 (sealed with the victim's key; erased with it)" })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Makes a retried upload store and record the document once' })
  @ApiCreatedResponse({ description: '`{ caseId, revision, position, documentId, sha256, contentType, size }`' })
  @ApiForbiddenResponse({ description: "`AUTH.FORBIDDEN`: only the owning agency's caseworkers and supervisors attach documents" })
  @ApiNotFoundResponse({ description: '`CASE.NOT_FOUND`' })
  async upload(@Param('id', new ParseUUIDPipe()) caseId: string, @Query('kind') kind: unknown, @Req() request: AuthenticatedRequest & { body?: unknown }) {
    if (typeof kind !== 'string' || !(DOCUMENT_KINDS as readonly string[]).includes(kind)) {
      throw new RequestValidationError([{ field: 'kind', reason: `kind must be one of ${DOCUMENT_KINDS.join(', ')}` }]);
    }
    const fileName = fileNameOf(request.headers['x-file-name']);
    const bytes = request.body;
    if (!Buffer.isBuffer(bytes) || bytes.length === 0) {
      throw new ApiError(
        415,
        'DOCUMENT.REQUIRED',
        "a document is sent as the file's bytes (Content-Type application/pdf, image/png, image/jpeg or application/octet-stream)",
        {
          field: 'body',
        },
      );
    }
    const contentType = await contentTypeOf(bytes, String(request.headers['content-type'] ?? ''));
    const upload = { caseId, kind: kind as DocumentKind, contentType, bytes, ...(fileName ? { fileName } : {}) };
    const asked = { command: 'AttachDocument', id: caseId, kind, contentType, sha256: sha256Hex(bytes), fileName: fileName ?? null };
    const result = await this.commands.executeWith(request, asked, (context) =>
      attachDocument(this.runner, this.store, this.vault, this.documents, upload, context),
    );
    return { ...result, contentType, size: bytes.length };
  }

  @Get(':id/documents')
  @RequirePermission('document.read')
  @ApiOperation({ summary: "The case's documents: kind, type, size, hash, when and by whom; the file name only to those who may open them" })
  @ApiOkResponse({ description: '`documents` (each with `downloadable`), `erased` after erasure' })
  @ApiNotFoundResponse({ description: '`CASE.NOT_FOUND`: no such case, or not one the caller may see' })
  async list(@Param('id', new ParseUUIDPipe()) caseId: string, @Req() request: AuthenticatedRequest) {
    const { state, view } = await this.caseFor(caseId, request);
    const downloadable = !state.identityErased && mayOpenDocuments(view);
    const documents = Object.values(state.documents).sort((a, b) => a.attachedAt.localeCompare(b.attachedAt));
    await this.accessLog.record({
      actor: request.actor.userId,
      role: request.actor.role,
      agency: request.actor.agency,
      action: 'document.list',
      caseId,
      reason: null,
      channel: 'http',
      detail: { documents: documents.length, downloadable },
    });
    const entries = documents.map((document) => ({
      documentId: document.documentId,
      kind: document.kind,
      contentType: document.contentType,
      size: document.size,
      sha256: document.sha256,
      attachedAt: document.attachedAt,
      attachedBy: { agency: document.attachedBy.agency, role: document.attachedBy.role },
      downloadable,
      fileName: downloadable ? document.fileName : null,
    }));
    return { caseId, erased: state.identityErased, documents: downloadable ? await this.vault.openTexts(caseId, entries) : entries };
  }

  @Get(':id/documents/:documentId')
  @RequirePermission('document.read')
  @ApiOperation({ summary: "Download a document, decrypted with the victim's key: for those who may see her identity; every download is recorded" })
  @ApiOkResponse({ description: 'The file, with its content type and an X-Content-SHA256 header that equals the hash in `DocumentAttached`' })
  @ApiForbiddenResponse({ description: "`DOCUMENT.WITHHELD`: the agency sees the case but not the victim's identity (no consent to share, or no override)" })
  @ApiNotFoundResponse({ description: '`CASE.NOT_FOUND`, `DOCUMENT.NOT_FOUND`' })
  async download(
    @Param('id', new ParseUUIDPipe()) caseId: string,
    @Param('documentId', new UuidParam('documentId')) documentId: string,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HeaderSink,
  ) {
    const { state, view } = await this.caseFor(caseId, request);
    const document: DocumentState | undefined = Object.hasOwn(state.documents, documentId) ? state.documents[documentId] : undefined;
    if (!document) throw new ApiError(404, 'DOCUMENT.NOT_FOUND', `document ${documentId} is not attached to case ${caseId}`, { documentId });
    if (state.identityErased) throw new ApiError(410, 'DOCUMENT.ERASED', "the document was erased with the victim's identity", { documentId });
    if (!mayOpenDocuments(view)) {
      throw new ApiError(403, 'DOCUMENT.WITHHELD', "your agency may not open the victim's documents: no consent to share with it, and no override", {
        documentId,
      });
    }
    // Recorded before anything is opened: a download that cannot be recorded is not served.
    await this.accessLog.record({
      actor: request.actor.userId,
      role: request.actor.role,
      agency: request.actor.agency,
      action: 'document.read',
      caseId,
      reason: null,
      channel: 'http',
      detail: { documentId, kind: document.kind, basis: view.identityBasis },
    });
    const stored = await this.documents.get(caseId, documentId);
    const bytes = stored === null ? 'erased' : await this.vault.openBytes(caseId, documentId, stored.sealed);
    if (bytes === 'erased') throw new ApiError(410, 'DOCUMENT.ERASED', "the document was erased with the victim's identity", { documentId });
    if (sha256Hex(bytes) !== document.sha256) {
      // Never served: the bytes are not those the case's hash chain vouches for.
      this.logger.error(`document ${documentId} of case ${caseId} does not match the SHA-256 recorded when it was attached`);
      throw new Error('document does not match its recorded hash');
    }
    setHeaders(response, {
      'Content-Disposition': `attachment; filename="${document.kind}-${documentId.slice(0, 8)}.${EXTENSION[document.contentType]}"`,
      'X-Content-SHA256': document.sha256,
    });
    return new StreamableFile(bytes, { type: document.contentType, length: bytes.length });
  }

  /** The case as its events say now, and the caller's own view of it (as GET /cases/:id/identity decides). */
  private async caseFor(caseId: string, request: AuthenticatedRequest): Promise<{ state: CaseFile; view: CaseView }> {
    const { actor } = request;
    const state = foldCase((await this.store.readStream(caseStreamName(caseId))).map(toCaseEvent), initialState);
    if (!state.exists) throw notFound(caseId);
    const directoryType = (await this.directory.resolve([actor.agency]))[actor.agency]?.type;
    const view = caseViewFor(actor, relationshipOf(state, actor.agency, directoryType), state.identityErased);
    if (!view.access) throw notFound(caseId);
    return { state, view };
  }
}

/** The content type the bytes are, which must be one a document may have, and what Content-Type said they were. */
async function contentTypeOf(bytes: Buffer, declared: string | undefined): Promise<DocumentContentType> {
  const sniffed = (await fileTypeFromBuffer(bytes))?.mime;
  if (sniffed === undefined || !(DOCUMENT_CONTENT_TYPES as readonly string[]).includes(sniffed)) {
    throw new ApiError(415, 'DOCUMENT.UNSUPPORTED_TYPE', `the file is ${sniffed ?? 'of no type recognised'}; only PDF, PNG and JPEG files are attached`, {
      detected: sniffed ?? null,
      allowed: DOCUMENT_CONTENT_TYPES,
    });
  }
  const sent = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  if (sent !== 'application/octet-stream' && sent !== sniffed) {
    throw new ApiError(415, 'DOCUMENT.TYPE_MISMATCH', `the file was sent as ${sent} but its content is ${sniffed}`, { declared: sent, detected: sniffed });
  }
  return sniffed as DocumentContentType;
}

/** X-File-Name, percent-decoded: at most DOCUMENT_FILE_NAME_MAX_LENGTH characters, no control characters. */
function fileNameOf(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  const refuse = (reason: string) => new RequestValidationError([{ field: 'header x-file-name', reason }]);
  if (typeof header !== 'string') throw refuse('must be given once');
  let name: string;
  try {
    name = decodeURIComponent(header).trim();
  } catch {
    throw refuse('must be percent-encoded UTF-8');
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) throw refuse('must not hold control characters');
  if (name.length > DOCUMENT_FILE_NAME_MAX_LENGTH) throw refuse(`must be at most ${DOCUMENT_FILE_NAME_MAX_LENGTH} characters`);
  return name === '' ? undefined : name;
}
