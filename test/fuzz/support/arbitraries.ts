import { fc } from './fuzz-settings.js';

/** Strings at the edges of Unicode and of what a database, a parser or a log may choke on. */
export const UNICODE_EDGES: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfff',
  '\udc00\ud800',
  '\u202eSR\u202c',
  '\u200f\u200e',
  'S\u0301\u0327\u0308R',
  '\u{1F600}\u{1F469}\u200d\u{1F469}\u200d\u{1F467}',
  '\ufeffSR',
  '\uffff\ufffe',
  'line\r\nbreak',
  '\t\u000b\u000c',
  '\u001b[31mred',
  'ｓｒ',
  'Σ𝔸𝕏',
  'x'.repeat(10_000),
  '\u{1F600}'.repeat(3_000),
];

/** What injection attempts look like in a field: SQL, JSON path, template, NoSQL and header injection. */
export const INJECTIONS: readonly string[] = [
  "' OR '1'='1",
  "'; DROP TABLE events; --",
  '1; SELECT pg_sleep(5)',
  '$.data.identity',
  "data->>'caseId'",
  '{"$where": "sleep(1000)"}',
  '$where',
  '${7*7}',
  '{{constructor.constructor("return process")()}}',
  '__proto__',
  'constructor',
  'prototype',
  '../../etc/passwd',
  '%00',
  '\r\nSet-Cookie: x=1',
  '<script>alert(1)</script>',
  'NaN',
  'Infinity',
  '-0',
  '1e400',
  'null',
  'true',
];

export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...UNICODE_EDGES) },
  { weight: 3, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
);

/** JSON values of every type, nasty ones weighted up: what a field of the wrong type may get. */
export const anyJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, 0, -1, 1.5, -0.000001, 1e308, -1e308, 2 ** 53, 2 ** 63, Number.MAX_SAFE_INTEGER + 2) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom([], {}, [[]], [{}], [null], { $where: '1' }, { $gt: '' }, JSON.parse('{"__proto__":{"polluted":true}}') as unknown) },
  { weight: 1, arbitrary: fc.array(nastyString, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Field names nobody declared, including the ones that reach for an object's prototype. */
export const unknownFieldName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    '$where',
    '$set',
    'caseId',
    'actor',
    'metadata',
    'revision',
    'id',
    'type',
    '',
    ' ',
    '\u0000',
    'a.b',
    'toString',
  ),
  fc.string({ minLength: 1, maxLength: 30 }),
);

/** Paths of every value (nested objects and array items included) of a JSON object, as key lists. */
export function leafPaths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) {
    return value.length === 0 ? [prefix] : [prefix, ...value.flatMap((item, i) => leafPaths(item, [...prefix, i]))];
  }
  if (value !== null && typeof value === 'object') {
    const own = Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => leafPaths(item, [...prefix, key]));
    return prefix.length === 0 ? own : [prefix, ...own];
  }
  return [prefix];
}

export type Mutation =
  | { kind: 'replace'; path: Array<string | number>; value: unknown }
  | { kind: 'remove'; path: Array<string | number> }
  | { kind: 'add'; path: Array<string | number>; key: string; value: unknown };

/** The path a field error should name for a mutation: dotted, array items by their index (`indicators.modus.0`). */
export const fieldOf = (mutation: Mutation): string => (mutation.kind === 'add' ? [...mutation.path, mutation.key] : mutation.path).join('.');

/** One field of a valid body changed, removed, or one unknown field added (at the top or in a nested object). */
export function mutationOf(body: Record<string, unknown>): fc.Arbitrary<Mutation> {
  const paths = leafPaths(body).filter((p) => p.length > 0);
  const objects = [[] as Array<string | number>, ...paths.filter((p) => isPlainObject(get(body, p)))];
  const options: Array<fc.Arbitrary<Mutation>> = [
    fc.record({ kind: fc.constant('add' as const), path: fc.constantFrom(...objects), key: unknownFieldName, value: anyJsonValue }),
  ];
  if (paths.length > 0) {
    options.push(
      fc.record({ kind: fc.constant('replace' as const), path: fc.constantFrom(...paths), value: anyJsonValue }),
      fc.record({ kind: fc.constant('replace' as const), path: fc.constantFrom(...paths), value: anyJsonValue }),
      fc.record({ kind: fc.constant('remove' as const), path: fc.constantFrom(...paths) }),
    );
  }
  return fc.oneof(...options);
}

