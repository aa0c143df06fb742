/** The read models' projection names: the runner's checkpoints and the API's freshness checks use the same. */
export const PROJECTION = {
  caseSummary: 'case-summary',
  referrals: 'referrals',
  caseTimeline: 'case-timeline',
  deadlines: 'deadlines',
  statistics: 'statistics',
} as const;

export type ProjectionName = (typeof PROJECTION)[keyof typeof PROJECTION];
