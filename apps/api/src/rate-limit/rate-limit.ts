import { Global, Inject, Injectable, Module, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '@rujukan/domain';
import { APP_CONFIG, type AppConfig } from '@rujukan/platform';
import { ApiError } from '../errors/api-error.js';
import { clientAddressKey, RateLimiter } from './rate-limiter.js';

/** The two limits: every request counts against its client address, and an authenticated one also against its user. */
export type RateLimitScope = 'ip' | 'user';

/** Who a per-user count belongs to: the verified token's user at its agency (the same id may exist at two agencies). */
export function userKey(actor: Pick<Actor, 'userId' | 'agency'>): string {
  return `user:${JSON.stringify([actor.agency, actor.userId])}`;
}

/** Where a refusal sets its Retry-After header: the Fastify reply. */
export interface ReplyHeaders {
  header(name: string, value: string): unknown;
}

function limited(reply: ReplyHeaders, scope: RateLimitScope, limitPerMinute: number, retryAfterSeconds: number): ApiError {
  reply.header('Retry-After', String(retryAfterSeconds));
  return new ApiError(
    429,
    'REQUEST.RATE_LIMITED',
    `too many requests ${scope === 'user' ? 'for this user' : 'from this address'}; retry after ${retryAfterSeconds} s`,
    { scope, limitPerMinute, retryAfterSeconds },
  );
}

/** The counters of this process, shared by both limits. */
@Injectable()
export class RateLimits {
  readonly limiter = new RateLimiter(60_000);

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * The per-address limit, counted in a hook in front of everything (even /docs, unknown paths and the body
   * parser): requests without a token and refused tokens count too, and a flood is turned away before a body is
   * read or a signature checked. `address` is Fastify's `request.ip`, which honours TRUST_PROXY_HOPS. 0 turns it off.
   */
  countAddress(address: string | undefined, reply: ReplyHeaders): void {
    const limit = this.config.RATE_LIMIT_PER_IP_PER_MINUTE;
    if (limit === 0) return;
    const hit = this.limiter.hit(`ip:${clientAddressKey(address)}`, limit);
    if (!hit.allowed) throw limited(reply, 'ip', limit, hit.retryAfterSeconds);
  }

  /** The per-user limit for a verified actor; 0 turns it off. */
  countUser(actor: Actor, reply: ReplyHeaders): void {
    const limit = this.config.RATE_LIMIT_PER_USER_PER_MINUTE;
    if (limit === 0) return;
    const hit = this.limiter.hit(userKey(actor), limit);
    if (!hit.allowed) throw limited(reply, 'user', limit, hit.retryAfterSeconds);
  }
}

/** After BearerAuthGuard on every authenticated route (see `Authenticated()`): counts the verified actor, not a claim. */
@Injectable()
export class UserRateLimitGuard implements CanActivate {
  constructor(private readonly limits: RateLimits) {}

  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    const actor = http.getRequest<{ actor?: Actor }>().actor;
    // Fail closed: a route that counts per user but has no verified actor is a wiring mistake, not a request to let through.
    if (!actor) throw new Error('UserRateLimitGuard runs after BearerAuthGuard has verified the actor');
    this.limits.countUser(actor, http.getResponse<ReplyHeaders>());
    return true;
  }
}

@Global()
@Module({
  providers: [RateLimits, UserRateLimitGuard],
  exports: [RateLimits, UserRateLimitGuard],
})
export class RateLimitModule {}
