import { Section } from '../../components/common.js';
import { formatDateTime } from '../../format.js';
import { eventLabel, usePageText, type PageText } from '../audit-stats.messages.js';
import type { Snapshot } from './audit-types.js';
import { useNames } from '../../use-names.js';

function opLabel(tx: PageText, op: string): string {
  return op === 'add' ? tx('audit.op.add') : op === 'replace' ? tx('audit.op.replace') : op === 'remove' ? tx('audit.op.remove') : op;
}

function shortValue(value: unknown): string {
  if (value === undefined) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

export function ChangesView({ snapshot }: { snapshot: Snapshot }) {
  const { tx, lang } = usePageText();
  const names = useNames();
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
                <strong>{eventLabel(lang, e.type)}</strong> · {formatDateTime(lang, e.recordedAt)} · {e.actor} ({names.agency(e.agency)})
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
