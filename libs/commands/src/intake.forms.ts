import { AGE_BANDS, AGENCY_TYPES, CHANNELS, CONSENT_SCOPES, GUARDIAN_RELATIONSHIPS, REPORTER_TYPES, SEXES } from '@rujukan/domain';
import { COUNTRY, countryHint, DISTRICT, districtHint, id, newCase, onCase, PROVINCE, provinceHint, reason, target } from './command-form.js';

/** The route and the console's form of this area's commands; `intake.commands.ts` adds each one's DTO. */
export const INTAKE_FORMS = [
  newCase('OpenCase', [
    { name: 'channel', kind: 'select', label: ['Jalur masuk', 'Channel'], required: true, options: CHANNELS, vocabulary: 'channel' },
    { name: 'reporterType', kind: 'select', label: ['Pelapor', 'Reported by'], required: true, options: REPORTER_TYPES, vocabulary: 'reporterType' },
    {
      name: 'districtCode',
      kind: 'text',
      label: ['Kab/kota tempat korban ditemukan', 'District where the victim was found'],
      required: true,
      pattern: DISTRICT,
      hint: districtHint,
    },
  ]),
  onCase('RegisterVictim', [
    {
      name: 'initials',
      kind: 'text',
      label: ['Inisial korban', "Victim's initials"],
      required: true,
      max: 12,
      pattern: /^[A-Z](?:[. ]?[A-Z]){0,3}\.?$/,
      hint: ['Hanya inisial, mis. SR (bukan nama lengkap)', 'Initials only, e.g. SR (never the full name)'],
    },
    { name: 'sex', kind: 'select', label: ['Jenis kelamin', 'Sex'], required: true, options: SEXES, vocabulary: 'sex' },
    { name: 'birthYear', kind: 'int', label: ['Tahun lahir', 'Birth year'], min: 1900, max: 2100, hint: ['Atau isi kelompok umur', 'Or give the age band'] },
    { name: 'ageBand', kind: 'select', label: ['Kelompok umur', 'Age band'], options: AGE_BANDS, vocabulary: 'ageBand' },
    { name: 'isChild', kind: 'boolean', label: ['Anak (di bawah 18 tahun)', 'Child (under 18)'] },
    {
      name: 'nationality',
      kind: 'text',
      label: ['Kewarganegaraan', 'Nationality'],
      required: true,
      pattern: COUNTRY,
      hint: countryHint,
      initial: () => 'ID',
    },
    { name: 'originProvinceCode', kind: 'text', label: ['Provinsi asal', 'Province of origin'], required: true, pattern: PROVINCE, hint: provinceHint },
    { name: 'originDistrictCode', kind: 'text', label: ['Kab/kota asal', 'District of origin'], required: true, pattern: DISTRICT, hint: districtHint },
    { name: 'identity.fullName', kind: 'text', label: ['Nama lengkap (dirahasiakan)', 'Full name (sealed)'], max: 200 },
    { name: 'identity.nik', kind: 'text', label: ['NIK (dirahasiakan)', 'NIK (sealed)'], pattern: /^\d{16}$/, hint: ['16 angka', '16 digits'] },
    { name: 'identity.phone', kind: 'text', label: ['Telepon (dirahasiakan)', 'Phone (sealed)'], pattern: /^\+?[0-9 ()-]{6,20}$/ },
    { name: 'identity.address', kind: 'textarea', label: ['Alamat (dirahasiakan)', 'Address (sealed)'], max: 500 },
  ]),
  onCase(
    'EraseIdentity',
    [{ name: 'legalBasis', kind: 'textarea', label: ['Dasar hukum penghapusan', 'Legal basis of the erasure'], required: true, max: 500 }],
    {
      path: 'cases/:id/erasure',
      danger: true,
    },
  ),
  onCase('RecordConsent', [
    id('consentId', 'consent'),
    {
      name: 'scope',
      kind: 'select',
      label: ['Cakupan persetujuan', 'Scope of consent'],
      required: true,
      options: CONSENT_SCOPES,
      vocabulary: 'consentScope',
    },
    { name: 'agencies', kind: 'agencies', label: ['Lembaga yang boleh menerima', 'Agencies it may go to'], when: { field: 'scope', equals: 'share' } },
    {
      name: 'agencyTypes',
      kind: 'multi',
      label: ['Jenis lembaga yang boleh menerima', 'Agency types it may go to'],
      options: AGENCY_TYPES,
      vocabulary: 'agencyType',
      when: { field: 'scope', equals: 'share' },
    },
    // One step at intake: the same signed form usually also covers sharing, so it is recorded with it.
    {
      name: 'share.agencyTypes',
      kind: 'multi',
      label: ['Sekaligus setuju dibagikan ke jenis lembaga', 'Also agreed to share with agency types'],
      options: AGENCY_TYPES,
      vocabulary: 'agencyType',
      when: { field: 'scope', equals: 'process' },
    },
    {
      name: 'share.agencies',
      kind: 'agencies',
      label: ['Sekaligus setuju dibagikan ke lembaga', 'Also agreed to share with agencies'],
      when: { field: 'scope', equals: 'process' },
    },
    { name: 'purpose', kind: 'text', label: ['Tujuan', 'Purpose'], max: 1000 },
    {
      name: 'guardian.relationship',
      kind: 'select',
      label: ['Wali (untuk anak): hubungan', 'Guardian (for a child): relationship'],
      options: GUARDIAN_RELATIONSHIPS,
      vocabulary: 'guardianRelationship',
    },
    { name: 'guardian.initials', kind: 'text', label: ['Wali: inisial', 'Guardian: initials'], max: 12 },
    { name: 'evidenceRef', kind: 'text', label: ['Nomor formulir persetujuan', 'Reference of the signed form'], required: true, max: 200 },
  ]),
  onCase('WithdrawConsent', [target('consentId', ['Persetujuan', 'Consent']), { ...reason, required: false }]),
  onCase('OverrideConsent', [id('overrideId', 'override'), { name: 'toAgency', kind: 'agency', label: ['Lembaga', 'Agency'], required: true }, reason], {
    danger: true,
  }),
];
