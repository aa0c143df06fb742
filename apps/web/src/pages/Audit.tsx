import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { apiGet } from '../api.js';
import { ErrorNote, Loading, Section } from '../components/common.js';
import { formatDateTime } from '../format.js';
import { label } from '../labels.js';
import { eventLabel, usePageText, type PageText } from './audit-stats.messages.js';
import './audit-stats.css';

/** One event as GET /audit/cases/:id/events answers it (the fields this page reads). */
interface AuditedEvent {
  revision: number;
  eventId: string;
  type: string;
  recordedAt: string;
  occurredAt: string;
  actor: string;
  role: string;
  agency: string;
  hash: string;
}

interface EventsPage {
  events: AuditedEvent[];
  nextAfterRevision: number | null;
  streamLength: number;
}

/** The parts of the folded case (the domain's CaseFile) the page summarises; the whole is shown as JSON too. */
interface CaseFileView {
  exists: true;
  ownerAgency: string;
  channel: string;
  districtCode: string;
  openedAt: string;
  stage: string;
  victim: { initials: string; sex: string; ageBand: string | null; isChild: boolean; nationality: string; originDistrictCode: string } | null;
  consents: Record<string, { active: boolean }>;
  assessments: Record<string, { victimStatus: string; approved: boolean }>;
  latestAssessmentId: string | null;
  services: Record<string, { delivered: boolean }>;
  shelterPlacements: Record<string, unknown>;
  policeReportNumbers: string[];
  lpskApplications: Record<string, unknown>;
  restitutions: Record<string, unknown>;
  referrals: Record<string, { referralId: string; toAgency: string; service: string; status: string; outcome: string | null }>;
  transfers: Record<string, unknown>;
  closureRequest: { reason: string } | null;
  identityErased: boolean;
}
type CaseStateView = { exists: false } | CaseFileView;

interface AsOf {
  revision: number;
  recordedAt: string | null;
  eventCount: number;
  state: CaseStateView;
}

interface PatchOperation {
  op: string;
  path: string;
  value?: unknown;
}

interface Diff {
  changes: PatchOperation[];
  events: Array<{ revision: number; type: string; recordedAt: string; actor: string; agency: string }>;
}

interface BrokenLink {
  streamName: string;
  revision: number;
  reason: string;
  expectedHash: string | null;
  foundHash: string | null;
}

interface AnchorCheck {
  anchorId: string;
  date: string;
  rootMatches: boolean;
  signatureValid: boolean;
  trusted: boolean;
}

interface Verification {
  ok: boolean;
  verifiedEvents: number;
  headRevision: number;
  headHash: string | null;
  broken: BrokenLink | null;
  anchored: { revision: number; hash: string; holds: boolean } | null;
  anchors: { ok: boolean; count: number; latest: AnchorCheck | null; failing: AnchorCheck[]; chain: { broken: BrokenLink | null } };
}

interface Snapshot {
  revision: number;
  asOf: AsOf;
  diff: Diff | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** How long the slider must rest before the point is asked for: every audit query is recorded in the access log. */
const SETTLE_MS = 200;

const query = (values: Record<string, string>) => new URLSearchParams(values).toString();
const shortHash = (hash: string | null) => (hash ? `${hash.slice(0, 12)}…` : '—');

/** Every event of the case, page after page (1,000 a page). */
async function loadEvents(caseId: string, reason: string): Promise<AuditedEvent[]> {
  const events: AuditedEvent[] = [];
  let after = -1;
  for (;;) {
    const page = (await apiGet<EventsPage>(`/audit/cases/${caseId}/events?${query({ reason, limit: '1000', afterRevision: String(after) })}`)).data;
    events.push(...page.events);
    if (page.nextAfterRevision === null) return events;
    after = page.nextAfterRevision;
  }
}

/** A datetime-local value read as Western Indonesian Time. */
function wibToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const date = new Date(`${value.length === 16 ? `${value}:00` : value}+07:00`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p className="field-error" id={id}>
      {message}
    </p>
  ) : null;
}

