import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { runCli } from '../support/cli.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const cli = runCli;

describe('npm run cli -- users put, spawned', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
  });
  afterAll(() => database?.drop());

  it('records the first administrator from the terminal, at an agency recorded first, and refuses a role that does not exist', async () => {
    const unknown = await cli(database.url, ['users', 'put', 'admin-1', '--agency', 'DP3A-KALTIM', '--role', 'administrator']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('agency DP3A-KALTIM is not in the directory: record it first with npm run cli -- agencies put DP3A-KALTIM');
    const agency = await cli(database.url, [
      'agencies',
      'put',
      'DP3A-KALTIM',
      '--name',
      'DP3A Provinsi Kalimantan Timur',
      '--type',
      'ministry',
      '--province',
      '64',
    ]);
    expect(agency).toMatchObject({ code: 0, stdout: expect.stringContaining('recorded DP3A-KALTIM: ministry, active') });
    const ok = await cli(database.url, ['users', 'put', 'admin-1', '--agency', 'DP3A-KALTIM', '--role', 'administrator']);
    expect(ok).toMatchObject({ code: 0, stdout: expect.stringContaining('recorded admin-1: administrator at DP3A-KALTIM, active') });
    const bad = await cli(database.url, ['users', 'put', 'admin-2', '--agency', 'DP3A-KALTIM', '--role', 'superuser']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--role must be one of');
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT user_id, agency, role, active FROM users`);
      expect(rows).toEqual([{ user_id: 'admin-1', agency: 'DP3A-KALTIM', role: 'administrator', active: true }]);
      const events = await client.query(`SELECT type, data->>'role' AS role FROM events WHERE stream_name = 'directory-user-admin-1'`);
      expect(events.rows).toEqual([{ type: 'UserRecorded', role: 'administrator' }]);
    } finally {
      await client.end();
    }
  }, 120_000);
});
