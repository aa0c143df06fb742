import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import type { Actor } from '@rujukan/domain';
import {
  CONTROL_OF_MEANS,
  HTCDS_COLUMNS,
  LABOUR_OF_EXPLOITATION,
  QUASI_IDENTIFIERS,
  RECRUITMENT_OF_METHOD,
  SUPPRESSED,
  type HtcdsRecord,
} from '@rujukan/read-models';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/bootstrap.js';
import { upsertAgencies } from '../../apps/cli/src/demo/agency-directory.js';
import { DEMO_AGENCIES } from '../../apps/cli/src/demo/demo-agencies.js';
import { historicalCases } from '../../apps/cli/src/demo/demo-history.js';
import { historicalCommands } from '../../apps/cli/src/demo/in-process-commands.js';
import { seedHistory, type SeededHistoricalCase } from '../../apps/cli/src/demo/seed-history.js';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

const national: Actor = { userId: 'gt-ri', role: 'task_force_analyst', agency: 'GT-TPPO-RI' };
const kaltim: Actor = { userId: 'gt-64', role: 'task_force_analyst', agency: 'GT-TPPO-64' };
const balikpapan: Actor = { userId: 'gt-6471', role: 'task_force_analyst', agency: 'GT-TPPO-6471' };
const auditor: Actor = { userId: 'inspektorat-1', role: 'auditor', agency: 'INSPEKTORAT-RI' };
const caseworker: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: 'UPTD-PPA-64' };
const supervisor: Actor = { userId: 'spv-kaltim', role: 'supervisor', agency: 'UPTD-PPA-64' };
const police: Actor = { userId: 'pol-kaltim', role: 'police_investigator', agency: 'POLDA-KALTIM' };
const administrator: Actor = { userId: 'admin-1', role: 'administrator', agency: 'KEMENPPPA' };

// The demo's history of Kaltim, 2008–2013 (262 victims, as the articles count them), through the command path.
const CASES = historicalCases({ years: { from: 2008, to: 2013 }, provinces: ['64'] });

/** Victims registered over HTTP with a full identity: none of it may leave in an export. */
const IDENTITIES = [
  {
    fullName: 'Siti Rahmawati Nurjanah',
    nik: '6471015506990002',
    passportNumber: 'C1234567',
    address: 'Jl. Mawar Merah No. 17, Balikpapan',
    phone: '+62 812 5555 0101',
    notes: 'Direkrut oleh tetangga di Tawau',
  },
  {
    fullName: 'Dewi Anggraini Lestari',
    nik: '6472024107010003',
    passportNumber: 'B7654321',
    address: 'Gg. Kenanga 4, Samarinda',
    phone: '+62 813 4444 0202',
    notes: 'Dijanjikan kerja di kebun sawit',
  },
  {
    fullName: 'Yohana Mbaru Kewa',
    nik: '5310034402000001',
    passportNumber: 'A1122334',
    address: 'Desa Wolowaru, Ende',
    phone: '+62 821 3333 0303',
    notes: '=HYPERLINK("http://x")',
  },
];

const GENDERS = ['Female', 'Male', SUPPRESSED];
const STATUSES = ['Active', 'FollowUp', 'Closed', 'ClosedReferred'];
const isCountry = (v: unknown) => v === null || v === SUPPRESSED || (typeof v === 'string' && /^[A-Z]{2}$/.test(v));

/** Every value of a record is from the export's closed vocabularies: no free text, no code, no number but a year. */
function expectOnlyVocabulary(r: HtcdsRecord): void {
  expect(Object.keys(r).sort()).toEqual([...HTCDS_COLUMNS].sort());
  const year = r.yearOfRegistration;
  expect(year === SUPPRESSED || (typeof year === 'number' && year >= 2000 && year <= 2030) || /^20\d\d-20\d\d$/.test(String(year))).toBe(true);
  expect(GENDERS).toContain(r.prs_Gender);
  expect(['Minor', 'Adult', null, SUPPRESSED]).toContain(r.majorityStatus);
  expect(isCountry(r.prs_Nationality) && isCountry(r.CountryOfExploitation)).toBe(true);
  expect(Object.values(RECRUITMENT_OF_METHOD)).toEqual(expect.arrayContaining(r.vic_MethodOfRecruitment));
  expect(Object.values(CONTROL_OF_MEANS)).toEqual(expect.arrayContaining(r.vic_MethodsOfControl));
  expect(Object.values(LABOUR_OF_EXPLOITATION)).toEqual(expect.arrayContaining(r.vic_TypeOfLabourExploitation));
  for (const flag of ['isForcedLabour', 'isSexualExploit', 'isForcedMarriage', 'isOrganRemoval', 'isOtherExploit'] as const)
    expect(typeof r[flag]).toBe('boolean');
  expect(STATUSES).toContain(r.cas_Status);
}

