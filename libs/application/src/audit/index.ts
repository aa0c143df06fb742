export * from './case-history.js';
export * from './anchor-signer.js';
export * from './anchors.js';
export * from './verification.js';
export * from './dossier/index.js';
