import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { parseAppConfig } from '@rujukan/platform';
import { fastify } from 'fastify';
import { pino } from 'pino';
import { REDACTED_PATHS } from '@rujukan/platform';
import { logRequests } from './request-log.js';
import { fastifyOptions, securityHeaders } from './security.js';

/** A pino destination that keeps every line, parsed. */
function memoryStream() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, stream };
}

const SECRETS = ['Bearer eyJhbGciOiJIUzI1NiJ9.secret-token', 'session=abc123', 'Siti Rahma', '3509012345670001', 'Jl. Merdeka 1', 'x-proxy-secret'];

async function server(level: string) {
  const { lines, stream } = memoryStream();
  const app = fastify(fastifyOptions(parseAppConfig({ DEVELOPMENT_SECRETS: 'true' }), await securityHeaders()));
  logRequests(app, pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, stream));
  app.post('/cases/:id/register-victim', (_request, reply) => reply.code(201).header('Set-Cookie', 'session=abc123').send({}));
  app.get('/health', () => ({ status: 'ok' }));
  app.get('/broken', () => {
    throw new Error('boom');
  });
  await app.ready();
  return { app, lines };
}

describe('request logs', () => {
  it('log id, method, path and status of each request, never its body, headers or query string', async () => {
    const { app, lines } = await server('info');
    const answer = await app.inject({
      method: 'POST',
      url: '/cases/0b7c/register-victim?reason=Siti%20Rahma',
      headers: { authorization: SECRETS[0], cookie: SECRETS[1], 'proxy-authorization': SECRETS[5], 'x-request-id': 'req-42' },
      payload: { fullName: SECRETS[2], nik: SECRETS[3], address: SECRETS[4] },
    });
    expect(answer.statusCode).toBe(201);
    const line = lines.find((l) => l.msg === 'request completed');
    expect(line).toMatchObject({ req: { id: 'req-42', method: 'POST', path: '/cases/0b7c/register-victim' }, res: { statusCode: 201 } });
    expect(typeof line?.responseTime).toBe('number');
    const text = JSON.stringify(lines);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(text).not.toContain('reason=');
    await app.close();
  });

  it('skip /health, log a server error at error level, and give a forged request id a new one', async () => {
    const { app, lines } = await server('info');
    await app.inject({ method: 'GET', url: '/health' });
    await app.inject({ method: 'GET', url: '/broken', headers: { 'x-request-id': '{"msg":"forged"}' } });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50, msg: 'request errored', req: { method: 'GET', path: '/broken' }, res: { statusCode: 500 } });
    expect((lines[0]!.req as { id: string }).id).toMatch(/^[0-9a-f-]{36}$/);
    await app.close();
  });

  it('below info, write only the server errors', async () => {
    const { app, lines } = await server('warn');
    await app.inject({ method: 'POST', url: '/cases/0b7c/register-victim', payload: {} });
    await app.inject({ method: 'GET', url: '/broken' });
    expect(lines).toMatchObject([{ msg: 'request errored', res: { statusCode: 500 } }]);
    await app.close();
  });
});
