import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
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
    const r = request(api.app.getHttpServer())
      [method](path)
      .set('Authorization', `Bearer ${await api.token(actor)}`);
    return body ? r.send(body) : r;
  };

  it('records and changes agencies, with every change an event in the directory stream', async () => {
    const put = await call(admin, 'put', '/admin/agencies/UPTD-PPA-65', {
      name: 'UPTD PPA Kalimantan Utara',
      type: 'uptd_ppa',
      provinceCode: '65',
      districtCode: '6503',
    });
    expect(put.status).toBe(200);
    await call(admin, 'put', '/admin/agencies/UPTD-PPA-65', { name: 'UPTD PPA Provinsi Kalimantan Utara', type: 'uptd_ppa', provinceCode: '65' });
    const list = await call(admin, 'get', '/admin/agencies');
    expect(list.body.agencies.filter((a: { code: string }) => a.code === 'UPTD-PPA-65')).toEqual([
      expect.objectContaining({
        code: 'UPTD-PPA-65',
        name: 'UPTD PPA Provinsi Kalimantan Utara',
        type: 'uptd_ppa',
        provinceCode: '65',
        districtCode: null,
        active: true,
        mergedInto: null,
        updatedBy: 'admin-kaltim',
      }),
    ]);
    const events = await api.app.get((await import('@rujukan/event-store')).EventStore).readStream('directory-agency-UPTD-PPA-65');
    expect(events.map((e) => [e.type, e.metadata.actor, e.data.name])).toEqual([
      ['AgencyRecorded', 'admin-kaltim', 'UPTD PPA Kalimantan Utara'],
      ['AgencyRecorded', 'admin-kaltim', 'UPTD PPA Provinsi Kalimantan Utara'],
    ]);
  });

  it('records a merger: the agency no longer acts and names where its work went; users are recorded only at agencies that act', async () => {
    const merged = await call(admin, 'put', '/admin/agencies/BP3MI-KALSEL', {
      name: 'BP3MI Kalimantan Selatan',
      type: 'bp2mi',
      provinceCode: '63',
      mergedInto: 'BP3MI-KALBAR',
    });
    expect(merged.body).toMatchObject({ active: false, mergedInto: 'BP3MI-KALBAR' });
    expect((await call(admin, 'put', '/admin/agencies/BP3MI-KALSEL', { name: 'x', type: 'bp2mi', mergedInto: 'NOWHERE-1' })).body.code).toBe('AGENCY.UNKNOWN');
    const user = await call(admin, 'put', '/admin/users/bp-1', { agency: 'BP3MI-KALSEL', role: 'bp2mi_officer', active: true });
    expect([user.status, user.body.code]).toEqual([422, 'AGENCY.INACTIVE']);
    expect((await call(admin, 'put', '/admin/users/bp-2', { agency: 'NOWHERE-2', role: 'bp2mi_officer', active: true })).body.code).toBe('AGENCY.UNKNOWN');
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
    expect(users.body.users.filter((u: { userId: string }) => u.userId === caseworker.userId)).toEqual([
      expect.objectContaining({ userId: 'cw-nunukan', active: false, updatedBy: 'admin-kaltim' }),
    ]);
  });

  it('refuses an administrator deactivating themselves, and reading any case', async () => {
    const self = await call(admin, 'put', `/admin/users/${admin.userId}`, { agency: admin.agency, role: 'administrator', active: false });
    expect(self.status).toBe(400);
    expect((await call(admin, 'get', '/cases/0b7c2f1e-5a3d-4c61-9a8e-1f2d3c4b5a60')).body).toMatchObject({
      code: 'AUTH.FORBIDDEN',
      details: { rule: 'permission' },
    });
  });
});

