import type { Projection } from '../runtime/projection.js';
import { CaseSummaryProjection } from './case-summary.projection.js';
import { CaseTimelineProjection } from './case-timeline.projection.js';
import { DeadlinesProjection } from './deadlines.projection.js';
import { ReferralsProjection } from './referrals.projection.js';

export { CaseSummaryProjection, CaseTimelineProjection, DeadlinesProjection, ReferralsProjection };
export * from './projection-names.js';

/** The read models the projector keeps. */
export function caseProjections(): Projection[] {
  return [new CaseSummaryProjection(), new ReferralsProjection(), new CaseTimelineProjection(), new DeadlinesProjection()];
}
