import pg from 'pg';
import { DataSource, type MigrationInterface } from 'typeorm';

type MigrationClass = new () => MigrationInterface;

// Any fixed number shared by every process that migrates this database.
const MIGRATION_LOCK = 7_305_202_611;

/**
 * Applies pending migrations, one process at a time (a PostgreSQL advisory lock), each in its own
 * transaction. Returns the names of the migrations it applied.
 */
export async function runMigrations(connectionString: string, migrations: readonly MigrationClass[]): Promise<string[]> {
  const lock = new pg.Client({ connectionString, application_name: 'rujukan-migrate' });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const dataSource = new DataSource({
      type: 'postgres',
      url: connectionString,
      migrations: [...migrations],
      migrationsTableName: 'schema_migrations',
      migrationsTransactionMode: 'each',
      synchronize: false,
      logging: false,
    });
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations();
      return applied.map((m) => m.name);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.end();
  }
}
