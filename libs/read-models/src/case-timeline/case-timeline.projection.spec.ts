import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CASE_EVENT_TYPES, type Actor, type CaseEvent, type CaseEventType, type EventContext } from '@rujukan/domain';
import {
  BP2MI,
  DINSOS,
  INDICATORS,
  JATIM,
  KALTIM,
  POLDA,
  T0,
  VICTIM,
  atReintegration,
  bp2miOfficer,
  caseClosed,
  caseOpened,
  caseworker,
  day,
  event,
  jatimSupervisor,
  lpskOfficer,
  police,
  referralAccepted,
  referralCompleted,
  referralSent,
  restitutionOrdered,
  shelterEnded,
  shelterStarted,
  supervisor,
  system,
  transferRequested,
} from '@rujukan/domain/testing/fixtures.js';
import { stored, startProjectionHarness, type ProjectionHarness } from '../testing/projection-harness.js';
import { CaseTimelineProjection, timelineFacts } from './case-timeline.projection.js';

const projection = new CaseTimelineProjection();
let harness: ProjectionHarness;

beforeAll(async () => {
  harness = await startProjectionHarness();
});

afterAll(async () => {
  await harness?.close();
});

const timeline = (caseId: string) =>
  harness.dataSource.query(
    `SELECT case_id, revision, event_type, actor, role, agency, occurred_at, recorded_at, summary, reason
     FROM rm_case_timeline WHERE case_id = $1 ORDER BY revision`,
    [caseId],
  );

interface Example {
  by: Actor;
  build: (context: EventContext) => CaseEvent;
  summary: string;
  reason: string | null;
}

