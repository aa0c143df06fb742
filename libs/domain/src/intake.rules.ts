import { STAFF, SUPERVISOR, type AreaRules } from './command-rules.js';

export const INTAKE_RULES: AreaRules<'OpenCase' | 'RegisterVictim' | 'RecordReturnLeg' | 'RecordConsent' | 'WithdrawConsent' | 'OverrideConsent'> = {
  OpenCase: { roles: STAFF, stages: 'none' },
  RegisterVictim: { roles: STAFF, stages: ['intake'] },
  // Usually told at intake; corrected later as more is learnt, until the case is closed.
  RecordReturnLeg: { roles: STAFF, stages: 'open', sealed: ['fromPlace', 'entryPlace'] },
  RecordConsent: { roles: STAFF, stages: 'open', sealed: ['purpose', 'evidenceRef'] },
  WithdrawConsent: { roles: STAFF, stages: 'open', sealed: ['reason'] },
  OverrideConsent: { roles: SUPERVISOR, stages: 'open', sealed: ['reason'] },
};

/** Destroys the victim's data key (UU PDP 27/2022); often asked for after the case is closed. */
export const ERASURE_RULES: AreaRules<'EraseIdentity'> = {
  EraseIdentity: { roles: SUPERVISOR, stages: 'any' },
};
