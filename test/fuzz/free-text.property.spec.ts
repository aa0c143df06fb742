import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Type } from '@nestjs/common';
import { SEALED_COMMAND_FIELDS, type Actor } from '@rujukan/domain';
import { getMetadataStorage } from 'class-validator';
import type request from 'supertest';
import { CASE_ROUTES, isStorableText, type CaseRoute } from '@rujukan/commands';
import { INJECTIONS, UNICODE_EDGES, leafPaths, valueAt } from './support/arbitraries.js';
import { caseworker, jatimCaseworker, police, prepareTarget, type CommandTarget } from './support/command-fixtures.js';
import { expectErrorShape, startFuzzApp, type FuzzApp } from './support/fuzz-app.js';
import { FUZZ_SEED, fc, runs, timeoutFor } from './support/fuzz-settings.js';
import { expectNothingWritten } from './support/write-probe.js';

const RUNS_PER_ROUTE = runs(3);
const auditor: Actor = { userId: 'audit-1', role: 'auditor', agency: 'ITJEN-KEMENPPPA' };
const REASON = 'periodic inspection of free text';

/** A field a person types into: a `Text` or `TextList` of a command's DTO (nested ones included), with its longest allowed length. */
interface FreeTextField {
  path: string[];
  max: number;
  list: boolean;
}

/** The free-text fields of a DTO, found by their validators: what is checked as storable text is what a person types. */
function freeTextFields(dto: Type, prefix: string[] = []): FreeTextField[] {
  const storage = getMetadataStorage();
  const byProperty = new Map<string, Array<{ name: string; constraints: unknown[]; type: string }>>();
  for (const metadata of storage.getTargetValidationMetadatas(dto, '', true, false)) {
    const name = metadata.constraintCls ? (storage.getTargetValidatorConstraints(metadata.constraintCls)[0]?.name ?? metadata.type) : metadata.type;
    byProperty.set(metadata.propertyName, [
      ...(byProperty.get(metadata.propertyName) ?? []),
      { name, constraints: metadata.constraints ?? [], type: metadata.type },
    ]);
  }
  const fields: FreeTextField[] = [];
  for (const [property, checks] of byProperty) {
    const path = [...prefix, property];
    if (checks.some((c) => c.name === 'isStorableText')) {
      const max = checks.find((c) => c.name === 'maxLength')?.constraints[0];
      fields.push({ path, max: typeof max === 'number' ? max : 1000, list: checks.some((c) => c.name === 'isArray') });
    }
    const nested = Reflect.getMetadata('design:type', dto.prototype, property) as Type | undefined;
    if (checks.some((c) => c.type === 'nestedValidation') && nested && nested !== Array && nested !== Object) fields.push(...freeTextFields(nested, path));
  }
  return fields;
}

const BASE64URL = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'];
const base64url = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...BASE64URL), minLength: min, maxLength: max });

/** Strings of the shape a sealed value once had, and the forms it has now, as a person could type them. */
const sealedLookAlike: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.constantFrom('', 'LP/', 'BA/', ' ', 'catatan: '), base64url(16, 16), base64url(0, 60), base64url(22, 22))
    .map(([p, iv, ct, tag]) => `${p}v1.${iv}.${ct}.${tag}`),
  fc.tuple(base64url(16, 16), base64url(1, 40), base64url(22, 22)).map(([iv, ct, tag]) => JSON.stringify({ $sealed: `v1.${iv}.${ct}.${tag}` })),
  fc.constantFrom(
    'v1.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA',
    'LP/v1.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA',
    'v1.AAAAAAAAAAAAAAAA..AAAAAAAAAAAAAAAAAAAAAA',
    '{"$sealed":"v1.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA"}',
    '{"$sealed":null}',
    '[sealed]',
    '[erased]',
    '[unreadable]',
  ),
);

const codePoints = (text: string) => Array.from(text).length;

/** What the contract lets a person type: storable, not blank, at most `max` characters (code points, as JSON Schema counts). */
function typedText(max: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      { weight: 4, arbitrary: sealedLookAlike },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }) },
      { weight: 2, arbitrary: fc.constantFrom(...UNICODE_EDGES, ...INJECTIONS) },
      {
        weight: 2,
        arbitrary: fc.constantFrom('x', '\u{1F600}', 'é', 'ǅ', '\u{1F469}\u200d\u{1F467}').map((unit) => Array.from(unit.repeat(max)).slice(0, max).join('')),
      },
    )
    .map((text) => (codePoints(text) > max ? Array.from(text).slice(0, max).join('') : text))
    .filter((text) => isStorableText(text) && text.trim() !== '');
}

type Assignment = Array<{ field: FreeTextField; value: string | string[] }>;

function assignmentOf(fields: FreeTextField[]): fc.Arbitrary<Assignment> {
  return fc.tuple(
    ...fields.map((field) =>
      (field.list ? fc.array(typedText(field.max), { minLength: 1, maxLength: 3 }) : typedText(field.max)).map(
        (value) => ({ field, value }) as Assignment[number],
      ),
    ),
  );
}

