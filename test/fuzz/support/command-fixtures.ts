import { AGENCY_TYPES, type Actor, type CaseCommandType } from '@rujukan/domain';
import type { CaseRoute } from '@rujukan/commands';
import type { ApiTestApp } from '../../support/api-test-app.js';

export const KALTIM = 'UPTD-PPA-64';
export const JATIM = 'UPTD-PPA-35';
export const POLDA = 'POLDA-KALTIM';
export const DINSOS = 'DINSOS-6471';
export const BP2MI = 'BP3MI-NUNUKAN';

export const caseworker: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: KALTIM };
export const supervisor: Actor = { userId: 'spv-kaltim', role: 'supervisor', agency: KALTIM };
export const police: Actor = { userId: 'pol-kaltim', role: 'police_investigator', agency: POLDA };
export const jatimCaseworker: Actor = { userId: 'cw-jatim', role: 'caseworker', agency: JATIM };

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

export const OPEN = { channel: 'port', reporterType: 'government_agency', districtCode: '6503' };
export const VICTIM = {
  initials: 'SR',
  sex: 'female',
  birthYear: 2001,
  isChild: false,
  nationality: 'ID',
  originProvinceCode: '35',
  originDistrictCode: '3509',
};
const IDENTITY = { fullName: 'Siti Rahma', nik: '3509014101010001', phone: '+62 812 3456 7890', notes: 'found at the port' };

/** A route's command made ready: the case (or referral, transfer) in the state the command needs, a role that may send it, a valid body. */
export interface CommandTarget {
  route: CaseRoute;
  actor: Actor;
  /** The route's path with its `:id` filled in. */
  path: string;
  body: Record<string, unknown>;
  /** The case the command changes; null for OpenCase, which makes a new one. */
  caseId: string | null;
}

interface Prepared {
  actor: Actor;
  /** What the `:id` names: a case, a referral or a transfer. */
  id?: string;
  caseId: string | null;
  body: Record<string, unknown>;
}

/** Builds cases through the API, step by step, as the agencies would. */
export class CaseBuilder {
  constructor(private readonly api: ApiTestApp) {}

