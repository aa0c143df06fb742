import type { CaseEventOfType } from '@rujukan/domain';
import type { StoredEvent } from '@rujukan/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../runtime/projection.js';
import { StatementBatch } from '../runtime/statement-batch.js';

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
  'RepatriationCompleted',
  'ReintegrationPlanApproved',
  'ReintegrationCompleted',
  'PoliceReportFiled',
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

/** Every write to an existing row: the change, then the revision guard that makes a replay a no-op. */
const GUARD = `updated_at = $2, last_revision = $3 WHERE case_id = $1 AND last_revision < $3`;

// SQL fragments over the row's flags; the flag itself is always a bound parameter.
const withFlag = (param: string) => `array_append(array_remove(flags, ${param}::text), ${param}::text)`;
const withoutFlag = (param: string) => `array_remove(flags, ${param}::text)`;
const setFlag = (param: string, on: string) =>
  `CASE WHEN ${on} THEN ${withFlag(param)} ELSE ${withoutFlag(param)} END`;

/** Merges a patch into one entry (`legal.<section>.<id>`) of the legal track. */
const mergeLegal = (section: string, idParam: string, patchParam: string) =>
  `legal || jsonb_build_object('${section}', COALESCE(legal->'${section}', '{}'::jsonb) ||
     jsonb_build_object(${idParam}::text, COALESCE(legal->'${section}'->${idParam}::text, '{}'::jsonb) || ${patchParam}::jsonb))`;

/**
 * Flags that follow from other columns, kept sorted, and the owner's next action, all from the row alone:
 * run once per batch over the cases it touched, so it is as idempotent as the guarded writes before it.
 */
const DERIVE = `
  WITH derived AS (
    SELECT case_id,
           ARRAY(SELECT DISTINCT f FROM unnest(
             array_remove(flags, 'restitution_unpaid') ||
             CASE WHEN EXISTS (SELECT 1 FROM jsonb_each(COALESCE(legal->'restitutions', '{}'::jsonb)) r
                               WHERE r.value->>'status' = 'ordered')
                  THEN ARRAY['restitution_unpaid'] ELSE ARRAY[]::text[] END) AS f ORDER BY f) AS flags
    FROM rm_case_summaries WHERE case_id = ANY($1::uuid[])
  )
  UPDATE rm_case_summaries s SET
    flags = d.flags,
    next_action = CASE
      WHEN s.status = 'closed' THEN NULL
      WHEN 'closure_requested' = ANY(d.flags) THEN 'answer_closure_request'
      WHEN 'referral_expired' = ANY(d.flags) THEN 'follow_up_expired_referral'
      WHEN s.victim_initials IS NULL THEN 'register_victim'
      WHEN 'consent_missing' = ANY(d.flags) THEN 'record_consent'
      WHEN s.stage = 'intake' THEN 'advance_stage'
      WHEN s.stage = 'assessment' AND s.victim_status IS NULL THEN 'record_assessment'
      WHEN s.stage = 'assessment' AND 'assessment_unapproved' = ANY(d.flags) THEN 'approve_assessment'
      WHEN s.stage = 'assessment' AND s.victim_status = 'not_a_victim' THEN 'request_closure'
      WHEN s.stage = 'rehabilitation' AND NOT 'service_delivered' = ANY(d.flags) THEN 'deliver_service'
      WHEN s.stage = 'repatriation' AND NOT 'repatriated' = ANY(d.flags) THEN 'complete_repatriation'
      WHEN s.stage IN ('assessment', 'rehabilitation', 'repatriation') THEN 'advance_stage'
      WHEN NOT 'reintegration_planned' = ANY(d.flags) THEN 'approve_reintegration_plan'
      WHEN NOT 'reintegrated' = ANY(d.flags) THEN 'complete_reintegration'
      ELSE 'request_closure'
    END
  FROM derived d WHERE s.case_id = d.case_id`;

/** One row per case in `rm_case_summaries`: guarded single-statement writes per event, then one derive per batch. */
export class CaseSummaryProjection implements Projection {
  readonly name = 'case-summary';
  readonly eventTypes: readonly string[] = HANDLED;

  async apply(events: readonly StoredEvent[], manager: EntityManager): Promise<void> {
    const batch = new StatementBatch();
    const touched = new Set<string>();
    for (const stored of events) {
      const event = { type: stored.type, data: stored.data } as unknown as Handled;
      await applyOne(batch.manager, event, stored.revision);
      touched.add(event.data.caseId);
    }
    if (touched.size > 0) batch.add(DERIVE, [[...touched]]);
    await batch.flush(manager);
  }
}

