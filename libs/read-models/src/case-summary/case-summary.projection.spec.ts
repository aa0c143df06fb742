import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { CaseEvent } from '@rujukan/domain';
import {
  DINSOS,
  JATIM,
  KALTIM,
  LPSK,
  POLDA,
  T0,
  assessmentApproved,
  assessmentRecorded,
  atAssessment,
  atIntake,
  caseOpened,
  atRehabilitation,
  atReintegration,
  atRepatriation,
  caseClosed,
  childRegistered,
  closureRequested,
  day,
  event,
  jatimCaseworker,
  jatimSupervisor,
  lpskOfficer,
  police,
  readyToAssess,
  referralAccepted,
  referralCompleted,
  referralSent,
  reintegrationCompleted,
  reintegrationPlanApproved,
  restitutionOrdered,
  serviceDelivered,
  serviceRequested,
  shelterEnded,
  shelterStarted,
  supervisor,
  system,
  transferRequested,
} from '@rujukan/domain/testing/fixtures.js';
import { type ProjectionHarness, startProjectionHarness, stored } from '../testing/projection-harness.js';
import { CaseSummaryProjection } from './case-summary.projection.js';

const projection = new CaseSummaryProjection();
let harness: ProjectionHarness;

beforeAll(async () => {
  harness = await startProjectionHarness();
});
afterAll(async () => {
  await harness.close();
});

/** The fixtures' histories belong to one fixed case; each spec moves them to a case of its own. */
const inCase = (caseId: string, events: readonly CaseEvent[]): CaseEvent[] => events.map((e) => ({ ...e, data: { ...e.data, caseId } }) as CaseEvent);

const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

async function summary(caseId: string): Promise<Record<string, unknown>> {
  const [row]: Record<string, unknown>[] = await harness.dataSource.query(`SELECT * FROM rm_case_summaries WHERE case_id = $1`, [caseId]);
  return Object.fromEntries(Object.entries(row ?? {}).map(([key, value]) => [key, iso(value)]));
}

/** Applies a fresh case's history and returns its row. */
async function project(history: readonly CaseEvent[]): Promise<{ caseId: string; row: Record<string, unknown> }> {
  const caseId = randomUUID();
  await harness.apply(projection, stored(inCase(caseId, history)));
  return { caseId, row: await summary(caseId) };
}

/** The row of `readyToAssess` (opened, adult victim registered, consent to process), changed by a spec's events. */
function expected(caseId: string, history: readonly CaseEvent[], changes: Record<string, unknown>): Record<string, unknown> {
  return {
    case_id: caseId,
    registration_number: null,
    owner_agency: KALTIM,
    former_owners: [],
    stage: 'intake',
    status: 'open',
    channel: 'port',
    found_district_code: '6503',
    victim_initials: 'SR',
    victim_sex: 'female',
    victim_is_child: false,
    origin_province_code: '35',
    origin_district_code: '3509',
    victim_status: null,
    risk_level: null,
    open_referrals: 0,
    legal: {},
    flags: [],
    next_action: 'advance_stage',
    opened_at: T0,
    closed_at: null,
    updated_at: history.at(-1)?.data.at,
    last_revision: history.length - 1,
    assignee: null,
    reporting_agency: null,
    return_leg: null,
    ...changes,
  };
}

const assessed = { stage: 'assessment', victim_status: 'confirmed', risk_level: 'high' };
const atRehab = { ...assessed, stage: 'rehabilitation', flags: ['high_risk'], next_action: 'deliver_service' };
const policeReferral = randomUUID();

