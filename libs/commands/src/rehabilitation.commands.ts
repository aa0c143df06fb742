import { CASE_SERVICES, SHELTER_END_REASONS, type CaseService, type ShelterEndReason } from '@rujukan/domain';
import { Agency, Integer, LocalId, OneOf, Text } from './dto-fields.js';
import { routesOf, type CaseRoute } from './command-route.js';
import { REHABILITATION_FORMS } from './rehabilitation.forms.js';

export class RequestServiceDto {
  @LocalId({ example: 'service-1' }) serviceId!: string;
  @OneOf(CASE_SERVICES, { description: 'Starts the 7-day clock of UU 21/2007 Art. 52-53' }) service!: CaseService;
  @Agency({ optional: true, description: 'The agency that provides it and records its own delivery' }) providerAgency?: string;
  @Text({ optional: true }) note?: string;
}

export class RecordServiceDeliveredDto {
  @LocalId({ example: 'service-1' }) serviceId!: string;
  @Text({ optional: true }) note?: string;
}

export class StartShelterPlacementDto {
  @LocalId({ example: 'placement-1' }) placementId!: string;
  @Agency({ example: 'DINSOS-6471' }) shelterAgency!: string;
  @Integer(1, 365, { optional: true }) days?: number;
}

export class ExtendShelterPlacementDto {
  @LocalId({ example: 'placement-1' }) placementId!: string;
  @Integer(1, 365) days!: number;
  @Text() reason!: string;
}

export class EndShelterPlacementDto {
  @LocalId({ example: 'placement-1' }) placementId!: string;
  @OneOf(SHELTER_END_REASONS) reason!: ShelterEndReason;
  @Text({ optional: true }) note?: string;
}

/** The routes of this area's commands, each with the DTO above that its body is validated into. */
export const REHABILITATION_ROUTES: readonly CaseRoute[] = routesOf(REHABILITATION_FORMS, 'rehabilitation', {
  RequestService: { body: RequestServiceDto, summary: 'Request a service; starts the 7-day clock' },
  RecordServiceDelivered: { body: RecordServiceDeliveredDto, summary: 'Record that a requested service was delivered' },
  StartShelterPlacement: { body: StartShelterPlacementDto, summary: 'Place the victim in a shelter' },
  ExtendShelterPlacement: { body: ExtendShelterPlacementDto, summary: 'Extend a shelter placement' },
  EndShelterPlacement: { body: EndShelterPlacementDto, summary: 'End a shelter placement' },
});
