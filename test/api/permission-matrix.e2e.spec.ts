import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PERMISSION_MATRIX, ROLES, isPermitted, type Actor, type Permission, type Role } from '@rujukan/domain';
import request from 'supertest';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

interface Operation {
  method: 'get' | 'post' | 'put';
  path: string;
  permission: Permission;
}

const SOME_ID = '0b7c2f1e-5a3d-4c61-9a8e-1f2d3c4b5a60';

/**
 * Every role against every route, generated from the running app's own OpenAPI document: each secured
 * operation must name its permission (x-permission), and the guard must answer exactly as the matrix says.
 */
describe('the permission matrix over HTTP', () => {
  let api: ApiTestApp;
  let operations: Operation[];

  beforeAll(async () => {
    api = await startApiTestApp();
    const document = (await request(api.app.getHttpServer()).get('/docs-json')).body as {
      paths: Record<string, Record<string, { security?: unknown[]; 'x-permission'?: { permission: Permission; roles: string[] } }>>;
    };
    operations = [];
    const undeclared: string[] = [];
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        if (!operation.security) continue;
        const declared = operation['x-permission'];
        if (!declared) {
          undeclared.push(`${method.toUpperCase()} ${path}`);
          continue;
        }
        expect(declared.roles).toEqual([...PERMISSION_MATRIX[declared.permission]]);
        operations.push({ method: method as Operation['method'], path: path.replace(/\{[^}]+\}/g, SOME_ID), permission: declared.permission });
      }
    }
    expect(undeclared).toEqual([]);
  });
  afterAll(() => api?.close());

  it('covers every command and query route of the service', () => {
    const permissions = new Set(operations.map((o) => o.permission));
    const routed = (Object.keys(PERMISSION_MATRIX) as Permission[]).filter(
      // Only the deadline sweep issues these, in process; they have no route.
      (p) => !['ExpireReferral', 'FlagOverdueService'].includes(p),
    );
    expect(routed.filter((p) => !permissions.has(p))).toEqual([]);
    expect(operations.length).toBeGreaterThanOrEqual(routed.length);
  });

  it('answers every role on every route as the matrix says: 403 `permission` where it names no such role, past the guard where it does', async () => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const operation of operations) {
      for (const role of ROLES) {
        const actor: Actor = { userId: `user-${role}`, role, agency: 'UPTD-PPA-64' };
        const token = await api.token(actor);
        const server = api.app.getHttpServer();
        const call =
          operation.method === 'get' ? request(server).get(operation.path) : request(server)[operation.method](operation.path).send({});
        const response = await call.set('Authorization', `Bearer ${token}`);
        const refusedByMatrix = response.status === 403 && response.body?.details?.rule === 'permission';
        outcomes.push(`${operation.method} ${operation.path} ${role}: ${refusedByMatrix ? 'refused' : 'passed'}`);
        expected.push(`${operation.method} ${operation.path} ${role}: ${isPermitted(role as Role, operation.permission) ? 'passed' : 'refused'}`);
        // Past the guard, a request may still fail on its own terms, but never with a server error.
        expect(response.status).toBeLessThan(500);
      }
    }
    expect(outcomes).toEqual(expected);
    // Every role on every route, one request at a time: well over 30 s when the machine is shared.
  }, 120_000);
});
