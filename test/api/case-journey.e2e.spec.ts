import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

const KALTIM = 'UPTD-PPA-64';
const JATIM = 'UPTD-PPA-35';
const POLDA = 'POLDA-KALTIM';
const DINSOS = 'DINSOS-6471';
const BP2MI = 'BP3MI-NUNUKAN';

const kaltimCaseworker: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: KALTIM };
const kaltimSupervisor: Actor = { userId: 'spv-kaltim', role: 'supervisor', agency: KALTIM };
const police: Actor = { userId: 'pol-kaltim', role: 'police_investigator', agency: POLDA };
const dinsos: Actor = { userId: 'dinsos-bpn', role: 'social_services_officer', agency: DINSOS };
const jatimCaseworker: Actor = { userId: 'cw-jatim', role: 'caseworker', agency: JATIM };
const jatimSupervisor: Actor = { userId: 'spv-jatim', role: 'supervisor', agency: JATIM };

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('a victim from Jawa Timur found at Nunukan port, over HTTP', () => {
  let api: ApiTestApp;
  let caseId: string;
  let lastRevision = -1;

  beforeAll(async () => {
    api = await startApiTestApp();
  });

  afterAll(async () => {
    await api?.close();
  });

  async function step(actor: Actor, path: string, body: object = {}) {
    const response = await api.post(path.replace(':case', caseId), body, actor);
    expect({ path, status: response.status, body: response.body }).toMatchObject({ path, status: 201 });
    expect(response.body.revision).toBeGreaterThan(lastRevision);
    expect(response.body.position).toMatch(/^\d+-\d+$/);
    lastRevision = response.body.revision;
    return response.body as { caseId: string; revision: number; position: string; referralId?: string; transferId?: string };
  }

  it('is carried from intake to closure, each step by the agency that does it', async () => {
    const opened = await step(kaltimCaseworker, '/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6503' });
    caseId = opened.caseId;
    expect(opened).toMatchObject({ revision: 0 });

    await step(kaltimCaseworker, '/cases/:case/register-victim', {
      initials: 'SR',
      sex: 'female',
      birthYear: 2001,
      isChild: false,
      nationality: 'ID',
      originProvinceCode: '35',
      originDistrictCode: '3509',
    });
    await step(kaltimCaseworker, '/cases/:case/record-consent', { consentId: 'consent-process', scope: 'process', evidenceRef: 'DOC-CONSENT-001' });
    await step(kaltimCaseworker, '/cases/:case/record-consent', {
      consentId: 'consent-share',
      scope: 'share',
      agencies: [DINSOS],
      agencyTypes: ['police'],
      purpose: 'law enforcement and shelter',
      evidenceRef: 'DOC-CONSENT-002',
    });
    await step(kaltimCaseworker, '/cases/:case/advance-stage', { to: 'assessment' });
    await step(kaltimCaseworker, '/cases/:case/record-assessment', {
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
      needs: ['shelter', 'psychosocial', 'repatriation'],
    });
    await step(kaltimSupervisor, '/cases/:case/approve-assessment', { assessmentId: 'assessment-1' });
    await step(kaltimCaseworker, '/cases/:case/advance-stage', { to: 'rehabilitation' });

    const toPolice = await step(kaltimCaseworker, '/cases/:case/send-referral', {
      toAgency: POLDA,
      service: 'law_enforcement',
      reason: 'report the recruiter',
      responseDeadline: inDays(3),
      sharesIdentity: true,
    });
    expect(toPolice.referralId).toMatch(/^[0-9a-f-]{36}$/);
    await step(police, `/referrals/${toPolice.referralId}/accept`, { note: 'Subdit IV Renakta takes it' });
    await step(police, '/cases/:case/file-police-report', {
      reportNumber: 'LP/B/123/III/2025/SPKT/POLDA KALTIM',
      unit: 'Subdit IV Renakta Ditreskrimum',
      policeAgency: POLDA,
      filedOn: today(),
    });

    const toShelter = await step(kaltimCaseworker, '/cases/:case/send-referral', {
      toAgency: DINSOS,
      service: 'shelter',
      reason: 'safe shelter while the case proceeds',
      responseDeadline: inDays(2),
      sharesIdentity: true,
    });
    await step(dinsos, `/referrals/${toShelter.referralId}/accept`);
    await step(kaltimCaseworker, '/cases/:case/start-shelter-placement', { placementId: 'placement-1', shelterAgency: DINSOS, days: 14 });
    await step(kaltimCaseworker, '/cases/:case/request-service', { serviceId: 'service-1', service: 'psychosocial', providerAgency: DINSOS });
    await step(dinsos, '/cases/:case/record-service-delivered', { serviceId: 'service-1', note: 'counselling sessions' });
    await step(kaltimCaseworker, '/cases/:case/end-shelter-placement', { placementId: 'placement-1', reason: 'repatriated' });
    await step(dinsos, `/referrals/${toShelter.referralId}/complete`, { outcome: 'successful' });
    await step(police, `/referrals/${toPolice.referralId}/complete`, { outcome: 'successful', note: 'case file with the prosecutor' });

    await step(kaltimCaseworker, '/cases/:case/advance-stage', { to: 'repatriation' });
    const transfer = await step(kaltimCaseworker, '/cases/:case/request-transfer', { toAgency: JATIM, reason: 'repatriation to Jember' });
    await step(jatimCaseworker, `/transfers/${transfer.transferId}/accept`);

    await step(jatimCaseworker, '/cases/:case/plan-repatriation', {
      from: { kind: 'port', port: 'Nunukan' },
      toDistrictCode: '3509',
      escortAgency: BP2MI,
      transport: 'sea',
      plannedDate: today(),
    });
    await step(jatimCaseworker, '/cases/:case/record-handover', {
      receivingAgency: JATIM,
      handoverRecordNumber: 'BA/017/III/2025',
      location: 'Pelabuhan Tanjung Perak',
    });
    await step(jatimCaseworker, '/cases/:case/complete-repatriation');
    await step(jatimCaseworker, '/cases/:case/advance-stage', { to: 'reintegration' });
    await step(jatimSupervisor, '/cases/:case/approve-reintegration-plan', {
      planId: 'plan-1',
      goals: ['family_reunification', 'economic_empowerment'],
    });
    await step(jatimCaseworker, '/cases/:case/record-follow-up-visit', { visitId: 'visit-1', visitedOn: today(), wellbeing: 'stable' });
    await step(jatimCaseworker, '/cases/:case/complete-reintegration', { note: 'back with her family in Jember' });
    await step(jatimCaseworker, '/cases/:case/request-closure', { reason: 'reintegrated' });
    await step(jatimSupervisor, '/cases/:case/approve-closure');

    const events = await api.stream(caseId);
    expect(events.at(-1)).toMatchObject({ type: 'CaseClosed', revision: lastRevision });
    expect(events.map((event) => event.type)).toContain('TransferAccepted');
    const accepted = events.find((event) => event.type === 'ReferralAccepted')!;
    expect(accepted.metadata).toMatchObject({ actor: police.userId, role: police.role, agency: POLDA, causationId: null });
    expect(events.find((event) => event.type === 'CaseClosed')!.metadata).toMatchObject({ actor: jatimSupervisor.userId, agency: JATIM });
  });
});
