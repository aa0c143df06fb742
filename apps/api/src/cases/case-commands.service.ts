import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CaseCommandRunner, derivedUuid, type CaseCommandResponse, type CommandContext } from '@rujukan/application';
import type { AuthenticatedRequest } from '../auth/bearer-auth.guard.js';
import { ApiError, RequestValidationError } from '../errors/api-error.js';
import type { CaseRoute } from '@rujukan/commands';
import { conflictAsApiError } from './execute-case-command.handler.js';
import { IdempotencyRecords, isUnavailable, type IdempotencyClaim, type SettledAnswer } from '@rujukan/server';

export type { CaseCommandResponse };

const HEADER_VALUE = /^[A-Za-z0-9._:-]{1,100}$/;

/** Turns a validated request into a command context for the runner, and keeps Idempotency-Key promises. */
@Injectable()
export class CaseCommandsService {
  constructor(
    private readonly runner: CaseCommandRunner,
    private readonly idempotency: IdempotencyRecords,
  ) {}

  async execute(route: CaseRoute, body: object, id: string | undefined, request: AuthenticatedRequest): Promise<CaseCommandResponse> {
    const { actor } = request;
    const key = header(request, 'idempotency-key');
    if (key === undefined) return this.run(route, body, id, request, randomUUID(), {});
    const requestHash = sha256(canonicalJson({ command: route.command, id: id ?? null, body }));
    let claim: IdempotencyClaim;
    try {
      claim = await this.idempotency.claim(actor.userId, key, requestHash);
    } catch (error) {
      // The claim may have been stored before the connection broke: release it once the database is back.
      if (isUnavailable(error)) this.idempotency.settleLater(actor.userId, key, requestHash, async () => null);
      throw error;
    }
    if (claim.kind !== 'claimed' && claim.requestHash !== requestHash) {
      throw new ApiError(422, 'IDEMPOTENCY.KEY_REUSED', 'this Idempotency-Key was used for a different request');
    }
    if (claim.kind === 'running') {
      throw new ApiError(409, 'IDEMPOTENCY.IN_PROGRESS', 'the first request with this Idempotency-Key is still running; retry shortly');
    }
    if (claim.kind === 'answered') {
      request.res?.setHeader('Idempotent-Replayed', 'true');
      return claim.body as CaseCommandResponse;
    }
    let response: CaseCommandResponse;
    // Scoped by user, so one user's key can never collide with another's events.
    const commandId = derivedUuid('command', actor.userId, key);
    const target: { caseId?: string } = {};
    try {
      response = await this.run(route, body, id, request, commandId, target);
    } catch (error) {
      if (isUnavailable(error)) {
        // The append may have committed before the database went away: look once it is back.
        this.idempotency.settleLater(actor.userId, key, requestHash, () => this.committedAnswer(route, commandId, target.caseId));
      } else {
        await this.idempotency.release(actor.userId, key, requestHash).catch(() => undefined);
      }
      throw error;
    }
    try {
      await this.idempotency.answer(actor.userId, key, requestHash, 201, response);
    } catch (error) {
      if (!isUnavailable(error)) throw error;
      // The command is in the log: answer it, and record the answer once the database is back.
      this.idempotency.settleLater(actor.userId, key, requestHash, async () => ({ status: 201, body: response }));
    }
    return response;
  }

  private async committedAnswer(route: CaseRoute, commandId: string, caseId: string | undefined): Promise<SettledAnswer> {
    const body = await this.runner.committedAnswer(route, commandId, caseId);
    return body === null ? null : { status: 201, body };
  }

  private async run(
    route: CaseRoute,
    body: object,
    id: string | undefined,
    request: AuthenticatedRequest,
    commandId: string,
    target: { caseId?: string },
  ): Promise<CaseCommandResponse> {
    const context: CommandContext = {
      actor: request.actor,
      commandId,
      correlationId: header(request, 'x-correlation-id') ?? randomUUID(),
      now: new Date().toISOString(),
      expectedRevision: ifMatch(request),
    };
    try {
      return await this.runner.run(route, body, id, context, target);
    } catch (error) {
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

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

// Key order must not matter: a retry may serialise the same body differently.
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
