import type { MigrationInterface, QueryRunner } from 'typeorm';
import { handOverProjection, takeBackProjection } from '../../migrations/hand-over-projection.js';

const REFERRAL_EVENTS = ['ReferralSent', 'ReferralAccepted', 'ReferralDeclined', 'ReferralWithdrawn', 'ReferralExpired', 'ReferralCompleted'];
const TRANSFER_EVENTS = ['TransferRequested', 'TransferAccepted', 'TransferDeclined'];

/**
 * `rm_transfers` is kept by a projection of its own, `transfers`, no longer by `referrals`: it starts where `referrals`
 * stands and takes the transfer events `referrals` had set aside.
 */
export class TransfersProjectionOfTheirOwn1763905000000 implements MigrationInterface {
  name = 'TransfersProjectionOfTheirOwn1763905000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await handOverProjection(queryRunner, 'referrals', { transfers: TRANSFER_EVENTS }, REFERRAL_EVENTS);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await takeBackProjection(queryRunner, 'referrals', ['transfers']);
  }
}
