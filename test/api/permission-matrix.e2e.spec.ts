import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Type } from '@nestjs/common';
import {
  AGENCY_TYPES,
  CASE_OWNER_TYPES,
  ESCORT_AGENCY_TYPES,
  PERMISSION_MATRIX,
  POLICE_AGENCY_TYPES,
  RECEIVING_AGENCY_TYPES,
  ROLES,
  SERVICE_AGENCY_TYPES,
  SHELTER_AGENCY_TYPES,
  agenciesNamedBy,
  isPermitted,
  type Actor,
  type AgencyType,
  type CaseCommand,
  type Permission,
  type ReferralService,
  type Role,
} from '@rujukan/domain';
import { getMetadataStorage } from 'class-validator';
import request from 'supertest';
import { CASE_ROUTES } from '@rujukan/commands';
import { prepareTarget, type CommandTarget } from '../fuzz/support/command-fixtures.js';
import { expectNothingWritten, WriteProbe } from '../fuzz/support/write-probe.js';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';
import { TEST_AGENCIES } from '../support/test-directory.js';

interface Operation {
  method: 'get' | 'post' | 'put';
  path: string;
  permission: Permission;
}

const SOME_ID = '0b7c2f1e-5a3d-4c61-9a8e-1f2d3c4b5a60';

/**
 * Every role against every route, generated from the running app's own OpenAPI document: each secured
 * operation must name its permission (x-permission), and the guard must answer exactly as the matrix says.
 */
describe('the permission matrix over HTTP', () => {
  let api: ApiTestApp;
  let operations: Operation[];

  beforeAll(async () => {
    api = await startApiTestApp();
    const document = (await request(api.app.getHttpServer()).get('/docs-json')).body as {
      paths: Record<string, Record<string, { security?: unknown[]; 'x-permission'?: { permission: Permission; roles: string[] } }>>;
    };
    operations = [];
    const undeclared: string[] = [];
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        if (!operation.security) continue;
        const declared = operation['x-permission'];
        if (!declared) {
          undeclared.push(`${method.toUpperCase()} ${path}`);
          continue;
        }
        expect(declared.roles).toEqual([...PERMISSION_MATRIX[declared.permission]]);
        operations.push({ method: method as Operation['method'], path: path.replace(/\{[^}]+\}/g, SOME_ID), permission: declared.permission });
      }
    }
    expect(undeclared).toEqual([]);
  });
  afterAll(() => api?.close());

  it('covers every command and query route of the service', () => {
    const permissions = new Set(operations.map((o) => o.permission));
    const routed = (Object.keys(PERMISSION_MATRIX) as Permission[]).filter(
      // Only the deadline sweep issues these, in process; they have no route.
      (p) => !['ExpireReferral', 'FlagOverdueService'].includes(p),
    );
    expect(routed.filter((p) => !permissions.has(p))).toEqual([]);
    expect(operations.length).toBeGreaterThanOrEqual(routed.length);
  });

  it('answers every role on every route as the matrix says: 403 `permission` where it names no such role, past the guard where it does', async () => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const operation of operations) {
      for (const role of ROLES) {
        const actor: Actor = { userId: `user-${role}`, role, agency: 'UPTD-PPA-64' };
        const token = await api.token(actor);
        const server = api.app.getHttpServer();
        const call = operation.method === 'get' ? request(server).get(operation.path) : request(server)[operation.method](operation.path).send({});
        const response = await call.set('Authorization', `Bearer ${token}`);
        const refusedByMatrix = response.status === 403 && response.body?.details?.rule === 'permission';
        outcomes.push(`${operation.method} ${operation.path} ${role}: ${refusedByMatrix ? 'refused' : 'passed'}`);
        expected.push(`${operation.method} ${operation.path} ${role}: ${isPermitted(role as Role, operation.permission) ? 'passed' : 'refused'}`);
        // Past the guard, a request may still fail on its own terms, but never with a server error.
        expect(response.status).toBeLessThan(500);
      }
    }
    expect(outcomes).toEqual(expected);
    // Every role on every route, one request at a time: well over 30 s when the machine is shared.
  }, 120_000);
});

/** Every agency field of a command's body, found by its validator (`Agency`, `AgencyList`), nested DTOs included. */
function agencyFieldsOf(dto: Type, prefix = ''): string[] {
  const storage = getMetadataStorage();
  const fields = new Set<string>();
  for (const metadata of storage.getTargetValidationMetadatas(dto, '', true, false)) {
    const path = `${prefix}${metadata.propertyName}`;
    if (metadata.constraintCls && storage.getTargetValidatorConstraints(metadata.constraintCls).some((c) => c.name === 'isAgencyCode')) fields.add(path);
    const nested = Reflect.getMetadata('design:type', dto.prototype, metadata.propertyName) as Type | undefined;
    if (metadata.type === 'nestedValidation' && nested && nested !== Array && nested !== Object)
      for (const inner of agencyFieldsOf(nested, `${path}.`)) fields.add(inner);
  }
  return [...fields];
}

type Allowed = (body: Record<string, unknown>) => readonly AgencyType[] | 'any';

