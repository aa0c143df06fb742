/** Deadlines differ between rules and regions, so decide takes them as a parameter. */
export interface CasePolicy {
  /** UU 21/2007 Art. 52: rehabilitation services within 7 days of the request. */
  serviceDeadlineDays: number;
  /** UU 21/2007 Art. 53: first aid within 7 days. */
  firstAidDeadlineDays: number;
  /** Local SOP: a temporary shelter stay before it must be extended or ended. */
  shelterStayDays: number;
  /** UU 21/2007 Art. 50: restitution paid within 14 days of the final verdict (PP 7/2018 allows 30). */
  restitutionPaymentDays: number;
}

export const DEFAULT_POLICY: Readonly<CasePolicy> = {
  serviceDeadlineDays: 7,
  firstAidDeadlineDays: 7,
  shelterStayDays: 7,
  restitutionPaymentDays: 14,
};