  async run(actor: Actor, path: string, body: object = {}): Promise<{ caseId: string; revision: number; referralId?: string; transferId?: string }> {
    const response = await this.api.post(path, body, actor);
    if (response.status !== 201) throw new Error(`fixture step ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body;
  }

  async opened(): Promise<string> {
    return (await this.run(caseworker, '/cases', OPEN)).caseId;
  }

  async registered(): Promise<string> {
    const caseId = await this.opened();
    await this.run(caseworker, `/cases/${caseId}/register-victim`, { ...VICTIM, identity: IDENTITY });
    return caseId;
  }

  async consented(): Promise<string> {
    const caseId = await this.registered();
    await this.run(caseworker, `/cases/${caseId}/record-consent`, { consentId: 'consent-1', scope: 'process', evidenceRef: 'DOC-CONSENT-001' });
    return caseId;
  }

  async inAssessment(): Promise<string> {
    const caseId = await this.consented();
    await this.run(caseworker, `/cases/${caseId}/advance-stage`, { to: 'assessment' });
    return caseId;
  }

  async inRehabilitation(): Promise<string> {
    const caseId = await this.inAssessment();
    await this.run(caseworker, `/cases/${caseId}/record-assessment`, ASSESSMENT);
    await this.run(supervisor, `/cases/${caseId}/approve-assessment`, { assessmentId: 'assessment-1' });
    await this.run(caseworker, `/cases/${caseId}/advance-stage`, { to: 'rehabilitation' });
    return caseId;
  }

  async inRepatriation(): Promise<string> {
    const caseId = await this.inRehabilitation();
    await this.run(caseworker, `/cases/${caseId}/skip-stage`, { stage: 'rehabilitation', reason: 'no services needed' });
    return caseId;
  }

  async inReintegration(): Promise<string> {
    const caseId = await this.inRepatriation();
    await this.run(caseworker, `/cases/${caseId}/skip-stage`, { stage: 'repatriation', reason: 'already in her home district' });
    return caseId;
  }

  async closureRequested(): Promise<string> {
    const caseId = await this.consented();
    await this.run(caseworker, `/cases/${caseId}/request-closure`, { reason: 'lost_contact' });
    return caseId;
  }

  async referralSent(caseId: string): Promise<string> {
    return (await this.run(caseworker, `/cases/${caseId}/send-referral`, REFERRAL)).referralId!;
  }

  async transferRequested(caseId: string): Promise<string> {
    return (await this.run(caseworker, `/cases/${caseId}/request-transfer`, { toAgency: JATIM, reason: 'she lives in Jember' })).transferId!;
  }
}

const ASSESSMENT = {
  assessmentId: 'assessment-1',
  indicators: {
    recruitmentMethods: ['job_offer'],
    meansOfControl: ['document_confiscation', 'debt_bondage'],
    exploitationTypes: ['forced_labour'],
    destinationCountry: 'MY',
    transitPoints: ['Nunukan', 'Tawau'],
    modus: ['plantation_work'],
  },
  victimStatus: 'confirmed',
  riskLevel: 'high',
  needs: ['shelter', 'psychosocial'],
};

const REFERRAL = {
  toAgency: POLDA,
  service: 'law_enforcement',
  reason: 'report the recruiter',
  responseDeadline: inDays(3),
  sharesIdentity: false,
};

// AttachDocument is an upload of its own (POST /cases/:id/documents), not a JSON command route.
type RoutedCommand = Exclude<CaseCommandType, 'ExpireReferral' | 'FlagOverdueService' | 'AttachDocument'>;

const onCase = (actor: Actor, caseId: string, body: Record<string, unknown>): Prepared => ({ actor, id: caseId, caseId, body });

/** A consented case whose criminal case has reached a step: 0 the police report, 1 the SPDP, 2 P-21, 3 the prosecution. */
async function reachedStep(c: CaseBuilder, step: number): Promise<string> {
  const caseId = await c.consented();
  const steps: Array<[string, object]> = [
    ['file-police-report', { reportNumber: 'LP/B/123/III/2025/SPKT/POLDA KALTIM', unit: 'Subdit IV Renakta', policeAgency: POLDA, filedOn: today() }],
    ['record-spdp', { spdpNumber: 'SPDP/45/III/2025/Ditreskrimum', issuedOn: today() }],
    ['record-case-file-complete', { completeOn: today() }],
    ['start-prosecution', { startedOn: today(), court: 'PN Nunukan' }],
  ];
  for (const [path, body] of steps.slice(0, step + 1)) await c.run(caseworker, `/cases/${caseId}/${path}`, body);
  return caseId;
}

/**
 * For every command with a route: the state it needs and a valid body. Keyed by command, so the type
 * checker names a command that has none; a route of the table without one fails the specs.
 */
export const COMMAND_FIXTURES: Record<RoutedCommand, (cases: CaseBuilder) => Promise<Prepared>> = {
  OpenCase: async () => ({ actor: caseworker, caseId: null, body: OPEN }),
  RegisterVictim: async (c) => onCase(caseworker, await c.opened(), { ...VICTIM, identity: IDENTITY }),
  // Through places the ports list lacks (its free text, sealed), so every free-text field of the command can be filled at once.
  RecordReturnLeg: async (c) =>
    onCase(caseworker, await c.opened(), {
      arrivalKind: 'deported',
      fromCountry: 'MY',
      entryPlace: 'Dermaga rakyat Sei Menggaris',
      arrivedOn: '2025-03-01',
      transport: 'sea',
    }),
  EraseIdentity: async (c) => onCase(supervisor, await c.registered(), { legalBasis: 'UU PDP 27/2022 Pasal 8: permintaan subjek data' }),
  RecordConsent: async (c) =>
    onCase(caseworker, await c.registered(), {
      consentId: 'consent-share',
      scope: 'share',
      agencies: [DINSOS],
      agencyTypes: ['police'],
      purpose: 'law enforcement and shelter',
      evidenceRef: 'DOC-CONSENT-002',
    }),
  WithdrawConsent: async (c) => onCase(caseworker, await c.consented(), { consentId: 'consent-1', reason: 'she asked to stop' }),
  OverrideConsent: async (c) => onCase(supervisor, await c.registered(), { overrideId: 'override-1', toAgency: POLDA, reason: 'imminent danger to her life' }),
  RecordAssessment: async (c) => onCase(caseworker, await c.inAssessment(), ASSESSMENT),
  ApproveAssessment: async (c) => {
    const caseId = await c.inAssessment();
    await c.run(caseworker, `/cases/${caseId}/record-assessment`, ASSESSMENT);
    return onCase(supervisor, caseId, { assessmentId: 'assessment-1' });
  },
  RequestService: async (c) =>
    onCase(caseworker, await c.consented(), { serviceId: 'service-1', service: 'first_aid', providerAgency: 'RSUD-6471', note: 'wounds on her arms' }),
  RecordServiceDelivered: async (c) => {
    const caseId = await c.consented();
    await c.run(caseworker, `/cases/${caseId}/request-service`, { serviceId: 'service-1', service: 'first_aid' });
    return onCase(caseworker, caseId, { serviceId: 'service-1', note: 'treated at the port clinic' });
  },
  StartShelterPlacement: async (c) => onCase(caseworker, await c.consented(), { placementId: 'placement-1', shelterAgency: DINSOS, days: 14 }),
  ExtendShelterPlacement: async (c) => {
    const caseId = await c.consented();
    await c.run(caseworker, `/cases/${caseId}/start-shelter-placement`, { placementId: 'placement-1', shelterAgency: DINSOS, days: 14 });
    return onCase(caseworker, caseId, { placementId: 'placement-1', days: 7, reason: 'waiting for her documents' });
  },
  EndShelterPlacement: async (c) => {
    const caseId = await c.consented();
    await c.run(caseworker, `/cases/${caseId}/start-shelter-placement`, { placementId: 'placement-1', shelterAgency: DINSOS, days: 14 });
    return onCase(caseworker, caseId, { placementId: 'placement-1', reason: 'repatriated', note: 'left with the escort' });
  },
  PlanRepatriation: async (c) =>
    onCase(caseworker, await c.inRepatriation(), {
      from: { kind: 'port', port: 'Nunukan' },
      toDistrictCode: '3509',
      escortAgency: BP2MI,
      transport: 'sea',
      mouReference: 'MOU-2025-07',
      plannedDate: today(),
    }),
  RecordHandover: async (c) => {
    const caseId = await c.inRepatriation();
    await c.run(caseworker, `/cases/${caseId}/plan-repatriation`, {
      from: { kind: 'country', country: 'MY' },
      toDistrictCode: '3509',
      escortAgency: BP2MI,
      transport: 'sea',
      plannedDate: today(),
    });
    return onCase(caseworker, caseId, { receivingAgency: JATIM, handoverRecordNumber: 'BA/017/III/2025', location: 'Pelabuhan Tanjung Perak' });
  },
  CompleteRepatriation: async (c) => {
    const caseId = await c.inRepatriation();
    await c.run(caseworker, `/cases/${caseId}/plan-repatriation`, {
      from: { kind: 'province', provinceCode: '65' },
      toDistrictCode: '3509',
      escortAgency: BP2MI,
      transport: 'sea',
      plannedDate: today(),
    });
    await c.run(caseworker, `/cases/${caseId}/record-handover`, { receivingAgency: JATIM, handoverRecordNumber: 'BA/017/III/2025' });
    return onCase(caseworker, caseId, {});
  },
  ApproveReintegrationPlan: async (c) =>
    onCase(supervisor, await c.inReintegration(), { planId: 'plan-1', goals: ['family_reunification', 'economic_empowerment'], note: 'with her mother' }),
  RecordFollowUpVisit: async (c) => {
    const caseId = await c.inReintegration();
    await c.run(supervisor, `/cases/${caseId}/approve-reintegration-plan`, { planId: 'plan-1', goals: ['family_reunification'] });
    return onCase(caseworker, caseId, { visitId: 'visit-1', visitedOn: today(), wellbeing: 'stable', note: 'working at the market' });
  },
  CompleteReintegration: async (c) => {
    const caseId = await c.inReintegration();
    await c.run(supervisor, `/cases/${caseId}/approve-reintegration-plan`, { planId: 'plan-1', goals: ['family_reunification'] });
    await c.run(caseworker, `/cases/${caseId}/record-follow-up-visit`, { visitId: 'visit-1', visitedOn: today(), wellbeing: 'stable' });
    return onCase(caseworker, caseId, { note: 'back with her family in Jember' });
  },
  FilePoliceReport: async (c) =>
    onCase(caseworker, await c.consented(), {
      reportNumber: 'LP/B/123/III/2025/SPKT/POLDA KALTIM',
      unit: 'Subdit IV Renakta Ditreskrimum',
      policeAgency: POLDA,
      filedOn: today(),
    }),
  RecordSpdp: async (c) => onCase(caseworker, await reachedStep(c, 0), { spdpNumber: 'SPDP/45/III/2025/Ditreskrimum', issuedOn: today() }),
  NameSuspects: async (c) => onCase(caseworker, await reachedStep(c, 0), { count: 2, names: 'AB dan CD', namedOn: today() }),
  RecordCaseFileComplete: async (c) => onCase(caseworker, await reachedStep(c, 1), { completeOn: today() }),
  StartProsecution: async (c) => onCase(caseworker, await reachedStep(c, 2), { startedOn: today(), court: 'PN Nunukan' }),
  RecordVerdict: async (c) =>
    onCase(caseworker, await reachedStep(c, 3), {
      verdictNumber: '12/Pid.Sus/2025/PN Nnk',
      decidedOn: today(),
      court: 'PN Nunukan',
      outcome: 'convicted',
      sentenceMonths: 48,
      restitutionOrderedAmount: 60_000_000,
    }),
  FileLpskApplication: async (c) =>
    onCase(caseworker, await c.consented(), { applicationId: 'lpsk-1', protections: ['physical_protection'], filedOn: today() }),
  RecordLpskDecision: async (c) => {
    const caseId = await c.consented();
    await c.run(caseworker, `/cases/${caseId}/file-lpsk-application`, { applicationId: 'lpsk-1', protections: ['physical_protection'], filedOn: today() });
    return onCase(caseworker, caseId, {
      applicationId: 'lpsk-1',
      decision: 'granted',
      grantedProtections: ['physical_protection'],
      decisionNumber: 'KEP-123/LPSK/2025',
      decidedOn: today(),
    });
  },
  AssessRestitution: async (c) => onCase(caseworker, await c.consented(), { restitutionId: 'restitution-1', amount: 150_000_000, assessedBy: 'lpsk' }),
  OrderRestitution: async (c) =>
    onCase(caseworker, await c.consented(), {
      restitutionId: 'restitution-1',
      amount: 150_000_000,
      verdictNumber: '12/Pid.Sus/2025/PN Nnk',
      verdictFinalOn: today(),
    }),
  RecordRestitutionPayment: async (c) => {
    const caseId = await c.consented();
    await c.run(caseworker, `/cases/${caseId}/order-restitution`, {
      restitutionId: 'restitution-1',
      amount: 150_000_000,
      verdictNumber: '12/Pid.Sus/2025/PN Nnk',
      verdictFinalOn: today(),
    });
    return onCase(caseworker, caseId, { restitutionId: 'restitution-1', amount: 50_000_000, paidOn: today() });
  },
  RecordRestitutionDefault: async (c) => {
    const caseId = await c.consented();
    await c.run(caseworker, `/cases/${caseId}/order-restitution`, {
      restitutionId: 'restitution-1',
      amount: 150_000_000,
      verdictNumber: '12/Pid.Sus/2025/PN Nnk',
      verdictFinalOn: today(),
    });
    return onCase(caseworker, caseId, { restitutionId: 'restitution-1', reason: 'the offender has no assets' });
  },
  AdvanceStage: async (c) => onCase(caseworker, await c.consented(), { to: 'assessment' }),
  SkipStage: async (c) => onCase(caseworker, await c.inRehabilitation(), { stage: 'rehabilitation', reason: 'no services needed' }),
  RequestClosure: async (c) => onCase(caseworker, await c.consented(), { reason: 'lost_contact', note: 'no answer for 90 days' }),
  ApproveClosure: async (c) => onCase(supervisor, await c.closureRequested(), {}),
  RejectClosure: async (c) => onCase(supervisor, await c.closureRequested(), { reason: 'try the village head first' }),
  ReopenCase: async (c) => {
    const caseId = await c.closureRequested();
    await c.run(supervisor, `/cases/${caseId}/approve-closure`);
    return onCase(supervisor, caseId, { reason: 'she called the hotline again', stage: 'intake' });
  },
  SendReferral: async (c) => onCase(caseworker, await c.consented(), REFERRAL),
  RequestTransfer: async (c) => onCase(caseworker, await c.consented(), { toAgency: JATIM, reason: 'she lives in Jember' }),
  AcceptReferral: async (c) => {
    const caseId = await c.consented();
    return { actor: police, caseId, id: await c.referralSent(caseId), body: { note: 'Subdit IV Renakta takes it' } };
  },
  DeclineReferral: async (c) => {
    const caseId = await c.consented();
    return { actor: police, caseId, id: await c.referralSent(caseId), body: { reason: 'no capacity this month' } };
  },
  WithdrawReferral: async (c) => {
    const caseId = await c.consented();
    return { actor: caseworker, caseId, id: await c.referralSent(caseId), body: { reason: 'sent to the wrong unit' } };
  },
  CompleteReferral: async (c) => {
    const caseId = await c.consented();
    const referralId = await c.referralSent(caseId);
    await c.run(police, `/referrals/${referralId}/accept`);
    return { actor: police, caseId, id: referralId, body: { outcome: 'not_successful', reason: 'client_refused', note: 'she did not want to testify' } };
  },
  AcceptTransfer: async (c) => {
    const caseId = await c.consented();
    return { actor: jatimCaseworker, caseId, id: await c.transferRequested(caseId), body: {} };
  },
  DeclineTransfer: async (c) => {
    const caseId = await c.consented();
    return { actor: jatimCaseworker, caseId, id: await c.transferRequested(caseId), body: { reason: 'she moved to Surabaya' } };
  },
  // The caseworker acted on the case already, so the directory holds her.
  AssignCase: async (c) => onCase(supervisor, await c.consented(), { assignee: caseworker.userId }),
  AddCaseNote: async (c) => {
    const caseId = await c.consented();
    // Consent to share with every kind of agency, so that the note may go to whichever acting agency it names.
    await c.run(caseworker, `/cases/${caseId}/record-consent`, {
      consentId: 'consent-share',
      scope: 'share',
      agencyTypes: [...AGENCY_TYPES],
      evidenceRef: 'DOC-2',
    });
    return onCase(caseworker, caseId, { kind: 'kronologi', text: 'Recruited in Jember in May; crossed at Nunukan', sharedWith: [POLDA] });
  },
};

/** The route's command ready to send: its state prepared through the API, its path, actor and a valid body. */
export async function prepareTarget(api: ApiTestApp, route: CaseRoute): Promise<CommandTarget> {
  const fixture = (COMMAND_FIXTURES as Partial<Record<CaseCommandType, (cases: CaseBuilder) => Promise<Prepared>>>)[route.command];
  if (!fixture) throw new Error(`the route ${route.path} (${route.command}) has no fixture in test/fuzz/support/command-fixtures.ts: add a valid example`);
  const prepared = await fixture(new CaseBuilder(api));
  const path = `/${route.path.replace(':id', prepared.id ?? '')}`;
  return { route, actor: prepared.actor, path, body: prepared.body, caseId: prepared.caseId };
}
