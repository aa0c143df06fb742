import { isDomainError, type Actor, type CaseCommand } from '@rujukan/domain';
import type { EventStore } from '@rujukan/event-store';
import type { AgencyDirectory } from './agency-directory.js';
import { derivedUuid } from './derived-id.js';
import { executeCaseCommand } from './execute-case-command.js';

/** The actor of commands the service issues itself; no token can carry its role. */
export const DEADLINE_SWEEP: Actor = { userId: 'deadline-sweep', role: 'system', agency: 'SYSTEM' };

export interface DueReferral {
  caseId: string;
  referralId: string;
}

export interface SweepOutcome {
  /** Ids of the referrals expired or services flagged (by this sweep or an earlier run of the same command). */
  acted: string[];
  /** Settled by someone else between the read model and the command (answered, delivered): nothing to do. */
  alreadySettled: string[];
  /** Refused for another reason; the sweep goes on with the others. */
  refused: Array<{ subject: string; code: string }>;
}

const SETTLED = new Set(['REFERRAL.ALREADY_ANSWERED', 'REFERRAL.NOT_DUE', 'SERVICE.ALREADY_DELIVERED', 'SERVICE.ALREADY_FLAGGED', 'SERVICE.NOT_DUE']);

export interface DueService {
  caseId: string;
  serviceId: string;
}

/**
 * Expires every referral whose answer is overdue (which escalates it to the sender's supervisor).
 * Each command id derives from its subject, so sweeps that overlap, repeat or restart act once.
 */
export async function expireDueReferrals(store: EventStore, directory: AgencyDirectory, due: readonly DueReferral[], now: Date): Promise<SweepOutcome> {
  return sweep(store, directory, now, due, ({ caseId, referralId }) => ({
    subject: referralId,
    command: { type: 'ExpireReferral', data: { caseId, referralId } },
    commandId: derivedUuid('expire-referral', referralId),
  }));
}

/** Flags every requested service not delivered within its clock (UU 21/2007 Art. 52: 7 days), once each. */
export async function flagOverdueServices(store: EventStore, directory: AgencyDirectory, due: readonly DueService[], now: Date): Promise<SweepOutcome> {
  return sweep(store, directory, now, due, ({ caseId, serviceId }) => ({
    subject: serviceId,
    command: { type: 'FlagOverdueService', data: { caseId, serviceId } },
    commandId: derivedUuid('flag-overdue-service', caseId, serviceId),
  }));
}

async function sweep<T>(
  store: EventStore,
  directory: AgencyDirectory,
  now: Date,
  due: readonly T[],
  toCommand: (item: T) => { subject: string; command: Pick<CaseCommand, 'type' | 'data'>; commandId: string },
): Promise<SweepOutcome> {
  const outcome: SweepOutcome = { acted: [], alreadySettled: [], refused: [] };
  const at = now.toISOString();
  for (const item of due) {
    const { subject, command, commandId } = toCommand(item);
    try {
      await executeCaseCommand(store, directory, { ...command, metadata: { actor: DEADLINE_SWEEP, now: at } } as CaseCommand, {
        actor: DEADLINE_SWEEP,
        commandId,
        correlationId: commandId,
        now: at,
      });
      outcome.acted.push(subject);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      if (SETTLED.has(error.code)) outcome.alreadySettled.push(subject);
      else outcome.refused.push({ subject, code: error.code });
    }
  }
  return outcome;
}