function smallestGroup(records: HtcdsRecord[]): number {
  const counts = new Map<string, number>();
  for (const r of records) {
    const key = JSON.stringify(QUASI_IDENTIFIERS.map((q) => r[q]));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return Math.min(...counts.values());
}

describe('GET /exports/htcds: de-identified, k-anonymous case records', () => {
  let api: ApiTestApp;
  let withProjector: INestApplication;
  let seeded: SeededHistoricalCase[];
  const httpCaseIds: string[] = [];
  const get = async (actor: Actor, query: Record<string, string> = {}, path = '/exports/htcds') =>
    request(withProjector.getHttpServer())
      .get(path)
      .query(query)
      .set('Authorization', `Bearer ${await api.token(actor)}`);

  beforeAll(async () => {
    // As `npm run seed:demo` does: seed with no projector running, then start the service, whose projector catches up.
    api = await startApiTestApp({ withProjector: false, env: { PGOPTIONS: '-c synchronous_commit=off' } });
    await upsertAgencies(api.app.get(DataSource), [
      ...DEMO_AGENCIES,
      { code: 'GT-TPPO-RI', name: 'Gugus Tugas PP TPPO Pusat', type: 'uptd_ppa', provinceCode: null, districtCode: null },
      { code: 'GT-TPPO-64', name: 'Gugus Tugas PP TPPO Kalimantan Timur', type: 'uptd_ppa', provinceCode: '64', districtCode: null },
      { code: 'GT-TPPO-6471', name: 'Gugus Tugas PP TPPO Kota Balikpapan', type: 'uptd_ppa', provinceCode: '64', districtCode: '6471' },
      { code: 'INSPEKTORAT-RI', name: 'Inspektorat Jenderal', type: 'uptd_ppa', provinceCode: null, districtCode: null },
    ]);
    seeded = await seedHistory(historicalCommands(api.app), CASES, { concurrency: 4 });
    for (const [i, identity] of IDENTITIES.entries()) {
      const opened = await api.post('/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6471' }, caseworker);
      expect(opened.status).toBe(201);
      const registered = await api.post(
        `/cases/${opened.body.caseId}/register-victim`,
        {
          initials: 'SR',
          sex: 'female',
          birthYear: 1999 + i,
          isChild: false,
          nationality: 'ID',
          originProvinceCode: '35',
          originDistrictCode: '3509',
          identity,
        },
        caseworker,
      );
      expect(registered.status).toBe(201);
      httpCaseIds.push(opened.body.caseId);
    }
    withProjector = await createApiApp({ withProjector: true });
    await withProjector.init();
    // The statistics projection catches up in the background: wait until it holds every case and has applied every
    // event it handles (a case counts from its opening on, before its assessment is applied).
    const handled = [
      'CaseOpened',
      'VictimRegistered',
      'AssessmentRecorded',
      'AssessmentApproved',
      'StageAdvanced',
      'StageSkipped',
      'CaseClosed',
      'CaseReopened',
    ];
    const pending = async () =>
      (
        await withProjector.get(DataSource).query(
          `SELECT EXISTS (SELECT 1 FROM events e WHERE e.type = ANY($1::text[]) AND NOT EXISTS (
             SELECT 1 FROM projection_checkpoints c WHERE c.name = 'statistics-cases'
               AND (c.commit_position, c.prepare_position) >= (e.transaction_id::text::numeric, e.global_position))) AS pending`,
          [handled],
        )
      )[0].pending as boolean;
    for (let i = 0; i < 1200; i++) {
      const { body } = await get(national, {}, '/stats/cases');
      if (body.total === CASES.length + IDENTITIES.length && !(await pending())) break;
      await new Promise((done) => setTimeout(done, 100));
    }
  }, 300_000);
  afterAll(async () => {
    await withProjector?.close();
    await api?.close();
  });

  it('publishes no record whose quasi-identifiers fewer than 11 records share, and says what that cost', async () => {
    const { status, body } = await get(national);
    expect(status).toBe(200);
    expect(body.standard).toBe('HTCDS');
    const records = body.records as HtcdsRecord[];
    expect(records.length).toBeGreaterThan(0);
    expect(smallestGroup(records)).toBeGreaterThanOrEqual(11);
    const s = body.suppression;
    expect(s.k).toBe(11);
    expect(s.published).toBe(records.length);
    expect(s.published + s.dropped).toBe(s.records);
    expect(s.records).toBeGreaterThan(200);
    expect(s.suppressedShare).toBeCloseTo((s.withSuppressedValues + s.dropped) / s.records, 4);
    // Not everything suppressed: most records keep every quasi-identifier.
    expect(s.suppressedShare).toBeLessThan(0.5);
    expect(records.filter((r) => r.prs_Gender !== SUPPRESSED).length).toBeGreaterThan(records.length / 2);
    expect(body.notMapped).toHaveProperty('vic_TypeOfSexExploitation');
    // The demo records means of control in every assessment, and the statistics projection carries them to the export;
    // only victims never assessed have none: those who declined services at intake, and the three registered over HTTP.
    const unassessed = CASES.filter((c) => c.ending === 'victim_declined_services').length + IDENTITIES.length;
    expect(records.filter((r) => r.vic_MethodsOfControl.length === 0).length).toBeLessThanOrEqual(unassessed);
    expect(records.filter((r) => r.vic_MethodsOfControl.length > 0).length).toBeGreaterThanOrEqual(s.records - unassessed - s.dropped);
  });

  it('contains no identity value: every value is from a closed vocabulary, and no name, number, id or key of a case appears', async () => {
    const json = await get(national);
    const csv = await get(national, { format: 'csv' });
    for (const r of json.body.records as HtcdsRecord[]) expectOnlyVocabulary(r);
    const text = JSON.stringify(json.body) + csv.text;
    const identityValues = [
      ...IDENTITIES.flatMap((i) => Object.values(i)),
      'Rahmawati',
      'Mawar Merah',
      '5555 0101',
      ...httpCaseIds,
      ...seeded.map((c) => c.caseId),
      ...seeded.map((c) => c.key),
    ];
    expect(identityValues.filter((value) => text.includes(value))).toEqual([]);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
  });

  it('answers CSV with HTCDS field names as the header and the suppression in X-Export-* headers', async () => {
    const [json, csv] = [await get(national), await get(national, { format: 'csv' })];
    expect(csv.status).toBe(200);
    expect(csv.type).toBe('text/csv');
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\n');
    expect(lines[0]).toBe(HTCDS_COLUMNS.join(','));
    expect(lines).toHaveLength(json.body.records.length + 1);
    expect(csv.headers['x-export-k']).toBe('11');
    expect(csv.headers['x-export-records']).toBe(String(json.body.suppression.records));
    expect(csv.headers['x-export-suppressed-share']).toBe(String(json.body.suppression.suppressedShare));
  });

  it('scopes analysts to their region and lets auditors export within theirs', async () => {
    const all = await get(national);
    const province = await get(kaltim);
    expect(province.status).toBe(200);
    expect(province.body.scope).toEqual({ level: 'province', code: '64' });
    expect((await get(kaltim, { province: '64' })).body.suppression.records).toBe(province.body.suppression.records);
    const district = await get(balikpapan);
    expect(district.body.scope).toEqual({ level: 'district', code: '6471' });
    expect(district.body.suppression.records).toBeLessThan(province.body.suppression.records);
    expect(district.body.filters).toMatchObject({ district: '6471' });
    const elsewhere = await get(kaltim, { province: '65' });
    expect([elsewhere.status, elsewhere.body.code]).toEqual([403, 'STATS.OUT_OF_SCOPE']);
    expect((await get(balikpapan, { district: '6472' })).status).toBe(403);
    const audited = await get(auditor);
    expect(audited.status).toBe(200);
    expect(audited.body.suppression.records).toBe(all.body.suppression.records);
  });

  it('is a release, never a custom period nor a narrower region: no two exports of one caller can be subtracted from each other', async () => {
    const first = await get(national);
    const again = await get(national);
    // The last complete quarter: asked twice within it, the same records.
    expect(first.body.release).toMatchObject({ release: expect.stringMatching(/^20\d\d-Q[1-4]$/), to: expect.stringMatching(/-(03-31|06-30|09-30|12-31)$/) });
    expect(first.body.differencing).toContain('overlapping periods or regions');
    expect(first.body.filters).toMatchObject({ from: null, to: first.body.release.to });
    expect(again.body.records).toEqual(first.body.records);
    const csv = await get(national, { format: 'csv' });
    expect(csv.headers['x-export-release']).toBe(first.body.release.release);
    // The attacker's overlapping exports are refused, each naming the field.
    for (const [query, field] of [
      [{ from: '2010-01-01' }, 'from'],
      [{ to: '2010-12-31' }, 'to'],
      [{ province: '64' }, 'province'],
      [{ district: '6471' }, 'district'],
    ] as const) {
      const refused = await get(national, query);
      expect([query, refused.status, refused.body.errors?.map((e: { field: string }) => e.field)]).toEqual([query, 400, [field]]);
    }
    expect((await get(kaltim, { district: '6471' })).status).toBe(400);
  });

  it('refuses every other role with 403', async () => {
    for (const actor of [caseworker, supervisor, police, administrator]) {
      const { status, body } = await get(actor);
      expect([actor.role, status, body.code]).toEqual([actor.role, 403, 'AUTH.FORBIDDEN']);
    }
  });

  it('answers a bad parameter with 400 naming the field', async () => {
    const bad = async (query: Record<string, string>, field: string) => {
      const { status, body } = await get(national, query);
      expect([query, status, body.errors?.map((e: { field: string }) => e.field)]).toEqual([query, 400, [field]]);
    };
    await bad({ format: 'xlsx' }, 'format');
    await bad({ from: '2025-13-01' }, 'from');
    await bad({ to: 'yesterday' }, 'to');
    await bad({ province: '6' }, 'province');
    await bad({ district: '64710' }, 'district');
    await bad({ provnce: '64' }, 'provnce');
  });
});
