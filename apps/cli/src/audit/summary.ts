import { stateFacts, type CaseAsOf, type TimelineRow } from '@rujukan/application';

// What the terminal and the HTML dossier share (what an event may show, the state as facts) lives with the dossier
// in libs/application, so the console's download and `audit export` render alike; the terminal's layout stays here.
export { caseStatus, eventSummary, safeFields, stateFacts, timelineRow, type StateFacts, type TimelineRow } from '@rujukan/application';

export function timelineLines(rows: readonly TimelineRow[]): string[] {
  const revisionWidth = Math.max(3, ...rows.map((r) => String(r.revision).length));
  const typeWidth = Math.max(4, ...rows.map((r) => r.type.length));
  const whoWidth = Math.max(3, ...rows.map((r) => who(r).length));
  const header = `${'rev'.padStart(revisionWidth)}  ${'recorded at'.padEnd(24)}  ${'type'.padEnd(typeWidth)}  ${'by'.padEnd(whoWidth)}  data (ids and codes only)`;
  return [
    header,
    ...rows.map((r) =>
      `${String(r.revision).padStart(revisionWidth)}  ${r.recordedAt.padEnd(24)}  ${r.type.padEnd(typeWidth)}  ${who(r).padEnd(whoWidth)}  ${r.summary}`.trimEnd(),
    ),
  ];
}

const who = (r: Pick<TimelineRow, 'actor' | 'role' | 'agency'>) => `${r.actor} (${r.role}, ${r.agency})`;

/** A readable account of the state at a point, for the terminal. */
export function stateLines(caseId: string, asOf: CaseAsOf): string[] {
  const { heading, facts, referrals, transfers } = stateFacts(caseId, asOf);
  const width = Math.max(0, ...facts.map(([label]) => label.length)) + 2;
  const lines = [heading, ...facts.map(([label, value]) => `  ${label.padEnd(width)}${value}`)];
  if (referrals.length) lines.push('  referrals with their status:');
  for (const r of referrals)
    lines.push(`    ${r.referralId}  ${r.fromAgency} -> ${r.toAgency} (${r.toAgencyType})  ${r.service}  ${r.status}${r.outcome ? ` (${r.outcome})` : ''}`);
  if (transfers.length) lines.push('  transfers:');
  for (const t of transfers) lines.push(`    ${t.transferId}  ${t.fromAgency} -> ${t.toAgency}  ${t.status}`);
  return lines;
}