/**
 * Which directory types each agency field of a command may name, as the domain publishes them; `any` where the type
 * decides nothing (a consent or override names whom the victim or a supervisor allows, whatever it is). A field the
 * route table gains without an entry here fails the spec, so nobody adds an agency field the directory does not judge.
 */
const ALLOWED_TYPES: Record<string, Allowed> = {
  'RecordConsent.agencies': () => 'any',
  'RecordConsent.share.agencies': () => 'any',
  // The target case's consent to share covers every type: any acting agency is one consent allows.
  'AddCaseNote.sharedWith': () => 'any',
  'OverrideConsent.toAgency': () => 'any',
  // Whoever reported the case (a KBRI, a BP3MI, a police unit): any acting agency of the directory.
  'OpenCase.reportingAgency': () => 'any',
  'SendReferral.toAgency': (body) => SERVICE_AGENCY_TYPES[body.service as ReferralService],
  'RequestTransfer.toAgency': () => CASE_OWNER_TYPES,
  'RequestService.providerAgency': (body) => SERVICE_AGENCY_TYPES[body.service as ReferralService],
  'StartShelterPlacement.shelterAgency': () => SHELTER_AGENCY_TYPES,
  'PlanRepatriation.escortAgency': () => ESCORT_AGENCY_TYPES,
  'RecordHandover.receivingAgency': () => RECEIVING_AGENCY_TYPES,
  'FilePoliceReport.policeAgency': () => POLICE_AGENCY_TYPES,
};

/** A field inside a group (`share.agencies`): read and replaced by its path. */
const valueAt = (body: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], body);
function withValueAt(body: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.');
  if (rest.length === 0) return { ...body, [head!]: value };
  return { ...body, [head!]: withValueAt((body[head!] as Record<string, unknown> | undefined) ?? {}, rest.join('.'), value) };
}
/** The fixture's body shaped for a field its example does not fill: one-step consent names its agencies under `share`. */
const BODY_FOR: Record<string, (body: Record<string, unknown>) => Record<string, unknown>> = {
  'RecordConsent.share.agencies': ({ agencies, agencyTypes: _types, ...body }) => ({ ...body, scope: 'process', share: { agencies } }),
  // A case opened on a BP3MI's report: the fixture opens one without naming who reported it.
  'OpenCase.reportingAgency': (body) => ({ ...body, reportingAgency: 'BP3MI-NUNUKAN' }),
};
async function targetFor(api: ApiTestApp, route: (typeof CASE_ROUTES)[number], key: string): Promise<CommandTarget> {
  const target = await prepareTarget(api, route);
  const shape = BODY_FOR[key];
  return shape ? { ...target, body: shape(target.body) } : target;
}

const UNKNOWN_AGENCY = 'POLRES-ANTAH-BERANTAH';
/** One agency of every type that no longer acts: deactivated, or merged into another (BP2MI into its ministry). */
const GONE = AGENCY_TYPES.map((type, index) => ({
  code: `GONE-${type.toUpperCase().replace(/_/g, '-')}`,
  type,
  mergedInto: index % 2 === 0 ? 'KEMENPPPA' : null,
}));
/** Agencies that own no case and receive no referral come last: a wrong type is best tried with one that does act on cases. */
const BY_PREFERENCE = [...TEST_AGENCIES].sort(
  (a, b) => Number(['task_force', 'inspectorate', 'ministry'].includes(a.type)) - Number(['task_force', 'inspectorate', 'ministry'].includes(b.type)),
);

/**
 * The directory is the only authority on who an agency is: every route that names an agency, with one the
 * directory does not hold (422 AGENCY.UNKNOWN), one it holds as no longer acting (422 AGENCY.INACTIVE) and one of a
 * kind that cannot do what is asked (422 AGENCY.WRONG_TYPE; accepted where the kind decides nothing), and nothing
 * written when refused: not an event, an idempotency record, a victim's key, nor a revision of the case.
 */
