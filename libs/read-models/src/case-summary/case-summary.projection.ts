import { type CaseEventOfType, upcastSealedValues } from '@rujukan/domain';
import type { StoredEvent } from '@rujukan/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../runtime/projection.js';
import { columnsOf, storedRow, upsertStatement, uuidKey, writeRows, type Stored } from '../runtime/batch-rows.js';

const HANDLED = [
  'CaseOpened',
  'VictimRegistered',
  'ConsentRecorded',
  'ConsentWithdrawn',
  'AssessmentRecorded',
  'AssessmentApproved',
  'ServiceDelivered',
  'ShelterPlacementStarted',
  'ShelterPlacementEnded',
  'ReturnLegRecorded',
  'RepatriationCompleted',
  'ReintegrationPlanApproved',
  'ReintegrationCompleted',
  'PoliceReportFiled',
  'SpdpIssued',
  'SuspectsNamed',
  'CaseFileCompleted',
  'ProsecutionStarted',
  'VerdictRecorded',
  'LpskApplicationFiled',
  'LpskDecisionRecorded',
  'RestitutionAssessed',
  'RestitutionOrdered',
  'RestitutionPaid',
  'RestitutionDefaulted',
  'StageAdvanced',
  'StageSkipped',
  'ClosureRequested',
  'ClosureRejected',
  'CaseClosed',
  'CaseReopened',
  'ReferralSent',
  'ReferralDeclined',
  'ReferralWithdrawn',
  'ReferralExpired',
  'ReferralCompleted',
  'TransferRequested',
  'TransferAccepted',
  'TransferDeclined',
  'CaseAssigned',
] as const;

type HandledType = (typeof HANDLED)[number];
type Handled = CaseEventOfType<HandledType>;
type Data<T extends HandledType> = CaseEventOfType<T>['data'];

/**
 * Flags: alerts (`child`, `high_risk`, `consent_missing`, `assessment_unapproved`, `closure_requested`,
 * `referral_expired`, `transfer_pending`, `shelter_active`, `restitution_unpaid`) and the milestones next_action
 * needs (`service_delivered`, `repatriated`, `reintegration_planned`, `reintegrated`).
 */
export const CASE_FLAGS = [
  'assessment_unapproved',
  'child',
  'closure_requested',
  'consent_missing',
  'high_risk',
  'referral_expired',
  'reintegrated',
  'reintegration_planned',
  'repatriated',
  'restitution_unpaid',
  'service_delivered',
  'shelter_active',
  'transfer_pending',
] as const;
export type CaseFlag = (typeof CASE_FLAGS)[number];

type LegalSection = 'policeReports' | 'criminalCase' | 'lpsk' | 'restitutions';
/**
 * The legal track: `legal.<section>.<id>` is one police report, LPSK application or restitution; `legal.criminalCase`
 * holds the steps past the report by step (`spdp`, `suspects`, `caseFileComplete`, `prosecution`, `verdict`).
 */
type Legal = Partial<Record<LegalSection, Record<string, Record<string, unknown>>>>;

/** A row of `rm_case_summaries` as the projection folds it; its times are ISO strings, as the events carry them. */
export interface CaseSummaryRow {
  case_id: string;
  /** `KI-2026-0042`; null for a case opened before registration numbers. */
  registration_number: string | null;
  owner_agency: string;
  former_owners: string[];
  stage: string;
  status: string;
  channel: string;
  found_district_code: string;
  victim_initials: string | null;
  victim_sex: string | null;
  victim_is_child: boolean | null;
  origin_province_code: string | null;
  origin_district_code: string | null;
  victim_status: string | null;
  risk_level: string | null;
  open_referrals: number;
  legal: Legal;
  flags: string[];
  next_action: string | null;
  opened_at: string;
  closed_at: string | null;
  updated_at: string;
  last_revision: number;
  /** The caseworker who carries the case in its owning agency; null: nobody (a transfer clears it). */
  assignee: string | null;
  /** The agency that reported the case (a directory code); null: none named. */
  reporting_agency: string | null;
  /** The return leg from abroad, the last one recorded (a correction replaces it); null: none recorded. Apart from the trip home. */
  return_leg: ReturnLeg | null;
}

/** The return leg as the summary keeps it: codes, the day, and the places the list lacks still sealed (opened when read, for who may). */
export type ReturnLeg = Omit<Data<'ReturnLegRecorded'>, 'caseId' | 'at' | 'by'>;

