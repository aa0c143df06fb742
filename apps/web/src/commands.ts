import {
  AGE_BANDS,
  CASE_SERVICES,
  CHANNELS,
  CLOSURE_REASONS,
  CONSENT_SCOPES,
  EXPLOITATION_TYPES,
  GUARDIAN_RELATIONSHIPS,
  LPSK_DECISIONS,
  LPSK_PROTECTIONS,
  MEANS_OF_CONTROL,
  MODUS,
  NEEDS,
  OPEN_STAGES,
  RECRUITMENT_METHODS,
  REFERRAL_FAILURE_REASONS,
  REFERRAL_OUTCOMES,
  REFERRAL_SERVICES,
  REINTEGRATION_GOALS,
  REPATRIATION_ORIGIN_KINDS,
  REPORTER_TYPES,
  RESTITUTION_ASSESSORS,
  RISK_LEVELS,
  SEXES,
  SHELTER_END_REASONS,
  TRANSPORT_MODES,
  VICTIM_STATUSES,
  WELLBEING_LEVELS,
} from '@rujukan/domain-values';
import { AGENCY_TYPES } from '@rujukan/domain-actor';

type Text2 = readonly [string, string];

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'select'
  | 'multi'
  | 'boolean'
  | 'int'
  | 'date'
  | 'datetime'
  | 'agency'
  | 'agencies'
  | 'list'
  | 'target'
  | 'generated';

export interface FieldSpec {
  /** Dotted path in the request body (`indicators.modus`). */
  name: string;
  kind: FieldKind;
  label: Text2;
  required?: boolean;
  /** The vocabulary's values and the labels.ts vocabulary that names them. */
  options?: readonly string[];
  vocabulary?: string;
  max?: number;
  min?: number;
  pattern?: RegExp;
  hint?: Text2;
  /** A fresh value when the form opens: generated ids, today's date, a deadline in three days. */
  initial?: () => unknown;
  /** Shown only when another field has this value (repatriation origin). */
  when?: { field: string; equals: string };
}

export interface CommandSpec {
  /** Where it goes: `case` commands to /cases/:id/<path>, answers to /referrals/:id/… and /transfers/:id/…. */
  target: 'case' | 'referral' | 'transfer';
  path: string;
  fields: FieldSpec[];
  /** A command that changes much or cannot be undone is styled as such. */
  danger?: boolean;
}

const localId = (prefix: string) => (): string => `${prefix}-${Date.now().toString(36)}`;
const id = (name: string, prefix: string): FieldSpec => ({ name, kind: 'generated', label: ['', ''], initial: localId(prefix) });
const target = (name: string, label: Text2): FieldSpec => ({ name, kind: 'target', label, required: true });
const note: FieldSpec = { name: 'note', kind: 'textarea', label: ['Catatan', 'Note'], max: 1000 };
const reason: FieldSpec = { name: 'reason', kind: 'textarea', label: ['Alasan', 'Reason'], required: true, max: 1000 };
// The domain refuses a date after the UTC date of the request (`notAfterToday`), so before 07.00 WIB the
// WIB date would be refused as "in the future": date fields start at the UTC date until that rule counts in WIB.
const todayIso = () => new Date().toISOString().slice(0, 10);
const date = (name: string, label: Text2): FieldSpec => ({ name, kind: 'date', label, required: true, initial: todayIso });
const amount: FieldSpec = { name: 'amount', kind: 'int', label: ['Jumlah (rupiah)', 'Amount (rupiah)'], required: true, min: 1, max: 1e13 };
const PROVINCE = /^[1-9]\d$/;
const DISTRICT = /^[1-9]\d{3}$/;
const COUNTRY = /^[A-Z]{2}$/;
const provinceHint: Text2 = ['Kode Kemendagri 2 angka, mis. 35', 'Kemendagri code, 2 digits, e.g. 35'];
const districtHint: Text2 = ['Kode Kemendagri 4 angka, mis. 3509', 'Kemendagri code, 4 digits, e.g. 3509'];
const countryHint: Text2 = ['Kode negara ISO 2 huruf, mis. MY', 'ISO country code, 2 letters, e.g. MY'];
const referralTarget = target('referralId', ['Rujukan', 'Referral']);
const transferTarget = target('transferId', ['Pengalihan', 'Transfer']);

