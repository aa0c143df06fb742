import {
  CASE_EVENT_TYPES,
  isCaseEvent,
  recordedInstant,
  type CaseEvent,
  type CaseEventOfType,
  type CaseEventType,
  type FreeText,
  upcastSealedValues,
} from '@rujukan/domain';
import type { StoredEvent } from '@rujukan/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../runtime/projection.js';
import { PROJECTION } from '../projections/projection-names.js';

/** What a timeline row says about one event: a sentence for people and, when the event carries one, why. */
export interface TimelineEntry {
  summary: string;
  /** Why, as the event says it: sealed free text stays sealed (opened on read), a sentence in parts when it mixes both. */
  reason: TimelineReason;
}

export type TimelineReason = FreeText | readonly FreeText[] | null;

type Describe<T extends CaseEventType> = (data: CaseEventOfType<T>['data']) => TimelineEntry;

// Vocabulary values are snake_case identifiers; people read them with spaces.
const words = (value: string): string => value.replaceAll('_', ' ');
const list = (values: readonly string[]): string => (values.length === 0 ? 'none' : values.map(words).join(', '));
// Event times are full ISO instants; the timeline shows the day, which is what people plan by.
// The instant's UTC date; a value recorded before the strict parser as the rules read it.
const dateOf = (iso: string): string => (recordedInstant(iso) ?? iso).slice(0, 10);
const rupiah = (amount: number): string => `Rp ${amount.toLocaleString('en-US')}`;
const entry = (summary: string, reason: TimelineReason = null): TimelineEntry => ({ summary, reason });
/**
 * The why of a row from labelled pieces, each left out when absent: clear words and what a person typed. Parts, not
 * one string, once a piece is sealed (a string never carries a sealed value); adjacent clear pieces join.
 */
function reasonOf(...pieces: Array<[label: string, value: FreeText | null]>): TimelineReason {
  const parts: FreeText[] = [];
  for (const [label, value] of pieces) {
    if (value === null) continue;
    const prefix = `${parts.length > 0 ? '; ' : ''}${label}`;
    for (const part of prefix ? [prefix, value] : [value]) {
      const last = parts.at(-1);
      if (typeof part === 'string' && typeof last === 'string') parts[parts.length - 1] = last + part;
      else parts.push(part);
    }
  }
  return parts.length === 0 ? null : parts.length === 1 ? parts[0]! : parts;
}

const caseOpened: Describe<'CaseOpened'> = (d) =>
  entry(
    `Case opened by ${d.ownerAgency} via ${words(d.channel)}, reported by ${words(d.reporterType)}${
      d.reportingAgency ? ` (${d.reportingAgency})` : ''
    } in district ${d.districtCode}`,
  );
const victimRegistered: Describe<'VictimRegistered'> = (d) =>
  entry(`Victim ${d.initials} registered: ${d.sex}, ${d.isChild ? 'child' : 'adult'}, ${d.nationality} national, from province ${d.originProvinceCode}`);
const consentRecorded: Describe<'ConsentRecorded'> = (d) =>
  entry(
    d.scope === 'process'
      ? `Consent to process recorded${d.guardian ? ` (given by ${words(d.guardian.relationship)})` : ''}`
      : `Consent to share recorded with ${list([...d.agencies, ...d.agencyTypes])}${d.guardian ? ` (given by ${words(d.guardian.relationship)})` : ''}`,
    reasonOf(['', d.purpose], ['', d.evidenceRef]),
  );
const identityErased: Describe<'IdentityErased'> = (d) => entry("Victim's identity erased: the data key was destroyed", d.legalBasis);
const consentWithdrawn: Describe<'ConsentWithdrawn'> = (d) => entry(`Consent to ${d.scope} withdrawn`, d.reason);
const consentOverrideRecorded: Describe<'ConsentOverrideRecorded'> = (d) =>
  entry(`Consent overridden to share with ${d.toAgency}${d.referralId ? ` for referral ${d.referralId}` : ''}`, d.reason);
const assessmentRecorded: Describe<'AssessmentRecorded'> = (d) =>
  entry(`Assessment recorded: victim ${words(d.victimStatus)}, ${d.riskLevel} risk, needs ${list(d.needs)}`);
const assessmentApproved: Describe<'AssessmentApproved'> = (d) => entry(`Assessment approved: victim ${words(d.victimStatus)}`);
const serviceRequested: Describe<'ServiceRequested'> = (d) =>
  entry(`${capitalise(words(d.service))} service requested${d.providerAgency ? ` from ${d.providerAgency}` : ''}, due ${dateOf(d.dueBy)}`, d.note);
