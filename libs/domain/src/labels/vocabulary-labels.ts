import { AGENCY_TYPES, ROLES } from '../actor.js';
import { DUPLICATE_BASES, DUPLICATE_DECISIONS } from '../registration.js';
import { CASE_COMMAND_TYPES } from '../case-command-rules.js';
import type { ReferralStatus, RestitutionStatus, TransferStatus } from '../case.state.js';
import {
  AGE_BANDS,
  ARRIVAL_KINDS,
  CASE_NOTE_KINDS,
  DOCUMENT_CONTENT_TYPES,
  DOCUMENT_KINDS,
  CHANNELS,
  CLOSURE_REASONS,
  CONSENT_SCOPES,
  EXPLOITATION_TYPES,
  GUARDIAN_RELATIONSHIPS,
  LPSK_DECISIONS,
  LPSK_PROTECTIONS,
  MEANS_OF_CONTROL,
  MODUS,
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
  STAGES,
  TRANSIT_POINTS,
  TRANSPORT_MODES,
  CRIMINAL_CASE_STEPS,
  VERDICT_OUTCOMES,
  VICTIM_STATUSES,
  WELLBEING_LEVELS,
} from '../case.values.js';
import { CASE_SECTIONS, IDENTITY_FIELDS, IDENTITY_READ_REASONS } from '../identity.js';
import { PLAN_PILLARS } from '../plan.events.js';
import { DELIVERY_STATUSES, NOTIFICATION_CHANNELS, NOTIFICATION_KINDS, NOTIFICATION_RECIPIENT_TYPES } from '../notification.js';
import { MOU_SCOPES } from '../mou.events.js';

/** A word for people in Bahasa Indonesia and in English. */
export interface Labels {
  readonly id: string;
  readonly en: string;
}
export type LabelLang = keyof Labels;

/** One closed vocabulary: its values, and for each the words people read. */
export interface Vocabulary<V extends string = string> {
  readonly values: readonly V[];
  readonly labels: Readonly<Record<V, Labels>>;
  /** The values are place names, written as people write them: a label may equal the value. */
  readonly properNames?: boolean;
}

type Pairs<V extends string> = Readonly<Record<V, readonly [id: string, en: string]>>;

/** The record type makes a value without labels a compile error; labels.spec.ts checks what types cannot (empty, untranslated). */
function vocabulary<V extends string>(values: readonly V[], pairs: Pairs<V>, properNames = false): Vocabulary<V> {
  const labels = Object.fromEntries(values.map((value) => [value, { id: pairs[value][0], en: pairs[value][1] }])) as Record<V, Labels>;
  return { values, labels, ...(properNames && { properNames }) };
}

// Values of the case file that the domain declares as types only; their lists live here, checked against the types.
const REFERRAL_STATUSES = ['sent', 'accepted', 'declined', 'withdrawn', 'expired', 'completed'] as const satisfies readonly ReferralStatus[];
const TRANSFER_STATUSES = ['requested', 'accepted', 'declined'] as const satisfies readonly TransferStatus[];
// How far an item of an action plan stands, as the plans read model derives it.
const PLAN_ITEM_STATUSES = ['open', 'late', 'completed'] as const;
const LPSK_STATUSES = ['filed', ...LPSK_DECISIONS] as const;
const RESTITUTION_STATUSES = ['assessed', 'ordered', 'paid', 'defaulted'] as const satisfies readonly RestitutionStatus[];
/** The case summary's flags, next actions and the deadlines' clocks (libs/read-models), as the console shows them. */
export const CASE_FLAGS = [
  'assessment_unapproved',
  'child',
  'closure_requested',
  'consent_missing',
  'high_risk',
  'referral_expired',
  'reintegrated',
  'reintegration_planned',
  'repatriated',
  'restitution_unpaid',
  'service_delivered',
  'shelter_active',
  'transfer_pending',
] as const;
export const NEXT_ACTIONS = [
  'answer_closure_request',
  'follow_up_expired_referral',
  'register_victim',
  'record_consent',
  'advance_stage',
  'record_assessment',
  'approve_assessment',
  'request_closure',
  'deliver_service',
  'complete_repatriation',
  'approve_reintegration_plan',
  'complete_reintegration',
] as const;
export const DEADLINE_CLOCKS = ['referral_response', 'service_start', 'shelter_stay', 'restitution_payment'] as const;

