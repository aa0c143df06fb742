import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';
import { CASE_ROUTES } from '@rujukan/commands';
import { PATH_ID_REASON } from '../../apps/api/src/http/path-id.interceptor.js';

const KALTIM = 'UPTD-PPA-64';
const caseworker: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: KALTIM };
const supervisor: Actor = { userId: 'spv-kaltim', role: 'supervisor', agency: KALTIM };
const kalbarCaseworker: Actor = { userId: 'cw-kalbar', role: 'caseworker', agency: 'UPTD-PPA-61' };
const police: Actor = { userId: 'pol-kaltim', role: 'police_investigator', agency: 'POLDA-KALTIM' };

const OPEN = { channel: 'port', reporterType: 'government_agency', districtCode: '6503' };
const VICTIM = { initials: 'SR', sex: 'female', birthYear: 2001, isChild: false, nationality: 'ID', originProvinceCode: '35', originDistrictCode: '3509' };

describe('case commands refused over HTTP write nothing', () => {
  let api: ApiTestApp;
  let caseId: string;
  let referralId: string;

  beforeAll(async () => {
    api = await startApiTestApp();
    caseId = (await api.post('/cases', OPEN, caseworker)).body.caseId;
    expect((await api.post(`/cases/${caseId}/register-victim`, VICTIM, caseworker)).status).toBe(201);
    const sent = await api.post(
      `/cases/${caseId}/send-referral`,
      {
        toAgency: 'POLDA-KALTIM',
        service: 'law_enforcement',
        reason: 'report the recruiter',
        responseDeadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
        sharesIdentity: false,
      },
      caseworker,
    );
    expect(sent.status).toBe(201);
    referralId = sent.body.referralId;
  });

  afterAll(async () => {
    await api?.close();
  });

  /** Runs the refused request and checks the case stream did not move. */
  async function refused(path: string, body: unknown, actor: Actor | null, headers: Record<string, string> = {}) {
    const before = await api.stream(caseId);
    const response = await api.post(path, body, actor, headers);
    expect(await api.stream(caseId)).toEqual(before);
    return response;
  }

  describe('400 with each field and reason', () => {
    it('refuses an unknown field', async () => {
      const response = await refused(`/cases/${caseId}/register-victim`, { ...VICTIM, fullName: 'Siti Rahma' }, caseworker);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION.FAILED');
      expect(response.body.errors).toContainEqual({ field: 'fullName', reason: 'fullName is not an allowed field' });
    });

    it('refuses a value outside a closed vocabulary', async () => {
      const response = await api.post('/cases', { ...OPEN, channel: 'airport' }, caseworker);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([{ field: 'channel', reason: expect.stringContaining('must be one of hotline') }]);
    });

    it('refuses a malformed district code and a district outside its province', async () => {
      const opened = await api.post('/cases', { ...OPEN, districtCode: '65' }, caseworker);
      expect(opened.status).toBe(400);
      expect(opened.body.errors).toEqual([
        { field: 'districtCode', reason: 'districtCode must be a kabupaten/kota code of the Kemendagri list (4 digits, e.g. 6471)' },
      ]);
      const unknown = await api.post('/cases', { ...OPEN, districtCode: '6499' }, caseworker);
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors).toEqual([{ field: 'districtCode', reason: expect.stringContaining('Kemendagri list') }]);
      const response = await refused(`/cases/${caseId}/register-victim`, { ...VICTIM, originDistrictCode: '6471' }, caseworker);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([{ field: 'originDistrictCode', reason: 'originDistrictCode must lie in the province originProvinceCode' }]);
    });

    it('names nested fields by their path, and refuses a country code that names no country', async () => {
      for (const destinationCountry of ['Malaysia', 'XX']) {
        const response = await refused(
          `/cases/${caseId}/record-assessment`,
          {
            assessmentId: 'a-1',
            indicators: { recruitmentMethods: ['job_offer'], meansOfControl: [], exploitationTypes: [], destinationCountry, transitPoints: [], modus: [] },
            victimStatus: 'confirmed',
            riskLevel: 'high',
            needs: [],
          },
          caseworker,
        );
        expect(response.status).toBe(400);
        expect(response.body.errors).toContainEqual({ field: 'indicators.destinationCountry', reason: expect.stringContaining('ISO 3166-1 alpha-2') });
      }
    });

    it('refuses a body-less command given a field, a case id that is not a UUID and malformed JSON', async () => {
      expect((await refused(`/cases/${caseId}/approve-closure`, { reason: 'x' }, supervisor)).status).toBe(400);
      expect((await api.post('/cases/not-a-uuid/advance-stage', { to: 'assessment' }, caseworker)).body.errors).toEqual([
        { field: 'id', reason: PATH_ID_REASON },
      ]);
      const response = await request(api.app.getHttpServer())
        .post('/cases')
        .set('Authorization', `Bearer ${await api.token(caseworker)}`)
        .set('Content-Type', 'application/json')
        .send('{"channel": "port",');
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('REQUEST.MALFORMED');
    });
  });

  describe('401 without a valid bearer token', () => {
    it('refuses no token, a token for another audience and a token signed with another secret', async () => {
      const noToken = await refused(`/cases/${caseId}/advance-stage`, { to: 'assessment' }, null);
      expect(noToken.status).toBe(401);
      expect(noToken.body.code).toBe('AUTH.UNAUTHENTICATED');
      for (const overrides of [{ AUTH_AUDIENCE: 'another-api' }, { AUTH_JWT_SECRET: 'another-secret-of-at-least-32-characters!' }]) {
        const token = await api.token(caseworker, overrides);
        const response = await refused(`/cases/${caseId}/advance-stage`, { to: 'assessment' }, null, { Authorization: `Bearer ${token}` });
        expect(response.status).toBe(401);
      }
    });
  });

  describe('403 when the actor may not', () => {
    it('refuses a caseworker approving a closure', async () => {
      const response = await refused(`/cases/${caseId}/approve-closure`, {}, caseworker);
      expect(response.status).toBe(403);
      // No caseworker may approve a closure: the permission matrix refuses the role before the case is read.
      expect(response.body).toMatchObject({ code: 'AUTH.FORBIDDEN', details: { rule: 'permission' } });
    });

    it('refuses another agency changing the case, and the sender answering its own referral', async () => {
      const other = await refused(`/cases/${caseId}/record-consent`, { consentId: 'c-1', scope: 'process', evidenceRef: 'DOC-1' }, kalbarCaseworker);
      expect(other.status).toBe(403);
      const own = await refused(`/referrals/${referralId}/accept`, {}, caseworker);
      expect(own.status).toBe(403);
    });

    // Sealing made the victim's data key before the rules refused the agency: the key outlived the 403.
    it('makes no victim key and no event when another agency sends what would be sealed', async () => {
      const fresh = (await api.post('/cases', OPEN, caseworker)).body.caseId as string;
      const keyRows = async () => Number((await api.app.get(DataSource).query('SELECT count(*)::int AS n FROM victim_keys WHERE case_id = $1', [fresh]))[0].n);
      const before = await api.stream(fresh);
      expect(before).toHaveLength(1);
      const registered = await api.post(
        `/cases/${fresh}/register-victim`,
        { ...VICTIM, identity: { fullName: 'Siti Rahma', nik: '3509014101010001' } },
        kalbarCaseworker,
      );
      const consented = await api.post(
        `/cases/${fresh}/record-consent`,
        { consentId: 'c-1', scope: 'process', purpose: 'shelter and counselling', evidenceRef: 'DOC-1' },
        kalbarCaseworker,
      );
      expect([registered.status, registered.body.code, registered.body.details?.rule]).toEqual([403, 'AUTH.FORBIDDEN', 'owner_staff']);
      expect([consented.status, consented.body.code, consented.body.details?.rule]).toEqual([403, 'AUTH.FORBIDDEN', 'owner_staff']);
      expect(await keyRows()).toBe(0);
      expect(await api.stream(fresh)).toEqual(before);
      // The owner's own command still seals, and makes the key then.
      expect((await api.post(`/cases/${fresh}/register-victim`, { ...VICTIM, identity: { fullName: 'Siti Rahma' } }, caseworker)).status).toBe(201);
      expect(await keyRows()).toBe(1);
    });
  });

  describe('404 for what does not exist', () => {
    it('answers an unknown case and an unknown referral', async () => {
      const unknownCase = await api.post(`/cases/${randomUUID()}/advance-stage`, { to: 'assessment' }, caseworker);
      expect(unknownCase.status).toBe(404);
      expect(unknownCase.body.code).toBe('CASE.NOT_FOUND');
      const unknownReferral = await api.post(`/referrals/${randomUUID()}/accept`, {}, police);
      expect(unknownReferral.status).toBe(404);
      expect(unknownReferral.body.code).toBe('REFERRAL.NOT_FOUND');
    });

    // Found by the fuzz specs: sealing made a victim key for the case id before the rules found no such case.
    it('makes no victim key for a case that does not exist, whatever the command would seal', async () => {
      const keys = async () => Number((await api.app.get(DataSource).query('SELECT count(*)::int AS n FROM victim_keys'))[0].n);
      const before = await keys();
      const nobody = randomUUID();
      const registered = await api.post(`/cases/${nobody}/register-victim`, { ...VICTIM, identity: { fullName: 'Siti Rahma' } }, caseworker);
      const consented = await api.post(
        `/cases/${nobody}/record-consent`,
        { consentId: 'c-1', scope: 'process', purpose: 'shelter', evidenceRef: 'DOC-1' },
        caseworker,
      );
      expect([registered.status, registered.body.code, consented.status, consented.body.code]).toEqual([404, 'CASE.NOT_FOUND', 404, 'CASE.NOT_FOUND']);
      expect(await keys()).toBe(before);
    });
  });

  describe('409 with a machine-readable code', () => {
    it('refuses answering a referral twice', async () => {
      expect((await api.post(`/referrals/${referralId}/accept`, {}, police)).status).toBe(201);
      const again = await refused(`/referrals/${referralId}/decline`, { reason: 'no capacity' }, police);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('REFERRAL.ALREADY_ANSWERED');
    });

    it('refuses a command decided on a revision the case has moved past (If-Match)', async () => {
      const response = await refused(`/cases/${caseId}/record-consent`, { consentId: 'c-stale', scope: 'process', evidenceRef: 'DOC-1' }, caseworker, {
        'If-Match': '"0"',
      });
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ code: 'CASE.CONCURRENT_UPDATE', details: { expectedRevision: 0 } });
    });
  });

  describe('Idempotency-Key', () => {
    it('answers a retry with the first response and writes its events once', async () => {
      const key = randomUUID();
      const body = { consentId: 'consent-process', scope: 'process', evidenceRef: 'DOC-CONSENT-001' };
      const first = await api.post(`/cases/${caseId}/record-consent`, body, caseworker, { 'Idempotency-Key': key });
      expect(first.status).toBe(201);
      const retry = await refused(`/cases/${caseId}/record-consent`, body, caseworker, { 'Idempotency-Key': key });
      expect(retry.status).toBe(201);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      const events = await api.stream(caseId);
      expect(events.filter((event) => event.type === 'ConsentRecorded')).toHaveLength(1);
    });

    it('opens one case however often an open is retried', async () => {
      const key = randomUUID();
      const first = await api.post('/cases', OPEN, caseworker, { 'Idempotency-Key': key });
      const retry = await api.post('/cases', OPEN, caseworker, { 'Idempotency-Key': key });
      expect(retry.body).toEqual(first.body);
      expect(await api.stream(first.body.caseId)).toHaveLength(1);
    });

    it('refuses the same key for a different request', async () => {
      const key = randomUUID();
      expect(
        (await api.post(`/cases/${caseId}/request-service`, { serviceId: 's-1', service: 'first_aid' }, caseworker, { 'Idempotency-Key': key })).status,
      ).toBe(201);
      const reused = await refused(`/cases/${caseId}/request-service`, { serviceId: 's-2', service: 'health' }, caseworker, { 'Idempotency-Key': key });
      expect(reused.status).toBe(422);
      expect(reused.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
    });

    it('lets only one of two racing requests with the same key and different bodies run', async () => {
      const key = randomUUID();
      const before = (await api.stream(caseId)).length;
      const answers = await Promise.all([
        api.post(`/cases/${caseId}/request-service`, { serviceId: 'race-1', service: 'first_aid' }, caseworker, { 'Idempotency-Key': key }),
        api.post(`/cases/${caseId}/request-service`, { serviceId: 'race-2', service: 'health' }, caseworker, { 'Idempotency-Key': key }),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([201, expect.any(Number)]);
      const loser = answers.find((a) => a.status !== 201)!;
      expect(loser.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
      const added = (await api.stream(caseId)).slice(before);
      expect(added.map((e) => e.type)).toEqual(['ServiceRequested']);
    });

    it('runs a retry again after the first attempt was refused', async () => {
      const key = randomUUID();
      const body = { serviceId: 'retry-1', service: 'first_aid', providerAgency: 'RSUD-6471' };
      const refusedFirst = await api.post(`/cases/${caseId}/request-service`, body, supervisor, { 'Idempotency-Key': key, 'If-Match': '"0"' });
      expect(refusedFirst.status).toBe(409);
      const retried = await api.post(`/cases/${caseId}/request-service`, body, supervisor, { 'Idempotency-Key': key });
      expect(retried.status).toBe(201);
    });
  });

  it('documents every command route with its DTO and errors at /docs', async () => {
    const { body } = await request(api.app.getHttpServer()).get('/docs-json').expect(200);
    // The case commands' routes (not the console's sign-in or the directory's writes), each described as its command.
    // Action plans' and MoUs' commands are documented the same way under /plans and /mous; only the case's are counted here.
    const operations = Object.entries(body.paths as Record<string, Record<string, { requestBody?: unknown; responses: object; description?: string }>>)
      .filter(([path]) => !path.startsWith('/plans') && !path.startsWith('/mous'))
      .map(([, path]) => path.post)
      .filter((operation) => operation?.description?.startsWith('Command `'));
    // One route per command in the route table (48 commands: all but the sweep's ExpireReferral and FlagOverdueService).
    expect(operations).toHaveLength(CASE_ROUTES.length);
    expect(CASE_ROUTES).toHaveLength(48);
    for (const operation of operations) {
      expect(operation.requestBody).toBeDefined();
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '403', '404', '409', '422', '503']));
    }
    expect(body.components.schemas.RegisterVictimDto.required).toContain('originDistrictCode');
  });
});