describe('CaseSummaryProjection', () => {
  it('declares only the event types it handles', () => {
    expect(projection.eventTypes).toHaveLength(40);
    // A note changes nothing a summary shows.
    expect(projection.eventTypes).not.toContain('CaseNoteAdded');
    expect(projection.eventTypes).not.toContain('ServiceRequested');
    expect(projection.eventTypes).not.toContain('ReferralAccepted');
  });

  it('CaseOpened inserts an open case at intake waiting for its victim', async () => {
    const { caseId, row } = await project(atIntake);
    expect(row).toEqual(
      expected(caseId, atIntake, {
        victim_initials: null,
        victim_sex: null,
        victim_is_child: null,
        origin_province_code: null,
        origin_district_code: null,
        flags: ['consent_missing'],
        next_action: 'register_victim',
      }),
    );
  });

  it('CaseOpened keeps the registration number the event carries', async () => {
    const opened = { ...caseOpened(), data: { ...caseOpened().data, registration: { number: 'KI-2026-0042', series: 'KI-2026', seq: 42 } } } as CaseEvent;
    const { row } = await project([opened]);
    expect(row.registration_number).toBe('KI-2026-0042');
  });

  it('CaseOpened keeps the reporting agency the event names (absent on older events: null)', async () => {
    const opened = { ...caseOpened(), data: { ...caseOpened().data, reportingAgency: 'BP3MI-NUNUKAN' } } as CaseEvent;
    const { row } = await project([opened]);
    expect(row.reporting_agency).toBe('BP3MI-NUNUKAN');
    expect((await project(atIntake)).row.reporting_agency).toBeNull();
  });

  it('ReturnLegRecorded keeps the return leg apart from the repatriation; replayed twice it changes nothing; a correction replaces it', async () => {
    const sealed = { $sealed: `v1.${'A'.repeat(16)}.${'B'.repeat(20)}.${'C'.repeat(22)}` };
    const leg = {
      arrivalKind: 'deported',
      fromCountry: 'MY',
      fromPort: 'MYTWU',
      fromPlace: null,
      entryPort: null,
      entryPlace: sealed,
      arrivedOn: '2025-03-01',
      transport: 'sea',
    } as const;
    const history = [...readyToAssess, event('ReturnLegRecorded', leg, { at: day(1) })];
    const caseId = randomUUID();
    const events = stored(inCase(caseId, history));
    await harness.apply(projection, events);
    const once = await summary(caseId);
    expect(once).toEqual(expected(caseId, history, { return_leg: leg }));
    // The same events again (a replay after a crash): the row stays as it was.
    await harness.apply(projection, events);
    expect(await summary(caseId)).toEqual(once);
    // No place in clear: the sealed entry point stays sealed in the row.
    expect(JSON.stringify(once)).not.toMatch(/Sei Menggaris/);
    const corrected = [...history, event('ReturnLegRecorded', { ...leg, entryPort: 'IDNNX', entryPlace: null }, { at: day(2) })];
    const { caseId: other, row } = await project(corrected);
    expect(row).toEqual(expected(other, corrected, { return_leg: { ...leg, entryPort: 'IDNNX', entryPlace: null } }));
  });

  it('VictimRegistered keeps the display initials, sex, origin and flags a child', async () => {
    const history = [...atIntake, childRegistered()];
    const { caseId, row } = await project(history);
    expect(row).toEqual(expected(caseId, history, { victim_is_child: true, flags: ['child', 'consent_missing'], next_action: 'record_consent' }));
  });

  it('ConsentRecorded to process clears consent_missing', async () => {
    const { caseId, row } = await project(readyToAssess);
    expect(row).toEqual(expected(caseId, readyToAssess, {}));
  });

  it('ConsentWithdrawn of consent to process sets consent_missing again', async () => {
    const history = [...readyToAssess, event('ConsentWithdrawn', { consentId: 'consent-process', scope: 'process', reason: null }, { at: day(1) })];
    const { caseId, row } = await project(history);
    expect(row).toEqual(expected(caseId, history, { flags: ['consent_missing'], next_action: 'record_consent' }));
  });

  it('AssessmentRecorded sets victim status and risk, flags high risk and the missing approval', async () => {
    const history = [...atAssessment, assessmentRecorded()];
    const { caseId, row } = await project(history);
    expect(row).toEqual(expected(caseId, history, { ...assessed, flags: ['assessment_unapproved', 'high_risk'], next_action: 'approve_assessment' }));
  });

  it('AssessmentApproved clears assessment_unapproved', async () => {
    const history = [...atAssessment, assessmentRecorded(), assessmentApproved()];
    const { caseId, row } = await project(history);
    expect(row).toEqual(expected(caseId, history, { ...assessed, flags: ['high_risk'], next_action: 'advance_stage' }));
  });

  it('StageAdvanced moves the stage', async () => {
    const { caseId, row } = await project(atRehabilitation);
    expect(row).toEqual(expected(caseId, atRehabilitation, atRehab));
  });

  it('StageSkipped moves the stage to its target', async () => {
    const history = [...atRehabilitation, event('StageSkipped', { stage: 'rehabilitation', to: 'repatriation', reason: 'served abroad' }, { at: day(1) })];
    const { caseId, row } = await project(history);
    expect(row).toEqual(expected(caseId, history, { ...atRehab, stage: 'repatriation', next_action: 'complete_repatriation' }));
  });

  it('ServiceDelivered lets rehabilitation advance', async () => {
    const history = [...atRehabilitation, serviceRequested(), serviceDelivered()];
    const { caseId, row } = await project(history);
    expect(row).toEqual(expected(caseId, history, { ...atRehab, flags: ['high_risk', 'service_delivered'], next_action: 'advance_stage' }));
  });

  it('ShelterPlacementStarted flags shelter_active', async () => {
    const history = [...atRehabilitation, shelterStarted()];
    const { caseId, row } = await project(history);
    expect(row).toEqual(expected(caseId, history, { ...atRehab, flags: ['high_risk', 'shelter_active'] }));
  });

  it('ShelterPlacementEnded clears shelter_active', async () => {
    const history = [...atRehabilitation, shelterStarted(), shelterEnded(undefined, { at: day(5) })];
    const { caseId, row } = await project(history);
    expect(row).toEqual(expected(caseId, history, atRehab));
  });

  it('RepatriationCompleted lets repatriation advance', async () => {
    const history = atReintegration.slice(0, -1);
    const { caseId, row } = await project(history);
    expect(row).toEqual(
      expected(caseId, history, { ...atRehab, stage: 'repatriation', flags: ['high_risk', 'repatriated', 'service_delivered'], next_action: 'advance_stage' }),
    );
  });

  const reintegrating = { ...atRehab, stage: 'reintegration', flags: ['high_risk', 'repatriated', 'service_delivered'] };

  it('ReintegrationPlanApproved moves the next action to completing reintegration', async () => {
    const history = [...atReintegration, reintegrationPlanApproved()];
    const { caseId, row } = await project(history);
    expect(row).toEqual(
      expected(caseId, history, {
        ...reintegrating,
        flags: ['high_risk', 'reintegration_planned', 'repatriated', 'service_delivered'],
        next_action: 'complete_reintegration',
      }),
    );
  });

  it('ReintegrationCompleted leaves closure as the next action', async () => {
    const history = [...atReintegration, reintegrationPlanApproved(), reintegrationCompleted()];
    const { caseId, row } = await project(history);
    expect(row).toEqual(
      expected(caseId, history, {
        ...reintegrating,
        flags: ['high_risk', 'reintegrated', 'reintegration_planned', 'repatriated', 'service_delivered'],
        next_action: 'request_closure',
      }),
    );
  });

  it('PoliceReportFiled adds the report to the legal track', async () => {
    const history = [
      ...readyToAssess,
      event('PoliceReportFiled', { reportNumber: 'LP/B/12', unit: 'Ditreskrimum', policeAgency: POLDA, filedOn: '2025-03-04' }, { by: police }),
    ];
    const { caseId, row } = await project(history);
    expect(row).toEqual(
      expected(caseId, history, { legal: { policeReports: { 'LP/B/12': { unit: 'Ditreskrimum', policeAgency: POLDA, filedOn: '2025-03-04' } } } }),
    );
  });

  const steps = {
    spdp: event('SpdpIssued', { spdpNumber: 'SPDP/45/III/2025', issuedOn: '2025-03-04' }, { by: police }),
    p21: event('CaseFileCompleted', { completeOn: '2025-03-05' }, { by: police }),
    prosecution: event('ProsecutionStarted', { startedOn: '2025-03-06', court: 'PN Nunukan' }, { by: police }),
  };
  const sealedNames = { $sealed: `v1.${'k'.repeat(16)}.names.${'t'.repeat(22)}` };

  it('SpdpIssued adds the SPDP to the criminal case', async () => {
    const history = [...readyToAssess, steps.spdp];
    const { caseId, row } = await project(history);
    expect(row).toEqual(expected(caseId, history, { legal: { criminalCase: { spdp: { number: 'SPDP/45/III/2025', issuedOn: '2025-03-04' } } } }));
  });

  it('SuspectsNamed adds up the suspects and keeps each turn of names sealed', async () => {
    const history = [
      ...readyToAssess,
      event('SuspectsNamed', { count: 2, names: sealedNames, namedOn: '2025-03-04', totalSuspects: 2 }, { by: police }),
      event('SuspectsNamed', { count: 1, names: null, namedOn: '2025-03-05', totalSuspects: 3 }, { by: police }),
    ];
    const { caseId, row } = await project(history);
    expect(row).toEqual(expected(caseId, history, { legal: { criminalCase: { suspects: { total: 3, lastNamedOn: '2025-03-05', names: [sealedNames] } } } }));
  });

  it('CaseFileCompleted records P-21', async () => {
    const history = [...readyToAssess, steps.spdp, steps.p21];
    const { caseId, row } = await project(history);
    expect(row).toEqual(
      expected(caseId, history, {
        legal: { criminalCase: { spdp: { number: 'SPDP/45/III/2025', issuedOn: '2025-03-04' }, caseFileComplete: { completeOn: '2025-03-05' } } },
      }),
    );
  });

  it('ProsecutionStarted records the court', async () => {
    const history = [...readyToAssess, steps.prosecution];
    const { caseId, row } = await project(history);
    expect(row).toEqual(expected(caseId, history, { legal: { criminalCase: { prosecution: { startedOn: '2025-03-06', court: 'PN Nunukan' } } } }));
  });

  it('VerdictRecorded records the verdict; the restitution it orders follows as RestitutionOrdered', async () => {
    const verdict = {
      verdictNumber: '12/Pid.Sus/2025/PN Nnk',
      decidedOn: '2025-03-07',
      court: 'PN Nunukan',
      outcome: 'convicted' as const,
      sentenceMonths: 48,
      restitutionOrderedAmount: 60_000_000,
      restitutionId: 'restitution-verdict',
    };
    const history = [
      ...readyToAssess,
      event('VerdictRecorded', verdict, { by: police }),
      event(
        'RestitutionOrdered',
        { restitutionId: 'restitution-verdict', amount: 60_000_000, verdictNumber: verdict.verdictNumber, verdictFinalOn: '2025-03-07', payBy: '2025-03-21' },
        { by: police },
      ),
    ];
    const { caseId, row } = await project(history);
    expect(row).toEqual(
      expected(caseId, history, {
        legal: {
          criminalCase: {
            verdict: {
              number: '12/Pid.Sus/2025/PN Nnk',
              decidedOn: '2025-03-07',
              court: 'PN Nunukan',
              outcome: 'convicted',
              sentenceMonths: 48,
              restitutionOrderedAmount: 60_000_000,
              restitutionId: 'restitution-verdict',
            },
          },
          restitutions: {
            'restitution-verdict': {
              status: 'ordered',
              amount: 60_000_000,
              verdictNumber: '12/Pid.Sus/2025/PN Nnk',
              verdictFinalOn: '2025-03-07',
              dueBy: '2025-03-21',
            },
          },
        },
        flags: ['restitution_unpaid'],
      }),
    );
  });

  const lpskFiled = event(
    'LpskApplicationFiled',
    { applicationId: 'lpsk-1', protections: ['physical_protection', 'medical_assistance'], filedOn: '2025-03-04' },
    { by: lpskOfficer },
  );

  it('LpskApplicationFiled adds a filed application', async () => {
    const history = [...readyToAssess, lpskFiled];
    const { caseId, row } = await project(history);
    expect(row).toEqual(
      expected(caseId, history, {
        legal: { lpsk: { 'lpsk-1': { status: 'filed', protections: ['physical_protection', 'medical_assistance'], filedOn: '2025-03-04' } } },
      }),
    );
  });

  it('LpskDecisionRecorded sets the decision on the application', async () => {
    const decided = event(
      'LpskDecisionRecorded',
      {
        applicationId: 'lpsk-1',
        decision: 'partially_granted',
        grantedProtections: ['physical_protection'],
        decisionNumber: 'KEP-9/2025',
        decidedOn: '2025-03-10',
      },
      { by: lpskOfficer, at: day(7) },
    );
    const history = [...readyToAssess, lpskFiled, decided];
    const { caseId, row } = await project(history);
    expect(row).toEqual(
      expected(caseId, history, {
        legal: {
          lpsk: {
            'lpsk-1': {
              status: 'partially_granted',
              protections: ['physical_protection', 'medical_assistance'],
              filedOn: '2025-03-04',
              grantedProtections: ['physical_protection'],
              decisionNumber: 'KEP-9/2025',
              decidedOn: '2025-03-10',
            },
          },
        },
      }),
    );
  });

  const assessedRestitution = event('RestitutionAssessed', { restitutionId: 'restitution-1', amount: 120_000_000, assessedBy: 'lpsk' }, { by: lpskOfficer });
  const ordered = {
    status: 'ordered',
    amount: 150_000_000,
    assessedBy: 'lpsk',
    verdictNumber: '12/Pid.Sus/2025/PN Nnk',
    verdictFinalOn: '2025-03-01',
    dueBy: '2025-03-15',
  };

  it('RestitutionAssessed records the assessed amount', async () => {
    const history = [...readyToAssess, assessedRestitution];
    const { caseId, row } = await project(history);
    expect(row).toEqual(
      expected(caseId, history, { legal: { restitutions: { 'restitution-1': { status: 'assessed', amount: 120_000_000, assessedBy: 'lpsk' } } } }),
    );
  });

  it('RestitutionOrdered records the order and flags it unpaid', async () => {
    const history = [...readyToAssess, assessedRestitution, restitutionOrdered()];
    const { caseId, row } = await project(history);
    expect(row).toEqual(expected(caseId, history, { legal: { restitutions: { 'restitution-1': ordered } }, flags: ['restitution_unpaid'] }));
  });

  it('RestitutionPaid keeps a partial payment unpaid and clears the flag when fully paid', async () => {
    const paid = (amount: number, totalPaid: number, fullyPaid: boolean, at: string) =>
      event('RestitutionPaid', { restitutionId: 'restitution-1', amount, paidOn: at.slice(0, 10), totalPaid, fullyPaid }, { at });
    const partly = [...readyToAssess, restitutionOrdered(), paid(50_000_000, 50_000_000, false, day(5))];
    const first = await project(partly);
    expect(first.row).toMatchObject({
      flags: ['restitution_unpaid'],
      legal: { restitutions: { 'restitution-1': { status: 'ordered', totalPaid: 50_000_000, lastPaidOn: '2025-03-08' } } },
    });
    const fully = [...partly, paid(100_000_000, 150_000_000, true, day(10))];
    const { caseId, row } = await project(fully);
    const { assessedBy: _assessedBy, ...orderedOnly } = ordered;
    expect(row).toEqual(
      expected(caseId, fully, {
        legal: { restitutions: { 'restitution-1': { ...orderedOnly, status: 'paid', totalPaid: 150_000_000, lastPaidOn: '2025-03-13' } } },
      }),
    );
  });

  it('RestitutionDefaulted records the default and clears restitution_unpaid', async () => {
    const history = [
      ...readyToAssess,
      restitutionOrdered(),
      event('RestitutionDefaulted', { restitutionId: 'restitution-1', unpaidAmount: 150_000_000, reason: 'convict has no assets' }, { at: day(20) }),
    ];
    const { caseId, row } = await project(history);
    const { assessedBy: _assessedBy, ...orderedOnly } = ordered;
    expect(row).toEqual(
      expected(caseId, history, {
        legal: {
          restitutions: { 'restitution-1': { ...orderedOnly, status: 'defaulted', unpaidAmount: 150_000_000, defaultReason: 'convict has no assets' } },
        },
      }),
    );
  });

  it('ClosureRequested flags the request for a supervisor', async () => {
    const history = [...readyToAssess, closureRequested()];
    const { caseId, row } = await project(history);
    expect(row).toEqual(expected(caseId, history, { flags: ['closure_requested'], next_action: 'answer_closure_request' }));
  });

  it('ClosureRejected clears the request', async () => {
    const history = [...readyToAssess, closureRequested(), event('ClosureRejected', { reason: 'victim still reachable' }, { by: supervisor, at: day(1) })];
    const { caseId, row } = await project(history);
    expect(row).toEqual(expected(caseId, history, {}));
  });

  it('CaseClosed closes the case with nothing left to do', async () => {
    const history = [...readyToAssess, closureRequested(), caseClosed('intake', 'lost_contact', { by: supervisor, at: day(2) })];
    const { caseId, row } = await project(history);
    expect(row).toEqual(expected(caseId, history, { stage: 'closed', status: 'closed', closed_at: day(2), next_action: null }));
  });

  it('CaseReopened returns to the stage and opens the case again', async () => {
    const history = [
      ...readyToAssess,
      closureRequested(),
      caseClosed('intake', 'lost_contact', { by: supervisor, at: day(2) }),
      event('CaseReopened', { reason: 'victim found again', stage: 'intake' }, { by: supervisor, at: day(9) }),
    ];
    const { caseId, row } = await project(history);
    expect(row).toEqual(expected(caseId, history, {}));
  });

  it('ReferralSent counts an open referral', async () => {
    const history = [...readyToAssess, referralSent(policeReferral)];
    const { caseId, row } = await project(history);
    expect(row).toEqual(expected(caseId, history, { open_referrals: 1 }));
  });

  it('ReferralDeclined closes it', async () => {
    const history = [
      ...readyToAssess,
      referralSent(policeReferral),
      event('ReferralDeclined', { referralId: policeReferral, reason: 'no unit' }, { by: police }),
    ];
    const { caseId, row } = await project(history);
    expect(row).toEqual(expected(caseId, history, {}));
  });

  it('ReferralWithdrawn closes it', async () => {
    const history = [...readyToAssess, referralSent(policeReferral), event('ReferralWithdrawn', { referralId: policeReferral, reason: 'sent twice' }, {})];
    const { caseId, row } = await project(history);
    expect(row).toEqual(expected(caseId, history, {}));
  });

  it('ReferralExpired closes it and flags referral_expired until the owner refers again', async () => {
    const expired = event(
      'ReferralExpired',
      { referralId: policeReferral, responseDeadline: day(3), escalateTo: { agency: KALTIM, role: 'supervisor' } },
      { by: system, at: day(3) },
    );
    const history = [...readyToAssess, referralSent(policeReferral), expired];
    const first = await project(history);
    expect(first.row).toEqual(expected(first.caseId, history, { flags: ['referral_expired'], next_action: 'follow_up_expired_referral' }));
    const again = [...history, referralSent(randomUUID(), { toAgency: DINSOS, toAgencyType: 'social_services' }, { at: day(4) })];
    const { caseId, row } = await project(again);
    expect(row).toEqual(expected(caseId, again, { open_referrals: 1 }));
  });

  it('ReferralCompleted closes an accepted referral', async () => {
    const history = [
      ...readyToAssess,
      referralSent(policeReferral),
      referralAccepted(policeReferral),
      referralCompleted(policeReferral, { by: police, at: day(4) }),
    ];
    const { caseId, row } = await project(history);
    expect(row).toEqual(expected(caseId, history, {}));
  });

  it('TransferRequested flags transfer_pending', async () => {
    const history = [...readyToAssess, transferRequested()];
    const { caseId, row } = await project(history);
    expect(row).toEqual(expected(caseId, history, { flags: ['transfer_pending'] }));
  });

  it('TransferAccepted moves ownership and remembers the former owner', async () => {
    const history = [
      ...readyToAssess,
      transferRequested(),
      event('TransferAccepted', { transferId: 'transfer-1', fromAgency: KALTIM, toAgency: JATIM }, { by: jatimCaseworker, at: day(1) }),
    ];
    const { caseId, row } = await project(history);
    expect(row).toEqual(expected(caseId, history, { owner_agency: JATIM, former_owners: [KALTIM] }));
  });

  it('CaseAssigned names the caseworker who carries the case, and a reassignment replaces her', async () => {
    const first = event('CaseAssigned', { assignee: 'cw-siti', previousAssignee: null }, { by: supervisor, at: day(1) });
    const second = event('CaseAssigned', { assignee: 'cw-rina', previousAssignee: 'cw-siti' }, { by: supervisor, at: day(2) });
    const once = await project([...readyToAssess, first]);
    expect(once.row).toEqual(expected(once.caseId, [...readyToAssess, first], { assignee: 'cw-siti' }));
    const twice = await project([...readyToAssess, first, second]);
    expect(twice.row).toEqual(expected(twice.caseId, [...readyToAssess, first, second], { assignee: 'cw-rina' }));
  });

  it("TransferAccepted clears the assignment: the caseworker was the former owner's", async () => {
    const history = [
      ...readyToAssess,
      event('CaseAssigned', { assignee: 'cw-siti', previousAssignee: null }, { by: supervisor, at: day(1) }),
      transferRequested(),
      event('TransferAccepted', { transferId: 'transfer-1', fromAgency: KALTIM, toAgency: JATIM }, { by: jatimCaseworker, at: day(2) }),
    ];
    const { caseId, row } = await project(history);
    expect(row).toEqual(expected(caseId, history, { owner_agency: JATIM, former_owners: [KALTIM], assignee: null }));
  });

  it('TransferDeclined clears transfer_pending and keeps the owner', async () => {
    const history = [
      ...readyToAssess,
      transferRequested(),
      event('TransferDeclined', { transferId: 'transfer-1', reason: 'not our province' }, { by: jatimSupervisor, at: day(1) }),
    ];
    const { caseId, row } = await project(history);
    expect(row).toEqual(expected(caseId, history, {}));
  });

  it('an event already applied, or older than the row, changes nothing', async () => {
    const caseId = randomUUID();
    const events = stored(inCase(caseId, [...readyToAssess, referralSent(policeReferral)]));
    await harness.apply(projection, events);
    const before = await summary(caseId);
    await harness.apply(projection, events.slice(3));
    await harness.apply(projection, events.slice(0, 1));
    expect(await summary(caseId)).toEqual(before);
    expect(before).toMatchObject({ open_referrals: 1, last_revision: 3 });
  });

  it('replaying a whole case twice leaves the row identical', async () => {
    const caseId = randomUUID();
    const events = stored(realisticCase(caseId));
    await harness.apply(projection, events);
    const first = await summary(caseId);
    expect(first).toMatchObject({
      owner_agency: JATIM,
      former_owners: [KALTIM],
      stage: 'closed',
      status: 'closed',
      open_referrals: 0,
      flags: ['high_risk', 'reintegrated', 'reintegration_planned', 'repatriated', 'service_delivered'],
      next_action: null,
      closed_at: day(32),
      last_revision: events.length - 1,
    });
    await harness.apply(projection, events);
    expect(await summary(caseId)).toEqual(first);
  });

  it('a history split into two batches anywhere gives the row one batch gives', async () => {
    const history = realisticCase(randomUUID());
    const { row: whole } = await project(history);
    for (let split = 1; split < history.length; split++) {
      const caseId = randomUUID();
      const events = stored(inCase(caseId, history));
      await harness.apply(projection, events.slice(0, split));
      await harness.apply(projection, events.slice(split));
      expect({ split, row: await summary(caseId) }).toEqual({ split, row: { ...whole, case_id: caseId } });
    }
  });

  it('one batch of several cases interleaved, some events already applied, gives each case the row its history gives', async () => {
    const [first, second, unopened] = [randomUUID(), randomUUID(), randomUUID()];
    const firstHistory = realisticCase(first);
    const secondHistory = [...readyToAssess, referralSent(policeReferral), assessedRestitution, restitutionOrdered()];
    const firstEvents = stored(firstHistory);
    const secondEvents = stored(inCase(second, secondHistory));
    // A case whose CaseOpened is not in the log: its other events have no row to change.
    const unopenedEvents = stored(inCase(unopened, readyToAssess.slice(1)), 1);
    await harness.apply(projection, firstEvents.slice(0, 10));
    const interleaved = firstEvents.flatMap((event, i) => [event, secondEvents[i], unopenedEvents[i]].filter((e) => e !== undefined));
    await harness.apply(projection, interleaved);
    expect(await summary(first)).toEqual({ ...(await project(firstHistory)).row, case_id: first });
    expect(await summary(second)).toEqual({ ...(await project(secondHistory)).row, case_id: second });
    expect(await summary(unopened)).toEqual({});
  });
});

