import type { Lang } from './lang.js';
import { countryName } from '@rujukan/domain';
import { label } from './labels.js';
import { CODES, portName, type Names } from './names.js';

/** A timeline row as the API answers it: `facts` are the event's values without words (null on rows older than them). */
export interface TimelineRow {
  type: string;
  summary: string;
  facts: Record<string, unknown> | null;
}

type F = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Say = (id: string, en: string) => string;
type Write = (f: F, say: Say, l: (vocabulary: string, value: unknown) => string, lang: Lang) => string;

/** A district the facts still name by code reads as "kab/kota 6503"; by name it is "Kabupaten Nunukan" alone. */
const district = (say: Say, value: unknown): string =>
  /^\d{4}$/.test(String(value)) ? say(`kab/kota ${String(value)}`, `district ${String(value)}`) : String(value ?? '');
const province = (say: Say, value: unknown): string =>
  /^\d{2}$/.test(String(value)) ? say(`provinsi ${String(value)}`, `province ${String(value)}`) : String(value ?? '');

const day = (value: unknown): string => String(value ?? '').slice(0, 10);
const rupiah = (amount: unknown): string => `Rp ${Number(amount).toLocaleString('id-ID')}`;
const list = (l: (v: string, x: unknown) => string, vocabulary: string, values: unknown, none: string): string =>
  Array.isArray(values) && values.length > 0 ? values.map((v) => l(vocabulary, v)).join(', ') : none;

/** The trafficking indicators of an assessment, each list named in the reader's language; absent lists are left out. */
function indicators(f: F, l: (v: string, x: unknown) => string, lang: Lang): string {
  const i = (f.indicators ?? {}) as F;
  const parts: Array<[string, string, string, unknown]> = [
    ['modus', 'modus', 'modus', i.modus],
    ['meansOfControl', 'cara pengendalian', 'means of control', i.meansOfControl],
    ['exploitationType', 'bentuk eksploitasi', 'exploitation', i.exploitationTypes],
    ['recruitmentMethod', 'cara perekrutan', 'recruitment', i.recruitmentMethods],
  ];
  const lists = parts
    .filter(([, , , values]) => Array.isArray(values) && values.length > 0)
    .map(([vocabulary, id, en, values]) => `${lang === 'id' ? id : en}: ${list(l, vocabulary, values, '')}`);
  if (typeof i.destinationCountry === 'string') lists.push(`${lang === 'id' ? 'negara tujuan' : 'destination'}: ${countryName(i.destinationCountry, lang)}`);
  return lists.length > 0 ? `; ${lists.join('; ')}` : '';
}

