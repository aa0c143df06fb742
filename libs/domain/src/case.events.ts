import type { CaseRegistration } from './registration.js';
import type { FreeText, SealedIdentity } from './identity.js';
import type { Actor, AgencyType } from './actor.js';
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
  ExploitationType,
  GuardianRelationship,
  LpskDecision,
  LpskProtection,
  MeansOfControl,
  Modus,
  Need,
  OpenStage,
  RecruitmentMethod,
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

/** Carried by every case event so the history stands on its own, whatever the store keeps as metadata. */
export interface EventContext {
  caseId: string;
  /** ISO 8601 time the command was issued (its metadata `now`). */
  at: string;
  by: Actor;
}

type CaseEventOf<Type extends string, Data extends object> = Readonly<{ type: Type; data: Readonly<Data & EventContext> }>;

export interface Guardian {
  relationship: GuardianRelationship;
  initials: string;
}

export interface TraffickingIndicators {
  recruitmentMethods: RecruitmentMethod[];
  meansOfControl: MeansOfControl[];
  exploitationTypes: ExploitationType[];
  /** ISO 3166-1 alpha-2; ID for trafficking inside Indonesia. */
  destinationCountry: string;
  /**
   * Places passed through: port codes of the ports list, or `other`. Events recorded before may hold names of the old
   * fixed list or free text: read them through `upcastTransitPoints`.
   */
  transitPoints: string[];
  modus: Modus[];
}

export type RepatriationOrigin = { kind: 'country'; country: string } | { kind: 'port'; port: string } | { kind: 'province'; provinceCode: string };

/** Why a referral that shares identity was allowed to. */
export type SharingBasis = { kind: 'consent'; consentId: string } | { kind: 'override'; overrideId: string };

export type CaseOpened = CaseEventOf<
  'CaseOpened',
  {
    ownerAgency: string;
    channel: Channel;
    reporterType: ReporterType;
    districtCode: string;
    /** Absent on cases opened before registration numbers. */
    registration?: CaseRegistration;
    /** The agency that reported the case (which KBRI, which BP3MI, which police unit), as the directory holds it; absent: none named. */
    reportingAgency?: string;
  }
>;
export type VictimRegistered = CaseEventOf<
  'VictimRegistered',
  {
    initials: string;
    sex: Sex;
    birthYear: number | null;
    ageBand: AgeBand | null;
    isChild: boolean;
    nationality: string;
    originProvinceCode: string;
    originDistrictCode: string;
    /** Sealed fields (null or absent: none given); unreadable once the identity is erased. */
    identity?: SealedIdentity | null;
  }
>;
/** The victim's data key was destroyed; what was done with the case remains. */
export type IdentityErased = CaseEventOf<'IdentityErased', { legalBasis: string }>;
export type ConsentRecorded = CaseEventOf<
  'ConsentRecorded',
  {
    consentId: string;
    scope: ConsentScope;
    agencies: string[];
    agencyTypes: AgencyType[];
    purpose: FreeText | null;
    guardian: Guardian | null;
    evidenceRef: FreeText;
  }
>;
export type ConsentWithdrawn = CaseEventOf<'ConsentWithdrawn', { consentId: string; scope: ConsentScope; reason: FreeText | null }>;
export type ConsentOverrideRecorded = CaseEventOf<
  'ConsentOverrideRecorded',
  /** `toAgencyType`: the directory's type when recorded (absent on events recorded before the directory decided). */
  { overrideId: string; toAgency: string; toAgencyType?: AgencyType; referralId: string | null; reason: FreeText }
>;
export type AssessmentRecorded = CaseEventOf<
  'AssessmentRecorded',
  { assessmentId: string; indicators: TraffickingIndicators; victimStatus: VictimStatus; riskLevel: RiskLevel; needs: Need[] }
>;
export type AssessmentApproved = CaseEventOf<'AssessmentApproved', { assessmentId: string; victimStatus: VictimStatus }>;
export type ServiceRequested = CaseEventOf<
  'ServiceRequested',
  { serviceId: string; service: CaseService; providerAgency: string | null; note: FreeText | null; dueBy: string }
>;
export type ServiceDelivered = CaseEventOf<
  'ServiceDelivered',
  { serviceId: string; service: CaseService; dueBy: string; onTime: boolean; note: FreeText | null }
>;
export type ServiceOverdueFlagged = CaseEventOf<
  'ServiceOverdueFlagged',
  { serviceId: string; service: CaseService; providerAgency: string | null; dueBy: string; escalateTo: { agency: string; role: 'supervisor' } }
