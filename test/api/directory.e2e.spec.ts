import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import request from 'supertest';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

const admin: Actor = { userId: 'admin-kaltim', role: 'administrator', agency: 'DP3A-KALTIM' };
const caseworker: Actor = { userId: 'cw-nunukan', role: 'caseworker', agency: 'UPTD-PPA-65' };

describe('the directory administrators keep', () => {
  let api: ApiTestApp;

  beforeAll(async () => {
    api = await startApiTestApp({ env: { USER_DIRECTORY_CACHE_MS: '0' } });
  });
  afterAll(() => api?.close());

  const call = async (actor: Actor, method: 'get' | 'put', path: string, body?: object) => {
    const r = request(api.app.getHttpServer())[method](path).set('Authorization', `Bearer ${await api.token(actor)}`);
    return body ? r.send(body) : r;
  };

  it('records and changes agencies, with every change an event in the directory stream', async () => {
    const put = await call(admin, 'put', '/admin/agencies/UPTD-PPA-65', { name: 'UPTD PPA Kalimantan Utara', type: 'uptd_ppa', provinceCode: '65', districtCode: '6503' });
    expect(put.status).toBe(200);
    await call(admin, 'put', '/admin/agencies/UPTD-PPA-65', { name: 'UPTD PPA Provinsi Kalimantan Utara', type: 'uptd_ppa', provinceCode: '65' });
    const list = await call(admin, 'get', '/admin/agencies');
    expect(list.body.agencies).toEqual([
      expect.objectContaining({ code: 'UPTD-PPA-65', name: 'UPTD PPA Provinsi Kalimantan Utara', type: 'uptd_ppa', provinceCode: '65', districtCode: null, updatedBy: 'admin-kaltim' }),
    ]);
    const events = await api.app.get((await import('@rujukan/event-store')).EventStore).readStream('directory-agency-UPTD-PPA-65');
    expect(events.map((e) => [e.type, e.metadata.actor, e.data.name])).toEqual([
      ['AgencyRecorded', 'admin-kaltim', 'UPTD PPA Kalimantan Utara'],
      ['AgencyRecorded', 'admin-kaltim', 'UPTD PPA Provinsi Kalimantan Utara'],
    ]);
  });

  it('refuses a bad agency with the field and the reason', async () => {
    const bad = await call(admin, 'put', '/admin/agencies/UPTD-PPA-65', { name: 'x', type: 'bank', districtCode: '3509', provinceCode: '65' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['districtCode', 'type']);
    expect((await call(admin, 'put', '/admin/agencies/bad code!', { name: 'x', type: 'police' })).status).toBe(400);
  });

  it('deactivating a user refuses their next request at once, and a token contradicting the record is refused', async () => {
    expect((await call(caseworker, 'get', '/queues/mine')).status).toBe(200);
    await call(admin, 'put', `/admin/users/${caseworker.userId}`, { agency: caseworker.agency, role: 'caseworker', active: true });
    expect((await call(caseworker, 'get', '/queues/mine')).status).toBe(200);
    // The same user presenting another agency's token: the directory says otherwise.
    const elsewhere = await call({ ...caseworker, agency: 'UPTD-PPA-64' }, 'get', '/queues/mine');
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.code).toBe('AUTH.CLAIMS_MISMATCH');

    await call(admin, 'put', `/admin/users/${caseworker.userId}`, { agency: caseworker.agency, role: 'caseworker', active: false });
    const refused = await call(caseworker, 'get', '/queues/mine');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('AUTH.USER_DEACTIVATED');
    const users = await call(admin, 'get', '/admin/users');
    expect(users.body.users).toEqual([expect.objectContaining({ userId: 'cw-nunukan', active: false, updatedBy: 'admin-kaltim' })]);
  });

  it('refuses an administrator deactivating themselves, and reading any case', async () => {
    const self = await call(admin, 'put', `/admin/users/${admin.userId}`, { agency: admin.agency, role: 'administrator', active: false });
    expect(self.status).toBe(400);
    expect((await call(admin, 'get', '/cases/0b7c2f1e-5a3d-4c61-9a8e-1f2d3c4b5a60')).body).toMatchObject({ code: 'AUTH.FORBIDDEN', details: { rule: 'permission' } });
  });
});

describe('with REQUIRE_REGISTERED_USERS', () => {
  let api: ApiTestApp;
  beforeAll(async () => {
    api = await startApiTestApp({ env: { USER_DIRECTORY_CACHE_MS: '0', REQUIRE_REGISTERED_USERS: 'true' } });
  });
  afterAll(() => api?.close());

  it('refuses users the administrators have not recorded', async () => {
    const get = async (actor: Actor) => request(api.app.getHttpServer()).get('/queues/mine').set('Authorization', `Bearer ${await api.token(actor)}`);
    const unknown = await get(caseworker);
    expect(unknown.status).toBe(403);
    expect(unknown.body.code).toBe('AUTH.USER_UNKNOWN');
  });
});
