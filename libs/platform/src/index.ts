export * from './config/app-config.js';
export * from './config/config.module.js';
export * from './database/database.js';
export * from './database/database.module.js';
export * from './database/shutdown.js';
export * from './logging/logging.module.js';
export * from './auth/development-token.js';
export * from './database/event-store.factory.js';