const serviceDelivered: Describe<'ServiceDelivered'> = (d) =>
  entry(`${capitalise(words(d.service))} service delivered ${d.onTime ? 'on time' : `late (was due ${dateOf(d.dueBy)})`}`, d.note);
const serviceOverdueFlagged: Describe<'ServiceOverdueFlagged'> = (d) =>
  entry(`${capitalise(words(d.service))} service not delivered by ${dateOf(d.dueBy)}: flagged to the ${d.escalateTo.agency} supervisor`);
const shelterPlacementStarted: Describe<'ShelterPlacementStarted'> = (d) =>
  entry(`Shelter placement started at ${d.shelterAgency}, planned to end ${dateOf(d.plannedEndBy)}`);
const shelterPlacementExtended: Describe<'ShelterPlacementExtended'> = (d) =>
  entry(`Shelter placement extended by ${d.days} days, now ending ${dateOf(d.plannedEndBy)}`, d.reason);
const shelterPlacementEnded: Describe<'ShelterPlacementEnded'> = (d) => entry('Shelter placement ended', reasonOf(['', words(d.reason)], ['', d.note]));
const repatriationPlanned: Describe<'RepatriationPlanned'> = (d) => {
  const from = d.from.kind === 'country' ? `country ${d.from.country}` : d.from.kind === 'port' ? `port ${d.from.port}` : `province ${d.from.provinceCode}`;
  return entry(`Repatriation planned from ${from} to district ${d.toDistrictCode} by ${d.transport} on ${d.plannedDate}, escorted by ${d.escortAgency}`);
};
// A place the ports list lacks is sealed free text: it is the row's reason, opened for those who may read it.
const returnLegRecorded: Describe<'ReturnLegRecorded'> = (d) =>
  entry(
    `Return from abroad recorded: ${words(d.arrivalKind)} from ${d.fromPort ?? 'country'} ${d.fromCountry} to ${d.entryPort ?? 'another entry point'} on ${d.arrivedOn}${
      d.transport ? ` by ${d.transport}` : ''
    }`,
    reasonOf(['departed from: ', d.fromPlace], ['entered at: ', d.entryPlace]),
  );
const victimHandedOver: Describe<'VictimHandedOver'> = (d) =>
  // The record number and place can name the person: sealed, they travel in the facts, never in the sentence.
  entry(`Victim handed over to ${d.receivingAgency}`);
const repatriationCompleted: Describe<'RepatriationCompleted'> = (d) => entry(`Repatriation completed to district ${d.toDistrictCode}`);
const reintegrationPlanApproved: Describe<'ReintegrationPlanApproved'> = (d) => entry(`Reintegration plan approved: ${list(d.goals)}`, d.note);
const followUpVisitRecorded: Describe<'FollowUpVisitRecorded'> = (d) => entry(`Follow-up visit on ${d.visitedOn}: ${words(d.wellbeing)}`, d.note);
const reintegrationCompleted: Describe<'ReintegrationCompleted'> = (d) => entry('Reintegration completed', d.note);
const policeReportFiled: Describe<'PoliceReportFiled'> = (d) =>
  entry(`Police report ${d.reportNumber} filed with ${d.policeAgency} (${d.unit}) on ${d.filedOn}`);
const spdpIssued: Describe<'SpdpIssued'> = (d) => entry(`SPDP ${d.spdpNumber} issued on ${d.issuedOn}`);
// The names are sealed: they are the row's reason, opened for those who may read it, never in the sentence or facts.
const suspectsNamed: Describe<'SuspectsNamed'> = (d) =>
  entry(`${d.count} suspect${d.count === 1 ? '' : 's'} named on ${d.namedOn}, ${d.totalSuspects} in all`, d.names);
const caseFileCompleted: Describe<'CaseFileCompleted'> = (d) => entry(`Case file declared complete (P-21) on ${d.completeOn}`);
const prosecutionStarted: Describe<'ProsecutionStarted'> = (d) => entry(`Prosecution started at ${d.court} on ${d.startedOn}`);
const verdictRecorded: Describe<'VerdictRecorded'> = (d) =>
  entry(
    `Verdict ${d.verdictNumber} of ${d.court} on ${d.decidedOn}: ${words(d.outcome)}` +
      (d.sentenceMonths > 0 ? `, ${d.sentenceMonths} months` : '') +
      (d.restitutionOrderedAmount > 0 ? `, restitution of ${rupiah(d.restitutionOrderedAmount)} ordered` : ''),
  );
