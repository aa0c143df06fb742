import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PERMISSION_MATRIX, type Actor, type Permission, type Role } from '@rujukan/domain';
import request from 'supertest';
import { PATH_ID_REASON } from '../../apps/api/src/http/path-id.interceptor.js';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

interface Operation {
  method: 'get' | 'post' | 'put';
  path: string;
  permission: Permission | null;
}

const NOT_IDS = ['not-a-uuid', '1', "1'%20OR%20'1'='1", '0b7c2f1e5a3d4c619a8e1f2d3c4b5a60', '0b7c2f1e-5a3d-4c61-9a8e-1f2d3c4b5a6g', `${'a'.repeat(300)}`];

/**
 * Every route with an `:id` in its path, taken from the running app's OpenAPI document: an id that is not a UUID is
 * a 400 that names `id` and says what it must be, never "the request body is not valid JSON", a 404 or a 500.
 */
describe('path parameters that are not an id', () => {
  let api: ApiTestApp;
  let operations: Operation[];

  beforeAll(async () => {
    api = await startApiTestApp();
    const document = (await request(api.app.getHttpServer()).get('/docs-json')).body as {
      paths: Record<string, Record<string, { 'x-permission'?: { permission: Permission } }>>;
    };
    operations = Object.entries(document.paths)
      .filter(([path]) => path.includes('{id}'))
      .flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => ({
          method: method as Operation['method'],
          path,
          permission: operation['x-permission']?.permission ?? null,
        })),
      );
  });
  afterAll(() => api?.close());

  it('finds the routes: case, referral, transfer, audit and identity routes all take an id', () => {
    const paths = new Set(operations.map((o) => o.path));
    for (const path of [
      '/cases/{id}',
      '/cases/{id}/timeline',
      '/cases/{id}/identity',
      '/cases/{id}/actions',
      '/cases/{id}/send-referral',
      '/referrals/{id}/accept',
      '/transfers/{id}/decline',
      '/audit/cases/{id}/verify',
    ]) {
      expect(paths).toContain(path);
    }
  });

  it('answers 400 VALIDATION.FAILED naming id on every one of them, for every role that may call it', async () => {
    const answers: string[] = [];
    for (const operation of operations) {
      const role = (operation.permission ? PERMISSION_MATRIX[operation.permission][0] : 'caseworker') as Role;
      const actor: Actor = { userId: `user-${role}`, role, agency: role === 'caseworker' || role === 'supervisor' ? 'UPTD-PPA-64' : 'POLDA-KALTIM' };
      const token = await api.token(actor);
      for (const notId of NOT_IDS) {
        const path = operation.path.replace('{id}', notId);
        const server = api.app.getHttpServer();
        const call = operation.method === 'get' ? request(server).get(path) : request(server)[operation.method](path).send({});
        const response = await call.query(path.startsWith('/audit') ? { reason: 'checking the path parameters' } : {}).set('Authorization', `Bearer ${token}`);
        const ok =
          response.status === 400 &&
          response.body.code === 'VALIDATION.FAILED' &&
          JSON.stringify(response.body.errors) === JSON.stringify([{ field: 'id', reason: PATH_ID_REASON }]);
        answers.push(
          `${operation.method.toUpperCase()} ${operation.path} ${notId.slice(0, 40)}: ${ok ? 'refused, naming id' : `${response.status} ${JSON.stringify(response.body).slice(0, 160)}`}`,
        );
      }
    }
    expect(answers.filter((a) => !a.endsWith('refused, naming id'))).toEqual([]);
    expect(answers.length).toBe(operations.length * NOT_IDS.length);
  }, 120_000);

  it('says a path that cannot be decoded is malformed, not that the body is', async () => {
    const caseworker: Actor = { userId: 'cw', role: 'caseworker', agency: 'UPTD-PPA-64' };
    const response = await request(api.app.getHttpServer())
      .get('/cases/%E0%A4%A')
      .set('Authorization', `Bearer ${await api.token(caseworker)}`);
    expect({ status: response.status, body: response.body }).toEqual({
      status: 400,
      body: { code: 'REQUEST.MALFORMED', message: 'the request path is not valid percent-encoding' },
    });
  });

  it('still answers a well-formed id that names nothing with 404', async () => {
    const caseworker: Actor = { userId: 'cw', role: 'caseworker', agency: 'UPTD-PPA-64' };
    const response = await request(api.app.getHttpServer())
      .get('/cases/0b7c2f1e-5a3d-4c61-9a8e-1f2d3c4b5a60')
      .set('Authorization', `Bearer ${await api.token(caseworker)}`);
    expect(response.status).toBe(404);
  });
});
