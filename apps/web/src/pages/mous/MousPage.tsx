import { ErrorNote, Loading, Section, StaleNote, useResource } from '../../components/common.js';
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

/** Daftar MoU: the MoU register, with each MoU's parties, scope, dates and status today. Read-only. */
export function MousPage() {
  const { t, lang } = useI18n();
  const names = useNames();
  const list = useResource<{ mous: Mou[] }>('/mous');
  return (
    <>
      <h1>{t('mous.title')}</h1>
      <StaleNote behind={list.behind} />
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
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      )}
    </>
  );
}
