import { STAFF, SUPERVISOR, type AreaRules } from './command-rules.js';

export const LIFECYCLE_RULES: AreaRules<'AdvanceStage' | 'SkipStage' | 'RequestClosure' | 'ApproveClosure' | 'RejectClosure' | 'ReopenCase'> = {
  AdvanceStage: { roles: STAFF, stages: 'open' },
  SkipStage: { roles: STAFF, stages: 'open', sealed: ['reason'] },
  RequestClosure: { roles: STAFF, stages: 'open', sealed: ['note', 'unpaidRestitutionReason'] },
  ApproveClosure: { roles: SUPERVISOR, stages: 'open' },
  RejectClosure: { roles: SUPERVISOR, stages: 'open', sealed: ['reason'] },
  ReopenCase: { roles: SUPERVISOR, stages: 'closed', sealed: ['reason'] },
};
