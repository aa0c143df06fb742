import { ApiHeader, ApiQuery } from '@nestjs/swagger';
import { DomainError } from '@rujukan/domain';
import { RequestValidationError } from '../errors/api-error.js';

/** What the read routes share in parsing a request and shaping its answer. */
export interface HeaderSink {
  /** Fastify's `reply.header`. */
  header(name: string, value: string): unknown;
}

export const MIN_POSITION_DOCS = [
  ApiHeader({ name: 'X-Min-Position', required: false, description: 'A position a command returned: wait (bounded) until this answer includes it' }),
  ApiQuery({ name: 'minPosition', required: false, description: 'The same as X-Min-Position' }),
];

export function notFound(caseId: string): DomainError {
  // The same answer for "no such case" and "not yours": existence itself is confidential.
  return new DomainError('CASE.NOT_FOUND', `case ${caseId} not found`, { caseId });
}

export function setHeaders(response: HeaderSink, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) response.header(name, value);
}

export function integerParam(field: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const value = /^-?\d{1,10}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RequestValidationError([{ field, reason: `${field} must be a whole number from ${min} to ${max}` }]);
  }
  return value;
}
