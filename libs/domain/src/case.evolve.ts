import type { CaseEvent } from './case.events.js';
import type { CaseFile, CaseState, ReferralState, ReferralStatus } from './case.state.js';
import { initialState } from './case.state.js';

function setReferral(state: CaseFile, referralId: string, change: Partial<ReferralState> & { status: ReferralStatus }): CaseFile {
  const referral = state.referrals[referralId];
  if (!referral) return state;
  return { ...state, referrals: { ...state.referrals, [referralId]: { ...referral, ...change } } };
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
      lpskApplications: {},
      restitutions: {},
      referrals: {},
      transfers: {},
      closureRequest: null,
    };
  }
  // Events of a stream whose CaseOpened is missing cannot be applied to anything.
  if (!state.exists) return state;

  switch (event.type) {
    case 'VictimRegistered': {
      const { caseId: _caseId, at: _at, by: _by, ...victim } = event.data;
      return { ...state, victim };
    }
    case 'ConsentRecorded': {
      const { consentId, scope, agencies, agencyTypes } = event.data;
      return { ...state, consents: { ...state.consents, [consentId]: { consentId, scope, agencies, agencyTypes, active: true } } };
    }
    case 'ConsentWithdrawn': {
      const consent = state.consents[event.data.consentId];
      if (!consent) return state;
      return { ...state, consents: { ...state.consents, [consent.consentId]: { ...consent, active: false } } };
    }
    case 'ConsentOverrideRecorded': {
      const { overrideId, toAgency, referralId } = event.data;
      return { ...state, consentOverrides: { ...state.consentOverrides, [overrideId]: { overrideId, toAgency, referralId } } };
    }
    case 'AssessmentRecorded': {
      const { assessmentId, victimStatus } = event.data;
      return {
        ...state,
        assessments: { ...state.assessments, [assessmentId]: { assessmentId, victimStatus, approved: false } },
        latestAssessmentId: assessmentId,
      };
    }
    case 'AssessmentApproved': {
      const assessment = state.assessments[event.data.assessmentId];
      if (!assessment) return state;
      return { ...state, assessments: { ...state.assessments, [assessment.assessmentId]: { ...assessment, approved: true } } };
    }
    case 'ServiceRequested': {
      const { serviceId, service, providerAgency, dueBy } = event.data;
      return { ...state, services: { ...state.services, [serviceId]: { serviceId, service, providerAgency, dueBy, delivered: false, overdueFlagged: false } } };
    }
    case 'ServiceOverdueFlagged': {
      const service = state.services[event.data.serviceId];
      if (!service) return state;
      return { ...state, services: { ...state.services, [service.serviceId]: { ...service, overdueFlagged: true } } };
    }
    case 'ServiceDelivered': {
      const service = state.services[event.data.serviceId];
      if (!service) return state;
      return { ...state, services: { ...state.services, [service.serviceId]: { ...service, delivered: true } } };
    }
    case 'ShelterPlacementStarted': {
      const { placementId, shelterAgency, plannedEndBy } = event.data;
      return {
        ...state,
        shelterPlacements: { ...state.shelterPlacements, [placementId]: { placementId, shelterAgency, plannedEndBy, active: true } },
      };
    }
    case 'ShelterPlacementExtended':
    case 'ShelterPlacementEnded': {
      const placement = state.shelterPlacements[event.data.placementId];
      if (!placement) return state;
      const changed =
        event.type === 'ShelterPlacementExtended'
          ? { ...placement, plannedEndBy: event.data.plannedEndBy }
          : { ...placement, active: false };
      return { ...state, shelterPlacements: { ...state.shelterPlacements, [placement.placementId]: changed } };
    }
    case 'RepatriationPlanned':
      return { ...state, repatriation: { ...state.repatriation, toDistrictCode: event.data.toDistrictCode } };
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
    case 'PoliceReportFiled':
      return { ...state, policeReportNumbers: [...state.policeReportNumbers, event.data.reportNumber] };
    case 'LpskApplicationFiled': {
      const { applicationId } = event.data;
      return { ...state, lpskApplications: { ...state.lpskApplications, [applicationId]: { applicationId, decided: false } } };
    }
    case 'LpskDecisionRecorded': {
      const { applicationId } = event.data;
      return { ...state, lpskApplications: { ...state.lpskApplications, [applicationId]: { applicationId, decided: true } } };
    }
    case 'RestitutionAssessed':
    case 'RestitutionOrdered': {
      const { restitutionId, amount } = event.data;
      const status = event.type === 'RestitutionAssessed' ? 'assessed' : 'ordered';
      const totalPaid = state.restitutions[restitutionId]?.totalPaid ?? 0;
      return { ...state, restitutions: { ...state.restitutions, [restitutionId]: { restitutionId, status, amount, totalPaid } } };
    }
    case 'RestitutionPaid': {
      const restitution = state.restitutions[event.data.restitutionId];
      if (!restitution) return state;
      const changed = { ...restitution, totalPaid: event.data.totalPaid, status: event.data.fullyPaid ? 'paid' : restitution.status } as const;
      return { ...state, restitutions: { ...state.restitutions, [restitution.restitutionId]: changed } };
    }
    case 'RestitutionDefaulted': {
      const restitution = state.restitutions[event.data.restitutionId];
      if (!restitution) return state;
      return { ...state, restitutions: { ...state.restitutions, [restitution.restitutionId]: { ...restitution, status: 'defaulted' } } };
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
      return { ...state, referrals: { ...state.referrals, [referralId]: referral } };
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
      return { ...state, transfers: { ...state.transfers, [transferId]: { transferId, fromAgency, toAgency, status: 'requested' } } };
    }
    case 'TransferAccepted': {
      const transfer = state.transfers[event.data.transferId];
      if (!transfer) return state;
      return {
        ...state,
        ownerAgency: event.data.toAgency,
        transfers: { ...state.transfers, [transfer.transferId]: { ...transfer, status: 'accepted' } },
      };
    }
    case 'TransferDeclined': {
      const transfer = state.transfers[event.data.transferId];
      if (!transfer) return state;
      return { ...state, transfers: { ...state.transfers, [transfer.transferId]: { ...transfer, status: 'declined' } } };
    }
    default:
      return ignoreUnknown(event, state);
  }
}

// A type added by a newer writer must not break replay in an older reader; the never keeps this switch complete.
function ignoreUnknown(_event: never, state: CaseState): CaseState {
  return state;
}

export function foldCase(events: readonly CaseEvent[], from: CaseState = initialState): CaseState {
  return events.reduce(evolve, from);
}
