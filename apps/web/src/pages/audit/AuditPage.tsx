import { isRegistrationNumber } from '@rujukan/domain';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { apiGet } from '../../api.js';
import { ErrorNote, Loading, Section } from '../../components/common.js';
import { usePageText } from '../audit-stats.messages.js';
import '../audit-stats.css';
import { loadEvents, query } from './audit-api.js';
import type { AsOf, AuditedEvent, Diff, Snapshot } from './audit-types.js';
import { ChangesView } from './ChangesView.js';
import { DossierSection } from './DossierSection.js';
import { EventList } from './EventList.js';
import { FieldError } from './FieldError.js';
import { Replay } from './Replay.js';
import { StateView } from './StateView.js';
import { VerifySection } from './VerifySection.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SHORT_ID = /^[0-9a-f]{8}$/i;

/** The case as the auditor typed it: its registration number (`KT-2026-0042`), the 8-character number shown everywhere, or its UUID; null: none of these. */
function caseRef(typed: string): string | null {
  const value = typed.trim();
  if (isRegistrationNumber(value.toUpperCase())) return value.toUpperCase();
  return UUID.test(value) || SHORT_ID.test(value) ? value.toLowerCase() : null;
}
/** How long the slider must rest before the point is asked for: every audit query is recorded in the access log. */
const SETTLE_MS = 200;

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
  const caseField = useRef<HTMLInputElement>(null);
  const reasonField = useRef<HTMLTextAreaElement>(null);

  async function open(event: FormEvent) {
    event.preventDefault();
    const id = caseRef(caseId) ?? '';
    const why = reason.trim();
    const found = {
      caseId: id ? undefined : `${tx('audit.caseId')}: ${tx('audit.caseIdInvalid')}`,
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
              {tx('audit.caseId')}{' '}
              <span className="required" aria-hidden="true">
                *
              </span>
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
              {tx('audit.reason')}{' '}
              <span className="required" aria-hidden="true">
                *
              </span>
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
              <VerifySection opened={opened} />
              <DossierSection opened={opened} />
            </div>
          </div>
          <EventList events={events} position={position} />
        </>
      )}
    </>
  );
}
