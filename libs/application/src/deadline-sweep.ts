import { isDomainError, type Actor, type CaseCommand } from '@rujukan/domain';
import type { EventStore } from '@rujukan/event-store';
import { derivedUuid } from './derived-id.js';
import { executeCaseCommand } from './execute-case-command.js';

/** The actor of commands the service issues itself; no token can carry its role. */
export const DEADLINE_SWEEP: Actor = { userId: 'deadline-sweep', role: 'system', agency: 'SYSTEM' };

export interface DueReferral {
  caseId: string;
  referralId: string;
}

export interface SweepOutcome {
  expired: string[];
  /** Answered, withdrawn or expired by someone else between the read model and the command: nothing to do. */
  alreadySettled: string[];
  /** Refused for another reason; the sweep goes on with the others. */
  refused: Array<{ referralId: string; code: string }>;
}

const SETTLED = new Set(['REFERRAL.ALREADY_ANSWERED', 'REFERRAL.NOT_DUE']);

/**
 * Expires every referral whose answer is overdue (which escalates it to the sender's supervisor).
 * Each expiry's command id derives from the referral, so sweeps that overlap, repeat or restart
 * expire a referral once.
 */
export async function expireDueReferrals(store: EventStore, due: readonly DueReferral[], now: Date): Promise<SweepOutcome> {
  const outcome: SweepOutcome = { expired: [], alreadySettled: [], refused: [] };
  for (const { caseId, referralId } of due) {
    const command = {
      type: 'ExpireReferral',
      data: { caseId, referralId },
      metadata: { actor: DEADLINE_SWEEP, now: now.toISOString() },
    } as CaseCommand;
    const commandId = derivedUuid('expire-referral', referralId);
    try {
      await executeCaseCommand(store, command, { actor: DEADLINE_SWEEP, commandId, correlationId: commandId, now: now.toISOString() });
      outcome.expired.push(referralId);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      if (SETTLED.has(error.code)) outcome.alreadySettled.push(referralId);
      else outcome.refused.push({ referralId, code: error.code });
    }
  }
  return outcome;
}