/** The same text in every field: each sealed-token look-alike, and the longest text each field allows. */
const everywhere = (fields: FreeTextField[], text: (max: number) => string): Assignment =>
  fields.map((field) => ({ field, value: field.list ? [text(Math.min(field.max, 200))] : text(field.max) }));

function withAssignment(body: Record<string, unknown>, assignment: Assignment): Record<string, unknown> {
  const copy = structuredClone(body);
  for (const { field, value } of assignment) {
    let node = copy;
    for (const key of field.path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[field.path.at(-1)!] = value;
  }
  return copy;
}

/** Every string value in an answer, at any depth. */
function stringsIn(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, found);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, found);
  return found;
}

const shows = (strings: string[], text: string) => strings.some((s) => s.includes(text));

/**
 * Whatever a person types into any free-text field of any command (sealed-token look-alikes, JSON that looks like a
 * sealed value, the marks the readers print, unicode edges, injections, the longest text allowed) is accepted,
 * stored and read back as typed: every view (the case, its timeline, the identity, each agency's queue, the
 * console's actions, the audit events, state, diff and verify) answers 2xx, the owner reads each text back, and the
 * auditor reads the clear fields back and the sealed ones only as `[sealed]`. A JSON object where a string belongs is
 * a 400 naming the field, with nothing written.
 */
