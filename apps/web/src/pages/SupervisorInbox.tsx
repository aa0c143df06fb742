import { useState } from 'react';
import { Link } from 'react-router';
import { apiCommand } from '../api.js';
import { ErrorNote, Loading, Section, useResource } from '../components/common.js';
import { formatDate, formatDateTime, shortId } from '../format.js';
import { useI18n } from '../i18n.js';
import { label } from '../labels.js';
import { useNames } from '../use-names.js';

interface CaseRef {
  caseId: string;
  registrationNumber?: string | null;
  stage?: string;
  victimInitials?: string | null;
}

interface InboxAnswer {
  approvals: {
    assessments: Array<
      CaseRef & {
        assessmentId: string | null;
        assessment: {
          indicators: Record<string, string | string[] | null> | null;
          victimStatus: string | null;
          riskLevel: string | null;
          needs: string[];
        };
        recordedBy: string;
        recordedAt: string;
      }
    >;
    closures: Array<CaseRef & { closureReason: string | null; restitutionUnpaid: boolean; note: unknown; requestedBy: string; requestedAt: string }>;
    reintegrationPlans: Array<CaseRef & { since: string }>;
  };
  escalations: {
    expiredReferrals: Array<{
      referralId: string;
      caseId: string;
      registrationNumber?: string | null;
      toAgency: string;
      service: string;
      responseDeadline: string;
      expiredAt: string;
      resend: { toAgency: string; service: string; reason: string; sharesIdentity: boolean };
    }>;
    overdueServices: Array<{ caseId: string; registrationNumber?: string | null; serviceId: string | null; responsibleAgency: string; dueAt: string }>;
  };
  waitingLong: Array<CaseRef & { assignee: string | null; nextAction: string | null; lastActivityAt: string }>;
  waitingLongDays: number;
}

// Each indicator list of an assessment and the vocabulary that names its values.
const INDICATOR_VOCABULARIES: Array<[field: string, vocabulary: string, title: [string, string]]> = [
  ['recruitmentMethods', 'recruitmentMethod', ['Cara perekrutan', 'Recruitment']],
  ['meansOfControl', 'meansOfControl', ['Cara pengendalian', 'Means of control']],
  ['exploitationTypes', 'exploitationType', ['Bentuk eksploitasi', 'Exploitation']],
  ['modus', 'modus', ['Modus', 'Modus']],
  ['transitPoints', 'transitPoint', ['Titik transit', 'Transit points']],
];

const text = (value: unknown): string => (Array.isArray(value) ? value.map(String).join('') : value == null ? '' : String(value));

function CaseLink({ row }: { row: CaseRef }) {
  const { t } = useI18n();
  return (
    <Link to={`/kasus/${row.caseId}`}>
      {t('case.title', { id: row.registrationNumber ?? shortId(row.caseId) })}
      {row.victimInitials ? ` · ${row.victimInitials}` : ''}
    </Link>
  );
}