/** The form of every command a person runs, after the API's DTOs (`apps/api/src/cases/dto`). */
export const COMMANDS: Record<string, CommandSpec> = {
  OpenCase: {
    target: 'case',
    path: '',
    fields: [
      { name: 'channel', kind: 'select', label: ['Jalur masuk', 'Channel'], required: true, options: CHANNELS, vocabulary: 'channel' },
      { name: 'reporterType', kind: 'select', label: ['Pelapor', 'Reported by'], required: true, options: REPORTER_TYPES, vocabulary: 'reporterType' },
      { name: 'districtCode', kind: 'text', label: ['Kab/kota tempat korban ditemukan', 'District where the victim was found'], required: true, pattern: DISTRICT, hint: districtHint },
    ],
  },
  RegisterVictim: {
    target: 'case',
    path: 'register-victim',
    fields: [
      { name: 'initials', kind: 'text', label: ['Inisial korban', "Victim's initials"], required: true, max: 12, pattern: /^[A-Z](?:[. ]?[A-Z]){0,3}\.?$/, hint: ['Hanya inisial, mis. SR (bukan nama lengkap)', 'Initials only, e.g. SR (never the full name)'] },
      { name: 'sex', kind: 'select', label: ['Jenis kelamin', 'Sex'], required: true, options: SEXES, vocabulary: 'sex' },
      { name: 'birthYear', kind: 'int', label: ['Tahun lahir', 'Birth year'], min: 1900, max: 2100, hint: ['Atau isi kelompok umur', 'Or give the age band'] },
      { name: 'ageBand', kind: 'select', label: ['Kelompok umur', 'Age band'], options: AGE_BANDS },
      { name: 'isChild', kind: 'boolean', label: ['Anak (di bawah 18 tahun)', 'Child (under 18)'] },
      { name: 'nationality', kind: 'text', label: ['Kewarganegaraan', 'Nationality'], required: true, pattern: COUNTRY, hint: countryHint, initial: () => 'ID' },
      { name: 'originProvinceCode', kind: 'text', label: ['Provinsi asal', 'Province of origin'], required: true, pattern: PROVINCE, hint: provinceHint },
      { name: 'originDistrictCode', kind: 'text', label: ['Kab/kota asal', 'District of origin'], required: true, pattern: DISTRICT, hint: districtHint },
      { name: 'identity.fullName', kind: 'text', label: ['Nama lengkap (dirahasiakan)', 'Full name (sealed)'], max: 200 },
      { name: 'identity.nik', kind: 'text', label: ['NIK (dirahasiakan)', 'NIK (sealed)'], pattern: /^\d{16}$/, hint: ['16 angka', '16 digits'] },
      { name: 'identity.phone', kind: 'text', label: ['Telepon (dirahasiakan)', 'Phone (sealed)'], pattern: /^\+?[0-9 ()-]{6,20}$/ },
      { name: 'identity.address', kind: 'textarea', label: ['Alamat (dirahasiakan)', 'Address (sealed)'], max: 500 },
    ],
  },
  EraseIdentity: {
    target: 'case',
    path: 'erasure',
    danger: true,
    fields: [{ name: 'legalBasis', kind: 'textarea', label: ['Dasar hukum penghapusan', 'Legal basis of the erasure'], required: true, max: 500 }],
  },
  RecordConsent: {
    target: 'case',
    path: 'record-consent',
    fields: [
      id('consentId', 'consent'),
      { name: 'scope', kind: 'select', label: ['Cakupan persetujuan', 'Scope of consent'], required: true, options: CONSENT_SCOPES, vocabulary: 'consentScope' },
      { name: 'agencies', kind: 'agencies', label: ['Lembaga yang boleh menerima', 'Agencies it may go to'], when: { field: 'scope', equals: 'share' } },
      { name: 'agencyTypes', kind: 'multi', label: ['Jenis lembaga yang boleh menerima', 'Agency types it may go to'], options: AGENCY_TYPES, vocabulary: 'agencyType', when: { field: 'scope', equals: 'share' } },
      { name: 'purpose', kind: 'text', label: ['Tujuan', 'Purpose'], max: 1000 },
      { name: 'guardian.relationship', kind: 'select', label: ['Wali (untuk anak): hubungan', 'Guardian (for a child): relationship'], options: GUARDIAN_RELATIONSHIPS },
      { name: 'guardian.initials', kind: 'text', label: ['Wali: inisial', 'Guardian: initials'], max: 12 },
      { name: 'evidenceRef', kind: 'text', label: ['Nomor formulir persetujuan', 'Reference of the signed form'], required: true, max: 200 },
    ],
  },
  WithdrawConsent: { target: 'case', path: 'withdraw-consent', fields: [target('consentId', ['Persetujuan', 'Consent']), { ...reason, required: false }] },
  OverrideConsent: {
    target: 'case',
    path: 'override-consent',
    danger: true,
    fields: [id('overrideId', 'override'), { name: 'toAgency', kind: 'agency', label: ['Lembaga', 'Agency'], required: true }, reason],
  },
  RecordAssessment: {
    target: 'case',
    path: 'record-assessment',
    fields: [
      id('assessmentId', 'assessment'),
      { name: 'indicators.recruitmentMethods', kind: 'multi', label: ['Cara perekrutan', 'Recruitment methods'], options: RECRUITMENT_METHODS },
      { name: 'indicators.meansOfControl', kind: 'multi', label: ['Cara pengendalian', 'Means of control'], options: MEANS_OF_CONTROL },
      { name: 'indicators.exploitationTypes', kind: 'multi', label: ['Bentuk eksploitasi', 'Exploitation types'], options: EXPLOITATION_TYPES },
      { name: 'indicators.destinationCountry', kind: 'text', label: ['Negara tujuan', 'Destination country'], required: true, pattern: COUNTRY, hint: countryHint },
      { name: 'indicators.transitPoints', kind: 'list', label: ['Titik transit', 'Transit points'] },
      { name: 'indicators.modus', kind: 'multi', label: ['Modus', 'Modus'], options: MODUS },
      { name: 'victimStatus', kind: 'select', label: ['Status korban', 'Victim status'], required: true, options: VICTIM_STATUSES, vocabulary: 'victimStatus' },
      { name: 'riskLevel', kind: 'select', label: ['Tingkat risiko', 'Risk level'], required: true, options: RISK_LEVELS, vocabulary: 'riskLevel' },
      { name: 'needs', kind: 'multi', label: ['Kebutuhan', 'Needs'], options: NEEDS, vocabulary: 'service' },
    ],
  },
  ApproveAssessment: { target: 'case', path: 'approve-assessment', fields: [target('assessmentId', ['Asesmen', 'Assessment'])] },
  RequestService: {
    target: 'case',
    path: 'request-service',
    fields: [
      id('serviceId', 'service'),
      { name: 'service', kind: 'select', label: ['Layanan', 'Service'], required: true, options: CASE_SERVICES, vocabulary: 'service' },
      { name: 'providerAgency', kind: 'agency', label: ['Lembaga pemberi layanan', 'Providing agency'] },
      note,
    ],
  },
  RecordServiceDelivered: { target: 'case', path: 'record-service-delivered', fields: [target('serviceId', ['Layanan', 'Service']), note] },
  StartShelterPlacement: {
    target: 'case',
    path: 'start-shelter-placement',
    fields: [
      id('placementId', 'placement'),
      { name: 'shelterAgency', kind: 'agency', label: ['Rumah aman', 'Shelter'], required: true },
      { name: 'days', kind: 'int', label: ['Lama (hari)', 'Length (days)'], min: 1, max: 365 },
    ],
  },
  ExtendShelterPlacement: {
    target: 'case',
    path: 'extend-shelter-placement',
    fields: [target('placementId', ['Penempatan', 'Placement']), { name: 'days', kind: 'int', label: ['Tambahan hari', 'Extra days'], required: true, min: 1, max: 365 }, reason],
  },
  EndShelterPlacement: {
    target: 'case',
    path: 'end-shelter-placement',
    fields: [target('placementId', ['Penempatan', 'Placement']), { name: 'reason', kind: 'select', label: ['Alasan', 'Reason'], required: true, options: SHELTER_END_REASONS }, note],
  },
  PlanRepatriation: {
    target: 'case',
    path: 'plan-repatriation',
    fields: [
      { name: 'from.kind', kind: 'select', label: ['Dipulangkan dari', 'Returning from'], required: true, options: REPATRIATION_ORIGIN_KINDS },
      { name: 'from.country', kind: 'text', label: ['Negara', 'Country'], pattern: COUNTRY, hint: countryHint, when: { field: 'from.kind', equals: 'country' } },
      { name: 'from.port', kind: 'text', label: ['Pelabuhan', 'Port'], max: 100, when: { field: 'from.kind', equals: 'port' } },
      { name: 'from.provinceCode', kind: 'text', label: ['Provinsi', 'Province'], pattern: PROVINCE, hint: provinceHint, when: { field: 'from.kind', equals: 'province' } },
      { name: 'toDistrictCode', kind: 'text', label: ['Kab/kota tujuan', 'District of destination'], required: true, pattern: DISTRICT, hint: districtHint },
      { name: 'escortAgency', kind: 'agency', label: ['Lembaga pendamping', 'Escorting agency'], required: true },
      { name: 'transport', kind: 'select', label: ['Moda', 'Transport'], required: true, options: TRANSPORT_MODES },
      { name: 'mouReference', kind: 'text', label: ['Rujukan MoU', 'MoU reference'], max: 200 },
      date('plannedDate', ['Tanggal rencana', 'Planned date']),
    ],
  },
  RecordHandover: {
    target: 'case',
    path: 'record-handover',
    fields: [
      { name: 'receivingAgency', kind: 'agency', label: ['Lembaga penerima', 'Receiving agency'], required: true },
      { name: 'handoverRecordNumber', kind: 'text', label: ['Nomor berita acara', 'Handover record number'], required: true, max: 100 },
      { name: 'location', kind: 'text', label: ['Lokasi', 'Location'], max: 200 },
    ],
  },
  CompleteRepatriation: { target: 'case', path: 'complete-repatriation', fields: [] },
  ApproveReintegrationPlan: {
    target: 'case',
    path: 'approve-reintegration-plan',
    fields: [id('planId', 'plan'), { name: 'goals', kind: 'multi', label: ['Tujuan', 'Goals'], required: true, options: REINTEGRATION_GOALS }, note],
  },
  RecordFollowUpVisit: {
    target: 'case',
    path: 'record-follow-up-visit',
    fields: [id('visitId', 'visit'), date('visitedOn', ['Tanggal kunjungan', 'Visited on']), { name: 'wellbeing', kind: 'select', label: ['Keadaan', 'Wellbeing'], required: true, options: WELLBEING_LEVELS }, note],
  },
  CompleteReintegration: { target: 'case', path: 'complete-reintegration', fields: [note] },
  FilePoliceReport: {
    target: 'case',
    path: 'file-police-report',
    fields: [
      { name: 'reportNumber', kind: 'text', label: ['Nomor LP', 'Report (LP) number'], required: true, max: 100 },
      { name: 'unit', kind: 'text', label: ['Unit', 'Unit'], required: true, max: 200 },
      { name: 'policeAgency', kind: 'agency', label: ['Kesatuan', 'Police agency'], required: true },
      date('filedOn', ['Tanggal laporan', 'Filed on']),
    ],
  },
  FileLpskApplication: {
    target: 'case',
    path: 'file-lpsk-application',
    fields: [id('applicationId', 'lpsk'), { name: 'protections', kind: 'multi', label: ['Perlindungan yang dimohon', 'Protections asked for'], required: true, options: LPSK_PROTECTIONS }, date('filedOn', ['Tanggal permohonan', 'Filed on'])],
  },
  RecordLpskDecision: {
    target: 'case',
    path: 'record-lpsk-decision',
    fields: [
      target('applicationId', ['Permohonan', 'Application']),
      { name: 'decision', kind: 'select', label: ['Keputusan', 'Decision'], required: true, options: LPSK_DECISIONS },
      { name: 'grantedProtections', kind: 'multi', label: ['Perlindungan yang diberikan', 'Protections granted'], options: LPSK_PROTECTIONS },
      { name: 'decisionNumber', kind: 'text', label: ['Nomor keputusan', 'Decision number'], required: true, max: 100 },
      date('decidedOn', ['Tanggal keputusan', 'Decided on']),
    ],
  },
  AssessRestitution: {
    target: 'case',
    path: 'assess-restitution',
    fields: [id('restitutionId', 'restitution'), amount, { name: 'assessedBy', kind: 'select', label: ['Dinilai oleh', 'Assessed by'], required: true, options: RESTITUTION_ASSESSORS }],
  },
  OrderRestitution: {
    target: 'case',
    path: 'order-restitution',
    fields: [
      { name: 'restitutionId', kind: 'text', label: ['Nomor restitusi', 'Restitution id'], required: true, initial: localId('restitution'), pattern: /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/ },
      amount,
      { name: 'verdictNumber', kind: 'text', label: ['Nomor putusan', 'Verdict number'], required: true, max: 100 },
      date('verdictFinalOn', ['Tanggal berkekuatan hukum tetap', 'Final on']),
    ],
  },
  RecordRestitutionPayment: { target: 'case', path: 'record-restitution-payment', fields: [target('restitutionId', ['Restitusi', 'Restitution']), amount, date('paidOn', ['Tanggal bayar', 'Paid on'])] },
  RecordRestitutionDefault: { target: 'case', path: 'record-restitution-default', fields: [target('restitutionId', ['Restitusi', 'Restitution']), reason] },
  AdvanceStage: { target: 'case', path: 'advance-stage', fields: [{ name: 'to', kind: 'select', label: ['Ke tahap', 'To stage'], required: true, options: OPEN_STAGES, vocabulary: 'stage' }] },
  SkipStage: { target: 'case', path: 'skip-stage', fields: [{ name: 'stage', kind: 'select', label: ['Tahap yang dilewati', 'Stage to skip'], required: true, options: OPEN_STAGES, vocabulary: 'stage' }, reason] },
  RequestClosure: {
    target: 'case',
    path: 'request-closure',
    fields: [
      { name: 'reason', kind: 'select', label: ['Alasan penutupan', 'Reason for closure'], required: true, options: CLOSURE_REASONS },
      note,
      { name: 'unpaidRestitutionReason', kind: 'textarea', label: ['Alasan jika restitusi belum dibayar', 'Why, if restitution is unpaid'], max: 1000 },
    ],
  },
  ApproveClosure: { target: 'case', path: 'approve-closure', fields: [] },
  RejectClosure: { target: 'case', path: 'reject-closure', fields: [reason] },
  ReopenCase: { target: 'case', path: 'reopen-case', fields: [reason, { name: 'stage', kind: 'select', label: ['Kembali ke tahap', 'Back to stage'], options: OPEN_STAGES, vocabulary: 'stage' }] },
  SendReferral: {
    target: 'case',
    path: 'send-referral',
    fields: [
      { name: 'toAgency', kind: 'agency', label: ['Kepada lembaga', 'To agency'], required: true },
      { name: 'toAgencyType', kind: 'select', label: ['Jenis lembaga', 'Agency type'], required: true, options: AGENCY_TYPES, vocabulary: 'agencyType' },
      { name: 'service', kind: 'select', label: ['Layanan', 'Service'], required: true, options: REFERRAL_SERVICES, vocabulary: 'service' },
      { ...reason, label: ['Alasan rujukan', 'Reason for the referral'] },
      { name: 'responseDeadline', kind: 'datetime', label: ['Batas waktu jawaban (WIB)', 'Answer by (WIB)'], required: true, initial: () => inDaysWib(3) },
      { name: 'sharesIdentity', kind: 'boolean', label: ['Sertakan identitas korban (perlu persetujuan berbagi)', "Share the victim's identity (needs consent to share)"] },
    ],
  },
  RequestTransfer: { target: 'case', path: 'request-transfer', fields: [{ name: 'toAgency', kind: 'agency', label: ['Kepada UPTD PPA', 'To UPTD PPA'], required: true }, reason] },
  AcceptReferral: { target: 'referral', path: 'accept', fields: [referralTarget, note] },
  DeclineReferral: { target: 'referral', path: 'decline', danger: true, fields: [referralTarget, { ...reason, label: ['Alasan menolak', 'Why you decline'] }] },
  WithdrawReferral: { target: 'referral', path: 'withdraw', danger: true, fields: [referralTarget, reason] },
  CompleteReferral: {
    target: 'referral',
    path: 'complete',
    fields: [
      referralTarget,
      { name: 'outcome', kind: 'select', label: ['Hasil', 'Outcome'], required: true, options: REFERRAL_OUTCOMES, vocabulary: 'outcome' },
      { name: 'reason', kind: 'select', label: ['Alasan tidak berhasil', 'Why not successful'], options: REFERRAL_FAILURE_REASONS, when: { field: 'outcome', equals: 'not_successful' } },
      note,
    ],
  },
  AcceptTransfer: { target: 'transfer', path: 'accept', fields: [transferTarget] },
  DeclineTransfer: { target: 'transfer', path: 'decline', danger: true, fields: [transferTarget, reason] },
};

/** A date-time input's value (YYYY-MM-DDTHH:mm, read as WIB) some days from now. */
export function inDaysWib(days: number): string {
  const wib = new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000);
  return wib.toISOString().slice(0, 16);
}

/** A date-time input's value, read as WIB, as the ISO 8601 the API takes. */
export const wibToIso = (value: string): string => `${value.length === 16 ? `${value}:00` : value}+07:00`;

/** The URL a command goes to. */
export function commandUrl(spec: CommandSpec, caseId: string, targetId: string | undefined): string {
  if (spec.target === 'referral') return `/referrals/${targetId}/${spec.path}`;
  if (spec.target === 'transfer') return `/transfers/${targetId}/${spec.path}`;
  return spec.path ? `/cases/${caseId}/${spec.path}` : '/cases';
}
