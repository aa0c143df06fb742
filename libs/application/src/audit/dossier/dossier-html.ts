import { createHash } from 'node:crypto';
import type { BrokenLink } from '@rujukan/event-store';
import type { Dossier } from './dossier-format.js';
import { stateFacts, timelineRow } from './dossier-summary.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every text that reaches the page goes through here. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const STYLE = `
body { font-family: Georgia, 'Times New Roman', serif; margin: 2rem auto; max-width: 70rem; color: #111; line-height: 1.4; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #999; }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; } th, td { border: 1px solid #bbb; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }
th { background: #eee; } td.n { text-align: right; } code, .hash { font-family: 'DejaVu Sans Mono', Consolas, monospace; font-size: 0.75rem; word-break: break-all; }
.kv th { width: 14rem; } .ok { border: 2px solid #1a7f37; background: #eaf7ee; padding: 0.6rem; } .bad { border: 2px solid #b42318; background: #fdeceb; padding: 0.6rem; }
.note { font-size: 0.85rem; color: #444; } @media print { body { margin: 0; max-width: none; } }
`;

/** The page's own style and nothing else: no script, no image, no request anywhere, when the API serves it. */
export const DOSSIER_HTML_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`;

function kv(rows: Array<[string, unknown]>): string {
  return `<table class="kv">${rows.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table>`;
}

function brokenRows(links: readonly BrokenLink[]): string {
  if (!links.length) return '';
  return `<table><tr><th>stream</th><th>revision</th><th>reason</th><th>expected hash</th><th>found hash</th></tr>${links
    .map(
      (l) =>
        `<tr><td>${escapeHtml(l.streamName)}</td><td class="n">${escapeHtml(l.revision)}</td><td>${escapeHtml(l.reason)}</td>` +
        `<td class="hash">${escapeHtml(l.expectedHash ?? '(cannot be known)')}</td><td class="hash">${escapeHtml(l.foundHash ?? '(no event)')}</td></tr>`,
    )
    .join('')}</table>`;
}

/**
 * A readable, self-contained rendering of a dossier (no scripts, no external assets) for a court or an
 * inspectorate. Like the terminal it withholds identifying details and free text; the signed JSON dossier
 * is the record, and its signature covers that file, not this page.
 */
export function dossierHtml(dossier: Dossier): string {
  const v = dossier.verification;
  const summary = stateFacts(dossier.caseId, dossier.finalState);
  const broken = [v.broken, v.anchors.chain.broken].filter((b): b is BrokenLink => b !== null);
  const latest = v.anchors.latest;
  const verification = `
<div class="${v.ok ? 'ok' : 'bad'}"><strong>${v.ok ? 'Verified: the hash chain holds and every anchor checks.' : 'TAMPERING FOUND: the record was changed after it was written.'}</strong></div>
${kv([
  ['events checked', `${v.verifiedEvents} (head revision ${v.headRevision})`],
  ['head hash', v.headHash ?? '-'],
  ['anchored head', v.anchored ? `revision ${v.anchored.revision}: ${v.anchored.holds ? 'held' : 'NOT held'}` : 'not anchored yet'],
  ['anchors', `${v.anchors.count} signed, ${v.anchors.failing.length} failing`],
  [
    'latest anchor',
    latest
      ? `${latest.date} (anchored ${latest.anchoredAt}), key ${latest.keyId}, ${latest.signatureValid && latest.rootMatches && latest.trusted ? 'valid and trusted' : 'FAILING'}`
      : 'none',
  ],
  ['anchor stream chain', v.anchors.chain.ok ? 'holds' : 'BROKEN'],
])}
${brokenRows(broken)}`;
  const referrals = summary.referrals.length
    ? `<h3>Referrals</h3><table><tr><th>referral</th><th>from</th><th>to</th><th>agency type</th><th>service</th><th>status</th><th>outcome</th></tr>${summary.referrals
        .map(
          (r) =>
            `<tr><td><code>${escapeHtml(r.referralId)}</code></td><td>${escapeHtml(r.fromAgency)}</td><td>${escapeHtml(r.toAgency)}</td><td>${escapeHtml(r.toAgencyType)}</td>` +
            `<td>${escapeHtml(r.service)}</td><td>${escapeHtml(r.status)}</td><td>${escapeHtml(r.outcome ?? '')}</td></tr>`,
        )
        .join('')}</table>`
    : '';
  const timeline = dossier.events
    .map((e) => {
      const row = timelineRow(e);
      return (
        `<tr><td class="n">${escapeHtml(row.revision)}</td><td>${escapeHtml(row.occurredAt)}</td><td>${escapeHtml(row.recordedAt)}</td><td>${escapeHtml(row.type)}</td>` +
        `<td>${escapeHtml(row.actor)}</td><td>${escapeHtml(row.role)}</td><td>${escapeHtml(row.agency)}</td><td><code>${escapeHtml(row.summary)}</code></td>` +
        `<td class="hash">${escapeHtml(e.hash)}</td></tr>`
      );
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Case dossier ${escapeHtml(dossier.caseId)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Case dossier</h1>
<p><code>${escapeHtml(dossier.caseId)}</code></p>
${kv([
  ['exported at', dossier.exportedAt],
  ['exported by', `${dossier.exportedBy.actor} (${dossier.exportedBy.role}, ${dossier.exportedBy.agency})`],
  ['reason', dossier.reason],
  ['events', dossier.eventCount],
  ['format', dossier.format],
])}
<h2>Verification</h2>
${verification}
<h2>Case summary</h2>
<p>${escapeHtml(summary.heading)}</p>
${kv(summary.facts)}
${referrals}
<h2>Timeline</h2>
<p class="note">Identifying details and free text (names, initials, reasons, notes) are withheld from this page; the signed JSON dossier holds every event in full.</p>
<table>
<tr><th>rev</th><th>occurred at</th><th>recorded at</th><th>event</th><th>actor</th><th>role</th><th>agency</th><th>ids and codes</th><th>hash</th></tr>
${timeline}
</table>
<h2>Signature</h2>
${kv([
  ['algorithm', `${dossier.signature.algorithm} over the RFC 8785 canonical JSON of the dossier without its signature`],
  ['key id', dossier.signature.keyId],
  ['public key (SPKI, base64)', dossier.signature.publicKey],
  ['signed file', `${dossier.caseId}.dossier.json`],
])}
<p class="note">This page renders the signed file <code>${escapeHtml(dossier.caseId)}.dossier.json</code>; the signature covers that file, not this page. Check it with <code>rujukan audit check-dossier ${escapeHtml(dossier.caseId)}.dossier.json --key ${escapeHtml(dossier.signature.keyId)}</code>, and compare the key id with the one the exporting office published.</p>
</body>
</html>
`;
}
