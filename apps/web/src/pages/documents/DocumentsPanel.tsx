import { DOCUMENT_CONTENT_TYPES, DOCUMENT_KINDS } from '@rujukan/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { apiUpload } from '../../api.js';
import { useResource } from '../../components/common.js';
import { formatDateTime } from '../../format.js';
import { useI18n } from '../../i18n.js';
import { label } from '../../labels.js';
import { useNames } from '../../use-names.js';
import { useDownload } from '../statistics/download.js';
import { fileError, formatSize, text } from './text.js';

/** The server's default DOCUMENT_MAX_BYTES: checked here first so a large file is refused before it is sent. */
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
const EXTENSION: Record<string, string> = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg' };

interface CaseDocument {
  documentId: string;
  kind: string;
  contentType: string;
  size: number;
  attachedAt: string;
  attachedBy: { agency: string; role: string };
  downloadable: boolean;
  fileName: string | null;
}

interface DocumentList {
  erased: boolean;
  documents: CaseDocument[];
}

/**
 * A case's documents: listed to every agency that sees the case, opened (name and bytes) by those who may see the
 * victim's identity, attached by the owner's caseworkers and supervisors. The type is the server's to judge from the
 * bytes; the console only checks the size first, so a large file is not sent at all.
 */
export function DocumentsPanel({ caseId, mayAttach, onAttached }: { caseId: string; mayAttach: boolean; onAttached?(): void }) {
  const { t, lang } = useI18n();
  const id = useId();
  const names = useNames();
  const list = useResource<DocumentList>(`/cases/${caseId}/documents`);
  const saving = useDownload();
  const fileInput = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState('');
  const [problems, setProblems] = useState<{ kind?: string; file?: string }>({});
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const file = fileInput.current?.files?.[0];
    const found: { kind?: string; file?: string } = {};
    if (!kind) found.kind = text(lang, 'kindRequired');
    if (!file) found.file = text(lang, 'fileRequired');
    else if (file.size > DOCUMENT_MAX_BYTES)
      found.file = text(lang, 'tooLarge', { size: formatSize(lang, file.size), max: formatSize(lang, DOCUMENT_MAX_BYTES) });
    setProblems(found);
    setDone(null);
    setError(null);
    if (!file || found.kind || found.file) {
      document.getElementById(found.kind ? `${id}-kind` : `${id}-file`)?.focus();
      return;
    }
    setBusy(true);
    try {
      // The browser's guess from the name is only a declaration: the server reads the type from the bytes.
      const declared = (DOCUMENT_CONTENT_TYPES as readonly string[]).includes(file.type) ? file.type : 'application/octet-stream';
      await apiUpload(`/cases/${caseId}/documents?kind=${encodeURIComponent(kind)}`, file, declared, file.name);
      setDone(text(lang, 'uploaded', { kind: label(lang, 'documentKind', kind) }));
      setKind('');
      form.reset();
      onAttached?.();
      await list.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const data = list.data;
  const withheld = data !== null && !data.erased && data.documents.some((d) => !d.downloadable);
  const nameOf = (d: CaseDocument) => d.fileName ?? `${d.kind}-${d.documentId.slice(0, 8)}.${EXTENSION[d.contentType] ?? 'bin'}`;
  return (
    <section className="panel" aria-labelledby="case-documents">
      <div className="panel-head">
        <h2 id="case-documents">
          {text(lang, 'documents')}
          {data && ` (${data.documents.length})`}
        </h2>
      </div>
      {list.error !== null && (
        <div className="notice notice-error" role="alert">
          <p>{fileError(t, lang, list.error, DOCUMENT_MAX_BYTES)}</p>
        </div>
      )}
      {data?.erased && <p>{text(lang, 'erased')}</p>}
      {data && !data.erased && data.documents.length === 0 && <p className="hint">{text(lang, 'none')}</p>}
      {data && data.documents.length > 0 && (
        <ul className="document-list" data-testid="documents">
          {data.documents.map((d) => (
            <li key={d.documentId}>
              <div>
                <strong>{label(lang, 'documentKind', d.kind)}</strong>
                {d.fileName && <span className="document-name"> {d.fileName}</span>}
                <br />
                <span className="hint">
                  {formatSize(lang, d.size)}, {label(lang, 'documentContentType', d.contentType)} · {formatDateTime(lang, d.attachedAt)} ·{' '}
                  {names.agency(d.attachedBy.agency)} ({label(lang, 'role', d.attachedBy.role)})
                </span>
              </div>
              {d.downloadable && !data.erased && (
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={saving.busy}
                  aria-label={`${text(lang, 'download')}: ${label(lang, 'documentKind', d.kind)}${d.fileName ? `, ${d.fileName}` : ''}`}
                  onClick={() => void saving.download(`/cases/${caseId}/documents/${d.documentId}`, nameOf(d), (file) => text(lang, 'downloaded', { file }))}
                >
                  {text(lang, 'download')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {withheld && <p className="hint">{text(lang, 'withheld')}</p>}
      {saving.note && (
        <p className="notice notice-ok" role="status">
          {saving.note}
        </p>
      )}
      {saving.error !== null && (
        <div className="notice notice-error" role="alert">
          <p>{fileError(t, lang, saving.error, DOCUMENT_MAX_BYTES)}</p>
        </div>
      )}
      {mayAttach && data && !data.erased && (
        <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-upload`}>
          <h3 id={`${id}-upload`}>{text(lang, 'uploadHeading')}</h3>
          <p className="hint">{text(lang, 'documentsIntro')}</p>
          <div className="field">
            <label htmlFor={`${id}-kind`}>{text(lang, 'kind')}</label>
            <select
              id={`${id}-kind`}
              value={kind}
              aria-invalid={problems.kind ? true : undefined}
              aria-describedby={problems.kind ? `${id}-kind-error` : undefined}
              onChange={(e) => setKind(e.target.value)}
            >
              <option value="">{text(lang, 'choose')}</option>
              {DOCUMENT_KINDS.map((code) => (
                <option key={code} value={code}>
                  {label(lang, 'documentKind', code)}
                </option>
              ))}
            </select>
            {problems.kind && (
              <p id={`${id}-kind-error`} className="field-error" role="alert">
                {problems.kind}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={`${id}-file`}>{text(lang, 'file', { max: formatSize(lang, DOCUMENT_MAX_BYTES) })}</label>
            <input
              id={`${id}-file`}
              ref={fileInput}
              type="file"
              accept=".pdf,.png,.jpg,.jpeg"
              aria-invalid={problems.file ? true : undefined}
              aria-describedby={problems.file ? `${id}-file-error` : undefined}
              onChange={() => setProblems((p) => ({ ...p, file: undefined }))}
            />
            {problems.file && (
              <p id={`${id}-file-error`} className="field-error" role="alert">
                {problems.file}
              </p>
            )}
          </div>
          {error !== null && (
            <div className="notice notice-error" role="alert">
              <p>{fileError(t, lang, error, DOCUMENT_MAX_BYTES)}</p>
            </div>
          )}
          {done && (
            <p className="notice notice-ok" role="status">
              {done}
            </p>
          )}
          <button type="submit" className="button" disabled={busy}>
            {busy ? text(lang, 'uploading') : text(lang, 'upload')}
          </button>
        </form>
      )}
    </section>
  );
}
