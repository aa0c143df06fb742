import { useState } from 'react';
import { Link } from 'react-router';
import { apiPut } from '../api.js';
import { ErrorNote, Loading, Section, useResource } from '../components/common.js';
import { formatDateTime, shortId } from '../format.js';
import { useI18n } from '../i18n.js';
import { label } from '../labels.js';
import { useNames } from '../use-names.js';

/** One possible duplicate as GET /duplicates gives it to a supervisor: her case, and of the other only whom to call. */
interface PossibleDuplicate {
  matchId: string;
  basis: string;
  foundAt: string;
  ownCase: { caseId: string; registrationNumber: string | null };
  otherCase: { registrationNumber: string | null; agency: { code: string; name: string | null; email: string | null } };
  decision: { decision: string; agency: string; at: string } | null;
}

type Decision = 'linked' | 'not_same_person';

/**
 * Kemungkinan kasus ganda: the victims registered here who may already have a case elsewhere (the same NIK, or the same
 * name and birth year), for the agency's supervisors to call the other agency and decide. Nothing of the other case is
 * shown beyond its number and its agency's name and contact.
 */
export function DuplicatesPage() {
  const { t, lang } = useI18n();
  const names = useNames();
  const list = useResource<{ duplicates: PossibleDuplicate[] }>('/duplicates');
  const [done, setDone] = useState<string | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function decide(row: PossibleDuplicate, decision: Decision) {
    setFailed(null);
    setDone(null);
    setBusy(row.matchId);
    try {
      await apiPut(`/duplicates/${row.matchId}/decision`, { decision });
      setDone(t('dup.saved', { number: row.otherCase.registrationNumber ?? t('dup.noNumber'), decision: label(lang, 'duplicateDecision', decision) }));
      await list.reload();
    } catch (error) {
      setFailed(error);
    } finally {
      setBusy(null);
    }
  }

  const rows = list.data?.duplicates;
  return (
    <>
      <h1>{t('dup.title')}</h1>
      <p className="hint">{t('dup.intro')}</p>
      {done && (
        <p className="notice notice-ok" role="status">
          {done}
        </p>
      )}
      {failed !== null && <ErrorNote error={failed} />}
      {list.error !== null && <ErrorNote error={list.error} onRetry={() => void list.reload()} />}
      {!rows && list.error === null && <Loading />}
      {rows && (
        <Section id="duplicates-list" title={`${t('dup.title')} (${rows.length})`}>
          {rows.length === 0 ? (
            <p className="hint">{t('dup.none')}</p>
          ) : (
            <ul className="inbox-list duplicate-list">
              {rows.map((row) => {
                const own = row.ownCase.registrationNumber ?? shortId(row.ownCase.caseId);
                const other = row.otherCase.registrationNumber ?? t('dup.noNumber');
                const headingId = `dup-${row.matchId}-${row.ownCase.caseId}`;
                const agency = row.otherCase.agency.name ?? names.agency(row.otherCase.agency.code);
                return (
                  <li key={`${row.matchId}:${row.ownCase.caseId}`} data-testid="duplicate" aria-labelledby={headingId}>
                    <h3 id={headingId}>
                      <Link to={`/kasus/${row.ownCase.caseId}`}>{t('case.title', { id: own })}</Link> ↔ {other}
                    </h3>
                    <dl className="facts">
                      <dt>{t('dup.basis')}</dt>
                      <dd>{label(lang, 'duplicateBasis', row.basis)}</dd>
                      <dt>{t('dup.otherCase')}</dt>
                      <dd className="mono">{other}</dd>
                      <dt>{t('dup.otherAgency')}</dt>
                      <dd>{agency}</dd>
                      <dt>{t('dup.contact')}</dt>
                      <dd>
                        {row.otherCase.agency.email ? <a href={`mailto:${row.otherCase.agency.email}`}>{row.otherCase.agency.email}</a> : t('dup.noContact')}
                      </dd>
                      <dt>{t('dup.found')}</dt>
                      <dd>{formatDateTime(lang, row.foundAt)}</dd>
                      <dt>{t('dup.decision')}</dt>
                      <dd data-testid="duplicate-decision">
                        {row.decision
                          ? t('dup.decidedBy', {
                              decision: label(lang, 'duplicateDecision', row.decision.decision),
                              agency: names.agency(row.decision.agency),
                              time: formatDateTime(lang, row.decision.at),
                            })
                          : t('dup.undecided')}
                      </dd>
                    </dl>
                    <div className="form-actions" role="group" aria-labelledby={headingId}>
                      {row.decision?.decision !== 'linked' && (
                        <button type="button" className="button" disabled={busy === row.matchId} onClick={() => void decide(row, 'linked')}>
                          {t('dup.link')}
                        </button>
                      )}
                      {row.decision?.decision !== 'not_same_person' && (
                        <button
                          type="button"
                          className="button button-secondary"
                          disabled={busy === row.matchId}
                          onClick={() => void decide(row, 'not_same_person')}
                        >
                          {t('dup.notSame')}
                        </button>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
        </Section>
      )}
    </>
  );
}
