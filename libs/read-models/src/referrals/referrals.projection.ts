import { type CaseEventOfType, type FreeText, type ReferralSent, upcastSealedValues } from '@rujukan/domain';
import type { StoredEvent } from '@rujukan/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../runtime/projection.js';
import { columnsOf, storedRow, upsertStatement, uuidKey, writeRows } from '../runtime/batch-rows.js';
import { storedInstant } from '../runtime/event-times.js';
import { PROJECTION } from '../projections/projection-names.js';

const HANDLED = ['ReferralSent', 'ReferralAccepted', 'ReferralDeclined', 'ReferralWithdrawn', 'ReferralExpired', 'ReferralCompleted'] as const;

type Handled = CaseEventOfType<(typeof HANDLED)[number]>;

/** A row of `rm_referrals` as the projection folds it; its times are ISO strings, as the events carry them. */
export interface ReferralRow {
  referral_id: string;
  case_id: string;
  from_agency: string;
  to_agency: string;
  to_agency_type: string;
  service: string;
  /** Sealed as in the event (jsonb: a `{ $sealed }` value, or a string from before sealing). */
  reason: FreeText;
  shares_identity: boolean;
  status: string;
  sent_at: string;
  response_deadline: string;
  answered_at: string | null;
  completed_at: string | null;
  outcome: string | null;
  /** A decline's or withdrawal's sealed reason, or a completion's failure code. */
  answer_reason: FreeText | null;
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

/** The referrals a batch can reach: those its events name. */
const SELECT = `SELECT ${COLUMNS.join(', ')} FROM rm_referrals WHERE referral_id = ANY($1::uuid[])`;

/** Every referral a batch changed, in one statement. */
const UPSERT = upsertStatement('rm_referrals', ['referral_id'], COLUMNS);

const fromStored = storedRow<ReferralRow>()(['sent_at', 'response_deadline', 'answered_at', 'completed_at', 'updated_at']);

/**
 * One row per referral in `rm_referrals`. A batch reads the referrals it can reach, folds its events into them in
 * memory (`evolveReferrals`, with the guards each event's statement had) and writes each changed referral once:
 * a statement per event cost a rebuild most of its time. Transfers are the transfers projection's: a transfer never
 * rewrites who sent a referral, the new owner answers for the open ones because it owns the case (the queries say so).
 */
export class ReferralsProjection implements Projection {
  readonly name = PROJECTION.referrals;
  readonly eventTypes: readonly string[] = HANDLED;

  async apply(stored: readonly StoredEvent[], manager: EntityManager): Promise<void> {
    // Sealed values of events recorded before they were typed, read by each event type's schema.
    const events = stored.map(upcastSealedValues);
    if (events.length === 0) return;
    const handled = events.map(({ type, data, revision }) => ({ event: { type, data } as unknown as Handled, revision }));
    const named = new Set(handled.flatMap(({ event }) => ('referralId' in event.data ? [uuidKey(event.data.referralId)] : [])));
    const found: Array<Parameters<typeof fromStored>[0]> = await manager.query(SELECT, [[...named]]);
    const referrals = new Map(found.map((row) => [uuidKey(row.referral_id), fromStored(row)]));
    const changed = new Map<string, ReferralRow>();
    for (const { event, revision } of handled) {
      for (const row of evolveReferrals(referrals, event, revision)) {
        referrals.set(uuidKey(row.referral_id), row);
        changed.set(uuidKey(row.referral_id), row);
      }
    }
    await writeRows(manager, UPSERT, [...changed.values()]);
  }
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
    response_deadline: storedInstant(data.responseDeadline, 'responseDeadline'),
    answered_at: null,
    completed_at: null,
    outcome: null,
    answer_reason: null,
    updated_at: data.at,
    last_revision: revision,
  };
}
