import { describe, expect, it } from '@jest/globals';
import { RequestValidationError } from '../errors/api-error.js';
import { JsonObjectBodyPipe } from './json-object-body.pipe.js';

const pipe = new JsonObjectBodyPipe();
const body = { type: 'body' as const };

function refusal(value: unknown) {
  try {
    pipe.transform(value, body);
  } catch (error) {
    if (error instanceof RequestValidationError) return error.errors;
    throw error;
  }
  return null;
}

// Found by the fuzz specs (test/fuzz): the ValidationPipe dropped these keys silently, let an array pass as an empty
// command, and overflowed the stack (500) on deeply nested bodies.
describe('request bodies are JSON objects without prototype keys', () => {
  it('refuses __proto__, constructor and prototype at any depth, naming each', () => {
    const parsed = JSON.parse('{"to":"assessment","__proto__":{"isAdmin":true},"from":{"kind":"port","constructor":{"prototype":1}},"list":[{"prototype":2}]}');
    expect(refusal(parsed)).toEqual([
      { field: '__proto__', reason: '__proto__ is not an allowed field' },
      { field: 'from.constructor', reason: 'from.constructor is not an allowed field' },
      { field: 'list.0.prototype', reason: 'list.0.prototype is not an allowed field' },
    ]);
  });

  it('refuses an array or a scalar as the body', () => {
    for (const value of [[], [{ to: 'assessment' }], 'text', 1, null]) {
      expect(refusal(value)).toEqual([{ field: 'body', reason: 'the body must be a JSON object' }]);
    }
  });

  it('refuses a body nested deeper than 32 levels, however deep, without overflowing the stack', () => {
    const nested = (depth: number) => JSON.parse(`{"a":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`);
    expect(refusal(nested(32))).toBeNull();
    for (const depth of [33, 5_000, 30_000]) {
      expect(refusal(nested(depth))).toEqual([{ field: 'body', reason: 'the body nests objects and arrays deeper than 32 levels' }]);
    }
  });

  it('passes an object, an absent body, and whatever is not the body', () => {
    expect(refusal({ to: 'assessment', note: 'constructor of the shelter' })).toBeNull();
    expect(refusal(undefined)).toBeNull();
    expect(pipe.transform(['a'], { type: 'query' })).toEqual(['a']);
  });
});
