import type { Type } from '@nestjs/common';
import type { CaseCommandType } from '@rujukan/domain';
import { ApproveAssessmentDto, RecordAssessmentDto } from './dto/assessment.dto.js';
import { EraseIdentityDto, OpenCaseDto, OverrideConsentDto, RecordConsentDto, RegisterVictimDto, WithdrawConsentDto } from './dto/intake.dto.js';
import {
  AssessRestitutionDto,
  FileLpskApplicationDto,
  FilePoliceReportDto,
  OrderRestitutionDto,
  RecordLpskDecisionDto,
  RecordRestitutionDefaultDto,
  RecordRestitutionPaymentDto,
} from './dto/legal.dto.js';
import { AdvanceStageDto, EmptyDto, ReasonDto, ReopenCaseDto, RequestClosureDto, SkipStageDto } from './dto/lifecycle.dto.js';
import { AcceptReferralDto, CompleteReferralDto, RequestTransferDto, SendReferralDto } from './dto/referral.dto.js';
import {
  EndShelterPlacementDto,
  ExtendShelterPlacementDto,
  RecordServiceDeliveredDto,
  RequestServiceDto,
  StartShelterPlacementDto,
} from './dto/rehabilitation.dto.js';
import {
  ApproveReintegrationPlanDto,
  CompleteReintegrationDto,
  PlanRepatriationDto,
  RecordFollowUpVisitDto,
  RecordHandoverDto,
} from './dto/repatriation.dto.js';

/** What the `:id` of a route names: a new case (no id), a case, a referral or a transfer. */
export type RouteTarget = 'new_case' | 'case' | 'referral' | 'transfer';

export interface CaseRoute {
  command: CaseCommandType;
  path: string;
  target: RouteTarget;
  body: Type;
  summary: string;
  tag: string;
  /** An id the server chooses (derived from the command id) and returns: referrals and transfers are addressed globally. */
  generates?: 'referralId' | 'transferId';
}

/**
 * The free-text fields of each command: what caseworkers write about a victim (reasons, notes) is sealed
 * with the victim's key before the command is decided, like the identity, and opened only on read.
 */
export const SEALED_TEXT_FIELDS: Partial<Record<CaseCommandType, readonly string[]>> = {
  RecordConsent: ['purpose'],
  WithdrawConsent: ['reason'],
  OverrideConsent: ['reason'],
  RecordRestitutionDefault: ['reason'],
  SkipStage: ['reason'],
  RequestClosure: ['note', 'unpaidRestitutionReason'],
  RejectClosure: ['reason'],
  ReopenCase: ['reason'],
  SendReferral: ['reason'],
  AcceptReferral: ['note'],
  DeclineReferral: ['reason'],
  WithdrawReferral: ['reason'],
  CompleteReferral: ['note'],
  RequestTransfer: ['reason'],
  DeclineTransfer: ['reason'],
  RequestService: ['note'],
  RecordServiceDelivered: ['note'],
  ExtendShelterPlacement: ['reason'],
  EndShelterPlacement: ['note'],
  ApproveReintegrationPlan: ['note'],
  RecordFollowUpVisit: ['note'],
  CompleteReintegration: ['note'],
};

const kebab = (type: string): string => type.replace(/[A-Z]/g, (c, i: number) => (i === 0 ? '' : '-') + c.toLowerCase());

const onCase = (command: CaseCommandType, body: Type, tag: string, summary: string, extra: Partial<CaseRoute> = {}): CaseRoute => ({
  command,
  path: `cases/:id/${kebab(command)}`,
  target: 'case',
  body,
  tag,
  summary,
  ...extra,
});

const answer = (target: 'referral' | 'transfer', verb: string, command: CaseCommandType, body: Type, summary: string): CaseRoute => ({
  command,
  path: `${target}s/:id/${verb}`,
  target,
  body,
  tag: target === 'referral' ? 'referrals' : 'transfers',
  summary,
});

