import { OPEN_STAGES } from '@rujukan/domain';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { CommandForm } from '../components/CommandForm.js';
import { ErrorNote, Loading, Section, StaleNote, useResource } from '../components/common.js';
import { formatDate, formatDateTime, shortId, timeLeft, timeWaited } from '../format.js';
import { useI18n } from '../i18n.js';
import { label, refusal } from '../labels.js';
import type { Names } from '../names.js';
import { isCaseStaff, useSession } from '../session.js';
import { personalReason, timelineText } from '../timeline-text.js';
import { useNames } from '../use-names.js';
import { groupActions, groupTitle, NEXT_ACTION_COMMAND, primaryCommand } from './case-actions.js';
import { DocumentsPanel } from './documents/DocumentsPanel.js';
import { LettersPanel } from './documents/LettersPanel.js';
import { IdentityPanel } from './identity/IdentityPanel.js';
import { ArrivalPanel, type ArrivalFields } from './intake/ArrivalPanel.js';

export interface CaseReferral {
  referralId: string;
  fromAgency: string;
  toAgency: string;
  toAgencyType: string;
  service: string;
  status: string;
  sentAt: string;
  responseDeadline: string;
  answeredAt: string | null;
  completedAt: string | null;
  outcome: string | null;
  /** The sender's words to the receiver (opened for the owner and the referral's two agencies). */
  reason?: string | null;
  answerReason: string | null;
}

export interface CaseTransfer {
  transferId: string;
  fromAgency: string;
  toAgency: string;
  status: string;
  reason: string;
  requestedAt: string;
  answeredAt: string | null;
  answerReason: string | null;
}

export interface CaseSummary {
  caseId: string;
  /** `KI-2026-0042`; null for a case opened before registration numbers. */
  registrationNumber?: string | null;
  access: 'owner' | 'former_owner' | 'transfer' | 'referral';
  ownerAgency: string;
  /** The owner's caseworker for the case (the owner alone sees it). */
  assignee?: { userId: string; name: string | null } | null;
  stage: string;
  status: string;
  channel: string;
  foundDistrictCode: string;
  victim: { initials: string; sex: string; isChild: boolean; originProvinceCode?: string; originDistrictCode?: string } | null;
  assessment?: { victimStatus: string | null; riskLevel: string | null };
  referrals: CaseReferral[];
  transfers?: CaseTransfer[];
  legal?: {
    policeReports?: Record<string, Record<string, unknown>>;
    /** The criminal case past the report, by step: spdp, suspects, caseFileComplete, prosecution, verdict. */
    criminalCase?: Record<string, Record<string, unknown>>;
    lpsk?: Record<string, Record<string, unknown>>;
    restitutions?: Record<string, Record<string, unknown>>;
  };
  flags?: string[];
  nextAction?: string | null;
  openedAt: string;
  closedAt: string | null;
  revision: number;
  runningClocks: Array<{ kind: string; subjectId: string; responsibleAgency: string; dueAt: string; overdue: boolean }>;
  withheld?: string[];
}

export interface CaseActions {
  actions: Array<{ command: string; targets?: { field: string; ids: string[] }; prefill?: Record<string, string> }>;
  blocked: Array<{ command: string; code: string; message: string; details?: Record<string, unknown> }>;
}

interface Timeline {
  events: Array<{
    revision: number;
    type: string;
    actor: string;
    role: string;
    agency: string;
    occurredAt: string;
    summary: string;
    reason: string | null;
    facts: Record<string, unknown> | null;
  }>;
}

/**
 * The stages a case went through, from its timeline: a stage skipped (SkipStage) or never reached before the case
 * closed is "skipped", not "done". Null when the timeline shows no stage change (a viewer who sees only its own rows).
 */
export function skippedStages(events: Timeline['events'] | undefined): Set<string> | null {
  const rows = (events ?? []).filter((e) => e.facts && ['StageAdvanced', 'StageSkipped', 'CaseClosed', 'CaseReopened'].includes(e.type));
  if (rows.length === 0) return null;
  const reached = new Set<string>(['intake']);
  const skipped = new Set<string>();
  for (const e of rows) {
    const f = e.facts!;
    if (e.type === 'StageSkipped') skipped.add(String(f.stage));
    if (e.type === 'StageAdvanced' || e.type === 'StageSkipped') reached.add(String(f.to));
    if (e.type === 'CaseReopened') reached.add(String(f.stage));
    if (e.type === 'CaseClosed') reached.add(String(f.closedFromStage));
  }
  for (const stage of OPEN_STAGES) if (!reached.has(stage)) skipped.add(stage);
  return skipped;
}

