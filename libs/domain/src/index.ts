export * from './actor.js';
export * from './case.values.js';
export * from './codes.js';
export * from './domain-error.js';
export * from './case.policy.js';
export * from './permissions.js';
export * from './identity.js';
export * from './case.events.js';
export * from './case.commands.js';
export * from './case.state.js';
export * from './case.stages.js';
export { evolve, foldCase } from './case.evolve.js';
export { decide } from './case.decide.js';
export {
  isAgencyCode,
  isCountryCode,
  isDistrictCode,
  isInitials,
  isIsoDate,
  isIsoDateTime,
  isProvinceCode,
} from './validation.js';
export * from './statistics/suppression.js';
export * from './statistics/overlapping.js';
export * from './statistics/yearly-report.js';
