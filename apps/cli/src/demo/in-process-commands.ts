import type { INestApplicationContext } from '@nestjs/common';
import { derivedUuid, expireDueReferrals, flagOverdueServices, toCaseEvent, type SweepOutcome } from '@rujukan/application';
import { caseStreamName, foldCase, requirePermission, type Actor, type Stage } from '@rujukan/domain';
import { EventStore } from '@rujukan/event-store';
import { requestValidationPipe } from '../../../api/src/bootstrap.js';
import { CaseCommandsService } from '../../../api/src/cases/case-commands.service.js';
import { CASE_ROUTES, type CaseRoute } from '../../../api/src/cases/case-routes.js';
import type { CommandResponse } from './seed-demo.js';

/** Sends one command as `actor` at a stated time in the past; the response, or the API's error. */
export type PostCommandAt = (path: string, body: object, actor: Actor, idempotencyKey: string, at: Date) => Promise<CommandResponse>;

export interface HistoricalCommands {
  post: PostCommandAt;
  /** The deadline sweep's own command, run as it would have run when the referral fell due. */
  expireReferral(caseId: string, referralId: string, at: Date): Promise<void>;
  /** Likewise for a service not delivered within its clock. */
  flagOverdueService(caseId: string, serviceId: string, at: Date): Promise<void>;
  /** The case's stage and owner if it is closed: an import run again can pass over it whole. */
  closedCase(caseId: string): Promise<{ stage: Stage; owner: string } | null>;
}

const ROUTES = CASE_ROUTES.map((route) => ({ route, pattern: new RegExp(`^/${route.path.replace(':id', '([0-9a-f-]{36})')}$`) }));

function routeOf(path: string): { route: CaseRoute; id: string | undefined } {
  for (const { route, pattern } of ROUTES) {
    const match = pattern.exec(path);
    if (match) return { route, id: match[1] };
  }
  throw new Error(`no command route ${path}`);
}

/**
 * Commands sent inside the process to the API's own command service, each with the time it happened:
 * what the HTTP layer does first (the role's permission, the body's DTO validation) is done here too,
 * then the same service seals free text and runs `decide` and the append, under a command id derived
 * from the key as the API derives it, so an import run again appends nothing.
 * The events carry the stated time as occurred-at; the store records when they were written.
 */
export function historicalCommands(app: INestApplicationContext): HistoricalCommands {
  const service = app.get(CaseCommandsService);
  const store = app.get(EventStore);
  const pipe = requestValidationPipe();
  return {
    async post(path, body, actor, key, at) {
      const { route, id } = routeOf(path);
      requirePermission(actor, route.command);
      const dto = (await pipe.transform(body, { type: 'body', metatype: route.body })) as object;
      // The command id the API derives from a user's Idempotency-Key: importing again appends nothing.
      return service.import(route, dto, id, actor, { at, commandId: derivedUuid('command', actor.userId, key) });
    },
    async expireReferral(caseId, referralId, at) {
      refusedNothing(await expireDueReferrals(store, [{ caseId, referralId }], at), `referral ${referralId}`);
    },
    async closedCase(caseId) {
      const events = await store.readStream(caseStreamName(caseId));
      if (events.at(-1)?.type !== 'CaseClosed') return null;
      const state = foldCase(events.map(toCaseEvent));
      return state.exists ? { stage: state.stage, owner: state.ownerAgency } : null;
    },
    async flagOverdueService(caseId, serviceId, at) {
      refusedNothing(await flagOverdueServices(store, [{ caseId, serviceId }], at), `service ${serviceId} of case ${caseId}`);
    },
  };
}

function refusedNothing(outcome: SweepOutcome, subject: string): void {
  if (outcome.refused.length > 0) throw new Error(`${subject} was refused by the sweep's command: ${outcome.refused[0]!.code}`);
}