const COLUMNS = columnsOf<CaseSummaryRow>({
  case_id: true,
  registration_number: true,
  owner_agency: true,
  former_owners: true,
  stage: true,
  status: true,
  channel: true,
  found_district_code: true,
  victim_initials: true,
  victim_sex: true,
  victim_is_child: true,
  origin_province_code: true,
  origin_district_code: true,
  victim_status: true,
  risk_level: true,
  open_referrals: true,
  legal: true,
  flags: true,
  next_action: true,
  opened_at: true,
  closed_at: true,
  updated_at: true,
  last_revision: true,
  assignee: true,
  reporting_agency: true,
  return_leg: true,
});

/** The rows of the cases a batch touches, in one statement. */
const SELECT = `SELECT ${COLUMNS.join(', ')} FROM rm_case_summaries WHERE case_id = ANY($1::uuid[])`;

/** Every row a batch changed, in one statement. */
const UPSERT = upsertStatement('rm_case_summaries', ['case_id'], COLUMNS);

const TIMES = ['opened_at', 'closed_at', 'updated_at'] as const;
type StoredRow = Stored<CaseSummaryRow, (typeof TIMES)[number]>;
const fromStored = storedRow<CaseSummaryRow>()(TIMES);

/**
 * One row per case in `rm_case_summaries`. A batch reads the rows of the cases it touches, folds its events into
 * them in memory (`evolveSummary`, then `deriveSummary` once per row) and writes each changed row once: a case
 * has many events in a batch, and an UPDATE per event left as many dead versions of its row.
 */
export class CaseSummaryProjection implements Projection {
  readonly name = 'case-summary';
  readonly eventTypes: readonly string[] = HANDLED;

  async apply(stored: readonly StoredEvent[], manager: EntityManager): Promise<void> {
    // Sealed values of events recorded before they were typed, read by each event type's schema.
    const events = stored.map(upcastSealedValues);
    if (events.length === 0) return;
    const caseIds = [...new Set(events.map((event) => uuidKey(event.data.caseId as string)))];
    const found: StoredRow[] = await manager.query(SELECT, [caseIds]);
    const before = new Map(found.map((row) => [row.case_id, fromStored(row)]));
    const rows = new Map(before);
    for (const { type, data, revision } of events) {
      const event = { type, data } as unknown as Handled;
      const key = uuidKey(event.data.caseId);
      const row = evolveSummary(rows.get(key), event, revision);
      if (row) rows.set(key, row);
    }
    const changed: CaseSummaryRow[] = [];
    for (const [key, row] of rows) {
      const derived = deriveSummary(row);
      // No event applied (all already held): the row is written only if deriving it changes it.
      if (row === before.get(key) && sameDerived(row, derived)) continue;
      changed.push(derived);
    }
    await writeRows(manager, UPSERT, changed);
  }
}

/**
 * The row after one event of its case at `revision`: an event only applies past the revision the row holds, so a
 * replay changes nothing; CaseOpened starts the row afresh, any other event needs the row to exist.
 */
export function evolveSummary(row: CaseSummaryRow | undefined, event: Handled, revision: number): CaseSummaryRow | undefined {
  if (row && row.last_revision >= revision) return row;
  if (event.type === 'CaseOpened') return caseOpened(event.data, revision);
  if (!row) return undefined;
  return { ...row, ...change(row, event), updated_at: event.data.at, last_revision: revision };
}