const lpskApplicationFiled: Describe<'LpskApplicationFiled'> = (d) => entry(`LPSK application filed on ${d.filedOn} for ${list(d.protections)}`);
const lpskDecisionRecorded: Describe<'LpskDecisionRecorded'> = (d) =>
  entry(
    `LPSK decision ${d.decisionNumber} on ${d.decidedOn}: ${words(d.decision)}${d.grantedProtections.length > 0 ? ` (${list(d.grantedProtections)})` : ''}`,
  );
const restitutionAssessed: Describe<'RestitutionAssessed'> = (d) => entry(`Restitution assessed at ${rupiah(d.amount)} by ${d.assessedBy}`);
const restitutionOrdered: Describe<'RestitutionOrdered'> = (d) =>
  entry(`Restitution of ${rupiah(d.amount)} ordered by verdict ${d.verdictNumber}, payment due ${d.payBy}`);
const restitutionPaid: Describe<'RestitutionPaid'> = (d) =>
  entry(`Restitution payment of ${rupiah(d.amount)} received on ${d.paidOn}${d.fullyPaid ? ', paid in full' : `, ${rupiah(d.totalPaid)} paid so far`}`);
const restitutionDefaulted: Describe<'RestitutionDefaulted'> = (d) => entry(`Restitution defaulted with ${rupiah(d.unpaidAmount)} unpaid`, d.reason);
const stageAdvanced: Describe<'StageAdvanced'> = (d) => entry(`Stage advanced from ${d.from} to ${d.to}`);
const stageSkipped: Describe<'StageSkipped'> = (d) => entry(`Stage ${d.stage} skipped, moved to ${d.to}`, d.reason);
const closureRequested: Describe<'ClosureRequested'> = (d) =>
  entry(`Closure requested: ${words(d.reason)}`, reasonOf(['', words(d.reason)], ['', d.note], ['restitution left unpaid: ', d.unpaidRestitutionReason]));
const closureRejected: Describe<'ClosureRejected'> = (d) => entry('Closure rejected', d.reason);
const caseClosed: Describe<'CaseClosed'> = (d) =>
  entry(
    `Case closed from ${d.closedFromStage}: ${words(d.reason)}`,
    reasonOf(['', words(d.reason)], ['', d.note], ['restitution left unpaid: ', d.unpaidRestitutionReason]),
  );
const caseReopened: Describe<'CaseReopened'> = (d) => entry(`Case reopened at ${d.stage}`, d.reason);
const referralSent: Describe<'ReferralSent'> = (d) =>
  entry(
    `Referral sent to ${d.toAgency} for ${d.service}, answer due ${dateOf(d.responseDeadline)}${
      d.sharesIdentity ? `, sharing identity on ${d.sharingBasis?.kind === 'override' ? 'a consent override' : 'consent'}` : ''
    }`,
    d.reason,
  );
const referralAccepted: Describe<'ReferralAccepted'> = (d) => entry(`Referral ${d.referralId} accepted`, d.note);
const referralDeclined: Describe<'ReferralDeclined'> = (d) => entry(`Referral ${d.referralId} declined`, d.reason);
const referralWithdrawn: Describe<'ReferralWithdrawn'> = (d) => entry(`Referral ${d.referralId} withdrawn`, d.reason);
const referralExpired: Describe<'ReferralExpired'> = (d) =>
  entry(`Referral ${d.referralId} expired unanswered (due ${dateOf(d.responseDeadline)}), escalated to the ${d.escalateTo.role} of ${d.escalateTo.agency}`);
const referralCompleted: Describe<'ReferralCompleted'> = (d) =>
  entry(`Referral ${d.referralId} completed: ${words(d.outcome)}`, reasonOf(['', d.reason === null ? null : words(d.reason)], ['', d.note]));
const transferRequested: Describe<'TransferRequested'> = (d) => entry(`Transfer requested from ${d.fromAgency} to ${d.toAgency}`, d.reason);
const transferAccepted: Describe<'TransferAccepted'> = (d) => entry(`Case transferred to ${d.toAgency}`);
const transferDeclined: Describe<'TransferDeclined'> = (d) => entry('Transfer declined', d.reason);
const caseAssigned: Describe<'CaseAssigned'> = (d) =>
  entry(d.previousAssignee === null ? `Case assigned to ${d.assignee}` : `Case reassigned from ${d.previousAssignee} to ${d.assignee}`);
