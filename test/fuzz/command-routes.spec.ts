import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SEALED_COMMAND_FIELDS } from '@rujukan/domain';
import { CASE_ROUTES } from '@rujukan/commands';
import {
  applyMutation,
  fieldOf,
  leafPaths,
  malformedBody,
  mutationOf,
  oddContentType,
  oddIdempotencyKey,
  oddIfMatch,
  oddPathId,
  valueAt,
  type Mutation,
} from './support/arbitraries.js';
import { prepareTarget, type CommandTarget } from './support/command-fixtures.js';
import {
  dtoAccepts,
  expectErrorShape,
  expectNoServerError,
  expectRefused,
  isJsonContentType,
  parsedOrUndefined,
  startFuzzApp,
  type FuzzApp,
} from './support/fuzz-app.js';
import { FUZZ_SEED, fc, runs, timeoutFor } from './support/fuzz-settings.js';
import { expectNothingWritten, type WriteSnapshot } from './support/write-probe.js';

const MUTATION_RUNS = runs(10);
const MALFORMED_RUNS = runs(4);
const HEADER_RUNS = runs(4);

// The documented contract of the request headers (README, OpenAPI): what a client may rely on being accepted.
// Idempotency-Key and X-Correlation-Id alike.
const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,100}$/;
const IF_MATCH = /^"?\d{1,15}"?$/;

interface Attempt {
  raw: string;
  mutation?: Mutation | null;
  headers?: Record<string, string>;
  /** The route's path with another id in it. */
  path?: string;
}

/**
 * Every command route of the route table, each from a valid body for a case in the right state: one field
 * changed to a value of any type (unicode edges, injections, huge strings), removed, or an unknown field added
 * (`__proto__`, `constructor`, `$where` …); bodies that are no JSON object at all; odd Idempotency-Keys, If-Match
 * revisions and content types; ids that name nothing. A refusal is a 4xx in the API's error shape that writes
 * nothing; a request within the contract may instead be answered 201, and then its events are exactly the case's
 * next revisions, with sealed text never in clear.
 */
