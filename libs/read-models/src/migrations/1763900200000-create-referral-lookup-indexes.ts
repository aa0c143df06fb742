import type { MigrationInterface, QueryRunner } from 'typeorm';

// Referral and transfer routes find their case from the event that created them; KurrentDB needs a read model instead.
export class CreateReferralLookupIndexes1763900200000 implements MigrationInterface {
  name = 'CreateReferralLookupIndexes1763900200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX events_referral_sent_idx ON events ((data->>'referralId')) WHERE type = 'ReferralSent'`);
    await queryRunner.query(`CREATE INDEX events_transfer_requested_idx ON events ((data->>'transferId')) WHERE type = 'TransferRequested'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX events_transfer_requested_idx`);
    await queryRunner.query(`DROP INDEX events_referral_sent_idx`);
  }
}
