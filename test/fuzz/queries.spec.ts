import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor, Permission } from '@rujukan/domain';
import request from 'supertest';
import { INJECTIONS, UNICODE_EDGES, oddPathId } from './support/arbitraries.js';
import { CaseBuilder, KALTIM, caseworker, supervisor } from './support/command-fixtures.js';
import { expectErrorShape, expectNoServerError, startFuzzApp, type FuzzApp } from './support/fuzz-app.js';
import { FUZZ_SEED, fc, runs, timeoutFor } from './support/fuzz-settings.js';
import { expectNothingWritten } from './support/write-probe.js';

const RUNS_PER_ROUTE = runs(30);

/** What an HTTP client can send in a header value at all. */
const isHeaderText = (text: string) => /^[\t\x20-\x7e\x80-\xff]*$/.test(text);

const auditor: Actor = { userId: 'audit-1', role: 'auditor', agency: 'ITJEN-KEMENPPPA' };
const nationalAnalyst: Actor = { userId: 'gt-national', role: 'task_force_analyst', agency: 'GT-PP-TPPO-PUSAT' };
const provinceAnalyst: Actor = { userId: 'gt-kaltim', role: 'task_force_analyst', agency: 'GT-PP-TPPO-64' };
const administrator: Actor = { userId: 'admin-1', role: 'administrator', agency: 'DP3A-KALTIM' };
const coordinator: Actor = { userId: 'gtk-kaltim', role: 'task_force_coordinator', agency: 'GT-PP-TPPO-64' };

const ACTORS: Record<Extract<Permission, `${string}.${string}`>, Actor[]> = {
  'queue.read': [caseworker],
  'team.read': [supervisor],
  'case.read': [caseworker],
  'case.list': [caseworker],
  'duplicates.read': [supervisor],
  'duplicates.decide': [supervisor],
  'identity.read': [caseworker],
  'document.read': [caseworker],
  'letter.read': [caseworker],
  'audit.read': [auditor],
  'stats.read': [nationalAnalyst, provinceAnalyst],
  'exports.read': [auditor, provinceAnalyst],
  'agencies.read': [auditor, provinceAnalyst, coordinator],
  'directory.read': [administrator],
  'directory.manage': [administrator],
  'plan.read': [coordinator, auditor],
  'plan.manage': [coordinator],
  'notifications.read': [administrator],
  'notifications.manage': [administrator],
  'mou.read': [coordinator, auditor],
  'mou.manage': [coordinator],
  'exports.simfoni': [supervisor],
};

interface GetRoute {
  path: string;
  permission: keyof typeof ACTORS | null;
  query: string[];
}

