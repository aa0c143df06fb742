export * from './context.js';
export * from './summary.js';
export * from './verify.js';
export * from './anchor.js';
export * from './replay.js';
export * from './dossier.js';
export { dossierHtml, escapeHtml } from '@rujukan/application';
