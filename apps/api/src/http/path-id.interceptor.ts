import type { CallHandler, ExecutionContext, NestInterceptor, PipeTransform } from '@nestjs/common';
import { isRegistrationNumber } from '@rujukan/domain';
import { from, type Observable, switchMap } from 'rxjs';
import { RequestValidationError } from '../errors/api-error.js';
import { notFound } from './read-answers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SHORT_ID = /^[0-9a-f]{8}$/i;
/** Routes whose `:id` names a case (not a referral or a transfer): there a registration number or a short id names it too. */
const CASE_ROUTE = /(^|\/)cases\/:id(\/|$)/;

export const PATH_ID_REASON = 'id in the path must be a UUID: the id of the case, referral or transfer the route names';

/** Finds the case a registration number (`KI-2026-0042`) or the first 8 hex digits of its id name; null: none (or, short, several). */
export interface CaseIdResolver {
  caseIdOfNumber(registrationNumber: string): Promise<string | null>;
  caseIdOfShortId(shortId: string): Promise<string | null>;
}

/**
 * Every `:id` in a path names a case, a referral or a transfer by its UUID; a case also by its registration number or
 * the 8-character short id the console shows, which are replaced by the UUID before the route sees them (a number or
 * short id that names no case is 404, as a case the caller may not see is). Checked on every route, written now or
 * later, after the guards (who asks, and whether that role may) and before the body is read: anything else is a
 * 400 naming `id`.
 */
export class PathIdInterceptor implements NestInterceptor {
  constructor(private readonly cases?: CaseIdResolver) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<{ params?: Record<string, unknown>; routeOptions?: { url?: string }; routerPath?: string }>();
    const id = request.params?.id;
    if (id === undefined || (typeof id === 'string' && UUID.test(id))) return next.handle();
    const route = request.routeOptions?.url ?? request.routerPath ?? '';
    const byCase = this.cases && typeof id === 'string' && CASE_ROUTE.test(route) ? this.resolverFor(id) : undefined;
    if (!byCase) throw new RequestValidationError([{ field: 'id', reason: PATH_ID_REASON }]);
    return from(byCase).pipe(
      switchMap((caseId) => {
        if (caseId === null) throw notFound(String(id));
        request.params!.id = caseId;
        return next.handle();
      }),
    );
  }

  private resolverFor(id: string): Promise<string | null> | undefined {
    if (isRegistrationNumber(id)) return this.cases!.caseIdOfNumber(id);
    if (SHORT_ID.test(id)) return this.cases!.caseIdOfShortId(id);
    return undefined;
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
