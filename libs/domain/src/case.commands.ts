import type { ResolvedPorts } from './transit-points.js';
import type { MouState } from './mou.state.js';
import type { SealedIdentity } from './identity.js';
import type { Actor, AgencyType, ResolvedAgencies, ResolvedUsers } from './actor.js';
import type { Guardian, RepatriationOrigin, TraffickingIndicators } from './case.events.js';
import type {
  AgeBand,
  ArrivalKind,
  CaseNoteKind,
  CaseService,
  DocumentContentType,
  DocumentKind,
  Channel,
  ClosureReason,
  ConsentScope,
  LpskDecision,
  LpskProtection,
  Need,
  OpenStage,
  ReferralFailureReason,
  ReferralOutcome,
  ReferralService,
  ReintegrationGoal,
  ReporterType,
  RestitutionAssessor,
  RiskLevel,
  Sex,
  ShelterEndReason,
  TransportMode,
  VerdictOutcome,
  VictimStatus,
  Wellbeing,
} from './case.values.js';

/** Supplied by the caller: the actor from a verified token and the time the request arrived. */
export interface CommandMetadata {
  actor: Actor;
  /** ISO 8601 date-time; the domain never reads the clock. */
  now: string;
  /** The directory's records of the agencies the command names (`agenciesNamedBy`), resolved by the caller; a code missing here is unknown. */
  agencies?: ResolvedAgencies;
  /** The directory's records of the users the command names (`usersNamedBy`), resolved by the caller; an id missing here is unknown. */
  users?: ResolvedUsers;
  /** OpenCase: the case's place in its registration series, counted by the caller from the log (`registrationSeries`). */
  registrationSeq?: number;
  /** The MoU register's state of the MoUs the command names (a transfer's `mouId`), read by the caller from their streams; an id missing here is unknown. */
  mous?: Readonly<Record<string, MouState>>;
  /** The ports list's records of the port codes the command names (`transitPointsNamedBy`), resolved by the caller; a code missing here is unknown. */
  ports?: ResolvedPorts;
}

type CaseCommandOf<Type extends string, Data extends object> = Readonly<{
  type: Type;
  data: Readonly<Data & { caseId: string }>;
  metadata: CommandMetadata;
}>;

export type OpenCase = CaseCommandOf<
  'OpenCase',
  {
    channel: Channel;
    reporterType: ReporterType;
    districtCode: string;
    /** The agency that reported the case, from the directory (a KBRI, a BP3MI, a police unit). */
    reportingAgency?: string;
  }
>;
/** The return leg from abroad (`ReturnLegRecorded`); `fromPlace`/`entryPlace` are sealed free text for a place the ports list lacks. */
export type RecordReturnLeg = CaseCommandOf<
  'RecordReturnLeg',
  {
    arrivalKind: ArrivalKind;
    fromCountry: string;
    fromPort?: string;
    fromPlace?: string;
    entryPort?: string;
    entryPlace?: string;
    arrivedOn: string;
    transport?: TransportMode;
  }
>;
export type RegisterVictim = CaseCommandOf<
  'RegisterVictim',
  {
    initials: string;
    sex: Sex;
    birthYear?: number;
    ageBand?: AgeBand;
    isChild: boolean;
    nationality: string;
    originProvinceCode: string;
    originDistrictCode: string;
    /** Sealed by the application with the victim's data key; clear text is refused. */
    identity?: SealedIdentity;
  }
>;
/** Destroy the victim's data key (UU PDP 27/2022): the identity becomes unreadable everywhere. */
export type EraseIdentity = CaseCommandOf<'EraseIdentity', { legalBasis: string }>;
export type RecordConsent = CaseCommandOf<
  'RecordConsent',
  {
    consentId: string;
    scope: ConsentScope;
    agencies?: string[];
    agencyTypes?: AgencyType[];
    purpose?: string;
    guardian?: Guardian;
    evidenceRef: string;
    /**
     * With scope `process` only: the victim also agreed, on the same form, to share with these agencies or agency
     * types. One step records both consents (two `ConsentRecorded` events; the second's id is `<consentId>-share`).
     */
    share?: { agencies?: string[]; agencyTypes?: AgencyType[] };
  }
