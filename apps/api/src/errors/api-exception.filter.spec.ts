import { describe, expect, it } from '@jest/globals';
import { ServiceUnavailableException, type ArgumentsHost } from '@nestjs/common';
import { EventStoreUnavailableError } from '@rujukan/event-store';
import { ApiError } from './api-error.js';
import { ApiExceptionFilter } from './api-exception.filter.js';

function answer(exception: unknown) {
  const headers: Record<string, string> = {};
  let status = 0;
  let body: unknown;
  // Fastify's reply, as far as the filter uses it.
  const response = {
    code(code: number) {
      status = code;
      return response;
    },
    header(name: string, value: string) {
      if (name.toLowerCase() !== 'content-type') headers[name.toLowerCase()] = value;
      return response;
    },
    send(value: unknown) {
      body = value;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => response, getRequest: () => ({ id: 'req-1' }) }) } as unknown as ArgumentsHost;
  new ApiExceptionFilter().catch(exception, host);
  return { status, headers, body };
}

describe('ApiExceptionFilter on an unavailable database', () => {
  it('answers a refused connection 503 SERVICE.UNAVAILABLE with Retry-After, not 500', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(answer(refused)).toEqual({
      status: 503,
      headers: { 'retry-after': '1' },
      body: { code: 'SERVICE.UNAVAILABLE', message: 'the database does not answer; retry later' },
    });
    expect(answer(new EventStoreUnavailableError(refused))).toMatchObject({ status: 503, headers: { 'retry-after': '1' } });
  });

  it("passes on which of the health check's components are down, and nothing else of its answer", () => {
    const health = new ServiceUnavailableException({
      status: 'error',
      info: {},
      error: { database: { status: 'down', engine: 'postgresql-server' } },
      details: { database: { status: 'down', engine: 'postgresql-server' }, eventStore: { status: 'down' } },
    });
    expect(answer(health)).toEqual({
      status: 503,
      headers: { 'retry-after': '1' },
      body: {
        code: 'SERVICE.UNAVAILABLE',
        message: 'the service cannot answer now; retry later',
        details: { database: 'down', eventStore: 'down' },
        requestId: 'req-1',
      },
    });
  });

  it('asks for a retry only when the service is unavailable: a refused key or a bug carries no Retry-After', () => {
    expect(answer(new ApiError(422, 'IDEMPOTENCY.KEY_REUSED', 'other request')).headers).toEqual({});
    expect(answer(new TypeError('bug'))).toMatchObject({ status: 500, headers: {} });
  });
});
