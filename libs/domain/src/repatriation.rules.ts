import { STAFF, SUPERVISOR, withRole, type AreaRules } from './command-rules.js';

/** BP2MI records the handover it took part in. */
export const REPATRIATION_RULES: AreaRules<'PlanRepatriation' | 'RecordHandover' | 'CompleteRepatriation'> = {
  PlanRepatriation: { roles: STAFF, stages: ['repatriation'], sealed: ['mouReference'] },
  RecordHandover: { roles: withRole('bp2mi_officer'), stages: ['repatriation'], sealed: ['handoverRecordNumber', 'location'] },
  CompleteRepatriation: { roles: STAFF, stages: ['repatriation'] },
};

export const REINTEGRATION_RULES: AreaRules<'ApproveReintegrationPlan' | 'RecordFollowUpVisit' | 'CompleteReintegration'> = {
  ApproveReintegrationPlan: { roles: SUPERVISOR, stages: ['reintegration'], sealed: ['note'] },
  RecordFollowUpVisit: { roles: STAFF, stages: ['reintegration'], sealed: ['note'] },
  CompleteReintegration: { roles: STAFF, stages: ['reintegration'], sealed: ['note'] },
};