/** Open → register → consent → assess → approve → referrals answered → transfer → repatriation → reintegration → closure. */
function realisticCase(caseId: string): CaseEvent[] {
  const [toPolice, toShelter, toLpsk] = [randomUUID(), randomUUID(), randomUUID()];
  return inCase(caseId, [
    ...atRehabilitation,
    referralSent(toPolice, {}, { at: day(1) }),
    referralSent(toShelter, { toAgency: DINSOS, toAgencyType: 'social_services', service: 'shelter' }, { at: day(1) }),
    referralSent(toLpsk, { toAgency: LPSK, toAgencyType: 'lpsk', service: 'protection' }, { at: day(1) }),
    referralAccepted(toPolice, { by: police, at: day(2) }),
    event('ReferralDeclined', { referralId: toShelter, reason: 'full' }, { by: police, at: day(2) }),
    referralAccepted(toLpsk, { by: lpskOfficer, at: day(2) }),
    event('PoliceReportFiled', { reportNumber: 'LP/B/12', unit: 'Ditreskrimum', policeAgency: POLDA, filedOn: '2025-03-05' }, { by: police, at: day(2) }),
    lpskFiledFor(day(2)),
    shelterStarted('placement-1', { at: day(2) }),
    referralCompleted(toPolice, { by: police, at: day(3) }),
    referralCompleted(toLpsk, { by: lpskOfficer, at: day(3) }),
    ...atRepatriation.slice(atRehabilitation.length),
    transferRequested({ at: day(4) }),
    event('TransferAccepted', { transferId: 'transfer-1', fromAgency: KALTIM, toAgency: JATIM }, { by: jatimCaseworker, at: day(5) }),
    shelterEnded('placement-1', { by: jatimCaseworker, at: day(6) }),
    ...atReintegration.slice(atRepatriation.length),
    reintegrationPlanApproved({ by: jatimSupervisor, at: day(8) }),
    reintegrationCompleted({ by: jatimCaseworker, at: day(30) }),
    closureRequested('reintegrated', { by: jatimCaseworker, at: day(31) }),
    caseClosed('reintegration', 'reintegrated', { by: jatimSupervisor, at: day(32) }),
  ]);
}

function lpskFiledFor(at: string): CaseEvent {
  return event('LpskApplicationFiled', { applicationId: 'lpsk-1', protections: ['physical_protection'], filedOn: '2025-03-05' }, { by: lpskOfficer, at });
}
