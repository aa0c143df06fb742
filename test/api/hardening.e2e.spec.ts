import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { GUARDS_METADATA } from '@nestjs/common/constants.js';
import { InternalServerErrorException } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { Actor } from '@rujukan/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { BearerAuthGuard } from '../../apps/api/src/auth/bearer-auth.guard.js';
import { CaseCommandsService } from '../../apps/api/src/cases/case-commands.service.js';
import { UserRateLimitGuard } from '../../apps/api/src/rate-limit/rate-limit.js';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

const caseworker: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: 'UPTD-PPA-64' };
const OPEN = { channel: 'port', reporterType: 'government_agency', districtCode: '6503' };
// What a database error or a careless message might quote; none of it may reach a client.
const INTERNALS = ['Siti Rahma', 'rm_case_summaries', 'relation', 'duplicate key', 'password', ' at ', '.ts:', 'stack'];

describe('HTTP hardening with the default configuration', () => {
  let api: ApiTestApp;
  const http = () => request(api.app.getHttpServer());

  beforeAll(async () => {
    api = await startApiTestApp();
  });

  afterAll(async () => {
    await api?.close();
  });

  describe('security headers', () => {
    it('sends a locked-down policy with every API answer, and marks it uncacheable', async () => {
      const response = await http().get('/health').expect(200);
      expect(response.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'");
      expect(response.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
        'cross-origin-resource-policy': 'same-origin',
      });
      expect(response.headers['cache-control']).toContain('no-store');
      expect(response.headers['strict-transport-security']).toMatch(/^max-age=\d+/);
      expect(response.headers['x-powered-by']).toBeUndefined();
    });

    it('sends them with errors too', async () => {
      const response = await http().get('/no-such-route').expect(404);
      expect(response.headers['content-security-policy']).toContain("default-src 'none'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    });

    it('lets Swagger UI at /docs load its own scripts, styles and images, and nothing from elsewhere', async () => {
      const page = await http().get('/docs').expect(200);
      const csp = page.headers['content-security-policy'] as string;
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("img-src 'self' data:");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      // Every script the page runs is a file under /docs ('self'); an inline one would be blocked.
      const scripts = [...page.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attributes, body] of scripts) {
        expect(body!.trim()).toBe('');
        const src = /src="([^"]+)"/.exec(attributes!)?.[1];
        // Resolved as the browser does against the page's own URL, /docs: a same-origin file under /docs.
        const path = new URL(src!, 'http://api.example/docs').pathname;
        expect(path).toMatch(/^\/docs\//);
        await http().get(path).expect(200);
      }
      await http().get('/docs/swagger-ui.css').expect(200);
      expect((await http().get('/docs-json').expect(200)).body.info.title).toBe('Rujukan');
    });

    it("gives every answer a request id, keeping the caller's when it is a plain token", async () => {
      expect((await http().get('/health').expect(200)).headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect((await http().get('/health').set('X-Request-Id', 'trace-7').expect(200)).headers['x-request-id']).toBe('trace-7');
      expect((await http().get('/health').set('X-Request-Id', 'not a token').expect(200)).headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe('CORS is closed unless CORS_ORIGINS names origins', () => {
    it('sends no CORS header to a cross-origin request or a preflight', async () => {
      const simple = await http().get('/health').set('Origin', 'https://app.example.go.id').expect(200);
      const preflight = await http()
        .options('/cases')
        .set('Origin', 'https://app.example.go.id')
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'authorization,content-type');
      for (const response of [simple, preflight]) {
        expect(Object.keys(response.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
      }
      expect(preflight.status).toBe(404);
    });
  });

  describe('request bodies', () => {
    const padded = (bytes: number) => ({ ...OPEN, padding: 'x'.repeat(bytes) });

    it('refuses a JSON body over 64 KiB with 413 and the API error body, before validating or writing anything', async () => {
      const response = await api.post('/cases', padded(70 * 1024), caseworker);
      expect(response.status).toBe(413);
      expect(response.body).toEqual({
        code: 'REQUEST.TOO_LARGE',
        message: 'the request body is larger than 65536 bytes',
        details: { limitBytes: 65_536 },
      });
    });

    it('reads a body just under the limit (and validation then refuses the unknown field)', async () => {
      const response = await api.post('/cases', padded(60 * 1024), caseworker);
      expect(response.status).toBe(400);
      expect(response.body.errors).toContainEqual({ field: 'padding', reason: 'padding is not an allowed field' });
    });

    it('refuses a body that is not JSON with 415', async () => {
      const token = await api.token(caseworker);
      for (const [type, body] of [
        ['text/plain', JSON.stringify(OPEN)],
        ['application/x-www-form-urlencoded', 'channel=port&reporterType=government_agency&districtCode=6503'],
        ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="channel"\r\n\r\nport\r\n--x--'],
        ['application/xml', '<case/>'],
      ]) {
        const response = await http().post('/cases').set('Authorization', `Bearer ${token}`).set('Content-Type', type!).send(body!);
        expect(response.status).toBe(415);
        expect(response.body).toMatchObject({ code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE', message: expect.stringContaining('application/json') });
      }
      const noType = await http()
        .post('/cases')
        .set('Authorization', `Bearer ${token}`)
        .send(Buffer.from(JSON.stringify(OPEN)));
      expect(noType.status).toBe(415);
    });

    it('refuses JSON in a charset other than UTF-8 with 415', async () => {
      // UTF-16 was decoded and then refused as malformed (400); found by the fuzz specs.
      for (const charset of ['latin1', 'utf-16', '"UTF-32"']) {
        const response = await http()
          .post('/cases')
          .set('Authorization', `Bearer ${await api.token(caseworker)}`)
          .set('Content-Type', `application/json; charset=${charset}`)
          .send(JSON.stringify(OPEN));
        expect({ charset, status: response.status, code: response.body.code }).toEqual({ charset, status: 415, code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE' });
      }
    });

    it('still takes JSON with a charset, and a POST without a body', async () => {
      const token = await api.token(caseworker);
      const opened = await http()
        .post('/cases')
        .set('Authorization', `Bearer ${token}`)
        .set('Content-Type', 'application/json; charset=utf-8')
        .send(JSON.stringify(OPEN));
      expect(opened.status).toBe(201);
      const empty = await http().post(`/cases/${opened.body.caseId}/approve-closure`).set('Authorization', `Bearer ${token}`);
      expect(empty.status).not.toBe(415);
      expect(empty.body.code).toBe('AUTH.FORBIDDEN');
    });
  });

  describe('unexpected errors say nothing about internals', () => {
    it('answers a handler that throws with 500, a generic message and the request id, never the error message or stack', async () => {
      const service = api.app.get(CaseCommandsService);
      for (const error of [
        new Error('duplicate key value violates unique constraint "victims_pkey": Siti Rahma'),
        new InternalServerErrorException('password authentication failed for user "rujukan"'),
        new TypeError("Cannot read properties of undefined (reading 'stack')"),
      ]) {
        const spy = jest.spyOn(service, 'execute').mockRejectedValueOnce(error);
        try {
          const response = await api.post('/cases', OPEN, caseworker, { 'X-Request-Id': 'trace-500' });
          expect(response.status).toBe(500);
          expect(response.body).toEqual({ code: 'INTERNAL', message: 'internal error; quote the request id to an operator', requestId: 'trace-500' });
          for (const internal of INTERNALS) expect(response.text).not.toContain(internal);
        } finally {
          spy.mockRestore();
        }
      }
    });

    it('answers a real database failure with 500 and no trace of the SQL error', async () => {
      const dataSource = api.app.get(DataSource);
      await dataSource.query('ALTER TABLE rm_case_summaries RENAME TO rm_case_summaries_hidden');
      try {
        const response = await request(api.app.getHttpServer())
          .get(`/cases/${randomUUID()}`)
          .set('Authorization', `Bearer ${await api.token(caseworker)}`);
        expect(response.status).toBe(500);
        expect(response.body).toEqual({ code: 'INTERNAL', message: expect.any(String), requestId: response.headers['x-request-id'] });
        for (const internal of INTERNALS) expect(response.text).not.toContain(internal);
      } finally {
        await dataSource.query('ALTER TABLE rm_case_summaries_hidden RENAME TO rm_case_summaries');
      }
    });
  });

  describe('rate limit wiring', () => {
    it('counts every authenticated route per user only after its bearer token is verified', () => {
      const guarded: string[] = [];
      for (const module of api.app.get(ModulesContainer).values()) {
        for (const { metatype } of module.controllers.values()) {
          if (!metatype) continue;
          const methods = Object.getOwnPropertyNames(metatype.prototype).filter((name) => name !== 'constructor');
          const targets = [metatype, ...methods.map((name) => (metatype.prototype as Record<string, unknown>)[name])];
          for (const target of targets) {
            const guards = (typeof target === 'function' && Reflect.getMetadata(GUARDS_METADATA, target)) || [];
            const bearer = guards.indexOf(BearerAuthGuard);
            if (bearer === -1) {
              expect(guards).not.toContain(UserRateLimitGuard);
              continue;
            }
            expect(guards[bearer + 1]).toBe(UserRateLimitGuard);
            guarded.push(metatype.name);
          }
        }
      }
      expect(guarded.sort()).toEqual([
        'AuditController',
        'CaseCommandsController',
        'CaseQueriesController',
        'ConsoleQueriesController',
        'DirectoryController',
        'DocumentsController',
        'DuplicatesController',
        'ExportsController',
        'IdentityController',
        'LettersController',
        'MousController',
        'NotificationsController',
        'PlansController',
        'QueueController',
        'StatsController',
        'StatsReportController',
      ]);
    });
  });
});

describe('HTTP hardening with CORS_ORIGINS', () => {
  let api: ApiTestApp;
  const http = () => request(api.app.getHttpServer());
  const ALLOWED = 'https://app.example.go.id';

  beforeAll(async () => {
    api = await startApiTestApp({ env: { CORS_ORIGINS: `${ALLOWED},http://localhost:5173` } });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('allows exactly the named origins, without credentials, and exposes the headers clients read', async () => {
    const response = await http().get('/health').set('Origin', ALLOWED).expect(200);
    expect(response.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(response.headers['access-control-allow-credentials']).toBeUndefined();
    expect(response.headers['access-control-expose-headers']).toBe('Idempotent-Replayed,Retry-After,X-Read-Model-Behind,X-Request-Id');
    expect(response.headers.vary).toContain('Origin');
  });

  it('answers a preflight from a named origin with the methods and headers the API takes', async () => {
    const response = await http()
      .options('/cases')
      .set('Origin', 'http://localhost:5173')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization,content-type,idempotency-key');
    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(response.headers['access-control-allow-methods']).toBe('GET,POST');
    expect(response.headers['access-control-allow-headers']).toContain('Authorization');
    expect(response.headers['access-control-allow-headers']).toContain('Idempotency-Key');
  });

  it('sends no allow-origin to any other origin, a look-alike or a sub-domain', async () => {
    for (const origin of [
      'https://evil.example.com',
      'https://app.example.go.id.evil.com',
      'http://app.example.go.id',
      'https://x.app.example.go.id',
      'null',
    ]) {
      const simple = await http().get('/health').set('Origin', origin).expect(200);
      const preflight = await http().options('/cases').set('Origin', origin).set('Access-Control-Request-Method', 'POST');
      expect(simple.headers['access-control-allow-origin']).toBeUndefined();
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    }
  });
});

describe('rate limits', () => {
  let api: ApiTestApp;
  const http = () => request(api.app.getHttpServer());
  const userA: Actor = { userId: 'cw-1', role: 'caseworker', agency: 'UPTD-PPA-64' };
  const sameIdOtherAgency: Actor = { userId: 'cw-1', role: 'caseworker', agency: 'UPTD-PPA-61' };
  const userB: Actor = { userId: 'cw-2', role: 'caseworker', agency: 'UPTD-PPA-64' };

  beforeAll(async () => {
    // The same user id at two agencies: the directory would refuse one of them, so it keeps no users here.
    api = await startApiTestApp({ env: { RATE_LIMIT_PER_USER_PER_MINUTE: '3', RATE_LIMIT_PER_IP_PER_MINUTE: '10', REQUIRE_REGISTERED_USERS: 'false' } });
  });

  afterAll(async () => {
    await api?.close();
  });

  const queue = async (actor: Actor | null, token?: string) =>
    http()
      .get('/queues/mine')
      .set('Authorization', `Bearer ${token ?? (actor ? await api.token(actor, {}, { register: false }) : 'none')}`);

  const expectLimited = (response: request.Response, scope: 'user' | 'ip', limitPerMinute: number) => {
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(response.body).toEqual({
      code: 'REQUEST.RATE_LIMITED',
      message: expect.stringMatching(/^too many requests .*; retry after \d+ s$/),
      details: { scope, limitPerMinute, retryAfterSeconds: retryAfter },
    });
  };

  // One sequence, as the counts carry over: every request below also counts against 127.0.0.1 (limit 10).
  it('limits each user (id + agency) and then each address, signed in or not, failed logins included', async () => {
    for (let i = 0; i < 3; i++) expect((await queue(userA)).status).toBe(200); // ip 1-3
    expectLimited(await queue(userA), 'user', 3); // ip 4
    expect((await queue(sameIdOtherAgency)).status).toBe(200); // ip 5: the same user id at another agency is someone else
    expect((await queue(userB)).status).toBe(200); // ip 6
    // /health reads no token: a user over the limit can still reach it (ip 7).
    await http()
      .get('/health')
      .set('Authorization', `Bearer ${await api.token(userA)}`)
      .expect(200);
    for (let i = 0; i < 3; i++) {
      const failed = await queue(null, 'not-a-token'); // ip 8-10
      expect(failed.status).toBe(401);
    }
    expectLimited(await queue(null, 'not-a-token'), 'ip', 10);
    expectLimited(await http().get('/health'), 'ip', 10);
    expectLimited(await queue(userB), 'ip', 10);
    expectLimited(await api.post('/cases', OPEN, null), 'ip', 10);
    // Before routing and body parsing: the docs, unknown paths and oversized bodies are turned away too.
    expectLimited(await http().get('/docs'), 'ip', 10);
    expectLimited(await http().get('/no-such-route'), 'ip', 10);
    expectLimited(await api.post('/cases', { padding: 'x'.repeat(100_000) }, userB), 'ip', 10);
  });
});
