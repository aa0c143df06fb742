import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CaseCommandRunner, derivedUuid, type CaseCommandResponse, type CommandContext } from '@rujukan/application';
import type { AuthenticatedRequest } from '../auth/bearer-auth.guard.js';
import { ApiError, RequestValidationError } from '../errors/api-error.js';
import type { CaseRoute } from '@rujukan/commands';
import { conflictAsApiError } from './execute-case-command.handler.js';
import { CommandClaimConflictError } from '@rujukan/event-store';
import { requestFingerprint } from '../http/request-fingerprint.js';

export type { CaseCommandResponse };

const HEADER_VALUE = /^[A-Za-z0-9._:-]{1,100}$/;

/** Turns a validated request into a command context for the runner, and keeps Idempotency-Key promises. */
@Injectable()
export class CaseCommandsService {
  constructor(private readonly runner: CaseCommandRunner) {}

  /**
   * With an Idempotency-Key the command id derives from the user and the key, so the command's event ids do too, and
   * the key is claimed by the append statement itself with a hash of the request: claim and events commit together
   * or not at all. There is no "in progress" state: a retry after a crash (or a lost answer) runs the command again
   * and either appends it or, finding it appended, answers from the events it wrote (Idempotent-Replayed). A
   * duplicate sent while the first is still running waits for the first's append on the database's unique index,
   * then gets the same answer (or runs, if the first appended nothing). The same key asking something else is 422.
   */
  async execute(route: CaseRoute, body: object, id: string | undefined, request: AuthenticatedRequest): Promise<CaseCommandResponse> {
    return this.executeWith(request, { command: route.command, id: id ?? null, body }, (context) => this.runner.run(route, body, id, context));
  }

  /**
   * Runs a command however it is run (`run`), under the context of this request: the Idempotency-Key with a hash of
   * `asked` (what the request asks, for a key reused for something else), the correlation id, If-Match, and the API's
   * answers to a refusal.
   */
  async executeWith<T extends CaseCommandResponse>(request: AuthenticatedRequest, asked: object, run: (context: CommandContext) => Promise<T>): Promise<T> {
    const { actor } = request;
    const key = header(request, 'idempotency-key');
    if (key === undefined) return this.run(request, randomUUID(), run);
    const fingerprint = requestFingerprint(asked);
    // Scoped by user, so one user's key can never collide with another's events.
    const commandId = derivedUuid('command', actor.userId, key);
    const { replayed, ...response } = await this.run(request, commandId, run, fingerprint);
    if (replayed) request.res?.setHeader('Idempotent-Replayed', 'true');
    return response as T;
  }

  private async run<T>(request: AuthenticatedRequest, commandId: string, run: (context: CommandContext) => Promise<T>, fingerprint?: string): Promise<T> {
    const context: CommandContext = {
      actor: request.actor,
      commandId,
      correlationId: header(request, 'x-correlation-id') ?? randomUUID(),
      now: new Date().toISOString(),
      expectedRevision: ifMatch(request),
      fingerprint,
    };
    try {
      return await run(context);
    } catch (error) {
      if (error instanceof CommandClaimConflictError) {
        throw new ApiError(422, 'IDEMPOTENCY.KEY_REUSED', 'this Idempotency-Key was used for a different request');
      }
      throw conflictAsApiError(error);
    }
  }
}

function header(request: AuthenticatedRequest, name: string): string | undefined {
  const value = request.headers[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !HEADER_VALUE.test(value)) {
    throw new RequestValidationError([{ field: `header ${name}`, reason: 'must be 1-100 letters, digits, . _ : -' }]);
  }
  return value;
}

function ifMatch(request: AuthenticatedRequest): number | undefined {
  const value = request.headers['if-match'];
  if (value === undefined) return undefined;
  const revision = typeof value === 'string' ? /^"?(\d{1,15})"?$/.exec(value)?.[1] : undefined;
  if (revision === undefined) {
    throw new RequestValidationError([{ field: 'header if-match', reason: 'must be the revision the client last saw, e.g. "7"' }]);
  }
  return Number(revision);
}