describe('the permission matrix with the directory: every route that names an agency', () => {
  let api: ApiTestApp;
  let probe: WriteProbe;
  const named = CASE_ROUTES.flatMap((route) => agencyFieldsOf(route.body).map((field) => ({ route, field, key: `${route.command}.${field}` })));

  beforeAll(async () => {
    api = await startApiTestApp({
      beforeStart: async (db) => {
        for (const agency of GONE) {
          await db.query(
            `INSERT INTO agencies (code, name, type, active, merged_into) VALUES ('${agency.code}', 'Tidak aktif ${agency.type}', '${agency.type}', false, ${agency.mergedInto ? `'${agency.mergedInto}'` : 'NULL'})`,
          );
        }
      },
    });
    probe = new WriteProbe(api.app);
  });
  afterAll(() => api?.close());

  it('judges every agency field of the route table, and the command boundary resolves each of them in the directory', async () => {
    expect(named.map((n) => n.key).sort()).toEqual(Object.keys(ALLOWED_TYPES).sort());
    for (const { route, field, key } of named) {
      const target = await targetFor(api, route, key);
      const value = valueAt(target.body, field);
      const codes = Array.isArray(value) ? value : [value];
      const command = { type: route.command, data: target.body, metadata: { actor: target.actor } } as unknown as CaseCommand;
      expect({ field, resolved: agenciesNamedBy(command) }).toEqual({ field, resolved: expect.arrayContaining(codes) });
    }
  });

  async function attempt(target: CommandTarget, field: string, code: string) {
    const value = valueAt(target.body, field);
    const body = withValueAt(target.body, field, Array.isArray(value) ? [code] : code);
    await api.token(target.actor);
    const before = await probe.snapshot();
    const revision = await probe.caseRevision(target.caseId!);
    const response = await api.post(target.path, body, target.actor);
    return { target, response, before, revision, body };
  }

  async function expectRefusedUnwritten(label: string, outcome: Awaited<ReturnType<typeof attempt>>, code: string) {
    const { target, response, before, revision } = outcome;
    expect({ label, status: response.status, code: response.body.code }).toEqual({ label, status: 422, code });
    expect({ label, revision: await probe.caseRevision(target.caseId!) }).toEqual({ label, revision });
    expectNothingWritten(before, await probe.snapshot(), label);
  }

  it.each(Object.keys(ALLOWED_TYPES))('%s: an agency the directory does not hold is 422 AGENCY.UNKNOWN, nothing written', async (key) => {
    const { route, field } = named.find((n) => n.key === key)!;
    const outcome = await attempt(await targetFor(api, route, key), field, UNKNOWN_AGENCY);
    await expectRefusedUnwritten(key, outcome, 'AGENCY.UNKNOWN');
    expect(outcome.response.body.details).toMatchObject({ agency: UNKNOWN_AGENCY });
  });

  it.each(Object.keys(ALLOWED_TYPES))('%s: an agency that no longer acts is 422 AGENCY.INACTIVE, nothing written', async (key) => {
    const { route, field } = named.find((n) => n.key === key)!;
    const target = await targetFor(api, route, key);
    const allowed = ALLOWED_TYPES[key]!(target.body);
    // Of a kind the field takes, so that only its being inactive can refuse it.
    const gone = GONE.find((agency) => allowed === 'any' || allowed.includes(agency.type))!;
    const outcome = await attempt(target, field, gone.code);
    await expectRefusedUnwritten(key, outcome, 'AGENCY.INACTIVE');
    expect(outcome.response.body.details).toMatchObject({ agency: gone.code, mergedInto: gone.mergedInto });
  });

  it.each(Object.keys(ALLOWED_TYPES))(
    '%s: an agency of another kind is 422 AGENCY.WRONG_TYPE where the kind matters, else recorded with its directory type',
    async (key) => {
      const { route, field } = named.find((n) => n.key === key)!;
      const target = await targetFor(api, route, key);
      const allowed = ALLOWED_TYPES[key]!(target.body);
      if (allowed === 'any') {
        const other = BY_PREFERENCE.find(
          (agency) => agency.code !== valueAt(target.body, field) && agency.code !== target.actor.agency && agency.type !== 'uptd_ppa',
        )!;
        const { response } = await attempt(target, field, other.code);
        expect({ key, status: response.status }).toEqual({ key, status: 201 });
        return;
      }
      const wrong = BY_PREFERENCE.find((agency) => !allowed.includes(agency.type) && agency.code !== target.actor.agency)!;
      const outcome = await attempt(target, field, wrong.code);
      await expectRefusedUnwritten(key, outcome, 'AGENCY.WRONG_TYPE');
      expect(outcome.response.body.details).toMatchObject({ agency: wrong.code, type: wrong.type, allowed: [...allowed] });
    },
  );

  it('OpenCase: the reporting agency is the caller’s own, which the directory must hold as acting (403 at the guard) and as a case-owning kind (422)', async () => {
    const open = { channel: 'port', reporterType: 'government_agency', districtCode: '6503' };
    const cases: Array<[Actor, number, string]> = [
      [{ userId: 'cw-nowhere', role: 'caseworker', agency: UNKNOWN_AGENCY }, 403, 'AUTH.AGENCY_UNKNOWN'],
      [{ userId: 'cw-gone', role: 'caseworker', agency: GONE.find((a) => a.type === 'uptd_ppa')!.code }, 403, 'AUTH.AGENCY_INACTIVE'],
      [{ userId: 'cw-hospital', role: 'caseworker', agency: 'RSUD-6471' }, 422, 'AGENCY.WRONG_TYPE'],
      [{ userId: 'spv-police', role: 'supervisor', agency: 'POLDA-KALTIM' }, 422, 'AGENCY.WRONG_TYPE'],
    ];
    for (const [actor, status, code] of cases) {
      // A user the directory could record: at an agency it holds (the others are refused before the user is looked up).
      const token = await api.token(actor, {}, { register: status === 422 });
      const before = await probe.snapshot();
      const response = await request(api.app.getHttpServer()).post('/cases').set('Authorization', `Bearer ${token}`).send(open);
      expect({ agency: actor.agency, status: response.status, code: response.body.code }).toEqual({ agency: actor.agency, status, code });
      expectNothingWritten(before, await probe.snapshot(), actor.agency);
    }
  });
});