// The text is sealed and read only by the agencies in `visibleTo` (the query hides it from the others).
const caseNoteAdded: Describe<'CaseNoteAdded'> = (d) =>
  entry(`${d.kind === 'kronologi' ? 'Kronologi entry' : 'Note'} added by ${d.authorAgency}, readable by ${d.visibleTo.join(', ')}`, d.text);
// The file name can name the victim: it stays in the document list, opened for those who may download the file.
const documentAttached: Describe<'DocumentAttached'> = (d) => entry(`Document attached: ${d.kind} (${d.contentType}, ${d.size} bytes, SHA-256 ${d.sha256})`);

// Not facts: the case and who/when (the row has them), sealed identity and free text (the row's reason carries
// what a person typed), and what the sentence leaves out on purpose (a victim's birth year and home district).
const NOT_FACTS = new Set([
  'caseId',
  'at',
  'by',
  'identity',
  'reason',
  'note',
  'purpose',
  'unpaidRestitutionReason',
  'legalBasis',
  'evidenceRef',
  'text',
  'fileName',
]);
const NOT_FACTS_OF: Partial<Record<CaseEventType, readonly string[]>> = {
  VictimRegistered: ['birthYear', 'ageBand', 'originDistrictCode'],
  SuspectsNamed: ['names'],
  ReturnLegRecorded: ['fromPlace', 'entryPlace'],
};

/**
 * The values the timeline sentence of an event is made of, without words: the console writes the sentence in
 * the reader's language from the event type and these. Closure and completion reasons are vocabulary codes,
 * so they stay (as `closureReason` / `failureReason`); a guardian is named by relationship only.
 */
export function timelineFacts(event: CaseEvent): Record<string, unknown> {
  const skip = new Set([...NOT_FACTS, ...(NOT_FACTS_OF[event.type] ?? [])]);
  const facts: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(event.data)) {
    if (skip.has(key) || value === undefined) continue;
    facts[key] = key === 'guardian' && value !== null ? { relationship: (value as { relationship: string }).relationship } : value;
  }
  if (event.type === 'ClosureRequested' || event.type === 'CaseClosed') facts.closureReason = event.data.reason;
  if (event.type === 'ShelterPlacementEnded') facts.endReason = event.data.reason;
  if (event.type === 'ReferralCompleted') facts.failureReason = event.data.reason;
  if (event.type === 'ClosureRequested' || event.type === 'CaseClosed') facts.restitutionUnpaid = event.data.unpaidRestitutionReason !== null;
  return facts;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The timeline row text of one case event; the switch is exhaustive, so a new event type fails to compile here. */
