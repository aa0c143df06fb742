import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runMigrations } from '@rujukan/event-store';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { allMigrations } from './index.js';

/** The two migrations that hand tables to new projections: a database migrated up to them is a deployment before. */
const handOvers = allMigrations.findIndex((m) => m.name === 'TransfersProjectionOfTheirOwn1763905000000');
const before = allMigrations.slice(0, handOvers);
/** Up to the hand-overs and no further: later migrations may move the checkpoints again (1763906220000 restarts statistics-cases). */
const through = allMigrations.slice(0, handOvers + 2);

describe('new projections take over where the projection their tables came from stood', () => {
  let database: TestDatabase;
  let db: DataSource;
  const [transferStream, referralStream, statisticsStream] = ['case-a', 'case-b', 'case-c'];
  const caseId = randomUUID();

  const checkpoints = async () =>
    Object.fromEntries(
      (
        (await db.query(
          `SELECT name, commit_position::text || '-' || prepare_position::text AS position, events_applied::int AS applied, parked FROM projection_checkpoints ORDER BY name`,
        )) as Array<{ name: string; position: string; applied: number; parked: number }>
      ).map(({ name, ...row }) => [name, row]),
    );
  const setAside = async () =>
    (await db.query(
      `SELECT projection, event_type, state, stream_name, error FROM projection_parked_events ORDER BY projection, commit_position`,
    )) as unknown[];

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    await runMigrations(database.url, before);
    db = new DataSource({ type: 'postgres', url: database.url, synchronize: false, migrations: [...allMigrations], migrationsTableName: 'schema_migrations' });
    await db.initialize();
    await db.query(`INSERT INTO projection_checkpoints (name, commit_position, prepare_position, events_applied, parked) VALUES
      ('referrals', 100, 7, 50, 3), ('statistics', 90, 4, 80, 2), ('case-summary', 120, 1, 99, 0)`);
    const parked = (projection: string, position: number, stream: string, type: string, state: string) =>
      db.query(
        `INSERT INTO projection_parked_events (projection, commit_position, prepare_position, event_id, stream_name, revision, event_type, case_id, state, error)
         VALUES ($1, $2::int, 0, $3, $4, $2::int, $5, $6, $7, $8)`,
        [projection, position, randomUUID(), stream, type, caseId, state, state === 'parked' ? 'UnprojectableTimeError' : null],
      );
    await parked('referrals', 10, transferStream, 'TransferRequested', 'parked');
    await parked('referrals', 11, referralStream, 'ReferralSent', 'parked');
    await parked('referrals', 12, transferStream, 'TransferAccepted', 'held');
    await parked('statistics', 20, statisticsStream, 'VictimRegistered', 'parked');
    await parked('statistics', 21, statisticsStream, 'ServiceRequested', 'held');
    await db.query(
      `INSERT INTO rm_stats_cases (case_id, opened_at, opened_year, opened_month, found_province, found_district, channel, origin_province, origin_district, stage, last_revision)
       VALUES ($1, '2025-03-01T00:00:00Z', 2025, 3, '65', '6503', 'bp2mi', '35', '3509', 'assessment', 6)`,
      [caseId],
    );
    await runMigrations(database.url, through);
  });

  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('each new projection starts at the checkpoint of the projection its tables came from, and `statistics` is gone', async () => {
    expect(await checkpoints()).toEqual({
      'case-summary': { position: '120-1', applied: 99, parked: 0 },
      referrals: { position: '100-7', applied: 50, parked: 1 },
      transfers: { position: '100-7', applied: 50, parked: 2 },
      'statistics-cases': { position: '90-4', applied: 80, parked: 1 },
      'statistics-referrals': { position: '90-4', applied: 80, parked: 1 },
      'statistics-services': { position: '90-4', applied: 80, parked: 1 },
      'statistics-stage-periods': { position: '90-4', applied: 80, parked: 0 },
    });
  });

  it('each takes the events set aside of the types it handles; one held behind an event it did not take is parked, so it can be seen and retried', async () => {
    expect(await setAside()).toEqual([
      { projection: 'referrals', event_type: 'ReferralSent', state: 'parked', stream_name: referralStream, error: 'UnprojectableTimeError' },
      { projection: 'statistics-cases', event_type: 'VictimRegistered', state: 'parked', stream_name: statisticsStream, error: 'UnprojectableTimeError' },
      { projection: 'statistics-referrals', event_type: 'VictimRegistered', state: 'parked', stream_name: statisticsStream, error: 'UnprojectableTimeError' },
      { projection: 'statistics-services', event_type: 'ServiceRequested', state: 'parked', stream_name: statisticsStream, error: 'HandedOver' },
      { projection: 'transfers', event_type: 'TransferRequested', state: 'parked', stream_name: transferStream, error: 'UnprojectableTimeError' },
      { projection: 'transfers', event_type: 'TransferAccepted', state: 'held', stream_name: transferStream, error: null },
    ]);
  });

  it('the referral statistics hold the regions of the cases the statistics had, as of that checkpoint', async () => {
    expect(await db.query(`SELECT * FROM rm_stats_referral_regions`)).toEqual([
      { case_id: caseId, found_province: '65', found_district: '6503', origin_province: '35', origin_district: '3509', last_revision: 6 },
    ]);
  });

  it('undone, the tables go back to `referrals` and `statistics`, at the earliest checkpoint of those that held them', async () => {
    // The runners moved on meanwhile, each at its pace.
    await db.query(`UPDATE projection_checkpoints SET commit_position = 95 WHERE name IN ('statistics-cases', 'statistics-referrals', 'statistics-services')`);
    await db.query(`UPDATE projection_checkpoints SET commit_position = 92, prepare_position = 0 WHERE name = 'statistics-stage-periods'`);
    await db.query(`UPDATE projection_checkpoints SET commit_position = 101, prepare_position = 0 WHERE name = 'referrals'`);
    await db.query(`UPDATE projection_checkpoints SET commit_position = 98, prepare_position = 3 WHERE name = 'transfers'`);
    await db.undoLastMigration({ transaction: 'each' });
    await db.undoLastMigration({ transaction: 'each' });
    expect(await checkpoints()).toEqual({
      'case-summary': { position: '120-1', applied: 99, parked: 0 },
      referrals: { position: '98-3', applied: 50, parked: 3 },
      statistics: { position: '92-0', applied: 80, parked: 2 },
    });
    expect(((await setAside()) as Array<{ projection: string; event_type: string }>).map((row) => `${row.projection} ${row.event_type}`)).toEqual([
      'referrals TransferRequested',
      'referrals ReferralSent',
      'referrals TransferAccepted',
      'statistics VictimRegistered',
      'statistics ServiceRequested',
    ]);
    expect(await db.query(`SELECT to_regclass('rm_stats_referral_regions') AS present`)).toEqual([{ present: null }]);
  });
});
