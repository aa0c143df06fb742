import { REFERRAL_FAILURE_REASONS, REFERRAL_OUTCOMES, REFERRAL_SERVICES } from '@rujukan/domain';
import { answer, inDays, note, onCase, reason, target } from './command-form.js';

const referralTarget = target('referralId', ['Rujukan', 'Referral']);
const transferTarget = target('transferId', ['Pengalihan', 'Transfer']);

/** The route and the console's form of this area's commands; `referral.commands.ts` adds each one's DTO. */
export const REFERRAL_FORMS = [
  onCase('SendReferral', [
    { name: 'toAgency', kind: 'agency', label: ['Kepada lembaga', 'To agency'], required: true },
    { name: 'service', kind: 'select', label: ['Layanan', 'Service'], required: true, options: REFERRAL_SERVICES, vocabulary: 'service' },
    { ...reason, label: ['Alasan rujukan', 'Reason for the referral'] },
    { name: 'responseDeadline', kind: 'datetime', label: ['Batas waktu jawaban', 'Answer by'], required: true, initial: (zone) => inDays(3, zone) },
    {
      name: 'sharesIdentity',
      kind: 'boolean',
      label: ['Sertakan identitas korban (perlu persetujuan berbagi)', "Share the victim's identity (needs consent to share)"],
    },
  ]),
  onCase('RequestTransfer', [
    { name: 'toAgency', kind: 'agency', label: ['Kepada UPTD PPA', 'To UPTD PPA'], required: true },
    reason,
    {
      name: 'mouId',
      kind: 'mou',
      label: ['MoU yang mendasari', 'The MoU it rests on'],
      hint: ['Dari daftar MoU yang berlaku; kosongkan bila tidak ada MoU', 'From the MoUs in force; leave empty when there is none'],
    },
  ]),
  answer('referral', 'accept', 'AcceptReferral', [referralTarget, note]),
  answer('referral', 'decline', 'DeclineReferral', [referralTarget, { ...reason, label: ['Alasan menolak', 'Why you decline'] }], { danger: true }),
  answer('referral', 'withdraw', 'WithdrawReferral', [referralTarget, reason], { danger: true }),
  answer('referral', 'complete', 'CompleteReferral', [
    referralTarget,
    { name: 'outcome', kind: 'select', label: ['Hasil', 'Outcome'], required: true, options: REFERRAL_OUTCOMES, vocabulary: 'outcome' },
    {
      name: 'reason',
      kind: 'select',
      label: ['Alasan tidak berhasil', 'Why not successful'],
      options: REFERRAL_FAILURE_REASONS,
      vocabulary: 'referralFailureReason',
      when: { field: 'outcome', equals: 'not_successful' },
    },
    note,
  ]),
  answer('transfer', 'accept', 'AcceptTransfer', [transferTarget]),
  answer('transfer', 'decline', 'DeclineTransfer', [transferTarget, reason], { danger: true }),
];
