import { caseStreamName } from '@rujukan/domain';
import type { EventStore } from '@rujukan/event-store';
import type { DataKeyStore } from './identity-vault.js';

/** How long an erasure may take between its mark and its key's destruction before the sweep looks at it. */
export const ERASURE_GRACE_MS = 60_000;

export interface ErasuresSettled {
  /** Erasures recorded whose key outlived a crash: the key is destroyed now. */
  finished: string[];
  /** Marked, never recorded (refused, or the process died first): the key stays, unmarked. */
  abandoned: string[];
}

/**
 * Finishes the erasures a crash interrupted: an erasure is recorded as an event and then its key destroyed, two
 * writes no transaction spans. For every key marked as being erased longer than the grace period, the case's own
 * record decides: an `IdentityErased` event means the key goes now; none means the erasure never happened.
 */
export async function settleInterruptedErasures(store: EventStore, keys: DataKeyStore, now: Date): Promise<ErasuresSettled> {
  const settled: ErasuresSettled = { finished: [], abandoned: [] };
  for (const caseId of await keys.erasingSince(new Date(now.getTime() - ERASURE_GRACE_MS))) {
    const erased = (await store.readStream(caseStreamName(caseId))).find((event) => event.type === 'IdentityErased');
    if (erased) {
      await keys.destroy(caseId, {
        by: erased.metadata.actor,
        legalBasis: String((erased.data as { legalBasis?: unknown }).legalBasis ?? ''),
        at: erased.metadata.occurredAt,
      });
      settled.finished.push(caseId);
    } else {
      await keys.clearErasing(caseId);
      settled.abandoned.push(caseId);
    }
  }
  return settled;
}
