import type { CaseEvent } from './case.events.js';
import type { CaseFile, CaseState, ReferralState, ReferralStatus } from './case.state.js';
import { initialState } from './case.state.js';

/**
 * Collections a fold in progress made itself: nothing outside the fold holds them, so the fold adds to
 * them in place instead of copying a case's whole referral list on every referral event (quadratic in
 * long cases). Outside `foldCase` this is null and every change copies: `evolve` stays pure.
 */
let ownedByFold: WeakSet<object> | null = null;

function withEntry<T>(collection: Readonly<Record<string, T>>, id: string, value: T): Record<string, T> {
  if (ownedByFold?.has(collection)) {
    (collection as Record<string, T>)[id] = value;
    return collection as Record<string, T>;
  }
  const copy = { ...collection, [id]: value };
  ownedByFold?.add(copy);
  return copy;
}

function withItem<T>(list: readonly T[], item: T): T[] {
  if (ownedByFold?.has(list)) {
    (list as T[]).push(item);
    return list as T[];
  }
  const copy = [...list, item];
  ownedByFold?.add(copy);
  return copy;
}

function setReferral(state: CaseFile, referralId: string, change: Partial<ReferralState> & { status: ReferralStatus }): CaseFile {
  const referral = state.referrals[referralId];
  if (!referral) return state;
  return { ...state, referrals: withEntry(state.referrals, referralId, { ...referral, ...change }) };
}