/** The body as JSON text with the mutation applied: text, so that keys like `__proto__` reach the server as sent. */
export function applyMutation(body: Record<string, unknown>, mutation: Mutation): string {
  const copy = JSON.parse(JSON.stringify(body)) as Record<string, unknown>;
  const parentPath = mutation.kind === 'add' ? mutation.path : mutation.path.slice(0, -1);
  const parent = get(copy, parentPath) as Record<string | number, unknown>;
  if (mutation.kind === 'add') Object.defineProperty(parent, mutation.key, { value: mutation.value, enumerable: true, configurable: true, writable: true });
  const last = mutation.path.at(-1)!;
  if (mutation.kind === 'replace') parent[last] = mutation.value;
  if (mutation.kind === 'remove') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  }
  return JSON.stringify(copy);
}

export function valueAt(value: unknown, path: Array<string | number>): unknown {
  return get(value, path);
}

function get(value: unknown, path: Array<string | number>): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
}

function isPlainObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Bodies that are not a JSON object at all, or not JSON. */
export const malformedBody: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '{',
    '}',
    '{"a":}',
    '{"a":1,}',
    "{'a':1}",
    '{a:1}',
    '[',
    'null',
    'true',
    '0',
    '"text"',
    '[]',
    '[{}]',
    '{"a":1}{"b":2}',
    '{"a":NaN}',
    '{"a":Infinity}',
    '{"a":undefined}',
    '{"a":"\\ud800"}',
    '{"a":"\\u0000"}',
    '{"__proto__":{"isAdmin":true}}',
    '{"constructor":{"prototype":{"isAdmin":true}}}',
    '\ufeff{}',
    '{"a":' + '['.repeat(5_000) + ']'.repeat(5_000) + '}',
    '{"a":' + '{"a":'.repeat(40) + '1' + '}'.repeat(41),
    `{"padding":"${'x'.repeat(70 * 1024)}"}`,
    `{"padding":"${'\u{1F600}'.repeat(300_000)}"}`,
    '{"a":1e999999}',
    '{"a":"' + '\\'.repeat(3) + '"}',
    '\u0000',
    '\xff\xfe{}',
  ),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v) ?? 'null'),
);

/** What an HTTP client can put in a header value: tab, visible ASCII and Latin-1 (Node refuses anything else before sending). */
const headerText = (maxLength: number) =>
  fc.string({
    unit: fc.oneof(
      fc.constantFrom('\t', ' ', '"', ',', ';', '=', '\\', '\u00ff', '\u0080'),
      fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)),
    ),
    maxLength,
  });

export const oddIdempotencyKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'a b',
    'key\tkey',
    'ÿþ',
    "' OR '1'='1",
    '../../etc/passwd',
    '%0d%0aSet-Cookie: x=1',
    '__proto__',
    '$where',
    'k'.repeat(101),
    'k'.repeat(8_000),
    'k'.repeat(20_000),
  ),
  headerText(150),
  fc.uuid(),
);

export const oddIfMatch: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    '*',
    '-1',
    '"-1"',
    '1.5',
    '"1.5"',
    '1e3',
    '0x10',
    'W/"1"',
    '"1", "2"',
    '99999999999999999999',
    '1000000000000000',
    '999999999999999',
    '"',
    '""',
    'abc',
    'NaN',
    'Infinity',
    '٣',
    '１',
  ),
  headerText(40),
  fc.integer({ min: -5, max: 2 ** 31 }).map(String),
);

export const oddContentType: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/xml',
    'application/json; charset=utf-16',
    'application/json; charset=latin1',
    'application/json-patch+json',
    'application/jsonx',
    'application/json, text/plain',
    'APPLICATION/JSON',
    'application/json;charset=UTF-8;foo=bar',
    'application/json; charset="utf-8"',
    'application/json; charset=',
    ';',
    '*/*',
  ),
  headerText(60),
);

/** What may stand where a route expects an id: no UUID, a UUID of nothing, traversal, bad encodings. */
export const oddPathId: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'not-a-uuid',
    '0',
    '-1',
    'null',
    'undefined',
    '%00',
    '%E0%A4%A',
    '%',
    '..',
    '..%2F..%2Fadmin%2Fusers',
    '%2e%2e%2f%2e%2e%2fadmin',
    "1' OR '1'='1",
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    '0b7c2f1e-5a3d-4c61-9a8e-1f2d3c4b5a6',
    '0b7c2f1e-5a3d-4c61-9a8e-1f2d3c4b5a600',
    '{0b7c2f1e-5a3d-4c61-9a8e-1f2d3c4b5a60}',
    '0b7c2f1e5a3d4c619a8e1f2d3c4b5a60',
    'x'.repeat(5_000),
  ),
  fc.uuid(),
  fc.string({ maxLength: 40 }).map(encodeURIComponent),
);
