import { ESCORT_AGENCY_TYPES, RECEIVING_AGENCY_TYPES, resolvedAgency } from './agency.js';
import { requireOwnerStaff, requireOwnerStaffOrParticipant } from './case.access.js';
import type { CompleteRepatriation, PlanRepatriation, RecordHandover } from './case.commands.js';
import type { RepatriationCompleted, RepatriationOrigin, RepatriationPlanned, VictimHandedOver } from './case.events.js';
import { contextOf, requireCase, requireStageFor } from './case.guards.js';
import type { CaseFile, CaseState } from './case.state.js';
import { REPATRIATION_ORIGIN_KINDS, TRANSPORT_MODES } from './case.values.js';
import { portCodeOf, type ResolvedPorts } from './transit-points.js';
import { DomainError } from './domain-error.js';
import { absent, agencyCode, countryCode, districtCode, isoDate, oneOf, provinceCode, freeText, optionalFreeText } from './validation.js';
import type { AreaDeciders } from './command-rules.js';

/** Where the victim comes back from; a port is a code of the ports list (or other), as a transit point is. */
function originOf(value: unknown, ports: ResolvedPorts): RepatriationOrigin {
  if (absent(value) || typeof value !== 'object') throw new DomainError('VALIDATION.REQUIRED', 'from is required', { field: 'from' });
  const origin = value as { kind?: unknown; country?: unknown; port?: unknown; provinceCode?: unknown };
  const kind = oneOf(origin.kind, REPATRIATION_ORIGIN_KINDS, 'from.kind');
  switch (kind) {
    case 'country':
      return { kind, country: countryCode(origin.country, 'from.country') };
    case 'port':
      return { kind, port: portCodeOf(origin.port, ports, 'from.port') };
    case 'province':
      return { kind, provinceCode: provinceCode(origin.provinceCode, 'from.provinceCode') };
    default: {
      const unknownKind: never = kind;
      return unknownKind;
    }
  }
}

function requireNotCompleted(file: CaseFile): void {
  if (file.repatriation.completed) throw new DomainError('REPATRIATION.ALREADY_COMPLETED', 'the repatriation is already completed');
}

function requirePlan(file: CaseFile): { toDistrictCode: string } {
  const { toDistrictCode } = file.repatriation;
  if (toDistrictCode === null) throw new DomainError('REPATRIATION.NOT_PLANNED', 'plan the repatriation first');
  return { toDistrictCode };
}

export function decidePlanRepatriation(command: PlanRepatriation, state: CaseState): [RepatriationPlanned] {
  const file = requireCase(state, command.data.caseId);
  requireOwnerStaff(file, command.metadata.actor);
  requireStageFor(file, command.type);
  const { data } = command;
  const plan = {
    from: originOf(data.from, command.metadata.ports ?? {}),
    toDistrictCode: districtCode(data.toDistrictCode, 'toDistrictCode'),
    escortAgency: agencyCode(data.escortAgency, 'escortAgency'),
    transport: oneOf(data.transport, TRANSPORT_MODES, 'transport'),
    mouReference: optionalFreeText(data.mouReference, 'mouReference', 200),
    plannedDate: isoDate(data.plannedDate, 'plannedDate'),
  };
  requireNotCompleted(file);
  resolvedAgency(command.metadata.agencies, plan.escortAgency, 'escortAgency', ESCORT_AGENCY_TYPES);
  return [{ type: 'RepatriationPlanned', data: { ...contextOf(command, file), ...plan } }];
}

export function decideRecordHandover(command: RecordHandover, state: CaseState): [VictimHandedOver] {
  const file = requireCase(state, command.data.caseId);
  // BP2MI escorts migrant-worker victims and signs the berita acara at the port.
  requireOwnerStaffOrParticipant(file, command.metadata.actor, ['bp2mi_officer']);
  requireStageFor(file, command.type);
  const { data } = command;
  const receivingAgency = agencyCode(data.receivingAgency, 'receivingAgency');
  const handoverRecordNumber = freeText(data.handoverRecordNumber, 'handoverRecordNumber', 100);
  const location = optionalFreeText(data.location, 'location', 200);
  requirePlan(file);
  requireNotCompleted(file);
  resolvedAgency(command.metadata.agencies, receivingAgency, 'receivingAgency', RECEIVING_AGENCY_TYPES);
  return [{ type: 'VictimHandedOver', data: { ...contextOf(command, file), receivingAgency, handoverRecordNumber, location } }];
}

export function decideCompleteRepatriation(command: CompleteRepatriation, state: CaseState): [RepatriationCompleted] {
  const file = requireCase(state, command.data.caseId);
  requireOwnerStaff(file, command.metadata.actor);
  requireStageFor(file, command.type);
  const { toDistrictCode } = requirePlan(file);
  requireNotCompleted(file);
  if (file.repatriation.handovers === 0) {
    throw new DomainError('REPATRIATION.NO_HANDOVER', 'record the handover (berita acara) before completing the repatriation');
  }
  return [{ type: 'RepatriationCompleted', data: { ...contextOf(command, file), toDistrictCode } }];
}

/** How `decide` finds each command of this area. */
export const REPATRIATION_DECIDERS: AreaDeciders<'PlanRepatriation' | 'RecordHandover' | 'CompleteRepatriation'> = {
  PlanRepatriation: decidePlanRepatriation,
  RecordHandover: decideRecordHandover,
  CompleteRepatriation: decideCompleteRepatriation,
};
