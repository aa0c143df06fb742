import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { errorCategory, isDomainError } from '@rujukan/domain';
import { EventStoreUnavailableError, isConnectionError } from '@rujukan/event-store';
import { ApiError, RequestValidationError, type FieldError } from './api-error.js';

/** The parts of Fastify's reply the filter uses. */
interface HttpResponse {
  code(status: number): HttpResponse;
  header(name: string, value: string): HttpResponse;
  send(body: unknown): unknown;
}

interface ErrorAnswer {
  status: number;
  body: { code: string; message: string; details?: Readonly<Record<string, unknown>>; errors?: readonly FieldError[]; requestId?: string };
}

const RETRY_AFTER_SECONDS = 1;

export const STATUS_OF_CATEGORY = { not_found: 404, forbidden: 403, validation: 400, conflict: 409, unprocessable: 422 } as const;

/**
 * Every error leaves as `{ code, message, details | errors }`. Unknown errors say nothing about internals: a 500
 * carries a generic message and the request id (also in the X-Request-Id header) to quote to an operator, never
 * an error's message or stack, which may quote SQL, a table or request data.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(
    private readonly limits: { maxBodyBytes: number; documentMaxBytes?: number; isDocumentUpload?: (request: { method: string; url: string }) => boolean } = {
      maxBodyBytes: 64 * 1024,
    },
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<HttpResponse>();
    const request = http.getRequest<{ id?: unknown; method?: string; url?: string }>();
    const requestId = request.id;
    const upload = this.limits.isDocumentUpload?.({ method: request.method ?? '', url: request.url ?? '' }) === true;
    const answer = this.answer(exception, typeof requestId === 'string' ? requestId : String(requestId ?? 'unknown'), upload);
    if (answer.status === 401) response.header('WWW-Authenticate', 'Bearer');
    // Worth retrying soon: the database is away (it usually is back within seconds).
    if (answer.status === 503) response.header('Retry-After', String(RETRY_AFTER_SECONDS));
    response.code(answer.status).header('Content-Type', 'application/json; charset=utf-8').send(answer.body);
  }

  private answer(exception: unknown, requestId: string, upload = false): ErrorAnswer {
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
    if (exception instanceof HttpException && exception.getStatus() < 500) return this.httpAnswer(exception, upload);
    // Name only: a message or stack may quote request data.
    this.logger.error(`unhandled ${exception instanceof Error ? exception.name : typeof exception} (request ${requestId})`);
    // A server-side HttpException (the health check's 503) keeps its status, not its message.
    const status = exception instanceof HttpException ? exception.getStatus() : 500;
    if (status === 503) {
      const components = exception instanceof HttpException ? healthComponents(exception.getResponse()) : undefined;
      return {
        status,
        body: { code: 'SERVICE.UNAVAILABLE', message: 'the service cannot answer now; retry later', ...(components && { details: components }), requestId },
      };
    }
    return { status, body: { code: 'INTERNAL', message: 'internal error; quote the request id to an operator', requestId } };
  }

  private httpAnswer(exception: HttpException, upload: boolean): ErrorAnswer {
    const status = exception.getStatus();
    if (status === 404) return { status, body: { code: 'HTTP.NOT_FOUND', message: 'no such route' } };
    if (status === 400) return { status, body: { code: 'REQUEST.MALFORMED', message: malformedPart(exception.cause) } };
    if (status === 413) {
      const limitBytes = upload ? (this.limits.documentMaxBytes ?? this.limits.maxBodyBytes) : this.limits.maxBodyBytes;
      return { status, body: { code: 'REQUEST.TOO_LARGE', message: `the request body is larger than ${limitBytes} bytes`, details: { limitBytes } } };
    }
    // Fastify's refusal of a content type no parser reads (the security hook refuses those first).
    if (status === 415) return { status, body: { code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE', message: 'the request body must be UTF-8 JSON' } };
    return { status, body: { code: `HTTP.${status}`, message: exception.message } };
  }
}

/** What a 400 from the HTTP platform refused: a body the JSON parser could not read, or a path it could not decode. */
function malformedPart(cause: unknown): string {
  if (cause instanceof URIError || (cause as { code?: unknown } | undefined)?.code === 'FST_ERR_BAD_URL')
    return 'the request path is not valid percent-encoding';
  if (cause instanceof SyntaxError) return 'the request body is not valid JSON';
  return 'the request is malformed';
}

/** The health check's 503 names each component and whether it is up: `{ database: 'down', eventStore: 'down' }`, nothing more. */
function healthComponents(response: unknown): Record<string, string> | undefined {
  const details = (response as { details?: unknown } | null)?.details;
  if (details === null || typeof details !== 'object') return undefined;
  const entries = Object.entries(details as Record<string, { status?: unknown }>).filter(([, value]) => typeof value?.status === 'string');
  return entries.length > 0 ? Object.fromEntries(entries.map(([name, value]) => [name, String(value.status)])) : undefined;
}
