import { ApiError } from '../../api.js';
import { errorMessage } from '../../components/common.js';
import type { Lang, Translate } from '../../i18n.js';
import { refusal } from '../../labels.js';

type Pair = readonly [string, string];
const TEXT = {
  documents: ['Dokumen', 'Documents'],
  documentsIntro: [
    'Berkas disimpan terenkripsi dengan kunci korban; setiap unduhan dicatat di log akses.',
    "Files are kept encrypted with the victim's key; every download is recorded in the access log.",
  ],
  none: ['Belum ada dokumen.', 'No documents yet.'],
  kind: ['Jenis dokumen', 'Kind of document'],
  size: ['Ukuran', 'Size'],
  download: ['Unduh', 'Download'],
  downloaded: ['Diunduh: {file}', 'Downloaded: {file}'],
  withheld: [
    'Lembaga Anda dapat melihat daftar ini, tetapi tidak dapat membuka berkasnya tanpa persetujuan korban untuk berbagi.',
    "Your agency sees this list but may not open the files without the victim's consent to share.",
  ],
  erased: ['Dokumen kasus ini terhapus bersama identitas korban (UU PDP).', "This case's documents were erased with the victim's identity (UU PDP)."],
  uploadHeading: ['Lampirkan dokumen', 'Attach a document'],
  choose: ['Pilih jenis', 'Choose a kind'],
  file: ['Berkas (PDF, PNG atau JPEG, paling besar {max})', 'File (PDF, PNG or JPEG, at most {max})'],
  upload: ['Lampirkan', 'Attach'],
  uploading: ['Mengunggah…', 'Uploading…'],
  uploaded: ['Dokumen dilampirkan: {kind}.', 'Document attached: {kind}.'],
  kindRequired: ['Pilih jenis dokumen.', 'Choose the kind of document.'],
  fileRequired: ['Pilih berkas yang akan dilampirkan.', 'Choose a file to attach.'],
  tooLarge: ['Berkas ini {size}; yang dapat dilampirkan paling besar {max}.', 'This file is {size}; at most {max} can be attached.'],
  serverTooLarge: ['Berkas terlalu besar; yang dapat dilampirkan paling besar {max}.', 'The file is too large; at most {max} can be attached.'],
  byContent: ['Jenis berkas diperiksa dari isinya, bukan dari namanya.', "A file's type is read from its content, not from its name."],
  letters: ['Cetak surat', 'Print letters'],
  lettersIntro: [
    'Surat dicetak dalam bahasa Indonesia, hanya dengan data yang boleh Anda lihat dan tanpa identitas korban; setiap pencetakan dicatat.',
    "Letters print in Indonesian, with only what you may see and never the victim's identity; every printing is recorded.",
  ],
  printSummary: ['Cetak ringkasan kasus (PDF)', 'Print the case summary (PDF)'],
  printReferral: ['Cetak surat rujukan (PDF)', 'Print the referral letter (PDF)'],
  printHandover: ['Cetak berita acara serah terima (PDF)', 'Print the handover record (PDF)'],
  printed: ['Disimpan: {file}', 'Saved: {file}'],
} satisfies Record<string, Pair>;

export type TextKey = keyof typeof TEXT;
export const text = (lang: Lang, key: TextKey, values: Record<string, string> = {}) =>
  TEXT[key][lang === 'id' ? 0 : 1].replace(/\{(\w+)\}/g, (_m, name: string) => values[name] ?? '');

/** "12 KB", "1,5 MB": a file's size as people read it. */
export function formatSize(lang: Lang, bytes: number): string {
  const number = (value: number) => new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024)} KB`;
  return `${number(bytes / (1024 * 1024))} MB`;
}

/**
 * A refused upload or download in the reader's language: the file's own refusals (its type, its size, erased) by their
 * labelled code, which the console's general message would show as a bare code; the rest as every page says them.
 */
export function fileError(t: Translate, lang: Lang, error: unknown, maxBytes: number): string {
  if (error instanceof ApiError && error.status === 413) return text(lang, 'serverTooLarge', { max: formatSize(lang, maxBytes) });
  if (error instanceof ApiError && error.status === 415)
    return `${refusal(lang, error.code, t('error.unknown', { code: '415' }), error.details)} ${text(lang, 'byContent')}`;
  if (error instanceof ApiError && error.status === 410) return refusal(lang, error.code, t('error.unknown', { code: '410' }), error.details);
  return errorMessage(t, lang, error);
}
