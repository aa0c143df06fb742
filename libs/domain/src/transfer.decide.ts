import { CASE_OWNER_TYPES, resolvedAgency } from './agency.js';
import { requireOwnerStaff, requireTransferTarget } from './case.access.js';
import type { AcceptTransfer, DeclineTransfer, RequestTransfer } from './case.commands.js';
import type { TransferAccepted, TransferDeclined, TransferRequested } from './case.events.js';
import { contextOf, found, requireCase, requireStageFor } from './case.guards.js';
import type { CaseFile, CaseState, TransferState } from './case.state.js';
import { pendingTransfer } from './case.state.js';
import { DomainError } from './domain-error.js';
import { mouInForce } from './mou.state.js';
import { agencyCode, id, freeText } from './validation.js';
import type { AreaDeciders } from './command-rules.js';

function requestedTransfer(file: CaseFile, transferId: string): TransferState {
  return found(file.transfers[transferId], 'TRANSFER.NOT_FOUND', transferId);
}

function requireUnanswered(transfer: TransferState): void {
  if (transfer.status !== 'requested') {
    throw new DomainError('TRANSFER.ALREADY_ANSWERED', `transfer ${transfer.transferId} is already ${transfer.status}`, {
      transferId: transfer.transferId,
      status: transfer.status,
    });
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The MoU a transfer names, checked against the register as the caller read it (never as the request describes it):
 * it must be recorded, cover case transfers and be in force on the day (WIT, Indonesia's latest date). None: null.
 */
function transferMou(command: RequestTransfer): string | null {
  const { mouId } = command.data;
  if (mouId === undefined || mouId === null) return null;
  if (typeof mouId !== 'string' || !UUID.test(mouId)) {
    throw new DomainError('VALIDATION.INVALID_FORMAT', 'mouId must be the id of an MoU of the register (a lower-case uuid)', {
      field: 'mouId',
      expected: 'uuid',
    });
  }
  const mou = command.metadata.mous?.[mouId];
  if (!mou?.exists) throw new DomainError('MOU.UNKNOWN', `mouId: MoU ${mouId} is not in the register`, { field: 'mouId', mouId });
  const today = new Date(Date.parse(command.metadata.now) + 9 * 3_600_000).toISOString().slice(0, 10);
  if (!mou.scopes.includes('case_transfer') || !mouInForce(mou, today)) {
    throw new DomainError('MOU.NOT_IN_FORCE', `mouId: MoU ${mouId} does not cover case transfers on ${today}`, {
      field: 'mouId',
      mouId,
      scopes: mou.scopes,
      signedOn: mou.signedOn,
      expiresOn: mou.expiresOn,
      terminatedOn: mou.terminatedOn,
    });
  }
  return mouId;
}

export function decideRequestTransfer(command: RequestTransfer, state: CaseState): [TransferRequested] {
  const file = requireCase(state, command.data.caseId);
  requireOwnerStaff(file, command.metadata.actor);
  requireStageFor(file, command.type);
  const transferId = id(command.data.transferId, 'transferId');
  const toAgency = agencyCode(command.data.toAgency, 'toAgency');
  const reason = freeText(command.data.reason, 'reason', 1000);
  if (toAgency === file.ownerAgency) {
    throw new DomainError('VALIDATION.SAME_AGENCY', 'the case already belongs to this agency', { field: 'toAgency' });
  }
  if (file.transfers[transferId]) throw new DomainError('TRANSFER.ALREADY_EXISTS', `transfer ${transferId} already exists`, { transferId });
  const pending = pendingTransfer(file);
  if (pending) {
    throw new DomainError('TRANSFER.ALREADY_PENDING', `transfer ${pending.transferId} to ${pending.toAgency} awaits an answer`, {
      transferId: pending.transferId,
    });
  }
  // Taking a case over makes the target its owner, who sees every identity field: only a case-owning agency may.
  const toAgencyType = resolvedAgency(command.metadata.agencies, toAgency, 'toAgency', CASE_OWNER_TYPES).type;
  const mouId = transferMou(command);
  return [
    { type: 'TransferRequested', data: { ...contextOf(command, file), transferId, fromAgency: file.ownerAgency, toAgency, toAgencyType, reason, mouId } },
  ];
}

export function decideAcceptTransfer(command: AcceptTransfer, state: CaseState): [TransferAccepted] {
  const file = requireCase(state, command.data.caseId);
  const transfer = requestedTransfer(file, command.data.transferId);
  requireTransferTarget(transfer, command.metadata.actor);
  requireStageFor(file, command.type);
  requireUnanswered(transfer);
  // A transfer asked before the directory decided (or to an agency since re-typed or deactivated) makes no owner of it.
  resolvedAgency(command.metadata.agencies, transfer.toAgency, 'toAgency', CASE_OWNER_TYPES);
  return [
    {
      type: 'TransferAccepted',
      data: { ...contextOf(command, file), transferId: transfer.transferId, fromAgency: file.ownerAgency, toAgency: transfer.toAgency },
    },
  ];
}

export function decideDeclineTransfer(command: DeclineTransfer, state: CaseState): [TransferDeclined] {
  const file = requireCase(state, command.data.caseId);
  const transfer = requestedTransfer(file, command.data.transferId);
  requireTransferTarget(transfer, command.metadata.actor);
  requireStageFor(file, command.type);
  const reason = freeText(command.data.reason, 'reason', 1000);
  requireUnanswered(transfer);
  return [{ type: 'TransferDeclined', data: { ...contextOf(command, file), transferId: transfer.transferId, reason } }];
}

/** How `decide` finds each command of this area. */
export const TRANSFER_DECIDERS: AreaDeciders<'RequestTransfer' | 'AcceptTransfer' | 'DeclineTransfer'> = {
  RequestTransfer: decideRequestTransfer,
  AcceptTransfer: decideAcceptTransfer,
  DeclineTransfer: decideDeclineTransfer,
};
