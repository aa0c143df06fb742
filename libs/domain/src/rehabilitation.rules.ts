import { SERVICE, STAFF, SYSTEM, type AreaRules } from './command-rules.js';

/** A provider agency records its own delivery; RequestService also keeps non-urgent services to NON_URGENT_SERVICE_STAGES. */
export const REHABILITATION_RULES: AreaRules<
  'RequestService' | 'RecordServiceDelivered' | 'FlagOverdueService' | 'StartShelterPlacement' | 'ExtendShelterPlacement' | 'EndShelterPlacement'
> = {
  RequestService: { roles: STAFF, stages: 'open', sealed: ['note'] },
  RecordServiceDelivered: { roles: SERVICE, stages: 'open', sealed: ['note'] },
  FlagOverdueService: { roles: SYSTEM, stages: 'open' },
  StartShelterPlacement: { roles: STAFF, stages: ['intake', 'assessment', 'rehabilitation', 'repatriation'] },
  ExtendShelterPlacement: { roles: STAFF, stages: 'open', sealed: ['reason'] },
  EndShelterPlacement: { roles: STAFF, stages: 'open', sealed: ['note'] },
};
