export { readModelMigrations, allMigrations } from './migrations/index.js';
export * from './runtime/projection.js';
export * from './runtime/checkpoint-store.js';
export * from './runtime/projection-runner.js';
export * from './runtime/rebuild.js';
export * from './access-log/access-log.js';
export * from './identity/pg-data-key-store.js';
export * from './directory/directory.js';
export * from './statistics/yearly-counts.query.js';