function applyOne(manager: EntityManager, event: Handled, revision: number): Promise<unknown> {
  const write = (set: string, params: unknown[] = []) =>
    manager.query(`UPDATE rm_case_summaries SET ${set}, ${GUARD}`, [event.data.caseId, event.data.at, revision, ...params]);
  switch (event.type) {
    case 'CaseOpened':
      return caseOpened(manager, event.data, revision);
    case 'VictimRegistered':
      return write(...victimRegistered(event.data));
    case 'ConsentRecorded':
      return write(...consentRecorded(event.data));
    case 'ConsentWithdrawn':
      return write(...consentWithdrawn(event.data));
    case 'AssessmentRecorded':
      return write(...assessmentRecorded(event.data));
    case 'AssessmentApproved':
      return write(...assessmentApproved(event.data));
    case 'ServiceDelivered':
      return write(...flagOn('service_delivered'));
    case 'ShelterPlacementStarted':
      return write(...flagOn('shelter_active'));
    case 'ShelterPlacementEnded':
      return write(...flagOff('shelter_active'));
    case 'RepatriationCompleted':
      return write(...flagOn('repatriated'));
    case 'ReintegrationPlanApproved':
      return write(...flagOn('reintegration_planned'));
    case 'ReintegrationCompleted':
      return write(...flagOn('reintegrated'));
    case 'PoliceReportFiled':
      return write(...policeReportFiled(event.data));
    case 'LpskApplicationFiled':
      return write(...lpskApplicationFiled(event.data));
    case 'LpskDecisionRecorded':
      return write(...lpskDecisionRecorded(event.data));
    case 'RestitutionAssessed':
      return write(...restitutionAssessed(event.data));
    case 'RestitutionOrdered':
      return write(...restitutionOrdered(event.data));
    case 'RestitutionPaid':
      return write(...restitutionPaid(event.data));
    case 'RestitutionDefaulted':
      return write(...restitutionDefaulted(event.data));
    case 'StageAdvanced':
    case 'StageSkipped':
      return write(`stage = $4`, [event.data.to]);
    case 'ClosureRequested':
      return write(...flagOn('closure_requested'));
    case 'ClosureRejected':
      return write(...flagOff('closure_requested'));
    case 'CaseClosed':
      return write(...caseClosed());
    case 'CaseReopened':
      return write(`stage = $4, status = 'open', closed_at = NULL`, [event.data.stage]);
    case 'ReferralSent':
      return write(...referralSent());
    case 'ReferralDeclined':
    case 'ReferralWithdrawn':
    case 'ReferralCompleted':
      return write(`open_referrals = GREATEST(open_referrals - 1, 0)`);
    case 'ReferralExpired':
      return write(...referralExpired());
    case 'TransferRequested':
      return write(...flagOn('transfer_pending'));
    case 'TransferAccepted':
      return write(...transferAccepted(event.data));
    case 'TransferDeclined':
      return write(...flagOff('transfer_pending'));
    default:
      return unhandled(event);
  }
}

// The never makes the compiler reject a type listed in HANDLED without a case above.
function unhandled(event: never): Promise<void> {
  throw new Error(`case-summary projection cannot apply ${(event as { type: string }).type}`);
}

/** A SET clause whose own parameters start at $4 ($1 case, $2 time, $3 revision belong to the guard). */
type Change = [set: string, params: unknown[]];

const flagOn = (flag: CaseFlag): Change => [`flags = ${withFlag('$4')}`, [flag]];
const flagOff = (flag: CaseFlag): Change => [`flags = ${withoutFlag('$4')}`, [flag]];

function caseOpened(manager: EntityManager, data: Data<'CaseOpened'>, revision: number): Promise<unknown> {
  return manager.query(
    `INSERT INTO rm_case_summaries (case_id, owner_agency, former_owners, stage, status, channel, found_district_code,
                                    victim_initials, victim_sex, victim_is_child, origin_province_code, origin_district_code,
                                    victim_status, risk_level, open_referrals, legal, flags, next_action,
                                    opened_at, closed_at, updated_at, last_revision)
     VALUES ($1, $2, '{}', 'intake', 'open', $3, $4, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, '{}',
             ARRAY[$5::text], NULL, $6, NULL, $6, $7)
     ON CONFLICT (case_id) DO UPDATE SET
       owner_agency = excluded.owner_agency, former_owners = excluded.former_owners, stage = excluded.stage,
       status = excluded.status, channel = excluded.channel, found_district_code = excluded.found_district_code,
       victim_initials = NULL, victim_sex = NULL, victim_is_child = NULL, origin_province_code = NULL,
       origin_district_code = NULL, victim_status = NULL, risk_level = NULL, open_referrals = 0, legal = '{}',
       flags = excluded.flags, next_action = NULL, opened_at = excluded.opened_at, closed_at = NULL,
       updated_at = excluded.updated_at, last_revision = excluded.last_revision
     WHERE rm_case_summaries.last_revision < excluded.last_revision`,
    [data.caseId, data.ownerAgency, data.channel, data.districtCode, 'consent_missing' satisfies CaseFlag, data.at, revision],
  );
}

function victimRegistered(data: Data<'VictimRegistered'>): Change {
  return [
    `victim_initials = $4, victim_sex = $5, victim_is_child = $6, origin_province_code = $7, origin_district_code = $8,
     flags = ${setFlag('$9', '$6::boolean')}`,
    [data.initials, data.sex, data.isChild, data.originProvinceCode, data.originDistrictCode, 'child' satisfies CaseFlag],
  ];
}

