import type { FreeText, SealedIdentity } from './identity.js';
import type { Actor, AgencyType } from './actor.js';
import type {
  AgeBand,
  CaseService,
  Channel,
  ClosureReason,
  ConsentScope,
  DocumentContentType,
  DocumentKind,
  ReferralFailureReason,
  ReferralOutcome,
  ReferralService,
  ReporterType,
  Sex,
  Stage,
  OpenStage,
  VictimStatus,
} from './case.values.js';
import type { SharingBasis } from './case.events.js';

export interface VictimProfile {
  initials: string;
  sex: Sex;
  birthYear: number | null;
  ageBand: AgeBand | null;
  isChild: boolean;
  nationality: string;
  originProvinceCode: string;
  originDistrictCode: string;
  identity?: SealedIdentity | null;
}

export interface ConsentState {
  consentId: string;
  scope: ConsentScope;
  agencies: readonly string[];
  agencyTypes: readonly AgencyType[];
  active: boolean;
}

export interface ConsentOverrideState {
  overrideId: string;
  toAgency: string;
  referralId: string | null;
}

export interface AssessmentState {
  assessmentId: string;
  victimStatus: VictimStatus;
  approved: boolean;
}

export interface ServiceState {
  serviceId: string;
  service: CaseService;
  providerAgency: string | null;
  dueBy: string;
  delivered: boolean;
  /** The sweep flagged it past its clock; it stays flagged once delivered late. */
  overdueFlagged: boolean;
}

export interface ShelterPlacementState {
  placementId: string;
  shelterAgency: string;
  plannedEndBy: string;
  active: boolean;
}

export interface LpskApplicationState {
  applicationId: string;
  decided: boolean;
}

export type RestitutionStatus = 'assessed' | 'ordered' | 'paid' | 'defaulted';

export interface RestitutionState {
  restitutionId: string;
  status: RestitutionStatus;
  amount: number;
  totalPaid: number;
}

export type ReferralStatus = 'sent' | 'accepted' | 'declined' | 'withdrawn' | 'expired' | 'completed';

export interface ReferralState {
  referralId: string;
  fromAgency: string;
  toAgency: string;
  toAgencyType: AgencyType;
  service: ReferralService;
  sharesIdentity: boolean;
  sharingBasis: SharingBasis | null;
  responseDeadline: string;
  status: ReferralStatus;
  outcome: ReferralOutcome | null;
  failureReason: ReferralFailureReason | null;
}

export type TransferStatus = 'requested' | 'accepted' | 'declined';

export interface TransferState {
  transferId: string;
  fromAgency: string;
  toAgency: string;
  status: TransferStatus;
}

export interface ClosureRequestState {
  reason: ClosureReason;
  note: FreeText | null;
  unpaidRestitutionReason: FreeText | null;
  requestedBy: Actor;
}

/** A document attached to the case; its bytes are stored apart, encrypted with the victim's key. */
export interface DocumentState {
  documentId: string;
  kind: DocumentKind;
  contentType: DocumentContentType;
  size: number;
  sha256: string;
  fileName: FreeText | null;
  attachedAt: string;
  attachedBy: Actor;
}

export interface CaseFile {
  exists: true;
  caseId: string;
  ownerAgency: string;
  channel: Channel;
  reporterType: ReporterType;
  districtCode: string;
  openedAt: string;
  stage: Stage;
  /** The open stage a closed case was closed from; null while open. */
  closedFromStage: OpenStage | null;
  victim: VictimProfile | null;
  consents: Readonly<Record<string, ConsentState>>;
  consentOverrides: Readonly<Record<string, ConsentOverrideState>>;
  assessments: Readonly<Record<string, AssessmentState>>;
  latestAssessmentId: string | null;
  services: Readonly<Record<string, ServiceState>>;
  shelterPlacements: Readonly<Record<string, ShelterPlacementState>>;
  /** `toDistrictCode` is null until a repatriation is planned. */
  repatriation: { toDistrictCode: string | null; handovers: number; completed: boolean };
  reintegration: { planApproved: boolean; followUpVisits: number; completed: boolean };
  policeReportNumbers: readonly string[];
  /** The criminal case past the report, as the police (or the owner) report its steps. */
  criminalCase: CriminalCaseState;
  lpskApplications: Readonly<Record<string, LpskApplicationState>>;
  restitutions: Readonly<Record<string, RestitutionState>>;
  referrals: Readonly<Record<string, ReferralState>>;
  transfers: Readonly<Record<string, TransferState>>;
  closureRequest: ClosureRequestState | null;
  /** The victim's data key was destroyed (IdentityErased). */
  identityErased: boolean;
  /** The caseworker who carries the case in its owning agency (null: nobody; a transfer clears it). */
  assignee: string | null;
  /** Documents attached, by id. */
  documents: Readonly<Record<string, DocumentState>>;
}

