import type { Lang } from '../lang.js';

/**
 * How a case page leads: the command that carries out the case's next step (the summary's `nextAction`) becomes the
 * one primary button, and every other command the caller may run sits in a group named for what it is for.
 */

/** The command that does each next step; null where the step is not one command (none today). */
export const NEXT_ACTION_COMMAND: Readonly<Record<string, string>> = {
  answer_closure_request: 'ApproveClosure',
  follow_up_expired_referral: 'SendReferral',
  register_victim: 'RegisterVictim',
  record_consent: 'RecordConsent',
  advance_stage: 'AdvanceStage',
  record_assessment: 'RecordAssessment',
  approve_assessment: 'ApproveAssessment',
  request_closure: 'RequestClosure',
  deliver_service: 'RecordServiceDelivered',
  complete_repatriation: 'CompleteRepatriation',
  approve_reintegration_plan: 'ApproveReintegrationPlan',
  complete_reintegration: 'CompleteReintegration',
};

/**
 * Where the case has no next step for the caller (a receiving agency, which does not see the owner's next action):
 * the first of these it may run leads — answering what was sent to it comes first.
 */
const ANSWER_FIRST = ['AcceptTransfer', 'AcceptReferral', 'CompleteReferral', 'RecordServiceDelivered', 'FilePoliceReport'];

export const ACTION_GROUPS = ['identity', 'services', 'referrals', 'legal', 'stage', 'records', 'other'] as const;
export type ActionGroup = (typeof ACTION_GROUPS)[number];

export const ACTION_GROUP_TITLES: Readonly<Record<ActionGroup, readonly [string, string]>> = {
  identity: ['Identitas & persetujuan', 'Identity & consent'],
  services: ['Asesmen & layanan', 'Assessment & services'],
  referrals: ['Rujukan & pengalihan', 'Referrals & transfers'],
  legal: ['Proses hukum', 'Legal process'],
  stage: ['Tahap & penutupan', 'Stage & closure'],
  records: ['Penugasan, catatan & dokumen', 'Assignment, notes & documents'],
  other: ['Lainnya', 'Other'],
};

const GROUP_OF: Readonly<Record<string, ActionGroup>> = {
  ...Object.fromEntries(
    ['RegisterVictim', 'EraseIdentity', 'RecordConsent', 'WithdrawConsent', 'OverrideConsent', 'RecordReturnLeg'].map((c) => [c, 'identity']),
  ),
  ...Object.fromEntries(
    [
      'RecordAssessment',
      'ApproveAssessment',
      'RequestService',
      'RecordServiceDelivered',
      'FlagOverdueService',
      'StartShelterPlacement',
      'ExtendShelterPlacement',
      'EndShelterPlacement',
      'PlanRepatriation',
      'RecordHandover',
      'CompleteRepatriation',
      'ApproveReintegrationPlan',
      'RecordFollowUpVisit',
      'CompleteReintegration',
    ].map((c) => [c, 'services']),
  ),
  ...Object.fromEntries(
    [
      'SendReferral',
      'AcceptReferral',
      'DeclineReferral',
      'WithdrawReferral',
      'CompleteReferral',
      'ExpireReferral',
      'RequestTransfer',
      'AcceptTransfer',
      'DeclineTransfer',
    ].map((c) => [c, 'referrals']),
  ),
  ...Object.fromEntries(
    [
      'FilePoliceReport',
      'RecordSpdp',
      'NameSuspects',
      'RecordCaseFileComplete',
      'StartProsecution',
      'RecordVerdict',
      'FileLpskApplication',
      'RecordLpskDecision',
      'AssessRestitution',
      'OrderRestitution',
      'RecordRestitutionPayment',
      'RecordRestitutionDefault',
    ].map((c) => [c, 'legal']),
  ),
  ...Object.fromEntries(['AdvanceStage', 'SkipStage', 'RequestClosure', 'ApproveClosure', 'RejectClosure', 'ReopenCase'].map((c) => [c, 'stage'])),
  ...Object.fromEntries(['AssignCase', 'AddCaseNote', 'AttachDocument'].map((c) => [c, 'records'])),
} as Record<string, ActionGroup>;

export const groupOf = (command: string): ActionGroup => GROUP_OF[command] ?? 'other';

export const groupTitle = (lang: Lang, group: ActionGroup): string => ACTION_GROUP_TITLES[group][lang === 'id' ? 0 : 1];

/** The command that leads: the next step's, when the caller may run it; otherwise what a receiver answers first. */
export function primaryCommand(nextAction: string | null | undefined, allowed: readonly string[]): string | null {
  const next = nextAction ? NEXT_ACTION_COMMAND[nextAction] : undefined;
  if (next) return allowed.includes(next) ? next : null;
  return ANSWER_FIRST.find((c) => allowed.includes(c)) ?? null;
}

/** The commands other than the primary, by group, in the groups' order (empty groups left out). */
export function groupActions<T extends { command: string }>(actions: readonly T[], primary: string | null): Array<[ActionGroup, T[]]> {
  const grouped = new Map<ActionGroup, T[]>();
  for (const action of actions) {
    if (action.command === primary) continue;
    const group = groupOf(action.command);
    grouped.set(group, [...(grouped.get(group) ?? []), action]);
  }
  return ACTION_GROUPS.filter((g) => grouped.has(g)).map((g) => [g, grouped.get(g)!]);
}
