import type { Projection } from '../runtime/projection.js';
import { PROJECTION, type ProjectionName } from './projection-names.js';
import { CaseSummaryProjection } from '../case-summary/case-summary.projection.js';
import { CaseTimelineProjection } from '../case-timeline/case-timeline.projection.js';
import { DeadlinesProjection } from '../deadlines/deadlines.projection.js';
import { ReferralsProjection } from '../referrals/referrals.projection.js';
import { TransfersProjection } from '../transfers/transfers.projection.js';
import { StatisticsStagePeriodsProjection } from '../statistics/statistics-stage-periods.projection.js';
import { StatisticsCasesProjection } from '../statistics/statistics-cases.projection.js';
import { StatisticsReferralsProjection } from '../statistics/statistics-referrals.projection.js';
import { StatisticsServicesProjection } from '../statistics/statistics-services.projection.js';
import { PlansProjection } from '../plans/plans.projection.js';
import { NotificationsProjection } from '../notifications/notifications.projection.js';
import { MousProjection } from '../mous/mous.projection.js';

export {
  CaseSummaryProjection,
  CaseTimelineProjection,
  DeadlinesProjection,
  ReferralsProjection,
  TransfersProjection,
  StatisticsCasesProjection,
  StatisticsReferralsProjection,
  StatisticsStagePeriodsProjection,
  StatisticsServicesProjection,
  PlansProjection,
  NotificationsProjection,
  MousProjection,
};
export * from './projection-names.js';

/** The tables each projection writes: what a rebuild copies into its shadow schema and swaps back. */
export const PROJECTION_TABLES: Record<ProjectionName, readonly string[]> = {
  [PROJECTION.caseSummary]: ['rm_case_summaries'],
  [PROJECTION.referrals]: ['rm_referrals'],
  [PROJECTION.transfers]: ['rm_transfers'],
  [PROJECTION.caseTimeline]: ['rm_case_timeline'],
  [PROJECTION.deadlines]: ['rm_deadlines'],
  [PROJECTION.statisticsCases]: ['rm_stats_cases'],
  [PROJECTION.statisticsReferrals]: ['rm_stats_referrals', 'rm_stats_referral_regions'],
  [PROJECTION.statisticsStagePeriods]: ['rm_stats_stage_periods'],
  [PROJECTION.statisticsServices]: ['rm_stats_services'],
  [PROJECTION.plans]: ['rm_action_plans', 'rm_plan_items', 'rm_plan_progress'],
  [PROJECTION.notifications]: ['rm_notifications'],
  [PROJECTION.mous]: ['rm_mous', 'rm_mou_provinces'],
};

/** The read models the projector keeps. */
export function caseProjections(): Projection[] {
  return [
    new CaseSummaryProjection(),
    new ReferralsProjection(),
    new TransfersProjection(),
    new CaseTimelineProjection(),
    new DeadlinesProjection(),
    new StatisticsCasesProjection(),
    new StatisticsReferralsProjection(),
    new StatisticsStagePeriodsProjection(),
    new StatisticsServicesProjection(),
    new PlansProjection(),
    new NotificationsProjection(),
    new MousProjection(),
  ];
}
