import { resolvedAgency, serviceAgencyTypes } from './agency.js';
import { requireOwnerStaff, requireReferralReceiver, requireReferralSender, requireSystem } from './case.access.js';
import type { AcceptReferral, CompleteReferral, DeclineReferral, ExpireReferral, SendReferral, WithdrawReferral } from './case.commands.js';
import type { ReferralAccepted, ReferralCompleted, ReferralDeclined, ReferralExpired, ReferralSent, ReferralWithdrawn } from './case.events.js';
import { contextOf, found, requireCase, requireStageFor } from './case.guards.js';
import type { CaseFile, CaseState, ReferralState } from './case.state.js';
import { sharingBasisFor } from './case.state.js';
import { REFERRAL_FAILURE_REASONS, REFERRAL_OUTCOMES, REFERRAL_SERVICES } from './case.values.js';
import { DomainError } from './domain-error.js';
import { absent, agencyCode, id, isoDateTime, oneOf, freeText, optionalFreeText } from './validation.js';
import type { AreaDeciders } from './command-rules.js';

type ReferralCommand = AcceptReferral | DeclineReferral | WithdrawReferral | ExpireReferral | CompleteReferral;

function referralOf(file: CaseFile, command: ReferralCommand): ReferralState {
  return found(file.referrals[command.data.referralId], 'REFERRAL.NOT_FOUND', command.data.referralId);
}

/** Accept, decline, withdraw and expire each answer a referral that is still `sent`, and only once. */
function requireUnanswered(referral: ReferralState): void {
  if (referral.status !== 'sent') {
    throw new DomainError('REFERRAL.ALREADY_ANSWERED', `referral ${referral.referralId} is already ${referral.status}`, {
      referralId: referral.referralId,
      status: referral.status,
    });
  }
}

export function decideSendReferral(command: SendReferral, state: CaseState): [ReferralSent] {
  const file = requireCase(state, command.data.caseId);
  requireOwnerStaff(file, command.metadata.actor);
  requireStageFor(file, command.type);
  const { data } = command;
  const referralId = id(data.referralId, 'referralId');
  const toAgency = agencyCode(data.toAgency, 'toAgency');
  const service = oneOf(data.service, REFERRAL_SERVICES, 'service');
  const reason = freeText(data.reason, 'reason', 1000);
  const responseDeadline = isoDateTime(data.responseDeadline, 'responseDeadline');
  if (typeof data.sharesIdentity !== 'boolean') {
    throw new DomainError('VALIDATION.REQUIRED', 'sharesIdentity must be true or false', { field: 'sharesIdentity' });
  }
  if (toAgency === file.ownerAgency) {
    throw new DomainError('VALIDATION.SAME_AGENCY', 'a referral goes to another agency', { field: 'toAgency' });
  }
  if (Date.parse(responseDeadline) <= Date.parse(command.metadata.now)) {
    throw new DomainError('VALIDATION.NOT_IN_FUTURE', 'responseDeadline must lie in the future', { field: 'responseDeadline' });
  }
  if (file.referrals[referralId]) throw new DomainError('REFERRAL.ALREADY_EXISTS', `referral ${referralId} already exists`, { referralId });
  // Consent and the fields shared are matched on the directory's type now, never on one the request declares.
  const toAgencyType = resolvedAgency(command.metadata.agencies, toAgency, 'toAgency', serviceAgencyTypes(service)).type;
  const sharingBasis = data.sharesIdentity ? sharingBasisFor(file, toAgency, toAgencyType, referralId) : null;
  if (data.sharesIdentity && sharingBasis === null) {
    throw new DomainError('CONSENT.REQUIRED', `the victim has not consented to share identity with ${toAgency}; record consent or a supervisor override`, {
      toAgency,
      toAgencyType,
    });
  }
  return [
    {
      type: 'ReferralSent',
      data: {
        ...contextOf(command, file),
        referralId,
        fromAgency: file.ownerAgency,
        toAgency,
        toAgencyType,
        service,
        reason,
        responseDeadline,
        sharesIdentity: data.sharesIdentity,
        sharingBasis,
      },
    },
  ];
}

export function decideAcceptReferral(command: AcceptReferral, state: CaseState): [ReferralAccepted] {
  const file = requireCase(state, command.data.caseId);
  const referral = referralOf(file, command);
  requireReferralReceiver(referral, command.metadata.actor);
  requireStageFor(file, command.type);
  const note = optionalFreeText(command.data.note, 'note');
  requireUnanswered(referral);
  return [{ type: 'ReferralAccepted', data: { ...contextOf(command, file), referralId: referral.referralId, note } }];
}

