import type { CaseEventOfType, ReferralSent, TransferRequested } from '@rujukan/domain';
import type { StoredEvent } from '@rujukan/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../runtime/projection.js';
import { columnsOf, storedRow, upsertStatement, uuidKey, writeRows } from './batch-rows.js';

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

/** A row of `rm_referrals` as the projection folds it; its times are ISO strings, as the events carry them. */
export interface ReferralRow {
  referral_id: string;
  case_id: string;
  from_agency: string;
  to_agency: string;
  to_agency_type: string;
  service: string;
  reason: string;
  shares_identity: boolean;
  status: string;
  sent_at: string;
  response_deadline: string;
  answered_at: string | null;
  completed_at: string | null;
  outcome: string | null;
  answer_reason: string | null;
  updated_at: string;
  last_revision: number;
}

const COLUMNS = columnsOf<ReferralRow>({
  referral_id: true,
  case_id: true,
  from_agency: true,
  to_agency: true,
  to_agency_type: true,
  service: true,
  reason: true,
  shares_identity: true,
  status: true,
  sent_at: true,
  response_deadline: true,
  answered_at: true,
  completed_at: true,
  outcome: true,
  answer_reason: true,
  updated_at: true,
  last_revision: true,
});

/** The referrals a batch can reach: those its events name, and every referral of a case it transfers. */
const SELECT = `SELECT ${COLUMNS.join(', ')} FROM rm_referrals WHERE referral_id = ANY($1::uuid[]) OR case_id = ANY($2::uuid[])`;

/** Every referral a batch changed, in one statement. */
const UPSERT = upsertStatement('rm_referrals', ['referral_id'], COLUMNS);

const fromStored = storedRow<ReferralRow>()(['sent_at', 'response_deadline', 'answered_at', 'completed_at', 'updated_at']);

/** A row of `rm_transfers`: an ownership transfer one agency asks of another; its reasons stay sealed, as in the events. */
export interface TransferRow {
  transfer_id: string;
  case_id: string;
  from_agency: string;
  to_agency: string;
  reason: string;
  status: string;
  requested_at: string;
  requested_by: string;
  answered_at: string | null;
  answered_by: string | null;
  answer_reason: string | null;
  updated_at: string;
  last_revision: number;
}

const TRANSFER_COLUMNS = columnsOf<TransferRow>({
  transfer_id: true,
  case_id: true,
  from_agency: true,
  to_agency: true,
  reason: true,
  status: true,
  requested_at: true,
  requested_by: true,
  answered_at: true,
  answered_by: true,
  answer_reason: true,
  updated_at: true,
  last_revision: true,
});

/** The transfers of the cases a batch's transfer events name (a case has few). */
const SELECT_TRANSFERS = `SELECT ${TRANSFER_COLUMNS.join(', ')} FROM rm_transfers WHERE case_id = ANY($1::uuid[])`;
const UPSERT_TRANSFERS = upsertStatement('rm_transfers', ['case_id', 'transfer_id'], TRANSFER_COLUMNS);
const transferFromStored = storedRow<TransferRow>()(['requested_at', 'answered_at', 'updated_at']);
const transferKey = (caseId: string, transferId: string) => `${uuidKey(caseId)}:${transferId}`;

/**
 * One row per referral in `rm_referrals` and per ownership transfer in `rm_transfers`. A batch reads the referrals it can reach, folds its events into them in
 * memory (`evolveReferrals`, with the guards each event's statement had) and writes each changed referral once:
 * a statement per event cost a rebuild most of its time.
 */
export class ReferralsProjection implements Projection {
  readonly name = 'referrals';
  readonly eventTypes: readonly string[] = HANDLED;

  async apply(events: readonly StoredEvent[], manager: EntityManager): Promise<void> {
    if (events.length === 0) return;
    const handled = events.map(({ type, data, revision }) => ({ event: { type, data } as unknown as Handled, revision }));
    const named = new Set(handled.flatMap(({ event }) => ('referralId' in event.data ? [uuidKey(event.data.referralId)] : [])));
    const transferred = new Set(handled.flatMap(({ event }) => (event.type === 'TransferAccepted' ? [uuidKey(event.data.caseId)] : [])));
    const found: Array<Parameters<typeof fromStored>[0]> = await manager.query(SELECT, [[...named], [...transferred]]);
    const referrals = new Map(found.map((row) => [uuidKey(row.referral_id), fromStored(row)]));
    const changed = new Map<string, ReferralRow>();
    for (const { event, revision } of handled) {
      for (const row of evolveReferrals(referrals, event, revision)) {
        referrals.set(uuidKey(row.referral_id), row);
        changed.set(uuidKey(row.referral_id), row);
      }
    }
    await writeRows(manager, UPSERT, [...changed.values()]);
    await this.applyTransfers(handled, manager);
  }

