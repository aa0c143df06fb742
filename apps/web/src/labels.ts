import type { Lang } from './lang.js';

type Pair = readonly [string, string];

/** Names of the domain's closed vocabularies for people, in both languages; anything missing reads as the code, humanised. */
const LABELS: Record<string, Record<string, Pair>> = {
  stage: {
    intake: ['Penerimaan', 'Intake'],
    assessment: ['Asesmen', 'Assessment'],
    rehabilitation: ['Rehabilitasi', 'Rehabilitation'],
    repatriation: ['Pemulangan', 'Repatriation'],
    reintegration: ['Reintegrasi', 'Reintegration'],
    closed: ['Ditutup', 'Closed'],
  },
  role: {
    caseworker: ['Pendamping kasus', 'Caseworker'],
    supervisor: ['Supervisor', 'Supervisor'],
    police_investigator: ['Penyidik Polri', 'Police investigator'],
    social_services_officer: ['Petugas Dinas Sosial', 'Social services officer'],
    health_officer: ['Petugas kesehatan', 'Health officer'],
    lpsk_officer: ['Petugas LPSK', 'LPSK officer'],
    bp2mi_officer: ['Petugas BP2MI', 'BP2MI officer'],
    task_force_analyst: ['Analis Gugus Tugas', 'Task-force analyst'],
    auditor: ['Auditor', 'Auditor'],
    administrator: ['Administrator', 'Administrator'],
  },
  // Place names read as they are written; only the catch-all has words.
  transitPoint: {
    other: ['Lainnya', 'Other'],
  },
  agencyType: {
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
  },
  service: {
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
  },
  referralStatus: {
    sent: ['Menunggu jawaban', 'Awaiting answer'],
    accepted: ['Diterima', 'Accepted'],
    declined: ['Ditolak', 'Declined'],
    withdrawn: ['Ditarik', 'Withdrawn'],
    expired: ['Kedaluwarsa', 'Expired'],
    completed: ['Selesai', 'Completed'],
  },
  transferStatus: {
    requested: ['Menunggu jawaban', 'Awaiting answer'],
    accepted: ['Diterima', 'Accepted'],
    declined: ['Ditolak', 'Declined'],
  },
  channel: {
    hotline: ['Hotline', 'Hotline'],
    walk_in: ['Datang langsung', 'Walk-in'],
    outreach: ['Penjangkauan', 'Outreach'],
    bp2mi: ['BP2MI', 'BP2MI'],
    port: ['Pelabuhan', 'Port'],
    consulate: ['Konsulat', 'Consulate'],
    police: ['Kepolisian', 'Police'],
  },
  reporterType: {
    victim: ['Korban', 'Victim'],
    family: ['Keluarga', 'Family'],
    community: ['Masyarakat', 'Community'],
    ngo: ['LSM', 'NGO'],
    government_agency: ['Instansi pemerintah', 'Government agency'],
    anonymous: ['Anonim', 'Anonymous'],
  },
  sex: { female: ['Perempuan', 'Female'], male: ['Laki-laki', 'Male'] },
  victimStatus: {
    presumed: ['Diduga korban', 'Presumed victim'],
    confirmed: ['Korban terkonfirmasi', 'Confirmed victim'],
    not_a_victim: ['Bukan korban', 'Not a victim'],
  },
  riskLevel: { low: ['Rendah', 'Low'], medium: ['Sedang', 'Medium'], high: ['Tinggi', 'High'] },
  outcome: { successful: ['Berhasil', 'Successful'], not_successful: ['Tidak berhasil', 'Not successful'] },
  consentScope: { process: ['Memproses kasus', 'Process the case'], share: ['Berbagi dengan lembaga', 'Share with agencies'] },
  boolean: { true: ['Ya', 'Yes'], false: ['Tidak', 'No'] },
  // The codes a refusal of the new commands carries, as the console shows them.
  errorCode: {
    'USER.NOT_FOUND': ['Pengguna tidak terdaftar di direktori', 'The user is not in the directory'],
    'USER.OTHER_AGENCY': ['Pengguna bukan dari lembaga pemilik kasus', 'The user does not work for the agency that owns the case'],
    'USER.NOT_CASEWORKER': ['Kasus hanya dapat ditugaskan kepada pendamping kasus', 'A case is assigned only to a caseworker'],
    'USER.INACTIVE': ['Pengguna sudah tidak aktif', 'The user no longer acts'],
    'ASSIGNMENT.UNCHANGED': ['Kasus sudah ditugaskan kepada pendamping ini', 'The case is already assigned to this caseworker'],
  },
  nextAction: {
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
  },
  flag: {
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
  },
  clock: {
    referral_response: ['Jawaban rujukan', 'Referral answer'],
    service_start: ['Layanan 7 hari', '7-day service'],
    shelter_stay: ['Masa tinggal rumah aman', 'Shelter stay'],
    restitution_payment: ['Pembayaran restitusi', 'Restitution payment'],
  },
  command: {
    RegisterVictim: ['Daftarkan korban', 'Register the victim'],
    EraseIdentity: ['Hapus identitas korban', "Erase the victim's identity"],
    RecordConsent: ['Catat persetujuan', 'Record consent'],
    WithdrawConsent: ['Catat penarikan persetujuan', 'Record withdrawn consent'],
    OverrideConsent: ['Pengecualian persetujuan', 'Override consent'],
    RecordAssessment: ['Catat asesmen', 'Record the assessment'],
    ApproveAssessment: ['Setujui asesmen', 'Approve the assessment'],
    RequestService: ['Minta layanan', 'Request a service'],
    RecordServiceDelivered: ['Catat layanan diberikan', 'Record a service delivered'],
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
    RequestTransfer: ['Ajukan pengalihan kasus', 'Request a transfer'],
    AcceptTransfer: ['Terima pengalihan', 'Accept the transfer'],
    DeclineTransfer: ['Tolak pengalihan', 'Decline the transfer'],
    OpenCase: ['Buka kasus', 'Open a case'],
    AssignCase: ['Tugaskan pendamping kasus', 'Assign a caseworker'],
    AddCaseNote: ['Tambah catatan atau kronologi', 'Add a note or kronologi'],
  },
  noteKind: {
    note: ['Catatan', 'Note'],
    kronologi: ['Kronologi', 'Kronologi'],
  },
};

export const humanise = (code: string): string => {
  const words = code.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export function label(lang: Lang, vocabulary: string, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const pair = LABELS[vocabulary]?.[value];
  return pair ? pair[lang === 'id' ? 0 : 1] : humanise(value);
}

/** The label of a value when the vocabulary has one, else null (no humanised fallback). */
export function knownLabel(lang: Lang, vocabulary: string, value: string): string | null {
  const pair = LABELS[vocabulary]?.[value];
  return pair ? pair[lang === 'id' ? 0 : 1] : null;
}
