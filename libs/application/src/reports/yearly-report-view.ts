import { vocabularyLabel, type KeyValue, type PublishedTable, type YearlyReport } from '@rujukan/domain';
import { countryName, type RegionNames, type ReportLang } from './report-names.js';
import { barChart, columnChart, type ChartBar } from './svg-charts.js';

/** How a hidden count is printed, whatever hid it (saying "below the threshold" would narrow it). */
export const HIDDEN = 's';

const TEXT = {
  id: {
    title: 'Laporan Statistik Tahunan Tindak Pidana Perdagangan Orang',
    issuer: 'Gugus Tugas Pencegahan dan Penanganan Tindak Pidana Perdagangan Orang',
    national: 'Indonesia (nasional)',
    province: 'Provinsi',
    year: 'Tahun',
    period: 'Periode',
    provisional: 'Data sementara: tahun berjalan, dihitung sampai tanggal penyusunan.',
    generated: 'Disusun pada',
    source: 'Sumber: catatan kasus Rujukan (proyeksi statistik), tanpa data identitas korban.',
    summary: 'Ringkasan',
    cases: 'Kasus teridentifikasi',
    women: 'Korban perempuan',
    children: 'Korban anak (di bawah 18 tahun)',
    referralsSent: 'Rujukan dikirim',
    referralsAnswered: 'Rujukan dijawab',
    shareInTime: 'Dijawab tepat waktu',
    medianHours: 'Median waktu menjawab rujukan',
    hours: 'jam',
    ofAnswered: 'dari rujukan yang dijawab',
    byYear: (from: number, to: number) => `Kasus per tahun, ${from}–${to}`,
    byMonth: (year: number) => `Kasus per bulan, ${year}`,
    byDestination: 'Kasus menurut negara tujuan',
    byOrigin: 'Kasus menurut provinsi asal korban',
    byExploitation: 'Kasus menurut jenis eksploitasi',
    bySexAge: 'Korban menurut jenis kelamin dan kelompok umur',
    category: 'Kategori',
    count: 'Jumlah kasus',
    total: 'Jumlah',
    yearCol: 'Tahun',
    monthCol: 'Bulan',
    country: 'Negara tujuan',
    originProvince: 'Provinsi asal',
    exploitation: 'Jenis eksploitasi',
    sexCol: 'Jenis kelamin',
    ageCol: 'Kelompok umur',
    unknown: 'Belum tercatat',
    severalTypes: 'Satu kasus dapat memiliki lebih dari satu jenis eksploitasi, sehingga jumlahnya tidak sama dengan jumlah kasus.',
    notes: 'Catatan',
    suppression: (t: number) =>
      `${HIDDEN} = angka disembunyikan untuk melindungi korban: angka di bawah ${t} tidak diterbitkan, dan angka lain ikut disembunyikan bila angka kecil itu dapat dihitung dari jumlahnya. Angka 0 adalah nol yang sebenarnya.`,
    countedWhere:
      'Kasus dihitung di wilayah tempat korban ditemukan atau wilayah asal korban, menurut tanggal identifikasi (WIB). Negara tujuan dan jenis eksploitasi berasal dari asesmen; kasus yang belum diases tercatat "Belum tercatat".',
    inTime: 'Rujukan dijawab tepat waktu bila diterima atau ditolak sebelum batas waktu jawaban.',
    page: (n: number, of: number) => `Halaman ${n} dari ${of}`,
    chartOf: 'Grafik',
  },
  en: {
    title: 'Yearly Statistical Report on Trafficking in Persons',
    issuer: 'Task Force for the Prevention and Handling of Trafficking in Persons',
    national: 'Indonesia (national)',
    province: 'Province of',
    year: 'Year',
    period: 'Period',
    provisional: 'Provisional figures: the year is not over; counted up to the date of compilation.',
    generated: 'Compiled on',
    source: 'Source: Rujukan case records (statistics projection), without any identifying data of victims.',
    summary: 'Key figures',
    cases: 'Cases identified',
    women: 'Female victims',
    children: 'Child victims (under 18)',
    referralsSent: 'Referrals sent',
    referralsAnswered: 'Referrals answered',
    shareInTime: 'Answered in time',
    medianHours: 'Median time to answer a referral',
    hours: 'hours',
    ofAnswered: 'of the referrals answered',
    byYear: (from: number, to: number) => `Cases per year, ${from}–${to}`,
    byMonth: (year: number) => `Cases per month, ${year}`,
    byDestination: 'Cases by country of destination',
    byOrigin: 'Cases by province of origin of the victim',
    byExploitation: 'Cases by type of exploitation',
    bySexAge: 'Victims by sex and age group',
    category: 'Category',
    count: 'Cases',
    total: 'Total',
    yearCol: 'Year',
    monthCol: 'Month',
    country: 'Country of destination',
    originProvince: 'Province of origin',
    exploitation: 'Type of exploitation',
    sexCol: 'Sex',
    ageCol: 'Age group',
    unknown: 'Not recorded yet',
    severalTypes: 'A case may involve more than one type of exploitation, so these counts do not add up to the number of cases.',
    notes: 'Notes',
    suppression: (t: number) =>
      `${HIDDEN} = figure withheld to protect victims: counts below ${t} are not published, and other counts are withheld too where a small count could be worked out from the totals. A 0 is a true zero.`,
    countedWhere:
      'A case is counted in the region where the victim was identified or where the victim comes from, by date of identification (WIB). Country of destination and type of exploitation come from the assessment; cases not yet assessed appear as "Not recorded yet".',
    inTime: 'A referral is answered in time when it is accepted or declined before its response deadline.',
    page: (n: number, of: number) => `Page ${n} of ${of}`,
    chartOf: 'Chart',
  },
} as const;