/**
 * For auditors: a case replayed with a slider over its revisions — the state the domain folds at that
 * point, what that event changed, the events up to it — and its hash chain verified against the signed
 * anchors. Every read names a reason, which the API records in the access log before it answers.
 */
export function AuditPage() {
  const { tx, t } = usePageText();
  const [params, setParams] = useSearchParams();
  const [caseId, setCaseId] = useState(params.get('kasus') ?? '');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ caseId?: string; reason?: string }>({});
  const [opened, setOpened] = useState<{ caseId: string; reason: string } | null>(null);
  const [events, setEvents] = useState<AuditedEvent[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const [position, setPosition] = useState(0);
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [snapshotError, setSnapshotError] = useState<unknown>(null);
  const cache = useRef(new Map<number, Snapshot>());
  const [verification, setVerification] = useState<Verification | null>(null);
  const [verifyError, setVerifyError] = useState<unknown>(null);
  const [verifying, setVerifying] = useState(false);
  const caseField = useRef<HTMLInputElement>(null);
  const reasonField = useRef<HTMLTextAreaElement>(null);

  async function open(event: FormEvent) {
    event.preventDefault();
    const id = caseId.trim().toLowerCase();
    const why = reason.trim();
    const found = {
      caseId: UUID.test(id) ? undefined : `${tx('audit.caseId')}: ${tx('audit.caseIdInvalid')}`,
      reason: why.length >= 3 && why.length <= 500 ? undefined : `${tx('audit.reason')}: ${tx('audit.reasonInvalid')}`,
    };
    setErrors(found);
    if (found.caseId) return caseField.current?.focus();
    if (found.reason) return reasonField.current?.focus();
    setParams({ kasus: id }, { replace: true });
    cache.current = new Map();
    setOpened({ caseId: id, reason: why });
    setEvents(null);
    setSnapshot(null);
    setVerification(null);
    setVerifyError(null);
    setLoadError(null);
    setLoading(true);
    try {
      const all = await loadEvents(id, why);
      setEvents(all);
      setPosition(all.length - 1);
    } catch (failure) {
      setLoadError(failure);
    } finally {
      setLoading(false);
    }
  }

  // The state and the changes at the slider's point, asked for once it rests, remembered per revision.
  useEffect(() => {
    if (!opened || !events || events.length === 0) return;
    const known = cache.current.get(position);
    if (known) {
      setSnapshot(known);
      setSnapshotError(null);
      return;
    }
    let current = true;
    const timer = setTimeout(async () => {
      try {
        const base = `/audit/cases/${opened.caseId}`;
        const [asOf, diff] = await Promise.all([
          apiGet<AsOf>(`${base}/state?${query({ reason: opened.reason, revision: String(position) })}`),
          position > 0 ? apiGet<Diff>(`${base}/diff?${query({ reason: opened.reason, from: String(position - 1), to: String(position) })}`) : null,
        ]);
        const next = { revision: position, asOf: asOf.data, diff: diff?.data ?? null };
        cache.current.set(position, next);
        if (current) {
          setSnapshot(next);
          setSnapshotError(null);
        }
      } catch (failure) {
        if (current) setSnapshotError(failure);
      }
    }, SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [opened, events, position]);

  async function verify() {
    if (!opened) return;
    setVerifying(true);
    setVerifyError(null);
    try {
      setVerification((await apiGet<Verification>(`/audit/cases/${opened.caseId}/verify?${query({ reason: opened.reason })}`)).data);
    } catch (failure) {
      setVerification(null);
      setVerifyError(failure);
    } finally {
      setVerifying(false);
    }
  }

  return (
    <>
      <h1>{tx('audit.title')}</h1>
      <p className="lede">{tx('audit.intro')}</p>

      <Section id="audit-open" title={tx('audit.open')}>
        <form className="form audit-open" onSubmit={open} noValidate>
          {(errors.caseId || errors.reason) && (
            <p className="notice notice-error" role="alert">
              {t('form.fix')}
            </p>
          )}
          <div className="field">
            <label htmlFor="audit-case">
              {tx('audit.caseId')} <span className="required" aria-hidden="true">*</span>
            </label>
            <input
              id="audit-case"
              ref={caseField}
              className="mono"
              value={caseId}
              onChange={(e) => setCaseId(e.target.value)}
              autoComplete="off"
              spellCheck={false}
              required
              aria-invalid={errors.caseId ? true : undefined}
              aria-describedby={errors.caseId ? 'audit-case-hint audit-case-error' : 'audit-case-hint'}
            />
            <p className="hint" id="audit-case-hint">
              {tx('audit.caseIdHint')}
            </p>
            <FieldError id="audit-case-error" message={errors.caseId} />
          </div>
          <div className="field">
            <label htmlFor="audit-reason">
              {tx('audit.reason')} <span className="required" aria-hidden="true">*</span>
            </label>
            <textarea
              id="audit-reason"
              ref={reasonField}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              maxLength={500}
              required
              aria-invalid={errors.reason ? true : undefined}
              aria-describedby={errors.reason ? 'audit-reason-hint audit-reason-error' : 'audit-reason-hint'}
            />
            <p className="hint" id="audit-reason-hint">
              {tx('audit.reasonHint')}
            </p>
            <FieldError id="audit-reason-error" message={errors.reason} />
          </div>
          <div className="form-actions">
            <button type="submit" className="button" disabled={loading}>
              {tx('audit.submit')}
            </button>
          </div>
        </form>
      </Section>

      {loading && <Loading />}
      {loadError !== null && <ErrorNote error={loadError} />}
      {opened && events && events.length > 0 && (
        <>
          <Replay events={events} position={position} setPosition={setPosition} opened={opened} />
          {snapshotError !== null && <ErrorNote error={snapshotError} />}
          {!snapshot && snapshotError === null && <Loading />}
          <div className="grid-2" aria-busy={snapshot?.revision !== position}>
            <div>
              {snapshot && <StateView snapshot={snapshot} />}
              {snapshot && <ChangesView snapshot={snapshot} />}
            </div>
            <div>
              <Section id="audit-verify" title={tx('audit.verify')}>
                <p className="hint">{tx('audit.verifyHint')}</p>
                <div className="form-actions">
                  <button type="button" className="button" onClick={() => void verify()} disabled={verifying}>
                    {verifying ? tx('audit.verifying') : tx('audit.verifyButton')}
                  </button>
                </div>
                <div aria-live="polite">
                  {verifyError !== null && <ErrorNote error={verifyError} />}
                  {verification && <VerificationView result={verification} />}
                </div>
              </Section>
            </div>
          </div>
          <EventList events={events} position={position} />
        </>
      )}
    </>
  );
}

function Replay({
  events,
  position,
  setPosition,
  opened,
}: {
  events: AuditedEvent[];
  position: number;
  setPosition(next: number): void;
  opened: { caseId: string; reason: string };
}) {
  const { tx, lang } = usePageText();
  const [at, setAt] = useState('');
  const [atError, setAtError] = useState<string | null>(null);
  const [jumpNote, setJumpNote] = useState<string | null>(null);
  const [jumpFailure, setJumpFailure] = useState<unknown>(null);
  const last = events.length - 1;
  const current = events[position]!;
  const pointText = tx('audit.point', { revision: position, last, when: formatDateTime(lang, current.recordedAt), event: eventLabel(lang, current.type) });

  async function jump(event: FormEvent) {
    event.preventDefault();
    setJumpNote(null);
    setJumpFailure(null);
    const iso = wibToIso(at);
    if (!iso) {
      setAtError(`${tx('audit.jumpAt')}: ${tx('audit.jumpInvalid')}`);
      return;
    }
    setAtError(null);
    try {
      const asOf = (await apiGet<AsOf>(`/audit/cases/${opened.caseId}/state?${query({ reason: opened.reason, at: iso })}`)).data;
      if (asOf.revision < 0) {
        setJumpNote(tx('audit.jumpBefore'));
        return;
      }
      // The state at a time is the state after the last event recorded by then: the slider goes there.
      setJumpNote(tx('audit.jumped', { when: formatDateTime(lang, iso), revision: asOf.revision }));
      setPosition(asOf.revision);
    } catch (failure) {
      setJumpFailure(failure);
    }
  }

  return (
    <Section id="audit-replay" title={tx('audit.replay')}>
      <div className="replay">
        <label htmlFor="audit-revision" className="replay-label">
          {tx('audit.slider')}
        </label>
        <p className="hint" id="audit-revision-hint">
          {tx('audit.sliderHint')}
        </p>
        <input
          id="audit-revision"
          type="range"
          min={0}
          max={last}
          step={1}
          value={position}
          onChange={(e) => setPosition(Number(e.target.value))}
          aria-valuetext={pointText}
          aria-describedby="audit-revision-hint"
        />
        <p className="replay-point" aria-live="polite">
          <strong>{pointText}</strong>
        </p>
        <div className="button-row">
          <button type="button" className="button button-secondary" onClick={() => setPosition(0)} disabled={position === 0}>
            « {tx('audit.first')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setPosition(Math.max(0, position - 1))} disabled={position === 0}>
            ‹ {tx('audit.previous')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setPosition(Math.min(last, position + 1))} disabled={position === last}>
            {tx('audit.next')} ›
          </button>
          <button type="button" className="button button-secondary" onClick={() => setPosition(last)} disabled={position === last}>
            {tx('audit.last')} »
          </button>
        </div>
      </div>
      <form className="jump" onSubmit={jump} noValidate>
        <div className="field">
          <label htmlFor="audit-at">{tx('audit.jumpAt')}</label>
          <input
            id="audit-at"
            type="datetime-local"
            value={at}
            onChange={(e) => setAt(e.target.value)}
            aria-invalid={atError ? true : undefined}
            aria-describedby={atError ? 'audit-at-error' : undefined}
          />
          <FieldError id="audit-at-error" message={atError ?? undefined} />
        </div>
        <button type="submit" className="button button-secondary">
          {tx('audit.jump')}
        </button>
      </form>
      {jumpNote && (
        <p className="notice notice-info" role="status">
          {jumpNote}
        </p>
      )}
      {jumpFailure !== null && <ErrorNote error={jumpFailure} />}
    </Section>
  );
}

function count(record: Record<string, unknown>): number {
  return Object.keys(record).length;
}

function StateView({ snapshot }: { snapshot: Snapshot }) {
  const { tx, t, lang } = usePageText();
  const state = snapshot.asOf.state;
  return (
    <Section id="audit-state" title={tx('audit.state', { revision: snapshot.revision })}>
      {!state.exists ? (
        <p>{tx('audit.noCase')}</p>
      ) : (
        <>
          <dl className="facts">
            <dt>{tx('audit.stage')}</dt>
            <dd>
              <span className="badge">{label(lang, 'stage', state.stage)}</span>
            </dd>
            <dt>{tx('audit.owner')}</dt>
            <dd>{state.ownerAgency}</dd>
            <dt>{tx('audit.channel')}</dt>
            <dd>{label(lang, 'channel', state.channel)}</dd>
            <dt>{tx('audit.found')}</dt>
            <dd>{state.districtCode}</dd>
            <dt>{tx('audit.opened')}</dt>
            <dd>{formatDateTime(lang, state.openedAt)}</dd>
            <dt>{tx('audit.victim')}</dt>
            <dd>
              {state.victim
                ? [
                    state.victim.initials,
                    label(lang, 'sex', state.victim.sex),
                    state.victim.ageBand ?? '—',
                    state.victim.isChild ? t('case.child') : t('case.adult'),
                    state.victim.nationality,
                    state.victim.originDistrictCode,
                  ].join(' · ')
                : tx('audit.noVictim')}
              {state.identityErased && <span className="badge badge-muted">{tx('audit.identityErased')}</span>}
            </dd>
            <dt>{tx('audit.assessment')}</dt>
            <dd>
              {state.latestAssessmentId && state.assessments[state.latestAssessmentId]
                ? `${label(lang, 'victimStatus', state.assessments[state.latestAssessmentId]!.victimStatus)} · ${
                    state.assessments[state.latestAssessmentId]!.approved ? tx('audit.approved') : tx('audit.notApproved')
                  }`
                : '—'}
            </dd>
            {state.closureRequest && (
              <>
                <dt>{tx('audit.closure')}</dt>
                <dd>{state.closureRequest.reason}</dd>
              </>
            )}
            <dt>{tx('audit.records')}</dt>
            <dd>
              {tx('audit.recordCounts', {
                consents: Object.values(state.consents).filter((c) => c.active).length,
                services: count(state.services),
                delivered: Object.values(state.services).filter((s) => s.delivered).length,
                shelters: count(state.shelterPlacements),
                reports: state.policeReportNumbers.length,
                lpsk: count(state.lpskApplications),
                restitutions: count(state.restitutions),
                transfers: count(state.transfers),
              })}
            </dd>
          </dl>
          {count(state.referrals) > 0 && (
            <>
              <h3>{tx('audit.referrals')}</h3>
              <table className="cards">
                <thead>
                  <tr>
                    <th scope="col">{t('col.service')}</th>
                    <th scope="col">{t('col.to')}</th>
                    <th scope="col">{t('col.status')}</th>
                    <th scope="col">{t('col.outcome')}</th>
                  </tr>
                </thead>
                <tbody>
                  {Object.values(state.referrals).map((r) => (
                    <tr key={r.referralId}>
                      <td data-label={t('col.service')}>{label(lang, 'service', r.service)}</td>
                      <td data-label={t('col.to')}>{r.toAgency}</td>
                      <td data-label={t('col.status')}>{label(lang, 'referralStatus', r.status)}</td>
                      <td data-label={t('col.outcome')}>{label(lang, 'outcome', r.outcome)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
      <details className="state-json">
        <summary>{tx('audit.fullState')}</summary>
        <pre className="mono">{JSON.stringify(state, null, 2)}</pre>
      </details>
    </Section>
  );
}

function opLabel(tx: PageText, op: string): string {
  return op === 'add' ? tx('audit.op.add') : op === 'replace' ? tx('audit.op.replace') : op === 'remove' ? tx('audit.op.remove') : op;
}

function shortValue(value: unknown): string {
  if (value === undefined) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

function ChangesView({ snapshot }: { snapshot: Snapshot }) {
  const { tx, lang } = usePageText();
  const diff = snapshot.diff;
  return (
    <Section id="audit-changes" title={tx('audit.changes', { revision: snapshot.revision })}>
      {diff === null ? (
        <p>{tx('audit.changesFirst')}</p>
      ) : (
        <>
          <ul className="plain-list">
            {diff.events.map((e) => (
              <li key={e.revision}>
                <strong>{eventLabel(lang, e.type)}</strong> · {formatDateTime(lang, e.recordedAt)} · {e.actor} ({e.agency})
              </li>
            ))}
          </ul>
          {diff.changes.length === 0 ? (
            <p>{tx('audit.noChanges')}</p>
          ) : (
            <table className="cards stack changes">
              <thead>
                <tr>
                  <th scope="col">{tx('audit.op')}</th>
                  <th scope="col">{tx('audit.path')}</th>
                  <th scope="col">{tx('audit.value')}</th>
                </tr>
              </thead>
              <tbody>
                {diff.changes.map((change, i) => (
                  <tr key={`${change.path}-${i}`}>
                    <td data-label={tx('audit.op')}>{opLabel(tx, change.op)}</td>
                    <td data-label={tx('audit.path')} className="mono break">
                      {change.path}
                    </td>
                    <td data-label={tx('audit.value')} className="mono break">
                      {shortValue(change.value)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </Section>
  );
}

function EventList({ events, position }: { events: AuditedEvent[]; position: number }) {
  const { tx, lang } = usePageText();
  const shown = events.slice(0, position + 1);
  const later = events.length - shown.length;
  return (
    <Section id="audit-events" title={tx('audit.events')}>
      <table className="cards">
        <thead>
          <tr>
            <th scope="col" className="num">
              {tx('audit.col.revision')}
            </th>
            <th scope="col">{tx('audit.col.recorded')}</th>
            <th scope="col">{tx('audit.col.event')}</th>
            <th scope="col">{tx('audit.col.actor')}</th>
            <th scope="col">{tx('audit.col.hash')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((e) => (
            <tr key={e.revision} className={e.revision === position ? 'current' : undefined} aria-current={e.revision === position ? 'step' : undefined}>
              <td data-label={tx('audit.col.revision')} className="num">
                {e.revision}
              </td>
              <td data-label={tx('audit.col.recorded')}>{formatDateTime(lang, e.recordedAt)}</td>
              <td data-label={tx('audit.col.event')}>
                {eventLabel(lang, e.type)}
                {e.revision === position && <span className="sr-only"> ({tx('audit.current')})</span>}
              </td>
              <td data-label={tx('audit.col.actor')}>
                {e.actor} · {label(lang, 'role', e.role)} · {e.agency}
              </td>
              <td data-label={tx('audit.col.hash')} className="mono" title={e.hash}>
                {shortHash(e.hash)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {later > 0 && <p className="hint">{tx('audit.later', { count: later })}</p>}
    </Section>
  );
}

function reasonText(tx: PageText, reason: string): string {
  const key = `audit.reason.${reason}` as Parameters<PageText>[0];
  return ['hash_mismatch', 'missing_event', 'missing_stream', 'missing_tail', 'anchor_mismatch'].includes(reason) ? tx(key) : reason;
}

function VerificationView({ result }: { result: Verification }) {
  const { tx } = usePageText();
  const links = [result.broken, result.anchors.chain.broken].filter((l): l is BrokenLink => l !== null);
  if (result.ok) {
    return (
      <div className="notice notice-ok" role="status">
        <p>
          <strong>{tx('audit.intact')}</strong>
        </p>
        <p>{tx('audit.intactDetail', { count: result.verifiedEvents, head: result.headRevision, hash: shortHash(result.headHash) })}</p>
        <p>{result.anchored ? tx('audit.anchoredHolds', { revision: result.anchored.revision }) : tx('audit.notAnchored')}</p>
        {result.anchors.latest && <p>{tx('audit.anchors', { count: result.anchors.count, date: result.anchors.latest.date })}</p>}
      </div>
    );
  }
  return (
    <div className="verify-broken">
      <div className="notice notice-error" role="alert">
        <p>
          <strong>{tx('audit.broken')}</strong>
        </p>
        <p>{tx('audit.intactDetail', { count: result.verifiedEvents, head: result.headRevision, hash: shortHash(result.headHash) })}</p>
      </div>
      {links.length > 0 && (
        <>
          <h3>{tx('audit.brokenLinks')}</h3>
          {/* One block per link: the verification sits in a narrow column, where a five-column table would not fit. */}
          <ul className="plain-list broken-links">
            {links.map((link) => (
              <li key={`${link.streamName}-${link.revision}`}>
                <dl className="facts">
                  <dt>{tx('audit.col.stream')}</dt>
                  <dd className="mono break">{link.streamName}</dd>
                  <dt>{tx('audit.col.revision')}</dt>
                  <dd data-field="revision">{link.revision}</dd>
                  <dt>{tx('audit.col.reason')}</dt>
                  <dd data-field="reason">{reasonText(tx, link.reason)}</dd>
                  <dt>{tx('audit.col.expected')}</dt>
                  <dd className="mono break">{link.expectedHash ?? '—'}</dd>
                  <dt>{tx('audit.col.found')}</dt>
                  <dd className="mono break">{link.foundHash ?? '—'}</dd>
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
      {result.anchors.failing.length > 0 && (
        <>
          <h3>{tx('audit.failingAnchors')}</h3>
          <ul className="plain-list">
            {result.anchors.failing.map((a) => (
              <li key={a.anchorId}>
                {a.date}:{' '}
                {[!a.rootMatches && tx('audit.anchorRoot'), !a.signatureValid && tx('audit.anchorSignature'), !a.trusted && tx('audit.anchorUntrusted')]
                  .filter(Boolean)
                  .join(', ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
