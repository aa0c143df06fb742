import type { StageRequirement } from '../case.stages.js';
import { STAGE_REQUIREMENTS } from '../case.stages.js';
import type { ErrorCode } from '../codes.js';
import type { LabelLang, Labels } from './vocabulary-labels.js';

type Pairs<K extends string> = Readonly<Record<K, readonly [id: string, en: string]>>;
const toLabels = <K extends string>(pairs: Pairs<K>): Readonly<Record<K, Labels>> =>
  Object.fromEntries(Object.entries(pairs).map(([key, pair]) => [key, { id: (pair as readonly string[])[0]!, en: (pair as readonly string[])[1]! }])) as Record<
    K,
    Labels
  >;

/**
 * What each refusal of a domain rule means for the person who sent the command. The API keeps its English
 * `message` (for logs and other clients); the console says this, found by the error's `code`.
 */
export const ERROR_LABELS: Readonly<Record<ErrorCode, Labels>> = toLabels<ErrorCode>({
  'CASE.NOT_FOUND': ['Kasus tidak ditemukan.', 'The case was not found.'],
  'CASE.ALREADY_EXISTS': ['Kasus dengan nomor ini sudah ada.', 'A case with this id already exists.'],
  'CASE.CLOSED': ['Kasus sudah ditutup.', 'The case is closed.'],
  'CASE.NOT_CLOSED': ['Kasus belum ditutup.', 'The case is not closed.'],
  'CASE.NOT_IN_STAGE': ['Tindakan ini tidak dapat dilakukan pada tahap kasus sekarang.', 'This cannot be done at the case’s current stage.'],
  'CASE.INVALID_STAGE_TRANSITION': ['Kasus tidak dapat pindah ke tahap itu dari tahap sekarang.', 'The case cannot move to that stage from its current one.'],
  'CASE.STAGE_REQUIREMENTS_NOT_MET': ['Tahap ini belum lengkap.', 'This stage is not complete yet.'],
  'CASE.STAGE_NOT_SKIPPABLE': ['Tahap ini tidak dapat dilewati.', 'This stage cannot be skipped.'],
  'CASE.VICTIM_ALREADY_REGISTERED': ['Korban sudah didaftarkan.', 'The victim is already registered.'],
  'CASE.VICTIM_NOT_REGISTERED': ['Korban belum didaftarkan.', 'The victim is not registered yet.'],
  'CASE.CLOSURE_ALREADY_REQUESTED': ['Penutupan sudah diajukan.', 'Closure has already been requested.'],
  'CASE.NO_CLOSURE_REQUESTED': ['Belum ada pengajuan penutupan.', 'No closure has been requested.'],
  'CASE.OPEN_REFERRALS': ['Masih ada rujukan yang belum selesai.', 'Some referrals are still open.'],
  'CASE.OPEN_SHELTER_PLACEMENT': ['Korban masih ditempatkan di rumah aman.', 'The victim is still placed in a shelter.'],
  'CASE.UNPAID_RESTITUTION': ['Restitusi yang diputus belum dibayar.', 'Ordered restitution is still unpaid.'],
  'CONSENT.REQUIRED': ['Perlu persetujuan korban (atau walinya) lebih dulu.', 'The victim’s (or guardian’s) consent is needed first.'],
  'CONSENT.NOT_FOUND': ['Persetujuan tidak ditemukan.', 'The consent was not found.'],
  'CONSENT.ALREADY_EXISTS': ['Persetujuan ini sudah dicatat.', 'This consent is already recorded.'],
  'CONSENT.ALREADY_WITHDRAWN': ['Persetujuan ini sudah ditarik.', 'This consent has already been withdrawn.'],
  'ASSESSMENT.NOT_FOUND': ['Asesmen tidak ditemukan.', 'The assessment was not found.'],
  'ASSESSMENT.ALREADY_EXISTS': ['Asesmen ini sudah dicatat.', 'This assessment is already recorded.'],
  'ASSESSMENT.ALREADY_APPROVED': ['Asesmen ini sudah disetujui.', 'This assessment is already approved.'],
  'ASSESSMENT.SUPERSEDED': ['Sudah ada asesmen yang lebih baru.', 'A newer assessment has been recorded.'],
  'SERVICE.NOT_FOUND': ['Layanan tidak ditemukan.', 'The service was not found.'],
  'SERVICE.ALREADY_EXISTS': ['Layanan ini sudah diminta.', 'This service has already been requested.'],
  'SERVICE.ALREADY_DELIVERED': ['Layanan ini sudah diberikan.', 'This service has already been delivered.'],
  'SERVICE.ALREADY_FLAGGED': ['Keterlambatan layanan ini sudah ditandai.', 'This service is already flagged as overdue.'],
  'SERVICE.NOT_DUE': ['Tenggat layanan ini belum lewat.', 'This service is not overdue yet.'],
  'SHELTER.NOT_FOUND': ['Penempatan di rumah aman tidak ditemukan.', 'The shelter placement was not found.'],
  'SHELTER.ALREADY_EXISTS': ['Penempatan ini sudah dicatat.', 'This placement is already recorded.'],
  'SHELTER.ALREADY_PLACED': ['Korban sudah ditempatkan di rumah aman.', 'The victim is already placed in a shelter.'],
  'SHELTER.ALREADY_ENDED': ['Penempatan ini sudah berakhir.', 'This placement has already ended.'],
  'REPATRIATION.NOT_PLANNED': ['Pemulangan belum direncanakan.', 'The repatriation is not planned yet.'],
  'REPATRIATION.NO_HANDOVER': ['Serah terima belum dicatat.', 'No handover has been recorded.'],
  'REPATRIATION.ALREADY_COMPLETED': ['Pemulangan sudah selesai.', 'The repatriation is already completed.'],
  'REINTEGRATION.NO_APPROVED_PLAN': ['Rencana reintegrasi belum disetujui.', 'No reintegration plan has been approved.'],
  'REINTEGRATION.NO_FOLLOW_UP_VISIT': ['Belum ada kunjungan lanjutan.', 'No follow-up visit has been recorded.'],
  'REINTEGRATION.ALREADY_COMPLETED': ['Reintegrasi sudah selesai.', 'Reintegration is already completed.'],
  'POLICE_REPORT.ALREADY_RECORDED': ['Laporan polisi (LP) sudah dicatat.', 'The police report is already recorded.'],
  'LEGAL.STEP_NOT_REACHED': ['Langkah sebelumnya dalam proses pidana belum dicatat.', 'The earlier step of the criminal case is not recorded yet.'],
  'LEGAL.ALREADY_RECORDED': ['Langkah proses pidana ini sudah dicatat.', 'This step of the criminal case is already recorded.'],
  'LPSK.NOT_FOUND': ['Permohonan LPSK tidak ditemukan.', 'The LPSK application was not found.'],
  'LPSK.ALREADY_EXISTS': ['Permohonan LPSK ini sudah dicatat.', 'This LPSK application is already recorded.'],
  'LPSK.ALREADY_DECIDED': ['LPSK sudah memutuskan permohonan ini.', 'LPSK has already decided this application.'],
  'RESTITUTION.NOT_FOUND': ['Restitusi tidak ditemukan.', 'The restitution was not found.'],
  'RESTITUTION.ALREADY_EXISTS': ['Restitusi ini sudah dicatat.', 'This restitution is already recorded.'],
  'RESTITUTION.ALREADY_ORDERED': ['Restitusi ini sudah diputus pengadilan.', 'This restitution has already been ordered.'],
  'RESTITUTION.NOT_ORDERED': ['Restitusi ini belum diputus pengadilan.', 'This restitution has not been ordered.'],
  'RESTITUTION.ALREADY_SETTLED': ['Restitusi ini sudah selesai (lunas atau tidak dibayar).', 'This restitution is already settled.'],
  'REFERRAL.NOT_FOUND': ['Rujukan tidak ditemukan.', 'The referral was not found.'],
  'REFERRAL.ALREADY_EXISTS': ['Rujukan ini sudah dikirim.', 'This referral has already been sent.'],
  'REFERRAL.ALREADY_ANSWERED': ['Rujukan ini sudah dijawab.', 'This referral has already been answered.'],
  'REFERRAL.NOT_ACCEPTED': ['Rujukan ini belum diterima.', 'This referral has not been accepted.'],
  'REFERRAL.NOT_DUE': ['Tenggat jawaban rujukan ini belum lewat.', 'This referral’s answer is not overdue yet.'],
  'TRANSFER.NOT_FOUND': ['Pengalihan kasus tidak ditemukan.', 'The transfer was not found.'],
  'TRANSFER.ALREADY_EXISTS': ['Pengalihan ini sudah diajukan.', 'This transfer has already been requested.'],
  'TRANSFER.ALREADY_PENDING': ['Masih ada pengalihan yang menunggu jawaban.', 'Another transfer is still waiting for an answer.'],
  'TRANSFER.ALREADY_ANSWERED': ['Pengalihan ini sudah dijawab.', 'This transfer has already been answered.'],
  'IDENTITY.LEGAL_HOLD': ['Identitas tidak dapat dihapus selama proses hukum berjalan.', 'The identity cannot be erased while legal proceedings run.'],
  'IDENTITY.ALREADY_ERASED': ['Identitas korban sudah dihapus.', 'The victim’s identity has already been erased.'],
  'IDENTITY.ERASED': ['Identitas korban sudah dihapus.', 'The victim’s identity has been erased.'],
  'AUTH.FORBIDDEN': ['Peran atau lembaga Anda tidak berwenang melakukan ini.', 'Your role or agency may not do this.'],
  'VALIDATION.REQUIRED': ['Wajib diisi.', 'Required.'],
  'VALIDATION.TOO_LONG': ['Terlalu panjang.', 'Too long.'],
  'VALIDATION.INVALID_VALUE': ['Nilai tidak dikenal.', 'Not a known value.'],
  'VALIDATION.INVALID_FORMAT': ['Format tidak sesuai.', 'Wrong format.'],
  'VALIDATION.OUT_OF_RANGE': ['Di luar rentang yang diizinkan.', 'Out of the allowed range.'],
  'VALIDATION.DISTRICT_NOT_IN_PROVINCE': ['Kabupaten/kota tidak berada di provinsi itu.', 'The district is not in that province.'],
  'VALIDATION.AGE_INCONSISTENT': ['Kelompok umur tidak sesuai dengan status anak.', 'The age band does not match the child status.'],
  'VALIDATION.GUARDIAN_REQUIRED': ['Untuk anak, persetujuan diberikan oleh wali.', 'For a child, a guardian must give consent.'],
  'VALIDATION.NOT_IN_FUTURE': ['Tanggal tidak boleh di masa depan.', 'The date may not be in the future.'],
  'VALIDATION.SAME_AGENCY': ['Tidak dapat ditujukan ke lembaga Anda sendiri.', 'It cannot be addressed to your own agency.'],
  'AGENCY.UNKNOWN': ['Lembaga tidak ada dalam direktori.', 'The agency is not in the directory.'],
  'AGENCY.INACTIVE': ['Lembaga itu tidak aktif lagi.', 'That agency no longer acts.'],
  'AGENCY.WRONG_TYPE': ['Jenis lembaga itu tidak memberikan layanan ini.', 'That kind of agency does not give this service.'],
  'USER.NOT_FOUND': ['Pengguna tidak terdaftar di direktori.', 'The user is not in the directory.'],
  'USER.OTHER_AGENCY': ['Pengguna bukan dari lembaga pemilik kasus.', 'The user does not work for the agency that owns the case.'],
  'USER.NOT_CASEWORKER': ['Kasus hanya dapat ditugaskan kepada pendamping kasus.', 'A case is assigned only to a caseworker.'],
  'USER.INACTIVE': ['Pengguna sudah tidak aktif.', 'The user no longer acts.'],
  'ASSIGNMENT.UNCHANGED': ['Kasus sudah ditugaskan kepada pendamping ini.', 'The case is already assigned to this caseworker.'],
  'DOCUMENT.ALREADY_ATTACHED': ['Dokumen ini sudah dilampirkan.', 'This document is already attached.'],
  'PLAN.NOT_FOUND': ['Rencana aksi tidak ditemukan.', 'The action plan was not found.'],
  'PLAN.ALREADY_EXISTS': ['Rencana aksi dengan nomor ini sudah ada.', 'An action plan with this id already exists.'],
  'DUPLICATE.NOT_FOUND': ['Kemungkinan kasus ganda tidak ditemukan.', 'The possible duplicate was not found.'],
  'PLAN_ITEM.NOT_FOUND': ['Kegiatan rencana aksi tidak ditemukan.', 'The plan item was not found.'],
  'PLAN_ITEM.ALREADY_EXISTS': ['Kegiatan dengan nomor ini sudah ada dalam rencana.', 'A plan item with this id already exists.'],
  'PLAN_ITEM.COMPLETED': ['Kegiatan ini sudah selesai.', 'This plan item is already completed.'],
  'PLAN.CONCURRENT_UPDATE': [
    'Rencana ini baru saja diubah orang lain; muat ulang lalu coba lagi.',
    'Someone else just changed this plan; reload and try again.',
  ],
  'WEBHOOK.NOT_FOUND': ['Langganan webhook tidak ditemukan.', 'The webhook subscription was not found.'],
  'NOTIFICATION.NOT_FOUND': ['Pemberitahuan gagal itu tidak ditemukan.', 'That failed notification was not found.'],
  'MOU.NOT_FOUND': ['MoU tidak ada dalam daftar.', 'The MoU is not in the register.'],
  'MOU.ALREADY_EXISTS': ['MoU dengan nomor ini sudah tercatat.', 'An MoU with this id is already recorded.'],
  'MOU.TERMINATED': ['MoU ini sudah diakhiri.', 'This MoU has been terminated.'],
  'MOU.CONCURRENT_UPDATE': ['MoU ini baru saja diubah orang lain; muat ulang lalu coba lagi.', 'Someone else just changed this MoU; reload and try again.'],
  'PORT.UNKNOWN': ['Pelabuhan yang disebut tidak ada dalam daftar pelabuhan.', 'The port named is not on the ports list.'],
  'MOU.UNKNOWN': ['MoU yang disebut tidak ada dalam daftar MoU.', 'The MoU named is not in the MoU register.'],
  'MOU.NOT_IN_FORCE': [
    'MoU yang disebut tidak berlaku pada hari ini atau tidak mencakup pemindahan kasus.',
    'The MoU named is not in force today or does not cover case transfers.',
  ],
});

