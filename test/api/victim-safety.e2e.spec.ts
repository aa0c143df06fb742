import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { IdentityVault } from '@rujukan/application';
import { DeadlineSweepService } from '@rujukan/server';
import { caseStreamName, type Actor } from '@rujukan/domain';
import { EventStore } from '@rujukan/event-store';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

const KALBAR = 'UPTD-PPA-61';
const NTT = 'UPTD-PPA-53';
const caseworker: Actor = { userId: 'cw-kalbar', role: 'caseworker', agency: KALBAR };
const supervisor: Actor = { userId: 'spv-kalbar', role: 'supervisor', agency: KALBAR };
const nttCaseworker: Actor = { userId: 'cw-ntt', role: 'caseworker', agency: NTT };
const police: Actor = { userId: 'pol-kalbar', role: 'police_investigator', agency: 'POLDA-KALBAR' };
const shelter: Actor = { userId: 'dinsos-ptk', role: 'social_services_officer', agency: 'DINSOS-6171' };
const hospital: Actor = { userId: 'rsud-bpn', role: 'health_officer', agency: 'RSUD-6471' };
const admin: Actor = { userId: 'admin-ri', role: 'administrator', agency: 'KEMENPPPA' };

const IDENTITY = { fullName: 'Kristabella Suryaningsih', nik: '6171016204000003', phone: '+62 812 5555 0199' };
const ASSESSMENT = {
  assessmentId: 'assessment-1',
  indicators: {
    recruitmentMethods: ['job_offer'],
    meansOfControl: ['document_confiscation'],
    exploitationTypes: ['forced_labour'],
    destinationCountry: 'MY',
    transitPoints: ['Entikong'],
    modus: ['plantation_work'],
  },
  victimStatus: 'confirmed',
  riskLevel: 'high',
  needs: ['shelter'],
};
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('who may see a victim: the directory decides, never the request', () => {
  let api: ApiTestApp;
  beforeAll(async () => {
    api = await startApiTestApp({ withProjector: true, env: { READ_WAIT_MS: '5000', USER_DIRECTORY_CACHE_MS: '0' } });
  });
  afterAll(() => api?.close());

  const http = () => request(api.app.getHttpServer());
  async function ok(actor: Actor, path: string, body: object = {}) {
    const response = await api.post(path, body, actor);
    expect({ path, status: response.status, body: response.body }).toMatchObject({ status: 201 });
    return response.body as { caseId: string; position: string; referralId?: string; transferId?: string };
  }
  let position = '0-0';
  const get = async (actor: Actor, path: string) =>
    http()
      .get(path)
      .set('X-Min-Position', position)
      .set('Authorization', `Bearer ${await api.token(actor)}`);

  async function registeredCase(): Promise<string> {
    const { caseId } = await ok(caseworker, '/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6171' });
    await ok(caseworker, `/cases/${caseId}/register-victim`, {
      initials: 'KS',
      sex: 'female',
      birthYear: 2000,
      isChild: false,
      nationality: 'ID',
      originProvinceCode: '53',
      originDistrictCode: '5371',
      identity: IDENTITY,
    });
    await ok(caseworker, `/cases/${caseId}/record-consent`, { consentId: 'c-process', scope: 'process', evidenceRef: 'FORM-1' });
    // She agreed to share with the police and social services: not with hospitals.
    await ok(caseworker, `/cases/${caseId}/record-consent`, {
      consentId: 'c-share',
      scope: 'share',
      agencyTypes: ['police', 'social_services'],
      evidenceRef: 'FORM-2',
    });
    return caseId;
  }
  const referral = (toAgency: string, service: string, sharesIdentity = true) => ({
    toAgency,
    service,
    reason: 'rujukan',
    responseDeadline: inDays(3),
    sharesIdentity,
  });

  it('a referral cannot widen consent by declaring a type: a hospital is health in the directory', async () => {
    const caseId = await registeredCase();
    const before = (await api.stream(caseId)).length;
    const declared = await api.post(`/cases/${caseId}/send-referral`, { ...referral(hospital.agency, 'health'), toAgencyType: 'police' }, caseworker);
    expect([declared.status, declared.body.errors]).toEqual([400, [{ field: 'toAgencyType', reason: 'toAgencyType is not an allowed field' }]]);
    const undeclared = await api.post(`/cases/${caseId}/send-referral`, referral(hospital.agency, 'health'), caseworker);
    expect([undeclared.status, undeclared.body.code, undeclared.body.details]).toEqual([
      409,
      'CONSENT.REQUIRED',
      { toAgency: hospital.agency, toAgencyType: 'health' },
    ]);
    expect((await api.stream(caseId)).length).toBe(before);
    expect((await get(hospital, `/cases/${caseId}/identity`)).status).toBe(404);
  });

  it('refers only to agencies the directory holds as acting, of a kind that gives the service; nothing is written otherwise', async () => {
    const caseId = await registeredCase();
    const before = (await api.stream(caseId)).length;
    const unknown = await api.post(`/cases/${caseId}/send-referral`, referral('POLRES-ANTAH-BERANTAH', 'law_enforcement'), caseworker);
    expect([unknown.status, unknown.body.code, unknown.body.details.field]).toEqual([422, 'AGENCY.UNKNOWN', 'toAgency']);
    const wrongType = await api.post(`/cases/${caseId}/send-referral`, referral(hospital.agency, 'law_enforcement', false), caseworker);
    expect([wrongType.status, wrongType.body.code]).toEqual([422, 'AGENCY.WRONG_TYPE']);
    const transfer = await api.post(`/cases/${caseId}/request-transfer`, { toAgency: hospital.agency, reason: 'x' }, caseworker);
    expect([transfer.status, transfer.body.code]).toEqual([422, 'AGENCY.WRONG_TYPE']);
    expect((await api.stream(caseId)).length).toBe(before);
    expect((await api.app.get((await import('typeorm')).DataSource).query(`SELECT 1 FROM victim_keys WHERE case_id = $1`, [caseId])).length).toBe(1);
  });

  it('after a transfer with police, shelter and health referrals open, the former owner and each receiver see exactly what their own relationship allows', async () => {
    const caseId = await registeredCase();
    await ok(caseworker, `/cases/${caseId}/advance-stage`, { to: 'assessment' });
    await ok(caseworker, `/cases/${caseId}/record-assessment`, ASSESSMENT);
    await ok(supervisor, `/cases/${caseId}/approve-assessment`, { assessmentId: 'assessment-1' });
    await ok(caseworker, `/cases/${caseId}/send-referral`, referral(police.agency, 'law_enforcement'));
    await ok(caseworker, `/cases/${caseId}/send-referral`, referral(shelter.agency, 'shelter'));
    await ok(caseworker, `/cases/${caseId}/send-referral`, referral(hospital.agency, 'health', false));
    const { transferId } = await ok(caseworker, `/cases/${caseId}/request-transfer`, { toAgency: NTT, reason: 'pulang ke Kupang' });
    position = (await ok(nttCaseworker, `/transfers/${transferId}/accept`)).position;

    const basics = [
      'access',
      'caseId',
      'channel',
      'closedAt',
      'foundDistrictCode',
      'openedAt',
      'ownerAgency',
      'referrals',
      // The case's number is no identity: a former owner still names the case it handed over by it.
      'registrationNumber',
      // Who reported the case (an agency of the directory), like the channel it came by: no victim data.
      'reportingAgency',
      'revision',
      'runningClocks',
      'stage',
      'status',
      'transfers',
      'updatedAt',
      'victim',
      'withheld',
    ];
    const kalbar = (await get(caseworker, `/cases/${caseId}`)).body;
    expect(Object.keys(kalbar).sort()).toEqual(basics);
    expect(kalbar).toMatchObject({
      access: 'former_owner',
      ownerAgency: NTT,
      victim: null,
      withheld: ['victimProfile', 'origin', 'assessment', 'legal', 'flags', 'nextAction'],
    });
    // History stays true: Kalbar sent the three referrals, whoever owns the case now.
    expect(kalbar.referrals.map((r: { fromAgency: string }) => r.fromAgency)).toEqual([KALBAR, KALBAR, KALBAR]);
    expect((await get(caseworker, `/cases/${caseId}/identity`)).body).toMatchObject({ basis: null, fields: {} });
    const kalbarTimeline = (await get(caseworker, `/cases/${caseId}/timeline`)).body.events.map((e: { type: string }) => e.type);
    expect(kalbarTimeline).not.toContain('VictimRegistered');
    expect(kalbarTimeline).not.toContain('AssessmentRecorded');

    const polda = (await get(police, `/cases/${caseId}`)).body;
    // The police's service needs the origin: where she came back through (none recorded here) goes with it.
    expect(Object.keys(polda).sort()).toEqual([...basics, 'assessment', 'legal', 'returnLeg'].sort());
    expect(polda).toMatchObject({
      access: 'referral',
      victim: { initials: 'KS', sex: 'female', isChild: false, originProvinceCode: '53', originDistrictCode: '5371' },
      withheld: ['flags', 'nextAction'],
    });
    expect(polda.referrals.map((r: { toAgency: string }) => r.toAgency)).toEqual([police.agency]);
    expect((await get(police, `/cases/${caseId}/identity`)).body).toMatchObject({
      basis: 'consent',
      fields: { fullName: IDENTITY.fullName, nik: IDENTITY.nik, phone: IDENTITY.phone },
    });

    for (const receiver of [shelter, hospital]) {
      const view = (await get(receiver, `/cases/${caseId}`)).body;
      expect(Object.keys(view).sort()).toEqual([...basics, 'assessment', 'flags'].sort());
      expect(view).toMatchObject({
        access: 'referral',
        victim: { initials: 'KS', sex: 'female', isChild: false },
        withheld: ['origin', 'legal', 'nextAction'],
      });
      expect(Object.keys(view.victim).sort()).toEqual(['initials', 'isChild', 'sex']);
      expect(view.referrals.map((r: { toAgency: string }) => r.toAgency)).toEqual([receiver.agency]);
    }
    expect((await get(shelter, `/cases/${caseId}/identity`)).body).toMatchObject({
      basis: 'consent',
      fields: { fullName: IDENTITY.fullName, phone: IDENTITY.phone },
    });
    expect((await get(hospital, `/cases/${caseId}/identity`)).body).toMatchObject({ basis: null, fields: {} });

    // The new owner answers for the referrals it inherited, derived from ownership, not written over the sender.
    const queue = (await get(nttCaseworker, '/queues/mine')).body;
    expect(queue.awaitingOthers.map((r: { fromAgency: string }) => r.fromAgency)).toEqual([KALBAR, KALBAR, KALBAR]);
    expect((await get(caseworker, '/queues/mine')).body.awaitingOthers.filter((r: { caseId: string }) => r.caseId === caseId)).toEqual([]);
  });

  it('stores and returns a token-shaped string a person typed as typed, and the timeline answers for everyone', async () => {
    const caseId = await registeredCase();
    const typed = 'LP/v1.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA';
    const filed = await ok(caseworker, `/cases/${caseId}/file-police-report`, {
      reportNumber: typed,
      unit: 'v1.AAAAAAAAAAAAAAAA..AAAAAAAAAAAAAAAAAAAAAA',
      policeAgency: 'POLDA-KALBAR',
      filedOn: new Date().toISOString().slice(0, 10),
    });
    position = filed.position;
    const timeline = await get(caseworker, `/cases/${caseId}/timeline`);
    expect(timeline.status).toBe(200);
    expect(JSON.stringify(timeline.body)).toContain(typed);
    const summary = await get(caseworker, `/cases/${caseId}`);
    expect(summary.status).toBe(200);
    expect(JSON.stringify(summary.body.legal)).toContain(typed);
    expect(JSON.stringify(summary.body.legal)).toContain('v1.AAAAAAAAAAAAAAAA..AAAAAAAAAAAAAAAAAAAAAA');
  });

  it('lists the open referrals of an agency that was merged away for the sending supervisor to re-route', async () => {
    const caseId = await registeredCase();
    const sent = await ok(caseworker, `/cases/${caseId}/send-referral`, referral('BP3MI-KALBAR', 'repatriation', false));
    const put = await http()
      .put('/admin/agencies/BP3MI-KALBAR')
      .set('Authorization', `Bearer ${await api.token(admin)}`)
      .send({ name: 'BP3MI Kalimantan Barat', type: 'bp2mi', provinceCode: '61', mergedInto: 'BP3MI-NUNUKAN' });
    expect(put.status).toBe(200);
    position = sent.position;
    const queue = (await get(supervisor, '/queues/mine')).body;
    expect(queue.reroute).toEqual([
      expect.objectContaining({
        referralId: sent.referralId,
        caseId,
        toAgency: 'BP3MI-KALBAR',
        receiverMergedInto: 'BP3MI-NUNUKAN',
        actions: ['WithdrawReferral', 'SendReferral'],
      }),
    ]);
    const again = await api.post(`/cases/${caseId}/send-referral`, referral('BP3MI-KALBAR', 'repatriation', false), caseworker);
    expect([again.status, again.body.code, again.body.details.mergedInto]).toEqual([422, 'AGENCY.INACTIVE', 'BP3MI-NUNUKAN']);
    await ok(supervisor, `/referrals/${sent.referralId}/withdraw`, { reason: 'BP3MI Kalbar digabung' });
    position = (await ok(supervisor, `/cases/${caseId}/send-referral`, referral('BP3MI-NUNUKAN', 'repatriation', false))).position;
    expect((await get(supervisor, '/queues/mine')).body.reroute).toEqual([]);
  });

  it('an erasure a crash interrupted between recording it and destroying the key is finished by the sweep: the key goes, the text reads [erased]', async () => {
    const caseId = await registeredCase();
    const noted = await ok(caseworker, `/cases/${caseId}/withdraw-consent`, { consentId: 'c-share', reason: 'Kristabella pindah ke Kupang' });
    position = noted.position;
    const vault = api.app.get(IdentityVault);
    // The process dies after the erasure is recorded, before the key is destroyed.
    const destroy = jest.spyOn(vault, 'destroy').mockRejectedValueOnce(new Error('killed'));
    const crashed = await api.post(`/cases/${caseId}/erasure`, { legalBasis: 'UU PDP 27/2022 Pasal 8' }, supervisor);
    destroy.mockRestore();
    expect(crashed.status).toBe(500);
    const erased = (await api.stream(caseId)).at(-1)!;
    expect(erased.type).toBe('IdentityErased');
    const keyRow = async () =>
      (
        await api.app
          .get(DataSource)
          .query(`SELECT wrapped_key IS NULL AS destroyed, erasing_since IS NOT NULL AS marked FROM victim_keys WHERE case_id = $1`, [caseId])
      )[0];
    expect(await keyRow()).toEqual({ destroyed: false, marked: true });
    await api.app.get(DeadlineSweepService).sweep(new Date(Date.now() + 120_000));
    expect(await keyRow()).toEqual({ destroyed: true, marked: false });
    position = `${erased.position.commit}-${erased.position.prepare}`;
    const timeline = JSON.stringify((await get(caseworker, `/cases/${caseId}/timeline`)).body);
    expect(timeline).not.toContain('Kristabella');
    expect(timeline).toContain('[erased]');
  });

  it('an erasure the rules refuse leaves the key as it was, unmarked, for the sweep to leave alone', async () => {
    const caseId = await registeredCase();
    await ok(caseworker, `/cases/${caseId}/file-police-report`, {
      reportNumber: 'LP/B/9/2026',
      unit: 'Renakta',
      policeAgency: 'POLDA-KALBAR',
      filedOn: new Date().toISOString().slice(0, 10),
    });
    const refused = await api.post(`/cases/${caseId}/erasure`, { legalBasis: 'UU PDP 27/2022 Pasal 8' }, supervisor);
    expect([refused.status, refused.body.code]).toEqual([409, 'IDENTITY.LEGAL_HOLD']);
    const [row] = await api.app
      .get(DataSource)
      .query(`SELECT wrapped_key IS NULL AS destroyed, erasing_since IS NOT NULL AS marked FROM victim_keys WHERE case_id = $1`, [caseId]);
    expect(row).toEqual({ destroyed: false, marked: false });
  });

  it('a referral recorded before the directory decided, with a type its request declared, shares nothing the directory’s type and the consent do not allow', async () => {
    const caseId = await registeredCase();
    // How a referral of the old API stood in the log: a hospital declared as police, sharing identity on the consent to police.
    const sent = await ok(caseworker, `/cases/${caseId}/send-referral`, referral(police.agency, 'law_enforcement'));
    const stored = (await api.stream(caseId)).at(-1)!;
    expect(stored.data).toMatchObject({ toAgency: police.agency, toAgencyType: 'police', sharesIdentity: true });
    const forged = { ...stored.data, referralId: randomUUID(), toAgency: hospital.agency };
    const appended = await api.app
      .get(EventStore)
      .append(
        caseStreamName(caseId),
        [{ id: randomUUID(), type: 'ReferralSent', data: forged, metadata: { ...stored.metadata, commandId: randomUUID() } }],
        stored.revision,
      );
    position = `${appended.position.commit}-${appended.position.prepare}`;
    expect(sent.referralId).not.toBe(forged.referralId);
    const seen = await get(hospital, `/cases/${caseId}/identity`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ basis: null, fields: {} });
    // The police, whose type the consent names, still see what their referral shares.
    expect((await get(police, `/cases/${caseId}/identity`)).body).toMatchObject({
      basis: 'consent',
      fields: { fullName: IDENTITY.fullName, nik: IDENTITY.nik },
    });
  });
});