>;
export type WithdrawConsent = CaseCommandOf<'WithdrawConsent', { consentId: string; reason?: string }>;
export type OverrideConsent = CaseCommandOf<'OverrideConsent', { overrideId: string; toAgency: string; referralId?: string; reason: string }>;
export type RecordAssessment = CaseCommandOf<
  'RecordAssessment',
  { assessmentId: string; indicators: TraffickingIndicators; victimStatus: VictimStatus; riskLevel: RiskLevel; needs: Need[] }
>;
export type ApproveAssessment = CaseCommandOf<'ApproveAssessment', { assessmentId: string }>;
export type RequestService = CaseCommandOf<'RequestService', { serviceId: string; service: CaseService; providerAgency?: string; note?: string }>;
export type RecordServiceDelivered = CaseCommandOf<'RecordServiceDelivered', { serviceId: string; note?: string }>;
/** Issued by the deadline sweep when a requested service was not delivered within its clock. */
export type FlagOverdueService = CaseCommandOf<'FlagOverdueService', { serviceId: string }>;
export type StartShelterPlacement = CaseCommandOf<'StartShelterPlacement', { placementId: string; shelterAgency: string; days?: number }>;
export type ExtendShelterPlacement = CaseCommandOf<'ExtendShelterPlacement', { placementId: string; days: number; reason: string }>;
export type EndShelterPlacement = CaseCommandOf<'EndShelterPlacement', { placementId: string; reason: ShelterEndReason; note?: string }>;
export type PlanRepatriation = CaseCommandOf<
  'PlanRepatriation',
  {
    from: RepatriationOrigin;
    toDistrictCode: string;
    escortAgency: string;
    transport: TransportMode;
    mouReference?: string;
    plannedDate: string;
  }
>;
export type RecordHandover = CaseCommandOf<'RecordHandover', { receivingAgency: string; handoverRecordNumber: string; location?: string }>;
export type CompleteRepatriation = CaseCommandOf<'CompleteRepatriation', object>;
export type ApproveReintegrationPlan = CaseCommandOf<'ApproveReintegrationPlan', { planId: string; goals: ReintegrationGoal[]; note?: string }>;
export type RecordFollowUpVisit = CaseCommandOf<'RecordFollowUpVisit', { visitId: string; visitedOn: string; wellbeing: Wellbeing; note?: string }>;
export type CompleteReintegration = CaseCommandOf<'CompleteReintegration', { note?: string }>;
export type FilePoliceReport = CaseCommandOf<'FilePoliceReport', { reportNumber: string; unit: string; policeAgency: string; filedOn: string }>;
export type RecordSpdp = CaseCommandOf<'RecordSpdp', { spdpNumber: string; issuedOn: string }>;
export type NameSuspects = CaseCommandOf<'NameSuspects', { count: number; names?: string; namedOn: string }>;
export type RecordCaseFileComplete = CaseCommandOf<'RecordCaseFileComplete', { completeOn: string }>;
export type StartProsecution = CaseCommandOf<'StartProsecution', { startedOn: string; court: string }>;
export type RecordVerdict = CaseCommandOf<
  'RecordVerdict',
  {
    verdictNumber: string;
    decidedOn: string;
    court: string;
    outcome: VerdictOutcome;
    sentenceMonths: number;
    restitutionOrderedAmount: number;
    restitutionId?: string;
  }
>;
export type FileLpskApplication = CaseCommandOf<'FileLpskApplication', { applicationId: string; protections: LpskProtection[]; filedOn: string }>;
export type RecordLpskDecision = CaseCommandOf<
  'RecordLpskDecision',
  {
    applicationId: string;
    decision: LpskDecision;
    grantedProtections?: LpskProtection[];
    decisionNumber: string;
    decidedOn: string;
  }
