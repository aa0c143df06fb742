/** The read models' projection names: the runner's checkpoints and the API's freshness checks use the same. */
export const PROJECTION = {
  caseSummary: 'case-summary',
  referrals: 'referrals',
  transfers: 'transfers',
  caseTimeline: 'case-timeline',
  deadlines: 'deadlines',
  statisticsCases: 'statistics-cases',
  statisticsReferrals: 'statistics-referrals',
  statisticsStagePeriods: 'statistics-stage-periods',
  statisticsServices: 'statistics-services',
  plans: 'plans',
  notifications: 'notifications',
  mous: 'mous',
} as const;

export type ProjectionName = (typeof PROJECTION)[keyof typeof PROJECTION];
