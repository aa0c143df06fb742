import type { MigrationInterface, QueryRunner } from 'typeorm';
import { handOverProjection, lockCheckpoints, takeBackProjection } from '../../migrations/hand-over-projection.js';

const CASE_EVENTS = [
  'CaseOpened',
  'VictimRegistered',
  'AssessmentRecorded',
  'AssessmentApproved',
  'StageAdvanced',
  'StageSkipped',
  'CaseClosed',
  'CaseReopened',
];
const REFERRAL_EVENTS = ['ReferralSent', 'ReferralAccepted', 'ReferralDeclined', 'ReferralWithdrawn', 'ReferralExpired', 'ReferralCompleted'];
const SPLIT = {
  'statistics-cases': CASE_EVENTS,
  'statistics-referrals': ['CaseOpened', 'VictimRegistered', ...REFERRAL_EVENTS],
  'statistics-stage-periods': ['CaseOpened', 'StageAdvanced', 'StageSkipped', 'CaseClosed', 'CaseReopened'],
  'statistics-services': ['ServiceRequested', 'ServiceDelivered', 'ServiceOverdueFlagged', 'CaseClosed'],
};

/**
 * One statistics projection per table: `statistics` gives its four tables to `statistics-cases`,
 * `statistics-referrals`, `statistics-stage-periods` and `statistics-services`, each starting where it stood. The
 * referral statistics keep the regions they copy into a referral in `rm_stats_referral_regions`, filled here from
 * `rm_stats_cases` as it stands at that same checkpoint.
 */
export class StatisticsProjectionPerTable1763905100000 implements MigrationInterface {
  name = 'StatisticsProjectionPerTable1763905100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await lockCheckpoints(queryRunner, ['statistics', ...Object.keys(SPLIT)]);
    await queryRunner.query(`
      CREATE TABLE rm_stats_referral_regions (
        case_id uuid PRIMARY KEY,
        found_province text NOT NULL,
        found_district text NOT NULL,
        origin_province text,
        origin_district text,
        last_revision integer NOT NULL
      )`);
    await queryRunner.query(`
      INSERT INTO rm_stats_referral_regions (case_id, found_province, found_district, origin_province, origin_district, last_revision)
      SELECT case_id, found_province, found_district, origin_province, origin_district, last_revision FROM rm_stats_cases`);
    await handOverProjection(queryRunner, 'statistics', SPLIT, null);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await takeBackProjection(queryRunner, 'statistics', Object.keys(SPLIT));
    await queryRunner.query(`DROP TABLE rm_stats_referral_regions`);
  }
}
