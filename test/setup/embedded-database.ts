import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { isAlive, startEmbeddedPostgres, type EmbeddedPostgresServer } from '../../libs/event-store/src/postgres/embedded-postgres-server.js';

declare global {
  var __RUJUKAN_EMBEDDED_PG__: { server: EmbeddedPostgresServer; dataDir: string } | undefined;
}

/**
 * With DATABASE_URL the suites run on that PostgreSQL server; without it, on an embedded PostgreSQL
 * started here for the whole run. Each spec file then creates its own fresh database.
 */
export default async function globalSetup(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect().catch((error: Error) => {
      throw new Error(`DATABASE_URL is set but PostgreSQL does not answer there: ${error.message}`);
    });
    await client.end();
    process.env.RUJUKAN_TEST_ADMIN_URL = serverUrl;
    process.env.RUJUKAN_TEST_ENGINE = 'postgresql-server';
    return;
  }
  removeLeftovers();
  const dataDir = join(tmpdir(), `rujukan-test-pg-${process.pid}`);
  const server = await startEmbeddedPostgres({ dataDir, database: 'postgres' });
  globalThis.__RUJUKAN_EMBEDDED_PG__ = { server, dataDir };
  process.env.RUJUKAN_TEST_ADMIN_URL = server.adminUrl;
  process.env.RUJUKAN_TEST_ENGINE = 'embedded-postgresql';
}

/** Data directories of earlier runs that were killed before their teardown. */
function removeLeftovers(): void {
  for (const name of readdirSync(tmpdir())) {
    const match = /^rujukan-test-pg-(\d+)$/.exec(name);
    if (!match || isAlive(Number(match[1]))) continue;
    rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}