describe('with REQUIRE_REGISTERED_USERS', () => {
  let api: ApiTestApp;
  beforeAll(async () => {
    api = await startApiTestApp({ env: { USER_DIRECTORY_CACHE_MS: '0', REQUIRE_REGISTERED_USERS: 'true' } });
  });
  afterAll(() => api?.close());

  it('refuses users the administrators have not recorded', async () => {
    const get = async (actor: Actor) =>
      request(api.app.getHttpServer())
        .get('/queues/mine')
        .set('Authorization', `Bearer ${await api.token(actor, {}, { register: false })}`);
    const unknown = await get(caseworker);
    expect(unknown.status).toBe(403);
    expect(unknown.body.code).toBe('AUTH.USER_UNKNOWN');
  });

  it('refuses a token naming an agency the directory does not hold, or no longer has acting', async () => {
    const get = async (actor: Actor) =>
      request(api.app.getHttpServer())
        .get('/queues/mine')
        .set('Authorization', `Bearer ${await api.token(actor)}`);
    expect((await get({ userId: 'cw-nowhere', role: 'caseworker', agency: 'POLRES-ANTAH-BERANTAH' })).body.code).toBe('AUTH.AGENCY_UNKNOWN');
    await api.app.get(DataSource).query(`UPDATE agencies SET active = false WHERE code = 'UPTD-PPA-63'`);
    expect((await get({ userId: 'cw-kalsel', role: 'caseworker', agency: 'UPTD-PPA-63' })).body.code).toBe('AUTH.AGENCY_INACTIVE');
  });
});

describe('REQUIRE_REGISTERED_USERS is the default', () => {
  it('refuses to start without an active administrator, saying how to record one', async () => {
    const app = startApiTestApp({ env: { USER_DIRECTORY_CACHE_MS: '0' }, beforeStart: (db) => db.query(`DELETE FROM users`) });
    await expect(app).rejects.toThrow(/no active administrator.*npm run cli -- users put <userId> --agency <code> --role administrator/);
  });
});

describe('a token still trusted by the 60-second token cache, for a user or agency the directory stops', () => {
  let api: ApiTestApp;
  const police: Actor = { userId: 'pol-kalsel', role: 'police_investigator', agency: 'POLDA-KALSEL' };
  const social: Actor = { userId: 'dinsos-bjm', role: 'social_services_officer', agency: 'DINSOS-6371' };
  beforeAll(async () => {
    // Caches on, as in production: verified tokens for 60 s, directory records for 300 ms here.
    api = await startApiTestApp({ env: { USER_DIRECTORY_CACHE_MS: '300' } });
  });
  afterAll(() => api?.close());

  const get = async (actor: Actor) =>
    request(api.app.getHttpServer())
      .get('/queues/mine')
      .set('Authorization', `Bearer ${await api.token(actor)}`);
  const put = async (path: string, body: object) =>
    request(api.app.getHttpServer())
      .put(path)
      .set('Authorization', `Bearer ${await api.token(admin)}`)
      .send(body);

  it('is refused at its next request once an administrator deactivates the agency, or merges it away', async () => {
    expect((await get(police)).status).toBe(200);
    expect((await put('/admin/agencies/POLDA-KALSEL', { name: 'Polda Kalsel', type: 'police', provinceCode: '63', active: false })).status).toBe(200);
    expect((await get(police)).body.code).toBe('AUTH.AGENCY_INACTIVE');
    expect((await get(social)).status).toBe(200);
    expect(
      (await put('/admin/agencies/DINSOS-6371', { name: 'Dinsos Banjarmasin', type: 'social_services', provinceCode: '63', mergedInto: 'DINSOS-6471' })).status,
    ).toBe(200);
    expect((await get(social)).body.code).toBe('AUTH.AGENCY_INACTIVE');
  });

  it('is refused within USER_DIRECTORY_CACHE_MS when the directory changes behind the API (the CLI, another process)', async () => {
    const lpsk: Actor = { userId: 'lpsk-2', role: 'lpsk_officer', agency: 'LPSK' };
    expect((await get(lpsk)).status).toBe(200);
    await api.app.get(DataSource).query(`UPDATE users SET active = false WHERE user_id = 'lpsk-2'`);
    await new Promise((done) => setTimeout(done, 400));
    expect((await get(lpsk)).body.code).toBe('AUTH.USER_DEACTIVATED');
  });
});
