import { EventStore, KurrentEventStore, PostgresEventStore } from '@rujukan/event-store';
import type { AppConfig } from '../config/app-config.js';
import type { Database } from './database.js';

export function createEventStore(config: AppConfig, database: Database, onRecoverableError: (e: unknown) => void): EventStore {
  if (config.EVENT_STORE === 'eventstoredb') {
    return new KurrentEventStore({ connectionString: config.EVENTSTORE_CONNECTION_STRING! });
  }
  return new PostgresEventStore({
    connectionString: database.url,
    poolSize: config.DATABASE_POOL_SIZE,
    pollIntervalMs: config.EVENT_STORE_POLL_MS,
    onRecoverableError,
  });
}