/** Kotak masuk: what awaits a supervisor of the agency — approvals shown whole, escalations, cases waiting long. */
export function SupervisorInboxPage() {
  const { t, lang } = useI18n();
  const names = useNames();
  const inbox = useResource<InboxAnswer>('/queues/supervisor', 30_000);
  const [done, setDone] = useState<string | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const say = (id: string, en: string) => (lang === 'id' ? id : en);

  async function resend(referral: InboxAnswer['escalations']['expiredReferrals'][number]) {
    setFailed(null);
    try {
      // The same agency, service, reason and sharing; a new answer deadline three days on.
      await apiCommand(`/cases/${referral.caseId}/send-referral`, {
        ...referral.resend,
        responseDeadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      });
      setDone(t('inbox.resent', { agency: names.agency(referral.toAgency) }));
      await inbox.reload();
    } catch (error) {
      setFailed(error);
    }
  }

  const data = inbox.data;
  return (
    <>
      <h1>{t('inbox.title')}</h1>
      {done && (
        <p className="notice notice-ok" role="status">
          {done}
        </p>
      )}
      {failed !== null && <ErrorNote error={failed} />}
      {inbox.error !== null && <ErrorNote error={inbox.error} onRetry={() => void inbox.reload()} />}
      {!data && inbox.error === null && <Loading />}
      {data && (
        <>
          <Section id="inbox-assessments" title={`${t('inbox.assessments')} (${data.approvals.assessments.length})`}>
            {data.approvals.assessments.length === 0 ? (
              <p className="hint">{t('app.none')}</p>
            ) : (
              <ul className="inbox-list">
                {data.approvals.assessments.map((a) => (
                  <li key={a.caseId}>
                    <CaseLink row={a} /> — {label(lang, 'victimStatus', a.assessment.victimStatus)}, {say('risiko', 'risk')}{' '}
                    {label(lang, 'riskLevel', a.assessment.riskLevel).toLowerCase()} ({formatDateTime(lang, a.recordedAt)})
                    <dl>
                      {INDICATOR_VOCABULARIES.map(([field, vocabulary, title]) => {
                        const values = a.assessment.indicators?.[field];
                        if (!Array.isArray(values) || values.length === 0) return null;
                        return (
                          <div key={field}>
                            <dt>{say(...title)}</dt>
                            <dd>{values.map((v) => label(lang, vocabulary, v)).join(', ')}</dd>
                          </div>
                        );
                      })}
                      {a.assessment.needs.length > 0 && (
                        <div>
                          <dt>{say('Kebutuhan', 'Needs')}</dt>
                          <dd>{a.assessment.needs.map((n) => label(lang, 'service', n)).join(', ')}</dd>
                        </div>
                      )}
                    </dl>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section id="inbox-closures" title={`${t('inbox.closures')} (${data.approvals.closures.length})`}>
            {data.approvals.closures.length === 0 ? (
              <p className="hint">{t('app.none')}</p>
            ) : (
              <ul className="inbox-list">
                {data.approvals.closures.map((c) => (
                  <li key={c.caseId}>
                    <CaseLink row={c} /> — {label(lang, 'closureReason', c.closureReason)} ({formatDateTime(lang, c.requestedAt)})
                    {text(c.note) && <p className="hint">{text(c.note)}</p>}
                    {c.restitutionUnpaid && <p className="notice notice-info">{label(lang, 'flag', 'restitution_unpaid')}</p>}
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section id="inbox-plans" title={`${t('inbox.plans')} (${data.approvals.reintegrationPlans.length})`}>
            {data.approvals.reintegrationPlans.length === 0 ? (
              <p className="hint">{t('app.none')}</p>
            ) : (
              <ul className="inbox-list">
                {data.approvals.reintegrationPlans.map((p) => (
                  <li key={p.caseId}>
                    <CaseLink row={p} /> — {label(lang, 'nextAction', 'approve_reintegration_plan')}
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section id="inbox-expired" title={`${t('inbox.expired')} (${data.escalations.expiredReferrals.length})`}>
            {data.escalations.expiredReferrals.length === 0 ? (
              <p className="hint">{t('app.none')}</p>
            ) : (
              <ul className="inbox-list">
                {data.escalations.expiredReferrals.map((r) => (
                  <li key={r.referralId}>
                    <CaseLink row={r} /> — {label(lang, 'service', r.service)} → {names.agency(r.toAgency)}, {say('tenggat', 'deadline')}{' '}
                    {formatDateTime(lang, r.responseDeadline)}
                    <p className="hint">{r.resend.reason}</p>
                    <button type="button" onClick={() => void resend(r)}>
                      {t('inbox.resend')}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section id="inbox-overdue" title={`${t('inbox.overdueServices')} (${data.escalations.overdueServices.length})`}>
            {data.escalations.overdueServices.length === 0 ? (
              <p className="hint">{t('app.none')}</p>
            ) : (
              <ul className="inbox-list">
                {data.escalations.overdueServices.map((s) => (
                  <li key={`${s.caseId}:${s.serviceId}`}>
                    <CaseLink row={s} /> — {names.agency(s.responsibleAgency)}, {say('seharusnya mulai', 'due to start')} {formatDate(lang, s.dueAt)}
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section id="inbox-waiting" title={`${t('inbox.waitingLong', { days: String(data.waitingLongDays) })} (${data.waitingLong.length})`}>
            {data.waitingLong.length === 0 ? (
              <p className="hint">{t('app.none')}</p>
            ) : (
              <ul className="inbox-list">
                {data.waitingLong.map((c) => (
                  <li key={c.caseId}>
                    <CaseLink row={c} /> — {label(lang, 'stage', c.stage)}, {say('terakhir bergerak', 'last activity')} {formatDate(lang, c.lastActivityAt)}
                    {c.nextAction && ` · ${label(lang, 'nextAction', c.nextAction)}`}
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </>
      )}
    </>
  );
}
