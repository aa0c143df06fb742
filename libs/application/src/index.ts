export * from './derived-id.js';
export * from './execute-case-command.js';
export * from './deadline-sweep.js';
export * from './audit/index.js';
export * from './identity/identity-vault.js';
export * from './reports/index.js';
export * from './case-state-cache.js';
