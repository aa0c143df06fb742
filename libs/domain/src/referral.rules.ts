import { SERVICE, STAFF, SYSTEM, type AreaRules } from './command-rules.js';

/** Any receiving agency answers in its own role. */
export const REFERRAL_RULES: AreaRules<'SendReferral' | 'AcceptReferral' | 'DeclineReferral' | 'WithdrawReferral' | 'ExpireReferral' | 'CompleteReferral'> = {
  SendReferral: { roles: STAFF, stages: 'open', sealed: ['reason'] },
  AcceptReferral: { roles: SERVICE, stages: 'open', sealed: ['note'] },
  DeclineReferral: { roles: SERVICE, stages: 'open', sealed: ['reason'] },
  WithdrawReferral: { roles: STAFF, stages: 'open', sealed: ['reason'] },
  ExpireReferral: { roles: SYSTEM, stages: 'open' },
  CompleteReferral: { roles: SERVICE, stages: 'open', sealed: ['note'] },
};

/** Transfers of ownership between UPTD PPA. */
export const TRANSFER_RULES: AreaRules<'RequestTransfer' | 'AcceptTransfer' | 'DeclineTransfer'> = {
  RequestTransfer: { roles: STAFF, stages: 'open', sealed: ['reason'] },
  AcceptTransfer: { roles: STAFF, stages: 'open' },
  DeclineTransfer: { roles: STAFF, stages: 'open', sealed: ['reason'] },
};
