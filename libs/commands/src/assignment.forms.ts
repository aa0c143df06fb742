import { CASE_NOTE_KINDS, CASE_NOTE_MAX_LENGTH } from '@rujukan/domain';
import { onCase } from './command-form.js';

/** The route and the console's form of this area's commands; `assignment.commands.ts` adds each one's DTO. */
export const ASSIGNMENT_FORMS = [
  onCase('AssignCase', [{ name: 'assignee', kind: 'caseworker', label: ['Pendamping kasus', 'Caseworker'], required: true }], { path: 'cases/:id/assign' }),
  onCase(
    'AddCaseNote',
    [
      { name: 'kind', kind: 'select', label: ['Jenis', 'Kind'], required: true, options: CASE_NOTE_KINDS, vocabulary: 'noteKind', initial: () => 'note' },
      { name: 'text', kind: 'textarea', label: ['Isi', 'Text'], required: true, max: CASE_NOTE_MAX_LENGTH },
      {
        name: 'sharedWith',
        kind: 'agencies',
        label: ['Bagikan juga kepada lembaga (perlu persetujuan berbagi)', 'Also share with agencies (needs consent to share)'],
        hint: ['Lembaga pemilik kasus dan lembaga Anda selalu dapat membacanya', 'The owning agency and your own can always read it'],
      },
    ],
    { path: 'cases/:id/notes' },
  ),
];