// One example per event type; the Record makes the compiler reject a missing type.
const EXAMPLES: Record<CaseEventType, Example> = {
  CaseOpened: {
    by: caseworker,
    build: (c) => caseOpened(c),
    summary: 'Case opened by UPTD-PPA-64 via port, reported by government agency in district 6503',
    reason: null,
  },
  VictimRegistered: {
    by: caseworker,
    build: (c) => event('VictimRegistered', { ...VICTIM, ageBand: null }, c),
    summary: 'Victim SR registered: female, adult, ID national, from province 35',
    reason: null,
  },
  IdentityErased: {
    by: supervisor,
    build: (c) => event('IdentityErased', { legalBasis: 'UU PDP Pasal 8' }, c),
    summary: "Victim's identity erased: the data key was destroyed",
    reason: 'UU PDP Pasal 8',
  },
  ConsentRecorded: {
    by: caseworker,
    build: (c) =>
      event(
        'ConsentRecorded',
        {
          consentId: 'consent-share',
          scope: 'share',
          agencies: [DINSOS],
          agencyTypes: ['police'],
          purpose: 'shelter',
          guardian: { relationship: 'parent', initials: 'AB' },
          evidenceRef: 'DOC-1',
        },
        c,
      ),
    summary: 'Consent to share recorded with DINSOS-6471, police (given by parent)',
    reason: 'shelter; DOC-1',
  },
  ConsentWithdrawn: {
    by: caseworker,
    build: (c) => event('ConsentWithdrawn', { consentId: 'consent-share', scope: 'share', reason: 'victim changed her mind' }, c),
    summary: 'Consent to share withdrawn',
    reason: 'victim changed her mind',
  },
  ConsentOverrideRecorded: {
    by: supervisor,
    build: (c) => event('ConsentOverrideRecorded', { overrideId: 'override-1', toAgency: POLDA, referralId: null, reason: 'child in danger' }, c),
    summary: 'Consent overridden to share with POLDA-KALTIM',
    reason: 'child in danger',
  },
  AssessmentRecorded: {
    by: caseworker,
    build: (c) =>
      event(
        'AssessmentRecorded',
        { assessmentId: 'a-1', indicators: INDICATORS, victimStatus: 'confirmed', riskLevel: 'high', needs: ['shelter', 'legal_aid'] },
        c,
      ),
    summary: 'Assessment recorded: victim confirmed, high risk, needs shelter, legal aid',
    reason: null,
  },
  AssessmentApproved: {
    by: supervisor,
    build: (c) => event('AssessmentApproved', { assessmentId: 'a-1', victimStatus: 'confirmed' }, c),
    summary: 'Assessment approved: victim confirmed',
    reason: null,
  },
  ServiceRequested: {
    by: caseworker,
    build: (c) => event('ServiceRequested', { serviceId: 's-1', service: 'first_aid', providerAgency: 'RSUD-6471', note: 'bruises', dueBy: day(7) }, c),
    summary: 'First aid service requested from RSUD-6471, due 2025-03-10',
    reason: 'bruises',
  },
  ServiceDelivered: {
    by: caseworker,
    build: (c) => event('ServiceDelivered', { serviceId: 's-1', service: 'psychosocial', dueBy: day(7), onTime: false, note: null }, c),
    summary: 'Psychosocial service delivered late (was due 2025-03-10)',
    reason: null,
  },
  ServiceOverdueFlagged: {
    by: system,
    build: (c) =>
      event(
        'ServiceOverdueFlagged',
        { serviceId: 's-1', service: 'psychosocial', providerAgency: null, dueBy: day(7), escalateTo: { agency: KALTIM, role: 'supervisor' } },
        c,
      ),
    summary: 'Psychosocial service not delivered by 2025-03-10: flagged to the UPTD-PPA-64 supervisor',
    reason: null,
  },
  ShelterPlacementStarted: {
    by: caseworker,
    build: (c) => shelterStarted('p-1', c),
    summary: 'Shelter placement started at DINSOS-6471, planned to end 2025-03-11',
    reason: null,
  },
  ShelterPlacementExtended: {
    by: caseworker,
    build: (c) => event('ShelterPlacementExtended', { placementId: 'p-1', days: 14, reason: 'family not yet traced', plannedEndBy: day(21) }, c),
    summary: 'Shelter placement extended by 14 days, now ending 2025-03-24',
    reason: 'family not yet traced',
  },
  ShelterPlacementEnded: {
    by: caseworker,
    build: (c) => shelterEnded('p-1', c),
    summary: 'Shelter placement ended',
    reason: 'returned to family',
  },
  RepatriationPlanned: {
    by: caseworker,
    build: (c) =>
      event(
        'RepatriationPlanned',
        {
          from: { kind: 'country', country: 'MY' },
          toDistrictCode: '3509',
          escortAgency: BP2MI,
          transport: 'sea',
          mouReference: null,
          plannedDate: '2025-03-20',
        },
        c,
      ),
    summary: 'Repatriation planned from country MY to district 3509 by sea on 2025-03-20, escorted by BP3MI-NUNUKAN',
    reason: null,
  },
  ReturnLegRecorded: {
    by: caseworker,
    build: (c) =>
      event(
        'ReturnLegRecorded',
        {
          arrivalKind: 'deported',
          fromCountry: 'MY',
          fromPort: 'MYTWU',
          fromPlace: null,
          entryPort: null,
          entryPlace: 'Dermaga Sei Menggaris',
          arrivedOn: '2025-03-01',
          transport: 'sea',
        },
        c,
      ),
    summary: 'Return from abroad recorded: deported from MYTWU MY to another entry point on 2025-03-01 by sea',
    reason: 'entered at: Dermaga Sei Menggaris',
  },
  VictimHandedOver: {
    by: bp2miOfficer,
    build: (c) => event('VictimHandedOver', { receivingAgency: JATIM, handoverRecordNumber: 'BA/017/III/2025', location: 'Tanjung Perak' }, c),
    summary: 'Victim handed over to UPTD-PPA-35',
    reason: null,
  },
  RepatriationCompleted: {
    by: caseworker,
    build: (c) => event('RepatriationCompleted', { toDistrictCode: '3509' }, c),
    summary: 'Repatriation completed to district 3509',
    reason: null,
  },
  ReintegrationPlanApproved: {
    by: supervisor,
    build: (c) => event('ReintegrationPlanApproved', { planId: 'plan-1', goals: ['family_reunification', 'vocational_training'], note: null }, c),
    summary: 'Reintegration plan approved: family reunification, vocational training',
    reason: null,
  },
  FollowUpVisitRecorded: {
    by: caseworker,
    build: (c) => event('FollowUpVisitRecorded', { visitId: 'v-1', visitedOn: '2025-04-01', wellbeing: 'needs_support', note: 'lives with aunt' }, c),
    summary: 'Follow-up visit on 2025-04-01: needs support',
    reason: 'lives with aunt',
  },
  ReintegrationCompleted: {
    by: caseworker,
    build: (c) => event('ReintegrationCompleted', { note: null }, c),
    summary: 'Reintegration completed',
    reason: null,
  },
  PoliceReportFiled: {
    by: police,
    build: (c) => event('PoliceReportFiled', { reportNumber: 'LP/B/12/III/2025', unit: 'Ditreskrimum', policeAgency: POLDA, filedOn: '2025-03-04' }, c),
    summary: 'Police report LP/B/12/III/2025 filed with POLDA-KALTIM (Ditreskrimum) on 2025-03-04',
    reason: null,
  },
  SpdpIssued: {
    by: police,
    build: (c) => event('SpdpIssued', { spdpNumber: 'SPDP/45/III/2025', issuedOn: '2025-03-05' }, c),
    summary: 'SPDP SPDP/45/III/2025 issued on 2025-03-05',
    reason: null,
  },
  SuspectsNamed: {
    by: police,
    build: (c) => event('SuspectsNamed', { count: 2, names: 'AB dan CD', namedOn: '2025-03-05', totalSuspects: 3 }, c),
    summary: '2 suspects named on 2025-03-05, 3 in all',
    reason: 'AB dan CD',
  },
  CaseFileCompleted: {
    by: police,
    build: (c) => event('CaseFileCompleted', { completeOn: '2025-03-06' }, c),
    summary: 'Case file declared complete (P-21) on 2025-03-06',
    reason: null,
  },
  ProsecutionStarted: {
    by: police,
    build: (c) => event('ProsecutionStarted', { startedOn: '2025-03-07', court: 'PN Nunukan' }, c),
    summary: 'Prosecution started at PN Nunukan on 2025-03-07',
    reason: null,
  },
  VerdictRecorded: {
    by: police,
    build: (c) =>
      event(
        'VerdictRecorded',
        {
          verdictNumber: '12/Pid.Sus/2025/PN Nnk',
          decidedOn: '2025-03-08',
          court: 'PN Nunukan',
          outcome: 'convicted',
          sentenceMonths: 48,
          restitutionOrderedAmount: 60_000_000,
          restitutionId: 'restitution-verdict',
        },
        c,
      ),
    summary: 'Verdict 12/Pid.Sus/2025/PN Nnk of PN Nunukan on 2025-03-08: convicted, 48 months, restitution of Rp 60,000,000 ordered',
    reason: null,
  },
  LpskApplicationFiled: {
    by: lpskOfficer,
    build: (c) => event('LpskApplicationFiled', { applicationId: 'lpsk-1', protections: ['safe_house', 'restitution_facilitation'], filedOn: '2025-03-05' }, c),
    summary: 'LPSK application filed on 2025-03-05 for safe house, restitution facilitation',
    reason: null,
  },
  LpskDecisionRecorded: {
    by: lpskOfficer,
    build: (c) =>
      event(
        'LpskDecisionRecorded',
        { applicationId: 'lpsk-1', decision: 'partially_granted', grantedProtections: ['safe_house'], decisionNumber: 'KEP-77/2025', decidedOn: '2025-03-12' },
        c,
      ),
    summary: 'LPSK decision KEP-77/2025 on 2025-03-12: partially granted (safe house)',
    reason: null,
  },
  RestitutionAssessed: {
    by: lpskOfficer,
    build: (c) => event('RestitutionAssessed', { restitutionId: 'r-1', amount: 150_000_000, assessedBy: 'lpsk' }, c),
    summary: 'Restitution assessed at Rp 150,000,000 by lpsk',
    reason: null,
  },
  RestitutionOrdered: {
    by: caseworker,
    build: (c) => restitutionOrdered('r-1', c),
    summary: 'Restitution of Rp 150,000,000 ordered by verdict 12/Pid.Sus/2025/PN Nnk, payment due 2025-03-15',
    reason: null,
  },
  RestitutionPaid: {
    by: lpskOfficer,
    build: (c) => event('RestitutionPaid', { restitutionId: 'r-1', amount: 50_000_000, paidOn: '2025-03-10', totalPaid: 50_000_000, fullyPaid: false }, c),
    summary: 'Restitution payment of Rp 50,000,000 received on 2025-03-10, Rp 50,000,000 paid so far',
    reason: null,
  },
  RestitutionDefaulted: {
    by: lpskOfficer,
    build: (c) => event('RestitutionDefaulted', { restitutionId: 'r-1', unpaidAmount: 100_000_000, reason: 'convict has no assets' }, c),
    summary: 'Restitution defaulted with Rp 100,000,000 unpaid',
    reason: 'convict has no assets',
  },
  StageAdvanced: {
    by: caseworker,
    build: (c) => event('StageAdvanced', { from: 'intake', to: 'assessment' }, c),
    summary: 'Stage advanced from intake to assessment',
    reason: null,
  },
  StageSkipped: {
    by: caseworker,
    build: (c) => event('StageSkipped', { stage: 'repatriation', to: 'reintegration', reason: 'victim is from Balikpapan' }, c),
    summary: 'Stage repatriation skipped, moved to reintegration',
    reason: 'victim is from Balikpapan',
  },
  ClosureRequested: {
    by: caseworker,
    build: (c) => event('ClosureRequested', { reason: 'lost_contact', note: null, unpaidRestitutionReason: 'convict absconded' }, c),
    summary: 'Closure requested: lost contact',
    reason: 'lost contact; restitution left unpaid: convict absconded',
  },
  ClosureRejected: {
    by: supervisor,
    build: (c) => event('ClosureRejected', { reason: 'try the family address first' }, c),
    summary: 'Closure rejected',
    reason: 'try the family address first',
  },
  CaseClosed: {
    by: supervisor,
    build: (c) => caseClosed('reintegration', 'reintegrated', c),
    summary: 'Case closed from reintegration: reintegrated',
    reason: 'reintegrated',
  },
  CaseReopened: {
    by: supervisor,
    build: (c) => event('CaseReopened', { reason: 'victim contacted the hotline again', stage: 'rehabilitation' }, c),
    summary: 'Case reopened at rehabilitation',
    reason: 'victim contacted the hotline again',
  },
  ReferralSent: {
    by: caseworker,
    build: (c) => referralSent('ref-1', { sharesIdentity: true, sharingBasis: { kind: 'consent', consentId: 'consent-share' } }, c),
    summary: 'Referral sent to POLDA-KALTIM for law_enforcement, answer due 2025-03-06, sharing identity on consent',
    reason: 'report the recruiter',
  },
  ReferralAccepted: {
    by: police,
    build: (c) => referralAccepted('ref-1', c),
    summary: 'Referral ref-1 accepted',
    reason: null,
  },
  ReferralDeclined: {
    by: police,
    build: (c) => event('ReferralDeclined', { referralId: 'ref-1', reason: 'outside our jurisdiction' }, c),
    summary: 'Referral ref-1 declined',
    reason: 'outside our jurisdiction',
  },
  ReferralWithdrawn: {
    by: caseworker,
    build: (c) => event('ReferralWithdrawn', { referralId: 'ref-1', reason: 'victim refused' }, c),
    summary: 'Referral ref-1 withdrawn',
    reason: 'victim refused',
  },
  ReferralExpired: {
    by: system,
    build: (c) => event('ReferralExpired', { referralId: 'ref-1', responseDeadline: day(3), escalateTo: { agency: KALTIM, role: 'supervisor' } }, c),
    summary: 'Referral ref-1 expired unanswered (due 2025-03-06), escalated to the supervisor of UPTD-PPA-64',
    reason: null,
  },
  ReferralCompleted: {
    by: police,
    build: (c) => event('ReferralCompleted', { referralId: 'ref-1', outcome: 'not_successful', reason: 'unable_to_contact_client', note: null }, c),
    summary: 'Referral ref-1 completed: not successful',
    reason: 'unable to contact client',
  },
  TransferRequested: {
    by: caseworker,
    build: (c) => transferRequested(c),
    summary: 'Transfer requested from UPTD-PPA-64 to UPTD-PPA-35',
    reason: 'repatriation to Jember',
  },
  TransferAccepted: {
    by: jatimSupervisor,
    build: (c) => event('TransferAccepted', { transferId: 'transfer-1', fromAgency: KALTIM, toAgency: JATIM }, c),
    summary: 'Case transferred to UPTD-PPA-35',
    reason: null,
  },
  TransferDeclined: {
    by: jatimSupervisor,
    build: (c) => event('TransferDeclined', { transferId: 'transfer-1', reason: 'no capacity' }, c),
    summary: 'Transfer declined',
    reason: 'no capacity',
  },
  CaseAssigned: {
    by: supervisor,
    build: (c) => event('CaseAssigned', { assignee: 'cw2-kaltim', previousAssignee: 'cw-kaltim' }, c),
    summary: 'Case reassigned from cw-kaltim to cw2-kaltim',
    reason: null,
  },
  CaseNoteAdded: {
    by: police,
    build: (c) => event('CaseNoteAdded', { kind: 'kronologi', text: 'crossed at Nunukan', authorAgency: POLDA, visibleTo: [KALTIM, POLDA] }, c),
    summary: 'Kronologi entry added by POLDA-KALTIM, readable by UPTD-PPA-64, POLDA-KALTIM',
    reason: 'crossed at Nunukan',
  },
  DocumentAttached: {
    by: caseworker,
    build: (c) =>
      event(
        'DocumentAttached',
        { documentId: 'document-1', kind: 'visum_et_repertum', contentType: 'application/pdf', size: 2048, sha256: 'ab'.repeat(32), fileName: null },
        c,
      ),
    summary: `Document attached: visum_et_repertum (application/pdf, 2048 bytes, SHA-256 ${'ab'.repeat(32)})`,
    reason: null,
  },
};

