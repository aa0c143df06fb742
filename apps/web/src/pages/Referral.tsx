import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api.js';
import { ErrorNote, Loading, Section, StaleNote, useResource } from '../components/common.js';
import { formatDateTime, shortId, timeLeft } from '../format.js';
import { useI18n } from '../i18n.js';
import { label } from '../labels.js';
import { useNames } from '../use-names.js';
import { ActionPanel, describeReferralTarget, type CaseActions, type CaseSummary } from './Case.js';
import { IdentityPanel } from './identity/IdentityPanel.js';

const REFERRAL_COMMANDS = ['AcceptReferral', 'DeclineReferral', 'CompleteReferral', 'WithdrawReferral'];

/** Rujukan: one referral, and its answers — accept, decline with a reason, complete with an outcome — when they are the caller's to give. */
export function ReferralPage() {
  const { caseId = '', referralId = '' } = useParams();
  const { t, lang } = useI18n();
  const summary = useResource<CaseSummary>(`/cases/${caseId}`);
  const actions = useResource<CaseActions>(`/cases/${caseId}/actions`);
  const names = useNames();
  const [done, setDone] = useState<string | null>(null);
  const referral = summary.data?.referrals.find((r) => r.referralId === referralId) ?? null;

  // Only this referral's answers: the same command on another referral of the case belongs to that page.
  const mine: CaseActions | null = actions.data && {
    actions: actions.data.actions
      .filter((a) => REFERRAL_COMMANDS.includes(a.command) && a.targets?.ids.includes(referralId))
      .map((a) => ({ ...a, targets: { field: 'referralId', ids: [referralId] } })),
    blocked: [],
  };

  async function afterCommand(command: string) {
    // "Saved" once the page shows the command's outcome, not before its actions are read again (as on the case page).
    await Promise.all([summary.reload(), actions.reload()]);
    setDone(t('case.done', { action: label(lang, 'command', command) }));
  }

  const left = referral && referral.status === 'sent' ? timeLeft(t, referral.responseDeadline) : null;
  // The case by its registration number, as everywhere else; the short id only for a case opened before numbers.
  const caseName = summary.data?.registrationNumber ?? shortId(caseId);
  return (
    <>
      <p>
        <Link to="/antrian">← {t('nav.queue')}</Link> · <Link to={`/kasus/${caseId}`}>{t('referral.caseLink')}</Link>
      </p>
      <h1>{referral ? t('referral.title', { service: label(lang, 'service', referral.service) }) : t('case.title', { id: caseName })}</h1>
      {done && (
        <p className="notice notice-ok" role="status">
          {done}
        </p>
      )}
      <StaleNote behind={summary.behind} />
      {summary.error !== null && <ErrorNote error={summary.error} onRetry={() => void summary.reload()} />}
      {summary.loading && !summary.data && <Loading />}
      {summary.data && !referral && <ErrorNote error={new ApiError(404, 'REFERRAL.NOT_FOUND', referralId)} />}
      {referral && (
        <div className="grid-2">
          <div>
            <Section id="referral-actions" title={t('case.actions')}>
              {mine && mine.actions.length === 0 ? (
                <p className="hint">{t('referral.nothing')}</p>
              ) : (
                mine && (
                  <ActionPanel
                    caseId={caseId}
                    actions={mine}
                    describeTarget={describeReferralTarget(lang, summary.data, names)}
                    onOpen={() => setDone(null)}
                    onDone={(c) => void afterCommand(c)}
                  />
                )
              )}
            </Section>
          </div>
          <div>
            <Section id="referral-facts" title={t('case.summary')}>
              <dl className="facts">
                <dt>{t('col.case')}</dt>
                <dd>
                  <Link to={`/kasus/${caseId}`}>
                    <span className="mono">{caseName}</span>
                  </Link>{' '}
                  ({label(lang, 'stage', summary.data!.stage)})
                </dd>
                <dt>{t('col.from')}</dt>
                <dd>{names.agency(referral.fromAgency)}</dd>
                <dt>{t('col.to')}</dt>
                <dd>
                  {names.agency(referral.toAgency)} ({label(lang, 'agencyType', referral.toAgencyType)})
                </dd>
                <dt>{t('col.reason')}</dt>
                <dd data-testid="referral-reason">{referral.reason ?? '—'}</dd>
                <dt>{t('col.status')}</dt>
                <dd>
                  <span className="badge">{label(lang, 'referralStatus', referral.status)}</span>
                  {referral.outcome && <> {label(lang, 'outcome', referral.outcome)}</>}
                </dd>
                <dt>{t('col.sent')}</dt>
                <dd>{formatDateTime(lang, referral.sentAt)}</dd>
                <dt>{t('col.deadline')}</dt>
                <dd>
                  {formatDateTime(lang, referral.responseDeadline)}
                  {left && <span className={left.overdue ? 'overdue-text' : 'hint'}> ({left.text})</span>}
                </dd>
                {referral.answeredAt && (
                  <>
                    <dt>{t('col.answered')}</dt>
                    <dd>{formatDateTime(lang, referral.answeredAt)}</dd>
                  </>
                )}
                {referral.answerReason && (
                  <>
                    <dt>{t('referral.answer')}</dt>
                    <dd>{referral.answerReason}</dd>
                  </>
                )}
              </dl>
            </Section>
            {/* What the victim's consent lets this agency see, opened on request with a reason (the API decides and logs it). */}
            <IdentityPanel caseId={caseId} />
          </div>
        </div>
      )}
    </>
  );
}
