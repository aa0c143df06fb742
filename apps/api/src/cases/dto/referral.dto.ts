import {
  AGENCY_TYPES,
  REFERRAL_FAILURE_REASONS,
  REFERRAL_OUTCOMES,
  REFERRAL_SERVICES,
  type AgencyType,
  type ReferralFailureReason,
  type ReferralOutcome,
  type ReferralService,
} from '@rujukan/domain';
import { Agency, DateTime, Flag, OneOf, Text } from './dto-fields.js';

export class SendReferralDto {
  @Agency() toAgency!: string;
  @OneOf(AGENCY_TYPES) toAgencyType!: AgencyType;
  @OneOf(REFERRAL_SERVICES) service!: ReferralService;
  @Text() reason!: string;
  @DateTime({ description: 'When the receiving agency must have answered' }) responseDeadline!: string;
  @Flag({ description: 'Whether the victim\'s identity goes with it: needs consent to share or a recorded override' }) sharesIdentity!: boolean;
}

export class AcceptReferralDto {
  @Text({ optional: true }) note?: string;
}

export class CompleteReferralDto {
  @OneOf(REFERRAL_OUTCOMES) outcome!: ReferralOutcome;
  @OneOf(REFERRAL_FAILURE_REASONS, { optional: true, description: 'Required when not successful' }) reason?: ReferralFailureReason;
  @Text({ optional: true }) note?: string;
}

export class RequestTransferDto {
  @Agency({ example: 'UPTD-PPA-35' }) toAgency!: string;
  @Text() reason!: string;
}
