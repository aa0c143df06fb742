import type { AgencyType, ActorRole } from './actor.js';
import type { CaseFile, ReferralStatus } from './case.state.js';
import { OPEN_REFERRAL_STATUSES, sharingBasisFor } from './case.state.js';
import type { ReferralService } from './case.values.js';
import type { CaseEventType } from './case.events.js';
import { CASE_SECTIONS, IDENTITY_FIELDS, IDENTITY_FIELDS_BY_AGENCY_TYPE, type CaseSection, type IdentityField } from './identity.js';
import { isPermitted } from './permissions.js';

/** How the viewer stands to the case, as the answer names it. */
export type CaseAccess = 'owner' | 'transfer' | 'referral' | 'former_owner';

/** One referral the viewer's agency holds (or held) for the case, as its receiver. */
export interface ViewerReferral {
  service: ReferralService;
  /** The directory's type of the receiver when the referral was sent (the event records it). */
  agencyType: AgencyType;
  status: ReferralStatus;
  sharesIdentity: boolean;
  /** What allows identity to go to the viewer now: the victim's consent, a supervisor's override, or nothing. */
  sharingBasis: 'consent' | 'override' | null;
}

/** The viewer's own relationship to the case: never another agency's. */
export interface CaseRelationship {
  owner: boolean;
  formerOwner: boolean;
  /** A transfer to the viewer awaits its answer. */
  pendingTransferTarget: boolean;
  referrals: readonly ViewerReferral[];
  /**
   * The viewer's type in the directory now, when the caller resolved it: a referral recorded with another type (declared
   * by a request before the directory decided, or the agency re-typed since) shares only what both types need.
   */
  directoryType?: AgencyType;
}

export interface CaseView {
  /** null: the case is not the viewer's to see at all (answered as if it did not exist). */
  access: CaseAccess | null;
  /** The summary sections shown besides stage, status and the viewer's own referrals and transfers. */
  sections: readonly CaseSection[];
  /** The identity fields the viewer may open now (none once erased). */
  identityFields: readonly IdentityField[];
  identityBasis: 'owner' | 'consent' | 'override' | null;
  /** The owner sees every referral, transfer, clock and timeline entry; anyone else only its own. */
  sees: 'everything' | 'own';
}

/** What each service needs to know of the case (UU 21/2007 Art. 44: no more). */
export const CASE_SECTIONS_BY_SERVICE: Readonly<Record<ReferralService, readonly CaseSection[]>> = {
  // A police report, protection or restitution needs who the victim is (sex, age, origin), the assessment and the legal track.
  law_enforcement: ['victimProfile', 'origin', 'assessment', 'legal'],
  protection: ['victimProfile', 'origin', 'assessment', 'legal'],
  restitution: ['victimProfile', 'origin', 'assessment', 'legal'],
  legal_aid: ['victimProfile', 'origin', 'assessment', 'legal'],
  // Care and shelter need the person, the risk and the alerts (a child, high risk).
  health: ['victimProfile', 'assessment', 'flags'],
  first_aid: ['victimProfile', 'assessment', 'flags'],
  psychosocial: ['victimProfile', 'assessment', 'flags'],
  social_rehabilitation: ['victimProfile', 'assessment', 'flags'],
  shelter: ['victimProfile', 'assessment', 'flags'],
  // A return home or papers need where home is.
  repatriation: ['victimProfile', 'origin'],
  documents: ['victimProfile', 'origin'],
  // Life back home needs where home is, the risk and the alerts.
  reintegration: ['victimProfile', 'origin', 'assessment', 'flags'],
  economic_empowerment: ['victimProfile', 'origin', 'assessment', 'flags'],
  education: ['victimProfile', 'origin', 'assessment', 'flags'],
};

/** Taking a case over needs what its owning UPTD PPA works from, short of the victim's identity. */
const TRANSFER_TARGET_SECTIONS: readonly CaseSection[] = CASE_SECTIONS;

const NOTHING: CaseView = { access: null, sections: [], identityFields: [], identityBasis: null, sees: 'own' };

/**
 * What a viewer sees of a case, decided from its own relationship to it and the permission matrix alone: the
 * owner everything; the target of a pending transfer the sections a UPTD PPA works from, no identity; a receiving
 * agency the sections its own open referrals' services need, and the identity fields its type needs while the
 * victim's consent or an override stands; a former owner, or an agency whose referrals have ended, stage, status
 * and its own referrals and transfers, nothing about the victim. No other agency's referral widens any of it.
 */
export function caseViewFor(viewer: { role: ActorRole }, relationship: CaseRelationship, erased = false): CaseView {
  if (viewer.role === 'system' || !isPermitted(viewer.role, 'case.read')) return NOTHING;
  if (relationship.owner) {
    return {
      access: 'owner',
      sections: CASE_SECTIONS,
      identityFields: erased ? [] : IDENTITY_FIELDS,
      identityBasis: erased ? null : 'owner',
      sees: 'everything',
    };
  }
  const open = relationship.referrals.filter((referral) => OPEN_REFERRAL_STATUSES.includes(referral.status));
  const sections = new Set<CaseSection>(open.flatMap((referral) => CASE_SECTIONS_BY_SERVICE[referral.service] ?? []));
  if (relationship.pendingTransferTarget) for (const section of TRANSFER_TARGET_SECTIONS) sections.add(section);
  const fields = new Set<IdentityField>();
  let identityBasis: CaseView['identityBasis'] = null;
  for (const referral of open) {
    if (erased || !referral.sharesIdentity || referral.sharingBasis === null) continue;
    identityBasis ??= referral.sharingBasis;
    const now = relationship.directoryType === undefined ? null : new Set(IDENTITY_FIELDS_BY_AGENCY_TYPE[relationship.directoryType] ?? []);
    for (const field of IDENTITY_FIELDS_BY_AGENCY_TYPE[referral.agencyType] ?? []) if (now === null || now.has(field)) fields.add(field);
  }
  const access: CaseAccess | null = relationship.pendingTransferTarget
    ? 'transfer'
    : open.length > 0
      ? 'referral'
      : relationship.formerOwner
        ? 'former_owner'
        : relationship.referrals.length > 0
          ? 'referral'
          : null;
  if (access === null) return NOTHING;
  return {
    access,
    sections: CASE_SECTIONS.filter((section) => sections.has(section)),
    identityFields: IDENTITY_FIELDS.filter((field) => fields.has(field)),
    identityBasis,
    sees: 'own',
  };
}

