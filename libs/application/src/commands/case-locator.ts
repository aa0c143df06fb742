import { DomainError } from '@rujukan/domain';
import { EventStore } from '@rujukan/event-store';

// Enough for every referral and transfer a busy process touches; the oldest known ones go first.
const DEFAULT_CAPACITY = 50_000;

/**
 * Finds the case a referral or transfer belongs to, from the event that created it, through the event store port.
 * The answer never changes once the event is in the log (a referral never moves to another case), so it is
 * kept: a command on a known referral makes no lookup. Only what the log holds, or what this process appended,
 * is ever kept; an id not found is looked up again next time.
 */
export class CaseLocator {
  private readonly known = new Map<string, string>();

  constructor(
    private readonly store: EventStore,
    private readonly capacity = DEFAULT_CAPACITY,
  ) {}

  async caseOfReferral(referralId: string): Promise<string> {
    return this.caseOf('referral', referralId, async () => {
      const sent = await this.store.findEvent({ type: 'ReferralSent', field: 'referralId', value: referralId });
      if (!sent) throw new DomainError('REFERRAL.NOT_FOUND', `referral ${referralId} not found`, { referralId });
      return String(sent.data.caseId);
    });
  }

  async caseOfTransfer(transferId: string): Promise<string> {
    return this.caseOf('transfer', transferId, async () => {
      const requested = await this.store.findEvent({ type: 'TransferRequested', field: 'transferId', value: transferId });
      if (!requested) throw new DomainError('TRANSFER.NOT_FOUND', `transfer ${transferId} not found`, { transferId });
      return String(requested.data.caseId);
    });
  }

  /** A referral or transfer this process has just appended (the append committed): its case, for the commands that follow. */
  remember(kind: 'referral' | 'transfer', id: string, caseId: string): void {
    const entry = `${kind}:${id}`;
    this.known.delete(entry);
    this.known.set(entry, caseId);
    if (this.known.size > this.capacity) this.known.delete(this.known.keys().next().value!);
  }

  private async caseOf(kind: 'referral' | 'transfer', id: string, find: () => Promise<string>): Promise<string> {
    const known = this.known.get(`${kind}:${id}`);
    if (known !== undefined) return known;
    const caseId = await find();
    this.remember(kind, id, caseId);
    return caseId;
  }
}
