import { ErrorNote, Section } from '../../components/common.js';
import { usePageText } from '../audit-stats.messages.js';
import { useDownload } from '../statistics/download.js';
import { query } from './audit-api.js';

/**
 * The opened case's signed dossier, as `rujukan audit export` writes it: the JSON the signature covers, or its
 * readable page. Asked for with the reason the auditor gave when she opened the case; the API logs it as an export.
 */
export function DossierSection({ opened }: { opened: { caseId: string; reason: string } }) {
  const { tx } = usePageText();
  const { note, error, busy, download } = useDownload();
  return (
    <Section id="audit-dossier" title={tx('audit.dossier')}>
      <p className="hint">{tx('audit.dossierHint')}</p>
      <div className="button-row" role="group" aria-label={tx('audit.dossier')}>
        {(['json', 'html'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className={format === 'json' ? 'button' : 'button button-secondary'}
            disabled={busy}
            onClick={() =>
              void download(`/audit/cases/${opened.caseId}/dossier?${query({ reason: opened.reason, format })}`, `${opened.caseId}.dossier.${format}`, (file) =>
                tx('audit.dossierDone', { file }),
              )
            }
          >
            {tx(format === 'json' ? 'audit.dossierJson' : 'audit.dossierHtml')}
          </button>
        ))}
      </div>
      <div aria-live="polite">
        {note && (
          <p className="notice notice-ok" role="status">
            {note}
          </p>
        )}
      </div>
      {error !== null && <ErrorNote error={error} />}
    </Section>
  );
}
