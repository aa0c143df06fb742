import type {
  CaseEventOfType,
  ReferralAccepted,
  ReferralCompleted,
  ReferralDeclined,
  ReferralExpired,
  ReferralSent,
  ReferralWithdrawn,
  TransferAccepted,
  TransferDeclined,
  TransferRequested,
} from '@rujukan/domain';
import type { StoredEvent } from '@rujukan/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../runtime/projection.js';
import { StatementBatch } from '../runtime/statement-batch.js';

const HANDLED = [
  'ReferralSent',
  'ReferralAccepted',
  'ReferralDeclined',
  'ReferralWithdrawn',
  'ReferralExpired',
  'ReferralCompleted',
  'TransferRequested',
  'TransferAccepted',
  'TransferDeclined',
] as const;

type Handled = CaseEventOfType<(typeof HANDLED)[number]>;

/** A handled event with the revision of its case stream, which guards every write. */
type At<E extends Handled> = { data: E['data']; revision: number };

/**
 * One row per referral in `rm_referrals` and per ownership transfer in `rm_transfers` (what one agency asks of
 * another about a case); every write only moves a row forward in its case's revision.
 */
export class ReferralsProjection implements Projection {
  readonly name = 'referrals';
  readonly eventTypes: readonly string[] = HANDLED;

  async apply(events: readonly StoredEvent[], manager: EntityManager): Promise<void> {
    const batch = new StatementBatch();
    for (const stored of events) {
      const event = { type: stored.type, data: stored.data } as unknown as Handled;
      await applyOne(batch.manager, event, stored.revision);
    }
    await batch.flush(manager);
  }
}

function applyOne(manager: EntityManager, event: Handled, revision: number): Promise<unknown> {
  switch (event.type) {
    case 'ReferralSent':
      return sent(manager, { data: event.data, revision });
    case 'ReferralAccepted':
      return accepted(manager, { data: event.data, revision });
    case 'ReferralDeclined':
      return declined(manager, { data: event.data, revision });
    case 'ReferralWithdrawn':
      return withdrawn(manager, { data: event.data, revision });
    case 'ReferralExpired':
      return expired(manager, { data: event.data, revision });
    case 'ReferralCompleted':
      return completed(manager, { data: event.data, revision });
    case 'TransferRequested':
      return transferRequested(manager, { data: event.data, revision });
    case 'TransferAccepted':
      return transferAccepted(manager, { data: event.data, revision });
    case 'TransferDeclined':
      return transferDeclined(manager, { data: event.data, revision });
    default:
      return unhandled(event);
  }
}

// The never makes the compiler reject a type listed in HANDLED without a case above.
function unhandled(event: never): Promise<void> {
  throw new Error(`referrals projection cannot apply ${(event as { type: string }).type}`);
}

function sent(manager: EntityManager, { data, revision }: At<ReferralSent>): Promise<unknown> {
  return manager.query(
    `INSERT INTO rm_referrals (referral_id, case_id, from_agency, to_agency, to_agency_type, service, reason, shares_identity,
                               status, sent_at, response_deadline, answered_at, completed_at, outcome, answer_reason,
                               updated_at, last_revision)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'sent', $9, $10, NULL, NULL, NULL, NULL, $9, $11)
     ON CONFLICT (referral_id) DO UPDATE SET
       case_id = excluded.case_id, from_agency = excluded.from_agency, to_agency = excluded.to_agency,
       to_agency_type = excluded.to_agency_type, service = excluded.service, reason = excluded.reason,
       shares_identity = excluded.shares_identity, status = excluded.status, sent_at = excluded.sent_at,
       response_deadline = excluded.response_deadline, answered_at = NULL, completed_at = NULL, outcome = NULL,
       answer_reason = NULL, updated_at = excluded.updated_at, last_revision = excluded.last_revision
     WHERE rm_referrals.last_revision < excluded.last_revision`,
    [
      data.referralId,
      data.caseId,
      data.fromAgency,
      data.toAgency,
      data.toAgencyType,
      data.service,
      data.reason,
      data.sharesIdentity,
      data.at,
      data.responseDeadline,
      revision,
    ],
  );
}