const SERVICE: Pairs<(typeof REFERRAL_SERVICES)[number]> = {
  health: ['Kesehatan', 'Health care'],
  first_aid: ['Pertolongan pertama', 'First aid'],
  psychosocial: ['Psikososial', 'Psychosocial'],
  social_rehabilitation: ['Rehabilitasi sosial', 'Social rehabilitation'],
  legal_aid: ['Bantuan hukum', 'Legal aid'],
  shelter: ['Rumah aman', 'Shelter'],
  law_enforcement: ['Penegakan hukum', 'Law enforcement'],
  repatriation: ['Pemulangan', 'Repatriation'],
  reintegration: ['Reintegrasi', 'Reintegration'],
  restitution: ['Restitusi', 'Restitution'],
  protection: ['Perlindungan', 'Protection'],
  documents: ['Dokumen', 'Documents'],
  economic_empowerment: ['Pemberdayaan ekonomi', 'Economic empowerment'],
  education: ['Pendidikan', 'Education'],
};

/**
 * Every closed vocabulary of the domain with its words for people, in one catalogue keyed by the vocabulary's name
 * (the name forms, the console and reports use). A new value in a vocabulary of `case.values.ts`, `actor.ts` or
 * `identity.ts` does not compile until it has labels here, and labels.spec.ts fails for a vocabulary missing here.
 */
