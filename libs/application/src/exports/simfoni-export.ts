import { stringify } from 'csv-stringify/sync';
import { caseStreamName, foldCase, hasActiveConsent, initialState, vocabularyLabel, type Actor, type CaseFile, type IdentityField } from '@rujukan/domain';
import type { EventStore } from '@rujukan/event-store';
import { toCaseEvent } from '../case-state-cache.js';
import type { IdentityVault, VictimIdentity } from '../identity/identity-vault.js';

/**
 * Records for SIMFONI-PPA (Sistem Informasi Online Perlindungan Perempuan dan Anak, KemenPPPA), the national system
 * UPTD PPA operators must also fill in. They identify the victim, so they are the owning agency supervisor's, only
 * of cases whose victim consented to being reported to the national system (consent scope `national_system`), and
 * each record read is written to the access log before its identity is opened. docs/exports.md says where the list
 * of fields comes from and what is not mapped.
 */
export const SIMFONI_COLUMNS = [
  'id_kasus_rujukan',
  'unit_layanan',
  'tanggal_pelaporan',
  'kabupaten_kota_penemuan',
  'nama_korban',
  'nik',
  'nomor_paspor',
  'alamat',
  'jenis_kelamin',
  'tahun_lahir',
  'kategori_usia',
  'kewarganegaraan',
  'negara_kewarganegaraan',
  'provinsi_asal',
  'kabupaten_kota_asal',
  'jenis_kekerasan',
  'bentuk_eksploitasi',
  'negara_tujuan',
  'layanan_diberikan',
] as const;
export type SimfoniColumn = (typeof SIMFONI_COLUMNS)[number];
export type SimfoniRecord = Record<SimfoniColumn, string | null>;

/** What SIMFONI's case form asks and Rujukan does not export, each with the reason: listed, never guessed. */
export const SIMFONI_NOT_MAPPED: Readonly<Record<string, string>> = {
  data_pelapor: 'the reporter: Rujukan records only the kind of reporter, never who reported',
  data_pelaku: 'the perpetrator: not recorded in Rujukan (a police matter)',
  tanggal_kejadian: 'when the violence happened: not recorded (only when the case was identified)',
  tempat_kejadian: 'the kind of place of the violence (household, workplace…): not recorded',
  tanggal_lahir: 'only the birth year is recorded',
  pendidikan: 'education: not recorded',
  pekerjaan: 'occupation: not recorded',
  status_perkawinan: 'marital status: not recorded',
  disabilitas: 'disability: not recorded',
  kronologi: 'the chronology is free text sealed with the victim’s key, kept in Rujukan’s notes; it is not copied out',
  nomor_telepon: 'not exported: the victim’s phone and photographs stay in Rujukan (data minimisation)',
  kecamatan_desa: 'Rujukan records the address as one sealed text and regions to the kabupaten/kota only',
};

/** The identity fields a SIMFONI record carries: no phone, photographs or notes. */
export const SIMFONI_IDENTITY_FIELDS: readonly IdentityField[] = ['fullName', 'nik', 'passportNumber', 'address'];

/** The categories of a case as the statistics projection holds them (by case id). */
export interface SimfoniCategories {
  exploitationTypes: readonly string[];
  destinationCountry: string | null;
  victimStatus: string | null;
}

export interface SimfoniReader {
  actor: Actor;
  channel: 'http' | 'cli';
}

/** Where each record read is written before its identity is opened (the access log). */
export interface SimfoniAccessLog {
  record(entry: {
    actor: string;
    role: string;
    agency: string;
    action: 'export.simfoni';
    caseId: string;
    reason: null;
    channel: 'http' | 'cli';
    detail: Record<string, unknown>;
  }): Promise<void>;
}

export interface SimfoniExport {
  system: 'SIMFONI-PPA';
  source: string;
  columns: readonly string[];
  notMapped: Readonly<Record<string, string>>;
  /** Cases of the agency looked at; those left out and why, counted. */
  considered: number;
  leftOut: { noNationalSystemConsent: number; notOwned: number; noVictim: number; identityErased: number; notAVictim: number };
  records: SimfoniRecord[];
}

const dayWib = (instant: string): string => new Date(Date.parse(instant) + 7 * 3_600_000).toISOString().slice(0, 10);
const label = (vocabulary: string, value: string): string => vocabularyLabel(vocabulary, value, 'id') ?? value;