// Only consent to process gates the case's work; consent to share is checked per referral.
function consentRecorded(data: Data<'ConsentRecorded'>): Change {
  return [`flags = CASE WHEN $5 = 'process' THEN ${withoutFlag('$4')} ELSE flags END`, ['consent_missing' satisfies CaseFlag, data.scope]];
}

// The row cannot tell whether another process consent is still active (no column for it): see the read-models notes.
function consentWithdrawn(data: Data<'ConsentWithdrawn'>): Change {
  return [`flags = CASE WHEN $5 = 'process' THEN ${withFlag('$4')} ELSE flags END`, ['consent_missing' satisfies CaseFlag, data.scope]];
}

function assessmentRecorded(data: Data<'AssessmentRecorded'>): Change {
  return [
    `victim_status = $4, risk_level = $5,
     flags = array_append(array_remove(${setFlag('$6', `$5 = 'high'`)}, $7::text), $7::text)`,
    [data.victimStatus, data.riskLevel, 'high_risk' satisfies CaseFlag, 'assessment_unapproved' satisfies CaseFlag],
  ];
}

// Only the latest assessment can be approved (ASSESSMENT.SUPERSEDED), so approval clears the flag.
function assessmentApproved(data: Data<'AssessmentApproved'>): Change {
  return [`victim_status = $4, flags = ${withoutFlag('$5')}`, [data.victimStatus, 'assessment_unapproved' satisfies CaseFlag]];
}

function policeReportFiled(data: Data<'PoliceReportFiled'>): Change {
  const patch = { unit: data.unit, policeAgency: data.policeAgency, filedOn: data.filedOn };
  return [`legal = ${mergeLegal('policeReports', '$4', '$5')}`, [data.reportNumber, JSON.stringify(patch)]];
}

function lpskApplicationFiled(data: Data<'LpskApplicationFiled'>): Change {
  const patch = { status: 'filed', protections: data.protections, filedOn: data.filedOn };
  return [`legal = ${mergeLegal('lpsk', '$4', '$5')}`, [data.applicationId, JSON.stringify(patch)]];
}

function lpskDecisionRecorded(data: Data<'LpskDecisionRecorded'>): Change {
  const patch = {
    status: data.decision,
    grantedProtections: data.grantedProtections,
    decisionNumber: data.decisionNumber,
    decidedOn: data.decidedOn,
  };
  return [`legal = ${mergeLegal('lpsk', '$4', '$5')}`, [data.applicationId, JSON.stringify(patch)]];
}

function restitutionAssessed(data: Data<'RestitutionAssessed'>): Change {
  const patch = { status: 'assessed', amount: data.amount, assessedBy: data.assessedBy };
  return [`legal = ${mergeLegal('restitutions', '$4', '$5')}`, [data.restitutionId, JSON.stringify(patch)]];
}

function restitutionOrdered(data: Data<'RestitutionOrdered'>): Change {
  const patch = {
    status: 'ordered',
    amount: data.amount,
    verdictNumber: data.verdictNumber,
    verdictFinalOn: data.verdictFinalOn,
    dueBy: data.payBy,
  };
  return [`legal = ${mergeLegal('restitutions', '$4', '$5')}`, [data.restitutionId, JSON.stringify(patch)]];
}

// A partial payment keeps the status (as the domain does); only a full payment makes it `paid`.
function restitutionPaid(data: Data<'RestitutionPaid'>): Change {
  const patch = { totalPaid: data.totalPaid, lastPaidOn: data.paidOn, ...(data.fullyPaid ? { status: 'paid' } : {}) };
  return [`legal = ${mergeLegal('restitutions', '$4', '$5')}`, [data.restitutionId, JSON.stringify(patch)]];
}

function restitutionDefaulted(data: Data<'RestitutionDefaulted'>): Change {
  const patch = { status: 'defaulted', unpaidAmount: data.unpaidAmount, defaultReason: data.reason };
  return [`legal = ${mergeLegal('restitutions', '$4', '$5')}`, [data.restitutionId, JSON.stringify(patch)]];
}

// Closing ends the request and the expired-referral alert; the owner has nothing left to do.
function caseClosed(): Change {
  return [
    `stage = 'closed', status = 'closed', closed_at = $2, flags = array_remove(${withoutFlag('$4')}, $5::text)`,
    ['closure_requested' satisfies CaseFlag, 'referral_expired' satisfies CaseFlag],
  ];
}

// Sending a new referral is the owner's answer to an expired one, so it clears that alert.
function referralSent(): Change {
  return [`open_referrals = open_referrals + 1, flags = ${withoutFlag('$4')}`, ['referral_expired' satisfies CaseFlag]];
}

function referralExpired(): Change {
  return [`open_referrals = GREATEST(open_referrals - 1, 0), flags = ${withFlag('$4')}`, ['referral_expired' satisfies CaseFlag]];
}

function transferAccepted(data: Data<'TransferAccepted'>): Change {
  return [
    `former_owners = array_append(former_owners, owner_agency), owner_agency = $4, flags = ${withoutFlag('$5')}`,
    [data.toAgency, 'transfer_pending' satisfies CaseFlag],
  ];
}
