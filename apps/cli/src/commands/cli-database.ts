import { createEventStore, migrate, openDatabase, parseAppConfig, type AppConfig } from '@rujukan/platform';
import type { EventStore } from '@rujukan/event-store';
import { allMigrations } from '@rujukan/read-models';
import { DataSource } from 'typeorm';

export interface CliDatabase {
  config: AppConfig;
  store: EventStore;
  dataSource: DataSource;
}

/**
 * The database a CLI command writes through: the configured server, or the embedded PostgreSQL a running app
 * publishes (else one of its own), migrated, with the event store and a DataSource; closed when `run` ends.
 */
export async function withCliDatabase<T>(run: (database: CliDatabase) => Promise<T>): Promise<T> {
  const config = parseAppConfig(process.env);
  const database = await openDatabase(config, { joinRunning: true });
  try {
    await migrate(database, allMigrations);
    const store = createEventStore(config, database, () => undefined);
    const dataSource = new DataSource({ type: 'postgres', url: database.url });
    try {
      await dataSource.initialize();
      return await run({ config, store, dataSource });
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
      await store.close();
    }
  } finally {
    await database.close();
  }
}
