import type { components } from '../../api-schema.js';

type Schemas = components['schemas'];

/** GET /stats/cases and GET /stats/referrals, as the API's OpenAPI document declares them. */
export type CasesView = Schemas['CaseCountsDto'];
export type ReferralsView = Schemas['ReferralFiguresDto'];
export type ReferralGroup = Schemas['ReferralGroupDto'];
export type Scope = Schemas['StatsScopeDto'];
export type Key = Schemas['StatsCellDto']['key'];
export type KeyValue = Key[string];

/** The answers a referral can have, in the order of the table's columns. */
export const ANSWERS = ['accepted', 'declined', 'withdrawn', 'expired', 'pending'] as const satisfies ReadonlyArray<keyof Schemas['ReferralAnswersDto']>;
