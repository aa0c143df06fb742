import { requireOwnerStaff, requireTransferTarget } from './case.access.js';
import type { AcceptTransfer, DeclineTransfer, RequestTransfer } from './case.commands.js';
import type { TransferAccepted, TransferDeclined, TransferRequested } from './case.events.js';
import { contextOf, found, requireCase, requireStageFor } from './case.guards.js';
import type { CaseFile, CaseState, TransferState } from './case.state.js';
import { pendingTransfer } from './case.state.js';
import { DomainError } from './domain-error.js';
import { agencyCode, id, text } from './validation.js';

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

export function decideRequestTransfer(command: RequestTransfer, state: CaseState): [TransferRequested] {
  const file = requireCase(state, command.data.caseId);
  requireOwnerStaff(file, command.metadata.actor);
  requireStageFor(file, command.type);
  const transferId = id(command.data.transferId, 'transferId');
  const toAgency = agencyCode(command.data.toAgency, 'toAgency');
  const reason = text(command.data.reason, 'reason', 1000);
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
  return [
    { type: 'TransferRequested', data: { ...contextOf(command, file), transferId, fromAgency: file.ownerAgency, toAgency, reason } },
  ];
}

export function decideAcceptTransfer(command: AcceptTransfer, state: CaseState): [TransferAccepted] {
  const file = requireCase(state, command.data.caseId);
  const transfer = requestedTransfer(file, command.data.transferId);
  requireTransferTarget(transfer, command.metadata.actor);
  requireStageFor(file, command.type);
  requireUnanswered(transfer);
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
  const reason = text(command.data.reason, 'reason', 1000);
  requireUnanswered(transfer);
  return [{ type: 'TransferDeclined', data: { ...contextOf(command, file), transferId: transfer.transferId, reason } }];
}
