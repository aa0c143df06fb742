import { STAGES } from '@rujukan/domain';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorNote, Loading, StaleNote, useResource } from '../components/common.js';
import { formatDateTime, shortId } from '../format.js';
import { useI18n } from '../i18n.js';
import { label } from '../labels.js';
import { useNames } from '../use-names.js';

interface ListedCase {
  caseId: string;
  registrationNumber: string | null;
  ownerAgency: string;
  stage: string;
  status: string;
  victim: { initials: string; isChild: boolean | null } | null;
  openedAt: string;
  closedAt: string | null;
}

interface CaseList {
  total: number;
  limit: number;
  offset: number;
  cases: ListedCase[];
}

const REFERRAL_STATES = ['sent', 'accepted', 'declined', 'withdrawn', 'expired', 'completed'] as const;
const PAGE = 25;
const FILTERS = ['q', 'stage', 'status', 'referral', 'overdue', 'openedFrom', 'openedTo'] as const;

/**
 * Every case the agency may see (GET /cases): filters and a search box kept in the address, so a link (`?q=KI-2026-0042`)
 * opens the same list. The server searches by registration number, initials, police report number and, in the agency's
 * own cases, by a name word, NIK or phone through its blind index: the words typed here never reach a log.
 */
export function CasesPage() {
  const { t, lang } = useI18n();
  const names = useNames();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const offset = Number(params.get('offset') ?? 0) || 0;
  const query = new URLSearchParams();
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) query.set(name, value);
  }
  query.set('limit', String(PAGE));
  if (offset > 0) query.set('offset', String(offset));
  const list = useResource<CaseList>(`/cases?${query.toString()}`);

  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('offset');
    setParams(next);
  };
  const page = (to: number) => {
    const next = new URLSearchParams(params);
    if (to > 0) next.set('offset', String(to));
    else next.delete('offset');
    setParams(next);
  };
  const select = (name: string, options: readonly string[], vocabulary: string | null, id: string, caption: string) => (
    <div className="field">
      <label htmlFor={id}>{caption}</label>
      <select id={id} value={params.get(name) ?? ''} onChange={(e) => set(name, e.target.value)}>
        <option value="">{t('queue.all')}</option>
        {options.map((value) => (
          <option key={value} value={value}>
            {vocabulary ? label(lang, vocabulary, value) : t(`cases.status.${value}` as never)}
          </option>
        ))}
      </select>
    </div>
  );

  const data = list.data;
  return (
    <>
      <h1>{t('cases.title')}</h1>
      <form
        className="toolbar"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          set('q', text.trim());
        }}
      >
        <div className="field">
          <label htmlFor="cases-search">{t('cases.search')}</label>
          <input id="cases-search" type="search" value={text} maxLength={100} onChange={(e) => setText(e.target.value)} />
          <span className="hint">{t('cases.searchHint')}</span>
        </div>
        <button type="submit">{t('cases.find')}</button>
        {select('stage', STAGES, 'stage', 'cases-stage', t('queue.stage'))}
        {select('status', ['open', 'closed'], null, 'cases-status', t('cases.statusFilter'))}
        {select('referral', REFERRAL_STATES, 'referralStatus', 'cases-referral', t('cases.referral'))}
        <div className="field">
          <label htmlFor="cases-overdue">
            <input
              id="cases-overdue"
              type="checkbox"
              checked={params.get('overdue') === 'true'}
              onChange={(e) => set('overdue', e.target.checked ? 'true' : '')}
            />{' '}
            {t('cases.overdue')}
          </label>
        </div>
        <div className="field">
          <label htmlFor="cases-from">{t('cases.openedFrom')}</label>
          <input id="cases-from" type="date" value={params.get('openedFrom') ?? ''} onChange={(e) => set('openedFrom', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="cases-to">{t('cases.openedTo')}</label>
          <input id="cases-to" type="date" value={params.get('openedTo') ?? ''} onChange={(e) => set('openedTo', e.target.value)} />
        </div>
      </form>
      <StaleNote behind={list.behind} />
      {list.error !== null && <ErrorNote error={list.error} onRetry={() => void list.reload()} />}
      {list.loading && !data && <Loading />}
      {data && (
        <>
          <p className="hint" aria-live="polite">
            {t('cases.count', { total: data.total })}
          </p>
          {data.cases.length === 0 ? (
            <p className="hint">{t('queue.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="cards">
                <thead>
                  <tr>
                    <th scope="col">{t('col.case')}</th>
                    <th scope="col">{t('cases.victim')}</th>
                    <th scope="col">{t('col.stage')}</th>
                    <th scope="col">{t('cases.owner')}</th>
                    <th scope="col">{t('cases.opened')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.cases.map((c) => (
                    <tr key={c.caseId}>
                      <td data-label={t('col.case')}>
                        <Link to={`/kasus/${c.registrationNumber ?? c.caseId}`}>
                          <span className="mono">{c.registrationNumber ?? shortId(c.caseId)}</span>
                        </Link>
                      </td>
                      <td data-label={t('cases.victim')}>{c.victim?.initials ?? '—'}</td>
                      <td data-label={t('col.stage')}>
                        {label(lang, 'stage', c.stage)}
                        {c.status === 'closed' && c.stage !== 'closed' && <> · {t('cases.status.closed')}</>}
                      </td>
                      <td data-label={t('cases.owner')}>{names.agency(c.ownerAgency)}</td>
                      <td data-label={t('cases.opened')}>{formatDateTime(lang, c.openedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <nav className="toolbar" aria-label={t('cases.pages')}>
            <button type="button" disabled={offset === 0} onClick={() => page(Math.max(0, offset - PAGE))}>
              {t('cases.previous')}
            </button>
            <button type="button" disabled={offset + PAGE >= data.total} onClick={() => page(offset + PAGE)}>
              {t('cases.next')}
            </button>
          </nav>
        </>
      )}
    </>
  );
}
