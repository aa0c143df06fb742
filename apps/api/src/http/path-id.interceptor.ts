import type { CallHandler, ExecutionContext, NestInterceptor, PipeTransform } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { RequestValidationError } from '../errors/api-error.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const PATH_ID_REASON = 'id in the path must be a UUID: the id of the case, referral or transfer the route names';

/**
 * Every `:id` in a path names a case, a referral or a transfer by its UUID. Checked on every route, written now or
 * later, after the guards (who asks, and whether that role may) and before the body is read: anything else is a
 * 400 naming `id`.
 */
export class PathIdInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const id = context.switchToHttp().getRequest<{ params?: Record<string, unknown> }>().params?.id;
    if (id !== undefined && !(typeof id === 'string' && UUID.test(id))) throw new RequestValidationError([{ field: 'id', reason: PATH_ID_REASON }]);
    return next.handle();
  }
}

/** A path parameter besides `:id` that names a record by its UUID (a document, a referral): anything else is a 400 naming it. */
export class UuidParam implements PipeTransform<unknown, string> {
  constructor(private readonly name: string) {}

  transform(value: unknown): string {
    if (typeof value === 'string' && UUID.test(value)) return value;
    throw new RequestValidationError([{ field: this.name, reason: `${this.name} in the path must be a UUID` }]);
  }
}
