import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { RequestValidationError, type FieldError } from '../errors/api-error.js';

// Keys that reach for an object's prototype: the ValidationPipe would drop them silently and accept the rest.
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Runs before the ValidationPipe on every request body: a body is a JSON object (an array would pass as a command
 * with nothing in it), and no key at any depth names a prototype. Both are refused as fields, not dropped.
 */
@Injectable()
export class JsonObjectBodyPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body' || value === undefined) return value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new RequestValidationError([{ field: 'body', reason: 'the body must be a JSON object' }]);
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
