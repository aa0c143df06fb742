import { Section } from '../../components/common.js';
import { formatDateTime, shownTimeZone } from '../../format.js';
import { label } from '../../labels.js';
import { useNames } from '../../use-names.js';
import { eventLabel, usePageText } from '../audit-stats.messages.js';
import { shortHash } from './audit-api.js';
import type { AuditedEvent } from './audit-types.js';

export function EventList({ events, position }: { events: AuditedEvent[]; position: number }) {
  const { tx, lang } = usePageText();
  const names = useNames();
  const shown = events.slice(0, position + 1);
  const later = events.length - shown.length;
  return (
    <Section id="audit-events" title={tx('audit.events')}>
      <p className="hint">{tx('audit.timesHint', { zone: shownTimeZone() })}</p>
      <table className="cards">
        <thead>
          <tr>
            <th scope="col" className="num">
              {tx('audit.col.revision')}
            </th>
            <th scope="col">{tx('audit.col.occurred')}</th>
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
              {/* When it happened (the officer's word, e.g. a case entered years later) and when the log stored it. */}
              <td data-label={tx('audit.col.occurred')}>
                <time dateTime={e.occurredAt}>{formatDateTime(lang, e.occurredAt)}</time>
              </td>
              <td data-label={tx('audit.col.recorded')}>
                <time dateTime={e.recordedAt}>{formatDateTime(lang, e.recordedAt)}</time>
              </td>
              <td data-label={tx('audit.col.event')}>
                {eventLabel(lang, e.type)}
                {e.revision === position && <span className="sr-only"> ({tx('audit.current')})</span>}
              </td>
              <td data-label={tx('audit.col.actor')}>
                {e.actor} · {label(lang, 'role', e.role)} · {names.agency(e.agency)}
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