describe(`free text is stored and read back as typed, whatever it looks like (seed ${FUZZ_SEED})`, () => {
  let fuzz: FuzzApp;

  beforeAll(async () => {
    fuzz = await startFuzzApp({ READ_WAIT_MS: '10000' }, { withProjector: true });
  });
  afterAll(async () => {
    await fuzz?.close();
  });

  const routes = CASE_ROUTES.map((route) => ({ route, fields: freeTextFields(route.body) })).filter(({ fields }) => fields.length > 0);

  it('finds the free-text fields of the commands, nested ones and lists included', () => {
    const found = routes.flatMap(({ route, fields }) => fields.map((f) => `${route.command}.${f.path.join('.')}`));
    expect(found).toEqual(
      expect.arrayContaining([
        'RegisterVictim.identity.fullName',
        'RegisterVictim.identity.notes',
        'RecordConsent.evidenceRef',
        'SendReferral.reason',
        'PlanRepatriation.mouReference',
        'RecordHandover.location',
        'FilePoliceReport.reportNumber',
      ]),
    );
    // Initials are a format and transit points a list, never free text (a name cannot hide in them).
    expect(found.filter((f) => f.endsWith('.initials') || f.includes('transitPoints') || f.endsWith('from.port'))).toEqual([]);
  });

  async function read(actor: Actor, path: string, position: string): Promise<request.Response> {
    return fuzz.send('get', path, { actor, headers: { 'X-Min-Position': position } });
  }

  async function check(target: CommandTarget, fields: FreeTextField[], assignment: Assignment): Promise<void> {
    const body = withAssignment(target.body, assignment);
    const context = { command: target.route.command, body: JSON.stringify(body).slice(0, 400) };
    const revisionBefore = await fuzz.probe.caseRevision(target.caseId!);
    const sent = await fuzz.send('post', target.path, { raw: JSON.stringify(body), actor: target.actor });
    expect({ context, status: sent.status, body: sent.status === 201 ? null : sent.body }).toEqual({ context, status: 201, body: null });
    const { caseId, position, revision } = sent.body as { caseId: string; position: string; revision: number };

    const ok = (label: string, response: request.Response) => {
      if (response.status < 200 || response.status >= 300)
        throw new Error(`${label} answered ${response.status} ${JSON.stringify(response.body).slice(0, 400)} for ${JSON.stringify(context)}`);
    };
    const viewers = [...new Map([target.actor, caseworker, police, jatimCaseworker].map((a) => [a.userId, a])).values()];
    let ownerSees: string[] | null = null;
    for (const viewer of viewers) {
      const summary = await read(viewer, `/cases/${caseId}`, position);
      const queue = await read(viewer, '/queues/mine', position);
      ok(`${viewer.userId} queue`, queue);
      // An agency with no claim on the case is answered as if it did not exist; anyone else reads every view.
      if (summary.status === 404) {
        expect({ context, viewer: viewer.userId, code: summary.body.code }).toEqual({ context, viewer: viewer.userId, code: 'CASE.NOT_FOUND' });
        continue;
      }
      ok(`${viewer.userId} summary`, summary);
      const timeline = await read(viewer, `/cases/${caseId}/timeline?limit=500`, position);
      ok(`${viewer.userId} timeline`, timeline);
      const identity = await read(viewer, `/cases/${caseId}/identity`, position);
      ok(`${viewer.userId} identity`, identity);
      const actions = await read(viewer, `/cases/${caseId}/actions`, position);
      ok(`${viewer.userId} actions`, actions);
      if (summary.body.access === 'owner') ownerSees = [...stringsIn(summary.body), ...stringsIn(timeline.body), ...stringsIn(identity.body)];
      // The identity never shows outside the identity view, to anyone.
      const identityTyped = assignment
        .filter((a) => a.field.path[0] === 'identity')
        .map((a) => String(a.value).trim())
        .filter((t) => t.length >= 6);
      for (const text of identityTyped)
        expect({
          context,
          viewer: viewer.userId,
          text,
          shown: shows([...stringsIn(summary.body), ...stringsIn(timeline.body), ...stringsIn(queue.body)], text),
        }).toEqual({ context, viewer: viewer.userId, text, shown: false });
    }
    expect({ context, owner: ownerSees !== null }).toEqual({ context, owner: true });
    for (const { field, value } of assignment) {
      for (const text of (Array.isArray(value) ? value : [value]).map((v) => v.trim())) {
        expect({ context, field: field.path.join('.'), text, shownToOwner: shows(ownerSees!, text) }).toEqual({
          context,
          field: field.path.join('.'),
          text,
          shownToOwner: true,
        });
      }
    }

    const audit = (route: string) =>
      read(auditor, `/audit/cases/${caseId}/${route}${route.includes('?') ? '&' : '?'}reason=${encodeURIComponent(REASON)}`, position);
    const events = await audit(`events?afterRevision=${revisionBefore}`);
    ok('audit events', events);
    for (const route of [`state?revision=${revision}`, `diff?from=${Math.max(revisionBefore, 0)}&to=${revision}`, 'verify'])
      ok(`audit ${route}`, await audit(route));
    expect((await audit('verify')).body).toMatchObject({ ok: true });
    const sealed = new Set(SEALED_COMMAND_FIELDS[target.route.command] ?? []);
    const auditorSees = stringsIn(events.body.events.map((e: { data: unknown }) => e.data));
    for (const { field, value } of assignment) {
      const isSealed = field.path[0] === 'identity' || sealed.has(field.path[0]!);
      for (const text of (Array.isArray(value) ? value : [value]).map((v) => v.trim())) {
        // What is sealed reads [sealed] to an auditor; the rest is coded or official text, read back as typed.
        if (isSealed && text.length >= 6)
          expect({ context, field: field.path.join('.'), text, shownToAuditor: shows(auditorSees, text) }).toEqual({
            context,
            field: field.path.join('.'),
            text,
            shownToAuditor: false,
          });
        if (!isSealed)
          expect({ context, field: field.path.join('.'), text, shownToAuditor: shows(auditorSees, text) }).toEqual({
            context,
            field: field.path.join('.'),
            text,
            shownToAuditor: true,
          });
      }
      if (isSealed)
        expect({ context, field: field.path.join('.'), marked: auditorSees.includes('[sealed]') }).toEqual({
          context,
          field: field.path.join('.'),
          marked: true,
        });
    }
  }

  for (const { route, fields } of routes) {
    it(
      `${route.command} (POST /${route.path}): ${fields.map((f) => f.path.join('.')).join(', ')}`,
      async () => {
        const lookAlikes = ['LP/v1.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA', '{"$sealed":"v1.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA"}'];
        const examples: Array<[Assignment]> = [
          [everywhere(fields, (max) => Array.from(lookAlikes[0]!).slice(0, max).join(''))],
          [everywhere(fields, (max) => Array.from(lookAlikes[1]!).slice(0, max).join(''))],
          [everywhere(fields, (max) => '\u{1F600}'.repeat(max))],
        ];
        await fc.assert(
          fc.asyncProperty(assignmentOf(fields), async (assignment) => check(await prepareTarget(fuzz.api, route), fields, assignment)),
          // fast-check counts the examples among the runs: the generated ones come on top of them.
          { numRuns: RUNS_PER_ROUTE + examples.length, examples },
        );
      },
      timeoutFor(40 * (RUNS_PER_ROUTE + 3)),
    );
  }

  it.each(CASE_ROUTES.map((route) => [route.command, route] as const))(
    '%s: a JSON object shaped as a sealed value where a string belongs is a 400 naming the field, nothing written',
    async (_command, route: CaseRoute) => {
      const target = await prepareTarget(fuzz.api, route);
      const strings = leafPaths(target.body).filter((path) => typeof valueAt(target.body, path) === 'string');
      const textPaths = freeTextFields(route.body)
        .filter((f) => !f.list)
        .map((f) => f.path);
      const paths = [...new Map([...strings, ...textPaths].map((p) => [p.join('.'), p])).values()];
      for (const path of paths) {
        const body = withAssignment(target.body, [{ field: { path: path.map(String), max: 0, list: false }, value: '' }]);
        let node = body;
        for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
        node[path.at(-1)!] = { $sealed: 'v1.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA' };
        const before = await fuzz.probe.snapshot();
        const response = await fuzz.send('post', target.path, { raw: JSON.stringify(body), actor: target.actor });
        const field = path.join('.');
        expect({ field, status: response.status, code: response.body.code }).toEqual({ field, status: 400, code: 'VALIDATION.FAILED' });
        expectErrorShape(response, field);
        expect({ field, named: (response.body.errors as Array<{ field: string }>).some((e) => e.field === field || field.startsWith(`${e.field}.`)) }).toEqual({
          field,
          named: true,
        });
        expectNothingWritten(before, await fuzz.probe.snapshot(), field);
      }
    },
  );
});