export function describeEvent(event: CaseEvent): TimelineEntry {
  switch (event.type) {
    case 'CaseOpened':
      return caseOpened(event.data);
    case 'VictimRegistered':
      return victimRegistered(event.data);
    case 'ConsentRecorded':
      return consentRecorded(event.data);
    case 'ConsentWithdrawn':
      return consentWithdrawn(event.data);
    case 'ConsentOverrideRecorded':
      return consentOverrideRecorded(event.data);
    case 'AssessmentRecorded':
      return assessmentRecorded(event.data);
    case 'AssessmentApproved':
      return assessmentApproved(event.data);
    case 'ServiceRequested':
      return serviceRequested(event.data);
    case 'ServiceDelivered':
      return serviceDelivered(event.data);
    case 'ServiceOverdueFlagged':
      return serviceOverdueFlagged(event.data);
    case 'ShelterPlacementStarted':
      return shelterPlacementStarted(event.data);
    case 'ShelterPlacementExtended':
      return shelterPlacementExtended(event.data);
    case 'ShelterPlacementEnded':
      return shelterPlacementEnded(event.data);
    case 'RepatriationPlanned':
      return repatriationPlanned(event.data);
    case 'ReturnLegRecorded':
      return returnLegRecorded(event.data);
    case 'VictimHandedOver':
      return victimHandedOver(event.data);
    case 'RepatriationCompleted':
      return repatriationCompleted(event.data);
    case 'ReintegrationPlanApproved':
      return reintegrationPlanApproved(event.data);
    case 'FollowUpVisitRecorded':
      return followUpVisitRecorded(event.data);
    case 'ReintegrationCompleted':
      return reintegrationCompleted(event.data);
    case 'PoliceReportFiled':
      return policeReportFiled(event.data);
    case 'SpdpIssued':
      return spdpIssued(event.data);
    case 'SuspectsNamed':
      return suspectsNamed(event.data);
    case 'CaseFileCompleted':
      return caseFileCompleted(event.data);
    case 'ProsecutionStarted':
      return prosecutionStarted(event.data);
    case 'VerdictRecorded':
      return verdictRecorded(event.data);
    case 'LpskApplicationFiled':
      return lpskApplicationFiled(event.data);
    case 'LpskDecisionRecorded':
      return lpskDecisionRecorded(event.data);
    case 'RestitutionAssessed':
      return restitutionAssessed(event.data);
    case 'RestitutionOrdered':
      return restitutionOrdered(event.data);
    case 'RestitutionPaid':
      return restitutionPaid(event.data);
    case 'RestitutionDefaulted':
      return restitutionDefaulted(event.data);
    case 'StageAdvanced':
      return stageAdvanced(event.data);
    case 'StageSkipped':
      return stageSkipped(event.data);
    case 'ClosureRequested':
      return closureRequested(event.data);
    case 'ClosureRejected':
      return closureRejected(event.data);
    case 'CaseClosed':
      return caseClosed(event.data);
    case 'CaseReopened':
      return caseReopened(event.data);
    case 'ReferralSent':
      return referralSent(event.data);
    case 'ReferralAccepted':
      return referralAccepted(event.data);
    case 'ReferralDeclined':
      return referralDeclined(event.data);
    case 'ReferralWithdrawn':
      return referralWithdrawn(event.data);
    case 'ReferralExpired':
      return referralExpired(event.data);
    case 'ReferralCompleted':
      return referralCompleted(event.data);
    case 'TransferRequested':
      return transferRequested(event.data);
    case 'TransferAccepted':
      return transferAccepted(event.data);
    case 'TransferDeclined':
      return transferDeclined(event.data);
    case 'IdentityErased':
      return identityErased(event.data);
    case 'CaseAssigned':
      return caseAssigned(event.data);
    case 'CaseNoteAdded':
      return caseNoteAdded(event.data);
    case 'DocumentAttached':
      return documentAttached(event.data);
    default: {
      const unhandled: never = event;
      throw new Error(`No timeline text for event type ${(unhandled as CaseEvent).type}`);
    }
  }
}

/** `rm_case_timeline`: every case event as one row per (case, revision), for people: who, what, when, why. */
export class CaseTimelineProjection implements Projection {
  readonly name = PROJECTION.caseTimeline;
  readonly eventTypes: readonly string[] = CASE_EVENT_TYPES;

  async apply(stored: readonly StoredEvent[], manager: EntityManager): Promise<void> {
    // Sealed values of events recorded before they were typed, read by each event type's schema.
    const events = stored.map(upcastSealedValues);
    const caseIds: string[] = [];
    const revisions: number[] = [];
    const types: string[] = [];
    const actors: string[] = [];
    const roles: string[] = [];
    const agencies: string[] = [];
    const occurredAt: string[] = [];
    const recordedAt: string[] = [];
    const summaries: string[] = [];
    const reasons: (string | null)[] = [];
    const facts: string[] = [];
    for (const stored of events) {
      const event = { type: stored.type, data: stored.data };
      if (!isCaseEvent(event)) continue;
      const { summary, reason } = describeEvent(event);
      caseIds.push(event.data.caseId);
      revisions.push(stored.revision);
      types.push(stored.type);
      actors.push(stored.metadata.actor);
      roles.push(stored.metadata.role);
      agencies.push(stored.metadata.agency);
      occurredAt.push(stored.metadata.occurredAt);
      recordedAt.push(stored.recordedAt.toISOString());
      summaries.push(summary);
      reasons.push(reason === null ? null : JSON.stringify(reason));
      facts.push(JSON.stringify(timelineFacts(event)));
    }
    if (caseIds.length === 0) return;
    // One statement per batch: rows are independent and append-only, so the whole batch goes in as arrays.
    await manager.query(
      `INSERT INTO rm_case_timeline (case_id, revision, event_type, actor, role, agency, occurred_at, recorded_at, summary, reason, facts)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::timestamptz[], $9::text[], $10::jsonb[], $11::jsonb[])
       ON CONFLICT (case_id, revision) DO NOTHING`,
      [caseIds, revisions, types, actors, roles, agencies, occurredAt, recordedAt, summaries, reasons, facts],
    );
  }
}
