import type { Projection } from '../runtime/projection.js';
import { PROJECTION, type ProjectionName } from './projection-names.js';
import { CaseSummaryProjection } from './case-summary.projection.js';
import { CaseTimelineProjection } from './case-timeline.projection.js';
import { DeadlinesProjection } from './deadlines.projection.js';
import { ReferralsProjection } from './referrals.projection.js';
import { StatisticsProjection } from './statistics.projection.js';

export { CaseSummaryProjection, CaseTimelineProjection, DeadlinesProjection, ReferralsProjection, StatisticsProjection };
export * from './projection-names.js';

/** The tables each projection writes: what a rebuild copies into its shadow schema and swaps back. */
export const PROJECTION_TABLES: Record<ProjectionName, readonly string[]> = {
  [PROJECTION.caseSummary]: ['rm_case_summaries'],
  [PROJECTION.referrals]: ['rm_referrals', 'rm_transfers'],
  [PROJECTION.caseTimeline]: ['rm_case_timeline'],
  [PROJECTION.deadlines]: ['rm_deadlines'],
  [PROJECTION.statistics]: ['rm_stats_cases', 'rm_stats_referrals', 'rm_stats_stage_periods', 'rm_stats_services'],
};

/** The read models the projector keeps. */
export function caseProjections(): Projection[] {
  return [new CaseSummaryProjection(), new ReferralsProjection(), new CaseTimelineProjection(), new DeadlinesProjection(), new StatisticsProjection()];
}
