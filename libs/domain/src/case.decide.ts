import { requireKnownRole } from './case.access.js';
import type { CaseCommand } from './case.commands.js';
import type { CaseEvent } from './case.events.js';
import { DEFAULT_POLICY, type CasePolicy } from './case.policy.js';
import type { CaseState } from './case.state.js';
import { DomainError } from './domain-error.js';
import { decideApproveAssessment, decideRecordAssessment } from './assessment.decide.js';
import {
  decideOpenCase,
  decideOverrideConsent,
  decideRecordConsent,
  decideRegisterVictim,
  decideWithdrawConsent, decideEraseIdentity } from './intake.decide.js';
import {
  decideAssessRestitution,
  decideFileLpskApplication,
  decideFilePoliceReport,
  decideOrderRestitution,
  decideRecordLpskDecision,
  decideRecordRestitutionDefault,
  decideRecordRestitutionPayment,
} from './legal.decide.js';
import {
  decideAdvanceStage,
  decideApproveClosure,
  decideRejectClosure,
  decideReopenCase,
  decideRequestClosure,
  decideSkipStage,
} from './lifecycle.decide.js';
import {
  decideAcceptReferral,
  decideCompleteReferral,
  decideDeclineReferral,
  decideExpireReferral,
  decideSendReferral,
  decideWithdrawReferral,
} from './referral.decide.js';
import {
  decideEndShelterPlacement,
  decideExtendShelterPlacement,
  decideFlagOverdueService,
  decideRecordServiceDelivered,
  decideRequestService,
  decideStartShelterPlacement,
} from './rehabilitation.decide.js';
import { decideCompleteReintegration, decideApproveReintegrationPlan, decideRecordFollowUpVisit } from './reintegration.decide.js';
import { decideCompleteRepatriation, decidePlanRepatriation, decideRecordHandover } from './repatriation.decide.js';
import { decideAcceptTransfer, decideDeclineTransfer, decideRequestTransfer } from './transfer.decide.js';
import { isIsoDateTime } from './validation.js';

/** Returns the events a command causes, or throws a DomainError and causes none. */
export function decide(command: CaseCommand, state: CaseState, policy: CasePolicy = DEFAULT_POLICY): CaseEvent[] {
  if (!isIsoDateTime(command.metadata.now)) {
    throw new DomainError('VALIDATION.INVALID_FORMAT', 'metadata.now must be an ISO 8601 date-time', { field: 'metadata.now' });
  }
  requireKnownRole(command.metadata.actor);
  switch (command.type) {
    case 'OpenCase':
      return decideOpenCase(command, state);
    case 'RegisterVictim':
      return decideRegisterVictim(command, state);
    case 'RecordConsent':
      return decideRecordConsent(command, state);
    case 'WithdrawConsent':
      return decideWithdrawConsent(command, state);
    case 'OverrideConsent':
      return decideOverrideConsent(command, state);
    case 'RecordAssessment':
      return decideRecordAssessment(command, state);
    case 'ApproveAssessment':
      return decideApproveAssessment(command, state);
    case 'RequestService':
      return decideRequestService(command, state, policy);
    case 'RecordServiceDelivered':
      return decideRecordServiceDelivered(command, state);
    case 'FlagOverdueService':
      return decideFlagOverdueService(command, state);
    case 'StartShelterPlacement':
      return decideStartShelterPlacement(command, state, policy);
    case 'ExtendShelterPlacement':
      return decideExtendShelterPlacement(command, state);
    case 'EndShelterPlacement':
      return decideEndShelterPlacement(command, state);
    case 'PlanRepatriation':
      return decidePlanRepatriation(command, state);
    case 'RecordHandover':
      return decideRecordHandover(command, state);
    case 'CompleteRepatriation':
      return decideCompleteRepatriation(command, state);
    case 'ApproveReintegrationPlan':
      return decideApproveReintegrationPlan(command, state);
    case 'RecordFollowUpVisit':
      return decideRecordFollowUpVisit(command, state);
    case 'CompleteReintegration':
      return decideCompleteReintegration(command, state);
    case 'FilePoliceReport':
      return decideFilePoliceReport(command, state);
    case 'FileLpskApplication':
      return decideFileLpskApplication(command, state);
    case 'RecordLpskDecision':
      return decideRecordLpskDecision(command, state);
    case 'AssessRestitution':
      return decideAssessRestitution(command, state);
    case 'OrderRestitution':
      return decideOrderRestitution(command, state, policy);
    case 'RecordRestitutionPayment':
      return decideRecordRestitutionPayment(command, state);
    case 'RecordRestitutionDefault':
      return decideRecordRestitutionDefault(command, state);
    case 'AdvanceStage':
      return decideAdvanceStage(command, state);
    case 'SkipStage':
      return decideSkipStage(command, state);
    case 'RequestClosure':
      return decideRequestClosure(command, state);
    case 'ApproveClosure':
      return decideApproveClosure(command, state);
    case 'RejectClosure':
      return decideRejectClosure(command, state);
    case 'ReopenCase':
      return decideReopenCase(command, state);
    case 'EraseIdentity':
      return decideEraseIdentity(command, state);
    case 'SendReferral':
      return decideSendReferral(command, state);
    case 'AcceptReferral':
      return decideAcceptReferral(command, state);
    case 'DeclineReferral':
      return decideDeclineReferral(command, state);
    case 'WithdrawReferral':
      return decideWithdrawReferral(command, state);
    case 'ExpireReferral':
      return decideExpireReferral(command, state);
    case 'CompleteReferral':
      return decideCompleteReferral(command, state);
    case 'RequestTransfer':
      return decideRequestTransfer(command, state);
    case 'AcceptTransfer':
      return decideAcceptTransfer(command, state);
    case 'DeclineTransfer':
      return decideDeclineTransfer(command, state);
    default:
      return unknownCommand(command);
  }
}

function unknownCommand(command: never): never {
  const { type } = command as { type: unknown };
  throw new DomainError('VALIDATION.INVALID_VALUE', `unknown command ${String(type)}`, { field: 'type' });
}