const AGE: Record<ReportLang, Record<string, string>> = {
  id: { child: 'Anak (< 18 tahun)', adult: 'Dewasa' },
  en: { child: 'Child (under 18)', adult: 'Adult' },
};

export interface TableView {
  head: [string, string];
  rows: Array<[string, string]>;
  total: [string, string] | null;
}

export interface SectionView {
  title: string;
  /** Inline SVG, the same string in the HTML and the PDF. */
  chart: string | null;
  table: TableView;
  note: string | null;
}

/** Everything the HTML and PDF renderers print, in one language: they only lay it out. */
export interface YearlyReportView {
  lang: ReportLang;
  title: string;
  issuer: string;
  regionName: string;
  yearLabel: string;
  period: string;
  provisional: string | null;
  generated: string;
  source: string;
  summaryTitle: string;
  keyFigures: Array<{ label: string; value: string; note: string | null }>;
  sections: SectionView[];
  notesTitle: string;
  notes: string[];
  page(n: number, of: number): string;
}

const LOCALE: Record<ReportLang, string> = { id: 'id-ID', en: 'en-GB' };

/** The report in words and formatted numbers (id: 1.234; en: 1,234), with its charts drawn. */
export function yearlyReportView(report: YearlyReport, lang: ReportLang, names: RegionNames, compiledAt: Date): YearlyReportView {
  const t = TEXT[lang];
  const locale = LOCALE[lang];
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const count = (n: number | null) => (n === null ? HIDDEN : integer.format(n));
  const date = (d: Date) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Asia/Jakarta' }).format(d);
  const month = (m: number) => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, m - 1, 15)));
  const shortMonth = (m: number) =>
    new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, m - 1, 15))).replace('.', '');
  const { year, region } = report;
  const regionName =
    region.district !== null
      ? `${names.district(region.district, lang)}, ${lang === 'id' ? 'Provinsi ' : ''}${names.province(region.district.slice(0, 2), lang)}`
      : region.province !== null
        ? lang === 'id'
          ? `Provinsi ${names.province(region.province, lang)}`
          : names.province(region.province, lang)
        : t.national;
  const issuerRegion =
    region.district !== null
      ? names.district(region.district, lang)
      : region.province !== null
        ? lang === 'id'
          ? `Provinsi ${names.province(region.province, lang)}`
          : names.province(region.province, lang)
        : lang === 'id'
          ? 'Pusat'
          : '(national)';
  const jakartaToday = new Date(compiledAt.getTime() + 7 * 3_600_000);
  const yearNotOver = jakartaToday.getUTCFullYear() <= year;
  const periodEnd = yearNotOver ? compiledAt : new Date(Date.UTC(year, 11, 31, 5));
  const label = (value: KeyValue, lookup: (code: string) => string) => (value === null ? t.unknown : lookup(String(value)));

  const tableOf = (table: PublishedTable, head: string, name: (key: KeyValue) => string): TableView => ({
    head: [head, t.count],
    rows: table.rows.map((r) => [name(r.key), count(r.count)]),
    total: table.total === undefined ? null : [t.total, count(table.total)],
  });
  const barsOf = (table: PublishedTable, name: (key: KeyValue) => string, highlight?: (key: KeyValue) => boolean): ChartBar[] =>
    table.rows.map((r) => ({ label: name(r.key), value: r.count, display: count(r.count), highlight: highlight?.(r.key) ?? false }));
  const ticks = (n: number) => integer.format(n);

  const yearName = (k: KeyValue) => String(k);
  const countryOf = (k: KeyValue) => label(k, (c) => countryName(c, lang));
  const provinceOf = (k: KeyValue) => label(k, (c) => names.province(c, lang));
  const exploitationOf = (k: KeyValue) => label(k, (c) => vocabularyLabel('exploitationType', c, lang) ?? c);
  const sexOf = (k: KeyValue) => label(k, (c) => vocabularyLabel('sex', c, lang) ?? c);
  const ageOf = (k: KeyValue) => label(k, (c) => AGE[lang][c] ?? c);

  const firstYear = report.casesByYear.rows[0]?.key ?? year;
  const sections: SectionView[] = [
    {
      title: t.byYear(Number(firstYear), year),
      chart: columnChart(
        barsOf(report.casesByYear, yearName, (k) => k === year),
        { title: t.byYear(Number(firstYear), year), formatTick: ticks },
      ),
      table: tableOf(report.casesByYear, t.yearCol, yearName),
      note: null,
    },
    {
      title: t.byMonth(year),
      chart: columnChart(
        report.casesByMonth.rows.map((r) => ({ label: shortMonth(Number(r.key)), value: r.count, display: count(r.count) })),
        { title: t.byMonth(year), formatTick: ticks },
      ),
      table: tableOf(report.casesByMonth, t.monthCol, (k) => month(Number(k))),
      note: null,
    },
    {
      title: t.byDestination,
      chart: barChart(barsOf(report.casesByDestinationCountry, countryOf), { title: t.byDestination }),
      table: tableOf(report.casesByDestinationCountry, t.country, countryOf),
      note: null,
    },
    {
      title: t.byOrigin,
      chart: barChart(barsOf(report.casesByOriginProvince, provinceOf), { title: t.byOrigin }),
      table: tableOf(report.casesByOriginProvince, t.originProvince, provinceOf),
      note: null,
    },
    {
      title: t.byExploitation,
      chart:
        report.casesByExploitationType.rows.length > 0 ? barChart(barsOf(report.casesByExploitationType, exploitationOf), { title: t.byExploitation }) : null,
      table: tableOf(report.casesByExploitationType, t.exploitation, exploitationOf),
      note: t.severalTypes,
    },
    {
      title: t.bySexAge,
      chart: null,
      table: {
        head: [t.category, t.count],
        rows: [
          ...report.casesBySex.rows.map((r): [string, string] => [`${t.sexCol}: ${sexOf(r.key)}`, count(r.count)]),
          ...report.casesByAgeGroup.rows.map((r): [string, string] => [`${t.ageCol}: ${ageOf(r.key)}`, count(r.count)]),
        ],
        total: null,
      },
      note: null,
    },
  ];
  const k = report.keyFigures;
  return {
    lang,
    title: t.title,
    issuer: `${t.issuer} ${issuerRegion}`,
    regionName,
    yearLabel: `${t.year} ${year}`,
    period: `${t.period}: ${date(new Date(Date.UTC(year, 0, 1, 5)))} – ${date(periodEnd)}`,
    provisional: yearNotOver ? t.provisional : null,
    generated: `${t.generated} ${date(compiledAt)}`,
    source: t.source,
    summaryTitle: t.summary,
    keyFigures: [
      { label: t.cases, value: count(k.cases), note: null },
      { label: t.women, value: count(k.women), note: null },
      { label: t.children, value: count(k.children), note: null },
      { label: t.referralsSent, value: count(k.referralsSent), note: null },
      { label: t.referralsAnswered, value: count(k.referralsAnswered), note: null },
      { label: t.shareInTime, value: k.shareAnsweredInTime === null ? HIDDEN : percent.format(k.shareAnsweredInTime), note: t.ofAnswered },
      { label: t.medianHours, value: k.medianHoursToAnswer === null ? HIDDEN : `${decimal.format(k.medianHoursToAnswer)} ${t.hours}`, note: null },
    ],
    sections,
    notesTitle: t.notes,
    notes: [t.suppression(report.threshold), t.countedWhere, t.inTime, t.source],
    page: t.page,
  };
}
