import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { resolve } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { SHIPPED_DIRECTORY_FILE } from '@rujukan/commands';
import { DirectorySeed } from '../../apps/api/src/admin/directory-seed.service.js';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

const SHIPPED = resolve(import.meta.dirname, '../..', SHIPPED_DIRECTORY_FILE);

// What `npm start` sets: the console can be signed into at once on a fresh installation.
describe('the development configuration of npm start', () => {
  let api: ApiTestApp;
  const http = () => request(api.app.getHttpServer());
  const count = async (sql: string, parameters: unknown[] = []) =>
    Number(((await api.app.get(DataSource).query(sql, parameters)) as Array<{ n: string }>)[0]!.n);

  beforeAll(async () => {
    api = await startApiTestApp({
      emptyDirectory: true,
      env: { DIRECTORY_SEED_FILE: SHIPPED, AUTH_DEV_SIGN_IN: 'true', DEVELOPMENT_SECRETS: 'true', REQUIRE_REGISTERED_USERS: 'true' },
    });
  }, 120_000);

  afterAll(async () => {
    await api?.close();
  });

  it('fills an empty directory from the shipped file at start, so the sign-in lists every agency', async () => {
    const { body } = await http().get('/auth/dev-sign-in/agencies').expect(200);
    const codes = (body as { agencies: Array<{ code: string }> }).agencies.map((agency) => agency.code);
    expect(codes).toEqual(expect.arrayContaining(['UPTD-PPA-64', 'POLDA-PAPUA-TENGAH', 'BP3MI-NUNUKAN', 'LPSK']));
    expect(await count(`SELECT count(*) AS n FROM events WHERE stream_name = 'directory-agency-UPTD-PPA-64' AND metadata->>'actor' = 'directory-seed'`)).toBe(
      1,
    );
  });

  it('leaves a directory that holds any agency alone', async () => {
    const dataSource = api.app.get(DataSource);
    await dataSource.query(`DELETE FROM agencies WHERE code <> 'UPTD-PPA-64'`);
    await api.app.get(DirectorySeed).onApplicationBootstrap();
    expect(await count(`SELECT count(*) AS n FROM agencies`)).toBe(1);
  });

  it('records the user the development sign-in signs in, so its token passes the directory at once', async () => {
    const signIn = { agency: 'UPTD-PPA-64', role: 'caseworker', userId: 'cw-first-day' };
    const { body } = await http().post('/auth/dev-sign-in').send(signIn).expect(200);
    await http().get('/queues/mine').set('Authorization', `Bearer ${body.token}`).expect(200);
    expect(await api.app.get(DataSource).query(`SELECT agency, role, active, updated_by FROM users WHERE user_id = 'cw-first-day'`)).toEqual([
      { agency: 'UPTD-PPA-64', role: 'caseworker', active: true, updated_by: 'development-sign-in' },
    ]);
    // Signing in again as the same records nothing new; as another agency or role, the directory's record stands.
    await http().post('/auth/dev-sign-in').send(signIn).expect(200);
    expect(await count(`SELECT count(*) AS n FROM events WHERE stream_name = 'directory-user-cw-first-day'`)).toBe(1);
    const other = await http()
      .post('/auth/dev-sign-in')
      .send({ ...signIn, role: 'supervisor' })
      .expect(400);
    expect(other.body.errors).toEqual([{ field: 'userId', reason: expect.stringContaining('recorded at UPTD-PPA-64 as caseworker') }]);
    expect(await count(`SELECT count(*) AS n FROM events WHERE stream_name = 'directory-user-cw-first-day'`)).toBe(1);
  });

  it('never reactivates a user the directory deactivated', async () => {
    await api.app
      .get(DataSource)
      .query(`INSERT INTO users (user_id, agency, role, active, updated_by) VALUES ('cw-gone', 'UPTD-PPA-64', 'caseworker', false, 'admin-1')`);
    const refused = await http().post('/auth/dev-sign-in').send({ agency: 'UPTD-PPA-64', role: 'caseworker', userId: 'cw-gone' }).expect(400);
    expect(refused.body.errors[0].reason).toContain('(deactivated)');
    expect(await count(`SELECT count(*) AS n FROM users WHERE user_id = 'cw-gone' AND active`)).toBe(0);
  });
});
