import { OPEN_STAGES, REFERRAL_SERVICES } from '@rujukan/domain';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ErrorNote, Loading, Section, StaleNote, useResource } from '../components/common.js';
import { formatDateTime, shortId, timeLeft, timeWaited } from '../format.js';
import { useI18n } from '../i18n.js';
import { label } from '../labels.js';
import { isCaseStaff, useSession } from '../session.js';
import { useNames } from '../use-names.js';

interface QueueReferral {
  referralId: string;
  caseId: string;
  /** `KI-2026-0042`; null for a case opened before registration numbers. */
  registrationNumber?: string | null;
  fromAgency: string;
  toAgency: string;
  service: string;
  status: string;
  sentAt: string;
  responseDeadline: string;
  secondsLeft: number | null;
  overdue: boolean;
  answeredAt: string | null;
  outcome: string | null;
}

interface QueueCase {
  caseId: string;
  /** `KI-2026-0042`; null for a case opened before registration numbers. */
  registrationNumber?: string | null;
  /** The caseworker who carries it (null: nobody); `mine`: the caller. */
  assignee?: string | null;
  mine?: boolean;
  stage: string;
  nextAction: { action?: string; dueAt?: string } | string | null;
  nextDeadline: { kind: string; dueAt: string } | null;
  openReferrals: number;
  updatedAt: string;
}

interface QueueTransfer {
  transferId: string;
  caseId: string;
  /** `KI-2026-0042`; null for a case opened before registration numbers. */
  registrationNumber?: string | null;
  fromAgency: string;
  toAgency: string;
  status: string;
  stage: string | null;
  requestedAt: string;
  waitingSeconds: number;
  /** The answers the caller's role may give (incoming only); the case page asks the domain whether now. */
  actions: string[];
}

interface QueueAnswer {
  agency: string;
  incoming: QueueReferral[];
  overdue: QueueReferral[];
  inProgress: QueueReferral[];
  recentlyClosed: QueueReferral[];
  awaitingOthers: QueueReferral[];
  incomingTransfers: QueueTransfer[];
  outgoingTransfers: QueueTransfer[];
  cases: QueueCase[];
}

export const QUEUE_POLL_MS = 10_000;

function matches(search: string, ...values: Array<string | null | undefined>): boolean {
  const needle = search.trim().toLowerCase();
  return !needle || values.some((v) => v?.toLowerCase().includes(needle));
}

function nextActionText(next: QueueCase['nextAction']): string | null {
  if (!next) return null;
  if (typeof next === 'string') return next;
  return next.action ?? null;
}

