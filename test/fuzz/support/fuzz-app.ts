import { expect } from '@jest/globals';
import type { Type } from '@nestjs/common';
import type { Actor } from '@rujukan/domain';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import request from 'supertest';
import { startApiTestApp, type ApiTestApp } from '../../support/api-test-app.js';
import { WriteProbe } from './write-probe.js';

export interface FuzzApp {
  api: ApiTestApp;
  probe: WriteProbe;
  /** Sends a body exactly as given (text goes out unchanged), JSON by default, with the actor's token. */
  send(
    method: 'post' | 'put' | 'get',
    path: string,
    options?: { raw?: string | Buffer; actor?: Actor | null; headers?: Record<string, string> },
  ): Promise<request.Response>;
  close(): Promise<void>;
}

/** The API on its own database with the rate limits off (and the projector, for specs that read views): a fuzz run sends far more than any user would. */
export async function startFuzzApp(env: Record<string, string> = {}, { withProjector = false } = {}): Promise<FuzzApp> {
  // A refused request must leave the directory as it was: the fuzzed requests' users are not recorded on the way.
  const api = await startApiTestApp({
    withProjector,
    env: { RATE_LIMIT_PER_USER_PER_MINUTE: '0', RATE_LIMIT_PER_IP_PER_MINUTE: '0', REQUIRE_REGISTERED_USERS: 'false', ...env },
  });
  const tokens = new Map<string, string>();
  const tokenOf = async (actor: Actor) => {
    const key = `${actor.userId}|${actor.role}|${actor.agency}`;
    if (!tokens.has(key)) tokens.set(key, await api.token(actor, {}, { register: false }));
    return tokens.get(key)!;
  };
  return {
    api,
    probe: new WriteProbe(api.app),
    async send(method, path, { raw, actor = null, headers = {} } = {}) {
      let call = request(api.app.getHttpServer())[method](path);
      if (actor) call = call.set('Authorization', `Bearer ${await tokenOf(actor)}`);
      if (raw !== undefined) call = call.set('Content-Type', 'application/json');
      call = call.set(headers);
      return raw === undefined ? call : call.send(raw);
    },
    close: () => api.close(),
  };
}

/**
 * Whether a parsed body is valid for the DTO, judged independently of the API: a JSON object without keys that
 * reach for a prototype (`__proto__`, `constructor`, `prototype`, at any depth), that class-validator accepts with
 * the API's options (no unknown field).
 */
export async function dtoAccepts(dto: Type, value: unknown): Promise<boolean> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  try {
    if (hasReservedKey(value)) return false;
    const errors = await validate(plainToInstance(dto, value) as object, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: false });
    return errors.length === 0;
  } catch (error) {
    // Nested too deep to walk: no DTO takes that.
    if (error instanceof RangeError) return false;
    throw error;
  }
}

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function hasReservedKey(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, item]) => RESERVED_KEYS.has(key) || hasReservedKey(item));
}

export function parsedOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A refusal in the API's error shape; a 400 names each field and reason. */
export function expectErrorShape(response: request.Response, context: unknown): void {
  expect({ context, status: response.status, body: response.body }).toEqual({
    context,
    status: expect.any(Number),
    body: expect.objectContaining({ code: expect.stringMatching(/^[A-Z_]+(\.[A-Z_]+)+$|^HTTP\.\d+$/), message: expect.any(String) }),
  });
  if (response.body.code === 'VALIDATION.FAILED') {
    expect(response.body.errors).toEqual(expect.arrayContaining([{ field: expect.any(String), reason: expect.any(String) }]));
    for (const error of response.body.errors as Array<{ field: string; reason: string }>) {
      expect({ context, error }).toEqual({ context, error: { field: expect.any(String), reason: expect.stringMatching(/\S/) } });
    }
  }
}

/** Fails, quoting the request and the answer, unless the status is a refusal (4xx). */
export function expectRefused(response: request.Response, context: unknown): void {
  if (response.status >= 400 && response.status < 500) return;
  throw new Error(`expected a 4xx, got ${response.status} ${describe(response)} for ${describe(context)}`);
}

/** Fails, quoting the request and the answer, on a server error. */
export function expectNoServerError(response: request.Response, context: unknown): void {
  if (response.status < 500) return;
  throw new Error(`server error ${response.status} ${describe(response)} for ${describe(context)}`);
}

function describe(value: unknown): string {
  const text = value && typeof value === 'object' && 'text' in value ? String((value as { text: unknown }).text) : JSON.stringify(value);
  return (text ?? String(value)).slice(0, 600);
}

/**
 * The documented contract of a request body's type: JSON, in UTF-8 when a charset is named; other parameters are
 * allowed, and an empty charset counts as none (as body-parser reads it).
 */
export function isJsonContentType(contentType: string): boolean {
  const [mediaType, ...parameters] = contentType.split(';');
  if (mediaType!.trim().toLowerCase() !== 'application/json') return false;
  return parameters.every((parameter) => {
    const [name, value = ''] = parameter.split('=');
    return name!.trim().toLowerCase() !== 'charset' || /^("?)(utf-8)?\1$/i.test(value.trim());
  });
}
