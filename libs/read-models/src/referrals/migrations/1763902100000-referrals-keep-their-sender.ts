import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The referrals read model once wrote the new owner over `from_agency` on a transfer, so a former owner's history
 * named the new owner as sender of referrals it sent. Puts back the sender each `ReferralSent` event records (the
 * PostgreSQL event store; with KurrentDB run `cli projections rebuild referrals`).
 */
export class ReferralsKeepTheirSender1763902100000 implements MigrationInterface {
  name = 'ReferralsKeepTheirSender1763902100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const [events] = await queryRunner.query(`SELECT to_regclass('events') IS NOT NULL AS present`);
    if (!events?.present) return;
    await queryRunner.query(`
      UPDATE rm_referrals r SET from_agency = e.data->>'fromAgency'
      FROM events e
      WHERE e.type = 'ReferralSent' AND e.data->>'referralId' = r.referral_id::text
        AND e.stream_name = 'case-' || r.case_id::text AND r.from_agency <> e.data->>'fromAgency'`);
  }

  async down(): Promise<void> {
    // History put right is not put wrong again.
  }
}
