import { withRole, type AreaRules } from './command-rules.js';

const POLICE = withRole('police_investigator');
const LPSK = withRole('lpsk_officer');

/** The police file the LP and report the criminal case's later steps; LPSK records protection and restitution. */
export const LEGAL_RULES: AreaRules<
  | 'FilePoliceReport'
  | 'RecordSpdp'
  | 'NameSuspects'
  | 'RecordCaseFileComplete'
  | 'StartProsecution'
  | 'RecordVerdict'
  | 'FileLpskApplication'
  | 'RecordLpskDecision'
  | 'AssessRestitution'
  | 'OrderRestitution'
  | 'RecordRestitutionPayment'
  | 'RecordRestitutionDefault'
> = {
  FilePoliceReport: { roles: POLICE, stages: 'open' },
  // Kejaksaan and the courts are no agencies here: the police (or the owner) record what they decided.
  RecordSpdp: { roles: POLICE, stages: 'open' },
  NameSuspects: { roles: POLICE, stages: 'open', sealed: ['names'] },
  RecordCaseFileComplete: { roles: POLICE, stages: 'open' },
  StartProsecution: { roles: POLICE, stages: 'open' },
  RecordVerdict: { roles: POLICE, stages: 'open' },
  FileLpskApplication: { roles: LPSK, stages: 'open' },
  RecordLpskDecision: { roles: LPSK, stages: 'open' },
  AssessRestitution: { roles: LPSK, stages: 'open' },
  OrderRestitution: { roles: LPSK, stages: 'open' },
  RecordRestitutionPayment: { roles: LPSK, stages: 'open' },
  RecordRestitutionDefault: { roles: LPSK, stages: 'open', sealed: ['reason'] },
};
