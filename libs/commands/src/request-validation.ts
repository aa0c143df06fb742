import { ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';

export interface FieldError {
  field: string;
  reason: string;
}

/** The request body or parameters failed validation; answered 400 with every field and reason. */
export class RequestValidationError extends Error {
  override readonly name = 'RequestValidationError';

  constructor(readonly errors: readonly FieldError[]) {
    super('request validation failed');
  }
}

/** class-validator errors, nested ones with a dotted path: `indicators.destinationCountry`. */
export function fieldErrors(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({
      field,
      reason: error.constraints?.whitelistValidation === reason ? `${field} is not an allowed field` : reason,
    }));
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}

/** Validates and transforms request bodies into their DTOs: the API's global pipe, and in-process callers' (the CLI's demo). */
export function requestValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationError(fieldErrors(errors)),
  });
}