/** The date of each step of the criminal case recorded so far (null: not yet). */
export interface CriminalCaseState {
  /** The earliest police report's filing date. */
  reportedOn: string | null;
  spdpOn: string | null;
  suspects: number;
  caseFileCompleteOn: string | null;
  prosecutionStartedOn: string | null;
  verdictOn: string | null;
}

export type CaseState = { exists: false } | CaseFile;

export const initialState: CaseState = { exists: false };

export const OPEN_REFERRAL_STATUSES: readonly ReferralStatus[] = ['sent', 'accepted'];

export function openReferrals(state: CaseFile): ReferralState[] {
  return Object.values(state.referrals).filter((referral) => OPEN_REFERRAL_STATUSES.includes(referral.status));
}

/** Ordered restitution that is neither fully paid nor recorded as defaulted. */
export function unpaidRestitutions(state: CaseFile): RestitutionState[] {
  return Object.values(state.restitutions).filter((restitution) => restitution.status === 'ordered');
}

/** Why the identity may not be erased now (UU PDP exempts law enforcement); every flag false: no hold. */
export interface LegalHold {
  /** A police report on a case still open, and no verdict yet. */
  openPoliceCase: boolean;
  /** The prosecutor has the case (P-21 or prosecution) and no verdict is recorded: held even on a closed case, the victim testifies. */
  courtProcess: boolean;
  /** A court-ordered restitution is neither paid nor defaulted. */
  unpaidRestitutionOrder: boolean;
}

export function legalHold(state: CaseFile): LegalHold {
  const { criminalCase } = state;
  const noVerdict = criminalCase.verdictOn === null;
  return {
    openPoliceCase: state.policeReportNumbers.length > 0 && state.stage !== 'closed' && noVerdict,
    courtProcess: noVerdict && (criminalCase.caseFileCompleteOn !== null || criminalCase.prosecutionStartedOn !== null),
    unpaidRestitutionOrder: unpaidRestitutions(state).length > 0,
  };
}

export function activeShelterPlacement(state: CaseFile): ShelterPlacementState | null {
  return Object.values(state.shelterPlacements).find((placement) => placement.active) ?? null;
}

export function pendingTransfer(state: CaseFile): TransferState | null {
  return Object.values(state.transfers).find((transfer) => transfer.status === 'requested') ?? null;
}

export function hasActiveConsent(state: CaseFile, scope: ConsentScope): boolean {
  return Object.values(state.consents).some((consent) => consent.active && consent.scope === scope);
}

/** The active consent or recorded override that allows identity to go to this agency, if any. */
export function sharingBasisFor(state: CaseFile, toAgency: string, toAgencyType: AgencyType, referralId: string): SharingBasis | null {
  const consent = Object.values(state.consents).find(
    (candidate) => candidate.active && candidate.scope === 'share' && (candidate.agencies.includes(toAgency) || candidate.agencyTypes.includes(toAgencyType)),
  );
  if (consent) return { kind: 'consent', consentId: consent.consentId };
  const override = Object.values(state.consentOverrides).find(
    (candidate) => candidate.toAgency === toAgency && (candidate.referralId === null || candidate.referralId === referralId),
  );
  return override ? { kind: 'override', overrideId: override.overrideId } : null;
}

/** Agencies that hold an accepted referral and may therefore record their part of the case. */
export function participatingAgencies(state: CaseFile): string[] {
  return Object.values(state.referrals)
    .filter((referral) => referral.status === 'accepted')
    .map((referral) => referral.toAgency);
}

export function latestAssessment(state: CaseFile): AssessmentState | null {
  return state.latestAssessmentId === null ? null : (state.assessments[state.latestAssessmentId] ?? null);
}

/**
 * Agencies that may see the case and so write on it: the owner, a former owner, the target of a pending transfer,
 * and every agency that holds or held a referral of it (as `caseViewFor` lets them read it).
 */
export function caseViewers(state: CaseFile): Set<string> {
  const viewers = new Set([state.ownerAgency]);
  for (const referral of Object.values(state.referrals)) viewers.add(referral.toAgency);
  for (const transfer of Object.values(state.transfers)) {
    if (transfer.status === 'accepted') viewers.add(transfer.fromAgency);
    if (transfer.status === 'requested') viewers.add(transfer.toAgency);
  }
  return viewers;
}