export function decideDeclineReferral(command: DeclineReferral, state: CaseState): [ReferralDeclined] {
  const file = requireCase(state, command.data.caseId);
  const referral = referralOf(file, command);
  requireReferralReceiver(referral, command.metadata.actor);
  requireStageFor(file, command.type);
  const reason = freeText(command.data.reason, 'reason', 1000);
  requireUnanswered(referral);
  return [{ type: 'ReferralDeclined', data: { ...contextOf(command, file), referralId: referral.referralId, reason } }];
}

export function decideWithdrawReferral(command: WithdrawReferral, state: CaseState): [ReferralWithdrawn] {
  const file = requireCase(state, command.data.caseId);
  const referral = referralOf(file, command);
  requireReferralSender(file, command.metadata.actor);
  requireStageFor(file, command.type);
  const reason = freeText(command.data.reason, 'reason', 1000);
  // An accepted referral is withdrawn only when its receiver no longer acts (deactivated or merged): re-routing it.
  if (!(referral.status === 'accepted' && receiverGone(command, referral))) requireUnanswered(referral);
  return [{ type: 'ReferralWithdrawn', data: { ...contextOf(command, file), referralId: referral.referralId, reason } }];
}

function receiverGone(command: WithdrawReferral, referral: ReferralState): boolean {
  const record = command.metadata.agencies?.[referral.toAgency];
  return record === undefined || !record.active;
}

export function decideExpireReferral(command: ExpireReferral, state: CaseState): [ReferralExpired] {
  const file = requireCase(state, command.data.caseId);
  const referral = referralOf(file, command);
  requireSystem(command.metadata.actor);
  requireStageFor(file, command.type);
  requireUnanswered(referral);
  if (Date.parse(command.metadata.now) < Date.parse(referral.responseDeadline)) {
    throw new DomainError('REFERRAL.NOT_DUE', `referral ${referral.referralId} is not due before ${referral.responseDeadline}`, {
      referralId: referral.referralId,
      responseDeadline: referral.responseDeadline,
    });
  }
  return [
    {
      type: 'ReferralExpired',
      data: {
        ...contextOf(command, file),
        referralId: referral.referralId,
        responseDeadline: referral.responseDeadline,
        // The sending side's supervisor follows up the silence; after a transfer that is the new owner.
        escalateTo: { agency: file.ownerAgency, role: 'supervisor' },
      },
    },
  ];
}

export function decideCompleteReferral(command: CompleteReferral, state: CaseState): [ReferralCompleted] {
  const file = requireCase(state, command.data.caseId);
  const referral = referralOf(file, command);
  requireReferralReceiver(referral, command.metadata.actor);
  requireStageFor(file, command.type);
  const { data } = command;
  const outcome = oneOf(data.outcome, REFERRAL_OUTCOMES, 'outcome');
  if (outcome === 'successful' && !absent(data.reason)) {
    throw new DomainError('VALIDATION.INVALID_VALUE', 'a successful referral carries no failure reason', { field: 'reason' });
  }
  const reason = outcome === 'successful' ? null : oneOf(data.reason, REFERRAL_FAILURE_REASONS, 'reason');
  const note = reason === 'other' ? freeText(data.note, 'note', 2000) : optionalFreeText(data.note, 'note');
  if (referral.status === 'sent') {
    throw new DomainError('REFERRAL.NOT_ACCEPTED', `referral ${referral.referralId} must be accepted before it is completed`, {
      referralId: referral.referralId,
    });
  }
  if (referral.status !== 'accepted') {
    throw new DomainError('REFERRAL.ALREADY_ANSWERED', `referral ${referral.referralId} is already ${referral.status}`, {
      referralId: referral.referralId,
      status: referral.status,
    });
  }
  return [{ type: 'ReferralCompleted', data: { ...contextOf(command, file), referralId: referral.referralId, outcome, reason, note } }];
}

/** How `decide` finds each command of this area. */
export const REFERRAL_DECIDERS: AreaDeciders<
  'SendReferral' | 'AcceptReferral' | 'DeclineReferral' | 'WithdrawReferral' | 'ExpireReferral' | 'CompleteReferral'
> = {
  SendReferral: decideSendReferral,
  AcceptReferral: decideAcceptReferral,
  DeclineReferral: decideDeclineReferral,
  WithdrawReferral: decideWithdrawReferral,
  ExpireReferral: decideExpireReferral,
  CompleteReferral: decideCompleteReferral,
};