/** One sentence per event type, in Bahasa Indonesia and English, from the event's facts; the console's own words. */
const WRITE: Record<string, Write> = {
  CaseOpened: (f, say, l) => {
    const by = f.reportingAgency ? ` (${f.reportingAgency})` : '';
    return say(
      `Kasus dibuka oleh ${f.ownerAgency} melalui ${l('channel', f.channel).toLowerCase()}, dilaporkan oleh ${l('reporterType', f.reporterType).toLowerCase()}${by} di ${district(say, f.districtCode)}`,
      `Case opened by ${f.ownerAgency} via ${l('channel', f.channel).toLowerCase()}, reported by ${l('reporterType', f.reporterType).toLowerCase()}${by} in ${district(say, f.districtCode)}`,
    );
  },
  VictimRegistered: (f, say, l) =>
    say(
      `Korban ${f.initials} didaftarkan: ${l('sex', f.sex).toLowerCase()}, ${f.isChild ? 'anak' : 'dewasa'}, warga negara ${countryName(f.nationality, 'id')}, dari ${province(say, f.originProvinceCode)}`,
      `Victim ${f.initials} registered: ${l('sex', f.sex).toLowerCase()}, ${f.isChild ? 'child' : 'adult'}, national of ${countryName(f.nationality, 'en')}, from ${province(say, f.originProvinceCode)}`,
    ),
  IdentityErased: (_f, say) => say('Identitas korban dihapus: kunci datanya dimusnahkan', "Victim's identity erased: the data key was destroyed"),
  ConsentRecorded: (f, say, l) => {
    const by = f.guardian
      ? say(
          ` (diberikan oleh ${l('guardianRelationship', f.guardian.relationship).toLowerCase()})`,
          ` (given by ${l('guardianRelationship', f.guardian.relationship).toLowerCase()})`,
        )
      : '';
    const withWhom = [...(f.agencies ?? []), ...(f.agencyTypes ?? []).map((t: string) => l('agencyType', t))].join(', ');
    return f.scope === 'process'
      ? say(`Persetujuan memproses kasus dicatat${by}`, `Consent to process recorded${by}`)
      : say(`Persetujuan berbagi dengan ${withWhom || '—'} dicatat${by}`, `Consent to share with ${withWhom || '—'} recorded${by}`);
  },
  ConsentWithdrawn: (f, say, l) =>
    say(`Persetujuan (${l('consentScope', f.scope).toLowerCase()}) ditarik`, `Consent (${l('consentScope', f.scope).toLowerCase()}) withdrawn`),
  ConsentOverrideRecorded: (f, say) => say(`Pengecualian persetujuan untuk berbagi dengan ${f.toAgency}`, `Consent overridden to share with ${f.toAgency}`),
  AssessmentRecorded: (f, say, l) =>
    say(
      `Asesmen dicatat: ${l('victimStatus', f.victimStatus).toLowerCase()}, risiko ${l('riskLevel', f.riskLevel).toLowerCase()}, kebutuhan ${list(l, 'service', f.needs, 'tidak ada').toLowerCase()}${indicators(f, l, 'id')}`,
      `Assessment recorded: ${l('victimStatus', f.victimStatus).toLowerCase()}, ${l('riskLevel', f.riskLevel).toLowerCase()} risk, needs ${list(l, 'service', f.needs, 'none').toLowerCase()}${indicators(f, l, 'en')}`,
    ),
  AssessmentApproved: (f, say, l) =>
    say(`Asesmen disetujui: ${l('victimStatus', f.victimStatus).toLowerCase()}`, `Assessment approved: ${l('victimStatus', f.victimStatus).toLowerCase()}`),
  ServiceRequested: (f, say, l) =>
    say(
      `Layanan ${l('service', f.service).toLowerCase()} diminta${f.providerAgency ? ` dari ${f.providerAgency}` : ''}, tenggat ${day(f.dueBy)}`,
      `${l('service', f.service)} service requested${f.providerAgency ? ` from ${f.providerAgency}` : ''}, due ${day(f.dueBy)}`,
    ),
  ServiceDelivered: (f, say, l) =>
    say(
      `Layanan ${l('service', f.service).toLowerCase()} diberikan ${f.onTime ? 'tepat waktu' : `terlambat (tenggat ${day(f.dueBy)})`}`,
      `${l('service', f.service)} service delivered ${f.onTime ? 'on time' : `late (was due ${day(f.dueBy)})`}`,
    ),
  ServiceOverdueFlagged: (f, say, l) =>
    say(
      `Layanan ${l('service', f.service).toLowerCase()} belum diberikan sampai ${day(f.dueBy)}: dilaporkan ke supervisor ${f.escalateTo?.agency}`,
      `${l('service', f.service)} service not delivered by ${day(f.dueBy)}: flagged to the ${f.escalateTo?.agency} supervisor`,
    ),
  ShelterPlacementStarted: (f, say) =>
    say(
      `Penempatan di rumah aman ${f.shelterAgency} dimulai, rencana berakhir ${day(f.plannedEndBy)}`,
      `Shelter placement started at ${f.shelterAgency}, planned to end ${day(f.plannedEndBy)}`,
    ),
  ShelterPlacementExtended: (f, say) =>
    say(
      `Penempatan diperpanjang ${f.days} hari, kini berakhir ${day(f.plannedEndBy)}`,
      `Shelter placement extended by ${f.days} days, now ending ${day(f.plannedEndBy)}`,
    ),
  ShelterPlacementEnded: (f, say, l) =>
    say(
      `Penempatan di rumah aman berakhir (${l('shelterEndReason', f.endReason ?? '').toLowerCase()})`,
      `Shelter placement ended (${l('shelterEndReason', f.endReason ?? '').toLowerCase()})`,
    ),
  RepatriationPlanned: (f, say, l, lang) => {
    const from =
      f.from?.kind === 'country' ? countryName(f.from.country, lang) : f.from?.kind === 'port' ? l('transitPoint', f.from.port) : f.from?.provinceCode;
    return say(
      `Pemulangan direncanakan dari ${from} ke ${district(say, f.toDistrictCode)} (${l('transportMode', f.transport).toLowerCase()}) pada ${f.plannedDate}, didampingi ${f.escortAgency}`,
      `Repatriation planned from ${from} to ${district(say, f.toDistrictCode)} by ${l('transportMode', f.transport).toLowerCase()} on ${f.plannedDate}, escorted by ${f.escortAgency}`,
    );
  },
  // The return leg from abroad; a place the ports list lacks is sealed and shown as the row's reason, not here.
  ReturnLegRecorded: (f, say, l, lang) => {
    const from = [f.fromPort ? portName(f.fromPort) : null, countryName(f.fromCountry, lang)].filter(Boolean).join(', ');
    const entry = f.entryPort ? portName(f.entryPort) : say('tempat masuk lain', 'another entry point');
    const by = f.transport ? ` (${l('transportMode', f.transport).toLowerCase()})` : '';
    return say(
      `Kepulangan dari luar negeri dicatat: ${l('arrivalKind', f.arrivalKind).toLowerCase()} dari ${from} ke ${entry} pada ${day(f.arrivedOn)}${by}`,
      `Return from abroad recorded: ${l('arrivalKind', f.arrivalKind).toLowerCase()} from ${from} to ${entry} on ${day(f.arrivedOn)}${by}`,
    );
  },
  VictimHandedOver: (f, say) =>
    say(
      `Korban diserahterimakan kepada ${f.receivingAgency} (berita acara ${f.handoverRecordNumber})`,
      `Victim handed over to ${f.receivingAgency} (record ${f.handoverRecordNumber})`,
    ),
  RepatriationCompleted: (f, say) =>
    say(`Pemulangan ke ${district(say, f.toDistrictCode)} selesai`, `Repatriation completed to ${district(say, f.toDistrictCode)}`),
  ReintegrationPlanApproved: (f, say, l) => {
    const goals = (f.goals ?? []).map((g: string) => l('reintegrationGoal', g).toLowerCase()).join(', ');
    return say(`Rencana reintegrasi disetujui: ${goals}`, `Reintegration plan approved: ${goals}`);
  },
  FollowUpVisitRecorded: (f, say, l) =>
    say(
      `Kunjungan lanjutan ${f.visitedOn}: ${l('wellbeing', f.wellbeing).toLowerCase()}`,
      `Follow-up visit on ${f.visitedOn}: ${l('wellbeing', f.wellbeing).toLowerCase()}`,
    ),
  ReintegrationCompleted: (_f, say) => say('Reintegrasi selesai', 'Reintegration completed'),
  PoliceReportFiled: (f, say) =>
    say(
      `Laporan polisi ${f.reportNumber} dicatat di ${f.policeAgency} (${f.unit}) pada ${f.filedOn}`,
      `Police report ${f.reportNumber} filed with ${f.policeAgency} (${f.unit}) on ${f.filedOn}`,
    ),
  SpdpIssued: (f, say) => say(`SPDP ${f.spdpNumber} terbit pada ${f.issuedOn}`, `SPDP ${f.spdpNumber} issued on ${f.issuedOn}`),
  SuspectsNamed: (f, say) =>
    say(
      `${f.count} tersangka ditetapkan pada ${f.namedOn}, seluruhnya ${f.totalSuspects}`,
      `${f.count} suspect${f.count === 1 ? '' : 's'} named on ${f.namedOn}, ${f.totalSuspects} in all`,
    ),
  CaseFileCompleted: (f, say) => say(`Berkas perkara dinyatakan lengkap (P-21) pada ${f.completeOn}`, `Case file declared complete (P-21) on ${f.completeOn}`),
  ProsecutionStarted: (f, say) => say(`Perkara dilimpahkan ke ${f.court} pada ${f.startedOn}`, `Prosecution started at ${f.court} on ${f.startedOn}`),
  VerdictRecorded: (f, say, l) => {
    const outcome = l('verdictOutcome', f.outcome).toLowerCase();
    const months = f.sentenceMonths > 0 ? [`, pidana ${f.sentenceMonths} bulan`, `, ${f.sentenceMonths} months`] : ['', ''];
    const restitution =
      f.restitutionOrderedAmount > 0
        ? [`, restitusi ${rupiah(f.restitutionOrderedAmount)}`, `, restitution of ${rupiah(f.restitutionOrderedAmount)} ordered`]
        : ['', ''];
    return say(
      `Putusan ${f.verdictNumber} ${f.court} pada ${f.decidedOn}: ${outcome}${months[0]}${restitution[0]}`,
      `Verdict ${f.verdictNumber} of ${f.court} on ${f.decidedOn}: ${outcome}${months[1]}${restitution[1]}`,
    );
  },
  LpskApplicationFiled: (f, say) => say(`Permohonan LPSK diajukan pada ${f.filedOn}`, `LPSK application filed on ${f.filedOn}`),
  LpskDecisionRecorded: (f, say, l) =>
    say(
      `Keputusan LPSK ${f.decisionNumber} pada ${f.decidedOn}: ${l('lpskDecision', f.decision).toLowerCase()}`,
      `LPSK decision ${f.decisionNumber} on ${f.decidedOn}: ${l('lpskDecision', f.decision).toLowerCase()}`,
    ),
  RestitutionAssessed: (f, say, l) =>
    say(
      `Restitusi dinilai ${rupiah(f.amount)} oleh ${l('restitutionAssessor', f.assessedBy)}`,
      `Restitution assessed at ${rupiah(f.amount)} by ${l('restitutionAssessor', f.assessedBy)}`,
    ),
  RestitutionOrdered: (f, say) =>
    say(
      `Restitusi ${rupiah(f.amount)} diputus dengan putusan ${f.verdictNumber}, dibayar paling lambat ${f.payBy}`,
      `Restitution of ${rupiah(f.amount)} ordered by verdict ${f.verdictNumber}, payment due ${f.payBy}`,
    ),
  RestitutionPaid: (f, say) =>
    say(
      `Pembayaran restitusi ${rupiah(f.amount)} diterima pada ${f.paidOn}${f.fullyPaid ? ', lunas' : `, ${rupiah(f.totalPaid)} terbayar sejauh ini`}`,
      `Restitution payment of ${rupiah(f.amount)} received on ${f.paidOn}${f.fullyPaid ? ', paid in full' : `, ${rupiah(f.totalPaid)} paid so far`}`,
    ),
  RestitutionDefaulted: (f, say) =>
    say(`Restitusi tidak dibayar: ${rupiah(f.unpaidAmount)} belum dibayar`, `Restitution defaulted with ${rupiah(f.unpaidAmount)} unpaid`),
  StageAdvanced: (f, say, l) =>
    say(`Tahap berlanjut dari ${l('stage', f.from)} ke ${l('stage', f.to)}`, `Stage advanced from ${l('stage', f.from)} to ${l('stage', f.to)}`),
  StageSkipped: (f, say, l) =>
    say(`Tahap ${l('stage', f.stage)} dilewati, pindah ke ${l('stage', f.to)}`, `Stage ${l('stage', f.stage)} skipped, moved to ${l('stage', f.to)}`),
  ClosureRequested: (f, say, l) =>
    say(
      `Penutupan diajukan: ${l('closureReason', f.closureReason ?? '').toLowerCase()}`,
      `Closure requested: ${l('closureReason', f.closureReason ?? '').toLowerCase()}`,
    ),
  ClosureRejected: (_f, say) => say('Penutupan ditolak', 'Closure rejected'),
  CaseClosed: (f, say, l) =>
    say(
      `Kasus ditutup dari tahap ${l('stage', f.closedFromStage)}: ${l('closureReason', f.closureReason ?? '').toLowerCase()}`,
      `Case closed from ${l('stage', f.closedFromStage)}: ${l('closureReason', f.closureReason ?? '').toLowerCase()}`,
    ),
  CaseReopened: (f, say, l) => say(`Kasus dibuka kembali pada tahap ${l('stage', f.stage)}`, `Case reopened at ${l('stage', f.stage)}`),
  ReferralSent: (f, say, l) =>
    say(
      `Rujukan ${l('service', f.service).toLowerCase()} dikirim ke ${f.toAgency}, dijawab paling lambat ${day(f.responseDeadline)}${f.sharesIdentity ? ', berbagi identitas' : ''}`,
      `Referral for ${l('service', f.service).toLowerCase()} sent to ${f.toAgency}, answer due ${day(f.responseDeadline)}${f.sharesIdentity ? ', sharing identity' : ''}`,
    ),
  ReferralAccepted: (_f, say) => say('Rujukan diterima', 'Referral accepted'),
  ReferralDeclined: (_f, say) => say('Rujukan ditolak', 'Referral declined'),
  ReferralWithdrawn: (_f, say) => say('Rujukan ditarik', 'Referral withdrawn'),
  ReferralExpired: (f, say) =>
    say(
      `Rujukan kedaluwarsa tanpa jawaban (tenggat ${day(f.responseDeadline)}), dilaporkan ke supervisor ${f.escalateTo?.agency}`,
      `Referral expired unanswered (due ${day(f.responseDeadline)}), escalated to the supervisor of ${f.escalateTo?.agency}`,
    ),
  ReferralCompleted: (f, say, l) => {
    const why = f.failureReason ? ` (${l('referralFailureReason', f.failureReason).toLowerCase()})` : '';
    return say(`Rujukan selesai: ${l('outcome', f.outcome).toLowerCase()}${why}`, `Referral completed: ${l('outcome', f.outcome).toLowerCase()}${why}`);
  },
  TransferRequested: (f, say) =>
    say(`Pengalihan kasus dari ${f.fromAgency} ke ${f.toAgency} diajukan`, `Transfer requested from ${f.fromAgency} to ${f.toAgency}`),
  TransferAccepted: (f, say) => say(`Kasus dialihkan ke ${f.toAgency}`, `Case transferred to ${f.toAgency}`),
  TransferDeclined: (_f, say) => say('Pengalihan kasus ditolak', 'Transfer declined'),
  CaseAssigned: (f, say) =>
    f.previousAssignee
      ? say(`Kasus dialihkan dari ${f.previousAssignee} kepada ${f.assignee}`, `Case reassigned from ${f.previousAssignee} to ${f.assignee}`)
      : say(`Kasus ditugaskan kepada ${f.assignee}`, `Case assigned to ${f.assignee}`),
  CaseNoteAdded: (f, say) => {
    const what = f.kind === 'kronologi' ? say('Kronologi', 'Kronologi entry') : say('Catatan', 'Note');
    // A note the reader's agency may not read: the API says only that it exists, its kind and its author.
    if (f.shared === false)
      return say(`${what} dari ${f.authorAgency} yang tidak dibagikan kepada lembaga Anda`, `${what} by ${f.authorAgency} not shared with your agency`);
    const readers = Array.isArray(f.visibleTo) ? f.visibleTo.join(', ') : '—';
    return say(`${what} ditambahkan oleh ${f.authorAgency}, dapat dibaca oleh ${readers}`, `${what} added by ${f.authorAgency}, readable by ${readers}`);
  },
  DocumentAttached: (f, say, l) => {
    const kb = Math.max(1, Math.round(Number(f.size) / 1024));
    return say(
      `Dokumen dilampirkan: ${l('documentKind', f.kind)} (${l('documentContentType', f.contentType)}, ${kb} KB)`,
      `Document attached: ${l('documentKind', f.kind)} (${l('documentContentType', f.contentType)}, ${kb} KB)`,
    );
  },
};

