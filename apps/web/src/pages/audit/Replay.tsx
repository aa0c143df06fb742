import { useState, type FormEvent } from 'react';
import { apiGet } from '../../api.js';
import { ErrorNote, Section } from '../../components/common.js';
import { formatDateTime, shownTimeZone } from '../../format.js';
import { eventLabel, usePageText } from '../audit-stats.messages.js';
import { localToIso, query } from './audit-api.js';
import type { AsOf, AuditedEvent } from './audit-types.js';
import { FieldError } from './FieldError.js';

export function Replay({
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
    const iso = localToIso(at);
    if (!iso) {
      setAtError(`${tx('audit.jumpAt', { zone: shownTimeZone() })}: ${tx('audit.jumpInvalid')}`);
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
          <label htmlFor="audit-at">{tx('audit.jumpAt', { zone: shownTimeZone() })}</label>
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
