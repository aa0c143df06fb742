import type { INestApplicationContext } from '@nestjs/common';
import { AgencyDirectory, CaseCommandRunner, derivedUuid, expireDueReferrals, flagOverdueServices, toCaseEvent, type SweepOutcome } from '@rujukan/application';
import { caseStreamName, foldCase, requirePermission, type Actor, type Stage } from '@rujukan/domain';
import { EventStore } from '@rujukan/event-store';
import { requestValidationPipe, routeOfPath } from '@rujukan/commands';
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

/**
 * Commands sent inside the process to the API's own command runner, each with the time it happened:
 * what the HTTP layer does first (the role's permission, the body's DTO validation) is done here too,
 * then the same runner seals free text and runs `decide` and the append, under a command id derived
 * from the key as the API derives it, so an import run again appends nothing.
 * The events carry the stated time as occurred-at; the store records when they were written.
 */
export function historicalCommands(app: INestApplicationContext): HistoricalCommands {
  return commandsOn({ runner: app.get(CaseCommandRunner), store: app.get(EventStore), directory: app.get(AgencyDirectory) });
}

/** What a command needs to run in process, without an application around it. */
export interface CommandParts {
  runner: CaseCommandRunner;
  store: EventStore;
  directory: AgencyDirectory;
}

/** The same commands on parts the caller built (the seed command builds them on its own database connection). */
export function commandsOn({ runner, store, directory }: CommandParts): HistoricalCommands {
  const pipe = requestValidationPipe();
  return {
    async post(path, body, actor, key, at) {
      const { route, id } = routeOfPath(path);
      requirePermission(actor, route.command);
      const dto = (await pipe.transform(body, { type: 'body', metatype: route.body })) as object;
      // The command id the API derives from a user's Idempotency-Key: importing again appends nothing.
      const commandId = derivedUuid('command', actor.userId, key);
      // The command happened at `at`, which its events carry as occurred-at.
      return runner.run(route, dto, id, { actor, commandId, correlationId: commandId, now: at.toISOString() });
    },
    async expireReferral(caseId, referralId, at) {
      refusedNothing(await expireDueReferrals(store, directory, [{ caseId, referralId }], at), `referral ${referralId}`);
    },
    async closedCase(caseId) {
      const events = await store.readStream(caseStreamName(caseId));
      if (events.at(-1)?.type !== 'CaseClosed') return null;
      const state = foldCase(events.map(toCaseEvent));
      return state.exists ? { stage: state.stage, owner: state.ownerAgency } : null;
    },
    async flagOverdueService(caseId, serviceId, at) {
      refusedNothing(await flagOverdueServices(store, directory, [{ caseId, serviceId }], at), `service ${serviceId} of case ${caseId}`);
    },
  };
}

function refusedNothing(outcome: SweepOutcome, subject: string): void {
  if (outcome.refused.length > 0) throw new Error(`${subject} was refused by the sweep's command: ${outcome.refused[0]!.code}`);
}