// ExpireReferral and FlagOverdueService have no route: only the deadline sweep (role `system`, never in a token) issues them, in process.
export const CASE_ROUTES: readonly CaseRoute[] = [
  { command: 'OpenCase', path: 'cases', target: 'new_case', body: OpenCaseDto, tag: 'intake', summary: 'Open a case; the server chooses its id' },
  onCase('RegisterVictim', RegisterVictimDto, 'intake', 'Register the victim: initials and demographics, and optionally an identity sealed with the victim’s own key'),
  onCase('EraseIdentity', EraseIdentityDto, 'intake', "Supervisor erasure of the victim's identity (destroys the data key); refused under legal hold", {
    path: 'cases/:id/erasure',
  }),
  onCase('RecordConsent', RecordConsentDto, 'intake', 'Record consent to process or to share'),
  onCase('WithdrawConsent', WithdrawConsentDto, 'intake', 'Record that consent was withdrawn'),
  onCase('OverrideConsent', OverrideConsentDto, 'intake', 'Supervisor override: share with one agency without consent, with a reason'),
  onCase('RecordAssessment', RecordAssessmentDto, 'assessment', 'Record trafficking indicators, victim status, risk and needs'),
  onCase('ApproveAssessment', ApproveAssessmentDto, 'assessment', 'Supervisor approval of an assessment'),
  onCase('RequestService', RequestServiceDto, 'rehabilitation', 'Request a service; starts the 7-day clock'),
  onCase('RecordServiceDelivered', RecordServiceDeliveredDto, 'rehabilitation', 'Record that a requested service was delivered'),
  onCase('StartShelterPlacement', StartShelterPlacementDto, 'rehabilitation', 'Place the victim in a shelter'),
  onCase('ExtendShelterPlacement', ExtendShelterPlacementDto, 'rehabilitation', 'Extend a shelter placement'),
  onCase('EndShelterPlacement', EndShelterPlacementDto, 'rehabilitation', 'End a shelter placement'),
  onCase('PlanRepatriation', PlanRepatriationDto, 'repatriation', 'Plan the return home'),
  onCase('RecordHandover', RecordHandoverDto, 'repatriation', 'Record the handover of the victim to the receiving agency'),
  onCase('CompleteRepatriation', EmptyDto, 'repatriation', 'Complete the repatriation'),
  onCase('ApproveReintegrationPlan', ApproveReintegrationPlanDto, 'reintegration', 'Supervisor approval of the reintegration plan'),
  onCase('RecordFollowUpVisit', RecordFollowUpVisitDto, 'reintegration', 'Record a follow-up visit'),
  onCase('CompleteReintegration', CompleteReintegrationDto, 'reintegration', 'Complete reintegration'),
  onCase('FilePoliceReport', FilePoliceReportDto, 'legal', 'Record the police report (LP) filed'),
  onCase('FileLpskApplication', FileLpskApplicationDto, 'legal', 'Record an application for LPSK protection'),
  onCase('RecordLpskDecision', RecordLpskDecisionDto, 'legal', "Record LPSK's decision"),
  onCase('AssessRestitution', AssessRestitutionDto, 'legal', 'Record the assessed restitution'),
  onCase('OrderRestitution', OrderRestitutionDto, 'legal', 'Record restitution ordered by a final verdict'),
  onCase('RecordRestitutionPayment', RecordRestitutionPaymentDto, 'legal', 'Record a restitution payment'),
  onCase('RecordRestitutionDefault', RecordRestitutionDefaultDto, 'legal', 'Record that the offender defaulted on restitution'),
  onCase('AdvanceStage', AdvanceStageDto, 'lifecycle', 'Move the case to the next stage'),
  onCase('SkipStage', SkipStageDto, 'lifecycle', 'Skip a stage that does not apply, with a reason'),
  onCase('RequestClosure', RequestClosureDto, 'lifecycle', 'Request closure of the case'),
  onCase('ApproveClosure', EmptyDto, 'lifecycle', 'Supervisor approval of the requested closure: closes the case'),
  onCase('RejectClosure', ReasonDto, 'lifecycle', 'Supervisor rejection of the requested closure'),
  onCase('ReopenCase', ReopenCaseDto, 'lifecycle', 'Supervisor reopens a closed case'),
  onCase('SendReferral', SendReferralDto, 'referrals', 'Refer the victim to another agency for one service', { generates: 'referralId' }),
  onCase('RequestTransfer', RequestTransferDto, 'transfers', 'Ask another agency to take ownership of the case', { generates: 'transferId' }),
  answer('referral', 'accept', 'AcceptReferral', AcceptReferralDto, 'The receiving agency accepts the referral'),
  answer('referral', 'decline', 'DeclineReferral', ReasonDto, 'The receiving agency declines the referral, with a reason'),
  answer('referral', 'withdraw', 'WithdrawReferral', ReasonDto, 'The owning agency withdraws its referral'),
  answer('referral', 'complete', 'CompleteReferral', CompleteReferralDto, 'The receiving agency records the outcome'),
  answer('transfer', 'accept', 'AcceptTransfer', EmptyDto, 'The target agency accepts ownership of the case'),
  answer('transfer', 'decline', 'DeclineTransfer', ReasonDto, 'The target agency declines the transfer, with a reason'),
];
