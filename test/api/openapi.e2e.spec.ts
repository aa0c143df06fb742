import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import SwaggerParser from '@apidevtools/swagger-parser';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CASE_COMMAND_TYPES, COMMAND_REFUSALS, type Actor } from '@rujukan/domain';
import { EventStore } from '@rujukan/event-store';
import { importAgencies, recordUser } from '@rujukan/read-models';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { CASE_ROUTES, readDirectoryFile, SHIPPED_DIRECTORY_FILE } from '@rujukan/commands';
import { statusOfCode } from '../../apps/api/src/http/openapi.js';
import { refusalsFoundInSource } from '../support/domain-refusals.js';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

const ROOT = resolve(import.meta.dirname, '../..');

type Example = { summary?: string; value: Record<string, unknown> };
type Operation = {
  operationId?: string;
  requestBody?: { content: Record<string, { examples?: Record<string, Example> }> };
  responses: Record<
    string,
    { description?: string; content?: Record<string, { schema?: { allOf?: Array<{ properties?: { code?: { enum?: string[] } } }> } }> }
  >;
  'x-error-codes'?: string[];
};
type Document = { paths: Record<string, Record<string, Operation>> };

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

function operations(document: Document): Array<{ key: string; method: string; path: string; operation: Operation }> {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ key: `${method.toUpperCase()} ${path}`, method, path, operation: item[method]! })),
  );
}

const cwKaltim: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: 'UPTD-PPA-64' };
const spvKaltim: Actor = { userId: 'spv-kaltim', role: 'supervisor', agency: 'UPTD-PPA-64' };
const police: Actor = { userId: 'pol-kaltim', role: 'police_investigator', agency: 'POLDA-KALTIM' };
const dinsos: Actor = { userId: 'dinsos-bpn', role: 'social_services_officer', agency: 'DINSOS-6471' };
const lpsk: Actor = { userId: 'lpsk-1', role: 'lpsk_officer', agency: 'LPSK' };
const cwJatim: Actor = { userId: 'cw-jatim', role: 'caseworker', agency: 'UPTD-PPA-35' };
const spvJatim: Actor = { userId: 'spv-jatim', role: 'supervisor', agency: 'UPTD-PPA-35' };
const admin: Actor = { userId: 'admin-1', role: 'administrator', agency: 'UPTD-PPA-64' };

