export * from './htcds.js';
export * from './htcds-export.query.js';
export * from './simfoni-candidates.query.js';