function change(row: CaseSummaryRow, event: Exclude<Handled, { type: 'CaseOpened' }>): Partial<CaseSummaryRow> {
  switch (event.type) {
    case 'VictimRegistered':
      return victimRegistered(row, event.data);
    case 'ConsentRecorded':
      return consentRecorded(row, event.data);
    case 'ConsentWithdrawn':
      return consentWithdrawn(row, event.data);
    case 'AssessmentRecorded':
      return assessmentRecorded(row, event.data);
    case 'AssessmentApproved':
      return assessmentApproved(row, event.data);
    case 'ServiceDelivered':
      return flagOn(row, 'service_delivered');
    case 'ShelterPlacementStarted':
      return flagOn(row, 'shelter_active');
    case 'ShelterPlacementEnded':
      return flagOff(row, 'shelter_active');
    case 'ReturnLegRecorded':
      return { return_leg: returnLeg(event.data) };
    case 'RepatriationCompleted':
      return flagOn(row, 'repatriated');
    case 'ReintegrationPlanApproved':
      return flagOn(row, 'reintegration_planned');
    case 'ReintegrationCompleted':
      return flagOn(row, 'reintegrated');
    case 'PoliceReportFiled':
      return policeReportFiled(row, event.data);
    case 'SpdpIssued':
      return mergeLegal(row, 'criminalCase', 'spdp', { number: event.data.spdpNumber, issuedOn: event.data.issuedOn });
    case 'SuspectsNamed':
      return suspectsNamed(row, event.data);
    case 'CaseFileCompleted':
      return mergeLegal(row, 'criminalCase', 'caseFileComplete', { completeOn: event.data.completeOn });
    case 'ProsecutionStarted':
      return mergeLegal(row, 'criminalCase', 'prosecution', { startedOn: event.data.startedOn, court: event.data.court });
    case 'VerdictRecorded':
      return verdictRecorded(row, event.data);
    case 'LpskApplicationFiled':
      return lpskApplicationFiled(row, event.data);
    case 'LpskDecisionRecorded':
      return lpskDecisionRecorded(row, event.data);
    case 'RestitutionAssessed':
      return restitutionAssessed(row, event.data);
    case 'RestitutionOrdered':
      return restitutionOrdered(row, event.data);
    case 'RestitutionPaid':
      return restitutionPaid(row, event.data);
    case 'RestitutionDefaulted':
      return restitutionDefaulted(row, event.data);
    case 'StageAdvanced':
    case 'StageSkipped':
      return { stage: event.data.to };
    case 'ClosureRequested':
      return flagOn(row, 'closure_requested');
    case 'ClosureRejected':
      return flagOff(row, 'closure_requested');
    case 'CaseClosed':
      return caseClosed(row, event.data);
    case 'CaseReopened':
      return { stage: event.data.stage, status: 'open', closed_at: null };
    case 'ReferralSent':
      return referralSent(row);
    case 'ReferralDeclined':
    case 'ReferralWithdrawn':
    case 'ReferralCompleted':
      return { open_referrals: Math.max(row.open_referrals - 1, 0) };
    case 'ReferralExpired':
      return referralExpired(row);
    case 'TransferRequested':
      return flagOn(row, 'transfer_pending');
    case 'TransferAccepted':
      return transferAccepted(row, event.data);
    case 'TransferDeclined':
      return flagOff(row, 'transfer_pending');
    case 'CaseAssigned':
      return { assignee: event.data.assignee };
    default:
      return unhandled(event);
  }
}

// The never makes the compiler reject a type listed in HANDLED without a case above.
function unhandled(event: never): never {
  throw new Error(`case-summary projection cannot apply ${(event as { type: string }).type}`);
}

/**
 * Flags that follow from other columns, kept distinct and sorted, and the owner's next action, all from the row
 * alone: run once per row a batch touched, after its events.
 */
export function deriveSummary(row: CaseSummaryRow): CaseSummaryRow {
  const unpaid = Object.values(row.legal.restitutions ?? {}).some((restitution) => restitution?.status === 'ordered');
  const kept = without(row.flags, 'restitution_unpaid');
  // Code-unit order; for the flag names (lower-case letters and `_`, none a prefix of another) every collation agrees.
  const flags = [...new Set(unpaid ? [...kept, 'restitution_unpaid'] : kept)].sort();
  return { ...row, flags, next_action: nextAction(row, flags) };
}

function nextAction(row: CaseSummaryRow, flags: readonly string[]): string | null {
  const has = (flag: CaseFlag) => flags.includes(flag);
  const { stage } = row;
  if (row.status === 'closed') return null;
  if (has('closure_requested')) return 'answer_closure_request';
  if (has('referral_expired')) return 'follow_up_expired_referral';
  if (row.victim_initials === null) return 'register_victim';
  if (has('consent_missing')) return 'record_consent';
  if (stage === 'intake') return 'advance_stage';
  if (stage === 'assessment' && row.victim_status === null) return 'record_assessment';
  if (stage === 'assessment' && has('assessment_unapproved')) return 'approve_assessment';
  if (stage === 'assessment' && row.victim_status === 'not_a_victim') return 'request_closure';
  if (stage === 'rehabilitation' && !has('service_delivered')) return 'deliver_service';
  if (stage === 'repatriation' && !has('repatriated')) return 'complete_repatriation';
  if (stage === 'assessment' || stage === 'rehabilitation' || stage === 'repatriation') return 'advance_stage';
  if (!has('reintegration_planned')) return 'approve_reintegration_plan';
  if (!has('reintegrated')) return 'complete_reintegration';
  return 'request_closure';
}

