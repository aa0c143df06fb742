import type { MigrationInterface, QueryRunner } from 'typeorm';

const TOKEN = `v1\\.[A-Za-z0-9_-]{16}\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]{22}`;
/** A column the schema says was sealed: a whole token becomes a typed sealed value, anything else stays the text it is. */
const typed = (column: string, sealedWhen = 'true') =>
  `CASE WHEN ${column} IS NULL THEN NULL
        WHEN (${sealedWhen}) AND ${column} ~ '^${TOKEN}$' THEN jsonb_build_object('$sealed', ${column})
        ELSE to_jsonb(${column}) END`;

/** Timeline rows whose reason was the event's sealed free text (closure reasons and failure codes were clear words). */
const SEALED_REASON_EVENTS = [
  'ConsentWithdrawn',
  'ConsentOverrideRecorded',
  'ShelterPlacementExtended',
  'RestitutionDefaulted',
  'StageSkipped',
  'ClosureRejected',
  'CaseReopened',
  'ReferralSent',
  'ReferralDeclined',
  'ReferralWithdrawn',
  'TransferRequested',
  'TransferDeclined',
];

/**
 * Sealed values are typed: a read model column that may hold one is jsonb, holding a string (text as typed) or
 * `{ "$sealed": "v1.…" }`, and readers open only the latter. Rows written before are converted by what each column
 * held then (the schema), never by the shape of a string elsewhere: a referral's reason, a decline's or withdrawal's
 * answer, a transfer's reasons, the timeline reason of the event types whose reason was sealed, and the unpaid
 * restitution's reason after a closure sentence.
 */
export class TypeSealedValues1763902200000 implements MigrationInterface {
  name = 'TypeSealedValues1763902200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE rm_referrals
        ALTER COLUMN reason TYPE jsonb USING ${typed('reason')},
        ALTER COLUMN answer_reason TYPE jsonb USING ${typed('answer_reason', `status IN ('declined', 'withdrawn')`)}`);
    await queryRunner.query(`
      ALTER TABLE rm_transfers
        ALTER COLUMN reason TYPE jsonb USING ${typed('reason')},
        ALTER COLUMN answer_reason TYPE jsonb USING ${typed('answer_reason')}`);
    const sealedEvents = SEALED_REASON_EVENTS.map((type) => `'${type}'`).join(', ');
    await queryRunner.query(`
      ALTER TABLE rm_case_timeline ALTER COLUMN reason TYPE jsonb USING
        CASE WHEN event_type IN ('ClosureRequested', 'CaseClosed') AND reason ~ '; restitution left unpaid: ${TOKEN}$'
               THEN jsonb_build_array(substring(reason from '^(.*; restitution left unpaid: )'),
                                      jsonb_build_object('$sealed', substring(reason from '(${TOKEN})$')))
             ELSE ${typed('reason', `event_type IN (${sealedEvents})`)} END`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const text = (column: string) =>
      `CASE WHEN jsonb_typeof(${column}) = 'string' THEN ${column} #>> '{}' WHEN ${column} ? '$sealed' THEN ${column} ->> '$sealed' ELSE ${column}::text END`;
    await queryRunner.query(
      `ALTER TABLE rm_referrals ALTER COLUMN reason TYPE text USING ${text('reason')}, ALTER COLUMN answer_reason TYPE text USING ${text('answer_reason')}`,
    );
    await queryRunner.query(
      `ALTER TABLE rm_transfers ALTER COLUMN reason TYPE text USING ${text('reason')}, ALTER COLUMN answer_reason TYPE text USING ${text('answer_reason')}`,
    );
    await queryRunner.query(`ALTER TABLE rm_case_timeline ALTER COLUMN reason TYPE text USING ${text('reason')}`);
  }
}