describe('the OpenAPI document at /docs-json', () => {
  let api: ApiTestApp;
  let document: Document;
  const sent = new Map<string, number>();

  beforeAll(async () => {
    // With the projector: a possible duplicate is listed (and decided) by the owners the case summaries record.
    api = await startApiTestApp({ withProjector: true, env: { WEB_DIST_DIR: '/nonexistent/rujukan-web', AUTH_DEV_SIGN_IN: 'true', READ_WAIT_MS: '5000' } });
    document = (await request(api.app.getHttpServer()).get('/docs-json').expect(200)).body as Document;
    // The examples name agencies of the shipped directory, as a fresh installation would have them.
    const store = api.app.get(EventStore);
    const dataSource = api.app.get(DataSource);
    await importAgencies(store, dataSource, await readDirectoryFile(resolve(ROOT, SHIPPED_DIRECTORY_FILE)), admin);
    for (const actor of [cwKaltim, spvKaltim, police, dinsos, lpsk, cwJatim, spvJatim, admin]) {
      await recordUser(store, dataSource, { ...actor, active: true }, admin);
    }
    // The caseworker the AssignCase example names, as the directory records her.
    await recordUser(store, dataSource, { userId: 'siti.rahma', role: 'caseworker', agency: 'UPTD-PPA-64', active: true, name: 'Siti Rahma' }, admin);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('is valid OpenAPI with every reference resolved (@apidevtools/swagger-parser)', async () => {
    const refs = JSON.stringify(document).match(/"\$ref":"[^"]*"/g) ?? [];
    expect(refs.filter((ref) => ref.endsWith('/"'))).toEqual([]);
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  });

  it('names the schema of every nested request object', () => {
    type Property = { $ref?: string; allOf?: Array<{ $ref?: string }> };
    const schemas = (document as unknown as { components: { schemas: Record<string, { properties?: Record<string, Property> }> } }).components.schemas;
    // A described reference is wrapped in allOf (OpenAPI 3.0 ignores siblings of $ref).
    const nested = (dto: string, field: string) => {
      const property = schemas[dto]!.properties![field]!;
      return property.$ref ?? property.allOf?.[0]?.$ref;
    };
    expect(nested('RegisterVictimDto', 'identity')).toBe('#/components/schemas/IdentityDto');
    expect(nested('RecordConsentDto', 'guardian')).toBe('#/components/schemas/GuardianDto');
    expect(nested('RecordAssessmentDto', 'indicators')).toBe('#/components/schemas/TraffickingIndicatorsDto');
    expect(nested('PlanRepatriationDto', 'from')).toBe('#/components/schemas/RepatriationOriginDto');
    expect(Object.keys(schemas.IdentityDto!.properties!)).toEqual(expect.arrayContaining(['fullName', 'nik', 'passportNumber', 'address', 'phone']));
  });

  it('gives every JSON request body at least one example', () => {
    const without = operations(document)
      // A document's upload takes the file's bytes: no JSON body to show.
      .filter(({ operation }) => operation.requestBody && !operation.requestBody.content['application/pdf'])
      .filter(({ operation }) => Object.keys(operation.requestBody!.content['application/json']?.examples ?? {}).length === 0)
      .map(({ key }) => key);
    expect(without).toEqual([]);
  });

  /** Sends one of the document's own examples, or (to move a case along between examples) a body of the walk's own. */
  async function send(actor: Actor, method: 'post' | 'put', path: string, example: string | { body: object }): Promise<Record<string, string>> {
    const template = path
      .replace(/\/[0-9a-f-]{36}(?=\/|$)/g, '/{id}')
      .replace(/\/items\/[^/]+\/(progress|complete)$/, '/items/{itemId}/$1')
      .replace(/\/admin\/(agencies|users|ports)\/[^/]+$/, (_, kind: string) => `/admin/${kind}/{${kind === 'users' ? 'userId' : 'code'}}`);
    const operation = document.paths[template]?.[method];
    expect({ template, documented: operation !== undefined }).toEqual({ template, documented: true });
    let body: object;
    if (typeof example === 'string') {
      const found = operation!.requestBody?.content['application/json']?.examples?.[example];
      expect({ template, example, found: found !== undefined }).toEqual({ template, example, found: true });
      body = found!.value;
      const key = `${method.toUpperCase()} ${template} ${example}`;
      sent.set(key, (sent.get(key) ?? 0) + 1);
    } else {
      body = example.body;
    }
    const call = request(api.app.getHttpServer())
      [method](path)
      .set('Authorization', `Bearer ${await api.token(actor)}`);
    const response = await call.send(body);
    expect({ path, example, status: response.status, body: response.body }).toMatchObject({ path, example, status: method === 'post' ? 201 : 200 });
    return response.body as Record<string, string>;
  }

  it('has request body examples that the running app accepts, sent in order as one story', async () => {
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    // Case A: the adult from Jember, from Nunukan port to her home and closure, and reopened.
    const a = (await send(cwKaltim, 'post', '/cases', 'port')).caseId!;
    const onA = (command: string) => `/cases/${a}/${command}`;
    await send(cwKaltim, 'post', onA('register-victim'), 'adult');
    // Deported from Tawau to Nunukan; then corrected: she came back on her own through a harbour the list lacks.
    await send(cwKaltim, 'post', onA('record-return-leg'), 'deported');
    await send(cwKaltim, 'post', onA('record-return-leg'), 'other');
    // A case a BP3MI reported: its agency named from the directory.
    await send(cwKaltim, 'post', '/cases', 'bp3mi');
    await send(cwKaltim, 'post', onA('record-consent'), 'process');
    await send(cwKaltim, 'post', onA('record-consent'), 'share');
    await send(cwKaltim, 'post', onA('advance-stage'), 'assessment');
    await send(cwKaltim, 'post', onA('record-assessment'), 'confirmed');
    await send(spvKaltim, 'post', onA('approve-assessment'), 'approve');
    await send(cwKaltim, 'post', onA('advance-stage'), { body: { to: 'rehabilitation' } });
    const toPolice = (await send(cwKaltim, 'post', onA('send-referral'), 'police')).referralId!;
    await send(police, 'post', `/referrals/${toPolice}/accept`, 'accept');
    await send(police, 'post', onA('file-police-report'), 'polda');
    await send(police, 'post', onA('record-spdp'), 'spdp');
    await send(police, 'post', onA('name-suspects'), 'two');
    await send(police, 'post', onA('record-case-file-complete'), 'p21');
    await send(police, 'post', onA('start-prosecution'), 'court');
    await send(police, 'post', onA('record-verdict'), 'convicted');
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await send(cwKaltim, 'post', onA('record-restitution-payment'), { body: { restitutionId: 'restitution-verdict', amount: 60_000_000, paidOn: yesterday } });
    await send(spvKaltim, 'post', onA('assign'), 'assign');
    await send(cwKaltim, 'post', onA('notes'), 'note');
    await send(cwKaltim, 'post', onA('notes'), 'kronologi');
    const toShelter = (
      await send(cwKaltim, 'post', onA('send-referral'), {
        body: { toAgency: 'DINSOS-6471', service: 'shelter', reason: 'a safe place', responseDeadline: inDays(2), sharesIdentity: true },
      })
    ).referralId!;
    await send(dinsos, 'post', `/referrals/${toShelter}/accept`, { body: {} });
    await send(cwKaltim, 'post', onA('start-shelter-placement'), 'dinsos');
    await send(cwKaltim, 'post', onA('extend-shelter-placement'), 'week');
    await send(cwKaltim, 'post', onA('request-service'), 'psychosocial');
    await send(dinsos, 'post', onA('record-service-delivered'), 'delivered');
    await send(cwKaltim, 'post', onA('file-lpsk-application'), 'protection');
    await send(cwKaltim, 'post', onA('record-lpsk-decision'), 'granted');
    await send(cwKaltim, 'post', onA('assess-restitution'), 'lpsk');
    await send(cwKaltim, 'post', onA('order-restitution'), 'verdict');
    await send(cwKaltim, 'post', onA('record-restitution-payment'), 'paid');
    await send(cwKaltim, 'post', onA('end-shelter-placement'), 'repatriated');
    await send(dinsos, 'post', `/referrals/${toShelter}/complete`, { body: { outcome: 'successful' } });
    await send(police, 'post', `/referrals/${toPolice}/complete`, 'successful');
    await send(cwKaltim, 'post', onA('advance-stage'), { body: { to: 'repatriation' } });
    const toJatim = (await send(cwKaltim, 'post', onA('request-transfer'), 'jatim')).transferId!;
    await send(cwJatim, 'post', `/transfers/${toJatim}/accept`, 'accept');
    await send(cwJatim, 'post', onA('plan-repatriation'), 'sea');
    await send(cwJatim, 'post', onA('record-handover'), 'surabaya');
    await send(cwJatim, 'post', onA('complete-repatriation'), 'done');
    await send(cwJatim, 'post', onA('advance-stage'), { body: { to: 'reintegration' } });
    await send(spvJatim, 'post', onA('approve-reintegration-plan'), 'family');
    await send(cwJatim, 'post', onA('record-follow-up-visit'), 'stable');
    await send(cwJatim, 'post', onA('complete-reintegration'), 'done');
    await send(cwJatim, 'post', onA('request-closure'), 'reintegrated');
    await send(spvJatim, 'post', onA('reject-closure'), 'notYet');
    await send(cwJatim, 'post', onA('request-closure'), 'reintegrated');
    await send(spvJatim, 'post', onA('approve-closure'), 'approve');
    await send(spvJatim, 'post', onA('reopen-case'), 'relapse');
    await send(cwJatim, 'post', onA('withdraw-consent'), 'share');
    await send(spvJatim, 'post', onA('override-consent'), 'police');
    const toLpsk = (
      await send(cwJatim, 'post', onA('send-referral'), {
        body: { toAgency: 'LPSK', service: 'protection', reason: 'threats', responseDeadline: inDays(3), sharesIdentity: false },
      })
    ).referralId!;
    await send(lpsk, 'post', `/referrals/${toLpsk}/decline`, 'decline');
    const toDinsos = (
      await send(cwJatim, 'post', onA('send-referral'), {
        body: { toAgency: 'DINSOS-6471', service: 'economic_empowerment', reason: 'a small business', responseDeadline: inDays(3), sharesIdentity: false },
      })
    ).referralId!;
    await send(cwJatim, 'post', `/referrals/${toDinsos}/withdraw`, 'withdraw');
    const back = (await send(cwJatim, 'post', onA('request-transfer'), { body: { toAgency: 'UPTD-PPA-64', reason: 'she moved back to Kaltim' } })).transferId!;
    await send(cwKaltim, 'post', `/transfers/${back}/decline`, 'decline');

    // Case B: the girl from Sambas, consent with her guardian, found at home, and an unpaid restitution.
    const b = (await send(cwKaltim, 'post', '/cases', 'port')).caseId!;
    const onB = (command: string) => `/cases/${b}/${command}`;
    await send(cwKaltim, 'post', onB('register-victim'), 'child');
    await send(cwKaltim, 'post', onB('record-consent'), 'child');
    await send(cwKaltim, 'post', onB('advance-stage'), 'assessment');
    await send(cwKaltim, 'post', onB('record-assessment'), 'confirmed');
    await send(spvKaltim, 'post', onB('approve-assessment'), 'approve');
    await send(cwKaltim, 'post', onB('advance-stage'), { body: { to: 'rehabilitation' } });
    await send(cwKaltim, 'post', onB('skip-stage'), { body: { stage: 'rehabilitation', reason: 'no services needed' } });
    await send(cwKaltim, 'post', onB('skip-stage'), 'repatriation');
    await send(cwKaltim, 'post', onB('assess-restitution'), 'lpsk');
    await send(cwKaltim, 'post', onB('order-restitution'), 'verdict');
    await send(cwKaltim, 'post', onB('record-restitution-default'), 'unpaid');

    // Case C: a victim who asks for her identity to be erased.
    const c = (await send(cwKaltim, 'post', '/cases', 'port')).caseId!;
    const registeredC = await send(cwKaltim, 'post', `/cases/${c}/register-victim`, 'adult');
    // Case C's victim has case A's NIK: both are listed as a possible duplicate, and the supervisor decides.
    const duplicates = await request(api.app.getHttpServer())
      .get('/duplicates')
      .set('X-Min-Position', registeredC.position!)
      .set('Authorization', `Bearer ${await api.token(spvKaltim)}`);
    const matchId = (duplicates.body.duplicates as Array<{ matchId: string }>)[0]!.matchId;
    await send(spvKaltim, 'put', `/duplicates/${matchId}/decision`, 'linked');
    await send(spvKaltim, 'put', `/duplicates/${matchId}/decision`, 'notSame');
    await send(spvKaltim, 'post', `/cases/${c}/erasure`, 'request');

    // A task force's action plan, its item and the item's progress.
    const coordinator: Actor = { userId: 'gtk-64', role: 'task_force_coordinator', agency: 'GT-TPPO-64' };
    const planId = (await send(coordinator, 'post', '/plans', 'kaltim')).planId!;
    await send(coordinator, 'post', `/plans/${planId}/items`, 'socialization');
    await send(coordinator, 'post', `/plans/${planId}/items/sosialisasi/progress`, 'report');
    await send(coordinator, 'post', `/plans/${planId}/items/sosialisasi/complete`, 'complete');

    // An MoU of the register, renewed and then terminated.
    const mouId = (await send(coordinator, 'post', '/mous', 'kaltimKaltara')).mouId!;
    await send(coordinator, 'post', `/mous/${mouId}/renew`, 'renew');
    await send(coordinator, 'post', `/mous/${mouId}/terminate`, 'terminate');

    // The directory and the development sign-in.
    await send(admin, 'put', '/admin/agencies/UPTD-PPA-64', 'uptdPpa');
    await send(admin, 'put', '/admin/users/cw-kaltim', 'caseworker');
    await send(admin, 'post', '/admin/webhooks', 'poldaKaltim');
    await send(admin, 'put', '/admin/ports/IDBUW', 'baubau');
    const signIn = document.paths['/auth/dev-sign-in']!.post!.requestBody!.content['application/json']!.examples!.caseworker!.value;
    const signedIn = await request(api.app.getHttpServer()).post('/auth/dev-sign-in').send(signIn);
    expect({ status: signedIn.status, body: signedIn.body }).toMatchObject({ status: 200, body: { actor: signIn } });
    sent.set('POST /auth/dev-sign-in caseworker', 1);

    // Every example of the document was sent and accepted.
    const documented = operations(document).flatMap(({ method, path, operation }) =>
      Object.keys(operation.requestBody?.content['application/json']?.examples ?? {}).map((name) => `${method.toUpperCase()} ${path} ${name}`),
    );
    expect(documented.filter((key) => !sent.has(key))).toEqual([]);
  });

  it('lists on every route the error codes it can answer with, each under its status', () => {
    for (const { key, operation } of operations(document)) {
      const codes = operation['x-error-codes'] ?? [];
      expect({ key, listsCodes: codes.length > 0 }).toEqual({ key, listsCodes: true });
      for (const code of codes) {
        const status = statusOfCode(code);
        const listed = operation.responses[String(status)]?.content?.['application/json']?.schema?.allOf?.[1]?.properties?.code?.enum ?? [];
        expect({ key, code, status, listed: listed.includes(code) }).toEqual({ key, code, status, listed: true });
      }
    }
  });

  it("lists on every command route every code its decide function can refuse with, read from the domain's source", () => {
    expect(refusalsFoundInSource(CASE_COMMAND_TYPES)).toEqual(
      Object.fromEntries(Object.entries(COMMAND_REFUSALS).map(([command, codes]) => [command, [...codes]])),
    );
    const byOperation = new Map(operations(document).map(({ operation }) => [operation.operationId, operation]));
    for (const route of CASE_ROUTES) {
      const operation = byOperation.get(route.command[0]!.toLowerCase() + route.command.slice(1))!;
      expect({ command: route.command, codes: operation['x-error-codes'] }).toEqual({
        command: route.command,
        codes: expect.arrayContaining([
          ...COMMAND_REFUSALS[route.command],
          'VALIDATION.FAILED',
          'AUTH.UNAUTHENTICATED',
          'CASE.CONCURRENT_UPDATE',
          'IDEMPOTENCY.KEY_REUSED',
        ]),
      });
    }
  });

  it('documents on some route every code the API raises', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
      });
    const raised = new Set(
      [join(ROOT, 'apps/api/src'), join(ROOT, 'libs/application/src')]
        .flatMap(sources)
        .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/ApiError\(\s*\d+,\s*'([A-Z_]+\.[A-Z_]+)'/g)].map((match) => match[1]!)),
    );
    const documented = new Set(operations(document).flatMap(({ operation }) => operation['x-error-codes'] ?? []));
    expect([...raised].filter((code) => !documented.has(code))).toEqual([]);
  });
});

describe('GET /', () => {
  let api: ApiTestApp;
  let webDir: string;

  beforeAll(async () => {
    webDir = await mkdtemp(join(tmpdir(), 'rujukan-web-'));
    await writeFile(join(webDir, 'index.html'), '<!doctype html><title>Rujukan</title>');
    api = await startApiTestApp({ env: { WEB_DIST_DIR: webDir } });
  });

  afterAll(async () => {
    await api?.close();
    await rm(webDir, { recursive: true, force: true });
  });

  it('serves the console to a browser', async () => {
    const page = await request(api.app.getHttpServer()).get('/').set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<title>Rujukan</title>');
  });

  it('answers curl (Accept: */*) and programs with a short JSON index', async () => {
    for (const accept of ['*/*', 'application/json']) {
      const index = await request(api.app.getHttpServer()).get('/').set('Accept', accept).expect(200);
      expect(index.headers['content-type']).toMatch(/^application\/json/);
      expect(index.body).toMatchObject({ name: 'Rujukan', links: { docs: '/docs', openapi: '/docs-json', health: '/health' } });
    }
  });
});
