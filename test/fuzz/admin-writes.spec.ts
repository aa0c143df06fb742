import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Type } from '@nestjs/common';
import type { Actor } from '@rujukan/domain';
import { AgencyDto, UserDto } from '@rujukan/commands';
import { applyMutation, fieldOf, malformedBody, mutationOf, nastyString, oddContentType, type Mutation } from './support/arbitraries.js';
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
import { expectNothingWritten } from './support/write-probe.js';

const RUNS = runs(30);

const admin: Actor = { userId: 'admin-fuzz', role: 'administrator', agency: 'DP3A-KALTIM' };

// The documented contract of the path ids (README, error reasons).
const AGENCY_CODE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
const USER_ID = /^[A-Za-z0-9][A-Za-z0-9._@:-]{0,127}$/;

interface AdminRoute {
  name: string;
  /** The directory stream a change of this id is an event of. */
  stream: (id: string) => string;
  path: (id: string) => string;
  idPattern: RegExp;
  id: string;
  body: Record<string, unknown>;
  dto: Type;
}

const ROUTES: AdminRoute[] = [
  {
    name: 'PUT /admin/agencies/:code',
    stream: (code) => `directory-agency-${code}`,
    path: (code) => `/admin/agencies/${code}`,
    idPattern: AGENCY_CODE,
    id: 'UPTD-PPA-65',
    body: { name: 'UPTD PPA Provinsi Kalimantan Utara', type: 'uptd_ppa', provinceCode: '65', districtCode: '6503' },
    dto: AgencyDto,
  },
  {
    name: 'PUT /admin/users/:userId',
    stream: (userId) => `directory-user-${userId}`,
    path: (userId) => `/admin/users/${userId}`,
    idPattern: USER_ID,
    id: 'cw-nunukan',
    body: { agency: 'UPTD-PPA-65', role: 'caseworker', active: true },
    dto: UserDto,
  },
];

const oddId = fc.oneof(
  fc.constantFrom(
    '%00',
    '%E0%A4%A',
    '..%2F..%2Fcases',
    '-leading-dash',
    'a'.repeat(64),
    'a'.repeat(65),
    'a'.repeat(128),
    'a'.repeat(129),
    'bad code!',
    '__proto__',
    'constructor',
    'admin-fuzz',
  ),
  nastyString.map((text) => [...Buffer.from(text, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')),
);

interface Attempt {
  raw: string;
  mutation?: Mutation;
  /** Percent-encoded, as it goes in the path. */
  id?: string;
  contentType?: string;
}

/**
 * The directory's write routes, from a valid body: one field changed, removed or added, malformed bodies, odd
 * ids in the path and odd content types. A refusal is a 4xx in the error shape that writes no event and no row;
 * an accepted change is one event on the id's directory stream and the answer names what was recorded.
 */
describe(`the directory's write routes refuse bad input and write nothing (seed ${FUZZ_SEED})`, () => {
  let fuzz: FuzzApp;

  beforeAll(async () => {
    fuzz = await startFuzzApp();
  });

  afterAll(async () => {
    await fuzz?.close();
  });

  async function check(route: AdminRoute, attempt: Attempt): Promise<void> {
    const encodedId = attempt.id ?? route.id;
    const id = safeDecode(encodedId);
    const context = {
      route: route.name,
      id: encodedId.slice(0, 200),
      contentType: attempt.contentType,
      mutation: attempt.mutation ?? null,
      body: attempt.raw.slice(0, 300),
    };
    const parsed = parsedOrUndefined(attempt.raw);
    const withinContract =
      (await dtoAccepts(route.dto, parsed)) &&
      id !== null &&
      route.idPattern.test(id) &&
      (attempt.contentType === undefined || isJsonContentType(attempt.contentType)) &&
      // An administrator cannot deactivate themselves.
      !(id === admin.userId && (parsed as { active?: unknown }).active === false);
    const before = await fuzz.probe.snapshot();
    const headers: Record<string, string> = attempt.contentType === undefined ? {} : { 'Content-Type': attempt.contentType };
    const response = await fuzz.send('put', route.path(encodedId), { raw: attempt.raw, actor: admin, headers });
    expectNoServerError(response, context);
    if (response.status === 200 && withinContract) {
      const appended = await fuzz.probe.appendedSince(before);
      expect({ context, appended: appended.map((e) => [e.stream, e.revision >= 0]) }).toEqual({ context, appended: [[route.stream(id!), true]] });
      expect({ context, answer: response.body }).toEqual({ context, answer: expect.objectContaining(parsed as object) });
      return;
    }
    expectRefused(response, context);
    if (response.type === 'application/json') expectErrorShape(response, context);
    expectNothingWritten(before, await fuzz.probe.snapshot(), JSON.stringify(context));
    const isObject = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed);
    if (attempt.mutation && !withinContract && response.status === 400 && isObject) {
      const field = fieldOf(attempt.mutation);
      const named = (response.body.errors as Array<{ field: string }>).some(
        (e) => e.field === field || field.startsWith(`${e.field}.`) || e.field.startsWith(`${field}.`),
      );
      // A district is refused for lying outside the province even when the province was what changed.
      const related = named || (response.body.errors as Array<{ field: string }>).some((e) => e.field === 'districtCode' && field === 'provinceCode');
      if (!related) throw new Error(`400 names ${JSON.stringify(response.body.errors)}, not the changed field ${field}, for ${JSON.stringify(context)}`);
    }
    if (withinContract) expect({ context, code: response.body.code }).toEqual({ context, code: expect.not.stringMatching(/^VALIDATION\.FAILED$|^REQUEST\./) });
  }

  for (const route of ROUTES) {
    it(
      route.name,
      async () => {
        const valid = JSON.stringify(route.body);
        expect(await dtoAccepts(route.dto, route.body)).toBe(true);
        await fc.assert(
          fc.asyncProperty(mutationOf(route.body), (mutation) => check(route, { raw: applyMutation(route.body, mutation), mutation })),
          { numRuns: RUNS },
        );
        await fc.assert(
          fc.asyncProperty(malformedBody, (raw) => check(route, { raw })),
          { numRuns: runs(10) },
        );
        await fc.assert(
          fc.asyncProperty(oddId, (id) => check(route, { raw: valid, id })),
          { numRuns: runs(15) },
        );
        await fc.assert(
          fc.asyncProperty(oddContentType, (contentType) => check(route, { raw: valid, contentType })),
          { numRuns: runs(8) },
        );
        // The valid example is recorded: the refusals above were not the fixture's fault.
        const recorded = await fuzz.send('put', route.path(route.id), { raw: valid, actor: admin });
        expect({ status: recorded.status, body: recorded.body }).toEqual({ status: 200, body: expect.objectContaining(route.body) });
      },
      timeoutFor(RUNS + 40),
    );
  }
});

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
