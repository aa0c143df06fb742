import { LPSK_DECISIONS, LPSK_PROTECTIONS, RESTITUTION_ASSESSORS, VERDICT_OUTCOMES } from '@rujukan/domain';
import { amount, date, id, localId, onCase, reason, target } from './command-form.js';

/** The route and the console's form of this area's commands; `legal.commands.ts` adds each one's DTO. */
export const LEGAL_FORMS = [
  onCase('FilePoliceReport', [
    { name: 'reportNumber', kind: 'text', label: ['Nomor LP', 'Report (LP) number'], required: true, max: 100 },
    { name: 'unit', kind: 'text', label: ['Unit', 'Unit'], required: true, max: 200 },
    { name: 'policeAgency', kind: 'agency', label: ['Kesatuan', 'Police agency'], required: true },
    date('filedOn', ['Tanggal laporan', 'Filed on']),
  ]),
  // Kejaksaan and the courts are no agencies here: the police (or the owner) record what they decided.
  onCase('RecordSpdp', [
    { name: 'spdpNumber', kind: 'text', label: ['Nomor SPDP', 'SPDP number'], required: true, max: 100 },
    date('issuedOn', ['Tanggal SPDP', 'Issued on']),
  ]),
  onCase('NameSuspects', [
    { name: 'count', kind: 'int', label: ['Jumlah tersangka', 'Number of suspects'], required: true, min: 1, max: 1000 },
    {
      name: 'names',
      kind: 'textarea',
      label: ['Nama tersangka', 'Names of the suspects'],
      max: 2000,
      hint: ['Disegel dengan kunci korban', "Sealed with the victim's key"],
    },
    date('namedOn', ['Tanggal penetapan', 'Named on']),
  ]),
  onCase('RecordCaseFileComplete', [date('completeOn', ['Tanggal P-21', 'Complete on (P-21)'])]),
  onCase('StartProsecution', [
    date('startedOn', ['Tanggal pelimpahan', 'Started on']),
    { name: 'court', kind: 'text', label: ['Pengadilan', 'Court'], required: true, max: 200, hint: ['mis. PN Nunukan', 'e.g. PN Nunukan'] },
  ]),
  onCase('RecordVerdict', [
    { name: 'verdictNumber', kind: 'text', label: ['Nomor putusan', 'Verdict number'], required: true, max: 100 },
    date('decidedOn', ['Tanggal putusan berkekuatan hukum tetap', 'Final on']),
    { name: 'court', kind: 'text', label: ['Pengadilan', 'Court'], required: true, max: 200 },
    { name: 'outcome', kind: 'select', label: ['Amar putusan', 'Outcome'], required: true, options: VERDICT_OUTCOMES, vocabulary: 'verdictOutcome' },
    { name: 'sentenceMonths', kind: 'int', label: ['Pidana penjara (bulan)', 'Sentence (months)'], required: true, min: 0, max: 1200 },
    {
      name: 'restitutionOrderedAmount',
      kind: 'int',
      label: ['Restitusi yang diputus (rupiah)', 'Restitution ordered (rupiah)'],
      required: true,
      min: 0,
      max: 1e13,
      hint: ['0 bila tidak ada', '0 if none'],
    },
    {
      name: 'restitutionId',
      kind: 'text',
      label: ['Restitusi yang dinilai (bila ada)', 'The assessed restitution (if any)'],
      max: 100,
      pattern: /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/,
    },
  ]),
  onCase('FileLpskApplication', [
    id('applicationId', 'lpsk'),
    {
      name: 'protections',
      kind: 'multi',
      label: ['Perlindungan yang dimohon', 'Protections asked for'],
      required: true,
      options: LPSK_PROTECTIONS,
      vocabulary: 'lpskProtection',
    },
    date('filedOn', ['Tanggal permohonan', 'Filed on']),
  ]),
  onCase('RecordLpskDecision', [
    target('applicationId', ['Permohonan', 'Application']),
    { name: 'decision', kind: 'select', label: ['Keputusan', 'Decision'], required: true, options: LPSK_DECISIONS, vocabulary: 'lpskDecision' },
    {
      name: 'grantedProtections',
      kind: 'multi',
      label: ['Perlindungan yang diberikan', 'Protections granted'],
      options: LPSK_PROTECTIONS,
      vocabulary: 'lpskProtection',
    },
    { name: 'decisionNumber', kind: 'text', label: ['Nomor keputusan', 'Decision number'], required: true, max: 100 },
    date('decidedOn', ['Tanggal keputusan', 'Decided on']),
  ]),
  onCase('AssessRestitution', [
    id('restitutionId', 'restitution'),
    amount,
    {
      name: 'assessedBy',
      kind: 'select',
      label: ['Dinilai oleh', 'Assessed by'],
      required: true,
      options: RESTITUTION_ASSESSORS,
      vocabulary: 'restitutionAssessor',
    },
  ]),
  onCase('OrderRestitution', [
    {
      name: 'restitutionId',
      kind: 'text',
      label: ['Nomor restitusi', 'Restitution id'],
      required: true,
      initial: localId('restitution'),
      pattern: /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/,
    },
    amount,
    { name: 'verdictNumber', kind: 'text', label: ['Nomor putusan', 'Verdict number'], required: true, max: 100 },
    date('verdictFinalOn', ['Tanggal berkekuatan hukum tetap', 'Final on']),
  ]),
  onCase('RecordRestitutionPayment', [target('restitutionId', ['Restitusi', 'Restitution']), amount, date('paidOn', ['Tanggal bayar', 'Paid on'])]),
  onCase('RecordRestitutionDefault', [target('restitutionId', ['Restitusi', 'Restitution']), reason]),
];
