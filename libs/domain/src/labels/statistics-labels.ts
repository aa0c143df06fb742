import type { LabelLang, Labels } from './vocabulary-labels.js';

type Pairs = Readonly<Record<string, readonly [id: string, en: string]>>;

/** The names of the statistics' dimensions and figures, as the CSV and XLSX exports head their columns. */
const COLUMNS: Pairs = {
  year: ['Tahun', 'Year'],
  month: ['Bulan', 'Month'],
  foundProvince: ['Provinsi ditemukan', 'Province where found'],
  foundDistrict: ['Kab/kota ditemukan', 'District where found'],
  originProvince: ['Provinsi asal', 'Province of origin'],
  originDistrict: ['Kab/kota asal', 'District of origin'],
  sex: ['Jenis kelamin', 'Sex'],
  ageGroup: ['Kelompok umur', 'Age group'],
  nationality: ['Kewarganegaraan', 'Nationality'],
  victimStatus: ['Status korban', 'Victim status'],
  destinationCountry: ['Negara tujuan', 'Destination country'],
  channel: ['Jalur masuk', 'Channel'],
  stage: ['Tahap', 'Stage'],
  closureReason: ['Alasan penutupan', 'Closure reason'],
  exploitationType: ['Bentuk eksploitasi', 'Exploitation type'],
  recruitmentMethod: ['Cara perekrutan', 'Recruitment method'],
  modus: ['Modus', 'Modus'],
  transitPoint: ['Titik transit', 'Transit point'],
  toAgency: ['Lembaga penerima', 'Receiving agency'],
  toAgencyType: ['Jenis lembaga penerima', 'Receiving agency type'],
  service: ['Layanan', 'Service'],
  count: ['Jumlah', 'Count'],
  sent: ['Dikirim', 'Sent'],
  accepted: ['Diterima', 'Accepted'],
  declined: ['Ditolak', 'Declined'],
  withdrawn: ['Ditarik', 'Withdrawn'],
  expired: ['Kedaluwarsa', 'Expired'],
  pending: ['Menunggu jawaban', 'Pending'],
  completed: ['Selesai', 'Completed'],
  medianHoursToAnswer: ['Median jam sampai dijawab', 'Median hours to answer'],
  p90HoursToAnswer: ['Persentil 90 jam sampai dijawab', '90th percentile hours to answer'],
  shareAnsweredInTime: ['Porsi dijawab tepat waktu', 'Share answered in time'],
  medianDaysToComplete: ['Median hari sampai selesai', 'Median days to complete'],
  p90DaysToComplete: ['Persentil 90 hari sampai selesai', '90th percentile days to complete'],
  medianDays: ['Median hari', 'Median days'],
  p90Days: ['Persentil 90 hari', '90th percentile days'],
  current: ['Saat ini', 'Current'],
  requested: ['Diminta', 'Requested'],
  due: ['Jatuh tempo', 'Due'],
  within: ['Tepat waktu', 'Within the clock'],
  late: ['Terlambat', 'Late'],
  undelivered: ['Belum diberikan', 'Undelivered'],
  running: ['Masih berjalan', 'Running'],
  cancelled: ['Dibatalkan', 'Cancelled'],
  flagged: ['Dilaporkan terlambat', 'Flagged'],
  shareWithinClock: ['Porsi tepat waktu', 'Share within the clock'],
  total: ['Total', 'Total'],
};

export const STATISTICS_COLUMN_LABELS: Readonly<Record<string, Labels>> = Object.fromEntries(
  Object.entries(COLUMNS).map(([key, [id, en]]) => [key, { id, en }]),
);

/** A statistics column's name in the reader's language; the key itself for a column not named here. */
export function statisticsColumn(key: string, lang: LabelLang): string {
  return Object.hasOwn(STATISTICS_COLUMN_LABELS, key) ? STATISTICS_COLUMN_LABELS[key]![lang] : key;
}

/** What the suppression mark means, under an XLSX table. */
export const SUPPRESSED_NOTE: Labels = {
  id: 'disamarkan (jumlah kecil, atau jumlah yang dapat mengungkap jumlah kecil)',
  en: 'suppressed (a small count, or one that would reveal a small count)',
};