/** Codes the API answers with beyond the domain's (requests, sign-in, statistics, availability). */
export const REQUEST_ERROR_CODES = [
  'VALIDATION.FAILED',
  'REQUEST.MALFORMED',
  'REQUEST.RATE_LIMITED',
  'REQUEST.TOO_LARGE',
  'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  'AUTH.UNAUTHENTICATED',
  'AUTH.AGENCY_INACTIVE',
  'AUTH.AGENCY_UNKNOWN',
  'AUTH.CLAIMS_MISMATCH',
  'AUTH.DEV_SIGN_IN_DISABLED',
  'AUTH.PROVIDER_UNAVAILABLE',
  'AUTH.USER_DEACTIVATED',
  'AUTH.USER_UNKNOWN',
  'CASE.CONCURRENT_UPDATE',
  'IDEMPOTENCY.KEY_REUSED',
  'SERVICE.NOT_SUPPORTED',
  'SERVICE.UNAVAILABLE',
  'STATS.NO_SCOPE',
  'STATS.OUT_OF_SCOPE',
  'STATS.TOO_DETAILED',
  'HTTP.NOT_FOUND',
  'DOCUMENT.NOT_FOUND',
  'DOCUMENT.ERASED',
  'DOCUMENT.WITHHELD',
  'DOCUMENT.UNSUPPORTED_TYPE',
  'DOCUMENT.TYPE_MISMATCH',
  'DOCUMENT.REQUIRED',
  'PORT.SHIPPED',
] as const;
export type RequestErrorCode = (typeof REQUEST_ERROR_CODES)[number];