export function StageProgress({ stage, skipped = null }: { stage: string; skipped?: Set<string> | null }) {
  const { t, lang } = useI18n();
  const all = [...OPEN_STAGES, 'closed'];
  const current = all.indexOf(stage);
  const state = (s: string, i: number) => (i === current ? 'current' : i < current ? (skipped?.has(s) ? 'skipped' : 'done') : undefined);
  const words = { current: t('case.stageCurrent'), done: t('case.stageDone'), skipped: t('case.stageSkipped') };
  return (
    <ol className="stages" aria-label={t('case.progress')}>
      {all.map((s, i) => {
        const st = state(s, i);
        return (
          <li key={s} className={st} aria-current={st === 'current' ? 'step' : undefined}>
            {label(lang, 'stage', s)}
            <span className="visually-hidden"> ({st ? words[st] : ''})</span>
          </li>
        );
      })}
    </ol>
  );
}

/**
 * Action buttons for exactly what the caller may run now (asked of the domain), each opening its form. The case's next
 * step leads as the one primary button; the others sit in groups named for what they are for, closed until opened (a
 * short list, as a receiving agency's, stays in view).
 */
export function ActionPanel({
  caseId,
  actions,
  commands,
  nextAction,
  describeTarget,
  onDone,
  onOpen,
}: {
  caseId: string;
  actions: CaseActions;
  commands?: (command: string) => boolean;
  /** The summary's next step (`nextAction`): its command, when the caller may run it, is the primary button. */
  nextAction?: string | null;
  describeTarget(id: string): string;
  onDone(command: string): void;
  /** A form opens: the notice of the last saved command no longer applies. */
  onOpen?(): void;
}) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  const [openGroups, setOpenGroups] = useState<ReadonlySet<string>>(new Set());
  const shown = actions.actions.filter((a) => !commands || commands(a.command));
  const blocked = actions.blocked.filter((b) => !commands || commands(b.command));
  const active = shown.find((a) => a.command === open);
  const primary = primaryCommand(
    nextAction,
    shown.map((a) => a.command),
  );
  const groups = groupActions(shown, primary);
  const others = groups.flatMap(([, list]) => list);
  const flat = others.length <= 4;
  const elsewhere = nextAction && !primary && NEXT_ACTION_COMMAND[nextAction] ? nextAction : null;

  const form = (command: string) =>
    active?.command === command && (
      <div className="action-form">
        <CommandForm
          key={active.command}
          command={active.command}
          caseId={caseId}
          targetIds={active.targets?.ids}
          describeTarget={describeTarget}
          prefill={active.prefill}
          onCancel={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            onDone(active.command);
          }}
        />
      </div>
    );
  const button = (command: string, primaryButton = false) => (
    <button
      type="button"
      className={primaryButton ? 'button button-primary-action' : open === command ? 'button' : 'button button-secondary'}
      aria-expanded={open === command}
      onClick={() => {
        onOpen?.();
        setOpen(open === command ? null : command);
      }}
    >
      {label(lang, 'command', command)}
    </button>
  );
  const list = (items: typeof shown) => (
    <ul className="action-list">
      {items.map((a) => (
        <li key={a.command}>{button(a.command)}</li>
      ))}
    </ul>
  );
  return (
    <>
      {shown.length === 0 && <p className="hint">{t('case.noActions')}</p>}
      {primary && (
        <div className="next-step" data-testid="next-step">
          <p className="next-step-title">{t('case.nextStep')}</p>
          {button(primary, true)}
          {form(primary)}
        </div>
      )}
      {elsewhere && (
        <p className="notice notice-info" data-testid="next-step-elsewhere">
          {t('case.nextStepElsewhere', { action: label(lang, 'nextAction', elsewhere) })}
        </p>
      )}
      {others.length > 0 && flat && (
        <>
          {primary && <p className="next-step-title">{t('case.otherActions')}</p>}
          {list(others)}
          {active && active.command !== primary && form(active.command)}
        </>
      )}
      {others.length > 0 && !flat && (
        <div className="action-groups">
          {groups.map(([group, items]) => (
            <details
              key={group}
              className="action-group"
              data-group={group}
              open={openGroups.has(group) || items.some((a) => a.command === open)}
              onToggle={(e) => {
                const isOpen = e.currentTarget.open;
                setOpenGroups((now) => {
                  const next = new Set(now);
                  if (isOpen) next.add(group);
                  else next.delete(group);
                  return next;
                });
              }}
            >
              <summary>
                {groupTitle(lang, group)} <span className="hint">({items.length})</span>
              </summary>
              {list(items)}
              {active && items.includes(active) && form(active.command)}
            </details>
          ))}
        </div>
      )}
      {blocked.length > 0 && (
        <details className="blocked">
          <summary>{lang === 'id' ? `Belum dapat dilakukan (${blocked.length})` : `Not possible yet (${blocked.length})`}</summary>
          <ul>
            {blocked.map((b) => (
              <li key={b.command}>
                <strong>{label(lang, 'command', b.command)}</strong>: {refusal(lang, b.code, b.message, b.details)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

export function describeReferralTarget(lang: 'id' | 'en', summary: CaseSummary | null, names: Names) {
  return (id: string) => {
    const referral = summary?.referrals.find((r) => r.referralId === id);
    if (referral) return `${label(lang, 'service', referral.service)} → ${names.agency(referral.toAgency)} (${label(lang, 'referralStatus', referral.status)})`;
    const transfer = summary?.transfers?.find((x) => x.transferId === id);
    return transfer ? `${names.agency(transfer.fromAgency)} → ${names.agency(transfer.toAgency)} (${label(lang, 'transferStatus', transfer.status)})` : id;
  };
}

function LegalTrack({ legal }: { legal: NonNullable<CaseSummary['legal']> }) {
  const { t, lang } = useI18n();
  const names = useNames();
  const reports = Object.entries(legal.policeReports ?? {});
  const lpsk = Object.entries(legal.lpsk ?? {});
  const restitutions = Object.entries(legal.restitutions ?? {});
  const criminal = legal.criminalCase ?? {};
  if (!reports.length && !lpsk.length && !restitutions.length && !Object.keys(criminal).length) return <p className="hint">{t('case.noLegal')}</p>;
  const day = (value: unknown) => formatDate(lang, String(value ?? ''));
  const say = (id: string, en: string) => (lang === 'id' ? id : en);
  const { spdp, suspects, caseFileComplete, prosecution, verdict } = criminal;
  const suspectNames = Array.isArray(suspects?.names) ? (suspects.names as unknown[]).map(String).join('; ') : '';
  return (
    <ul>
      {reports.map(([number, r]) => (
        <li key={number}>
          LP <span className="mono">{number}</span> — {String(r.unit ?? '')} ({names.agency(String(r.policeAgency ?? ''))}),{' '}
          {formatDate(lang, String(r.filedOn ?? ''))}
        </li>
      ))}
      {spdp && (
        <li>
          SPDP <span className="mono">{String(spdp.number ?? '')}</span>, {day(spdp.issuedOn)}
        </li>
      )}
      {suspects && (
        <li>
          {say('Tersangka', 'Suspects')}: {String(suspects.total ?? '')} ({say('terakhir', 'last')} {day(suspects.lastNamedOn)})
          {suspectNames && ` — ${suspectNames}`}
        </li>
      )}
      {caseFileComplete && (
        <li>
          {say('Berkas lengkap (P-21)', 'Case file complete (P-21)')}: {day(caseFileComplete.completeOn)}
        </li>
      )}
      {prosecution && (
        <li>
          {say('Penuntutan', 'Prosecution')}: {String(prosecution.court ?? '')}, {day(prosecution.startedOn)}
        </li>
      )}
      {verdict && (
        <li>
          {say('Putusan', 'Verdict')} <span className="mono">{String(verdict.number ?? '')}</span> ({String(verdict.court ?? '')}, {day(verdict.decidedOn)}):{' '}
          {label(lang, 'verdictOutcome', String(verdict.outcome ?? ''))}
          {typeof verdict.sentenceMonths === 'number' && verdict.sentenceMonths > 0 && `, ${verdict.sentenceMonths} ${say('bulan', 'months')}`}
          {typeof verdict.restitutionOrderedAmount === 'number' &&
            verdict.restitutionOrderedAmount > 0 &&
            `, ${say('restitusi', 'restitution')} Rp ${verdict.restitutionOrderedAmount.toLocaleString('id-ID')}`}
        </li>
      )}
      {lpsk.map(([id, a]) => (
        <li key={id}>
          LPSK <span className="mono">{id}</span>: {label(lang, 'lpskStatus', String(a.decision ?? a.status ?? ''))}
        </li>
      ))}
      {restitutions.map(([id, r]) => (
        <li key={id}>
          {lang === 'id' ? 'Restitusi' : 'Restitution'} <span className="mono">{id}</span>: {label(lang, 'restitutionStatus', String(r.status ?? ''))}
          {typeof r.amount === 'number' && ` — Rp ${r.amount.toLocaleString('id-ID')}`}
        </li>
      ))}
    </ul>
  );
}

/** True while the page is one column (the stylesheet's `.grid-2` breakpoint), following the window as it changes. */
function useNarrow(query = '(max-width: 900px)'): boolean {
  const [narrow, setNarrow] = useState(() => typeof window !== 'undefined' && window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const changed = () => setNarrow(list.matches);
    changed();
    list.addEventListener('change', changed);
    return () => list.removeEventListener('change', changed);
  }, [query]);
  return narrow;
}

/** Kasus: the case as the agency may see it, what it may do now, and what happened. */
export function CasePage() {
  const { caseId = '' } = useParams();
  const { t, lang } = useI18n();
  const summary = useResource<CaseSummary>(`/cases/${caseId}`);
  const actions = useResource<CaseActions>(`/cases/${caseId}/actions`);
  const timeline = useResource<Timeline>(`/cases/${caseId}/timeline?limit=500`);
  const names = useNames();
  const { session } = useSession();
  const [done, setDone] = useState<string | null>(null);

  async function afterCommand(command: string) {
    // The reads carry the command's position: they answer with the write included. "Saved" is said once the page
    // shows it: said before, it announced a page whose actions were still those from before the command, and a
    // button pressed then could move under the pointer when the new actions came.
    await Promise.all([summary.reload(), actions.reload(), timeline.reload()]);
    setDone(t('case.done', { action: label(lang, 'command', command) }));
  }

  const s = summary.data;
  // On a phone the page is one column: the summary comes before the actions, not after the whole history.
  const narrow = useNarrow();
  const summaryPanel = s && (
    <Section id="case-summary" title={t('case.summary')}>
      <dl className="facts">
        <dt>{t('case.owner')}</dt>
        <dd data-testid="case-owner">{names.agency(s.ownerAgency)}</dd>
        {s.access === 'owner' && (
          <>
            <dt>{t('case.assignee')}</dt>
            <dd data-testid="case-assignee">{s.assignee ? (s.assignee.name ?? s.assignee.userId) : t('case.unassigned')}</dd>
          </>
        )}
        <dt>{t('case.channel')}</dt>
        <dd>{label(lang, 'channel', s.channel)}</dd>
        <dt>{t('case.found')}</dt>
        <dd data-testid="case-found">{names.district(s.foundDistrictCode)}</dd>
        <dt>{t('case.opened')}</dt>
        <dd>{formatDateTime(lang, s.openedAt)}</dd>
        {s.nextAction && (
          <>
            <dt>{t('case.nextAction')}</dt>
            <dd>{label(lang, 'nextAction', s.nextAction)}</dd>
          </>
        )}
      </dl>
      {s.flags && s.flags.length > 0 && (
        <p>
          {s.flags.map((f) => (
            <span key={f} className={['high_risk', 'referral_expired', 'consent_missing'].includes(f) ? 'badge badge-danger' : 'badge badge-muted'}>
              {label(lang, 'flag', f)}
            </span>
          ))}
        </p>
      )}
      {s.withheld && s.withheld.length > 0 && (
        <p className="hint">{t('case.withheld', { sections: s.withheld.map((w) => label(lang, 'caseSection', w)).join(', ') })}</p>
      )}
    </Section>
  );
  const victimPanel = s && (
    <Section id="case-victim" title={t('case.victim')}>
      {s.victim ? (
        <dl className="facts">
          <dt>{lang === 'id' ? 'Inisial' : 'Initials'}</dt>
          <dd>{s.victim.initials}</dd>
          <dt>{lang === 'id' ? 'Jenis kelamin' : 'Sex'}</dt>
          <dd>
            {label(lang, 'sex', s.victim.sex)}, {s.victim.isChild ? t('case.child') : t('case.adult')}
          </dd>
          {s.victim.originDistrictCode && (
            <>
              <dt>{t('case.origin')}</dt>
              <dd>{names.district(s.victim.originDistrictCode)}</dd>
            </>
          )}
          {s.assessment && (
            <>
              <dt>{t('case.victimStatus')}</dt>
              <dd>{label(lang, 'victimStatus', s.assessment.victimStatus)}</dd>
              <dt>{t('case.risk')}</dt>
              <dd>{label(lang, 'riskLevel', s.assessment.riskLevel)}</dd>
            </>
          )}
        </dl>
      ) : (
        <p className="hint">{t('case.noVictim')}</p>
      )}
    </Section>
  );
  return (
    <>
      <p>
        <Link to="/antrian">← {t('nav.queue')}</Link>
      </p>
      <h1>
        {t('case.title', { id: s?.registrationNumber ?? shortId(s?.caseId ?? caseId) })}{' '}
        {s && <span className={s.status === 'closed' ? 'badge badge-muted' : 'badge'}>{label(lang, 'stage', s.stage)}</span>}
      </h1>
      {done && (
        <p className="notice notice-ok" role="status">
          {done}
        </p>
      )}
      <StaleNote behind={summary.behind} />
      {summary.error !== null && <ErrorNote error={summary.error} onRetry={() => void summary.reload()} />}
      {summary.loading && !s && <Loading />}
      {s && (
        <>
          <Section id="case-progress" title={t('case.progress')}>
            <StageProgress stage={s.stage} skipped={skippedStages(timeline.data?.events)} />
          </Section>
          <div className="grid-2">
            <div>
              {narrow && summaryPanel}
              {narrow && victimPanel}
              <Section id="case-actions" title={t('case.actions')}>
                {s.access === 'former_owner' && <p className="notice notice-info">{t('case.readOnly')}</p>}
                {s.access === 'transfer' && <p className="notice notice-info">{t('case.transferPending', { from: names.agency(s.ownerAgency) })}</p>}
                {actions.error !== null && <ErrorNote error={actions.error} />}
                {actions.data && (
                  <ActionPanel
                    caseId={caseId}
                    actions={actions.data}
                    nextAction={s.nextAction}
                    describeTarget={describeReferralTarget(lang, s, names)}
                    onOpen={() => setDone(null)}
                    onDone={(c) => void afterCommand(c)}
                  />
                )}
              </Section>
              <Section id="case-referrals" title={`${t('case.referrals')} (${s.referrals.length})`}>
                {s.referrals.length === 0 ? (
                  <p className="hint">{t('app.none')}</p>
                ) : (
                  <div className="table-wrap">
                    <table className="cards">
                      <thead>
                        <tr>
                          <th scope="col">{t('col.from')}</th>
                          <th scope="col">{t('col.to')}</th>
                          <th scope="col">{t('col.service')}</th>
                          <th scope="col">{t('col.reason')}</th>
                          <th scope="col">{t('col.status')}</th>
                          <th scope="col">{t('col.deadline')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {s.referrals.map((r) => {
                          const left = r.status === 'sent' ? timeLeft(t, r.responseDeadline) : null;
                          return (
                            <tr key={r.referralId} className={left?.overdue ? 'overdue' : undefined}>
                              <td data-label={t('col.from')}>{names.agency(r.fromAgency)}</td>
                              <td data-label={t('col.to')}>
                                <Link to={`/kasus/${caseId}/rujukan/${r.referralId}`}>{names.agency(r.toAgency)}</Link>
                              </td>
                              <td data-label={t('col.service')}>{label(lang, 'service', r.service)}</td>
                              <td data-label={t('col.reason')} data-testid="referral-reason">
                                {r.reason ?? '—'}
                              </td>
                              <td data-label={t('col.status')}>
                                <span
                                  className={
                                    r.status === 'declined' || r.status === 'expired'
                                      ? 'badge badge-danger'
                                      : r.status === 'completed'
                                        ? 'badge badge-ok'
                                        : 'badge'
                                  }
                                >
                                  {label(lang, 'referralStatus', r.status)}
                                </span>
                                {r.outcome && <> {label(lang, 'outcome', r.outcome)}</>}
                              </td>
                              <td data-label={t('col.deadline')}>
                                {formatDateTime(lang, r.responseDeadline)}
                                {left && <span className={left.overdue ? 'overdue-text' : 'hint'}> ({left.text})</span>}
                              </td>
                            </tr>
                          );
                        })}
                      </tbody>
                    </table>
                  </div>
                )}
              </Section>
              {s.transfers && s.transfers.length > 0 && (
                <Section id="case-transfers" title={`${t('case.transfers')} (${s.transfers.length})`}>
                  <div className="table-wrap">
                    <table className="cards">
                      <thead>
                        <tr>
                          <th scope="col">{t('col.from')}</th>
                          <th scope="col">{t('col.to')}</th>
                          <th scope="col">{t('col.status')}</th>
                          <th scope="col">{t('col.requested')}</th>
                          <th scope="col">{t('col.reason')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {s.transfers.map((x) => (
                          <tr key={x.transferId}>
                            <td data-label={t('col.from')}>{names.agency(x.fromAgency)}</td>
                            <td data-label={t('col.to')}>{names.agency(x.toAgency)}</td>
                            <td data-label={t('col.status')}>
                              <span className={x.status === 'declined' ? 'badge badge-danger' : x.status === 'accepted' ? 'badge badge-ok' : 'badge'}>
                                {label(lang, 'transferStatus', x.status)}
                              </span>
                              {x.status === 'requested' && <span className="hint"> ({timeWaited(t, x.requestedAt)})</span>}
                            </td>
                            <td data-label={t('col.requested')}>{formatDateTime(lang, x.requestedAt)}</td>
                            <td data-label={t('col.reason')}>
                              {x.reason}
                              {x.answerReason && <span className="hint"> — {x.answerReason}</span>}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </Section>
              )}
              <Section id="case-timeline" title={t('case.timeline')}>
                {timeline.error !== null && <ErrorNote error={timeline.error} />}
                {timeline.data && (
                  <ol className="timeline">
                    {[...timeline.data.events].reverse().map((e) => (
                      <li key={e.revision}>
                        <span className="when">
                          {formatDateTime(lang, e.occurredAt)} · {e.actor} ({label(lang, 'role', e.role)}, {names.agency(e.agency)})
                        </span>
                        {timelineText(lang, e, names)}
                        {personalReason(e) && <span className="hint"> — {personalReason(e)}</span>}
                      </li>
                    ))}
                  </ol>
                )}
              </Section>
            </div>
            <div>
              {!narrow && summaryPanel}
              {!narrow && victimPanel}
              <ArrivalPanel {...(s as ArrivalFields)} />
              {s.victim && <IdentityPanel key={s.caseId} caseId={s.caseId} />}
              <DocumentsPanel
                key={`documents-${s.caseId}`}
                caseId={s.caseId}
                mayAttach={s.access === 'owner' && isCaseStaff(session?.actor.role ?? '')}
                onAttached={() => void timeline.reload()}
              />
              <LettersPanel
                caseId={s.caseId}
                registrationNumber={s.registrationNumber}
                owner={s.access === 'owner'}
                referrals={s.referrals}
                handedOver={timeline.data?.events.some((e) => e.type === 'VictimHandedOver') ?? false}
              />
              {s.runningClocks.length > 0 && (
                <Section id="case-clocks" title={t('case.clocks')}>
                  <ul>
                    {s.runningClocks.map((c) => {
                      const left = timeLeft(t, c.dueAt);
                      return (
                        <li key={`${c.kind}-${c.subjectId}`}>
                          {label(lang, 'clock', c.kind)} ({names.agency(c.responsibleAgency)}): {formatDateTime(lang, c.dueAt)} —{' '}
                          <span className={left.overdue ? 'overdue-text' : undefined}>{left.text}</span>
                        </li>
                      );
                    })}
                  </ul>
                </Section>
              )}
              {s.legal && (
                <Section id="case-legal" title={t('case.legal')}>
                  <LegalTrack legal={s.legal} />
                </Section>
              )}
            </div>
          </div>
        </>
      )}
    </>
  );
}