/** Values a parameter of this name takes when used as meant: mixed with bad ones, they get the request past the first check. */
const PLAUSIBLE: Record<string, string[]> = {
  groupBy: ['year', 'sex,ageGroup', 'foundProvince,foundDistrict,stage', 'toAgency', 'service,year', 'month,sex,channel,stage', 'sex,sex', ''],
  from: ['2025-01-01', '2025-03-03T08:00:00Z', '2025-02-30', '0', '2025-13-01', '9999-12-31', '-000001-01-01', ''],
  to: ['2026-12-31', '2026-12-31T23:59:59+07:00', '2024-01-01', '5', ''],
  at: ['2025-03-03T08:00:00Z', '2999-01-01T00:00:00Z', '1900-01-01T00:00:00Z', '2025-03-03', ''],
  revision: ['0', '1', '-1', '1000000000', '1000000001', '1.5', '1e3', ''],
  afterRevision: ['-1', '0', '3', '-2', '1000000000', '99999999999', ''],
  limit: ['1', '100', '1000', '0', '501', '1001', '-5', 'ten', ''],
  offset: ['0', '50', '1000000', '1000001', '-1', ''],
  beforeId: ['1', '2000000000', '0', '2000000001', ''],
  format: ['json', 'csv', 'xlsx', 'pdf', 'JSON', ''],
  province: ['64', '35', '6', '640', '00', ''],
  district: ['6471', '3509', '647', '64710', ''],
  service: ['law_enforcement', 'shelter', 'health', 'spaceflight', ''],
  stage: ['intake', 'assessment', 'closed', 'nowhere', ''],
  type: ['CaseOpened', 'CaseOpened,VictimRegistered', ',,,', ''],
  actor: ['cw-kaltim', 'nobody', ''],
  agency: [KALTIM, 'nobody', ''],
  q: ['KI-2026-0001', 'AS', 'LP/B/12', 'Siti', '6472010101900001', '0812 3456 7890', ''],
  status: ['open', 'closed', 'lost', ''],
  closed: ['true', 'false', 'yes', ''],
  referral: ['sent', 'expired', 'lost', ''],
  overdue: ['true', 'false', '1', ''],
  openedFrom: ['2025-01-01', '2025-02-30', 'x', ''],
  openedTo: ['2026-12-31', '2026-13-01', ''],
  action: ['case.read', 'audit.events', 'case.delete', ''],
  caseId: ['not-a-uuid', '0b7c2f1e-5a3d-4c61-9a8e-1f2d3c4b5a60', ''],
  reason: ['periodic inspection', 'ab', 'r'.repeat(501), '   ', ''],
  minPosition: ['1-1', '0-0', '99999999999999999999-1', '1-99999999999999999999', '18446744073709551615-9223372036854775807', 'x', '1--1', ''],
};

const nasty = fc.oneof(fc.constantFrom(...UNICODE_EDGES.filter((s) => s.length < 5_000), ...INJECTIONS), fc.string({ maxLength: 30 }));

/** Every byte of the UTF-8 form percent-encoded: works for any string, a lone surrogate included (it goes as U+FFFD). */
const percentEncoded = (text: string) => [...Buffer.from(text, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

/** One query string: some documented parameters (plausible or nasty), sometimes repeated, unknown or bracketed ones. */
function queryOf(route: GetRoute): fc.Arbitrary<string> {
  const names = [...route.query, 'minPosition'];
  const param = fc.oneof(
    {
      weight: 5,
      arbitrary: fc.constantFrom(...names).chain((name) => fc.tuple(fc.constant(name), fc.oneof(fc.constantFrom(...(PLAUSIBLE[name] ?? ['x'])), nasty))),
    },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('unknown', '__proto__', 'constructor', '$where', 'groupBy[]', 'limit[$gt]', 'a[b][c]', ''), nasty) },
  );
  const encoded = fc.array(param, { maxLength: 6 }).map((pairs) => pairs.map(([k, v]) => `${percentEncoded(k)}=${percentEncoded(v)}`));
  const raw = fc.constantFrom(
    'reason=x%00y',
    'reason=%E0%A4%A',
    'reason=%',
    'limit=%00',
    'actor=%00',
    'groupBy=sex&groupBy=year',
    'reason=ok%20reason&reason=again',
    'limit=1&limit=2',
    '&&&',
    '=',
    '?',
  );
  return fc.tuple(encoded, fc.array(raw, { maxLength: 2 })).map(([pairs, raws]) => [...pairs, ...raws].join('&'));
}

/**
 * Every GET route the running API documents (from its own OpenAPI document, so a new one is fuzzed too), with
 * the roles that may call it: the documented query parameters with plausible and nasty values, repeated, unknown
 * and undecodable ones, odd path ids and X-Min-Position headers. Only a 4xx in the API's error shape or a 2xx
 * with a body of the type asked for, never a 5xx, and no read ever appends an event.
 */