export const REQUEST_ERROR_LABELS: Readonly<Record<RequestErrorCode, Labels>> = toLabels<RequestErrorCode>({
  'VALIDATION.FAILED': ['Beberapa isian belum benar.', 'Some fields are not valid.'],
  'REQUEST.MALFORMED': ['Permintaan tidak dapat dibaca.', 'The request could not be read.'],
  'REQUEST.RATE_LIMITED': ['Terlalu banyak permintaan; tunggu sebentar.', 'Too many requests; wait a moment.'],
  'REQUEST.TOO_LARGE': ['Isian terlalu besar.', 'The request is too large.'],
  'REQUEST.UNSUPPORTED_MEDIA_TYPE': ['Jenis isi permintaan tidak didukung.', 'The request’s content type is not supported.'],
  'AUTH.UNAUTHENTICATED': ['Sesi berakhir; silakan masuk kembali.', 'Your session ended; please sign in again.'],
  'AUTH.AGENCY_INACTIVE': ['Lembaga Anda tidak aktif dalam direktori.', 'Your agency is inactive in the directory.'],
  'AUTH.AGENCY_UNKNOWN': ['Lembaga Anda tidak ada dalam direktori.', 'Your agency is not in the directory.'],
  'AUTH.CLAIMS_MISMATCH': ['Peran atau lembaga Anda tidak sesuai dengan direktori.', 'Your role or agency does not match the directory.'],
  'AUTH.DEV_SIGN_IN_DISABLED': ['Masuk pengembangan tidak tersedia.', 'Development sign-in is not available.'],
  'AUTH.PROVIDER_UNAVAILABLE': ['Penyedia identitas tidak dapat dihubungi.', 'The identity provider cannot be reached.'],
  'AUTH.USER_DEACTIVATED': ['Akun Anda dinonaktifkan.', 'Your account has been deactivated.'],
  'AUTH.USER_UNKNOWN': ['Akun Anda belum dicatat administrator.', 'Your account has not been recorded by an administrator.'],
  'CASE.CONCURRENT_UPDATE': ['Kasus baru saja diubah orang lain; muat ulang dan coba lagi.', 'Someone else just changed the case; reload and try again.'],
  'IDEMPOTENCY.KEY_REUSED': ['Permintaan ini sudah dikirim dengan isian lain.', 'This request was already sent with other content.'],
  'SERVICE.NOT_SUPPORTED': ['Fitur ini tidak tersedia di server ini.', 'This is not available on this server.'],
  'SERVICE.UNAVAILABLE': ['Layanan sedang tidak dapat menjawab; coba lagi nanti.', 'The service cannot answer now; try again later.'],
  'STATS.NO_SCOPE': ['Lembaga Anda tidak mempunyai wilayah statistik.', 'Your agency has no statistics region.'],
  'STATS.OUT_OF_SCOPE': ['Wilayah itu di luar wilayah lembaga Anda.', 'That region is outside your agency’s.'],
  'STATS.TOO_DETAILED': ['Terlalu rinci: pilih lebih sedikit rincian.', 'Too detailed: choose fewer breakdowns.'],
  'HTTP.NOT_FOUND': ['Tidak ditemukan.', 'Not found.'],
  'DOCUMENT.NOT_FOUND': ['Dokumen tidak ditemukan.', 'The document was not found.'],
  'DOCUMENT.ERASED': ['Dokumen ini terhapus bersama identitas korban.', "The document was erased with the victim's identity."],
  'DOCUMENT.WITHHELD': [
    'Lembaga Anda tidak boleh membuka dokumen korban tanpa persetujuan berbagi.',
    "Your agency may not open the victim's documents without consent to share.",
  ],
  'DOCUMENT.UNSUPPORTED_TYPE': ['Hanya berkas PDF, PNG atau JPEG yang dapat dilampirkan.', 'Only PDF, PNG or JPEG files can be attached.'],
  'DOCUMENT.TYPE_MISMATCH': ['Isi berkas tidak sesuai dengan jenis yang dikirim.', 'The file’s content does not match the type it was sent as.'],
  'DOCUMENT.REQUIRED': ['Pilih berkas yang akan dilampirkan.', 'Choose a file to attach.'],
  'PORT.SHIPPED': [
    'Pelabuhan ini ada dalam daftar bawaan; ubah di data/ports/ports.json.',
    'This port is on the shipped list; change it in data/ports/ports.json.',
  ],
});

