import type { IncomingMessage, ServerResponse } from 'node:http';
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

function limited(res: Pick<ServerResponse, 'setHeader'>, scope: RateLimitScope, limitPerMinute: number, retryAfterSeconds: number): ApiError {
  res.setHeader('Retry-After', String(retryAfterSeconds));
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
   * Express middleware for the per-address limit, put in front of everything (even /docs, unknown paths and the
   * body parser): requests without a token and refused tokens count too, and a flood is turned away before a
   * body is read or a signature checked. 0 turns it off.
   */
  perAddress(): (req: IncomingMessage & { ip?: string }, res: ServerResponse, next: (error?: unknown) => void) => void {
    const limit = this.config.RATE_LIMIT_PER_IP_PER_MINUTE;
    return (req, res, next) => {
      if (limit === 0) return next();
      // req.ip honours TRUST_PROXY_HOPS (express 'trust proxy'); with 0 hops it is the socket's address.
      const hit = this.limiter.hit(`ip:${clientAddressKey(req.ip ?? req.socket.remoteAddress)}`, limit);
      next(hit.allowed ? undefined : limited(res, 'ip', limit, hit.retryAfterSeconds));
    };
  }

  /** The per-user limit for a verified actor; 0 turns it off. */
  countUser(actor: Actor, res: Pick<ServerResponse, 'setHeader'>): void {
    const limit = this.config.RATE_LIMIT_PER_USER_PER_MINUTE;
    if (limit === 0) return;
    const hit = this.limiter.hit(userKey(actor), limit);
    if (!hit.allowed) throw limited(res, 'user', limit, hit.retryAfterSeconds);
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
    this.limits.countUser(actor, http.getResponse<ServerResponse>());
    return true;
  }
}

@Global()
@Module({
  providers: [RateLimits, UserRateLimitGuard],
  exports: [RateLimits, UserRateLimitGuard],
})
export class RateLimitModule {}
