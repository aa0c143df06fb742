export * from './read-models.module.js';
export * from './projector.module.js';
