import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

const caseworker: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: 'UPTD-PPA-64' };
const admin: Actor = { userId: 'admin-1', role: 'administrator', agency: 'KEMENPPPA' };
const national: Actor = { userId: 'gt-ri', role: 'task_force_analyst', agency: 'GT-TPPO-RI' };
const kaltim: Actor = { userId: 'gt-64', role: 'task_force_analyst', agency: 'GT-TPPO-64' };
const balikpapan: Actor = { userId: 'gt-6471', role: 'task_force_analyst', agency: 'GT-TPPO-6471' };
const unrecorded: Actor = { userId: 'gt-x', role: 'task_force_analyst', agency: 'GT-TPPO-X' };
const police: Actor = { userId: 'pol-1', role: 'police_investigator', agency: 'POLDA-KALTIM' };

/** Hand-counted: where each victim was found, her sex and where she comes from. */
const FIXTURE: Array<{ found: string; sex: 'female' | 'male'; origin: string }> = [
  { found: '6471', sex: 'female', origin: '3509' },
  { found: '6471', sex: 'female', origin: '3509' },
  { found: '6471', sex: 'female', origin: '3509' },
  { found: '6471', sex: 'male', origin: '5203' },
  { found: '6503', sex: 'female', origin: '3509' },
  { found: '6503', sex: 'female', origin: '3509' },
  { found: '6472', sex: 'male', origin: '5203' },
];

