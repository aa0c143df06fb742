import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runMigrations } from '@rujukan/event-store';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../../test/support/test-database.js';
import { allMigrations } from '../../migrations/index.js';

const index = allMigrations.findIndex((m) => m.name === 'StatsCasesMeansOfControl1763906220000');

describe('migration 1763906220000: rm_stats_cases keeps the means of control, and the rows already there are filled again', () => {
  let database: TestDatabase;
  let db: DataSource;
  const caseId = randomUUID();

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    await runMigrations(database.url, allMigrations.slice(0, index));
    db = new DataSource({ type: 'postgres', url: database.url, synchronize: false, migrations: [...allMigrations], migrationsTableName: 'schema_migrations' });
    await db.initialize();
    await db.query(`INSERT INTO projection_checkpoints (name, commit_position, prepare_position, events_applied) VALUES
      ('statistics-cases', 900, 4, 800), ('statistics-referrals', 900, 4, 300)`);
    await db.query(
      `INSERT INTO rm_stats_cases (case_id, opened_at, opened_year, opened_month, found_province, found_district, channel, stage, last_revision)
       VALUES ($1, '2025-03-01T00:00:00Z', 2025, 3, '64', '6471', 'port', 'assessment', 6)`,
      [caseId],
    );
    await runMigrations(database.url, allMigrations.slice(0, index + 1));
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('adds the column empty, sets every row below any revision and starts statistics-cases over; the others keep their place', async () => {
    expect(await db.query(`SELECT means_of_control, last_revision, stage FROM rm_stats_cases WHERE case_id = $1`, [caseId])).toEqual([
      { means_of_control: [], last_revision: -1, stage: 'assessment' },
    ]);
    const checkpoints = await db.query(
      `SELECT name, commit_position::text AS position, events_applied::int AS applied FROM projection_checkpoints ORDER BY name`,
    );
    expect(checkpoints).toEqual([
      { name: 'statistics-cases', position: '0', applied: 0 },
      { name: 'statistics-referrals', position: '900', applied: 300 },
    ]);
  });

  it('undone, drops the column', async () => {
    await db.undoLastMigration({ transaction: 'each' });
    const columns = await db.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'rm_stats_cases' AND column_name = 'means_of_control'`,
    );
    expect(columns).toEqual([]);
  });
});
