import { CASE_SERVICES, SHELTER_END_REASONS } from '@rujukan/domain';
import { id, note, onCase, reason, target } from './command-form.js';

/** The route and the console's form of this area's commands; `rehabilitation.commands.ts` adds each one's DTO. */
export const REHABILITATION_FORMS = [
  onCase('RequestService', [
    id('serviceId', 'service'),
    { name: 'service', kind: 'select', label: ['Layanan', 'Service'], required: true, options: CASE_SERVICES, vocabulary: 'service' },
    { name: 'providerAgency', kind: 'agency', label: ['Lembaga pemberi layanan', 'Providing agency'] },
    note,
  ]),
  onCase('RecordServiceDelivered', [target('serviceId', ['Layanan', 'Service']), note]),
  onCase('StartShelterPlacement', [
    id('placementId', 'placement'),
    { name: 'shelterAgency', kind: 'agency', label: ['Rumah aman', 'Shelter'], required: true },
    { name: 'days', kind: 'int', label: ['Lama (hari)', 'Length (days)'], min: 1, max: 365 },
  ]),
  onCase('ExtendShelterPlacement', [
    target('placementId', ['Penempatan', 'Placement']),
    { name: 'days', kind: 'int', label: ['Tambahan hari', 'Extra days'], required: true, min: 1, max: 365 },
    reason,
  ]),
  onCase('EndShelterPlacement', [
    target('placementId', ['Penempatan', 'Placement']),
    { name: 'reason', kind: 'select', label: ['Alasan', 'Reason'], required: true, options: SHELTER_END_REASONS, vocabulary: 'shelterEndReason' },
    note,
  ]),
];