describe('task-force statistics over HTTP', () => {
  let api: ApiTestApp;

  beforeAll(async () => {
    api = await startApiTestApp({ withProjector: true, env: { STATS_MIN_CELL: '3', READ_WAIT_MS: '5000' } });
    const put = async (code: string, body: object) =>
      request(api.app.getHttpServer())
        .put(`/admin/agencies/${code}`)
        .set('Authorization', `Bearer ${await api.token(admin)}`)
        .send(body)
        .expect(200);
    await put('GT-TPPO-RI', { name: 'Gugus Tugas PP TPPO Pusat', type: 'uptd_ppa' });
    await put('GT-TPPO-64', { name: 'Gugus Tugas PP TPPO Kalimantan Timur', type: 'uptd_ppa', provinceCode: '64' });
    await put('GT-TPPO-6471', { name: 'Gugus Tugas PP TPPO Kota Balikpapan', type: 'uptd_ppa', provinceCode: '64', districtCode: '6471' });
    const caseIds: string[] = [];
    for (const victim of FIXTURE) {
      const opened = await api.post('/cases', { channel: 'port', reporterType: 'government_agency', districtCode: victim.found }, caseworker);
      const registered = await api.post(
        `/cases/${opened.body.caseId}/register-victim`,
        {
          initials: 'XX',
          sex: victim.sex,
          birthYear: 1998,
          isChild: false,
          nationality: 'ID',
          originProvinceCode: victim.origin.slice(0, 2),
          originDistrictCode: victim.origin,
        },
        caseworker,
      );
      expect(registered.status).toBe(201);
      caseIds.push(opened.body.caseId);
    }
    // Hand-counted referrals: six to the police (five accepted, one declined), three to social services (unanswered).
    const refer = async (caseId: string, toAgency: string, toAgencyType: string, service: string) => {
      const sent = await api.post(
        `/cases/${caseId}/send-referral`,
        { toAgency, service, reason: 'rujukan', responseDeadline: new Date(Date.now() + 86_400_000).toISOString(), sharesIdentity: false },
        caseworker,
      );
      expect(sent.status).toBe(201);
      return sent.body.referralId as string;
    };
    for (const [i, caseId] of caseIds.slice(0, 6).entries()) {
      const referralId = await refer(caseId, 'POLDA-KALTIM', 'police', 'law_enforcement');
      const answer =
        i < 5
          ? await api.post(`/referrals/${referralId}/accept`, {}, police)
          : await api.post(`/referrals/${referralId}/decline`, { reason: 'bukan wilayah' }, police);
      expect(answer.status).toBe(201);
    }
    for (const caseId of caseIds.slice(0, 3)) await refer(caseId, 'DINSOS-6471', 'social_services', 'shelter');
    // The statistics projection catches up in the background: wait until it counts every case and every answer,
    // by receiving agency (the national row's pending count is suppressed, as the complement of a small decline count).
    for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
      const { body } = await stats(national, {});
      const referrals = await request(api.app.getHttpServer())
        .get('/stats/referrals')
        .query({ groupBy: 'toAgency' })
        .set('Authorization', `Bearer ${await api.token(national)}`);
      const pending = Object.fromEntries(
        // A group the projection has only begun to count may come without its answers yet.
        ((referrals.body.groups ?? []) as Array<{ key?: { toAgency?: string }; answers?: { pending?: number | null } }>).map((g) => [
          g.key?.toAgency,
          g.answers?.pending,
        ]),
      );
      if (body.total === FIXTURE.length && referrals.body.totalSent === 9 && pending['DINSOS-6471'] === 3 && pending['POLDA-KALTIM'] === 0) break;
      await new Promise((done) => setTimeout(done, 50));
    }
    // Dozens of commands and a projection to wait for: over 30 s when the machine is shared.
  }, 120_000);
  afterAll(() => api?.close());

  async function stats(actor: Actor, query: Record<string, string>) {
    return request(api.app.getHttpServer())
      .get('/stats/cases')
      .query(query)
      .set('Authorization', `Bearer ${await api.token(actor)}`);
  }

  it('counts the national total and by year, from the projection', async () => {
    const all = await stats(national, {});
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ scope: { level: 'national', code: null }, total: 7, threshold: 3 });
    const byYear = await stats(national, { groupBy: 'year' });
    // Counted by the year in WIB (UTC+7), which from 17:00 UTC on 31 December is already the next one.
    const yearInWib = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
    expect(byYear.body.cells).toEqual([expect.objectContaining({ key: { year: yearInWib }, count: 7, suppressed: false })]);
  });

  it('suppresses a small cell and its complement, and publishes the total', async () => {
    const bySex = await stats(national, { groupBy: 'sex' });
    // female 5, male 2: male is below 3, and female would give it away by subtraction from 7.
    expect(bySex.body.cells).toEqual([
      { key: { sex: 'female' }, count: null, suppressed: true },
      { key: { sex: 'male' }, count: null, suppressed: true },
    ]);
    expect(bySex.body.total).toBe(7);
  });

  it('scopes each task force to its region: province and district', async () => {
    const province = await stats(kaltim, { groupBy: 'foundDistrict' });
    expect(province.body.scope).toEqual({ level: 'province', code: '64' });
    expect(province.body.total).toBe(5);
    const district = await stats(balikpapan, { groupBy: 'originProvince' });
    expect(district.body.scope).toEqual({ level: 'district', code: '6471' });
    expect(district.body.total).toBe(4);
    expect(district.body.cells.map((c: { key: { originProvince: string } }) => c.key.originProvince)).toEqual(['35', '52']);
  });

  it("refuses another region's counts, an unrecorded agency, and other roles", async () => {
    const other = await stats(balikpapan, { district: '6503' });
    expect(other.status).toBe(403);
    expect(other.body.code).toBe('STATS.OUT_OF_SCOPE');
    expect((await stats(kaltim, { province: '65' })).body.code).toBe('STATS.OUT_OF_SCOPE');
    // An agency the directory does not hold is refused before anything is counted.
    expect((await stats(unrecorded, {})).body.code).toBe('AUTH.AGENCY_UNKNOWN');
    expect((await stats(caseworker, {})).status).toBe(403);
  });

  it('counts referrals by receiving agency: answers, time to answer and share in time, small counts suppressed', async () => {
    const { body } = await request(api.app.getHttpServer())
      .get('/stats/referrals')
      .query({ groupBy: 'toAgency' })
      .set('Authorization', `Bearer ${await api.token(national)}`);
    expect(body.totalSent).toBe(9);
    expect(body.groups).toEqual([
      {
        key: { toAgency: 'DINSOS-6471' },
        suppressed: false,
        sent: 3,
        answers: { accepted: 0, declined: 0, withdrawn: 0, expired: 0, pending: 3 },
        completed: 0,
        medianHoursToAnswer: null,
        p90HoursToAnswer: null,
        shareAnsweredInTime: null,
        medianDaysToComplete: null,
        p90DaysToComplete: null,
      },
      {
        key: { toAgency: 'POLDA-KALTIM' },
        suppressed: false,
        sent: 6,
        // One decline is below 3; the five acceptances would give it away by subtraction from six.
        answers: { accepted: null, declined: null, withdrawn: 0, expired: 0, pending: 0 },
        completed: 0,
        medianHoursToAnswer: expect.any(Number),
        p90HoursToAnswer: expect.any(Number),
        shareAnsweredInTime: 1,
        medianDaysToComplete: null,
        p90DaysToComplete: null,
      },
    ]);
  });

  it('exports any view as CSV and XLSX, suppressed figures marked "s" whatever the reason', async () => {
    const csv = await stats(national, { groupBy: 'sex', format: 'csv' });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="rujukan-cases.csv"');
    // Headers in the reader's language: Indonesian by default, English by `lang=en`; the values stay codes a program reads.
    expect(csv.text).toBe('\uFEFFJenis kelamin,Jumlah\nfemale,s\nmale,s\ntotal,7\n');
    const english = await stats(national, { groupBy: 'sex', format: 'csv', lang: 'en' });
    expect(english.text.split('\n')[0]).toBe('\uFEFFSex,Count');

    const xlsx = await request(api.app.getHttpServer())
      .get('/stats/referrals')
      .query({ groupBy: 'toAgency', format: 'xlsx' })
      .set('Authorization', `Bearer ${await api.token(national)}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as Parameters<typeof workbook.xlsx.load>[0]);
    const rows = workbook
      .getWorksheet('referrals')!
      .getSheetValues()
      .slice(1, 4)
      .map((r) => (r as unknown[]).slice(1, 9));
    expect(rows).toEqual([
      ['Lembaga penerima', 'Dikirim', 'Diterima', 'Ditolak', 'Ditarik', 'Kedaluwarsa', 'Menunggu jawaban', 'Selesai'],
      ['DINSOS-6471', 3, 0, 0, 0, 0, 3, 0],
      ['POLDA-KALTIM', 6, 's', 's', 0, 0, 0, 0],
    ]);
    expect((await stats(national, { format: 'pdf' })).body.errors).toEqual([expect.objectContaining({ field: 'format' })]);
  });

  it('narrows by date in WIB: everything was identified today, nothing before', async () => {
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    expect((await stats(national, { from: today, to: today })).body.total).toBe(7);
    expect((await stats(national, { to: '2020-12-31' })).body.total).toBe(0);
  });

  it('refuses bad parameters with the field and the reason', async () => {
    const bad = await stats(national, { groupBy: 'sex,name' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'groupBy' })]);
    expect((await stats(national, { from: '2026-13-01' })).body.errors).toEqual([expect.objectContaining({ field: 'from' })]);
  });
});
