import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '@rujukan/domain';
import { TokenVerifier } from './token-verifier.js';

/** The parts of the HTTP request the command path reads (express types are not a dependency). */
export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  actor: Actor;
  res?: { setHeader(name: string, value: string): unknown };
}

/** Every command needs a verified actor; the actor never comes from the body. */
@Injectable()
export class BearerAuthGuard implements CanActivate {
  constructor(private readonly verifier: TokenVerifier) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const authorization = request.headers.authorization;
    request.actor = await this.verifier.actorOf(typeof authorization === 'string' ? authorization : undefined);
    return true;
  }
}
