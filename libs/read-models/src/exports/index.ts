export * from './htcds.js';
export * from './htcds-export.query.js';
