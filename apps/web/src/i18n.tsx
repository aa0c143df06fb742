import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Lang } from './lang.js';

export type { Lang };

/** Every message of the console, in Bahasa Indonesia (the default) and English. `{name}` is replaced. */
const MESSAGES = {
  'app.name': ['Rujukan', 'Rujukan'],
  'app.tagline': ['Konsol petugas layanan korban TPPO', 'Console for TPPO victim services'],
  'app.skip': ['Lewati ke konten utama', 'Skip to main content'],
  'app.loading': ['Memuat…', 'Loading…'],
  'app.language': ['Bahasa', 'Language'],
  'app.signOut': ['Keluar', 'Sign out'],
  'app.signedInAs': ['Masuk sebagai {user} · {role} · {agency}', 'Signed in as {user} · {role} · {agency}'],
  'app.retry': ['Coba lagi', 'Try again'],
  'app.notFound': ['Halaman tidak ditemukan.', 'Page not found.'],
  'app.back': ['Kembali', 'Back'],
  'app.stale': ['Data mungkin belum mutakhir: {behind}. Muat ulang sebentar lagi.', 'The data may not be current yet: {behind}. Reload in a moment.'],
  'app.updated': ['Diperbarui {time}', 'Updated {time}'],
  'app.none': ['Tidak ada.', 'None.'],
  'app.wib': ['WIB', 'WIB'],
  'nav.main': ['Navigasi utama', 'Main navigation'],
  'nav.queue': ['Antrian', 'Queue'],
  'nav.inbox': ['Kotak masuk', 'Inbox'],
  'inbox.title': ['Kotak masuk penyelia', "Supervisor's inbox"],
  'inbox.assessments': ['Asesmen menunggu persetujuan', 'Assessments awaiting approval'],
  'inbox.closures': ['Permintaan penutupan kasus', 'Closure requests'],
  'inbox.plans': ['Menunggu rencana reintegrasi', 'Waiting for a reintegration plan'],
  'inbox.expired': ['Rujukan kedaluwarsa (eskalasi)', 'Expired referrals (escalated)'],
  'inbox.overdueServices': ['Layanan lewat tenggat 7 hari', 'Services past their 7 days'],
  'inbox.waitingLong': ['Kasus tanpa kegiatan {days} hari atau lebih', 'Cases with no activity for {days} days or more'],
  'inbox.resend': ['Kirim ulang rujukan', 'Send the referral again'],
  'inbox.resent': ['Rujukan dikirim ulang ke {agency}.', 'Referral sent again to {agency}.'],
  'nav.newCase': ['Kasus baru', 'New case'],
  'nav.cases': ['Kasus', 'Cases'],
  'cases.title': ['Daftar kasus', 'Cases'],
  'cases.search': ['Cari kasus', 'Find a case'],
  'cases.searchHint': [
    'Nomor registrasi, inisial, nomor LP; untuk kasus lembaga Anda juga nama, NIK atau nomor telepon korban',
    "Registration number, initials, police report number; in your agency's cases also the victim's name, NIK or phone",
  ],
  'cases.find': ['Cari', 'Search'],
  'cases.statusFilter': ['Status', 'Status'],
  'cases.status.open': ['Berjalan', 'Open'],
  'cases.status.closed': ['Ditutup', 'Closed'],
  'cases.referral': ['Rujukan', 'Referral'],
  'cases.overdue': ['Ada tenggat terlewat', 'Has an overdue clock'],
  'cases.openedFrom': ['Dibuka sejak', 'Opened from'],
  'cases.openedTo': ['Dibuka sampai', 'Opened until'],
  'cases.count': ['{total} kasus', '{total} cases'],
  'cases.victim': ['Korban', 'Victim'],
  'cases.owner': ['Lembaga pemilik', 'Owning agency'],
  'cases.opened': ['Dibuka', 'Opened'],
  'cases.pages': ['Halaman', 'Pages'],
  'cases.previous': ['Sebelumnya', 'Previous'],
  'cases.next': ['Berikutnya', 'Next'],
  'nav.audit': ['Audit', 'Audit'],
  'nav.stats': ['Statistik', 'Statistics'],
  'nav.plans': ['Rencana aksi', 'Action plans'],
  'plans.title': ['Rencana Aksi Daerah (RAD)', 'Regional action plans (RAD)'],
  'plans.list': ['Rencana', 'Plans'],
  'plans.counts': ['{items} kegiatan, {completed} selesai, {late} terlambat', '{items} items, {completed} completed, {late} late'],
  'plans.pillar': ['Bidang', 'Pillar'],
  'plans.activity': ['Kegiatan', 'Activity'],
  'plans.responsible': ['Penanggung jawab', 'Responsible'],
  'plans.indicator': ['Capaian / target', 'Achieved / target'],
  'plans.due': ['Tenggat', 'Due'],
  'plans.status': ['Status', 'Status'],

  'signIn.title': ['Masuk', 'Sign in'],
  'signIn.devNotice': [
    'Masuk pengembangan: pilih lembaga dan peran. Tidak tersedia di produksi.',
    'Development sign-in: pick an agency and a role. Not available in production.',
  ],
  'signIn.agency': ['Lembaga', 'Agency'],
  'signIn.role': ['Peran', 'Role'],
  'signIn.userId': ['ID pengguna', 'User id'],
  'signIn.userIdHint': ['Huruf, angka, . _ @ : -', 'Letters, digits, . _ @ : -'],
  'signIn.submit': ['Masuk', 'Sign in'],
  'signIn.oidc': ['Masuk dengan akun instansi', 'Sign in with your agency account'],
  'signIn.oidcNotice': ['Anda akan diarahkan ke penyedia identitas instansi.', 'You will be taken to the identity provider of your agency.'],
  'signIn.noAgencies': [
    'Direktori lembaga masih kosong. Administrator mencatat lembaga dengan PUT /admin/agencies atau `npm run seed:demo`.',
    'The agency directory is empty. An administrator records agencies with PUT /admin/agencies or `npm run seed:demo`.',
  ],
  'signIn.callback': ['Menyelesaikan proses masuk…', 'Completing sign-in…'],
  'signIn.expired': ['Sesi berakhir. Silakan masuk kembali.', 'Your session ended. Please sign in again.'],

  'queue.title': ['Antrian {agency}', 'Queue of {agency}'],
  'queue.incoming': ['Rujukan masuk', 'Incoming referrals'],
  'queue.incomingHint': ['Menunggu jawaban lembaga Anda, paling mendesak di atas.', 'Waiting for your agency to answer, most urgent first.'],
  'queue.inProgress': ['Sedang ditangani', 'Accepted, in progress'],
  'queue.awaiting': ['Menunggu jawaban lembaga lain', 'Waiting for other agencies'],
  'queue.recent': ['Selesai 30 hari terakhir', 'Closed in the last 30 days'],
  'queue.cases': ['Kasus per tahap', 'Cases by stage'],
  'queue.mine': ['Kasus saya', 'My cases'],
  'queue.mineHint': ['Kasus yang ditugaskan kepada Anda, paling mendesak di atas.', 'Cases assigned to you, most urgent first.'],
  'queue.team': ['Tim saya', 'My team'],
  'queue.unassigned': ['Belum ditugaskan', 'Not assigned'],
  'queue.notAssignable': ['tidak aktif lagi: alihkan kasusnya', 'no longer active: reassign their cases'],
  'col.caseworker': ['Pendamping kasus', 'Caseworker'],
  'col.openCases': ['Kasus terbuka', 'Open cases'],
  'col.overdueItems': ['Lewat tenggat', 'Overdue'],
  'case.assignee': ['Pendamping kasus', 'Caseworker'],
  'case.unassigned': ['Belum ditugaskan', 'Not assigned'],
  'queue.filter': ['Saring', 'Filter'],
  'queue.search': ['Cari (nomor kasus, lembaga)', 'Search (case number, agency)'],
  'queue.service': ['Layanan', 'Service'],
  'queue.stage': ['Tahap', 'Stage'],
  'queue.all': ['Semua', 'All'],
  'queue.live': ['Diperbarui otomatis setiap {seconds} detik', 'Updates itself every {seconds} seconds'],
  'queue.changed': ['Antrian berubah: ada {count} perubahan sejak tadi.', 'The queue changed: {count} changes since the last look.'],
  'queue.overdueCount': ['{count} lewat tenggat', '{count} overdue'],
  'queue.empty': ['Tidak ada.', 'Nothing here.'],
  'queue.open': ['Buka', 'Open'],
  'queue.transfersIn': ['Pengalihan kasus masuk', 'Incoming case transfers'],
  'queue.transfersInHint': [
    'Lembaga lain meminta lembaga Anda mengambil alih kasus ini. Tidak ada tenggat; terlama di atas. Buka kasus untuk menerima atau menolak.',
    'Other agencies ask your agency to take these cases over. There is no deadline; the longest waiting first. Open the case to accept or decline.',
  ],
  'queue.transfersOut': ['Pengalihan menunggu jawaban lembaga lain', 'Transfers waiting for other agencies'],

  'col.case': ['Kasus', 'Case'],
  'col.from': ['Dari', 'From'],
  'col.to': ['Kepada', 'To'],
  'col.service': ['Layanan', 'Service'],
  'col.deadline': ['Tenggat', 'Deadline'],
  'col.timeLeft': ['Sisa waktu', 'Time left'],
  'col.status': ['Status', 'Status'],
  'col.stage': ['Tahap', 'Stage'],
  'col.next': ['Tindakan berikutnya', 'Next action'],
  'col.due': ['Jatuh tempo', 'Due'],
  'col.openReferrals': ['Rujukan terbuka', 'Open referrals'],
  'col.sent': ['Dikirim', 'Sent'],
  'col.answered': ['Dijawab', 'Answered'],
  'col.outcome': ['Hasil', 'Outcome'],
  'col.when': ['Waktu', 'When'],
  'col.who': ['Oleh', 'By'],
  'col.what': ['Peristiwa', 'Event'],
  'col.requested': ['Diajukan', 'Requested'],
  'col.waiting': ['Lama menunggu', 'Waiting'],
  'col.actions': ['Tindakan', 'Actions'],
  'col.reason': ['Alasan', 'Reason'],

  'time.overdue': ['lewat {span}', '{span} overdue'],
  'time.left': ['{span} lagi', '{span} left'],
  'time.waiting': ['menunggu {span}', 'waiting {span}'],
  'time.days': ['{n} hari', '{n} d'],
  'time.hours': ['{n} jam', '{n} h'],
  'time.minutes': ['{n} menit', '{n} min'],

  'case.title': ['Kasus {id}', 'Case {id}'],
  'case.summary': ['Ringkasan', 'Summary'],
  'case.owner': ['Lembaga pemilik', 'Owning agency'],
  'case.channel': ['Jalur masuk', 'Channel'],
  'case.found': ['Kab/kota ditemukan', 'District where found'],
  'case.opened': ['Dibuka', 'Opened'],
  'case.victim': ['Korban', 'Victim'],
  'case.noVictim': ['Korban belum didaftarkan.', 'The victim is not registered yet.'],
  'case.child': ['anak', 'child'],
  'case.adult': ['dewasa', 'adult'],
  'case.origin': ['Asal', 'Origin'],
  'case.assessment': ['Asesmen', 'Assessment'],
  'case.victimStatus': ['Status korban', 'Victim status'],
  'case.risk': ['Tingkat risiko', 'Risk level'],
  'case.progress': ['Tahapan kasus', 'Case stages'],
  'case.stageCurrent': ['tahap saat ini', 'current stage'],
  'case.stageDone': ['selesai', 'done'],
  'case.stageSkipped': ['dilewati', 'skipped'],
  'case.referrals': ['Rujukan', 'Referrals'],
  'case.legal': ['Jalur hukum', 'Legal track'],
  'case.noLegal': ['Belum ada catatan hukum.', 'No legal record yet.'],
  'case.timeline': ['Riwayat', 'Timeline'],
  'case.actions': ['Tindakan', 'Actions'],
  'case.noActions': ['Tidak ada tindakan yang dapat Anda lakukan pada tahap ini.', 'There is nothing you may do on this case at this stage.'],
  'case.withheld': ['Tidak ditampilkan untuk lembaga Anda: {sections}.', 'Not shown to your agency: {sections}.'],
  'case.clocks': ['Tenggat berjalan', 'Running clocks'],
  'case.flags': ['Penanda', 'Flags'],
  'case.nextAction': ['Tindakan berikutnya', 'Next action'],
  'case.readOnly': ['Hanya-baca: lembaga Anda tidak lagi menangani kasus ini.', 'Read-only: your agency no longer works on this case.'],
  'case.done': ['{action}: tersimpan.', '{action}: saved.'],
  'case.openReferral': ['Buka rujukan', 'Open referral'],
  'case.transfers': ['Pengalihan kasus', 'Case transfers'],
  'case.transferPending': [
    '{from} meminta lembaga Anda mengambil alih kasus ini. Anda melihat yang diperlukan untuk memutuskan; terima atau tolak di Tindakan.',
    '{from} asks your agency to take this case over. You see what you need to decide; accept or decline under Actions.',
  ],

  'referral.title': ['Rujukan {service}', 'Referral for {service}'],
  'referral.reason': ['Alasan rujukan', 'Reason for the referral'],
  'referral.answer': ['Jawaban', 'Answer'],
  'referral.caseLink': ['Lihat kasus', 'See the case'],
  'referral.nothing': ['Rujukan ini tidak menunggu tindakan lembaga Anda.', 'This referral waits for nothing from your agency.'],

  'form.required': ['wajib diisi', 'required'],
  'form.optional': ['opsional', 'optional'],
  'form.submit': ['Simpan', 'Save'],
  'form.cancel': ['Batal', 'Cancel'],
  'form.sending': ['Menyimpan…', 'Saving…'],
  'form.fix': ['Periksa isian yang ditandai.', 'Check the marked fields.'],
  'form.choose': ['— pilih —', '— choose —'],
  'form.otherPlace': ['Lainnya (tulis nama tempat)', 'Another place (write its name)'],
  'form.invalid': ['format tidak sesuai', 'wrong format'],
  'form.tooLong': ['terlalu panjang (maks. {max})', 'too long (max. {max})'],
  'form.range': ['harus antara {min} dan {max}', 'must be from {min} to {max}'],
  'form.pickOne': ['pilih minimal satu', 'pick at least one'],
  'form.listHint': ['Pisahkan dengan koma', 'Separate with commas'],

  'newCase.title': ['Buka kasus baru', 'Open a new case'],
  'newCase.opened': ['Kasus dibuka.', 'Case opened.'],

  'audit.title': ['Audit kasus', 'Case audit'],
  'stats.title': ['Statistik', 'Statistics'],
  'stats.flowMap': ['Peta arus: provinsi asal → titik transit → negara tujuan', 'Flow map: origin province → transit point → destination country'],
  'stats.flowMapAlt': [
    'Peta arus kasus dari provinsi asal melalui pelabuhan atau pos lintas batas ke negara tujuan; arus kecil tidak digambar.',
    'Map of case flows from origin provinces through ports or border crossings to destination countries; small flows are not drawn.',
  ],
  'nav.mous': ['Daftar MoU', 'MoU register'],
  'mous.title': ['Daftar MoU antarprovinsi', 'Register of MoUs between provinces'],
  'mous.register': ['MoU', 'MoUs'],
  'mous.reference': ['Nomor dan judul', 'Reference and title'],
  'mous.parties': ['Para pihak', 'Parties'],
  'mous.scopes': ['Ruang lingkup', 'Scope'],
  'mous.period': ['Berlaku', 'In force'],
  'mous.status': ['Status', 'Status'],
  'mous.illustrative': ['ilustrasi, bukan MoU nyata', 'illustrative, not a real MoU'],
  'mous.status.in_force': ['Berlaku', 'In force'],
  'mous.status.not_yet': ['Belum berlaku', 'Not yet in force'],
  'mous.status.expired': ['Berakhir', 'Expired'],
  'mous.status.terminated': ['Diakhiri', 'Terminated'],

  'error.network': ['Server tidak dapat dihubungi. Periksa jaringan lalu coba lagi.', 'The server cannot be reached. Check the network and try again.'],
  'error.forbidden': ['Anda tidak berwenang melakukan ini ({code}).', 'You may not do this ({code}).'],
  'error.notFound': ['Tidak ditemukan, atau bukan kasus lembaga Anda.', 'Not found, or not a case of your agency.'],
  'error.conflict': ['Ditolak: {message}', 'Refused: {message}'],
  'error.validation': ['Isian tidak valid.', 'Some fields are not valid.'],
  'error.unknown': ['Terjadi kesalahan ({code}).', 'Something went wrong ({code}).'],
} as const satisfies Record<string, readonly [string, string]>;

export type MessageKey = keyof typeof MESSAGES;
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translate(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}): string {
  const text = MESSAGES[key][lang === 'id' ? 0 : 1];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);
const STORAGE_KEY = 'rujukan.lang';

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id'));
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next;
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(() => ({ lang, setLang, t: (key, values) => translate(lang, key, values) }), [lang, setLang]);
  document.documentElement.lang = lang;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