export function evolve(state: CaseState, event: CaseEvent): CaseState {
  if (event.type === 'CaseOpened') {
    const { data } = event;
    return {
      exists: true,
      caseId: data.caseId,
      ownerAgency: data.ownerAgency,
      channel: data.channel,
      reporterType: data.reporterType,
      districtCode: data.districtCode,
      openedAt: data.at,
      stage: 'intake',
      closedFromStage: null,
      victim: null,
      consents: {},
      consentOverrides: {},
      assessments: {},
      latestAssessmentId: null,
      services: {},
      shelterPlacements: {},
      repatriation: { toDistrictCode: null, handovers: 0, completed: false },
      reintegration: { planApproved: false, followUpVisits: 0, completed: false },
      policeReportNumbers: [],
      criminalCase: { reportedOn: null, spdpOn: null, suspects: 0, caseFileCompleteOn: null, prosecutionStartedOn: null, verdictOn: null },
      lpskApplications: {},
      restitutions: {},
      referrals: {},
      transfers: {},
      closureRequest: null,
      identityErased: false,
      assignee: null,
      documents: {},
    };
  }
  // Events of a stream whose CaseOpened is missing cannot be applied to anything.
  if (!state.exists) return state;

  switch (event.type) {
    case 'VictimRegistered': {
      const { caseId: _caseId, at: _at, by: _by, ...victim } = event.data;
      return { ...state, victim };
    }
    case 'IdentityErased':
      return { ...state, identityErased: true };
    case 'ConsentRecorded': {
      const { consentId, scope, agencies, agencyTypes } = event.data;
      return { ...state, consents: withEntry(state.consents, consentId, { consentId, scope, agencies, agencyTypes, active: true }) };
    }
    case 'ConsentWithdrawn': {
      const consent = state.consents[event.data.consentId];
      if (!consent) return state;
      return { ...state, consents: withEntry(state.consents, consent.consentId, { ...consent, active: false }) };
    }
    case 'ConsentOverrideRecorded': {
      const { overrideId, toAgency, referralId } = event.data;
      return { ...state, consentOverrides: withEntry(state.consentOverrides, overrideId, { overrideId, toAgency, referralId }) };
    }
    case 'AssessmentRecorded': {
      const { assessmentId, victimStatus } = event.data;
      return {
        ...state,
        assessments: withEntry(state.assessments, assessmentId, { assessmentId, victimStatus, approved: false }),
        latestAssessmentId: assessmentId,
      };
    }
    case 'AssessmentApproved': {
      const assessment = state.assessments[event.data.assessmentId];
      if (!assessment) return state;
      return { ...state, assessments: withEntry(state.assessments, assessment.assessmentId, { ...assessment, approved: true }) };
    }
    case 'ServiceRequested': {
      const { serviceId, service, providerAgency, dueBy } = event.data;
      return {
        ...state,
        services: withEntry(state.services, serviceId, { serviceId, service, providerAgency, dueBy, delivered: false, overdueFlagged: false }),
      };
    }
    case 'ServiceOverdueFlagged': {
      const service = state.services[event.data.serviceId];
      if (!service) return state;
      return { ...state, services: withEntry(state.services, service.serviceId, { ...service, overdueFlagged: true }) };
    }
    case 'ServiceDelivered': {
      const service = state.services[event.data.serviceId];
      if (!service) return state;
      return { ...state, services: withEntry(state.services, service.serviceId, { ...service, delivered: true }) };
    }
    case 'ShelterPlacementStarted': {
      const { placementId, shelterAgency, plannedEndBy } = event.data;
      return {
        ...state,
        shelterPlacements: withEntry(state.shelterPlacements, placementId, { placementId, shelterAgency, plannedEndBy, active: true }),
      };
    }
    case 'ShelterPlacementExtended':
    case 'ShelterPlacementEnded': {
      const placement = state.shelterPlacements[event.data.placementId];
      if (!placement) return state;
      const changed = event.type === 'ShelterPlacementExtended' ? { ...placement, plannedEndBy: event.data.plannedEndBy } : { ...placement, active: false };
      return { ...state, shelterPlacements: withEntry(state.shelterPlacements, placement.placementId, changed) };
    }
    case 'RepatriationPlanned':
      return { ...state, repatriation: { ...state.repatriation, toDistrictCode: event.data.toDistrictCode } };
    case 'ReturnLegRecorded':
      // The return leg from abroad decides nothing later; the read models keep it.
      return state;
    case 'VictimHandedOver':
      return { ...state, repatriation: { ...state.repatriation, handovers: state.repatriation.handovers + 1 } };
    case 'RepatriationCompleted':
      return { ...state, repatriation: { ...state.repatriation, completed: true } };
    case 'ReintegrationPlanApproved':
      return { ...state, reintegration: { ...state.reintegration, planApproved: true } };
    case 'FollowUpVisitRecorded':
      return { ...state, reintegration: { ...state.reintegration, followUpVisits: state.reintegration.followUpVisits + 1 } };
    case 'ReintegrationCompleted':
      return { ...state, reintegration: { ...state.reintegration, completed: true } };
    case 'PoliceReportFiled': {
      const { reportedOn } = state.criminalCase;
      const earliest = reportedOn === null || event.data.filedOn < reportedOn ? event.data.filedOn : reportedOn;
      return {
        ...state,
        policeReportNumbers: withItem(state.policeReportNumbers, event.data.reportNumber),
        criminalCase: { ...state.criminalCase, reportedOn: earliest },
      };
    }
    case 'SpdpIssued':
      return { ...state, criminalCase: { ...state.criminalCase, spdpOn: event.data.issuedOn } };
    case 'SuspectsNamed':
      return { ...state, criminalCase: { ...state.criminalCase, suspects: event.data.totalSuspects } };
    case 'CaseFileCompleted':
      return { ...state, criminalCase: { ...state.criminalCase, caseFileCompleteOn: event.data.completeOn } };
    case 'ProsecutionStarted':
      return { ...state, criminalCase: { ...state.criminalCase, prosecutionStartedOn: event.data.startedOn } };
    case 'VerdictRecorded':
      return { ...state, criminalCase: { ...state.criminalCase, verdictOn: event.data.decidedOn } };
    case 'LpskApplicationFiled': {
      const { applicationId } = event.data;
      return { ...state, lpskApplications: withEntry(state.lpskApplications, applicationId, { applicationId, decided: false }) };
    }
    case 'LpskDecisionRecorded': {
      const { applicationId } = event.data;
      return { ...state, lpskApplications: withEntry(state.lpskApplications, applicationId, { applicationId, decided: true }) };
    }
    case 'RestitutionAssessed':
    case 'RestitutionOrdered': {
      const { restitutionId, amount } = event.data;
      const status = event.type === 'RestitutionAssessed' ? 'assessed' : 'ordered';
      const totalPaid = state.restitutions[restitutionId]?.totalPaid ?? 0;
      return { ...state, restitutions: withEntry(state.restitutions, restitutionId, { restitutionId, status, amount, totalPaid }) };
    }
    case 'RestitutionPaid': {
      const restitution = state.restitutions[event.data.restitutionId];
      if (!restitution) return state;
      const changed = { ...restitution, totalPaid: event.data.totalPaid, status: event.data.fullyPaid ? 'paid' : restitution.status } as const;
      return { ...state, restitutions: withEntry(state.restitutions, restitution.restitutionId, changed) };
    }
    case 'RestitutionDefaulted': {
      const restitution = state.restitutions[event.data.restitutionId];
      if (!restitution) return state;
      return { ...state, restitutions: withEntry(state.restitutions, restitution.restitutionId, { ...restitution, status: 'defaulted' }) };
    }
    case 'StageAdvanced':
    case 'StageSkipped':
      return { ...state, stage: event.data.to };
    case 'ClosureRequested': {
      const { reason, note, unpaidRestitutionReason, by } = event.data;
      return { ...state, closureRequest: { reason, note, unpaidRestitutionReason, requestedBy: by } };
    }
    case 'ClosureRejected':
      return { ...state, closureRequest: null };
    case 'CaseClosed':
      return { ...state, stage: 'closed', closedFromStage: event.data.closedFromStage, closureRequest: null };
    case 'CaseReopened':
      return { ...state, stage: event.data.stage, closedFromStage: null };
    case 'ReferralSent': {
      const { referralId, fromAgency, toAgency, toAgencyType, service, sharesIdentity, sharingBasis, responseDeadline } = event.data;
      const referral: ReferralState = {
        referralId,
        fromAgency,
        toAgency,
        toAgencyType,
        service,
        sharesIdentity,
        sharingBasis,
        responseDeadline,
        status: 'sent',
        outcome: null,
        failureReason: null,
      };
      return { ...state, referrals: withEntry(state.referrals, referralId, referral) };
    }
    case 'ReferralAccepted':
      return setReferral(state, event.data.referralId, { status: 'accepted' });
    case 'ReferralDeclined':
      return setReferral(state, event.data.referralId, { status: 'declined' });
    case 'ReferralWithdrawn':
      return setReferral(state, event.data.referralId, { status: 'withdrawn' });
    case 'ReferralExpired':
      return setReferral(state, event.data.referralId, { status: 'expired' });
    case 'ReferralCompleted':
      return setReferral(state, event.data.referralId, {
        status: 'completed',
        outcome: event.data.outcome,
        failureReason: event.data.reason,
      });
    case 'TransferRequested': {
      const { transferId, fromAgency, toAgency } = event.data;
      return { ...state, transfers: withEntry(state.transfers, transferId, { transferId, fromAgency, toAgency, status: 'requested' }) };
    }
    case 'TransferAccepted': {
      const transfer = state.transfers[event.data.transferId];
      if (!transfer) return state;
      return {
        ...state,
        ownerAgency: event.data.toAgency,
        // The caseworker was the former owner's: the new owner's supervisor assigns anew.
        assignee: null,
        transfers: withEntry(state.transfers, transfer.transferId, { ...transfer, status: 'accepted' }),
      };
    }
    case 'TransferDeclined': {
      const transfer = state.transfers[event.data.transferId];
      if (!transfer) return state;
      return { ...state, transfers: withEntry(state.transfers, transfer.transferId, { ...transfer, status: 'declined' }) };
    }
    case 'CaseAssigned':
      return { ...state, assignee: event.data.assignee };
    case 'CaseNoteAdded':
      return state;
    case 'DocumentAttached': {
      const { caseId: _caseId, at, by, ...document } = event.data;
      return { ...state, documents: withEntry(state.documents, document.documentId, { ...document, attachedAt: at, attachedBy: by }) };
    }
    default:
      return ignoreUnknown(event, state);
  }
}

// A type added by a newer writer must not break replay in an older reader; the never keeps this switch complete.
function ignoreUnknown(_event: never, state: CaseState): CaseState {
  return state;
}

/** The state after the events, by the same `evolve`; the states in between are never seen, so it may reuse its own copies. */
export function foldCase(events: readonly CaseEvent[], from: CaseState = initialState): CaseState {
  const outer = ownedByFold;
  ownedByFold = new WeakSet();
  try {
    return events.reduce(evolve, from);
  } finally {
    ownedByFold = outer;
  }
}