>;
export type ShelterPlacementStarted = CaseEventOf<'ShelterPlacementStarted', { placementId: string; shelterAgency: string; plannedEndBy: string }>;
export type ShelterPlacementExtended = CaseEventOf<'ShelterPlacementExtended', { placementId: string; days: number; reason: FreeText; plannedEndBy: string }>;
export type ShelterPlacementEnded = CaseEventOf<'ShelterPlacementEnded', { placementId: string; reason: ShelterEndReason; note: FreeText | null }>;
export type RepatriationPlanned = CaseEventOf<
  'RepatriationPlanned',
  {
    from: RepatriationOrigin;
    toDistrictCode: string;
    escortAgency: string;
    transport: TransportMode;
    /** Sealed free text (it may name whoever signed); clear in events recorded before it was sealed. */
    mouReference: FreeText | null;
    plannedDate: string;
  }
>;
/**
 * The return leg from abroad: where the victim left from (country, and the port when it is on the list, or a place
 * sealed as free text), where she entered Indonesia (a port of the list, or a place sealed as free text), on which
 * day and by what means. Apart from the trip home inside Indonesia (`RepatriationPlanned`); recorded again, the last
 * one stands (a correction).
 */
export type ReturnLegRecorded = CaseEventOf<
  'ReturnLegRecorded',
  {
    arrivalKind: ArrivalKind;
    fromCountry: string;
    /** A port code of the list abroad (e.g. MYTWU, Tawau); null when not on the list or not known. */
    fromPort: string | null;
    /** Sealed free text: a place of departure the list lacks ("other"). */
    fromPlace: FreeText | null;
    /** An Indonesian port code of the list (e.g. IDNNX, Tunon Taka, Nunukan); null: see `entryPlace`. */
    entryPort: string | null;
    /** Sealed free text: an entry point the list lacks ("other"). */
    entryPlace: FreeText | null;
    /** The day she arrived in (or was deported to) Indonesia. */
    arrivedOn: string;
    transport: TransportMode | null;
  }
>;
export type VictimHandedOver = CaseEventOf<'VictimHandedOver', { receivingAgency: string; handoverRecordNumber: FreeText; location: FreeText | null }>;
export type RepatriationCompleted = CaseEventOf<'RepatriationCompleted', { toDistrictCode: string }>;
export type ReintegrationPlanApproved = CaseEventOf<'ReintegrationPlanApproved', { planId: string; goals: ReintegrationGoal[]; note: FreeText | null }>;
export type FollowUpVisitRecorded = CaseEventOf<'FollowUpVisitRecorded', { visitId: string; visitedOn: string; wellbeing: Wellbeing; note: FreeText | null }>;
export type ReintegrationCompleted = CaseEventOf<'ReintegrationCompleted', { note: FreeText | null }>;
export type PoliceReportFiled = CaseEventOf<'PoliceReportFiled', { reportNumber: string; unit: string; policeAgency: string; filedOn: string }>;
export type SpdpIssued = CaseEventOf<'SpdpIssued', { spdpNumber: string; issuedOn: string }>;
/** `names` (sealed) as the police gave them; `totalSuspects` counts every suspect named in the case so far. */
export type SuspectsNamed = CaseEventOf<'SuspectsNamed', { count: number; names: FreeText | null; namedOn: string; totalSuspects: number }>;
/** P-21: the prosecutor declares the investigation's case file complete. */
export type CaseFileCompleted = CaseEventOf<'CaseFileCompleted', { completeOn: string }>;
export type ProsecutionStarted = CaseEventOf<'ProsecutionStarted', { startedOn: string; court: string }>;
export type VerdictRecorded = CaseEventOf<
  'VerdictRecorded',
  {
    verdictNumber: string;
    decidedOn: string;
    court: string;
    outcome: VerdictOutcome;
    sentenceMonths: number;
    restitutionOrderedAmount: number;
    /** The restitution the verdict orders (its RestitutionOrdered follows in the same append); null when it orders none. */
    restitutionId: string | null;
  }
>;
export type LpskApplicationFiled = CaseEventOf<'LpskApplicationFiled', { applicationId: string; protections: LpskProtection[]; filedOn: string }>;
export type LpskDecisionRecorded = CaseEventOf<
  'LpskDecisionRecorded',
  {
    applicationId: string;
    decision: LpskDecision;
    grantedProtections: LpskProtection[];
    decisionNumber: string;
    decidedOn: string;
  }
