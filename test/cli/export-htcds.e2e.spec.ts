import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { parseHtcdsOptions } from '../../apps/cli/src/commands/export.command.js';
import { runCli } from '../support/cli.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// Each run spawns `npm run cli`, which compiles the CLI on start: tens of seconds on a loaded machine.
describe('npm run cli -- export htcds', () => {
  let database: TestDatabase;
  let out: string;

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    out = mkdtempSync(join(tmpdir(), 'rujukan-htcds-'));
  });
  afterAll(async () => {
    rmSync(out, { recursive: true, force: true });
    await database?.drop();
  });

  it('names every option to fix before it touches the database', () => {
    const refused = (options: Record<string, string>) => {
      try {
        parseHtcdsOptions(options);
        return 'accepted';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(refused({ province: '6' })).toBe('--province must be a 2-digit Kemendagri code');
    expect(refused({ province: '64', district: '3509' })).toBe('--district 3509 is not in province 64');
    expect(refused({ from: '2025-13-01', format: 'xlsx' })).toBe('--from must be a day, YYYY-MM-DD\n--format must be one of json, csv');
    expect(parseHtcdsOptions({ district: '6471', from: '2025-01-01' })).toEqual({
      filter: { province: null, district: '6471', from: '2025-01-01', to: null },
      format: 'csv',
    });
  });

  it('migrates the database and writes an empty export as JSON: nothing to publish, nothing suppressed', async () => {
    const run = await runCli(database.url, ['export', 'htcds', '--format', 'json', '--out', out], {});
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(join(out, 'htcds-nasional.json'));
    const data = JSON.parse(readFileSync(join(out, 'htcds-nasional.json'), 'utf8'));
    expect(data).toMatchObject({ standard: 'HTCDS', records: [], suppression: { records: 0, published: 0, suppressedShare: 0 } });
  }, 240_000);

  it('writes the CSV and its suppression report from the statistics projection: 12 alike published, 3 rare left out', async () => {
    const sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
    try {
      const victims = [...Array<string>(12).fill('MY'), 'KH', 'SA', 'TW'];
      for (const destination of victims) {
        await sql.query(
          `INSERT INTO rm_stats_cases (case_id, opened_at, opened_year, opened_month, found_province, found_district, channel, stage, last_revision,
                                       sex, age_group, nationality, origin_province, origin_district, destination_country, exploitation_types)
           VALUES ($1, '2025-06-10T02:00:00Z', 2025, 6, '64', '6471', 'port', 'assessment', 3, 'female', 'adult', 'ID', '35', '3509', $2, '{forced_labour}')`,
          [randomUUID(), destination],
        );
      }
    } finally {
      await sql.end();
    }
    const run = await runCli(database.url, ['export', 'htcds', '--province', '64', '--out', out], {});
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([join(out, 'htcds-64.csv'), join(out, 'htcds-64.suppression.json')]);
    expect(run.stderr).toContain('12 of 15 records published (k = 11); 0 with a value suppressed, 3 left out: 20.0% suppressed');
    const lines = readFileSync(join(out, 'htcds-64.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\n');
    expect(lines).toHaveLength(13);
    expect(lines[1]).toBe('2025,Female,Adult,ID,MY,,,,true,false,false,false,false,Active');
    const about = JSON.parse(readFileSync(join(out, 'htcds-64.suppression.json'), 'utf8'));
    expect(about.suppression).toMatchObject({ k: 11, records: 15, published: 12, dropped: 3, suppressedShare: 0.2 });
    // The caveat travels with every export: overlapping exports can be subtracted from each other.
    expect(about.differencing).toContain('overlapping periods or regions');
    expect(about).not.toHaveProperty('records');
  }, 240_000);
});
