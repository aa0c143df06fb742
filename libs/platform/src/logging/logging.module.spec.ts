import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { AppLogger, REDACTED_PATHS, requestIdOf } from './logging.module.js';

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

describe("Nest's logger on pino", () => {
  it("writes the context Nest passes last, and an error's stack beside its message", () => {
    const { lines, stream } = memoryStream();
    const logger = new AppLogger(pino({ level: 'info' }, stream));
    logger.log('started', 'Bootstrap');
    logger.warn('careful', 'Security');
    logger.error('failed', 'Error: failed\n    at x', 'Errors');
    logger.debug('not at info', 'Quiet');
    expect(lines).toMatchObject([
      { level: 30, context: 'Bootstrap', msg: 'started' },
      { level: 40, context: 'Security', msg: 'careful' },
      { level: 50, context: 'Errors', msg: 'failed', stack: 'Error: failed\n    at x' },
    ]);
    expect(lines).toHaveLength(3);
  });
});
