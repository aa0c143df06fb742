import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError, requirePermission, type Actor, type Permission } from '@rujukan/domain';
import { PERMISSION_KEY } from './permission.decorator.js';
import { TokenVerifier } from './token-verifier.js';
import { UserDirectory } from './user-directory.js';

/** The parts of the HTTP request the command path reads (Fastify's request; `res` is its raw response, see security.ts). */
export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  actor: Actor;
  res?: { setHeader(name: string, value: string): unknown };
}

/**
 * Every guarded route needs a verified actor (never taken from the body) whose role the permission
 * matrix names for the route's permission. A route that declares no permission is refused: closed by default.
 */
@Injectable()
export class BearerAuthGuard implements CanActivate {
  constructor(
    private readonly verifier: TokenVerifier,
    private readonly reflector: Reflector,
    private readonly directory: UserDirectory,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const authorization = request.headers.authorization;
    request.actor = await this.verifier.actorOf(typeof authorization === 'string' ? authorization : undefined);
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, [context.getHandler(), context.getClass()]);
    if (!permission) throw new DomainError('AUTH.FORBIDDEN', 'this route declares no permission', { rule: 'permission' });
    requirePermission(request.actor, permission);
    await this.directory.check(request.actor);
    return true;
  }
}