/** Facts that name an agency, one or a list of them (`visibleTo`: the agencies a note is shared with). */
const AGENCY_FACTS = [
  'ownerAgency',
  'reportingAgency',
  'fromAgency',
  'toAgency',
  'providerAgency',
  'shelterAgency',
  'escortAgency',
  'receivingAgency',
  'policeAgency',
  'authorAgency',
];
const AGENCY_LIST_FACTS = ['agencies', 'visibleTo'];
const DISTRICT_FACTS = ['districtCode', 'toDistrictCode', 'originDistrictCode'];

/** The facts with agencies and regions by name: the sentences then name them as people know them. */
function named(facts: F, names: Names): F {
  const f: F = { ...facts };
  const text = (v: unknown) => typeof v === 'string';
  for (const key of AGENCY_FACTS) if (text(f[key])) f[key] = names.agency(f[key]);
  for (const key of AGENCY_LIST_FACTS) if (Array.isArray(f[key])) f[key] = f[key].map((v: unknown) => (text(v) ? names.agency(v as string) : v));
  for (const key of DISTRICT_FACTS) if (text(f[key])) f[key] = names.district(f[key]);
  if (text(f.originProvinceCode)) f.originProvinceCode = names.province(f.originProvinceCode);
  if (f.escalateTo && text(f.escalateTo.agency)) f.escalateTo = { ...f.escalateTo, agency: names.agency(f.escalateTo.agency) };
  if (f.from?.kind === 'province' && text(f.from.provinceCode)) f.from = { ...f.from, provinceCode: names.province(f.from.provinceCode) };
  return f;
}

