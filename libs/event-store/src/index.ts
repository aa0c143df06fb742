export * from './event-store.js';
export * from './errors.js';
export { isConnectionError } from './connection-errors.js';
export { clientReportingErrors } from './postgres/client-errors.js';
export * from './position.js';
export { PostgresEventStore, type PostgresEventStoreOptions, type NotifyMode } from './postgres/postgres-event-store.js';
export {
  startEmbeddedPostgres,
  findRunningEmbeddedPostgres,
  releaseEmbeddedPostgresSignals,
  freePort,
  CONNECTION_FILE,
  type EmbeddedPostgresServer,
  type EmbeddedPostgresOptions,
} from './postgres/embedded-postgres-server.js';
export { runMigrations } from './postgres/migrate.js';
export { eventStoreMigrations } from './postgres/migrations/index.js';
export { KurrentEventStore, type KurrentEventStoreOptions } from './kurrent/kurrent-event-store.js';
export {
  ChainVerifier,
  GENESIS_HASH,
  contentHash,
  linkHash,
  storedMetadata,
  type BrokenLink,
  type BrokenLinkReason,
  type ChainedContent,
  type ChainedEvent,
} from './hash-chain.js';