const sameDerived = (a: CaseSummaryRow, b: CaseSummaryRow): boolean =>
  a.next_action === b.next_action && a.flags.length === b.flags.length && a.flags.every((flag, i) => flag === b.flags[i]);

// Setting a flag moves it to the end; derive sorts them.
const withFlag = (flags: readonly string[], flag: CaseFlag): string[] => [...without(flags, flag), flag];
const without = (flags: readonly string[], flag: CaseFlag): string[] => flags.filter((f) => f !== flag);
const setFlag = (flags: readonly string[], flag: CaseFlag, on: boolean): string[] => (on ? withFlag(flags, flag) : without(flags, flag));

const flagOn = (row: CaseSummaryRow, flag: CaseFlag): Partial<CaseSummaryRow> => ({ flags: withFlag(row.flags, flag) });
const flagOff = (row: CaseSummaryRow, flag: CaseFlag): Partial<CaseSummaryRow> => ({ flags: without(row.flags, flag) });

/** Merges a patch into one entry (`legal.<section>.<id>`) of the legal track; fields the patch lacks stay. */
function mergeLegal(row: CaseSummaryRow, section: LegalSection, id: string, patch: Record<string, unknown>): Partial<CaseSummaryRow> {
  const entries = row.legal[section] ?? {};
  // As a JSON merge: a field the event leaves undefined is absent from the patch, not a removal.
  const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  return { legal: { ...row.legal, [section]: { ...entries, [id]: { ...entries[id], ...defined } } } };
}

function caseOpened(data: Data<'CaseOpened'>, revision: number): CaseSummaryRow {
  return {
    case_id: data.caseId,
    registration_number: data.registration?.number ?? null,
    owner_agency: data.ownerAgency,
    former_owners: [],
    stage: 'intake',
    status: 'open',
    channel: data.channel,
    found_district_code: data.districtCode,
    victim_initials: null,
    victim_sex: null,
    victim_is_child: null,
    origin_province_code: null,
    origin_district_code: null,
    victim_status: null,
    risk_level: null,
    open_referrals: 0,
    legal: {},
    flags: ['consent_missing' satisfies CaseFlag],
    next_action: null,
    opened_at: data.at,
    closed_at: null,
    updated_at: data.at,
    last_revision: revision,
    assignee: null,
    reporting_agency: data.reportingAgency ?? null,
    return_leg: null,
  };
}

function returnLeg(data: Data<'ReturnLegRecorded'>): ReturnLeg {
  const { caseId: _caseId, at: _at, by: _by, ...leg } = data;
  return leg;
}

function victimRegistered(row: CaseSummaryRow, data: Data<'VictimRegistered'>): Partial<CaseSummaryRow> {
  return {
    victim_initials: data.initials,
    victim_sex: data.sex,
    victim_is_child: data.isChild,
    origin_province_code: data.originProvinceCode,
    origin_district_code: data.originDistrictCode,
    flags: setFlag(row.flags, 'child', data.isChild),
  };
}

// Only consent to process gates the case's work; consent to share is checked per referral.
function consentRecorded(row: CaseSummaryRow, data: Data<'ConsentRecorded'>): Partial<CaseSummaryRow> {
  return data.scope === 'process' ? flagOff(row, 'consent_missing') : {};
}

// The row cannot tell whether another process consent is still active (no column for it): see the read-models notes.
function consentWithdrawn(row: CaseSummaryRow, data: Data<'ConsentWithdrawn'>): Partial<CaseSummaryRow> {
  return data.scope === 'process' ? flagOn(row, 'consent_missing') : {};
}

function assessmentRecorded(row: CaseSummaryRow, data: Data<'AssessmentRecorded'>): Partial<CaseSummaryRow> {
  return {
    victim_status: data.victimStatus,
    risk_level: data.riskLevel,
    flags: withFlag(setFlag(row.flags, 'high_risk', data.riskLevel === 'high'), 'assessment_unapproved'),
  };
}

// Only the latest assessment can be approved (ASSESSMENT.SUPERSEDED), so approval clears the flag.
function assessmentApproved(row: CaseSummaryRow, data: Data<'AssessmentApproved'>): Partial<CaseSummaryRow> {
  return { victim_status: data.victimStatus, flags: without(row.flags, 'assessment_unapproved') };
}

function policeReportFiled(row: CaseSummaryRow, data: Data<'PoliceReportFiled'>): Partial<CaseSummaryRow> {
  return mergeLegal(row, 'policeReports', data.reportNumber, { unit: data.unit, policeAgency: data.policeAgency, filedOn: data.filedOn });
}

