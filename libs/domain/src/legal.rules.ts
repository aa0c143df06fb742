import { withRole, type AreaRules } from './command-rules.js';

const POLICE = withRole('police_investigator');
const LPSK = withRole('lpsk_officer');

/** The police file the LP; LPSK records protection and restitution. */
export const LEGAL_RULES: AreaRules<
  | 'FilePoliceReport'
  | 'FileLpskApplication'
  | 'RecordLpskDecision'
  | 'AssessRestitution'
  | 'OrderRestitution'
  | 'RecordRestitutionPayment'
  | 'RecordRestitutionDefault'
> = {
  FilePoliceReport: { roles: POLICE, stages: 'open' },
  FileLpskApplication: { roles: LPSK, stages: 'open' },
  RecordLpskDecision: { roles: LPSK, stages: 'open' },
  AssessRestitution: { roles: LPSK, stages: 'open' },
  OrderRestitution: { roles: LPSK, stages: 'open' },
  RecordRestitutionPayment: { roles: LPSK, stages: 'open' },
  RecordRestitutionDefault: { roles: LPSK, stages: 'open', sealed: ['reason'] },
};
