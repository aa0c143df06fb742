import type { Stored } from '../runtime/batch-rows.js';
import type { ReferralRow } from './referrals.projection.js';

/** The one row type of `rm_referrals`: declared where the projection folds it, named here for the queries beside it. */
export type { ReferralRow };

/** The columns of `rm_referrals` a query reads, its times as Date as pg hands them back. */
export type StoredReferral = Stored<ReferralRow, 'sent_at' | 'response_deadline' | 'answered_at' | 'completed_at' | 'updated_at'>;
