import { CASE_OWNER_TYPES, resolvedAgency } from './agency.js';
import { requireOwnerStaff, requireTransferTarget } from './case.access.js';
import type { AcceptTransfer, DeclineTransfer, RequestTransfer } from './case.commands.js';
import type { TransferAccepted, TransferDeclined, TransferRequested } from './case.events.js';
import { contextOf, found, requireCase, requireStageFor } from './case.guards.js';
import type { CaseFile, CaseState, TransferState } from './case.state.js';
import { pendingTransfer } from './case.state.js';
import { DomainError } from './domain-error.js';
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
  return [{ type: 'TransferRequested', data: { ...contextOf(command, file), transferId, fromAgency: file.ownerAgency, toAgency, toAgencyType, reason } }];
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
