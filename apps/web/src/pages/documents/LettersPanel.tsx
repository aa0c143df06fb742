import { useI18n } from '../../i18n.js';
import { label } from '../../labels.js';
import { useSession } from '../../session.js';
import { useNames } from '../../use-names.js';
import type { CaseReferral } from '../Case.js';
import { useDownload } from '../statistics/download.js';
import { DOCUMENT_MAX_BYTES } from './DocumentsPanel.js';
import { fileError, text } from './text.js';

/**
 * Printed letters of a case (PDF, Indonesian, drawn by the server with only what the reader may see): the case summary,
 * a referral letter for each referral the reader sent or received, and the handover record once a handover is recorded.
 * Fetched with the token and saved: a plain link cannot carry it.
 */
export function LettersPanel({
  caseId,
  registrationNumber,
  owner,
  referrals,
  handedOver,
}: {
  caseId: string;
  /** KI-2026-0042: the files are named by it, as the letters are; the short id only for cases opened before numbers. */
  registrationNumber?: string | null;
  owner: boolean;
  referrals: CaseReferral[];
  handedOver: boolean;
}) {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const names = useNames();
  const saving = useDownload();
  const number = registrationNumber ?? caseId.slice(0, 8).toUpperCase();
  // The server prints a referral letter for the owner and for the referral's receiver only.
  const printable = referrals.filter((r) => owner || r.toAgency === session?.actor.agency);
  const print = (path: string, file: string) => void saving.download(`/cases/${caseId}/letters/${path}`, file, (name) => text(lang, 'printed', { file: name }));
  return (
    <section className="panel" aria-labelledby="case-letters">
      <div className="panel-head">
        <h2 id="case-letters">{text(lang, 'letters')}</h2>
      </div>
      <p className="hint">{text(lang, 'lettersIntro')}</p>
      <ul className="letter-list">
        <li>
          <button
            type="button"
            className="button button-secondary"
            disabled={saving.busy}
            onClick={() => print('summary.pdf', `ringkasan-kasus-${number}.pdf`)}
          >
            {text(lang, 'printSummary')}
          </button>
        </li>
        {printable.map((r) => (
          <li key={r.referralId}>
            <button
              type="button"
              className="button button-secondary"
              disabled={saving.busy}
              aria-describedby={`letter-${r.referralId}`}
              onClick={() => print(`referral/${r.referralId}.pdf`, `surat-rujukan-${number}-${r.referralId.slice(0, 8)}.pdf`)}
            >
              {text(lang, 'printReferral')}
            </button>{' '}
            <span id={`letter-${r.referralId}`} className="hint">
              {label(lang, 'service', r.service)} → {names.agency(r.toAgency)}
            </span>
          </li>
        ))}
        {handedOver && (
          <li>
            <button
              type="button"
              className="button button-secondary"
              disabled={saving.busy}
              onClick={() => print('handover.pdf', `berita-acara-serah-terima-${number}.pdf`)}
            >
              {text(lang, 'printHandover')}
            </button>
          </li>
        )}
      </ul>
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
    </section>
  );
}
