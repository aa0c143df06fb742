import { SERVICE_ROLES } from './actor.js';
import { resolvedAgency, serviceAgencyTypes, SHELTER_AGENCY_TYPES } from './agency.js';
import { requireOwnerStaff, requireSystem } from './case.access.js';
import type {
  EndShelterPlacement,
  ExtendShelterPlacement,
  FlagOverdueService,
  RecordServiceDelivered,
  RequestService,
  StartShelterPlacement,
} from './case.commands.js';
import type {
  ServiceDelivered,
  ServiceOverdueFlagged,
  ServiceRequested,
  ShelterPlacementEnded,
  ShelterPlacementExtended,
  ShelterPlacementStarted,
} from './case.events.js';
import { contextOf, found, requireCase, requireStageFor } from './case.guards.js';
import type { CasePolicy } from './case.policy.js';
import { NON_URGENT_SERVICE_STAGES } from './case.stages.js';
import type { CaseState, ShelterPlacementState } from './case.state.js';
import { activeShelterPlacement } from './case.state.js';
import { CASE_SERVICES, SHELTER_END_REASONS, URGENT_SERVICES, type CaseService, type OpenStage } from './case.values.js';
import { DomainError } from './domain-error.js';
import { absent, addDays, agencyCode, id, integer, oneOf, freeText, optionalFreeText } from './validation.js';
import type { AreaDeciders } from './command-rules.js';

const MAX_SHELTER_DAYS = 90;

export function decideRequestService(command: RequestService, state: CaseState, policy: CasePolicy): [ServiceRequested] {
  const file = requireCase(state, command.data.caseId);
  requireOwnerStaff(file, command.metadata.actor);
  requireStageFor(file, command.type);
  const { data } = command;
  const serviceId = id(data.serviceId, 'serviceId');
  const service = oneOf(data.service, CASE_SERVICES, 'service');
  const providerAgency = absent(data.providerAgency) ? null : agencyCode(data.providerAgency, 'providerAgency');
  const note = optionalFreeText(data.note, 'note');
  const urgent = (URGENT_SERVICES as readonly CaseService[]).includes(service);
  if (!urgent && !NON_URGENT_SERVICE_STAGES.includes(file.stage as OpenStage)) {
    throw new DomainError('CASE.NOT_IN_STAGE', `${service} is requested from the rehabilitation stage on`, {
      stage: file.stage,
      allowed: NON_URGENT_SERVICE_STAGES,
    });
  }
  if (file.services[serviceId]) throw new DomainError('SERVICE.ALREADY_EXISTS', `service ${serviceId} is already requested`, { serviceId });
  if (providerAgency !== null) resolvedAgency(command.metadata.agencies, providerAgency, 'providerAgency', serviceAgencyTypes(service));
  const days = service === 'first_aid' ? policy.firstAidDeadlineDays : policy.serviceDeadlineDays;
  return [
    {
      type: 'ServiceRequested',
      data: { ...contextOf(command, file), serviceId, service, providerAgency, note, dueBy: addDays(command.metadata.now, days) },
    },
  ];
}

/** UU 21/2007 Art. 52: a service is due within 7 days of the request; past that the owner's supervisor is told. */
export function decideFlagOverdueService(command: FlagOverdueService, state: CaseState): [ServiceOverdueFlagged] {
  const file = requireCase(state, command.data.caseId);
  const service = found(file.services[command.data.serviceId], 'SERVICE.NOT_FOUND', command.data.serviceId);
  requireSystem(command.metadata.actor);
  requireStageFor(file, command.type);
  if (service.delivered) {
    throw new DomainError('SERVICE.ALREADY_DELIVERED', `service ${service.serviceId} is already delivered`, { serviceId: service.serviceId });
  }
  if (service.overdueFlagged) {
    throw new DomainError('SERVICE.ALREADY_FLAGGED', `service ${service.serviceId} is already flagged overdue`, { serviceId: service.serviceId });
  }
  if (Date.parse(command.metadata.now) < Date.parse(service.dueBy)) {
    throw new DomainError('SERVICE.NOT_DUE', `service ${service.serviceId} is not due before ${service.dueBy}`, {
      serviceId: service.serviceId,
      dueBy: service.dueBy,
    });
  }
  return [
    {
      type: 'ServiceOverdueFlagged',
      data: {
        ...contextOf(command, file),
        serviceId: service.serviceId,
        service: service.service,
        providerAgency: service.providerAgency,
        dueBy: service.dueBy,
        escalateTo: { agency: file.ownerAgency, role: 'supervisor' },
      },
    },
  ];
}

