import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { caseStreamName, DomainError, isDomainError, type Actor, type CaseCommand } from '@rujukan/domain';
import { EventStore, formatPosition } from '@rujukan/event-store';
import type { AuthenticatedRequest } from '../auth/bearer-auth.guard.js';
import { ApiError, RequestValidationError } from '../errors/api-error.js';
import { CaseLocator } from './case-locator.js';
import { SEALED_TEXT_FIELDS, type CaseRoute } from './case-routes.js';
import { CaseStateCache, derivedUuid, IdentityErasedError, IdentityVault, refuseBeforeWriting, SEALED_PLACEHOLDER, type VictimIdentity } from '@rujukan/application';
import { ExecuteCaseCommand, type CaseCommandResult, type CommandContext } from './execute-case-command.js';
import { conflictAsApiError } from './execute-case-command.handler.js';
import { IdempotencyRecords, isUnavailable, type IdempotencyClaim, type SettledAnswer } from './idempotency-records.js';

export type CaseCommandResponse = CaseCommandResult & { referralId?: string; transferId?: string };

export interface ImportedCommand {
  /** When the command happened. */
  at: Date;
  /** Stable across imports of the same record. */
  commandId: string;
}

const HEADER_VALUE = /^[A-Za-z0-9._:-]{1,100}$/;
const NOT_RECORDED_AFTER_ERASURE = "[not recorded: the victim's identity was erased]";

/** Turns a validated request into a typed command with its context, and keeps Idempotency-Key promises. */
@Injectable()
export class CaseCommandsService {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly locator: CaseLocator,
    private readonly idempotency: IdempotencyRecords,
    private readonly vault: IdentityVault,
    private readonly store: EventStore,
    private readonly cases: CaseStateCache,
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

  /**
   * What a command whose request failed with the database wrote, read from its case stream: the answer it
   * would have given, or null when none of its events is there. An erasure is never settled as answered: its
   * key destruction may not have run, and a retry (which finds the event) runs it.
   */
  private async committedAnswer(route: CaseRoute, commandId: string, caseId: string | undefined): Promise<SettledAnswer> {
    if (caseId === undefined || route.command === 'EraseIdentity') return null;
    const written = (await this.store.readStream(caseStreamName(caseId))).filter((event) => event.metadata.commandId === commandId);
    const last = written.at(-1);
    if (!last) return null;
    const result: CaseCommandResponse = { caseId, revision: last.revision, position: formatPosition(last.position) };
    return { status: 201, body: route.generates ? { ...result, [route.generates]: derivedUuid(commandId, route.generates) } : result };
  }

  /**
   * For an in-process import of records kept before (the demo's history), never for a request: the command
   * happened at `at`, which its events carry as occurred-at. Its id is stable, so importing again appends nothing.
   */
  async import(route: CaseRoute, body: object, id: string | undefined, actor: Actor, command: ImportedCommand): Promise<CaseCommandResponse> {
    return this.run(route, body, id, { actor, headers: { 'x-correlation-id': command.commandId } }, command.commandId, {}, command.at.toISOString());
  }

  private async run(
    route: CaseRoute,
    body: object,
    id: string | undefined,
    request: AuthenticatedRequest,
    commandId: string,
    target: { caseId?: string },
    now: string = new Date().toISOString(),
  ): Promise<CaseCommandResponse> {
    const { actor } = request;
    const context: CommandContext = {
      actor,
      commandId,
      correlationId: header(request, 'x-correlation-id') ?? randomUUID(),
      now,
      expectedRevision: ifMatch(request),
    };
    const data: Record<string, unknown> = { ...body };
    if (route.target === 'new_case') data.caseId = derivedUuid(commandId, 'caseId');
    if (route.target === 'case') data.caseId = id;
    if (route.target === 'referral') Object.assign(data, { caseId: await this.locator.caseOfReferral(id!), referralId: id });
    if (route.target === 'transfer') Object.assign(data, { caseId: await this.locator.caseOfTransfer(id!), transferId: id });
    target.caseId = String(data.caseId);
    if (route.generates) data[route.generates] = derivedUuid(commandId, route.generates);
    // Identity and free text are sealed with the victim's own key here, so the domain and the event log only ever see ciphertext.
    const sealedFields = (SEALED_TEXT_FIELDS[route.command] ?? []).filter((field) => typeof data[field] === 'string' && (data[field] as string).trim() !== '');
    const sealsIdentity = route.command === 'RegisterVictim' && Boolean(data.identity);
    // Sealing makes the case's key on first use: the command is decided first with placeholders where the sealed
    // values go, so a refused one (404, 403, a rule of the case) leaves no key behind and nothing else written.
    if (sealsIdentity || sealedFields.length > 0) {
      const probe = { ...data };
      if (sealsIdentity) probe.identity = Object.fromEntries(Object.keys(data.identity as VictimIdentity).map((field) => [field, SEALED_PLACEHOLDER]));
      for (const field of sealedFields) probe[field] = SEALED_PLACEHOLDER;
      try {
        await refuseBeforeWriting(this.store, { type: route.command, data: probe, metadata: { actor, now: context.now } } as unknown as CaseCommand, context, this.cases);
      } catch (error) {
        throw conflictAsApiError(error);
      }
    }
    if (sealsIdentity) data.identity = await this.seal(String(data.caseId), data.identity as VictimIdentity);
    for (const field of sealedFields) data[field] = await this.sealText(String(data.caseId), data[field] as string);
    const command = { type: route.command, data, metadata: { actor, now: context.now } } as unknown as CaseCommand;
    const result = await this.executeCommand(command, context);
    return route.generates ? { ...result, [route.generates]: data[route.generates] } : result;
  }

  private async executeCommand(command: CaseCommand, context: CommandContext): Promise<CaseCommandResult> {
    if (command.type !== 'EraseIdentity') return this.commandBus.execute(new ExecuteCaseCommand(command, context));
    const destroy = () =>
      this.vault.destroy(command.data.caseId, { by: context.actor.userId, legalBasis: command.data.legalBasis, at: context.now });
    try {
      const result: CaseCommandResult = await this.commandBus.execute(new ExecuteCaseCommand(command, context));
      // The erasure is recorded first (the rules may refuse it), then the key is destroyed.
      await destroy();
      return result;
    } catch (error) {
      // Recorded earlier but the key outlived a failure: destroy it now, then say it was already erased.
      if (isDomainError(error) && error.code === 'IDENTITY.ALREADY_ERASED') await destroy();
      throw error;
    }
  }

  /** After erasure there is no key to seal with: the text is left out and the command still recorded. */
  private async sealText(caseId: string, text: string): Promise<string> {
    try {
      return await this.vault.sealText(caseId, text);
    } catch (error) {
      if (error instanceof IdentityErasedError) return NOT_RECORDED_AFTER_ERASURE;
      throw error;
    }
  }

  private async seal(caseId: string, identity: VictimIdentity) {
    try {
      return await this.vault.seal(caseId, identity);
    } catch (error) {
      if (error instanceof IdentityErasedError) throw new DomainError('IDENTITY.ERASED', "the victim's identity was erased; it cannot be recorded again");
      throw error;
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
