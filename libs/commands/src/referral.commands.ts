import {
  REFERRAL_FAILURE_REASONS,
  REFERRAL_OUTCOMES,
  REFERRAL_SERVICES,
  type ReferralFailureReason,
  type ReferralOutcome,
  type ReferralService,
} from '@rujukan/domain';
import { Agency, DateTime, Flag, OneOf, Pattern, Text } from './dto-fields.js';
import { routesOf, type CaseRoute } from './command-route.js';
import { REFERRAL_FORMS } from './referral.forms.js';
import { EmptyDto, ReasonDto } from './lifecycle.commands.js';

/**
 * No agency type here: the directory's record of `toAgency` decides consent and what is shared, and the event records
 * that type. A body that still sends `toAgencyType` is refused (400), so no client goes on believing it decides anything.
 */
export class SendReferralDto {
  @Agency({ description: 'An active agency of the directory whose type gives this service (422 AGENCY.UNKNOWN, AGENCY.INACTIVE, AGENCY.WRONG_TYPE otherwise)' })
  toAgency!: string;
  @OneOf(REFERRAL_SERVICES) service!: ReferralService;
  @Text() reason!: string;
  @DateTime({ description: 'When the receiving agency must have answered' }) responseDeadline!: string;
  @Flag({ description: "Whether the victim's identity goes with it: needs consent to share or a recorded override" }) sharesIdentity!: boolean;
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
  @Pattern(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'must be the id of an MoU of the register (a lower-case uuid)', {
    optional: true,
    description:
      'The MoU of the register (GET /mous) the transfer rests on: recorded, in force and covering case transfers (422 MOU.UNKNOWN, MOU.NOT_IN_FORCE otherwise); none: leave out',
  })
  mouId?: string;
}

/** The routes of this area's commands, each with the DTO above that its body is validated into. */
export const REFERRAL_ROUTES: readonly CaseRoute[] = routesOf(REFERRAL_FORMS, 'referrals', {
  SendReferral: { body: SendReferralDto, summary: 'Refer the victim to another agency for one service', generates: 'referralId' },
  RequestTransfer: { body: RequestTransferDto, tag: 'transfers', summary: 'Ask another agency to take ownership of the case', generates: 'transferId' },
  AcceptReferral: { body: AcceptReferralDto, summary: 'The receiving agency accepts the referral' },
  DeclineReferral: { body: ReasonDto, summary: 'The receiving agency declines the referral, with a reason' },
  WithdrawReferral: { body: ReasonDto, summary: 'The owning agency withdraws its referral' },
  CompleteReferral: { body: CompleteReferralDto, summary: 'The receiving agency records the outcome' },
  AcceptTransfer: { body: EmptyDto, summary: 'The target agency accepts ownership of the case' },
  DeclineTransfer: { body: ReasonDto, summary: 'The target agency declines the transfer, with a reason' },
});