>;
export type RestitutionAssessed = CaseEventOf<'RestitutionAssessed', { restitutionId: string; amount: number; assessedBy: RestitutionAssessor }>;
export type RestitutionOrdered = CaseEventOf<
  'RestitutionOrdered',
  { restitutionId: string; amount: number; verdictNumber: string; verdictFinalOn: string; payBy: string }
>;
export type RestitutionPaid = CaseEventOf<'RestitutionPaid', { restitutionId: string; amount: number; paidOn: string; totalPaid: number; fullyPaid: boolean }>;
export type RestitutionDefaulted = CaseEventOf<'RestitutionDefaulted', { restitutionId: string; unpaidAmount: number; reason: FreeText }>;
export type StageAdvanced = CaseEventOf<'StageAdvanced', { from: OpenStage; to: OpenStage }>;
export type StageSkipped = CaseEventOf<'StageSkipped', { stage: OpenStage; to: OpenStage; reason: FreeText }>;
export type ClosureRequested = CaseEventOf<'ClosureRequested', { reason: ClosureReason; note: FreeText | null; unpaidRestitutionReason: FreeText | null }>;
export type ClosureRejected = CaseEventOf<'ClosureRejected', { reason: FreeText }>;
export type CaseClosed = CaseEventOf<
  'CaseClosed',
  {
    reason: ClosureReason;
    note: FreeText | null;
    unpaidRestitutionReason: FreeText | null;
    requestedBy: Actor;
    closedFromStage: OpenStage;
  }
>;
export type CaseReopened = CaseEventOf<'CaseReopened', { reason: FreeText; stage: OpenStage }>;
export type ReferralSent = CaseEventOf<
  'ReferralSent',
  {
    referralId: string;
    fromAgency: string;
    toAgency: string;
    toAgencyType: AgencyType;
    service: ReferralService;
    reason: FreeText;
    responseDeadline: string;
    sharesIdentity: boolean;
    sharingBasis: SharingBasis | null;
  }
>;
export type ReferralAccepted = CaseEventOf<'ReferralAccepted', { referralId: string; note: FreeText | null }>;
export type ReferralDeclined = CaseEventOf<'ReferralDeclined', { referralId: string; reason: FreeText }>;
export type ReferralWithdrawn = CaseEventOf<'ReferralWithdrawn', { referralId: string; reason: FreeText }>;
export type ReferralExpired = CaseEventOf<
  'ReferralExpired',
  { referralId: string; responseDeadline: string; escalateTo: { agency: string; role: 'supervisor' } }
>;
export type ReferralCompleted = CaseEventOf<
  'ReferralCompleted',
  { referralId: string; outcome: ReferralOutcome; reason: ReferralFailureReason | null; note: FreeText | null }
>;
export type TransferRequested = CaseEventOf<
  'TransferRequested',
  /**
   * `toAgencyType`: the directory's type when requested (absent on events recorded before the directory decided).
   * `mouId`: the MoU of the register the transfer rests on, null for none (absent on events recorded before transfers named one).
   */
  { transferId: string; fromAgency: string; toAgency: string; toAgencyType?: AgencyType; reason: FreeText; mouId?: string | null }
>;
export type TransferAccepted = CaseEventOf<'TransferAccepted', { transferId: string; fromAgency: string; toAgency: string }>;
export type TransferDeclined = CaseEventOf<'TransferDeclined', { transferId: string; reason: FreeText }>;

/** `previousAssignee`: who carried the case before (null: nobody). */
export type CaseAssigned = CaseEventOf<'CaseAssigned', { assignee: string; previousAssignee: string | null }>;
/**
 * A note or kronologi entry: `text` sealed with the victim's key (erased with it); `visibleTo`: the agencies that may
 * read it (the owner and the author's agency always, others only as the victim's sharing consent allowed when written).
 */
export type CaseNoteAdded = CaseEventOf<'CaseNoteAdded', { kind: CaseNoteKind; text: FreeText; authorAgency: string; visibleTo: string[] }>;
/**
 * A document attached: what it is, its size, content type (read from its bytes) and the SHA-256 of its clear bytes, so
 * the hash chain vouches for the file; the file name only sealed (null when none was given). The bytes are stored
 * apart, encrypted with the victim's key, and go with it on erasure.
 */
export type DocumentAttached = CaseEventOf<
  'DocumentAttached',
  { documentId: string; kind: DocumentKind; contentType: DocumentContentType; size: number; sha256: string; fileName: FreeText | null }
>;

