import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import { EventStore } from '@rujukan/event-store';
import { recordAgency } from '@rujukan/read-models';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { API_SEGMENTS, isConsoleNavigation } from '../../apps/api/src/web/web-console.js';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

const caseworker: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: 'UPTD-PPA-64' };
const supervisor: Actor = { userId: 'spv-kaltim', role: 'supervisor', agency: 'UPTD-PPA-64' };
const police: Actor = { userId: 'pol-kaltim', role: 'police_investigator', agency: 'POLDA-KALTIM' };
const admin = { userId: 'admin-1', role: 'administrator', agency: 'KEMENPPPA' };

describe('what the web console needs from the API', () => {
  let api: ApiTestApp;
  const http = () => request(api.app.getHttpServer());

  beforeAll(async () => {
    // No built console here, whatever dist/web holds: the browser spec serves one of its own.
    api = await startApiTestApp({ env: { WEB_DIST_DIR: '/nonexistent/rujukan-web', AUTH_DEV_SIGN_IN: 'true' } });
    for (const agency of [
      { code: 'UPTD-PPA-64', name: 'UPTD PPA Kalimantan Timur', type: 'uptd_ppa', provinceCode: '64', districtCode: null },
      { code: 'POLDA-KALTIM', name: 'Polda Kalimantan Timur', type: 'police', provinceCode: '64', districtCode: null },
    ]) {
      await recordAgency(api.app.get(EventStore), api.app.get(DataSource), agency, admin);
    }
  });
  afterAll(() => api?.close());

  it('never lets the console shadow an API route: every path of the OpenAPI document starts with an API segment', async () => {
    const document = (await http().get('/docs-json').expect(200)).body as { paths: Record<string, unknown> };
    const segments = Object.keys(document.paths).map((path) => path.split('/')[1]!);
    expect(segments.filter((segment) => !API_SEGMENTS.has(segment))).toEqual([]);
    expect(isConsoleNavigation('GET', '/kasus/123', 'text/html,application/xhtml+xml')).toBe(true);
    expect(isConsoleNavigation('GET', '/cases/123', 'text/html')).toBe(false);
    expect(isConsoleNavigation('GET', '/antrian', 'application/json')).toBe(false);
    expect(isConsoleNavigation('POST', '/antrian', 'text/html')).toBe(false);
  });

  it('without a built console, a page navigation is the API’s JSON 404 with its locked-down policy', async () => {
    const response = await http().get('/antrian').set('Accept', 'text/html').expect(404);
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('tells the page how to sign in, and signs in for an agency of the directory with a token the API accepts', async () => {
    expect((await http().get('/web-config').expect(200)).body).toEqual({ developmentSignIn: true, oidc: null });
    const agencies = (await http().get('/auth/dev-sign-in/agencies').expect(200)).body.agencies as Array<{ code: string }>;
    expect(agencies.map((a) => a.code)).toEqual(expect.arrayContaining(['POLDA-KALTIM', 'UPTD-PPA-64']));
    // The directory records the user (REQUIRE_REGISTERED_USERS); development sign-in vouches only for who they are.
    await api.token({ userId: 'cw-kaltim', role: 'caseworker', agency: 'UPTD-PPA-64' });
    const signIn = await http().post('/auth/dev-sign-in').send({ agency: 'UPTD-PPA-64', role: 'caseworker', userId: 'cw-kaltim' }).expect(200);
    expect(signIn.body.actor).toEqual({ userId: 'cw-kaltim', role: 'caseworker', agency: 'UPTD-PPA-64' });
    await http().get('/queues/mine').set('Authorization', `Bearer ${signIn.body.token}`).expect(200);
  });

  it('records a new user at development sign-in, so the console works on npm start with REQUIRE_REGISTERED_USERS; a user recorded otherwise keeps that record', async () => {
    const signIn = await http().post('/auth/dev-sign-in').send({ agency: 'POLDA-KALTIM', role: 'police_investigator', userId: 'first-time-in' }).expect(200);
    await http().get('/queues/mine').set('Authorization', `Bearer ${signIn.body.token}`).expect(200);
    const users = await api.app.get(DataSource).query(`SELECT agency, role, active FROM users WHERE user_id = 'first-time-in'`);
    expect(users).toEqual([{ agency: 'POLDA-KALTIM', role: 'police_investigator', active: true }]);
    const elsewhere = await http().post('/auth/dev-sign-in').send({ agency: 'UPTD-PPA-64', role: 'supervisor', userId: 'first-time-in' }).expect(400);
    expect(elsewhere.body.errors).toEqual([{ field: 'userId', reason: expect.stringContaining('recorded at POLDA-KALTIM as police_investigator') }]);
  });

  it('refuses development sign-in for an agency outside the directory, an unknown role or a bad user id, with the field', async () => {
    const unknown = await http().post('/auth/dev-sign-in').send({ agency: 'NOWHERE', role: 'caseworker', userId: 'x' }).expect(400);
    expect(unknown.body.errors).toEqual([{ field: 'agency', reason: expect.stringContaining('directory') }]);
    const role = await http().post('/auth/dev-sign-in').send({ agency: 'UPTD-PPA-64', role: 'system', userId: 'x' }).expect(400);
    expect(role.body.errors.map((e: { field: string }) => e.field)).toEqual(['role']);
    const user = await http().post('/auth/dev-sign-in').send({ agency: 'UPTD-PPA-64', role: 'caseworker', userId: 'no spaces' }).expect(400);
    expect(user.body.errors.map((e: { field: string }) => e.field)).toEqual(['userId']);
  });

  it('answers which commands each agency may run on a case now, as decide would', async () => {
    const opened = await api.post('/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6503' }, caseworker);
    const caseId = opened.body.caseId as string;
    const actionsOf = async (actor: Actor) =>
      (
        await http()
          .get(`/cases/${caseId}/actions`)
          .set('Authorization', `Bearer ${await api.token(actor)}`)
          .expect(200)
      ).body as {
        actions: Array<{ command: string; targets?: { ids: string[] }; prefill?: Record<string, string> }>;
        blocked: Array<{ command: string; code: string }>;
      };
    const atIntake = await actionsOf(caseworker);
    const commands = atIntake.actions.map((a) => a.command);
    expect(commands).toEqual(expect.arrayContaining(['RegisterVictim', 'RecordConsent', 'SendReferral', 'RequestClosure']));
    // Assessment commands belong to the assessment stage; approvals to supervisors.
    expect(commands).not.toContain('RecordAssessment');
    expect(commands).not.toContain('ApproveClosure');
    // Advancing is the caseworker's, but the intake requirements are not met yet: blocked, with the domain's code.
    // The unmet requirements by key, for the console to name them in the reader's language.
    expect(atIntake.blocked).toContainEqual(
      expect.objectContaining({
        command: 'AdvanceStage',
        code: 'CASE.STAGE_REQUIREMENTS_NOT_MET',
        details: { stage: 'intake', missing: ['victim_registered', 'process_consent'] },
      }),
    );
    expect((await actionsOf(supervisor)).actions.map((a) => a.command)).toContain('EraseIdentity');

    // An agency with no claim on the case learns nothing, not even that it exists.
    await http()
      .get(`/cases/${caseId}/actions`)
      .set('Authorization', `Bearer ${await api.token(police)}`)
      .expect(404);

    await api.post(
      `/cases/${caseId}/register-victim`,
      { initials: 'SR', sex: 'female', birthYear: 2001, isChild: false, nationality: 'ID', originProvinceCode: '35', originDistrictCode: '3509' },
      caseworker,
    );
    // The consent form starts at processing while the case has none, and leaves the scope open once it has.
    expect((await actionsOf(caseworker)).actions.find((a) => a.command === 'RecordConsent')?.prefill).toEqual({ scope: 'process' });
    await api.post(`/cases/${caseId}/record-consent`, { consentId: 'c1', scope: 'process', evidenceRef: 'DOC-1' }, caseworker);
    expect((await actionsOf(caseworker)).actions.find((a) => a.command === 'RecordConsent')).toEqual({ command: 'RecordConsent' });
    const sent = await api.post(
      `/cases/${caseId}/send-referral`,
      {
        toAgency: 'POLDA-KALTIM',
        service: 'law_enforcement',
        reason: 'report',
        responseDeadline: new Date(Date.now() + 86_400_000).toISOString(),
        sharesIdentity: false,
      },
      caseworker,
    );
    const referralId = sent.body.referralId as string;
    const forPolice = await actionsOf(police);
    // A receiving agency may also write a note on the case it was referred (issue 21).
    expect(forPolice.actions.map((a) => a.command).sort()).toEqual(['AcceptReferral', 'AddCaseNote', 'DeclineReferral']);
    expect(forPolice.actions.find((a) => a.command === 'AcceptReferral')?.targets?.ids).toEqual([referralId]);
    expect((await actionsOf(caseworker)).actions.find((a) => a.command === 'WithdrawReferral')?.targets?.ids).toEqual([referralId]);

    await api.post(`/referrals/${referralId}/decline`, { reason: 'not ours' }, police);
    // Answered: nothing left for the police to do but a note on a case it held a referral of, and nothing to withdraw.
    expect((await actionsOf(police)).actions.map((a) => a.command)).toEqual(['AddCaseNote']);
    expect((await actionsOf(caseworker)).actions.map((a) => a.command)).not.toContain('WithdrawReferral');
  });

  it('offers the buttons the command boundary would accept, the directory resolved: no withdrawal of an accepted referral whose receiver acts, a re-route once it no longer does', async () => {
    const opened = await api.post('/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6503' }, caseworker);
    const caseId = opened.body.caseId as string;
    await api.post(
      `/cases/${caseId}/register-victim`,
      { initials: 'SR', sex: 'female', birthYear: 2001, isChild: false, nationality: 'ID', originProvinceCode: '35', originDistrictCode: '3509' },
      caseworker,
    );
    await api.post(`/cases/${caseId}/record-consent`, { consentId: 'c1', scope: 'process', evidenceRef: 'DOC-1' }, caseworker);
    const sent = await api.post(
      `/cases/${caseId}/send-referral`,
      {
        toAgency: 'BP3MI-KALSEL',
        service: 'repatriation',
        reason: 'pulang',
        responseDeadline: new Date(Date.now() + 86_400_000).toISOString(),
        sharesIdentity: false,
      },
      caseworker,
    );
    const bp3mi: Actor = { userId: 'bp3mi-kalsel', role: 'bp2mi_officer', agency: 'BP3MI-KALSEL' };
    expect((await api.post(`/referrals/${sent.body.referralId}/accept`, {}, bp3mi)).status).toBe(201);
    const withdrawals = async () =>
      (
        (
          await http()
            .get(`/cases/${caseId}/actions`)
            .set('Authorization', `Bearer ${await api.token(caseworker)}`)
            .expect(200)
        ).body.actions as Array<{ command: string }>
      ).filter((a) => a.command === 'WithdrawReferral');
    expect(await withdrawals()).toEqual([]);
    await recordAgency(
      api.app.get(EventStore),
      api.app.get(DataSource),
      { code: 'BP3MI-KALSEL', name: 'BP3MI Kalsel', type: 'bp2mi', provinceCode: '63', districtCode: null, active: false },
      caseworker,
    );
    expect(await withdrawals()).toEqual([{ command: 'WithdrawReferral', targets: { field: 'referralId', ids: [sent.body.referralId] } }]);
  });

  it('lists the directory (codes, names, types) to every signed-in role, so each reads names, and to no one unsigned', async () => {
    const auditor: Actor = { userId: 'aud-1', role: 'auditor', agency: 'ITJEN' };
    const analyst: Actor = { userId: 'gt-1', role: 'task_force_analyst', agency: 'GT-PP-TPPO-64' };
    for (const reader of [police, auditor, analyst]) {
      const listed = await http()
        .get('/agencies')
        .set('Authorization', `Bearer ${await api.token(reader)}`)
        .expect(200);
      expect(listed.body.agencies.map((a: { code: string }) => a.code)).toEqual(expect.arrayContaining(['POLDA-KALTIM', 'UPTD-PPA-64']));
      expect(Object.keys(listed.body.agencies[0]).sort()).toEqual(['code', 'name', 'provinceCode', 'type']);
    }
    await http().get('/agencies').expect(401);
  });
});