describe(`every query answers bad parameters with a 4xx (seed ${FUZZ_SEED})`, () => {
  let fuzz: FuzzApp;
  let caseId: string;
  let routes: GetRoute[];

  beforeAll(async () => {
    fuzz = await startFuzzApp();
    const cases = new CaseBuilder(fuzz.api);
    caseId = await cases.consented();
    await cases.referralSent(caseId);
    const put = (code: string, body: object) => fuzz.send('put', `/admin/agencies/${code}`, { raw: JSON.stringify(body), actor: administrator });
    expect((await put(nationalAnalyst.agency, { name: 'Gugus Tugas PP-TPPO Pusat', type: 'uptd_ppa' })).status).toBe(200);
    expect((await put(provinceAnalyst.agency, { name: 'Gugus Tugas PP-TPPO Kaltim', type: 'uptd_ppa', provinceCode: '64' })).status).toBe(200);
    const document = (await request(fuzz.api.app.getHttpServer()).get('/docs-json')).body as {
      paths: Record<string, { get?: { 'x-permission'?: { permission: keyof typeof ACTORS }; parameters?: Array<{ name: string; in: string }> } }>;
    };
    routes = Object.entries(document.paths)
      .filter(([, methods]) => methods.get)
      .map(([path, methods]) => ({
        path,
        permission: methods.get!['x-permission']?.permission ?? null,
        query: (methods.get!.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      }));
  });

  afterAll(async () => {
    await fuzz?.close();
  });

  it('finds every GET route of the service in its OpenAPI document', () => {
    expect(routes.map((r) => r.path).sort()).toEqual(
      expect.arrayContaining([
        '/queues/mine',
        '/cases/{id}',
        '/cases/{id}/timeline',
        '/cases/{id}/identity',
        '/audit/cases/{id}/events',
        '/audit/cases/{id}/state',
        '/audit/cases/{id}/diff',
        '/audit/cases/{id}/verify',
        '/audit/access-log',
        '/stats/cases',
        '/stats/referrals',
        '/admin/agencies',
        '/admin/users',
        '/health',
      ]),
    );
  });

  it(
    'answers every GET route with a 4xx or a 2xx of the asked type, never a 5xx, and appends nothing',
    async () => {
      for (const route of routes) {
        const actors = route.permission ? ACTORS[route.permission] : [null];
        const id = fc.oneof({ weight: 4, arbitrary: fc.constant(() => caseId) }, { weight: 1, arbitrary: oddPathId.map((odd) => () => odd) });
        const minPosition = fc.option(fc.constantFrom(...PLAUSIBLE.minPosition!, ...INJECTIONS.filter(isHeaderText)), { nil: undefined });
        await fc.assert(
          fc.asyncProperty(fc.constantFrom(...actors), id, queryOf(route), minPosition, async (actor, idOf, query, min) => {
            const path = `${route.path.replace('{id}', idOf())}${query ? `?${query}` : ''}`;
            const context = { path: path.slice(0, 300), actor: actor?.userId ?? null, minPosition: min };
            const before = await fuzz.probe.snapshot();
            const response = await fuzz.send('get', path, { actor, headers: min === undefined ? {} : { 'X-Min-Position': min } });
            expectNoServerError(response, context);
            expect({ context, status: response.status }).toEqual({ context, status: expect.any(Number) });
            if (response.status >= 400) {
              if (response.status >= 500 || response.status < 400) throw new Error(`unexpected status ${response.status}`);
              if (response.type === 'application/json') expectErrorShape(response, context);
            } else {
              expect({ context, status: response.status }).toEqual({ context, status: 200 });
              const format = new URLSearchParams(query).get('format');
              const expectedType =
                route.path === '/metrics'
                  ? 'text/plain'
                  : route.path.endsWith('.pdf')
                    ? 'application/pdf'
                    : route.path.endsWith('.svg')
                      ? 'image/svg+xml'
                      : format === 'csv'
                        ? 'text/csv'
                        : format === 'xlsx'
                          ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
                          : 'application/json';
              expect({ context, type: response.type }).toEqual({ context, type: expectedType });
            }
            expectNothingWritten(before, await fuzz.probe.snapshot(), JSON.stringify(context));
          }),
          { numRuns: RUNS_PER_ROUTE },
        );
      }
    },
    timeoutFor(RUNS_PER_ROUTE * 16),
  );
});
