import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { RequestValidationError, type FieldError } from '../errors/api-error.js';

// Keys that reach for an object's prototype: the ValidationPipe would drop them silently and accept the rest.
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

// The deepest body a route takes nests 3 levels; 10 KB of brackets nest 5,000, which overflowed the stack of every recursive walk (500).
const MAX_DEPTH = 32;

/**
 * Runs before the ValidationPipe on every request body: a body is a JSON object (an array would pass as a command
 * with nothing in it), nested at most MAX_DEPTH levels, and no key at any depth names a prototype. All are refused
 * as fields, not dropped.
 */
@Injectable()
export class JsonObjectBodyPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body' || value === undefined) return value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new RequestValidationError([{ field: 'body', reason: 'the body must be a JSON object' }]);
    }
    if (depthExceeds(value, MAX_DEPTH)) {
      throw new RequestValidationError([{ field: 'body', reason: `the body nests objects and arrays deeper than ${MAX_DEPTH} levels` }]);
    }
    const errors = prototypeKeys(value, '');
    if (errors.length > 0) throw new RequestValidationError(errors);
    return value;
  }
}

function prototypeKeys(value: unknown, parent: string): FieldError[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.keys(value).flatMap((key) => {
    const field = parent ? `${parent}.${key}` : key;
    if (PROTOTYPE_KEYS.has(key)) return [{ field, reason: `${field} is not an allowed field` }];
    return prototypeKeys((value as Record<string, unknown>)[key], field);
  });
}

/** Without recursion, so that the check itself cannot overflow the stack. */
function depthExceeds(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > max) return true;
    for (const item of Object.values(node)) if (item !== null && typeof item === 'object') stack.push([item, depth + 1]);
  }
  return false;
}
