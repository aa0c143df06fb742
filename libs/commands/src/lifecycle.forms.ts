import { CLOSURE_REASONS, OPEN_STAGES } from '@rujukan/domain';
import { note, onCase, reason } from './command-form.js';

/** The route and the console's form of this area's commands; `lifecycle.commands.ts` adds each one's DTO. */
export const LIFECYCLE_FORMS = [
  onCase('AdvanceStage', [{ name: 'to', kind: 'select', label: ['Ke tahap', 'To stage'], required: true, options: OPEN_STAGES, vocabulary: 'stage' }]),
  onCase('SkipStage', [
    { name: 'stage', kind: 'select', label: ['Tahap yang dilewati', 'Stage to skip'], required: true, options: OPEN_STAGES, vocabulary: 'stage' },
    reason,
  ]),
  onCase('RequestClosure', [
    {
      name: 'reason',
      kind: 'select',
      label: ['Alasan penutupan', 'Reason for closure'],
      required: true,
      options: CLOSURE_REASONS,
      vocabulary: 'closureReason',
    },
    note,
    { name: 'unpaidRestitutionReason', kind: 'textarea', label: ['Alasan jika restitusi belum dibayar', 'Why, if restitution is unpaid'], max: 1000 },
  ]),
  onCase('ApproveClosure', []),
  onCase('RejectClosure', [reason]),
  onCase('ReopenCase', [reason, { name: 'stage', kind: 'select', label: ['Kembali ke tahap', 'Back to stage'], options: OPEN_STAGES, vocabulary: 'stage' }]),
];
