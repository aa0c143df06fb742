import type { AuditedEvent, CaseAsOf } from '../case-history.js';
import type { CaseFile, ReferralState, TransferState } from '@rujukan/domain';

/**
 * What a terminal or an HTML page may show of an event's data without showing who the victim is: ids,
 * codes, agencies and the values of closed vocabularies (service, status, scope...). Free text (reasons,
 * notes, purposes, locations), names, initials, birth years, document numbers and anything not listed
 * here stay out; the signed JSON dossier carries the full record for whoever is entitled to it.
 */
const SHOWN_SCALARS = new Set([
  'to',
  'from',
  'stage',
  'scope',
  'service',
  'status',
  'outcome',
  'decision',
  'victimStatus',
  'riskLevel',
  'transport',
  'wellbeing',
  'sharesIdentity',
  'onTime',
  'fullyPaid',
  'days',
  'assessedBy',
  'amount',
  'unpaidAmount',
  'totalPaid',
  'channel',
  'reporterType',
]);
const SHOWN_LISTS = new Set(['agencies', 'agencyTypes', 'needs', 'protections', 'grantedProtections', 'goals']);
const SHOWN_PATTERN = /(Id|Code|Agency|AgencyType)$/;
/** Never shown, whatever else matches: the ways a person is identified or described in free text. */
const NEVER_SHOWN = /name|nik|passport|address|phone|initials|note|photo|reason|purpose|location|evidence|birth|guardian|email|contact|origin|nationality/i;
/** Already on every line, or the event's own context. */
const CONTEXT_KEYS = new Set(['caseId', 'at', 'by']);

type Scalar = string | number | boolean;
const isScalar = (value: unknown): value is Scalar => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

const byIdThenName = (a: string, b: string) => Number(!a.endsWith('Id')) - Number(!b.endsWith('Id')) || (a < b ? -1 : a > b ? 1 : 0);

/** The shown fields of an event's data: ids first, then by name (the store keeps no key order). */
export function safeFields(data: Record<string, unknown>): Array<[string, string]> {
  const fields: Array<[string, string]> = [];
  for (const key of Object.keys(data).sort(byIdThenName)) {
    const value = data[key];
    if (CONTEXT_KEYS.has(key) || NEVER_SHOWN.test(key)) continue;
    if (isScalar(value) && (SHOWN_SCALARS.has(key) || SHOWN_PATTERN.test(key))) fields.push([key, String(value)]);
    else if (Array.isArray(value) && SHOWN_LISTS.has(key) && value.every(isScalar)) fields.push([key, value.join(',')]);
  }
  return fields;
}

export function eventSummary(data: Record<string, unknown>): string {
  return safeFields(data)
    .map(([key, value]) => `${key}=${value}`)
    .join(' ');
}

export interface TimelineRow {
  revision: number;
  /** When it happened, as the command stated it; `recordedAt` is when the log stored it. */
  occurredAt: string;
  recordedAt: string;
  type: string;
  actor: string;
  role: string;
  agency: string;
  summary: string;
}

export function timelineRow(event: AuditedEvent): TimelineRow {
  return {
    revision: event.revision,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    type: event.type,
    actor: event.actor,
    role: event.role,
    agency: event.agency,
    summary: eventSummary(event.data),
  };
}

/** The case's status in a word: open, closure requested, or closed (and from which stage). */
export function caseStatus(file: CaseFile): string {
  if (file.stage === 'closed') return `closed (from ${file.closedFromStage ?? 'unknown stage'})`;
  return file.closureRequest ? `open, closure requested (${file.closureRequest.reason})` : 'open';
}

export interface StateFacts {
  heading: string;
  /** Label and value, in reading order; empty when the case did not exist yet. */
  facts: Array<[string, string]>;
  referrals: ReferralState[];
  transfers: TransferState[];
}