describe('CaseTimelineProjection', () => {
  it('handles every case event type', () => {
    expect([...projection.eventTypes].sort()).toEqual([...CASE_EVENT_TYPES].sort());
    expect(Object.keys(EXAMPLES).sort()).toEqual([...CASE_EVENT_TYPES].sort());
  });

  it.each(CASE_EVENT_TYPES.map((type) => [type] as const))('%s becomes one row with its summary and reason', async (type) => {
    const caseId = randomUUID();
    const example = EXAMPLES[type];
    const at = day(1);
    // The case is opened first so the event under test sits at revision 1, as it would in a real stream.
    const prior = type === 'CaseOpened' ? [] : [caseOpened({ caseId })];
    const subject = example.build({ caseId, at, by: example.by });
    await harness.apply(projection, stored([...prior, subject]));

    const rows = await timeline(caseId);
    expect(rows).toHaveLength(prior.length + 1);
    expect(rows[prior.length]).toEqual({
      case_id: caseId,
      revision: prior.length,
      event_type: type,
      actor: example.by.userId,
      role: example.by.role,
      agency: example.by.agency,
      occurred_at: new Date(at),
      recorded_at: new Date(at),
      summary: example.summary,
      reason: example.reason,
    });
  });

  it.each(CASE_EVENT_TYPES.map((type) => [type] as const))('%s keeps its facts without words, the case, who, when or free text', async (type) => {
    const caseId = randomUUID();
    const example = EXAMPLES[type];
    const prior = type === 'CaseOpened' ? [] : [caseOpened({ caseId })];
    const subject = example.build({ caseId, at: day(1), by: example.by });
    await harness.apply(projection, stored([...prior, subject]));
    const [row] = await harness.dataSource.query(`SELECT facts FROM rm_case_timeline WHERE case_id = $1 AND revision = $2`, [caseId, prior.length]);
    expect(row.facts).toEqual(timelineFacts(subject));
    for (const key of ['caseId', 'at', 'by', 'identity', 'reason', 'note', 'purpose', 'unpaidRestitutionReason', 'legalBasis', 'evidenceRef', 'text']) {
      expect(row.facts).not.toHaveProperty(key);
    }
    // Every other field of the event is there, so a client can write what the English summary says.
    const data = subject.data as Record<string, unknown>;
    const dropped = ['caseId', 'at', 'by', 'identity', 'reason', 'note', 'purpose', 'unpaidRestitutionReason', 'legalBasis', 'evidenceRef', 'text', 'fileName'];
    if (type === 'VictimRegistered') dropped.push('birthYear', 'ageBand', 'originDistrictCode');
    // The suspects' names are sealed free text: the row's reason, never a fact.
    if (type === 'SuspectsNamed') {
      expect(row.facts).not.toHaveProperty('names');
      dropped.push('names');
    }
    // So are the places of a return leg the ports list lacks.
    if (type === 'ReturnLegRecorded') {
      expect(row.facts).not.toHaveProperty('fromPlace');
      expect(row.facts).not.toHaveProperty('entryPlace');
      dropped.push('fromPlace', 'entryPlace');
    }
    for (const key of Object.keys(data).filter((k) => !dropped.includes(k) && data[k] !== undefined)) expect(row.facts).toHaveProperty(key);
  });

  it('facts name a guardian by relationship only and keep coded reasons apart from free text', () => {
    const consent = event(
      'ConsentRecorded',
      {
        consentId: 'c-1',
        scope: 'process',
        agencies: [],
        agencyTypes: [],
        purpose: null,
        guardian: { relationship: 'parent', initials: 'AS' },
        evidenceRef: 'DOC-1',
      },
      { caseId: randomUUID(), at: T0 },
    );
    expect(timelineFacts(consent)).toEqual({ consentId: 'c-1', scope: 'process', agencies: [], agencyTypes: [], guardian: { relationship: 'parent' } });
    expect(timelineFacts(EXAMPLES.CaseClosed.build({ caseId: randomUUID(), at: T0, by: supervisor }))).toMatchObject({
      closureReason: expect.any(String),
      restitutionUnpaid: expect.any(Boolean),
    });
    const registered = timelineFacts(EXAMPLES.VictimRegistered.build({ caseId: randomUUID(), at: T0, by: caseworker }));
    expect(registered).toMatchObject({ initials: 'SR', sex: 'female', originProvinceCode: '35' });
    expect(JSON.stringify(registered)).not.toMatch(/2001|3509/);
  });

  it('a first assignment names nobody before; a note is described without its text', () => {
    const context = { caseId: randomUUID(), at: T0, by: supervisor };
    const first = event('CaseAssigned', { assignee: 'cw-kaltim', previousAssignee: null }, context);
    expect(timelineFacts(first)).toEqual({ assignee: 'cw-kaltim', previousAssignee: null });
    const note = event('CaseNoteAdded', { kind: 'note', text: 'she asked us not to call her mother', authorAgency: KALTIM, visibleTo: [KALTIM] }, context);
    expect(JSON.stringify(timelineFacts(note))).not.toContain('mother');
    expect(timelineFacts(note)).toEqual({ kind: 'note', authorAgency: KALTIM, visibleTo: [KALTIM] });
  });

  it("keeps a document's file name, even sealed, out of the facts: the list of documents opens it for those who may download", () => {
    const context = { caseId: randomUUID(), at: T0, by: caseworker };
    const sealedName = { $sealed: `v1.${'A'.repeat(16)}.QUJD.${'A'.repeat(22)}` };
    const attached = event(
      'DocumentAttached',
      { documentId: 'document-1', kind: 'passport_copy', contentType: 'image/jpeg', size: 10, sha256: 'cd'.repeat(32), fileName: sealedName },
      context,
    );
    expect(timelineFacts(attached)).toEqual({ documentId: 'document-1', kind: 'passport_copy', contentType: 'image/jpeg', size: 10, sha256: 'cd'.repeat(32) });
  });

  it('keeps occurred_at from the metadata and recorded_at from the store when they differ', async () => {
    const caseId = randomUUID();
    const [opened] = stored([caseOpened({ caseId })]);
    const recordedAt = new Date(Date.parse(T0) + 1500);
    await harness.apply(projection, [{ ...opened, recordedAt }]);

    const [row] = await timeline(caseId);
    expect(row.occurred_at).toEqual(new Date(T0));
    expect(row.recorded_at).toEqual(recordedAt);
  });

  it('never puts identity in a summary: initials, no birth year or home district', async () => {
    const caseId = randomUUID();
    await harness.apply(projection, stored([caseOpened({ caseId }), EXAMPLES.VictimRegistered.build({ caseId, at: T0, by: caseworker })]));
    const rows: { summary: string }[] = await timeline(caseId);
    expect(rows.map((r) => r.summary).join(' ')).not.toMatch(/2001|3509/);
  });

  it('replaying the same stored events twice leaves the timeline unchanged', async () => {
    const caseId = randomUUID();
    const c = (by: Actor, days: number) => ({ caseId, by, at: day(days) });
    const history: CaseEvent[] = [
      ...atReintegration.map((e) => ({ ...e, data: { ...e.data, caseId } }) as CaseEvent),
      referralSent('ref-police', {}, c(caseworker, 30)),
      referralAccepted('ref-police', c(police, 31)),
      referralCompleted('ref-police', c(police, 40)),
      restitutionOrdered('r-1', c(caseworker, 41)),
      transferRequested(c(caseworker, 42)),
      event('TransferAccepted', { transferId: 'transfer-1', fromAgency: KALTIM, toAgency: JATIM }, c(jatimSupervisor, 43)),
      EXAMPLES.ClosureRequested.build(c(caseworker, 50)),
      EXAMPLES.CaseClosed.build(c(jatimSupervisor, 51)),
    ];
    const events = stored(history);
    await harness.apply(projection, events);
    const first = await timeline(caseId);
    expect(first).toHaveLength(history.length);

    await harness.apply(projection, events);
    // A replay in smaller batches, as a runner resuming mid-log would deliver them.
    await harness.apply(projection, events.slice(5, 9));
    expect(await timeline(caseId)).toEqual(first);
    expect(first.map((r: { summary: string }) => r.summary)).toContain('Case transferred to UPTD-PPA-35');
  });
});