export type CaseEvent =
  | CaseOpened
  | VictimRegistered
  | IdentityErased
  | ConsentRecorded
  | ConsentWithdrawn
  | ConsentOverrideRecorded
  | AssessmentRecorded
  | AssessmentApproved
  | ServiceRequested
  | ServiceDelivered
  | ServiceOverdueFlagged
  | ShelterPlacementStarted
  | ShelterPlacementExtended
  | ShelterPlacementEnded
  | RepatriationPlanned
  | ReturnLegRecorded
  | VictimHandedOver
  | RepatriationCompleted
  | ReintegrationPlanApproved
  | FollowUpVisitRecorded
  | ReintegrationCompleted
  | PoliceReportFiled
  | SpdpIssued
  | SuspectsNamed
  | CaseFileCompleted
  | ProsecutionStarted
  | VerdictRecorded
  | LpskApplicationFiled
  | LpskDecisionRecorded
  | RestitutionAssessed
  | RestitutionOrdered
  | RestitutionPaid
  | RestitutionDefaulted
  | StageAdvanced
  | StageSkipped
  | ClosureRequested
  | ClosureRejected
  | CaseClosed
  | CaseReopened
  | ReferralSent
  | ReferralAccepted
  | ReferralDeclined
  | ReferralWithdrawn
  | ReferralExpired
  | ReferralCompleted
  | TransferRequested
  | TransferAccepted
  | TransferDeclined
  | CaseAssigned
  | CaseNoteAdded
  | DocumentAttached;

export type CaseEventType = CaseEvent['type'];
export type CaseEventOfType<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;

// The record makes the compiler reject a list that misses or invents an event type.
const EVENT_TYPE_SET: Record<CaseEventType, true> = {
  CaseOpened: true,
  VictimRegistered: true,
  IdentityErased: true,
  ConsentRecorded: true,
  ConsentWithdrawn: true,
  ConsentOverrideRecorded: true,
  AssessmentRecorded: true,
  AssessmentApproved: true,
  ServiceRequested: true,
  ServiceDelivered: true,
  ServiceOverdueFlagged: true,
  ShelterPlacementStarted: true,
  ShelterPlacementExtended: true,
  ShelterPlacementEnded: true,
  RepatriationPlanned: true,
  ReturnLegRecorded: true,
  VictimHandedOver: true,
  RepatriationCompleted: true,
  ReintegrationPlanApproved: true,
  FollowUpVisitRecorded: true,
  ReintegrationCompleted: true,
  PoliceReportFiled: true,
  SpdpIssued: true,
  SuspectsNamed: true,
  CaseFileCompleted: true,
  ProsecutionStarted: true,
  VerdictRecorded: true,
  LpskApplicationFiled: true,
  LpskDecisionRecorded: true,
  RestitutionAssessed: true,
  RestitutionOrdered: true,
  RestitutionPaid: true,
  RestitutionDefaulted: true,
  StageAdvanced: true,
  StageSkipped: true,
  ClosureRequested: true,
  ClosureRejected: true,
  CaseClosed: true,
  CaseReopened: true,
  ReferralSent: true,
  ReferralAccepted: true,
  ReferralDeclined: true,
  ReferralWithdrawn: true,
  ReferralExpired: true,
  ReferralCompleted: true,
  TransferRequested: true,
  TransferAccepted: true,
  TransferDeclined: true,
  CaseAssigned: true,
  CaseNoteAdded: true,
  DocumentAttached: true,
};

export const CASE_EVENT_TYPES = Object.keys(EVENT_TYPE_SET) as readonly CaseEventType[];

/** Referral lifecycle events: all carry `data.referralId`. */
export const REFERRAL_EVENT_TYPES = [
  'ReferralSent',
  'ReferralAccepted',
  'ReferralDeclined',
  'ReferralWithdrawn',
  'ReferralExpired',
  'ReferralCompleted',
] as const satisfies readonly CaseEventType[];
export type ReferralEvent = CaseEventOfType<(typeof REFERRAL_EVENT_TYPES)[number]>;

export function isCaseEventType(type: string): type is CaseEventType {
  return Object.hasOwn(EVENT_TYPE_SET, type);
}

/** Narrows a stored event (any `{ type, data }`) read back from the store. */
export function isCaseEvent(event: { type: string; data: unknown }): event is CaseEvent {
  return isCaseEventType(event.type) && typeof event.data === 'object' && event.data !== null;
}

export function isReferralEvent(event: CaseEvent): event is ReferralEvent {
  return (REFERRAL_EVENT_TYPES as readonly string[]).includes(event.type);
}

export const caseStreamName = (caseId: string): string => `case-${caseId}`;
