import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter, type ValidationError } from '@nestjs/common';
import { errorCategory, isDomainError } from '@rujukan/domain';
import { EventStoreUnavailableError, isConnectionError } from '@rujukan/event-store';
import { ApiError, RequestValidationError, type FieldError } from './api-error.js';

interface HttpResponse {
  status(code: number): HttpResponse;
  setHeader(name: string, value: string): unknown;
  json(body: unknown): unknown;
}

interface ErrorAnswer {
  status: number;
  body: { code: string; message: string; details?: Readonly<Record<string, unknown>>; errors?: readonly FieldError[] };
}

const STATUS_OF_CATEGORY = { not_found: 404, forbidden: 403, validation: 400, conflict: 409 } as const;

/** Every error leaves as `{ code, message, details | errors }`; unknown errors say nothing about internals. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<HttpResponse>();
    const answer = this.answer(exception);
    if (answer.status === 401) response.setHeader('WWW-Authenticate', 'Bearer');
    response.status(answer.status).json(answer.body);
  }

  private answer(exception: unknown): ErrorAnswer {
    if (exception instanceof RequestValidationError) {
      return { status: 400, body: { code: 'VALIDATION.FAILED', message: 'the request is not valid', errors: exception.errors } };
    }
    if (isDomainError(exception)) {
      const status = STATUS_OF_CATEGORY[errorCategory(exception.code)];
      const field = exception.details.field;
      const errors = status === 400 && typeof field === 'string' ? [{ field, reason: exception.message }] : undefined;
      return { status, body: { code: exception.code, message: exception.message, details: exception.details, ...(errors && { errors }) } };
    }
    if (exception instanceof ApiError) {
      return { status: exception.status, body: { code: exception.code, message: exception.message, details: exception.details } };
    }
    if (exception instanceof EventStoreUnavailableError || isConnectionError(exception)) {
      this.logger.warn('database unavailable');
      return { status: 503, body: { code: 'SERVICE.UNAVAILABLE', message: 'the database does not answer; retry later' } };
    }
    if (exception instanceof HttpException) return httpAnswer(exception);
    // Name only: a message or stack may quote request data.
    this.logger.error(`unhandled ${exception instanceof Error ? exception.name : typeof exception}`);
    return { status: 500, body: { code: 'INTERNAL', message: 'internal error' } };
  }
}

function httpAnswer(exception: HttpException): ErrorAnswer {
  const status = exception.getStatus();
  if (status === 404) return { status, body: { code: 'HTTP.NOT_FOUND', message: 'no such route' } };
  if (status === 400) return { status, body: { code: 'REQUEST.MALFORMED', message: 'the request body is not valid JSON' } };
  if (status === 413) return { status, body: { code: 'REQUEST.TOO_LARGE', message: 'the request body is too large' } };
  return { status, body: { code: `HTTP.${status}`, message: exception.message } };
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
