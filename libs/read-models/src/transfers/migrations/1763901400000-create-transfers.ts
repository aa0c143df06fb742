import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `rm_transfers`: one row per ownership transfer (inter-province repatriation), kept by the referrals
 * projection, so the receiving UPTD PPA finds an incoming transfer in its queue and may read the case
 * while the transfer awaits its answer. `reason` and `answer_reason` are stored sealed, as in the events.
 */
export class CreateTransfers1763901400000 implements MigrationInterface {
  name = 'CreateTransfers1763901400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE rm_transfers (
        transfer_id text NOT NULL,
        case_id uuid NOT NULL,
        from_agency text NOT NULL,
        to_agency text NOT NULL,
        reason text NOT NULL,
        status text NOT NULL CHECK (status IN ('requested', 'accepted', 'declined')),
        requested_at timestamptz NOT NULL,
        requested_by text NOT NULL,
        answered_at timestamptz,
        answered_by text,
        answer_reason text,
        updated_at timestamptz NOT NULL,
        last_revision integer NOT NULL,
        PRIMARY KEY (case_id, transfer_id)
      )`);
    await queryRunner.query(`CREATE INDEX rm_transfers_to_idx ON rm_transfers (to_agency, status, requested_at)`);
    await queryRunner.query(`CREATE INDEX rm_transfers_from_idx ON rm_transfers (from_agency, status)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE rm_transfers`);
  }
}