/** The state at a point as labelled facts: no victim details, only whether a victim is registered. */
export function stateFacts(caseId: string, asOf: CaseAsOf): StateFacts {
  const point = 'at' in asOf.point ? `at ${asOf.point.at}` : `at revision ${asOf.point.revision}`;
  const heading = `Case ${caseId} ${point}: ${asOf.eventCount} event${asOf.eventCount === 1 ? '' : 's'}`;
  if (!asOf.state.exists) return { heading: `${heading}; the case did not exist yet at this point`, facts: [], referrals: [], transfers: [] };
  const s = asOf.state;
  const facts: Array<[string, string]> = [
    ['last event', `revision ${asOf.revision}, recorded at ${asOf.recordedAt}`],
    ['stage', s.stage],
    ['status', caseStatus(s)],
    ['owner agency', s.ownerAgency],
    ['opened', `${s.openedAt} via ${s.channel}, reported by ${s.reporterType}, district ${s.districtCode}`],
    ['victim', s.victim ? 'registered (details withheld)' : 'not registered'],
  ];
  const consents = Object.values(s.consents);
  const active = consents.filter((c) => c.active);
  facts.push(['consents', `${consents.length} recorded, ${active.length} active${active.length ? ` (${active.map((c) => c.scope).join(', ')})` : ''}`]);
  const overrides = Object.values(s.consentOverrides);
  if (overrides.length) facts.push(['consent overrides', overrides.map((o) => `${o.overrideId} to ${o.toAgency}`).join('; ')]);
  const latest = s.latestAssessmentId ? s.assessments[s.latestAssessmentId] : null;
  facts.push([
    'assessment',
    latest ? `${latest.victimStatus}, ${latest.approved ? 'approved' : 'not approved yet'} (${Object.keys(s.assessments).length} recorded)` : 'none',
  ]);
  const services = Object.values(s.services);
  if (services.length) {
    facts.push([
      'services',
      `${services.length}: ${services.filter((x) => x.delivered).length} delivered, ${services.filter((x) => x.overdueFlagged).length} flagged overdue`,
    ]);
  }
  const placements = Object.values(s.shelterPlacements);
  const inShelter = placements.find((p) => p.active);
  if (placements.length) {
    facts.push([
      'shelter',
      `${placements.length} placement(s)${inShelter ? `, active at ${inShelter.shelterAgency} until ${inShelter.plannedEndBy}` : ', none active'}`,
    ]);
  }
  if (s.repatriation.toDistrictCode || s.repatriation.completed) {
    facts.push([
      'repatriation',
      `to district ${s.repatriation.toDistrictCode ?? '?'}, ${s.repatriation.handovers} handover(s), ${s.repatriation.completed ? 'completed' : 'in progress'}`,
    ]);
  }
  if (s.reintegration.planApproved) {
    facts.push([
      'reintegration',
      `plan approved, ${s.reintegration.followUpVisits} follow-up visit(s), ${s.reintegration.completed ? 'completed' : 'in progress'}`,
    ]);
  }
  const lpsk = Object.values(s.lpskApplications);
  if (s.policeReportNumbers.length || lpsk.length) {
    facts.push([
      'legal',
      `${s.policeReportNumbers.length} police report(s), ${lpsk.length} LPSK application(s) (${lpsk.filter((a) => a.decided).length} decided)`,
    ]);
  }
  for (const r of Object.values(s.restitutions)) facts.push(['restitution', `${r.restitutionId}: ${r.status}, ${r.totalPaid} of ${r.amount} paid`]);
  const referrals = Object.values(s.referrals);
  const byStatus = new Map<string, number>();
  for (const r of referrals) byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
  facts.push(['referrals', `${referrals.length}${referrals.length ? ` (${[...byStatus].map(([k, n]) => `${n} ${k}`).join(', ')})` : ''}`]);
  const transfers = Object.values(s.transfers);
  if (transfers.length) facts.push(['transfers', String(transfers.length)]);
  return { heading, facts, referrals, transfers };
}
