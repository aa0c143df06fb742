import { countryName, INDONESIAN_TIME_ZONES, vocabularyLabel, type CaseFile, type CaseView, type IndonesianTimeZone } from '@rujukan/domain';
import type { RegionNames } from '../reports/report-names.js';
import type { LetterView } from './letter-pdf.js';

export const LETTER_KINDS = ['referral', 'summary', 'handover'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/** What a letter is printed from: the case as its events say now, the reader's view of it, and the words to put in. */
export interface LetterInput {
  state: CaseFile;
  view: CaseView;
  /** The reader's agency: without the owner's view, it reads only its own referrals. */
  viewerAgency: string;
  agencyName: (code: string) => string;
  regions: RegionNames;
  /** The case's short number, printed as the registration number. */
  caseNumber: string;
  verification: { code: string; url: string };
  /** When it was printed, in the time the reader's agency keeps (WITA in Kalimantan Timur), the zone named. */
  printedAt: string;
  /** The time the reader's agency keeps: the days printed are her days. */
  timeZone: IndonesianTimeZone;
}

/** The victim's sealed free text, already opened for this reader (or left out). */
export interface ReferralLetterText {
  referralId: string;
  reason: string | null;
}

export interface HandoverLetterText {
  receivingAgency: string;
  recordNumber: string | null;
  location: string | null;
  at: string;
}

const l = (vocabulary: string, value: string | null | undefined): string => (value ? (vocabularyLabel(vocabulary, value, 'id') ?? value) : '—');
const day = (iso: string | null | undefined, zone: IndonesianTimeZone): string =>
  iso ? new Intl.DateTimeFormat('id-ID', { timeZone: INDONESIAN_TIME_ZONES[zone], day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso)) : '—';

const VERIFY_TEXT =
  'Kode verifikasi: pindai kode QR (tanpa akun) atau masukkan kode ini di Rujukan untuk memastikan surat ini sesuai dengan catatan kasus ' +
  'yang ditandatangani (rantai hash dan jangkar audit). Surat ini tidak memuat identitas korban.';
const WITHHELD =
  'Bagian yang tidak boleh dilihat lembaga pembaca tidak dicetak (UU 21/2007 Pasal 44; UU PDP 27/2022). Identitas korban (nama, NIK, alamat, telepon) tidak pernah dicetak.';

function victimRows(input: LetterInput): Array<[string, string]> {
  const victim = input.state.victim;
  if (!victim || !input.view.sections.includes('victimProfile')) return [];
  const age = victim.birthYear ? `lahir ${victim.birthYear}` : l('ageBand', victim.ageBand);
  const rows: Array<[string, string]> = [
    ['Inisial korban', victim.initials],
    ['Jenis kelamin', l('sex', victim.sex)],
    ['Usia', `${age}${victim.isChild ? ' (anak)' : ''}`],
    ['Kewarganegaraan', countryName(victim.nationality, 'id')],
  ];
  if (input.view.sections.includes('origin')) {
    rows.push(['Daerah asal', `${input.regions.district(victim.originDistrictCode, 'id')}, ${input.regions.province(victim.originProvinceCode, 'id')}`]);
  }
  return rows;
}

function base(input: LetterInput, title: string, number: string, footer: string): Omit<LetterView, 'head' | 'sections'> {
  return {
    issuer: input.agencyName(input.state.ownerAgency),
    title,
    number,
    withheld: input.view.access === 'owner' ? 'Identitas korban (nama, NIK, alamat, telepon) tidak pernah dicetak.' : WITHHELD,
    verification: { ...input.verification, text: VERIFY_TEXT },
    printedAt: `dicetak ${input.printedAt}`,
    footer,
    page: (page, pages) => `Halaman ${page} dari ${pages}`,
  };
}

/** The referral letter (surat rujukan), in Indonesian, for an agency that still works on paper. */
export function referralLetter(input: LetterInput, text: ReferralLetterText): LetterView {
  const referral = input.state.referrals[text.referralId]!;
  const number = `No. ${input.caseNumber}/RJK/${text.referralId.slice(0, 8).toUpperCase()}`;
  return {
    ...base(input, 'SURAT RUJUKAN', number, `Surat rujukan ${number}`),
    head: [
      ['Kepada', input.agencyName(referral.toAgency)],
      ['Dari', input.agencyName(referral.fromAgency)],
      ['Nomor registrasi kasus', input.caseNumber],
      ['Tanggal', input.printedAt],
    ],
    sections: [
      {
        title: 'Permohonan layanan',
        rows: [
          ['Layanan yang diminta', l('service', referral.service)],
          ['Alasan rujukan', text.reason ?? '—'],
          ['Mohon dijawab sebelum', day(referral.responseDeadline, input.timeZone)],
          ['Status rujukan', l('referralStatus', referral.status)],
          ['Identitas korban dibagikan', referral.sharesIdentity ? 'Ya, atas persetujuan korban (dibuka di Rujukan, tidak dicetak)' : 'Tidak'],
        ],
        note: 'Sesuai UU 21/2007 Pasal 52, layanan diberikan paling lambat 7 hari sejak permintaan.',
      },
      ...(victimRows(input).length > 0 ? [{ title: 'Korban', rows: victimRows(input) }] : []),
    ],
  };
}

/** The case summary (ringkasan kasus): only the sections the reader's view holds. */
export function caseSummaryLetter(input: LetterInput): LetterView {
  const { state, view } = input;
  const number = `No. ${input.caseNumber}/RKS`;
  const sections: LetterView['sections'][number][] = [
    {
      title: 'Kasus',
      rows: [
        ['Nomor registrasi', input.caseNumber],
        ['Lembaga pemilik kasus', input.agencyName(state.ownerAgency)],
        ['Tahap', l('stage', state.stage)],
        ['Dibuka', day(state.openedAt, input.timeZone)],
        ['Saluran pengaduan', l('channel', state.channel)],
        ['Ditemukan di', input.regions.district(state.districtCode, 'id')],
      ],
    },
  ];
  if (victimRows(input).length > 0) sections.push({ title: 'Korban', rows: victimRows(input) });
  const assessment = state.latestAssessmentId ? state.assessments[state.latestAssessmentId] : undefined;
  if (assessment && view.sections.includes('assessment')) {
    sections.push({
      title: 'Asesmen',
      rows: [
        ['Status korban', l('victimStatus', assessment.victimStatus)],
        ['Disetujui supervisor', assessment.approved ? 'Ya' : 'Belum'],
      ],
    });
  }
  const referrals = Object.values(state.referrals).filter((referral) => view.sees === 'everything' || referral.toAgency === input.viewerAgency);
  if (referrals.length > 0) {
    sections.push({
      title: 'Rujukan',
      rows: referrals.map(
        (referral) => [l('service', referral.service), `${input.agencyName(referral.toAgency)} — ${l('referralStatus', referral.status)}`] as const,
      ),
    });
  }
  if (view.sections.includes('legal') && state.policeReportNumbers.length > 0) {
    sections.push({ title: 'Proses hukum', rows: [['Laporan polisi', `${state.policeReportNumbers.length} laporan tercatat`]] });
  }
  return { ...base(input, 'RINGKASAN KASUS', number, `Ringkasan kasus ${input.caseNumber}`), head: [['Tanggal', input.printedAt]], sections };
}

/** The repatriation handover record (berita acara serah terima pemulangan). */
export function handoverLetter(input: LetterInput, handovers: readonly HandoverLetterText[]): LetterView {
  const { state } = input;
  const number = `No. ${input.caseNumber}/BAST`;
  return {
    ...base(input, 'BERITA ACARA SERAH TERIMA PEMULANGAN', number, `Berita acara serah terima ${input.caseNumber}`),
    head: [
      ['Nomor registrasi kasus', input.caseNumber],
      ['Tujuan pemulangan', state.repatriation.toDistrictCode ? input.regions.district(state.repatriation.toDistrictCode, 'id') : '—'],
      ['Pemulangan selesai', state.repatriation.completed ? 'Ya' : 'Belum'],
      ['Tanggal', input.printedAt],
    ],
    sections: [
      ...handovers.map((handover, i) => ({
        title: `Serah terima ${i + 1}`,
        rows: [
          ['Diserahkan kepada', input.agencyName(handover.receivingAgency)],
          ['Nomor berita acara', handover.recordNumber ?? '—'],
          ['Tempat', handover.location ?? '—'],
          ['Waktu', day(handover.at, input.timeZone)],
        ] as Array<readonly [string, string]>,
      })),
      ...(victimRows(input).length > 0 ? [{ title: 'Korban', rows: victimRows(input) }] : []),
    ],
  };
}
