import { createServer } from 'node:http';
import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { pinoHttp } from 'pino-http';
import request from 'supertest';
import { httpLoggingOptions, REDACTED_PATHS, requestIdOf } from './logging.module.js';

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

describe('request logs', () => {
  it('log id, method, path and status of each request, never its body, headers or query string', async () => {
    const { lines, stream } = memoryStream();
    const logger = pinoHttp({ ...httpLoggingOptions({ LOG_LEVEL: 'info' }), stream });
    const server = createServer((req, res) => {
      logger(req, res);
      req.resume();
      req.on('end', () => {
        res.setHeader('Set-Cookie', 'session=abc123');
        res.statusCode = 201;
        res.end('{}');
      });
    });
    await request(server)
      .post('/cases/0b7c/register-victim?reason=Siti%20Rahma')
      .set('Authorization', SECRETS[0]!)
      .set('Cookie', SECRETS[1]!)
      .set('Proxy-Authorization', SECRETS[5]!)
      .set('X-Request-Id', 'req-42')
      .send({ fullName: SECRETS[2], nik: SECRETS[3], address: SECRETS[4] })
      .expect(201)
      .expect('X-Request-Id', 'req-42');
    const line = lines.find((l) => l.msg === 'request completed');
    expect(line).toMatchObject({ req: { id: 'req-42', method: 'POST', path: '/cases/0b7c/register-victim' }, res: { statusCode: 201 } });
    const text = JSON.stringify(lines);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(text).not.toContain('reason=');
  });

  it('skip /health', async () => {
    const { lines, stream } = memoryStream();
    const logger = pinoHttp({ ...httpLoggingOptions({ LOG_LEVEL: 'info' }), stream });
    const server = createServer((req, res) => {
      logger(req, res);
      res.end('{}');
    });
    await request(server).get('/health').expect(200);
    expect(lines).toEqual([]);
  });
});

describe('redaction of whatever else is logged', () => {
  it('blanks authorization headers, cookies, bodies and identity fields handed to a logger by hand', () => {
    const { lines, stream } = memoryStream();
    const logger = pino({ redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, stream);
    logger.info({ req: { headers: { authorization: SECRETS[0], cookie: SECRETS[1], 'proxy-authorization': SECRETS[5], accept: 'application/json' } } });
    logger.info({ headers: { authorization: SECRETS[0], cookie: SECRETS[1] } });
    logger.info({ res: { headers: { 'set-cookie': SECRETS[1] } } });
    logger.info({ req: { body: { fullName: SECRETS[2] } } });
    logger.info({ body: { nik: SECRETS[3] } });
    logger.info({ victim: { name: SECRETS[2], nik: SECRETS[3], address: SECRETS[4] } });
    const text = JSON.stringify(lines);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(lines[0]).toMatchObject({ req: { headers: { authorization: '[redacted]', cookie: '[redacted]', accept: 'application/json' } } });
    expect(lines[3]).toMatchObject({ req: { body: '[redacted]' } });
  });
});

describe('request ids', () => {
  it("keep the caller's id when it is a plain token, and replace anything else", () => {
    expect(requestIdOf('req-42')).toBe('req-42');
    expect(requestIdOf('0b7c3f1e-9d1c-4a43-8a1e-2f3a4b5c6d7e')).toBe('0b7c3f1e-9d1c-4a43-8a1e-2f3a4b5c6d7e');
    for (const header of [undefined, '', 'a b', 'x'.repeat(129), '{"msg":"forged"}', ['a', 'b']]) {
      expect(requestIdOf(header)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
