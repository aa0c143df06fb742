import { applyDecorators, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { UserRateLimitGuard } from '../rate-limit/rate-limit.js';
import { BearerAuthGuard } from './bearer-auth.guard.js';

/**
 * A route acting for a person: the bearer token is verified first, then the request counts against that user's
 * rate limit. The order matters (guards run in the order listed), so routes use this instead of naming the guards.
 */
export function Authenticated(): ClassDecorator & MethodDecorator {
  return applyDecorators(
    ApiBearerAuth(),
    UseGuards(BearerAuthGuard, UserRateLimitGuard),
    ApiTooManyRequestsResponse({ description: '`REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After' }),
  );
}
