import { REINTEGRATION_GOALS, REPATRIATION_ORIGIN_KINDS, TRANSPORT_MODES, WELLBEING_LEVELS } from '@rujukan/domain';
import { COUNTRY, countryHint, date, DISTRICT, districtHint, id, note, onCase, PROVINCE, provinceHint } from './command-form.js';

/** The route and the console's form of this area's commands; `repatriation.commands.ts` adds each one's DTO. */
export const REPATRIATION_FORMS = [
  onCase('PlanRepatriation', [
    {
      name: 'from.kind',
      kind: 'select',
      label: ['Dipulangkan dari', 'Returning from'],
      required: true,
      options: REPATRIATION_ORIGIN_KINDS,
      vocabulary: 'repatriationOriginKind',
    },
    {
      name: 'from.country',
      kind: 'text',
      label: ['Negara', 'Country'],
      pattern: COUNTRY,
      hint: countryHint,
      when: { field: 'from.kind', equals: 'country' },
    },
    // A port of the ports list (GET /ports) chosen by name, as a transit point is.
    { name: 'from.port', kind: 'port', label: ['Pelabuhan', 'Port'], when: { field: 'from.kind', equals: 'port' } },
    {
      name: 'from.provinceCode',
      kind: 'text',
      label: ['Provinsi', 'Province'],
      pattern: PROVINCE,
      hint: provinceHint,
      when: { field: 'from.kind', equals: 'province' },
    },
    { name: 'toDistrictCode', kind: 'text', label: ['Kab/kota tujuan', 'District of destination'], required: true, pattern: DISTRICT, hint: districtHint },
    { name: 'escortAgency', kind: 'agency', label: ['Lembaga pendamping', 'Escorting agency'], required: true },
    { name: 'transport', kind: 'select', label: ['Moda', 'Transport'], required: true, options: TRANSPORT_MODES, vocabulary: 'transportMode' },
    { name: 'mouReference', kind: 'text', label: ['Rujukan MoU', 'MoU reference'], max: 200 },
    date('plannedDate', ['Tanggal rencana', 'Planned date']),
  ]),
  onCase('RecordHandover', [
    { name: 'receivingAgency', kind: 'agency', label: ['Lembaga penerima', 'Receiving agency'], required: true },
    { name: 'handoverRecordNumber', kind: 'text', label: ['Nomor berita acara', 'Handover record number'], required: true, max: 100 },
    { name: 'location', kind: 'text', label: ['Lokasi', 'Location'], max: 200 },
  ]),
  onCase('CompleteRepatriation', []),
  onCase('ApproveReintegrationPlan', [
    id('planId', 'plan'),
    { name: 'goals', kind: 'multi', label: ['Tujuan', 'Goals'], required: true, options: REINTEGRATION_GOALS, vocabulary: 'reintegrationGoal' },
    note,
  ]),
  onCase('RecordFollowUpVisit', [
    id('visitId', 'visit'),
    date('visitedOn', ['Tanggal kunjungan', 'Visited on']),
    { name: 'wellbeing', kind: 'select', label: ['Keadaan', 'Wellbeing'], required: true, options: WELLBEING_LEVELS, vocabulary: 'wellbeing' },
    note,
  ]),
  onCase('CompleteReintegration', [note]),
];
