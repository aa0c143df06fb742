import { DomainError } from '@rujukan/domain';
import { EventStore } from '@rujukan/event-store';

/** Finds the case a referral or transfer belongs to, from the event that created it, through the event store port. */
export class CaseLocator {
  constructor(private readonly store: EventStore) {}

  async caseOfReferral(referralId: string): Promise<string> {
    const sent = await this.store.findEvent({ type: 'ReferralSent', field: 'referralId', value: referralId });
    if (!sent) throw new DomainError('REFERRAL.NOT_FOUND', `referral ${referralId} not found`, { referralId });
    return String(sent.data.caseId);
  }

  async caseOfTransfer(transferId: string): Promise<string> {
    const requested = await this.store.findEvent({ type: 'TransferRequested', field: 'transferId', value: transferId });
    if (!requested) throw new DomainError('TRANSFER.NOT_FOUND', `transfer ${transferId} not found`, { transferId });
    return String(requested.data.caseId);
  }
}
