import { IDENTITY_READ_REASONS } from '@rujukan/domain';
import { Fragment, useId, useState, type FormEvent } from 'react';
import { apiGet } from '../../api.js';
import { ErrorNote } from '../../components/common.js';
import { useI18n, type Lang } from '../../i18n.js';
import { label } from '../../labels.js';

type Pair = readonly [string, string];
const TEXT = {
  heading: ['Identitas korban', "The victim's identity"],
  intro: [
    'Identitas tersegel dan hanya dibuka atas permintaan. Setiap pembukaan dicatat di log akses bersama alasannya.',
    'The identity is sealed and opened only on request. Every opening is recorded in the access log with its reason.',
  ],
  reason: ['Alasan membuka', 'Reason for opening it'],
  choose: ['Pilih alasan', 'Choose a reason'],
  open: ['Tampilkan identitas', 'Show the identity'],
  hide: ['Sembunyikan', 'Hide'],
  required: ['Pilih alasan terlebih dahulu.', 'Choose a reason first.'],
  basisOwner: ['Dibuka sebagai lembaga pemilik kasus.', 'Opened as the agency that owns the case.'],
  basisConsent: ['Dibuka atas dasar persetujuan korban untuk lembaga Anda.', "Opened on the victim's consent to share with your agency."],
  basisOverride: ['Dibuka atas dasar pengecualian yang disetujui supervisor.', 'Opened on an override a supervisor approved.'],
  erased: ['Identitas korban telah dihapus (UU PDP) dan tidak dapat dibuka lagi.', "The victim's identity was erased (UU PDP) and can no longer be opened."],
  nothing: ['Lembaga Anda tidak berhak melihat identitas korban ini.', "Your agency may not see this victim's identity."],
  withheld: ['Tidak dibuka untuk lembaga Anda: {fields}.', 'Not opened for your agency: {fields}.'],
  none: ['Belum ada data identitas yang tercatat.', 'No identity has been recorded yet.'],
} satisfies Record<string, Pair>;
const text = (lang: Lang, key: keyof typeof TEXT, values: Record<string, string> = {}) =>
  TEXT[key][lang === 'id' ? 0 : 1].replace(/\{(\w+)\}/g, (_m, name: string) => values[name] ?? '');

interface Opened {
  erased: boolean;
  basis: 'owner' | 'consent' | 'override' | null;
  fields: Record<string, string | string[]>;
  withheld: string[];
}

/**
 * The victim's sealed identity, opened only when the reader asks and says why (a reason from a list, so the access log
 * holds no typed text): the owner sees all of it, a receiving agency what consent allows, and what stays closed is named.
 */
export function IdentityPanel({ caseId }: { caseId: string }) {
  const { lang } = useI18n();
  const id = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    setError(null);
    try {
      setOpened((await apiGet<Opened>(`/cases/${caseId}/identity?reason=${encodeURIComponent(reason)}`)).data);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const shown = opened ? Object.entries(opened.fields) : [];
  return (
    <section className="panel" aria-labelledby="case-identity">
      <div className="panel-head">
        <h2 id="case-identity">{text(lang, 'heading')}</h2>
        {opened && (
          <button type="button" className="link-button" onClick={() => setOpened(null)}>
            {text(lang, 'hide')}
          </button>
        )}
      </div>
      {!opened && (
        <form onSubmit={submit} noValidate>
          <p className="hint">{text(lang, 'intro')}</p>
          <div className="field">
            <label htmlFor={`${id}-reason`}>{text(lang, 'reason')}</label>
            <select
              id={`${id}-reason`}
              value={reason}
              aria-invalid={missing || undefined}
              aria-describedby={missing ? `${id}-missing` : undefined}
              onChange={(e) => setReason(e.target.value)}
            >
              <option value="">{text(lang, 'choose')}</option>
              {IDENTITY_READ_REASONS.map((code) => (
                <option key={code} value={code}>
                  {label(lang, 'identityReadReason', code)}
                </option>
              ))}
            </select>
            {missing && (
              <p id={`${id}-missing`} className="field-error" role="alert">
                {text(lang, 'required')}
              </p>
            )}
          </div>
          <button type="submit" disabled={busy}>
            {text(lang, 'open')}
          </button>
        </form>
      )}
      {error !== null && <ErrorNote error={error} />}
      {opened &&
        (opened.erased ? (
          <p>{text(lang, 'erased')}</p>
        ) : (
          <>
            {opened.basis && (
              <p className="hint">{text(lang, opened.basis === 'owner' ? 'basisOwner' : opened.basis === 'consent' ? 'basisConsent' : 'basisOverride')}</p>
            )}
            {shown.length > 0 ? (
              <dl className="facts">
                {shown.map(([field, value]) => (
                  <Fragment key={field}>
                    <dt>{label(lang, 'identityField', field)}</dt>
                    <dd>{Array.isArray(value) ? value.join(', ') : value}</dd>
                  </Fragment>
                ))}
              </dl>
            ) : (
              <p>{text(lang, opened.withheld.length > 0 ? 'nothing' : 'none')}</p>
            )}
            {opened.withheld.length > 0 && shown.length > 0 && (
              <p className="hint">{text(lang, 'withheld', { fields: opened.withheld.map((f) => label(lang, 'identityField', f)).join(', ') })}</p>
            )}
          </>
        ))}
    </section>
  );
}