describe(`every command route refuses bad input and writes nothing (seed ${FUZZ_SEED})`, () => {
  let fuzz: FuzzApp;

  beforeAll(async () => {
    fuzz = await startFuzzApp();
  });

  afterAll(async () => {
    await fuzz?.close();
  });

  /** Sends one attempt and checks the answer and what it wrote; returns whether the command was accepted. */
  async function check(target: CommandTarget, attempt: Attempt): Promise<boolean> {
    const headers = attempt.headers ?? {};
    const path = attempt.path ?? target.path;
    const context = {
      route: target.route.command,
      path: path.slice(0, 200),
      headers: clip(headers),
      mutation: attempt.mutation ?? null,
      body: attempt.raw.slice(0, 300),
    };
    const parsed = parsedOrUndefined(attempt.raw);
    const key = headers['Idempotency-Key'];
    const withinContract =
      (await dtoAccepts(target.route.body, parsed)) &&
      attempt.path === undefined &&
      (key === undefined || IDEMPOTENCY_KEY.test(key)) &&
      (headers['X-Correlation-Id'] === undefined || IDEMPOTENCY_KEY.test(headers['X-Correlation-Id'])) &&
      (headers['If-Match'] === undefined || IF_MATCH.test(headers['If-Match'])) &&
      (headers['Content-Type'] === undefined || isJsonContentType(headers['Content-Type']));
    const before = await fuzz.probe.snapshot();
    const revisionBefore = target.caseId ? await fuzz.probe.caseRevision(target.caseId) : -1;
    const response = await fuzz.send('post', path, { raw: attempt.raw, actor: target.actor, headers });
    expectNoServerError(response, context);
    if (response.status === 201 && withinContract) {
      if (response.headers['idempotent-replayed'] === 'true') {
        expectNothingWritten(before, await fuzz.probe.snapshot(), JSON.stringify(context));
        return false;
      }
      await expectCorrectAppend(target, response.body, revisionBefore, before, key !== undefined, attempt.mutation ?? null, context);
      return true;
    }
    expectRefused(response, context);
    // Node's HTTP parser answers a few (431 for huge headers) before the application: not JSON, and nothing to check but the status.
    if (response.type === 'application/json') expectErrorShape(response, context);
    expectNothingWritten(before, await fuzz.probe.snapshot(), JSON.stringify(context));
    // A JSON object is judged field by field; anything else is malformed (body-parser takes only objects and arrays).
    const isObject = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed);
    if (attempt.mutation && !withinContract && response.status === 400 && isObject) {
      expect({ context, code: response.body.code }).toEqual({ context, code: 'VALIDATION.FAILED' });
      expectFieldNamed(response.body.errors, fieldOf(attempt.mutation), context);
    }
    // A request within the contract is never refused as malformed: a refusal then comes from the rules (a domain code).
    if (withinContract) expect({ context, code: response.body.code }).toEqual({ context, code: expect.not.stringMatching(/^VALIDATION\.FAILED$|^REQUEST\./) });
    return false;
  }

  async function expectCorrectAppend(
    target: CommandTarget,
    answer: { caseId: string; revision: number; position: string },
    revisionBefore: number,
    before: WriteSnapshot,
    withKey: boolean,
    mutation: Mutation | null,
    context: unknown,
  ) {
    const appended = await fuzz.probe.appendedSince(before);
    const stream = `case-${answer.caseId}`;
    expect({ context, caseId: answer.caseId, position: answer.position }).toEqual({
      context,
      caseId: target.caseId ?? expect.any(String),
      position: expect.stringMatching(/^\d+-\d+$/),
    });
    expect({ context, appended: appended.map((e) => [e.stream, e.revision]) }).toEqual({
      context,
      appended: Array.from({ length: answer.revision - revisionBefore }, (_, i) => [stream, revisionBefore + 1 + i]),
    });
    // With a key, exactly one record more, holding its answer; without, none.
    const after = await fuzz.probe.snapshot();
    expect({ context, keys: after.idempotencyRecords, pending: after.pendingIdempotencyRecords }).toEqual({
      context,
      keys: before.idempotencyRecords + (withKey ? 1 : 0),
      pending: 0,
    });
    // Free text about the victim is sealed before it is stored: what was sent never shows in the event log.
    const sealed = SEALED_COMMAND_FIELDS[target.route.command] ?? [];
    if (mutation?.kind === 'replace' && mutation.path.length === 1 && sealed.includes(String(mutation.path[0])) && typeof mutation.value === 'string') {
      const clear = JSON.stringify(mutation.value).slice(1, -1);
      if (clear.trim().length >= 4)
        for (const event of appended) expect({ context, data: event.data }).toEqual({ context, data: expect.not.stringContaining(clear) });
    }
  }

  const headerAttempt = fc.oneof(
    oddIdempotencyKey.map((value) => ({ 'Idempotency-Key': value })),
    oddIfMatch.map((value) => ({ 'If-Match': value })),
    oddContentType.map((value) => ({ 'Content-Type': value })),
    oddIdempotencyKey.map((value) => ({ 'X-Correlation-Id': value })),
  );

  for (const route of CASE_ROUTES) {
    it(
      `${route.command} (POST /${route.path})`,
      async () => {
        const target = await prepareTarget(fuzz.api, route);
        // The example is valid, so what the properties find comes from the one thing they change.
        expect(await dtoAccepts(route.body, target.body)).toBe(true);
        let accepted = false;
        const attempt = async (variant: Attempt) => {
          if (await check(target, variant)) accepted = true;
        };

        // Every text of the example at once made unstorable (NUL, a lone surrogate): a 400 that names each of them.
        for (const edge of ['\u0000', '\ud800']) {
          const strings = leafPaths(target.body).filter((p) => typeof valueAt(target.body, p) === 'string');
          if (strings.length === 0) continue;
          let raw = JSON.stringify(target.body);
          for (const path of strings) raw = applyMutation(JSON.parse(raw), { kind: 'replace', path, value: `${String(valueAt(target.body, path))}${edge}` });
          expect(await check(target, { raw })).toBe(false);
          const named = await fuzz.send('post', target.path, { raw, actor: target.actor });
          // A field checked only for one kind of its object (ValidateIf) goes unnamed when that kind itself failed.
          const siblingNamed = (path: Array<string | number>) =>
            path.length > 1 && (named.body.errors as Array<{ field: string }>).some((e) => e.field.startsWith(`${path.slice(0, -1).join('.')}.`));
          for (const path of strings) if (!siblingNamed(path)) expectFieldNamed(named.body.errors, path.join('.'), { edge, path });
        }

        const valid = JSON.stringify(target.body);
        await fc.assert(
          fc.asyncProperty(mutationOf(target.body), (mutation) => attempt({ raw: applyMutation(target.body, mutation), mutation })),
          { numRuns: MUTATION_RUNS },
        );
        await fc.assert(
          fc.asyncProperty(malformedBody, (raw) => attempt({ raw })),
          { numRuns: MALFORMED_RUNS },
        );
        await fc.assert(
          fc.asyncProperty(headerAttempt, (headers) => attempt({ raw: valid, headers })),
          { numRuns: HEADER_RUNS },
        );
        if (route.path.includes(':id')) {
          await fc.assert(
            fc.asyncProperty(oddPathId, (id) => attempt({ raw: valid, path: `/${route.path.replace(':id', id)}` })),
            { numRuns: HEADER_RUNS },
          );
        }
        // The case is still as prepared unless something was accepted: then the valid example itself is, so the
        // refusals above were not the fixture's fault.
        if (!accepted) expect(await check(target, { raw: valid })).toBe(true);
      },
      timeoutFor(MUTATION_RUNS + MALFORMED_RUNS + 2 * HEADER_RUNS + 30),
    );
  }

  // What no HTTP client library will send: a request written byte by byte with a control character in a header value.
  it('refuses header injection in Idempotency-Key at the HTTP parser, before anything is written', async () => {
    const server = fuzz.api.app.getHttpServer() as Server;
    if (!server.listening) await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    const token = await fuzz.api.token({ userId: 'cw-kaltim', role: 'caseworker', agency: 'UPTD-PPA-64' });
    const body = JSON.stringify({ channel: 'port', reporterType: 'government_agency', districtCode: '6503' });
    for (const key of ['a\rSet-Cookie: x=1', 'a\u0000b', 'a\nX-Injected: 1\n']) {
      const before = await fuzz.probe.snapshot();
      const head = [
        `POST /cases HTTP/1.1`,
        `Host: 127.0.0.1`,
        `Authorization: Bearer ${token}`,
        'Content-Type: application/json',
        `Content-Length: ${Buffer.byteLength(body)}`,
        `Idempotency-Key: ${key}`,
        'Connection: close',
      ];
      const answer = await rawRequest(port, `${head.join('\r\n')}\r\n\r\n${body}`);
      expect({ key, status: answer.split('\r\n')[0] }).toEqual({ key, status: expect.stringMatching(/^HTTP\/1\.1 4\d\d /) });
      expect(answer).not.toMatch(/^Set-Cookie|^X-Injected/im);
      expectNothingWritten(before, await fuzz.probe.snapshot(), JSON.stringify(key));
    }
  });

  it('refuses bodies nested deeper than any command, too large, or in another charset, with nothing written', async () => {
    const target = await prepareTarget(
      fuzz.api,
      CASE_ROUTES.find((r) => r.command === 'RecordAssessment')!,
    );
    // As text: JSON.stringify itself overflows the stack on such nesting.
    const deep = (depth: number) =>
      JSON.stringify({ ...target.body, indicators: '#' }).replace('"#"', `{"transitPoints":${'['.repeat(depth)}${']'.repeat(depth)}}`);
    for (const [raw, headers, status, code] of [
      [deep(5_000), {}, 400, 'VALIDATION.FAILED'],
      [deep(40), {}, 400, 'VALIDATION.FAILED'],
      [JSON.stringify({ ...target.body, padding: 'x'.repeat(70 * 1024) }), {}, 413, 'REQUEST.TOO_LARGE'],
      [JSON.stringify(target.body), { 'Content-Type': 'application/json; charset=utf-16' }, 415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE'],
    ] as const) {
      const before = await fuzz.probe.snapshot();
      const response = await fuzz.send('post', target.path, { raw, actor: target.actor, headers });
      expect({ size: raw.length, status: response.status, code: response.body.code }).toEqual({ size: raw.length, status, code });
      expectNothingWritten(before, await fuzz.probe.snapshot(), `${raw.length} bytes`);
    }
  });

  it('fuzzes a route for each of the 48 commands that have one', () => {
    expect(new Set(CASE_ROUTES.map((r) => r.command)).size).toBe(CASE_ROUTES.length);
    expect(CASE_ROUTES.length).toBe(48);
  });
});

/** A 400 for one changed field names that field, an enclosing object or one of its items. */
function expectFieldNamed(errors: Array<{ field: string }>, field: string, context: unknown): void {
  const related = (errors ?? []).some((e) => e.field === field || field.startsWith(`${e.field}.`) || e.field.startsWith(`${field}.`));
  if (!related) throw new Error(`400 names ${JSON.stringify(errors)}, not the changed field ${field}, for ${JSON.stringify(context).slice(0, 500)}`);
}

const clip = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v.length > 120 ? `${v.slice(0, 120)}… (${v.length})` : v]));

/** Sends bytes as they are and reads the whole answer (the server closes the connection). */
function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(text));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
  });
}