  private async applyTransfers(handled: ReadonlyArray<{ event: Handled; revision: number }>, manager: EntityManager): Promise<void> {
    const cases = new Set(handled.flatMap(({ event }) => (event.type.startsWith('Transfer') ? [uuidKey(event.data.caseId)] : [])));
    if (cases.size === 0) return;
    const found: Array<Parameters<typeof transferFromStored>[0]> = await manager.query(SELECT_TRANSFERS, [[...cases]]);
    const transfers = new Map(found.map((row) => [transferKey(row.case_id, row.transfer_id), transferFromStored(row)]));
    const changed = new Map<string, TransferRow>();
    for (const { event, revision } of handled) {
      const row = evolveTransfers(transfers, event, revision);
      if (!row) continue;
      transfers.set(transferKey(row.case_id, row.transfer_id), row);
      changed.set(transferKey(row.case_id, row.transfer_id), row);
    }
    await writeRows(manager, UPSERT_TRANSFERS, [...changed.values()]);
  }
}

/**
 * The transfer one event at `revision` changes, as a new row, or null. A request is recorded once (a replay
 * finds its row); an answer changes a row only if its last revision is older than the event's.
 */
export function evolveTransfers(transfers: ReadonlyMap<string, TransferRow>, event: Handled, revision: number): TransferRow | null {
  if (event.type !== 'TransferRequested' && event.type !== 'TransferAccepted' && event.type !== 'TransferDeclined') return null;
  const row = transfers.get(transferKey(event.data.caseId, event.data.transferId));
  if (event.type === 'TransferRequested') return row ? null : transferRequested(event.data, revision);
  if (!row || row.last_revision >= revision) return null;
  const answered = { answered_at: event.data.at, answered_by: event.data.by.userId, updated_at: event.data.at, last_revision: revision };
  return event.type === 'TransferAccepted'
    ? { ...row, ...answered, status: 'accepted' }
    : { ...row, ...answered, status: 'declined', answer_reason: event.data.reason };
}

function transferRequested(data: TransferRequested['data'], revision: number): TransferRow {
  return {
    transfer_id: data.transferId,
    case_id: data.caseId,
    from_agency: data.fromAgency,
    to_agency: data.toAgency,
    reason: data.reason,
    status: 'requested',
    requested_at: data.at,
    requested_by: data.by.userId,
    answered_at: null,
    answered_by: null,
    answer_reason: null,
    updated_at: data.at,
    last_revision: revision,
  };
}

/**
 * The referrals one event at `revision` changes, as new rows (the map is left as it was). A referral changes only
 * if its last revision is older than the event's, so applying an event twice changes nothing; sending a referral
 * again at a newer revision starts its row afresh.
 */
export function evolveReferrals(referrals: ReadonlyMap<string, ReferralRow>, event: Handled, revision: number): ReferralRow[] {
  const newer = (row: ReferralRow | undefined): row is ReferralRow => row !== undefined && row.last_revision < revision;
  const update = (referralId: string, change: Partial<ReferralRow>): ReferralRow[] => {
    const row = referrals.get(uuidKey(referralId));
    return newer(row) ? [{ ...row, ...change, updated_at: event.data.at, last_revision: revision }] : [];
  };
  switch (event.type) {
    case 'ReferralSent': {
      const row = referrals.get(uuidKey(event.data.referralId));
      return row && !newer(row) ? [] : [referralSent(event.data, revision)];
    }
    case 'ReferralAccepted':
      return update(event.data.referralId, { status: 'accepted', answered_at: event.data.at });
    case 'ReferralDeclined':
      return update(event.data.referralId, { status: 'declined', answered_at: event.data.at, answer_reason: event.data.reason });
    // The owner's reason for withdrawing is kept in answer_reason: it is why the referral ended.
    case 'ReferralWithdrawn':
      return update(event.data.referralId, { status: 'withdrawn', answer_reason: event.data.reason });
    case 'ReferralExpired':
      return update(event.data.referralId, { status: 'expired' });
    case 'ReferralCompleted':
      return update(event.data.referralId, {
        status: 'completed',
        completed_at: event.data.at,
        outcome: event.data.outcome,
        answer_reason: event.data.reason,
      });
    // The new owner inherits the sending side of the case's open referrals (domain README, "Who acts").
    case 'TransferAccepted': {
      const { caseId, toAgency, at } = event.data;
      return [...referrals.values()]
        .filter((row) => uuidKey(row.case_id) === uuidKey(caseId) && (row.status === 'sent' || row.status === 'accepted') && newer(row))
        .map((row) => ({ ...row, from_agency: toAgency, updated_at: at, last_revision: revision }));
    }
    // Kept in rm_transfers (evolveTransfers).
    case 'TransferRequested':
    case 'TransferDeclined':
      return [];
    default:
      return unhandled(event);
  }
}

// The never makes the compiler reject a type listed in HANDLED without a case above.
function unhandled(event: never): never {
  throw new Error(`referrals projection cannot apply ${(event as { type: string }).type}`);
}

function referralSent(data: ReferralSent['data'], revision: number): ReferralRow {
  return {
    referral_id: data.referralId,
    case_id: data.caseId,
    from_agency: data.fromAgency,
    to_agency: data.toAgency,
    to_agency_type: data.toAgencyType,
    service: data.service,
    reason: data.reason,
    shares_identity: data.sharesIdentity,
    status: 'sent',
    sent_at: data.at,
    response_deadline: data.responseDeadline,
    answered_at: null,
    completed_at: null,
    outcome: null,
    answer_reason: null,
    updated_at: data.at,
    last_revision: revision,
  };
}
