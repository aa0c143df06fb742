import { findRunningEmbeddedPostgres, runMigrations, startEmbeddedPostgres } from '@rujukan/event-store';
import type { MigrationInterface } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';

export type MigrationClass = new () => MigrationInterface;

export type DatabaseEngine = 'embedded-postgresql' | 'postgresql-server';

/** The PostgreSQL the service runs on: the server at DATABASE_URL, or one it started itself. */
export class Database {
  constructor(
    readonly url: string,
    readonly engine: DatabaseEngine,
    private readonly stopServer: (() => Promise<void>) | null,
  ) {}

  async close(): Promise<void> {
    await this.stopServer?.();
  }
}

export interface OpenDatabaseOptions {
  /** Use the embedded PostgreSQL a running app publishes in the data directory (the CLI beside `npm start`), leaving it running. */
  joinRunning?: boolean;
}

export async function openDatabase(config: AppConfig, options: OpenDatabaseOptions = {}): Promise<Database> {
  if (config.DATABASE_URL) return new Database(config.DATABASE_URL, 'postgresql-server', null);
  if (options.joinRunning) {
    const running = await findRunningEmbeddedPostgres(config.EMBEDDED_PG_DATA_DIR);
    if (running) return new Database(running, 'embedded-postgresql', null);
  }
  const server = await startEmbeddedPostgres({
    dataDir: config.EMBEDDED_PG_DATA_DIR,
    port: config.EMBEDDED_PG_PORT,
    password: config.EMBEDDED_PG_PASSWORD,
  });
  return new Database(server.url, 'embedded-postgresql', () => server.stop());
}

/** Brings the schema up to date; safe to call from several processes at once. */
export function migrate(database: Database, migrations: readonly MigrationClass[]): Promise<string[]> {
  return runMigrations(database.url, migrations);
}
