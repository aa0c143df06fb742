import { useState } from 'react';
import { ErrorNote, Loading, Section, StaleNote, useResource } from '../../components/common.js';
import { useSession } from '../../session.js';
import { ChangeMouForm, RecordMouForm } from './MouForms.js';
import { formatDate } from '../../format.js';
import { useI18n } from '../../i18n.js';
import { label } from '../../labels.js';
import { useNames } from '../../use-names.js';

interface Mou {
  mouId: string;
  reference: string;
  title: string;
  parties: Array<{ kind: 'province'; provinceCode: string } | { kind: 'agency'; agency: string; provinceCode: string | null }>;
  scopes: string[];
  signedOn: string;
  expiresOn: string | null;
  terminatedOn: string | null;
  illustrative: boolean;
  status: 'in_force' | 'not_yet' | 'expired' | 'terminated';
}

/**
 * Daftar MoU: the MoU register, with each MoU's parties, scope, dates and status today. A task-force coordinator (the
 * role `mou.manage` allows) records an MoU, and renews or terminates one; the API says who may (the recorder's task force).
 */
export function MousPage() {
  const { t, lang } = useI18n();
  const names = useNames();
  const { session } = useSession();
  const list = useResource<{ mous: Mou[] }>('/mous');
  const manages = session?.actor.role === 'task_force_coordinator';
  const [recording, setRecording] = useState(false);
  const [changing, setChanging] = useState<{ mouId: string; kind: 'renew' | 'terminate' } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const finished = (message: string) => {
    setRecording(false);
    setChanging(null);
    setDone(message);
    void list.reload();
  };
  return (
    <>
      <h1>{t('mous.title')}</h1>
      <StaleNote behind={list.behind} />
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      {manages && !recording && (
        <p>
          <button type="button" className="button" onClick={() => (setRecording(true), setDone(null))}>
            {t('mous.form.record')}
          </button>
        </p>
      )}
      {manages && recording && (
        <Section id="mou-record" title={t('mous.form.record')}>
          <RecordMouForm onDone={() => finished(t('mous.form.recorded'))} onCancel={() => setRecording(false)} />
        </Section>
      )}
      {list.error !== null && <ErrorNote error={list.error} onRetry={() => void list.reload()} />}
      {list.loading && !list.data && <Loading />}
      {list.data && list.data.mous.length === 0 && <p className="hint">{t('app.none')}</p>}
      {list.data && list.data.mous.length > 0 && (
        <Section id="mous" title={t('mous.register')}>
          {/* One card per MoU on a phone: five columns do not fit 390 px without a sideways scroll. */}
          <table className="cards">
            <thead>
              <tr>
                <th scope="col">{t('mous.reference')}</th>
                <th scope="col">{t('mous.parties')}</th>
                <th scope="col">{t('mous.scopes')}</th>
                <th scope="col">{t('mous.period')}</th>
                <th scope="col">{t('mous.status')}</th>
                {manages && <th scope="col">{t('mous.form.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {list.data.mous.map((m) => (
                <tr key={m.mouId}>
                  <td data-label={t('mous.reference')}>
                    {m.reference}
                    <br />
                    {m.title}
                    {m.illustrative && <strong> ({t('mous.illustrative')})</strong>}
                  </td>
                  <td data-label={t('mous.parties')}>
                    {m.parties.map((p) => (p.kind === 'province' ? names.province(p.provinceCode) : names.agency(p.agency))).join('; ')}
                  </td>
                  <td data-label={t('mous.scopes')}>{m.scopes.map((s) => label(lang, 'mouScope', s)).join(', ')}</td>
                  <td data-label={t('mous.period')}>
                    {formatDate(lang, m.signedOn)} – {m.terminatedOn || m.expiresOn ? formatDate(lang, m.terminatedOn ?? m.expiresOn) : '…'}
                  </td>
                  <td data-label={t('mous.status')}>{t(`mous.status.${m.status}`)}</td>
                  {manages && (
                    <td data-label={t('mous.form.actions')}>
                      {m.status !== 'terminated' && changing?.mouId !== m.mouId && (
                        <>
                          <button type="button" className="link-button" onClick={() => (setChanging({ mouId: m.mouId, kind: 'renew' }), setDone(null))}>
                            {t('mous.form.renew')}
                            <span className="visually-hidden"> {m.reference}</span>
                          </button>{' '}
                          <button type="button" className="link-button" onClick={() => (setChanging({ mouId: m.mouId, kind: 'terminate' }), setDone(null))}>
                            {t('mous.form.terminate')}
                            <span className="visually-hidden"> {m.reference}</span>
                          </button>
                        </>
                      )}
                      {changing?.mouId === m.mouId && (
                        <ChangeMouForm
                          mouId={m.mouId}
                          kind={changing.kind}
                          onDone={() => finished(changing.kind === 'renew' ? t('mous.form.renewed') : t('mous.form.terminated'))}
                          onCancel={() => setChanging(null)}
                        />
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      )}
    </>
  );
}
