import {
  CASE_COMMAND_TYPES,
  decide,
  DomainError,
  hasActiveConsent,
  errorCategory,
  isPermitted,
  nextStage,
  type Actor,
  type CaseCommand,
  type CaseCommandType,
  type CaseFile,
  type ResolvedAgencies,
} from '@rujukan/domain';

/** A command the caller may run on this case now; `targets` lists the records it may be run on (e.g. referrals to answer). */
export interface AvailableAction {
  command: CaseCommandType;
  targets?: { field: string; ids: string[] };
  /** Values the domain already knows (the next stage for AdvanceStage, the processing consent a case still lacks). */
  prefill?: Record<string, string>;
}

/** A command the caller's role and this stage allow, but that the case's state refuses now, with the domain's reason. */
export interface BlockedAction {
  command: CaseCommandType;
  code: string;
  message: string;
  /** The refusal's details (a stage's unmet requirements in `missing`), for the console to say in the reader's language. */
  details: Readonly<Record<string, unknown>>;
}

// Never offered to people: opening is not an action on a case, and the deadline sweep alone expires and flags.
// AttachDocument is an upload of a file (POST /cases/:id/documents), not a form of fields: no form can send it.
const NOT_OFFERED = new Set<CaseCommandType>(['OpenCase', 'ExpireReferral', 'FlagOverdueService', 'AttachDocument']);

/** Commands that act on one record of the case: each candidate is asked about separately. */
const TARGETS: Partial<Record<CaseCommandType, { field: string; ids: (state: CaseFile) => string[] }>> = {
  ApproveAssessment: { field: 'assessmentId', ids: (s) => (s.latestAssessmentId ? [s.latestAssessmentId] : []) },
  WithdrawConsent: {
    field: 'consentId',
    ids: (s) =>
      Object.values(s.consents)
        .filter((c) => c.active)
        .map((c) => c.consentId),
  },
  RecordServiceDelivered: {
    field: 'serviceId',
    ids: (s) =>
      Object.values(s.services)
        .filter((v) => !v.delivered)
        .map((v) => v.serviceId),
  },
  ExtendShelterPlacement: {
    field: 'placementId',
    ids: (s) =>
      Object.values(s.shelterPlacements)
        .filter((p) => p.active)
        .map((p) => p.placementId),
  },
  EndShelterPlacement: {
    field: 'placementId',
    ids: (s) =>
      Object.values(s.shelterPlacements)
        .filter((p) => p.active)
        .map((p) => p.placementId),
  },
  RecordLpskDecision: {
    field: 'applicationId',
    ids: (s) =>
      Object.values(s.lpskApplications)
        .filter((a) => !a.decided)
        .map((a) => a.applicationId),
  },
  RecordRestitutionPayment: {
    field: 'restitutionId',
    ids: (s) =>
      Object.values(s.restitutions)
        .filter((r) => r.status === 'ordered')
        .map((r) => r.restitutionId),
  },
  RecordRestitutionDefault: {
    field: 'restitutionId',
    ids: (s) =>
      Object.values(s.restitutions)
        .filter((r) => r.status === 'ordered')
        .map((r) => r.restitutionId),
  },
  AcceptReferral: { field: 'referralId', ids: (s) => Object.keys(s.referrals) },
  DeclineReferral: { field: 'referralId', ids: (s) => Object.keys(s.referrals) },
  WithdrawReferral: { field: 'referralId', ids: (s) => Object.keys(s.referrals) },
  CompleteReferral: { field: 'referralId', ids: (s) => Object.keys(s.referrals) },
  AcceptTransfer: { field: 'transferId', ids: (s) => Object.keys(s.transfers) },
  DeclineTransfer: { field: 'transferId', ids: (s) => Object.keys(s.transfers) },
};

/**
 * Input that gets a probe past the checks of the input to the checks of the case's state, where a command
 * validates its input first (a decline needs a reason before it is refused as already answered).
 */
const PROBE_INPUT: Partial<Record<CaseCommandType, Record<string, unknown>>> = {
  DeclineReferral: { reason: 'probe' },
  WithdrawReferral: { reason: 'probe' },
  CompleteReferral: { outcome: 'successful' },
  DeclineTransfer: { reason: 'probe' },
  RejectClosure: { reason: 'probe' },
};