/**
 * The viewer agency's relationship to a case, from the case's events (the identity route decides on these), with the
 * viewer's type in the directory now when known: consent must then stand for that type as well as the recorded one.
 */
export function relationshipOf(state: CaseFile, agency: string, directoryType?: AgencyType): CaseRelationship {
  const basis = (type: AgencyType, referralId: string) => sharingBasisFor(state, agency, type, referralId)?.kind ?? null;
  return {
    directoryType,
    owner: state.ownerAgency === agency,
    formerOwner: Object.values(state.transfers).some((transfer) => transfer.status === 'accepted' && transfer.fromAgency === agency),
    pendingTransferTarget: Object.values(state.transfers).some((transfer) => transfer.status === 'requested' && transfer.toAgency === agency),
    referrals: Object.values(state.referrals)
      .filter((referral) => referral.toAgency === agency)
      .map((referral) => ({
        service: referral.service,
        agencyType: referral.toAgencyType,
        status: referral.status,
        sharesIdentity: referral.sharesIdentity,
        sharingBasis: !referral.sharesIdentity
          ? null
          : directoryType === undefined || directoryType === referral.toAgencyType
            ? basis(referral.toAgencyType, referral.referralId)
            : basis(directoryType, referral.referralId) && basis(referral.toAgencyType, referral.referralId),
      })),
  };
}

export interface IdentityView {
  /** The victim's identity was erased: nothing can be shown to anyone. */
  erased: boolean;
  /** Why the agency sees what it sees: it owns the case, or the victim's consent or a supervisor's override. */
  basis: 'owner' | 'consent' | 'override' | null;
  fields: readonly IdentityField[];
}

/**
 * Which identity fields an agency may see now (UU 21/2007 Art. 44), as `caseViewFor` decides from the agency's own
 * relationship to the case: the owner all; a receiving agency what its type needs while consent or an override stands.
 */
export function identityViewFor(state: CaseFile, agency: string, role: ActorRole = 'caseworker'): IdentityView {
  if (state.identityErased) return { erased: true, basis: null, fields: [] };
  const view = caseViewFor({ role }, relationshipOf(state, agency));
  return { erased: false, basis: view.identityBasis, fields: view.identityFields };
}

/** The section an event's own entry tells of: a viewer whose view leaves that section out does not read the entry. */
const SECTION_OF_EVENT: Partial<Record<CaseEventType, CaseSection>> = {
  VictimRegistered: 'victimProfile',
  AssessmentRecorded: 'assessment',
  AssessmentApproved: 'assessment',
  PoliceReportFiled: 'legal',
  SpdpIssued: 'legal',
  SuspectsNamed: 'legal',
  CaseFileCompleted: 'legal',
  ProsecutionStarted: 'legal',
  VerdictRecorded: 'legal',
  LpskApplicationFiled: 'legal',
  LpskDecisionRecorded: 'legal',
  RestitutionAssessed: 'legal',
  RestitutionOrdered: 'legal',
  RestitutionPaid: 'legal',
  RestitutionDefaulted: 'legal',
};

/** Event types whose timeline entries the view leaves out, even the viewer's own (a former owner's registration of the victim). */
export function hiddenTimelineEvents(view: CaseView): CaseEventType[] {
  if (view.sees === 'everything') return [];
  return (Object.entries(SECTION_OF_EVENT) as Array<[CaseEventType, CaseSection]>)
    .filter(([, section]) => !view.sections.includes(section))
    .map(([type]) => type);
}

/** Who a note was written for: its author's agency, the case's owner then (first of `visibleTo`), and the agencies it was shared with. */
export interface NoteReaders {
  authorAgency: string;
  visibleTo: readonly string[];
}

/**
 * Whether an agency that is not the owner reads a note's text now: its own notes, and those of the time it owned the
 * case, always; a note shared with it only while it works on the case (an open referral, or a transfer it is asked to
 * take) and the victim's consent to share with it (or an override for all its referrals) still stands, as when the note
 * was written. A withdrawn consent stops the sharing (UU PDP 27/2022); an agency whose referrals ended learns nothing
 * more of the victim.
 */
export function noteReadableBy(state: CaseFile, note: NoteReaders, agency: string, agencyType: AgencyType | undefined): boolean {
  if (note.authorAgency === agency || note.visibleTo[0] === agency) return true;
  if (!note.visibleTo.includes(agency) || agencyType === undefined) return false;
  const relationship = relationshipOf(state, agency);
  const working = relationship.pendingTransferTarget || relationship.referrals.some((referral) => OPEN_REFERRAL_STATUSES.includes(referral.status));
  return working && sharingBasisFor(state, agency, agencyType, '') !== null;
}