/** What each stage requirement (`details.missing` of `CASE.STAGE_REQUIREMENTS_NOT_MET`) asks of the caseworker. */
export const STAGE_REQUIREMENT_LABELS: Readonly<Record<StageRequirement, Labels>> = toLabels<StageRequirement>({
  victim_registered: ['korban didaftarkan', 'the victim registered'],
  process_consent: ['persetujuan memproses kasus', 'consent to process the case'],
  assessment_approved: ['asesmen disetujui supervisor', 'the assessment approved by a supervisor'],
  victim_identified: ['asesmen tidak menyimpulkan "bukan korban"', 'an assessment that does not find "not a victim"'],
  service_delivered: ['minimal satu layanan diberikan', 'at least one service delivered'],
  repatriation_completed: ['pemulangan selesai', 'the repatriation completed'],
  reintegration_completed: ['reintegrasi selesai', 'reintegration completed'],
});
export { STAGE_REQUIREMENTS };

const isKey = <K extends string>(record: Readonly<Record<K, Labels>>, key: string): key is K => Object.hasOwn(record, key);

/** The words for an error code the API answered with, or undefined for a code not known here. */
export function errorLabel(code: string, lang: LabelLang): string | undefined {
  if (isKey(ERROR_LABELS, code)) return ERROR_LABELS[code][lang];
  if (isKey(REQUEST_ERROR_LABELS, code)) return REQUEST_ERROR_LABELS[code][lang];
  return undefined;
}

export function stageRequirementLabel(requirement: string, lang: LabelLang): string {
  return isKey(STAGE_REQUIREMENT_LABELS, requirement) ? STAGE_REQUIREMENT_LABELS[requirement][lang] : requirement;
}