// Suspects are named in turns: the total, the latest date, and each turn's names (sealed, opened on read).
function suspectsNamed(row: CaseSummaryRow, data: Data<'SuspectsNamed'>): Partial<CaseSummaryRow> {
  const before = row.legal.criminalCase?.suspects;
  const names = Array.isArray(before?.names) ? before.names : [];
  return mergeLegal(row, 'criminalCase', 'suspects', {
    total: data.totalSuspects,
    lastNamedOn: data.namedOn,
    names: data.names === null ? names : [...names, data.names],
  });
}

function verdictRecorded(row: CaseSummaryRow, data: Data<'VerdictRecorded'>): Partial<CaseSummaryRow> {
  return mergeLegal(row, 'criminalCase', 'verdict', {
    number: data.verdictNumber,
    decidedOn: data.decidedOn,
    court: data.court,
    outcome: data.outcome,
    sentenceMonths: data.sentenceMonths,
    restitutionOrderedAmount: data.restitutionOrderedAmount,
    restitutionId: data.restitutionId,
  });
}

function lpskApplicationFiled(row: CaseSummaryRow, data: Data<'LpskApplicationFiled'>): Partial<CaseSummaryRow> {
  return mergeLegal(row, 'lpsk', data.applicationId, { status: 'filed', protections: data.protections, filedOn: data.filedOn });
}

function lpskDecisionRecorded(row: CaseSummaryRow, data: Data<'LpskDecisionRecorded'>): Partial<CaseSummaryRow> {
  return mergeLegal(row, 'lpsk', data.applicationId, {
    status: data.decision,
    grantedProtections: data.grantedProtections,
    decisionNumber: data.decisionNumber,
    decidedOn: data.decidedOn,
  });
}

function restitutionAssessed(row: CaseSummaryRow, data: Data<'RestitutionAssessed'>): Partial<CaseSummaryRow> {
  return mergeLegal(row, 'restitutions', data.restitutionId, { status: 'assessed', amount: data.amount, assessedBy: data.assessedBy });
}

function restitutionOrdered(row: CaseSummaryRow, data: Data<'RestitutionOrdered'>): Partial<CaseSummaryRow> {
  return mergeLegal(row, 'restitutions', data.restitutionId, {
    status: 'ordered',
    amount: data.amount,
    verdictNumber: data.verdictNumber,
    verdictFinalOn: data.verdictFinalOn,
    dueBy: data.payBy,
  });
}

// A partial payment keeps the status (as the domain does); only a full payment makes it `paid`.
function restitutionPaid(row: CaseSummaryRow, data: Data<'RestitutionPaid'>): Partial<CaseSummaryRow> {
  return mergeLegal(row, 'restitutions', data.restitutionId, {
    totalPaid: data.totalPaid,
    lastPaidOn: data.paidOn,
    ...(data.fullyPaid ? { status: 'paid' } : {}),
  });
}

function restitutionDefaulted(row: CaseSummaryRow, data: Data<'RestitutionDefaulted'>): Partial<CaseSummaryRow> {
  return mergeLegal(row, 'restitutions', data.restitutionId, { status: 'defaulted', unpaidAmount: data.unpaidAmount, defaultReason: data.reason });
}

// Closing ends the request and the expired-referral alert; the owner has nothing left to do.
function caseClosed(row: CaseSummaryRow, data: Data<'CaseClosed'>): Partial<CaseSummaryRow> {
  return { stage: 'closed', status: 'closed', closed_at: data.at, flags: without(without(row.flags, 'closure_requested'), 'referral_expired') };
}

// Sending a new referral is the owner's answer to an expired one, so it clears that alert.
function referralSent(row: CaseSummaryRow): Partial<CaseSummaryRow> {
  return { open_referrals: row.open_referrals + 1, flags: without(row.flags, 'referral_expired') };
}

function referralExpired(row: CaseSummaryRow): Partial<CaseSummaryRow> {
  return { open_referrals: Math.max(row.open_referrals - 1, 0), flags: withFlag(row.flags, 'referral_expired') };
}

function transferAccepted(row: CaseSummaryRow, data: Data<'TransferAccepted'>): Partial<CaseSummaryRow> {
  // The caseworker was the former owner's: the new owner assigns one of its own.
  return {
    former_owners: [...row.former_owners, row.owner_agency],
    owner_agency: data.toAgency,
    flags: without(row.flags, 'transfer_pending'),
    assignee: null,
  };
}
