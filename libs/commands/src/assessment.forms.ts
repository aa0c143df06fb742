import { EXPLOITATION_TYPES, MEANS_OF_CONTROL, MODUS, NEEDS, RECRUITMENT_METHODS, RISK_LEVELS, VICTIM_STATUSES } from '@rujukan/domain';
import { COUNTRY, countryHint, id, onCase, target } from './command-form.js';

/** The route and the console's form of this area's commands; `assessment.commands.ts` adds each one's DTO. */
export const ASSESSMENT_FORMS = [
  onCase('RecordAssessment', [
    id('assessmentId', 'assessment'),
    {
      name: 'indicators.recruitmentMethods',
      kind: 'multi',
      label: ['Cara perekrutan', 'Recruitment methods'],
      options: RECRUITMENT_METHODS,
      vocabulary: 'recruitmentMethod',
    },
    {
      name: 'indicators.meansOfControl',
      kind: 'multi',
      label: ['Cara pengendalian', 'Means of control'],
      options: MEANS_OF_CONTROL,
      vocabulary: 'meansOfControl',
    },
    {
      name: 'indicators.exploitationTypes',
      kind: 'multi',
      label: ['Bentuk eksploitasi', 'Exploitation types'],
      options: EXPLOITATION_TYPES,
      vocabulary: 'exploitationType',
      hint: ['Boleh kosong bila belum diketahui; wajib bila status korban terkonfirmasi', 'May stay empty while unknown; required for a confirmed victim'],
    },
    {
      name: 'indicators.destinationCountry',
      kind: 'text',
      label: ['Negara tujuan', 'Destination country'],
      required: true,
      pattern: COUNTRY,
      hint: countryHint,
    },
    // Chosen by name from the ports list (GET /ports), grouped by province or country; `other` for a place not on it.
    { name: 'indicators.transitPoints', kind: 'ports', label: ['Titik transit', 'Transit points'] },
    { name: 'indicators.modus', kind: 'multi', label: ['Modus', 'Modus'], options: MODUS, vocabulary: 'modus' },
    { name: 'victimStatus', kind: 'select', label: ['Status korban', 'Victim status'], required: true, options: VICTIM_STATUSES, vocabulary: 'victimStatus' },
    { name: 'riskLevel', kind: 'select', label: ['Tingkat risiko', 'Risk level'], required: true, options: RISK_LEVELS, vocabulary: 'riskLevel' },
    { name: 'needs', kind: 'multi', label: ['Kebutuhan', 'Needs'], options: NEEDS, vocabulary: 'service' },
  ]),
  onCase('ApproveAssessment', [target('assessmentId', ['Asesmen', 'Assessment'])]),
];
