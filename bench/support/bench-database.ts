import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '@rujukan/event-store';

/** A fresh database for one benchmark run, on DATABASE_URL when set, else on an embedded PostgreSQL. */
export interface BenchDatabase {
  url: string;
  /** A connection to the server's `postgres` database (DROP, SHOW, direct queries). */
  admin: pg.Client;
  engine: 'embedded' | 'server at DATABASE_URL';
  version: string;
  /** Drops the database and stops (and removes) an embedded server. */
  drop(): Promise<void>;
}

/** `url`: the server to use (null: an embedded PostgreSQL whatever DATABASE_URL says); default DATABASE_URL, else embedded. */
export async function openBenchDatabase({ url: serverUrl = process.env.DATABASE_URL }: { url?: string | null } = {}): Promise<BenchDatabase> {
  let adminUrl = serverUrl ?? undefined;
  let stopEmbedded: (() => Promise<void>) | null = null;
  const dataDir = join(tmpdir(), `rujukan-bench-pg-${process.pid}`);
  if (!adminUrl) {
    const server = await startEmbeddedPostgres({ dataDir, database: 'postgres' });
    adminUrl = server.adminUrl;
    stopEmbedded = server.stop;
  }
  const name = `rujukan_bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const version = (await admin.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version;
  return {
    url: url.toString(),
    admin,
    engine: stopEmbedded ? 'embedded' : 'server at DATABASE_URL',
    version,
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
      await stopEmbedded?.();
      if (stopEmbedded) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