/**
 * The event as a sentence in the reader's language, agencies and regions by `names` (by code without them); the
 * server's (English) summary when the row has no facts or the type is new.
 */
export function timelineText(lang: Lang, row: TimelineRow, names: Names = CODES): string {
  const write = WRITE[row.type];
  if (!write || row.facts === null || row.facts === undefined) return row.summary;
  const say: Say = (id, en) => (lang === 'id' ? id : en);
  return write(named(row.facts, names), say, (vocabulary, value) => label(lang, vocabulary, typeof value === 'string' ? value : String(value ?? '')), lang);
}

/** The event types this module writes, for the spec that keeps it in step with the domain. */
export const TIMELINE_TEXT_TYPES = Object.keys(WRITE);

/** Codes of a vocabulary the server's reason of a row begins with, in its English words (`other; the note`). */
const REASON_CODES = ['closureReason', 'endReason', 'failureReason'] as const;

/**
 * What a person wrote on the row (a closure's note, why a placement ended), without the server's English words for
 * the reason's code, which the sentence already says in the reader's language ("other — other" before).
 */
export function personalReason(row: TimelineRow & { reason?: string | null }): string | null {
  const reason = row.reason ?? null;
  if (reason === null || !row.facts) return reason;
  for (const key of REASON_CODES) {
    const code = row.facts[key];
    if (typeof code !== 'string') continue;
    const words = code.replace(/_/g, ' ');
    if (reason === words) return null;
    if (reason.startsWith(`${words}; `)) return reason.slice(words.length + 2);
  }
  return reason;
}
