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
    api = await startApiTestApp({ env: { WEB_DIST_DIR: '/nonexistent/rujukan-web' } });
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
    expect(agencies.map((a) => a.code).sort()).toEqual(['POLDA-KALTIM', 'UPTD-PPA-64']);
    const signIn = await http().post('/auth/dev-sign-in').send({ agency: 'UPTD-PPA-64', role: 'caseworker', userId: 'cw-kaltim' }).expect(200);
    expect(signIn.body.actor).toEqual({ userId: 'cw-kaltim', role: 'caseworker', agency: 'UPTD-PPA-64' });
    await http().get('/queues/mine').set('Authorization', `Bearer ${signIn.body.token}`).expect(200);
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
      (await http().get(`/cases/${caseId}/actions`).set('Authorization', `Bearer ${await api.token(actor)}`).expect(200)).body as {
        actions: Array<{ command: string; targets?: { ids: string[] } }>;
        blocked: Array<{ command: string; code: string }>;
      };
    const atIntake = await actionsOf(caseworker);
    const commands = atIntake.actions.map((a) => a.command);
    expect(commands).toEqual(expect.arrayContaining(['RegisterVictim', 'RecordConsent', 'SendReferral', 'RequestClosure']));
    // Assessment commands belong to the assessment stage; approvals to supervisors.
    expect(commands).not.toContain('RecordAssessment');
    expect(commands).not.toContain('ApproveClosure');
    // Advancing is the caseworker's, but the intake requirements are not met yet: blocked, with the domain's code.
    expect(atIntake.blocked).toContainEqual(expect.objectContaining({ command: 'AdvanceStage', code: 'CASE.STAGE_REQUIREMENTS_NOT_MET' }));
    expect((await actionsOf(supervisor)).actions.map((a) => a.command)).toContain('EraseIdentity');

    // An agency with no claim on the case learns nothing, not even that it exists.
    await http().get(`/cases/${caseId}/actions`).set('Authorization', `Bearer ${await api.token(police)}`).expect(404);

    await api.post(`/cases/${caseId}/register-victim`, { initials: 'SR', sex: 'female', birthYear: 2001, isChild: false, nationality: 'ID', originProvinceCode: '35', originDistrictCode: '3509' }, caseworker);
    await api.post(`/cases/${caseId}/record-consent`, { consentId: 'c1', scope: 'process', evidenceRef: 'DOC-1' }, caseworker);
    const sent = await api.post(
      `/cases/${caseId}/send-referral`,
      { toAgency: 'POLDA-KALTIM', toAgencyType: 'police', service: 'law_enforcement', reason: 'report', responseDeadline: new Date(Date.now() + 86_400_000).toISOString(), sharesIdentity: false },
      caseworker,
    );
    const referralId = sent.body.referralId as string;
    const forPolice = await actionsOf(police);
    expect(forPolice.actions.map((a) => a.command).sort()).toEqual(['AcceptReferral', 'DeclineReferral']);
    expect(forPolice.actions.find((a) => a.command === 'AcceptReferral')?.targets?.ids).toEqual([referralId]);
    expect((await actionsOf(caseworker)).actions.find((a) => a.command === 'WithdrawReferral')?.targets?.ids).toEqual([referralId]);

    await api.post(`/referrals/${referralId}/decline`, { reason: 'not ours' }, police);
    // Answered: nothing left for the police to do, and nothing to withdraw.
    expect((await actionsOf(police)).actions).toEqual([]);
    expect((await actionsOf(caseworker)).actions.map((a) => a.command)).not.toContain('WithdrawReferral');
  });

  it('lists the directory to every case role for its forms, and to no one else', async () => {
    const listed = await http().get('/agencies').set('Authorization', `Bearer ${await api.token(police)}`).expect(200);
    expect(listed.body.agencies).toHaveLength(2);
    const auditor: Actor = { userId: 'aud-1', role: 'auditor', agency: 'ITJEN' };
    await http().get('/agencies').set('Authorization', `Bearer ${await api.token(auditor)}`).expect(403);
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
