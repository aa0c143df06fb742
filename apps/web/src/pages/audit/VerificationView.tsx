import { usePageText, type PageText } from '../audit-stats.messages.js';
import { shortHash } from './audit-api.js';
import type { BrokenLink, Verification } from './audit-types.js';

function reasonText(tx: PageText, reason: string): string {
  const key = `audit.reason.${reason}` as Parameters<PageText>[0];
  return ['hash_mismatch', 'missing_event', 'missing_stream', 'missing_tail', 'anchor_mismatch'].includes(reason) ? tx(key) : reason;
}

export function VerificationView({ result }: { result: Verification }) {
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