export const VOCABULARIES = {
  duplicateBasis: vocabulary(DUPLICATE_BASES, {
    nik: ['NIK sama', 'Same NIK'],
    name_birth_year: ['Nama dan tahun lahir sama', 'Same name and birth year'],
  }),
  duplicateDecision: vocabulary(DUPLICATE_DECISIONS, {
    linked: ['Orang yang sama: kasus dihubungkan', 'The same person: cases linked'],
    not_same_person: ['Bukan orang yang sama', 'Not the same person'],
  }),
  stage: vocabulary(STAGES, {
    intake: ['Penerimaan', 'Intake'],
    assessment: ['Asesmen', 'Assessment'],
    rehabilitation: ['Rehabilitasi', 'Rehabilitation'],
    repatriation: ['Pemulangan', 'Repatriation'],
    reintegration: ['Reintegrasi', 'Reintegration'],
    closed: ['Ditutup', 'Closed'],
  }),
  channel: vocabulary(CHANNELS, {
    hotline: ['Hotline', 'Hotline'],
    walk_in: ['Datang langsung', 'Walk-in'],
    outreach: ['Penjangkauan', 'Outreach'],
    bp2mi: ['BP2MI', 'BP2MI'],
    port: ['Pelabuhan', 'Port'],
    consulate: ['Konsulat', 'Consulate'],
    police: ['Kepolisian', 'Police'],
  }),
  reporterType: vocabulary(REPORTER_TYPES, {
    victim: ['Korban', 'Victim'],
    family: ['Keluarga', 'Family'],
    community: ['Masyarakat', 'Community'],
    ngo: ['LSM', 'NGO'],
    government_agency: ['Instansi pemerintah', 'Government agency'],
    anonymous: ['Anonim', 'Anonymous'],
  }),
  sex: vocabulary(SEXES, { female: ['Perempuan', 'Female'], male: ['Laki-laki', 'Male'] }),
  ageBand: vocabulary(AGE_BANDS, {
    '0-5': ['0–5 tahun', '0–5 years'],
    '6-11': ['6–11 tahun', '6–11 years'],
    '12-17': ['12–17 tahun', '12–17 years'],
    '18-24': ['18–24 tahun', '18–24 years'],
    '25-34': ['25–34 tahun', '25–34 years'],
    '35-44': ['35–44 tahun', '35–44 years'],
    '45-59': ['45–59 tahun', '45–59 years'],
    '60+': ['60 tahun ke atas', '60 years and over'],
  }),
  consentScope: vocabulary(CONSENT_SCOPES, {
    process: ['Memproses kasus', 'Process the case'],
    share: ['Berbagi dengan lembaga', 'Share with agencies'],
    national_system: ['Dilaporkan ke SIMFONI-PPA (sistem nasional)', 'Reported to SIMFONI-PPA (the national system)'],
  }),
  guardianRelationship: vocabulary(GUARDIAN_RELATIONSHIPS, {
    parent: ['Orang tua', 'Parent'],
    legal_guardian: ['Wali sah', 'Legal guardian'],
    relative: ['Kerabat', 'Relative'],
    social_worker: ['Pekerja sosial', 'Social worker'],
  }),
  recruitmentMethod: vocabulary(RECRUITMENT_METHODS, {
    job_offer: ['Tawaran kerja', 'Job offer'],
    false_internship: ['Magang palsu', 'False internship'],
    marriage_proposal: ['Lamaran/perkawinan', 'Marriage proposal'],
    online_advertisement: ['Iklan daring/media sosial', 'Online advertisement'],
    family_or_friend: ['Keluarga atau teman', 'Family or friend'],
    broker_or_sponsor: ['Calo atau sponsor', 'Broker or sponsor'],
    abduction: ['Penculikan', 'Abduction'],
    other: ['Lainnya', 'Other'],
  }),
  meansOfControl: vocabulary(MEANS_OF_CONTROL, {
    debt_bondage: ['Jeratan utang', 'Debt bondage'],
    document_confiscation: ['Dokumen ditahan', 'Documents confiscated'],
    threats: ['Ancaman', 'Threats'],
    physical_violence: ['Kekerasan fisik', 'Physical violence'],
    sexual_violence: ['Kekerasan seksual', 'Sexual violence'],
    isolation: ['Pengasingan', 'Isolation'],
    restricted_movement: ['Dibatasi geraknya', 'Restricted movement'],
    withheld_wages: ['Gaji ditahan', 'Withheld wages'],
    psychological_abuse: ['Kekerasan psikis', 'Psychological abuse'],
    substance_use: ['Dipaksa memakai zat/narkoba', 'Substance use'],
    false_promises: ['Janji palsu', 'False promises'],
    other: ['Lainnya', 'Other'],
  }),
  exploitationType: vocabulary(EXPLOITATION_TYPES, {
    forced_labour: ['Kerja paksa', 'Forced labour'],
    sexual_exploitation: ['Eksploitasi seksual', 'Sexual exploitation'],
    forced_marriage: ['Perkawinan paksa', 'Forced marriage'],
    domestic_servitude: ['Perbudakan rumah tangga', 'Domestic servitude'],
    forced_criminality: ['Dipaksa berbuat kriminal', 'Forced criminality'],
    online_scam: ['Penipuan daring (online scam)', 'Online scam'],
    organ_removal: ['Pengambilan organ', 'Organ removal'],
    other: ['Lainnya', 'Other'],
  }),
  modus: vocabulary(MODUS, {
    contract_marriage: ['Kawin kontrak', 'Contract marriage'],
    mail_order_bride: ['Pengantin pesanan', 'Mail-order bride'],
    internship: ['Magang', 'Internship'],
    domestic_work: ['Pekerja rumah tangga', 'Domestic work'],
    shop_work: ['Pekerja toko', 'Shop work'],
    it_work: ['Pekerja bidang TI', 'IT work'],
    mandarin_translator: ['Penerjemah bahasa Mandarin', 'Mandarin translator'],
    plantation_work: ['Pekerja perkebunan', 'Plantation work'],
    fishing_vessel: ['Anak buah kapal ikan', 'Fishing vessel crew'],
    entertainment_work: ['Pekerja hiburan', 'Entertainment work'],
    other: ['Lainnya', 'Other'],
  }),
  victimStatus: vocabulary(VICTIM_STATUSES, {
    presumed: ['Diduga korban', 'Presumed victim'],
    confirmed: ['Korban terkonfirmasi', 'Confirmed victim'],
    not_a_victim: ['Bukan korban', 'Not a victim'],
  }),
  riskLevel: vocabulary(RISK_LEVELS, { low: ['Rendah', 'Low'], medium: ['Sedang', 'Medium'], high: ['Tinggi', 'High'] }),
  /** Needs, case services and referral services share one list of words. */
  service: vocabulary(REFERRAL_SERVICES, SERVICE),
  outcome: vocabulary(REFERRAL_OUTCOMES, { successful: ['Berhasil', 'Successful'], not_successful: ['Tidak berhasil', 'Not successful'] }),
  referralFailureReason: vocabulary(REFERRAL_FAILURE_REASONS, {
    client_refused: ['Korban menolak', 'The client refused'],
    lack_of_capacity: ['Lembaga tidak punya kapasitas', 'Lack of capacity'],
    no_longer_needed: ['Tidak diperlukan lagi', 'No longer needed'],
    unable_to_contact_client: ['Korban tidak dapat dihubungi', 'Unable to contact the client'],
    unable_to_contact_agency: ['Lembaga tidak dapat dihubungi', 'Unable to contact the agency'],
    other: ['Lainnya', 'Other'],
  }),
  shelterEndReason: vocabulary(SHELTER_END_REASONS, {
    returned_to_family: ['Kembali ke keluarga', 'Returned to family'],
    moved_to_long_term_shelter: ['Pindah ke penampungan jangka panjang', 'Moved to a long-term shelter'],
    repatriated: ['Dipulangkan', 'Repatriated'],
    left_voluntarily: ['Keluar atas kemauan sendiri', 'Left voluntarily'],
    other: ['Lainnya', 'Other'],
  }),
  repatriationOriginKind: vocabulary(REPATRIATION_ORIGIN_KINDS, {
    country: ['Luar negeri', 'Abroad'],
    port: ['Pelabuhan/titik transit', 'Port or transit point'],
    province: ['Provinsi lain', 'Another province'],
  }),
  transitPoint: vocabulary(
    TRANSIT_POINTS,
    {
      ...(Object.fromEntries(TRANSIT_POINTS.map((p) => [p, [p, p] as const])) as unknown as Pairs<(typeof TRANSIT_POINTS)[number]>),
      Singapore: ['Singapura', 'Singapore'],
      'Ho Chi Minh City': ['Kota Ho Chi Minh', 'Ho Chi Minh City'],
      Jeddah: ['Jeddah', 'Jeddah'],
      other: ['Lainnya', 'Other'],
    },
    true,
  ),
  transportMode: vocabulary(TRANSPORT_MODES, { air: ['Udara', 'Air'], sea: ['Laut', 'Sea'], land: ['Darat', 'Land'] }),
  arrivalKind: vocabulary(ARRIVAL_KINDS, {
    deported: ['Dideportasi', 'Deported'],
    returned_by_mission: ['Dipulangkan perwakilan RI (KBRI/KJRI)', 'Brought back by an Indonesian mission (KBRI/KJRI)'],
    returned_alone: ['Pulang sendiri', 'Came back on her own'],
  }),
  reintegrationGoal: vocabulary(REINTEGRATION_GOALS, {
    family_reunification: ['Kembali ke keluarga', 'Family reunification'],
    economic_empowerment: ['Pemberdayaan ekonomi', 'Economic empowerment'],
    education: ['Pendidikan', 'Education'],
    vocational_training: ['Pelatihan keterampilan', 'Vocational training'],
    health_follow_up: ['Tindak lanjut kesehatan', 'Health follow-up'],
    psychosocial_follow_up: ['Tindak lanjut psikososial', 'Psychosocial follow-up'],
    legal_follow_up: ['Tindak lanjut hukum', 'Legal follow-up'],
  }),
  wellbeing: vocabulary(WELLBEING_LEVELS, {
    stable: ['Stabil', 'Stable'],
    needs_support: ['Perlu dukungan', 'Needs support'],
    at_risk: ['Berisiko', 'At risk'],
    unreachable: ['Tidak dapat dihubungi', 'Unreachable'],
  }),
  lpskProtection: vocabulary(LPSK_PROTECTIONS, {
    physical_protection: ['Perlindungan fisik', 'Physical protection'],
    procedural_rights: ['Pemenuhan hak prosedural', 'Procedural rights'],
    medical_assistance: ['Bantuan medis', 'Medical assistance'],
    psychosocial_rehabilitation: ['Rehabilitasi psikososial', 'Psychosocial rehabilitation'],
    restitution_facilitation: ['Fasilitasi restitusi', 'Restitution facilitation'],
    safe_house: ['Rumah aman LPSK', 'Safe house'],
    relocation: ['Relokasi', 'Relocation'],
  }),
  lpskDecision: vocabulary(LPSK_DECISIONS, {
    granted: ['Dikabulkan', 'Granted'],
    partially_granted: ['Dikabulkan sebagian', 'Partially granted'],
    rejected: ['Ditolak', 'Rejected'],
  }),
  /** An LPSK application in the case summary: filed, then LPSK's decision. */
  lpskStatus: vocabulary(LPSK_STATUSES, {
    filed: ['Diajukan, menunggu keputusan', 'Filed, awaiting decision'],
    granted: ['Dikabulkan', 'Granted'],
    partially_granted: ['Dikabulkan sebagian', 'Partially granted'],
    rejected: ['Ditolak', 'Rejected'],
  }),
  restitutionAssessor: vocabulary(RESTITUTION_ASSESSORS, {
    lpsk: ['LPSK', 'LPSK'],
    prosecutor: ['Jaksa penuntut umum', 'Prosecutor'],
    investigator: ['Penyidik', 'Investigator'],
  }),
  /** The steps of the criminal case (`LEGAL.STEP_NOT_REACHED` names the one missing). */
  criminalCaseStep: vocabulary(CRIMINAL_CASE_STEPS, {
    police_report: ['Laporan polisi (LP)', 'Police report (LP)'],
    spdp: ['SPDP', 'SPDP (notice that the investigation started)'],
    case_file_complete: ['Berkas lengkap (P-21)', 'Case file complete (P-21)'],
    prosecution: ['Penuntutan di pengadilan', 'Prosecution in court'],
    verdict: ['Putusan pengadilan', "Court's verdict"],
  }),
  verdictOutcome: vocabulary(VERDICT_OUTCOMES, {
    convicted: ['Pemidanaan (terdakwa terbukti bersalah)', 'Convicted'],
    acquitted: ['Putusan bebas', 'Acquitted'],
    released: ['Lepas dari segala tuntutan hukum', 'Released from all charges'],
  }),
  closureReason: vocabulary(CLOSURE_REASONS, {
    reintegrated: ['Reintegrasi selesai', 'Reintegrated'],
    transferred_out: ['Dialihkan ke lembaga lain', 'Transferred out'],
    not_a_victim: ['Bukan korban', 'Not a victim'],
    victim_deceased: ['Korban meninggal dunia', 'Victim deceased'],
    lost_contact: ['Kehilangan kontak', 'Lost contact'],
    victim_declined_services: ['Korban menolak layanan', 'Victim declined services'],
    other: ['Lainnya', 'Other'],
  }),
  referralStatus: vocabulary(REFERRAL_STATUSES, {
    sent: ['Menunggu jawaban', 'Awaiting answer'],
    accepted: ['Diterima', 'Accepted'],
    declined: ['Ditolak', 'Declined'],
    withdrawn: ['Ditarik', 'Withdrawn'],
    expired: ['Kedaluwarsa', 'Expired'],
    completed: ['Selesai', 'Completed'],
  }),
  transferStatus: vocabulary(TRANSFER_STATUSES, {
    requested: ['Menunggu jawaban', 'Awaiting answer'],
    accepted: ['Diterima', 'Accepted'],
    declined: ['Ditolak', 'Declined'],
  }),
  restitutionStatus: vocabulary(RESTITUTION_STATUSES, {
    assessed: ['Sudah dinilai', 'Assessed'],
    ordered: ['Diputus pengadilan', 'Ordered'],
    paid: ['Dibayar lunas', 'Paid'],
    defaulted: ['Tidak dibayar', 'Defaulted'],
  }),
  role: vocabulary(ROLES, {
    caseworker: ['Pendamping kasus', 'Caseworker'],
    supervisor: ['Supervisor', 'Supervisor'],
    police_investigator: ['Penyidik Polri', 'Police investigator'],
    social_services_officer: ['Petugas Dinas Sosial', 'Social services officer'],
    health_officer: ['Petugas kesehatan', 'Health officer'],
    lpsk_officer: ['Petugas LPSK', 'LPSK officer'],
    bp2mi_officer: ['Petugas BP2MI', 'BP2MI officer'],
    task_force_analyst: ['Analis Gugus Tugas', 'Task-force analyst'],
    task_force_coordinator: ['Koordinator Gugus Tugas', 'Task-force coordinator'],
    auditor: ['Auditor', 'Auditor'],
    administrator: ['Administrator', 'Administrator'],
  }),
  agencyType: vocabulary(AGENCY_TYPES, {
    police: ['Kepolisian', 'Police'],
    social_services: ['Dinas Sosial', 'Social services'],
    health: ['Kesehatan', 'Health'],
    lpsk: ['LPSK', 'LPSK'],
    bp2mi: ['BP2MI', 'BP2MI'],
    uptd_ppa: ['UPTD PPA', 'UPTD PPA'],
    shelter: ['Rumah aman', 'Shelter'],
    consulate: ['Konsulat', 'Consulate'],
    immigration: ['Imigrasi', 'Immigration'],
    task_force: ['Gugus Tugas', 'Task force'],
    inspectorate: ['Inspektorat', 'Inspectorate'],
    ministry: ['Kementerian', 'Ministry'],
  }),
  identityField: vocabulary(IDENTITY_FIELDS, {
    fullName: ['Nama lengkap', 'Full name'],
    nik: ['NIK', 'NIK (national identity number)'],
    passportNumber: ['Nomor paspor', 'Passport number'],
    address: ['Alamat', 'Address'],
    phone: ['Nomor telepon', 'Phone number'],
    photoRefs: ['Foto', 'Photos'],
    notes: ['Catatan', 'Notes'],
    kronologi: ['Kronologi', 'Chronology (kronologi)'],
  }),
  identityReadReason: vocabulary(IDENTITY_READ_REASONS, {
    contact_victim: ['Menghubungi korban', 'Contacting the victim'],
    family_tracing: ['Penelusuran keluarga', 'Tracing the family'],
    service_delivery: ['Pemberian layanan', 'Delivering a service'],
    legal_process: ['Proses hukum', 'Legal process'],
    document_preparation: ['Penyiapan dokumen', 'Preparing documents'],
    data_verification: ['Verifikasi data', 'Verifying the record'],
  }),
  caseSection: vocabulary(CASE_SECTIONS, {
    victimProfile: ['Profil korban', 'Victim profile'],
    origin: ['Daerah asal', 'Origin'],
    assessment: ['Asesmen', 'Assessment'],
    legal: ['Proses hukum', 'Legal process'],
    flags: ['Penanda kasus', 'Case flags'],
    nextAction: ['Tindakan berikutnya', 'Next action'],
  }),
  flag: vocabulary(CASE_FLAGS, {
    assessment_unapproved: ['Asesmen belum disetujui', 'Assessment not approved'],
    child: ['Anak', 'Child'],
    closure_requested: ['Penutupan diajukan', 'Closure requested'],
    consent_missing: ['Belum ada persetujuan', 'No consent yet'],
    high_risk: ['Risiko tinggi', 'High risk'],
    referral_expired: ['Rujukan kedaluwarsa', 'Referral expired'],
    reintegrated: ['Reintegrasi selesai', 'Reintegrated'],
    reintegration_planned: ['Rencana reintegrasi disetujui', 'Reintegration planned'],
    repatriated: ['Sudah dipulangkan', 'Repatriated'],
    restitution_unpaid: ['Restitusi belum dibayar', 'Restitution unpaid'],
    service_delivered: ['Layanan diberikan', 'Service delivered'],
    shelter_active: ['Di rumah aman', 'In a shelter'],
    transfer_pending: ['Pengalihan menunggu', 'Transfer pending'],
  }),
  nextAction: vocabulary(NEXT_ACTIONS, {
    answer_closure_request: ['Jawab permintaan penutupan', 'Answer the closure request'],
    follow_up_expired_referral: ['Tindak lanjuti rujukan kedaluwarsa', 'Follow up an expired referral'],
    register_victim: ['Daftarkan korban', 'Register the victim'],
    record_consent: ['Catat persetujuan', 'Record consent'],
    advance_stage: ['Lanjut ke tahap berikutnya', 'Move to the next stage'],
    record_assessment: ['Catat asesmen', 'Record the assessment'],
    approve_assessment: ['Setujui asesmen', 'Approve the assessment'],
    request_closure: ['Ajukan penutupan', 'Request closure'],
    deliver_service: ['Berikan layanan', 'Deliver a service'],
    complete_repatriation: ['Selesaikan pemulangan', 'Complete the repatriation'],
    approve_reintegration_plan: ['Setujui rencana reintegrasi', 'Approve the reintegration plan'],
    complete_reintegration: ['Selesaikan reintegrasi', 'Complete reintegration'],
  }),
  // Where a task force's action plan (RAD) groups its work, and how far an item of it stands.
  planPillar: vocabulary(PLAN_PILLARS, {
    prevention: ['Pencegahan', 'Prevention'],
    handling: ['Penanganan', 'Handling'],
    advocacy: ['Advokasi', 'Advocacy'],
    socialization: ['Sosialisasi', 'Socialisation'],
    training: ['Pelatihan', 'Training'],
    coordination: ['Koordinasi', 'Coordination'],
    cooperation: ['Kerja sama', 'Cooperation'],
    rehabilitation: ['Rehabilitasi', 'Rehabilitation'],
    law_enforcement: ['Penegakan hukum', 'Law enforcement'],
    monitoring: ['Pemantauan', 'Monitoring'],
  }),
  // What an MoU between provinces (or with another agency) covers.
  mouScope: vocabulary(MOU_SCOPES, {
    case_transfer: ['Pemindahan penanganan kasus', 'Case transfer'],
    repatriation: ['Pemulangan', 'Repatriation'],
    shelter: ['Rumah aman', 'Shelter'],
    rehabilitation: ['Rehabilitasi', 'Rehabilitation'],
    reintegration: ['Reintegrasi', 'Reintegration'],
    law_enforcement: ['Penegakan hukum', 'Law enforcement'],
    prevention: ['Pencegahan', 'Prevention'],
    data_sharing: ['Pertukaran data', 'Data sharing'],
  }),
  planItemStatus: vocabulary(PLAN_ITEM_STATUSES, {
    open: ['Berjalan', 'In progress'],
    late: ['Terlambat', 'Late'],
    completed: ['Selesai', 'Completed'],
  }),
  noteKind: vocabulary(CASE_NOTE_KINDS, {
    note: ['Catatan', 'Note'],
    kronologi: ['Kronologi', 'Chronology'],
  }),
  notificationKind: vocabulary(NOTIFICATION_KINDS, {
    referral_received: ['Rujukan baru', 'New referral'],
    transfer_received: ['Permintaan pengalihan kasus', 'Case transfer request'],
    referral_deadline_soon: ['Tenggat jawaban rujukan kurang dari sehari', 'Referral answer due within a day'],
    referral_expired: ['Rujukan tidak dijawab: eskalasi ke supervisor', 'Referral unanswered: escalated to a supervisor'],
    case_assigned: ['Kasus ditugaskan kepada Anda', 'Case assigned to you'],
  }),
  notificationChannel: vocabulary(NOTIFICATION_CHANNELS, { email: ['Surel', 'E-mail'], webhook: ['Webhook', 'Webhook'] }),
  notificationRecipientType: vocabulary(NOTIFICATION_RECIPIENT_TYPES, {
    agency: ['Lembaga', 'Agency'],
    supervisors: ['Supervisor lembaga', "The agency's supervisors"],
    user: ['Pengguna', 'User'],
  }),
  deliveryStatus: vocabulary(DELIVERY_STATUSES, {
    pending: ['Menunggu dikirim', 'Waiting to be sent'],
    delivered: ['Terkirim', 'Delivered'],
    dead: ['Gagal (daftar surat mati)', 'Failed (dead letter)'],
    discarded: ['Dibuang oleh administrator', 'Discarded by an administrator'],
  }),
  documentKind: vocabulary(DOCUMENT_KINDS, {
    consent_form: ['Formulir persetujuan', 'Consent form'],
    visum_et_repertum: ['Visum et repertum', 'Visum et repertum'],
    bap: ['Berita acara pemeriksaan (BAP)', 'Examination record (BAP)'],
    police_report: ['Laporan polisi', 'Police report'],
    passport_copy: ['Salinan paspor', 'Passport copy'],
    other: ['Lainnya', 'Other'],
  }),
  documentContentType: vocabulary(DOCUMENT_CONTENT_TYPES, {
    'application/pdf': ['PDF', 'PDF'],
    'image/png': ['Gambar PNG', 'PNG image'],
    'image/jpeg': ['Gambar JPEG', 'JPEG image'],
  }),
  clock: vocabulary(DEADLINE_CLOCKS, {
    referral_response: ['Jawaban rujukan', 'Referral answer'],
    service_start: ['Layanan 7 hari', '7-day service'],
    shelter_stay: ['Masa tinggal rumah aman', 'Shelter stay'],
    restitution_payment: ['Pembayaran restitusi', 'Restitution payment'],
  }),
  command: vocabulary(CASE_COMMAND_TYPES, {
    OpenCase: ['Buka kasus', 'Open a case'],
    RegisterVictim: ['Daftarkan korban', 'Register the victim'],
    RecordReturnLeg: ['Catat kepulangan dari luar negeri', 'Record the return from abroad'],
    EraseIdentity: ['Hapus identitas korban', "Erase the victim's identity"],
    RecordConsent: ['Catat persetujuan', 'Record consent'],
    WithdrawConsent: ['Catat penarikan persetujuan', 'Record withdrawn consent'],
    OverrideConsent: ['Pengecualian persetujuan', 'Override consent'],
    RecordAssessment: ['Catat asesmen', 'Record the assessment'],
    ApproveAssessment: ['Setujui asesmen', 'Approve the assessment'],
    RequestService: ['Minta layanan', 'Request a service'],
    RecordServiceDelivered: ['Catat layanan diberikan', 'Record a service delivered'],
    FlagOverdueService: ['Tandai layanan terlambat', 'Flag an overdue service'],
    StartShelterPlacement: ['Tempatkan di rumah aman', 'Place in a shelter'],
    ExtendShelterPlacement: ['Perpanjang penempatan', 'Extend the placement'],
    EndShelterPlacement: ['Akhiri penempatan', 'End the placement'],
    PlanRepatriation: ['Rencanakan pemulangan', 'Plan the repatriation'],
    RecordHandover: ['Catat serah terima', 'Record the handover'],
    CompleteRepatriation: ['Selesaikan pemulangan', 'Complete the repatriation'],
    ApproveReintegrationPlan: ['Setujui rencana reintegrasi', 'Approve the reintegration plan'],
    RecordFollowUpVisit: ['Catat kunjungan lanjutan', 'Record a follow-up visit'],
    CompleteReintegration: ['Selesaikan reintegrasi', 'Complete reintegration'],
    FilePoliceReport: ['Catat laporan polisi (LP)', 'Record the police report (LP)'],
    RecordSpdp: ['Catat SPDP', 'Record the SPDP'],
    NameSuspects: ['Catat penetapan tersangka', 'Record suspects named'],
    RecordCaseFileComplete: ['Catat berkas lengkap (P-21)', 'Record the case file complete (P-21)'],
    StartProsecution: ['Catat pelimpahan ke pengadilan (penuntutan)', 'Record the prosecution started'],
    RecordVerdict: ['Catat putusan pengadilan', "Record the court's verdict"],
    FileLpskApplication: ['Catat permohonan LPSK', 'Record an LPSK application'],
    RecordLpskDecision: ['Catat keputusan LPSK', "Record LPSK's decision"],
    AssessRestitution: ['Catat penilaian restitusi', 'Record the assessed restitution'],
    OrderRestitution: ['Catat putusan restitusi', 'Record ordered restitution'],
    RecordRestitutionPayment: ['Catat pembayaran restitusi', 'Record a restitution payment'],
    RecordRestitutionDefault: ['Catat restitusi tidak dibayar', 'Record restitution default'],
    AdvanceStage: ['Lanjut ke tahap berikutnya', 'Move to the next stage'],
    SkipStage: ['Lewati tahap', 'Skip a stage'],
    RequestClosure: ['Ajukan penutupan', 'Request closure'],
    ApproveClosure: ['Setujui penutupan', 'Approve closure'],
    RejectClosure: ['Tolak penutupan', 'Reject closure'],
    ReopenCase: ['Buka kembali kasus', 'Reopen the case'],
    SendReferral: ['Kirim rujukan', 'Send a referral'],
    AcceptReferral: ['Terima rujukan', 'Accept the referral'],
    DeclineReferral: ['Tolak rujukan', 'Decline the referral'],
    WithdrawReferral: ['Tarik rujukan', 'Withdraw the referral'],
    CompleteReferral: ['Selesaikan rujukan', 'Complete the referral'],
    ExpireReferral: ['Tandai rujukan kedaluwarsa', 'Expire the referral'],
    RequestTransfer: ['Ajukan pengalihan kasus', 'Request a transfer'],
    AcceptTransfer: ['Terima pengalihan', 'Accept the transfer'],
    DeclineTransfer: ['Tolak pengalihan', 'Decline the transfer'],
    AssignCase: ['Tugaskan pendamping kasus', 'Assign a caseworker'],
    AddCaseNote: ['Tambah catatan atau kronologi', 'Add a note or kronologi'],
    AttachDocument: ['Lampirkan dokumen', 'Attach a document'],
  }),
} as const;

export type VocabularyName = keyof typeof VOCABULARIES;

export const isVocabularyName = (name: string): name is VocabularyName => Object.hasOwn(VOCABULARIES, name);

/** The label of one value, or undefined when the vocabulary or the value is unknown. */
export function vocabularyLabel(vocabulary: string, value: string, lang: LabelLang): string | undefined {
  if (!isVocabularyName(vocabulary)) return undefined;
  const labels = VOCABULARIES[vocabulary].labels as Readonly<Record<string, Labels>>;
  return Object.hasOwn(labels, value) ? labels[value]![lang] : undefined;
}
