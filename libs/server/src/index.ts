// The API (one-process deployments, `npm start`) and the projector both run these Nest modules, and the CLI reads the same keys: apps never import each other, so they live here, above read models and platform.
export * from './read-models.module.js';
export * from './projector/projector.module.js';
export * from './projector/deadline-sweep.service.js';
export * from './projector/audit-anchor.service.js';
export * from './keys/audit-signer.js';
export * from './keys/identity-keys.js';
export * from './read-queries.js';
export * from './notifications/notification-worker.service.js';
export * from './notifications/webhook-target.js';
export * from './notifications/webhook-signature.js';
export * from './notifications/retry-delay.js';
export * from './notifications/notification-message.js';
export * from './notifications/webhook-sender.js';
