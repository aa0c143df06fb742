import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { eventStoreMigrations, runMigrations } from '@rujukan/event-store';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh database on the run's PostgreSQL (see test/setup/global-setup.ts), migrated unless told not to. */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const adminUrl = process.env.RUJUKAN_TEST_ADMIN_URL;
  if (!adminUrl) throw new Error('RUJUKAN_TEST_ADMIN_URL is not set: run the specs through jest (global setup)');
  const name = `rujukan_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await admin(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  if (options.migrate ?? true) await runMigrations(url.toString(), eventStoreMigrations);
  return {
    url: url.toString(),
    drop: () => admin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function admin(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** `embedded-postgresql` or `postgresql-server`, for test names. */
export function testEngineName(): string {
  return process.env.RUJUKAN_TEST_ENGINE ?? 'postgresql';
}