export function decideRecordServiceDelivered(command: RecordServiceDelivered, state: CaseState): [ServiceDelivered] {
  const file = requireCase(state, command.data.caseId);
  const service = found(file.services[command.data.serviceId], 'SERVICE.NOT_FOUND', command.data.serviceId);
  const { actor } = command.metadata;
  // The agency named as provider records its own delivery; otherwise the owner does.
  const isProvider = service.providerAgency === actor.agency && (SERVICE_ROLES as readonly string[]).includes(actor.role);
  if (!isProvider) requireOwnerStaff(file, actor);
  requireStageFor(file, command.type);
  const note = optionalFreeText(command.data.note, 'note');
  if (service.delivered) {
    throw new DomainError('SERVICE.ALREADY_DELIVERED', `service ${service.serviceId} is already delivered`, { serviceId: service.serviceId });
  }
  return [
    {
      type: 'ServiceDelivered',
      data: {
        ...contextOf(command, file),
        serviceId: service.serviceId,
        service: service.service,
        dueBy: service.dueBy,
        onTime: Date.parse(command.metadata.now) <= Date.parse(service.dueBy),
        note,
      },
    },
  ];
}

export function decideStartShelterPlacement(command: StartShelterPlacement, state: CaseState, policy: CasePolicy): [ShelterPlacementStarted] {
  const file = requireCase(state, command.data.caseId);
  requireOwnerStaff(file, command.metadata.actor);
  requireStageFor(file, command.type);
  const { data } = command;
  const placementId = id(data.placementId, 'placementId');
  const shelterAgency = agencyCode(data.shelterAgency, 'shelterAgency');
  const days = absent(data.days) ? policy.shelterStayDays : integer(data.days, 'days', 1, MAX_SHELTER_DAYS);
  if (file.shelterPlacements[placementId]) {
    throw new DomainError('SHELTER.ALREADY_EXISTS', `placement ${placementId} is already recorded`, { placementId });
  }
  resolvedAgency(command.metadata.agencies, shelterAgency, 'shelterAgency', SHELTER_AGENCY_TYPES);
  const active = activeShelterPlacement(file);
  if (active) {
    throw new DomainError('SHELTER.ALREADY_PLACED', 'the victim is already in a shelter; end that placement first', {
      placementId: active.placementId,
    });
  }
  return [
    {
      type: 'ShelterPlacementStarted',
      data: { ...contextOf(command, file), placementId, shelterAgency, plannedEndBy: addDays(command.metadata.now, days) },
    },
  ];
}

function activePlacement(placement: ShelterPlacementState): ShelterPlacementState {
  if (!placement.active) {
    throw new DomainError('SHELTER.ALREADY_ENDED', `placement ${placement.placementId} has ended`, { placementId: placement.placementId });
  }
  return placement;
}

export function decideExtendShelterPlacement(command: ExtendShelterPlacement, state: CaseState): [ShelterPlacementExtended] {
  const file = requireCase(state, command.data.caseId);
  requireOwnerStaff(file, command.metadata.actor);
  requireStageFor(file, command.type);
  const days = integer(command.data.days, 'days', 1, MAX_SHELTER_DAYS);
  const reason = freeText(command.data.reason, 'reason', 1000);
  const placement = activePlacement(found(file.shelterPlacements[command.data.placementId], 'SHELTER.NOT_FOUND', command.data.placementId));
  return [
    {
      type: 'ShelterPlacementExtended',
      data: {
        ...contextOf(command, file),
        placementId: placement.placementId,
        days,
        reason,
        plannedEndBy: addDays(placement.plannedEndBy, days),
      },
    },
  ];
}

export function decideEndShelterPlacement(command: EndShelterPlacement, state: CaseState): [ShelterPlacementEnded] {
  const file = requireCase(state, command.data.caseId);
  requireOwnerStaff(file, command.metadata.actor);
  requireStageFor(file, command.type);
  const reason = oneOf(command.data.reason, SHELTER_END_REASONS, 'reason');
  const note = reason === 'other' ? freeText(command.data.note, 'note', 2000) : optionalFreeText(command.data.note, 'note');
  const placement = activePlacement(found(file.shelterPlacements[command.data.placementId], 'SHELTER.NOT_FOUND', command.data.placementId));
  return [{ type: 'ShelterPlacementEnded', data: { ...contextOf(command, file), placementId: placement.placementId, reason, note } }];
}

/** How `decide` finds each command of this area. */
export const REHABILITATION_DECIDERS: AreaDeciders<
  'RequestService' | 'FlagOverdueService' | 'RecordServiceDelivered' | 'StartShelterPlacement' | 'ExtendShelterPlacement' | 'EndShelterPlacement'
> = {
  RequestService: decideRequestService,
  FlagOverdueService: decideFlagOverdueService,
  RecordServiceDelivered: decideRecordServiceDelivered,
  StartShelterPlacement: decideStartShelterPlacement,
  ExtendShelterPlacement: decideExtendShelterPlacement,
  EndShelterPlacement: decideEndShelterPlacement,
};