type Probe = { outcome: 'available' } | { outcome: 'refused' } | { outcome: 'blocked'; error: DomainError };

/**
 * Asks the domain's own `decide` whether the caller could run a command, with only the ids filled in:
 * every decide checks the actor's access and the stage before it reads the input, so a refusal for
 * access or stage means "not yours, not now", a validation error means "yours, fill in the form", and
 * any other refusal is a rule of the case that blocks it now (open referrals before closure …). No second
 * copy of the rules: a change to decide changes the buttons.
 */
function probe(state: CaseFile, actor: Actor, type: CaseCommandType, data: Record<string, unknown>, now: string, agencies: ResolvedAgencies): Probe {
  try {
    decide({ type, data: { caseId: state.caseId, ...data }, metadata: { actor, now, agencies } } as unknown as CaseCommand, state);
    return { outcome: 'available' };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const category = errorCategory(error.code);
    if (category === 'validation') return { outcome: 'available' };
    if (category === 'forbidden' || category === 'not_found' || ['CASE.CLOSED', 'CASE.NOT_CLOSED', 'CASE.NOT_IN_STAGE'].includes(error.code)) {
      return { outcome: 'refused' };
    }
    return { outcome: 'blocked', error };
  }
}

/** The agencies the probes may name, for the caller to resolve in the directory: the caller's own and those of the case's referrals and transfers. */
export function agenciesOfCase(state: CaseFile, actor: Actor): string[] {
  const codes = [actor.agency, ...Object.values(state.referrals).map((r) => r.toAgency), ...Object.values(state.transfers).map((t) => t.toAgency)];
  return [...new Set(codes)];
}

/**
 * What the caller may do on the case now, asked of `decide` with the directory's records of `agencies` (see
 * `agenciesOfCase`): the same resolved agencies the command boundary would give it.
 */
export function availableActions(
  state: CaseFile,
  actor: Actor,
  agencies: ResolvedAgencies,
  now: string = new Date().toISOString(),
): { actions: AvailableAction[]; blocked: BlockedAction[] } {
  const actions: AvailableAction[] = [];
  const blocked: BlockedAction[] = [];
  for (const command of CASE_COMMAND_TYPES) {
    if (NOT_OFFERED.has(command) || actor.role === 'system' || !isPermitted(actor.role, command)) continue;
    const target = TARGETS[command];
    if (target) {
      const ids = target
        .ids(state)
        .filter((id) => probe(state, actor, command, { ...PROBE_INPUT[command], [target.field]: id }, now, agencies).outcome === 'available');
      if (ids.length > 0) actions.push({ command, targets: { field: target.field, ids } });
      continue;
    }
    const prefill: Record<string, string> = {};
    if (command === 'AdvanceStage' || command === 'SkipStage') {
      const next = nextStage(state.stage);
      if (next) prefill[command === 'AdvanceStage' ? 'to' : 'stage'] = command === 'AdvanceStage' ? next : state.stage;
    }
    // The first consent at intake is the one to process her data (sharing can go with it in the same step).
    if (command === 'RecordConsent' && !hasActiveConsent(state, 'process')) prefill.scope = 'process';
    // AdvanceStage is asked with the stage it would lead to, so unmet requirements show as blocked, with the reason.
    const result = probe(state, actor, command, command === 'AdvanceStage' ? prefill : (PROBE_INPUT[command] ?? {}), now, agencies);
    if (result.outcome === 'available') actions.push({ command, ...(Object.keys(prefill).length ? { prefill } : {}) });
    else if (result.outcome === 'blocked') blocked.push({ command, code: result.error.code, message: result.error.message, details: result.error.details });
  }
  return { actions, blocked };
}

/** Whether the agency has any claim on the case: owner, former owner, a referral's receiver, or the target of a pending transfer. */
export function hasClaim(state: CaseFile, agency: string): boolean {
  return (
    state.ownerAgency === agency ||
    Object.values(state.transfers).some((t) => (t.status === 'accepted' && t.fromAgency === agency) || (t.status === 'requested' && t.toAgency === agency)) ||
    Object.values(state.referrals).some((r) => r.toAgency === agency)
  );
}