>;
export type AssessRestitution = CaseCommandOf<'AssessRestitution', { restitutionId: string; amount: number; assessedBy: RestitutionAssessor }>;
export type OrderRestitution = CaseCommandOf<'OrderRestitution', { restitutionId: string; amount: number; verdictNumber: string; verdictFinalOn: string }>;
export type RecordRestitutionPayment = CaseCommandOf<'RecordRestitutionPayment', { restitutionId: string; amount: number; paidOn: string }>;
export type RecordRestitutionDefault = CaseCommandOf<'RecordRestitutionDefault', { restitutionId: string; reason: string }>;
export type AdvanceStage = CaseCommandOf<'AdvanceStage', { to: OpenStage }>;
export type SkipStage = CaseCommandOf<'SkipStage', { stage: OpenStage; reason: string }>;
export type RequestClosure = CaseCommandOf<'RequestClosure', { reason: ClosureReason; note?: string; unpaidRestitutionReason?: string }>;
export type ApproveClosure = CaseCommandOf<'ApproveClosure', object>;
export type RejectClosure = CaseCommandOf<'RejectClosure', { reason: string }>;
export type ReopenCase = CaseCommandOf<'ReopenCase', { reason: string; stage?: OpenStage }>;
export type SendReferral = CaseCommandOf<
  'SendReferral',
  {
    referralId: string;
    toAgency: string;
    service: ReferralService;
    reason: string;
    responseDeadline: string;
    sharesIdentity: boolean;
  }
>;
export type AcceptReferral = CaseCommandOf<'AcceptReferral', { referralId: string; note?: string }>;
export type DeclineReferral = CaseCommandOf<'DeclineReferral', { referralId: string; reason: string }>;
export type WithdrawReferral = CaseCommandOf<'WithdrawReferral', { referralId: string; reason: string }>;
export type ExpireReferral = CaseCommandOf<'ExpireReferral', { referralId: string }>;
export type CompleteReferral = CaseCommandOf<
  'CompleteReferral',
  { referralId: string; outcome: ReferralOutcome; reason?: ReferralFailureReason; note?: string }
>;
export type RequestTransfer = CaseCommandOf<'RequestTransfer', { transferId: string; toAgency: string; reason: string; mouId?: string }>;
export type AcceptTransfer = CaseCommandOf<'AcceptTransfer', { transferId: string }>;
export type DeclineTransfer = CaseCommandOf<'DeclineTransfer', { transferId: string; reason: string }>;

/** A supervisor gives the case to one of her agency's caseworkers (or to another, reassigning it). */
export type AssignCase = CaseCommandOf<'AssignCase', { assignee: string }>;
/** A note or a kronologi entry, sealed with the victim's key; `sharedWith`: agencies besides the owner and the author's. */
export type AddCaseNote = CaseCommandOf<'AddCaseNote', { kind: CaseNoteKind; text: string; sharedWith?: string[] }>;

/**
 * A file attached to the case, stored apart encrypted with the victim's key: the command carries what it is, its size and
 * the SHA-256 of its bytes (so the hash chain covers the file), and its name only sealed.
 */
export type AttachDocument = CaseCommandOf<
  'AttachDocument',
  { documentId: string; kind: DocumentKind; contentType: DocumentContentType; size: number; sha256: string; fileName?: string }
>;

export type CaseCommand =
  | OpenCase
  | RegisterVictim
  | RecordReturnLeg
  | EraseIdentity
  | RecordConsent
  | WithdrawConsent
  | OverrideConsent
  | RecordAssessment
  | ApproveAssessment
  | RequestService
  | RecordServiceDelivered
  | FlagOverdueService
  | StartShelterPlacement
  | ExtendShelterPlacement
  | EndShelterPlacement
  | PlanRepatriation
  | RecordHandover
  | CompleteRepatriation
  | ApproveReintegrationPlan
  | RecordFollowUpVisit
  | CompleteReintegration
  | FilePoliceReport
  | RecordSpdp
  | NameSuspects
  | RecordCaseFileComplete
  | StartProsecution
  | RecordVerdict
  | FileLpskApplication
  | RecordLpskDecision
  | AssessRestitution
  | OrderRestitution
  | RecordRestitutionPayment
  | RecordRestitutionDefault
  | AdvanceStage
  | SkipStage
  | RequestClosure
  | ApproveClosure
  | RejectClosure
  | ReopenCase
  | SendReferral
  | AcceptReferral
  | DeclineReferral
  | WithdrawReferral
  | ExpireReferral
  | CompleteReferral
  | RequestTransfer
  | AcceptTransfer
  | DeclineTransfer
  | AssignCase
  | AddCaseNote
  | AttachDocument;

export type CaseCommandType = CaseCommand['type'];
export type CaseCommandOfType<T extends CaseCommandType> = Extract<CaseCommand, { type: T }>;
