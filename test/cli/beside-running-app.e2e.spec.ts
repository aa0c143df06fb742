import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { CONNECTION_FILE, runMigrations, startEmbeddedPostgres, type EmbeddedPostgresServer } from '@rujukan/event-store';
import { allMigrations } from '@rujukan/read-models';
import { runCli } from '../support/cli.js';

describe('the CLI beside a running app on the embedded PostgreSQL', () => {
  // Straight under /tmp: run as root, the server runs as the postgres user, who cannot enter a 0700 temporary folder.
  const dataDir = join(tmpdir(), `rujukan-beside-app-${process.pid}`);
  let server: EmbeddedPostgresServer;

  beforeAll(async () => {
    // This process plays the app: it started the server and holds it, as `npm start` does.
    server = await startEmbeddedPostgres({ dataDir, password: 'beside-the-app' });
    await runMigrations(server.url, allMigrations);
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('finds where the app publishes its database, readable by its owner only', () => {
    expect(statSync(join(dataDir, CONNECTION_FILE)).mode & 0o777).toBe(0o600);
  });

  it('runs projections status without DATABASE_URL, on the running server, and leaves it running', async () => {
    const run = await runCli('', ['projections', 'status'], { EMBEDDED_PG_DATA_DIR: dataDir, EMBEDDED_PG_PASSWORD: 'a-different-one' });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('case-summary');
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      expect((await client.query('SELECT 1 AS up')).rows).toEqual([{ up: 1 }]);
    } finally {
      await client.end();
    }
  }, 60_000);

  it('removes the published address when the server stops', async () => {
    await server.stop();
    expect(() => statSync(join(dataDir, CONNECTION_FILE))).toThrow();
  }, 60_000);
});
