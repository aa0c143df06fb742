import { type CaseEventOfType, type FreeText, type TransferRequested, upcastSealedValues } from '@rujukan/domain';
import type { StoredEvent } from '@rujukan/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../runtime/projection.js';
import { columnsOf, storedRow, upsertStatement, uuidKey, writeRows } from '../runtime/batch-rows.js';
import { PROJECTION } from '../projections/projection-names.js';

const HANDLED = ['TransferRequested', 'TransferAccepted', 'TransferDeclined'] as const;

type Handled = CaseEventOfType<(typeof HANDLED)[number]>;

/** A row of `rm_transfers`: an ownership transfer one agency asks of another; its reasons stay sealed, as in the events. */
export interface TransferRow {
  transfer_id: string;
  case_id: string;
  from_agency: string;
  to_agency: string;
  reason: FreeText;
  status: string;
  requested_at: string;
  requested_by: string;
  answered_at: string | null;
  answered_by: string | null;
  answer_reason: FreeText | null;
  /** The MoU of the register it rests on; null: none named. */
  mou_id: string | null;
  updated_at: string;
  last_revision: number;
}

const COLUMNS = columnsOf<TransferRow>({
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
  mou_id: true,
  updated_at: true,
  last_revision: true,
});

/** The transfers of the cases a batch's transfer events name (a case has few). */
const SELECT = `SELECT ${COLUMNS.join(', ')} FROM rm_transfers WHERE case_id = ANY($1::uuid[])`;
const UPSERT = upsertStatement('rm_transfers', ['case_id', 'transfer_id'], COLUMNS);
const fromStored = storedRow<TransferRow>()(['requested_at', 'answered_at', 'updated_at']);
const keyOf = (caseId: string, transferId: string) => `${uuidKey(caseId)}:${transferId}`;

/**
 * One row per ownership transfer in `rm_transfers`. A batch reads the transfers of the cases it names, folds its
 * events into them in memory (`evolveTransfers`) and writes each changed transfer once.
 */
export class TransfersProjection implements Projection {
  readonly name = PROJECTION.transfers;
  readonly eventTypes: readonly string[] = HANDLED;

  async apply(stored: readonly StoredEvent[], manager: EntityManager): Promise<void> {
    // Sealed values of events recorded before they were typed, read by each event type's schema.
    const handled = stored.map(upcastSealedValues).map(({ type, data, revision }) => ({ event: { type, data } as unknown as Handled, revision }));
    const cases = new Set(handled.map(({ event }) => uuidKey(event.data.caseId)));
    if (cases.size === 0) return;
    const found: Array<Parameters<typeof fromStored>[0]> = await manager.query(SELECT, [[...cases]]);
    const transfers = new Map(found.map((row) => [keyOf(row.case_id, row.transfer_id), fromStored(row)]));
    const changed = new Map<string, TransferRow>();
    for (const { event, revision } of handled) {
      const row = evolveTransfers(transfers, event, revision);
      if (!row) continue;
      transfers.set(keyOf(row.case_id, row.transfer_id), row);
      changed.set(keyOf(row.case_id, row.transfer_id), row);
    }
    await writeRows(manager, UPSERT, [...changed.values()]);
  }
}

/**
 * The transfer one event at `revision` changes, as a new row, or null. A request is recorded once (a replay
 * finds its row); an answer changes a row only if its last revision is older than the event's.
 */
export function evolveTransfers(transfers: ReadonlyMap<string, TransferRow>, event: Handled, revision: number): TransferRow | null {
  const row = transfers.get(keyOf(event.data.caseId, event.data.transferId));
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
    mou_id: data.mouId ?? null,
    updated_at: data.at,
    last_revision: revision,
  };
}
