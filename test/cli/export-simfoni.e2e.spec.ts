import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { runCli } from '../support/cli.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// Each run spawns `npm run cli`, which compiles the CLI on start: tens of seconds on a loaded machine.
describe('npm run cli -- export simfoni', () => {
  let database: TestDatabase;
  let out: string;

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    out = mkdtempSync(join(tmpdir(), 'rujukan-simfoni-'));
  });
  afterAll(async () => {
    rmSync(out, { recursive: true, force: true });
    await database?.drop();
  });

  it('refuses a user the directory does not hold as an active supervisor, then writes her agency’s (empty) export, readable by her only', async () => {
    const refused = await runCli(database.url, ['export', 'simfoni', '--user', 'spv-kaltim', '--out', out], {});
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('--user spv-kaltim must be an active supervisor in the directory');

    const sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
    try {
      await sql.query(`INSERT INTO users (user_id, agency, role, active, updated_by) VALUES ('spv-kaltim', 'UPTD-PPA-64', 'supervisor', true, 'test')`);
    } finally {
      await sql.end();
    }
    const run = await runCli(database.url, ['export', 'simfoni', '--user', 'spv-kaltim', '--format', 'json', '--out', out], {});
    expect(run.code).toBe(0);
    const file = join(out, 'simfoni-UPTD-PPA-64.json');
    expect(run.stdout.trim()).toBe(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ system: 'SIMFONI-PPA', agency: 'UPTD-PPA-64', considered: 0, records: [] });
    expect(statSync(file).mode & 0o077).toBe(0);
  }, 240_000);
});