/** One record from the case as its events say, its identity opened and its categories from the statistics. */
export function toSimfoniRecord(file: CaseFile, identity: VictimIdentity, categories: SimfoniCategories | undefined): SimfoniRecord {
  const victim = file.victim!;
  const delivered = [
    ...new Set(
      Object.values(file.services)
        .filter((s) => s.delivered)
        .map((s) => s.service),
    ),
  ];
  return {
    id_kasus_rujukan: file.caseId,
    unit_layanan: file.ownerAgency,
    tanggal_pelaporan: dayWib(file.openedAt),
    kabupaten_kota_penemuan: file.districtCode,
    nama_korban: identity.fullName ?? null,
    nik: identity.nik ?? null,
    nomor_paspor: identity.passportNumber ?? null,
    alamat: identity.address ?? null,
    jenis_kelamin: victim.sex === 'female' ? 'Perempuan' : victim.sex === 'male' ? 'Laki-laki' : null,
    tahun_lahir: victim.birthYear === null ? null : String(victim.birthYear),
    kategori_usia: victim.isChild ? 'Anak' : 'Dewasa',
    kewarganegaraan: victim.nationality === 'ID' ? 'WNI' : 'WNA',
    negara_kewarganegaraan: victim.nationality,
    provinsi_asal: victim.originProvinceCode,
    kabupaten_kota_asal: victim.originDistrictCode,
    jenis_kekerasan: 'Perdagangan orang (TPPO)',
    bentuk_eksploitasi:
      categories && categories.exploitationTypes.length > 0 ? categories.exploitationTypes.map((t) => label('exploitationType', t)).join('; ') : null,
    negara_tujuan: categories?.destinationCountry ?? null,
    layanan_diberikan: delivered.length > 0 ? delivered.map((s) => label('service', s)).join('; ') : null,
  };
}

/**
 * The SIMFONI records of the candidate cases: each case is folded from its events (the authority, not a read model),
 * kept only if the reader's agency owns it, a victim is registered and her identity not erased, and her consent to be
 * reported to the national system stands; the read is logged, then the identity opened.
 */
export async function collectSimfoniExport(
  store: EventStore,
  vault: IdentityVault,
  log: SimfoniAccessLog,
  reader: SimfoniReader,
  candidates: ReadonlyMap<string, SimfoniCategories>,
): Promise<SimfoniExport> {
  const leftOut = { noNationalSystemConsent: 0, notOwned: 0, noVictim: 0, identityErased: 0, notAVictim: 0 };
  const records: SimfoniRecord[] = [];
  for (const [caseId, categories] of candidates) {
    const state = foldCase((await store.readStream(caseStreamName(caseId))).map(toCaseEvent), initialState);
    if (!state.exists || state.ownerAgency !== reader.actor.agency) {
      leftOut.notOwned++;
      continue;
    }
    if (state.victim === null) {
      leftOut.noVictim++;
      continue;
    }
    if (categories.victimStatus === 'not_a_victim') {
      leftOut.notAVictim++;
      continue;
    }
    if (!hasActiveConsent(state, 'national_system')) {
      leftOut.noNationalSystemConsent++;
      continue;
    }
    if (state.identityErased) {
      leftOut.identityErased++;
      continue;
    }
    const sealed = state.victim.identity ?? {};
    const fields = SIMFONI_IDENTITY_FIELDS.filter((f) => sealed[f] !== undefined);
    // Recorded before anything is opened: a read that cannot be recorded is not served.
    await log.record({
      actor: reader.actor.userId,
      role: reader.actor.role,
      agency: reader.actor.agency,
      action: 'export.simfoni',
      caseId,
      reason: null,
      channel: reader.channel,
      detail: { fields, basis: 'consent:national_system' },
    });
    const opened = fields.length > 0 ? await vault.open(caseId, sealed, fields) : {};
    if (opened === 'erased') {
      leftOut.identityErased++;
      continue;
    }
    records.push(toSimfoniRecord(state, opened, categories));
  }
  records.sort((a, b) =>
    a.tanggal_pelaporan! < b.tanggal_pelaporan! ? -1 : a.tanggal_pelaporan! > b.tanggal_pelaporan! ? 1 : a.id_kasus_rujukan! < b.id_kasus_rujukan! ? -1 : 1,
  );
  return {
    system: 'SIMFONI-PPA',
    source:
      'SIMFONI-PPA case recording form (KemenPPPA), as its public descriptions name its sections: data korban (by name by address), data kasus, layanan; no field specification or import template was available: column names are Rujukan’s, in Indonesian after those sections (docs/exports.md)',
    columns: SIMFONI_COLUMNS,
    notMapped: SIMFONI_NOT_MAPPED,
    considered: candidates.size,
    leftOut,
    records,
  };
}

/** What a spreadsheet program reads as the start of a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** The records as CSV (UTF-8 with a byte-order mark); names and addresses typed by people are escaped against formulas. */
export function simfoniCsv(records: readonly SimfoniRecord[]): Buffer {
  const rows = [[...SIMFONI_COLUMNS], ...records.map((r) => SIMFONI_COLUMNS.map((c) => r[c] ?? ''))];
  return Buffer.from(`\uFEFF${stringify(rows, { escape_formulas: true, quoted_match: FORMULA_START })}`, 'utf8');
}