function accepted(manager: EntityManager, { data, revision }: At<ReferralAccepted>): Promise<unknown> {
  return manager.query(
    `UPDATE rm_referrals SET status = 'accepted', answered_at = $2, updated_at = $2, last_revision = $3
     WHERE referral_id = $1 AND last_revision < $3`,
    [data.referralId, data.at, revision],
  );
}

function declined(manager: EntityManager, { data, revision }: At<ReferralDeclined>): Promise<unknown> {
  return manager.query(
    `UPDATE rm_referrals SET status = 'declined', answered_at = $2, answer_reason = $3, updated_at = $2, last_revision = $4
     WHERE referral_id = $1 AND last_revision < $4`,
    [data.referralId, data.at, data.reason, revision],
  );
}

// The owner's reason for withdrawing is kept in answer_reason: it is why the referral ended.
function withdrawn(manager: EntityManager, { data, revision }: At<ReferralWithdrawn>): Promise<unknown> {
  return manager.query(
    `UPDATE rm_referrals SET status = 'withdrawn', answer_reason = $3, updated_at = $2, last_revision = $4
     WHERE referral_id = $1 AND last_revision < $4`,
    [data.referralId, data.at, data.reason, revision],
  );
}

function expired(manager: EntityManager, { data, revision }: At<ReferralExpired>): Promise<unknown> {
  return manager.query(
    `UPDATE rm_referrals SET status = 'expired', updated_at = $2, last_revision = $3
     WHERE referral_id = $1 AND last_revision < $3`,
    [data.referralId, data.at, revision],
  );
}

function completed(manager: EntityManager, { data, revision }: At<ReferralCompleted>): Promise<unknown> {
  return manager.query(
    `UPDATE rm_referrals SET status = 'completed', completed_at = $2, outcome = $3, answer_reason = $4, updated_at = $2,
                             last_revision = $5
     WHERE referral_id = $1 AND last_revision < $5`,
    [data.referralId, data.at, data.outcome, data.reason, revision],
  );
}

function transferRequested(manager: EntityManager, { data, revision }: At<TransferRequested>): Promise<unknown> {
  return manager.query(
    `INSERT INTO rm_transfers (transfer_id, case_id, from_agency, to_agency, reason, status, requested_at, requested_by,
                               answered_at, answered_by, answer_reason, updated_at, last_revision)
     VALUES ($1, $2, $3, $4, $5, 'requested', $6, $7, NULL, NULL, NULL, $6, $8)
     ON CONFLICT (case_id, transfer_id) DO NOTHING`,
    [data.transferId, data.caseId, data.fromAgency, data.toAgency, data.reason, data.at, data.by.userId, revision],
  );
}

// The new owner inherits the sending side of the case's open referrals (domain README, "Who acts").
function transferAccepted(manager: EntityManager, { data, revision }: At<TransferAccepted>): Promise<unknown> {
  return Promise.all([
    manager.query(
      `UPDATE rm_referrals SET from_agency = $2, updated_at = $3, last_revision = $4
       WHERE case_id = $1 AND status IN ('sent', 'accepted') AND last_revision < $4`,
      [data.caseId, data.toAgency, data.at, revision],
    ),
    manager.query(
      `UPDATE rm_transfers SET status = 'accepted', answered_at = $3, answered_by = $4, updated_at = $3, last_revision = $5
       WHERE case_id = $1 AND transfer_id = $2 AND last_revision < $5`,
      [data.caseId, data.transferId, data.at, data.by.userId, revision],
    ),
  ]);
}

function transferDeclined(manager: EntityManager, { data, revision }: At<TransferDeclined>): Promise<unknown> {
  return manager.query(
    `UPDATE rm_transfers SET status = 'declined', answered_at = $3, answered_by = $4, answer_reason = $5, updated_at = $3, last_revision = $6
     WHERE case_id = $1 AND transfer_id = $2 AND last_revision < $6`,
    [data.caseId, data.transferId, data.at, data.by.userId, data.reason, revision],
  );
}