function ReferralTable({ rows, mode, caption }: { rows: QueueReferral[]; mode: 'incoming' | 'progress' | 'closed' | 'awaiting'; caption: string }) {
  const { t, lang } = useI18n();
  const names = useNames();
  const [, tick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => tick((n) => n + 1), 30_000);
    return () => clearInterval(timer);
  }, []);
  if (rows.length === 0) return <p className="hint">{t('queue.empty')}</p>;
  return (
    <div className="table-wrap">
      <table className="cards">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.case')}</th>
            <th scope="col">{mode === 'awaiting' ? t('col.to') : t('col.from')}</th>
            <th scope="col">{t('col.service')}</th>
            {mode === 'incoming' || mode === 'awaiting' ? (
              <>
                <th scope="col">{t('col.deadline')}</th>
                <th scope="col">{t('col.timeLeft')}</th>
              </>
            ) : (
              <>
                <th scope="col">{t('col.answered')}</th>
                <th scope="col">{t('col.status')}</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const left = timeLeft(t, r.responseDeadline);
            const pending = mode === 'incoming' || mode === 'awaiting';
            return (
              <tr key={r.referralId} className={pending && left.overdue ? 'overdue' : undefined}>
                <td data-label={t('col.case')}>
                  <Link to={mode === 'incoming' || mode === 'progress' ? `/kasus/${r.caseId}/rujukan/${r.referralId}` : `/kasus/${r.caseId}`}>
                    <span className="mono">{r.registrationNumber ?? shortId(r.caseId)}</span>
                  </Link>
                </td>
                <td data-label={mode === 'awaiting' ? t('col.to') : t('col.from')}>{names.agency(mode === 'awaiting' ? r.toAgency : r.fromAgency)}</td>
                <td data-label={t('col.service')}>{label(lang, 'service', r.service)}</td>
                {pending ? (
                  <>
                    <td data-label={t('col.deadline')}>{formatDateTime(lang, r.responseDeadline)}</td>
                    <td data-label={t('col.timeLeft')}>
                      <span className={left.overdue ? 'overdue-text' : undefined}>{left.text}</span>
                    </td>
                  </>
                ) : (
                  <>
                    <td data-label={t('col.answered')}>{formatDateTime(lang, r.answeredAt)}</td>
                    <td data-label={t('col.status')}>
                      <span className="badge">{label(lang, 'referralStatus', r.status)}</span>
                      {r.outcome && <> {label(lang, 'outcome', r.outcome)}</>}
                    </td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Transfers of whole cases between UPTD PPA: no deadline in the rules, so the time waited stands in for time left. */
function TransferTable({ rows, mode, caption }: { rows: QueueTransfer[]; mode: 'incoming' | 'outgoing'; caption: string }) {
  const { t, lang } = useI18n();
  const names = useNames();
  if (rows.length === 0) return <p className="hint">{t('queue.empty')}</p>;
  const other = mode === 'incoming' ? t('col.from') : t('col.to');
  return (
    <div className="table-wrap">
      <table className="cards">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.case')}</th>
            <th scope="col">{other}</th>
            <th scope="col">{t('col.stage')}</th>
            <th scope="col">{t('col.requested')}</th>
            <th scope="col">{t('col.waiting')}</th>
            {mode === 'incoming' && <th scope="col">{t('col.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.transferId}>
              <td data-label={t('col.case')}>
                <Link to={`/kasus/${r.caseId}`}>
                  <span className="mono">{r.registrationNumber ?? shortId(r.caseId)}</span>
                </Link>
              </td>
              <td data-label={other}>{names.agency(mode === 'incoming' ? r.fromAgency : r.toAgency)}</td>
              <td data-label={t('col.stage')}>{label(lang, 'stage', r.stage)}</td>
              <td data-label={t('col.requested')}>{formatDateTime(lang, r.requestedAt)}</td>
              <td data-label={t('col.waiting')}>{timeWaited(t, r.requestedAt)}</td>
              {mode === 'incoming' && (
                <td data-label={t('col.actions')}>
                  {r.actions.length === 0
                    ? '—'
                    : r.actions.map((command) => (
                        <Link key={command} className="button button-secondary" to={`/kasus/${r.caseId}#case-actions`}>
                          {label(lang, 'command', command)}
                        </Link>
                      ))}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Antrian: what the agency has to do now, most urgent first, refreshed while it is open. */
export function QueuePage() {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const names = useNames();
  const [service, setService] = useState('');
  const [stage, setStage] = useState('');
  const [search, setSearch] = useState('');
  const query = new URLSearchParams({ ...(service && { service }), ...(stage && { stage }) }).toString();
  const queue = useResource<QueueAnswer>(`/queues/mine${query ? `?${query}` : ''}`, QUEUE_POLL_MS);
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  useEffect(() => {
    if (queue.data) setUpdatedAt(new Date());
  }, [queue.data]);

  const data = queue.data;
  const filter = (rows: QueueReferral[]) =>
    rows.filter((r) =>
      matches(search, r.caseId, r.registrationNumber, names.agency(r.fromAgency), names.agency(r.toAgency), r.service, label(lang, 'service', r.service)),
    );
  const staff = isCaseStaff(session?.actor.role ?? '');
  const supervisor = session?.actor.role === 'supervisor';
  const overdueCount = data ? data.incoming.filter((r) => r.overdue).length : 0;
  const filterTransfers = (rows: QueueTransfer[]) =>
    rows.filter((r) => matches(search, r.caseId, r.registrationNumber, names.agency(r.fromAgency), names.agency(r.toAgency)));

  return (
    <>
      <h1>{t('queue.title', { agency: session ? names.agency(session.actor.agency) : '' })}</h1>
      <form className="toolbar" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="queue-search">{t('queue.search')}</label>
          <input id="queue-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="queue-service">{t('queue.service')}</label>
          <select id="queue-service" value={service} onChange={(e) => setService(e.target.value)}>
            <option value="">{t('queue.all')}</option>
            {REFERRAL_SERVICES.map((s) => (
              <option key={s} value={s}>
                {label(lang, 'service', s)}
              </option>
            ))}
          </select>
        </div>
        {staff && (
          <div className="field">
            <label htmlFor="queue-stage">{t('queue.stage')}</label>
            <select id="queue-stage" value={stage} onChange={(e) => setStage(e.target.value)}>
              <option value="">{t('queue.all')}</option>
              {OPEN_STAGES.map((s) => (
                <option key={s} value={s}>
                  {label(lang, 'stage', s)}
                </option>
              ))}
            </select>
          </div>
        )}
      </form>
      <p className="hint" aria-live="polite">
        {t('queue.live', { seconds: QUEUE_POLL_MS / 1000 })}
        {updatedAt && ` · ${t('app.updated', { time: formatDateTime(lang, updatedAt) })}`}
      </p>
      <StaleNote behind={queue.behind} />
      {queue.error !== null && <ErrorNote error={queue.error} onRetry={() => void queue.reload()} />}
      {queue.loading && !data && <Loading />}
      {data && (
        <>
          <Section
            id="queue-incoming"
            title={`${t('queue.incoming')} (${data.incoming.length})`}
            actions={overdueCount > 0 ? <span className="badge badge-danger">{t('queue.overdueCount', { count: overdueCount })}</span> : undefined}
          >
            <p className="hint">{t('queue.incomingHint')}</p>
            <ReferralTable rows={filter(data.incoming)} mode="incoming" caption={t('queue.incoming')} />
          </Section>
          {(staff || data.incomingTransfers.length > 0) && (
            <Section id="queue-transfers-in" title={`${t('queue.transfersIn')} (${data.incomingTransfers.length})`}>
              <p className="hint">{t('queue.transfersInHint')}</p>
              <TransferTable rows={filterTransfers(data.incomingTransfers)} mode="incoming" caption={t('queue.transfersIn')} />
            </Section>
          )}
          <Section id="queue-progress" title={`${t('queue.inProgress')} (${data.inProgress.length})`}>
            <ReferralTable rows={filter(data.inProgress)} mode="progress" caption={t('queue.inProgress')} />
          </Section>
          {staff && (
            <>
              <Section id="queue-mine" title={`${t('queue.mine')} (${data.cases.filter((c) => c.mine).length})`}>
                <p className="hint">{t('queue.mineHint')}</p>
                <CaseTable rows={data.cases.filter((c) => c.mine && matches(search, c.caseId, c.registrationNumber, c.stage, label(lang, 'stage', c.stage)))} />
              </Section>
              {supervisor && <TeamSection />}
              <Section id="queue-cases" title={`${t('queue.cases')} (${data.cases.filter((c) => !c.mine).length})`}>
                <CaseTable
                  rows={data.cases.filter((c) => !c.mine && matches(search, c.caseId, c.registrationNumber, c.stage, label(lang, 'stage', c.stage)))}
                />
              </Section>
              <Section id="queue-awaiting" title={`${t('queue.awaiting')} (${data.awaitingOthers.length})`}>
                <ReferralTable rows={filter(data.awaitingOthers)} mode="awaiting" caption={t('queue.awaiting')} />
              </Section>
              {data.outgoingTransfers.length > 0 && (
                <Section id="queue-transfers-out" title={`${t('queue.transfersOut')} (${data.outgoingTransfers.length})`}>
                  <TransferTable rows={filterTransfers(data.outgoingTransfers)} mode="outgoing" caption={t('queue.transfersOut')} />
                </Section>
              )}
            </>
          )}
          <Section id="queue-recent" title={`${t('queue.recent')} (${data.recentlyClosed.length})`}>
            <ReferralTable rows={filter(data.recentlyClosed)} mode="closed" caption={t('queue.recent')} />
          </Section>
        </>
      )}
    </>
  );
}

interface TeamAnswer {
  members: Array<{ userId: string; name: string | null; assignable: boolean; openCases: number; overdueItems: number }>;
  unassigned: { openCases: number; overdueItems: number };
}

/** The supervisor's team: open cases and overdue items per caseworker, and the cases nobody carries yet. */
function TeamSection() {
  const { t } = useI18n();
  const team = useResource<TeamAnswer>('/queues/team', QUEUE_POLL_MS);
  const data = team.data;
  return (
    <Section id="queue-team" title={t('queue.team')}>
      {team.error ? (
        <ErrorNote error={team.error} />
      ) : !data ? (
        <Loading />
      ) : (
        <div className="table-wrap">
          <table className="cards">
            <caption className="visually-hidden">{t('queue.team')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('col.caseworker')}</th>
                <th scope="col" className="num">
                  {t('col.openCases')}
                </th>
                <th scope="col" className="num">
                  {t('col.overdueItems')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.members.map((m) => (
                <tr key={m.userId} className={m.overdueItems > 0 ? 'overdue' : undefined}>
                  <td data-label={t('col.caseworker')}>
                    {m.name ?? m.userId}
                    {!m.assignable && <span className="hint"> ({t('queue.notAssignable')})</span>}
                  </td>
                  <td data-label={t('col.openCases')} className="num">
                    {m.openCases}
                  </td>
                  <td data-label={t('col.overdueItems')} className="num">
                    {m.overdueItems}
                  </td>
                </tr>
              ))}
              <tr>
                <td data-label={t('col.caseworker')}>{t('queue.unassigned')}</td>
                <td data-label={t('col.openCases')} className="num">
                  {data.unassigned.openCases}
                </td>
                <td data-label={t('col.overdueItems')} className="num">
                  {data.unassigned.overdueItems}
                </td>
              </tr>
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}

function CaseTable({ rows }: { rows: QueueCase[] }) {
  const { t, lang } = useI18n();
  if (rows.length === 0) return <p className="hint">{t('queue.empty')}</p>;
  const byStage = OPEN_STAGES.map((stage) => ({ stage, cases: rows.filter((c) => c.stage === stage) })).filter((g) => g.cases.length > 0);
  return (
    <>
      {byStage.map(({ stage, cases }) => (
        <div key={stage}>
          <h3>
            {label(lang, 'stage', stage)} <span className="badge badge-muted">{cases.length}</span>
          </h3>
          <div className="table-wrap">
            <table className="cards">
              <thead>
                <tr>
                  <th scope="col">{t('col.case')}</th>
                  <th scope="col">{t('col.next')}</th>
                  <th scope="col">{t('col.due')}</th>
                  <th scope="col" className="num">
                    {t('col.openReferrals')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {cases.map((c) => {
                  const due = c.nextDeadline ? timeLeft(t, c.nextDeadline.dueAt) : null;
                  return (
                    <tr key={c.caseId} className={due?.overdue ? 'overdue' : undefined}>
                      <td data-label={t('col.case')}>
                        <Link to={`/kasus/${c.caseId}`}>
                          <span className="mono">{c.registrationNumber ?? shortId(c.caseId)}</span>
                        </Link>
                      </td>
                      <td data-label={t('col.next')}>{nextActionText(c.nextAction) ? label(lang, 'nextAction', nextActionText(c.nextAction)) : '—'}</td>
                      <td data-label={t('col.due')}>
                        {c.nextDeadline ? (
                          <>
                            {formatDateTime(lang, c.nextDeadline.dueAt)} <span className={due?.overdue ? 'overdue-text' : 'hint'}>({due?.text})</span>
                          </>
                        ) : (
                          '—'
                        )}
                      </td>
                      <td data-label={t('col.openReferrals')} className="num">
                        {c.openReferrals}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </>
  );
}