describe('development sign-in only when asked for', () => {
  let api: ApiTestApp;
  beforeAll(async () => {
    // NODE_ENV unset is not production, and a real secret is set: still no sign-in without AUTH_DEV_SIGN_IN=true.
    api = await startApiTestApp({ env: { AUTH_JWT_SECRET: 'a-real-secret-from-the-vault-0123456789abcdef' } });
  });
  afterAll(() => api?.close());

  it('refuses an unauthenticated administrator sign-in when AUTH_DEV_SIGN_IN is not set', async () => {
    const http = request(api.app.getHttpServer());
    delete process.env.NODE_ENV;
    expect((await http.get('/web-config').expect(200)).body.developmentSignIn).toBe(false);
    const refused = await http.post('/auth/dev-sign-in').send({ agency: 'KEMENPPPA', role: 'administrator', userId: 'intruder' });
    expect([refused.status, refused.body.code]).toEqual([403, 'AUTH.DEV_SIGN_IN_DISABLED']);
    expect(refused.body.token).toBeUndefined();
  });
});

describe('development sign-in where tokens come from an identity provider', () => {
  let api: ApiTestApp;

  beforeAll(async () => {
    api = await startApiTestApp({
      env: { AUTH_JWKS_URL: 'https://sso.example.go.id/jwks', OIDC_ISSUER_URL: 'https://sso.example.go.id', OIDC_CLIENT_ID: 'rujukan-console' },
    });
  });
  afterAll(() => api?.close());

  it('is refused, and the page is told to use the provider (Authorization Code with PKCE)', async () => {
    const http = request(api.app.getHttpServer());
    expect((await http.get('/web-config').expect(200)).body).toEqual({
      developmentSignIn: false,
      oidc: { issuer: 'https://sso.example.go.id', clientId: 'rujukan-console', scope: 'openid profile' },
    });
    const refused = await http.post('/auth/dev-sign-in').send({ agency: 'UPTD-PPA-64', role: 'caseworker', userId: 'cw' }).expect(403);
    expect(refused.body.code).toBe('AUTH.DEV_SIGN_IN_DISABLED');
    await http.get('/auth/dev-sign-in/agencies').expect(403);
  });
});
