import { STAFF, SUPERVISOR, type AreaRules } from './command-rules.js';

export const ASSESSMENT_RULES: AreaRules<'RecordAssessment' | 'ApproveAssessment'> = {
  RecordAssessment: { roles: STAFF, stages: ['assessment'] },
  ApproveAssessment: { roles: SUPERVISOR, stages: ['assessment'] },
};
