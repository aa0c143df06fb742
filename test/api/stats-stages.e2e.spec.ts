import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

const caseworker: Actor = { userId: 'cw-kalbar', role: 'caseworker', agency: 'UPTD-PPA-61' };
const admin: Actor = { userId: 'admin-1', role: 'administrator', agency: 'KEMENPPPA' };
const national: Actor = { userId: 'gt-ri', role: 'task_force_analyst', agency: 'GT-TPPO-RI' };
const balikpapan: Actor = { userId: 'gt-6471', role: 'task_force_analyst', agency: 'GT-TPPO-6471' };

const DAY = 86_400_000;
const T0 = Date.parse('2025-02-03T02:00:00.000Z');
const at = (days: number) => new Date(T0 + days * DAY).toISOString();
const fromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/**
 * Hand-counted, written straight into the read model (the projection has its own spec): nine cases identified in
 * 2025, six found in Balikpapan (6471), three in Tanjung Selor (6503). Intake took 1–6 days in Balikpapan and 2
 * and 4 in 6503 (one case there is still in intake); four Balikpapan cases left assessment after 10, 20, 30 and
 * 40 days and are in rehabilitation now; the other five are in assessment.
 */
const CASES = [
  { found: '6471', intake: 1, assessment: 10, types: ['forced_labour'] },
  { found: '6471', intake: 2, assessment: 20, types: ['forced_labour'] },
  { found: '6471', intake: 3, assessment: 30, types: ['forced_labour', 'sexual_exploitation'] },
  { found: '6471', intake: 4, assessment: 40, types: ['sexual_exploitation'] },
  { found: '6471', intake: 5, assessment: null, types: ['forced_labour'] },
  { found: '6471', intake: 6, assessment: null, types: [] },
  { found: '6503', intake: 2, assessment: null, types: ['forced_labour'] },
  { found: '6503', intake: 4, assessment: null, types: ['online_scam'] },
  { found: '6503', intake: null, assessment: null, types: ['forced_labour', 'online_scam'] },
];

/**
 * Hand-counted services of the Balikpapan cases: psychosocial support by the UPTD PPA, 12 requested (6 delivered
 * within 7 days, 3 late, 3 not delivered and flagged overdue) and legal aid once (its case closed before it was
 * due); first aid by the hospital, 4 (all within 7 days), and health care once (still running).
 */
const SERVICES = [
  ...Array.from({ length: 6 }, () => ({ service: 'psychosocial', provider: 'UPTD-PPA-64', outcome: 'within' })),
  ...Array.from({ length: 3 }, () => ({ service: 'psychosocial', provider: 'UPTD-PPA-64', outcome: 'late' })),
  ...Array.from({ length: 3 }, () => ({ service: 'psychosocial', provider: 'UPTD-PPA-64', outcome: 'flagged' })),
  { service: 'legal_aid', provider: 'UPTD-PPA-64', outcome: 'cancelled' },
  ...Array.from({ length: 4 }, () => ({ service: 'first_aid', provider: 'RSUD-6471', outcome: 'within' })),
  { service: 'health', provider: 'RSUD-6471', outcome: 'running' },
];

describe('statistics of stages, the service clock and multi-valued categories over HTTP', () => {
  let api: ApiTestApp;
  let db: DataSource;

  beforeAll(async () => {
    api = await startApiTestApp({ withProjector: true, env: { STATS_MIN_CELL: '3', READ_WAIT_MS: '5000' } });
    db = api.app.get(DataSource);
    const put = async (code: string, body: object) =>
      request(api.app.getHttpServer())
        .put(`/admin/agencies/${code}`)
        .set('Authorization', `Bearer ${await api.token(admin)}`)
        .send(body)
        .expect(200);
    await put('GT-TPPO-RI', { name: 'Gugus Tugas PP TPPO Pusat', type: 'uptd_ppa' });
    await put('GT-TPPO-6471', { name: 'Gugus Tugas PP TPPO Kota Balikpapan', type: 'uptd_ppa', provinceCode: '64', districtCode: '6471' });
    await put('UPTD-PPA-64', { name: 'UPTD PPA Kalimantan Timur', type: 'uptd_ppa', provinceCode: '64' });
    await put('RSUD-6471', { name: 'RSUD Balikpapan', type: 'health', provinceCode: '64', districtCode: '6471' });
    const balikpapanCases: string[] = [];
    for (const c of CASES) {
      const caseId = randomUUID();
      if (c.found === '6471') balikpapanCases.push(caseId);
      const stage = c.intake === null ? 'intake' : c.assessment === null ? 'assessment' : 'rehabilitation';
      await db.query(
        `INSERT INTO rm_stats_cases (case_id, opened_at, opened_year, opened_month, found_province, found_district, channel, origin_province, origin_district,
                                     exploitation_types, stage, last_revision)
         VALUES ($1, $2, 2025, 2, left($3, 2), $3, 'port', '35', '3509', $4::text[], $5, 9)`,
        [caseId, at(0), c.found, c.types, stage],
      );
      const period = (revision: number, name: string, entered: number, left: number | null) =>
        db.query(
          `INSERT INTO rm_stats_stage_periods (case_id, entered_revision, stage, entered_at, left_at, left_by, last_revision) VALUES ($1, $2, $3, $4, $5, $6, $2)`,
          [caseId, revision, name, at(entered), left === null ? null : at(left), left === null ? null : 'advanced'],
        );
      await period(0, 'intake', 0, c.intake);
      if (c.intake !== null) await period(1, 'assessment', c.intake, c.assessment === null ? null : c.intake + c.assessment);
      if (c.intake !== null && c.assessment !== null) await period(2, 'rehabilitation', c.intake + c.assessment, null);
    }
    for (const [i, s] of SERVICES.entries()) {
      const requested = s.outcome === 'running' ? fromNow(-1) : at(i);
      const due = s.outcome === 'running' ? fromNow(6) : at(i + 7);
      const delivered = s.outcome === 'within' ? at(i + 3) : s.outcome === 'late' ? at(i + 9) : null;
      await db.query(
        `INSERT INTO rm_stats_services (case_id, service_id, service, provider_agency, requested_at, requested_year, due_by, delivered_at, on_time,
                                        overdue_flagged_at, cancelled_at, last_revision)
         VALUES ($1, $2, $3, $4, $5, 2025, $6, $7, $8, $9, $10, 9)`,
        [
          balikpapanCases[i % balikpapanCases.length],
          `service-${i}`,
          s.service,
          s.provider,
          requested,
          due,
          delivered,
          delivered === null ? null : s.outcome === 'within',
          s.outcome === 'flagged' ? at(i + 8) : null,
          s.outcome === 'cancelled' ? at(i + 2) : null,
        ],
      );
    }
  });
  afterAll(() => api?.close());

  async function get(path: string, actor: Actor, query: Record<string, string> = {}) {
    return request(api.app.getHttpServer())
      .get(path)
      .query(query)
      .set('Authorization', `Bearer ${await api.token(actor)}`);
  }
  const row = (stage: string, figures: object, key: object = {}) => ({ key, stage, ...figures });

  describe('GET /stats/stages', () => {
    it('national: completed periods, median and 90th-percentile days, and the cases in each stage now', async () => {
      const { status, body } = await get('/stats/stages', national);
      expect(status).toBe(200);
      expect(body.scope).toEqual({ level: 'national', code: null });
      // Intake: 1,2,2,3,4,4,5,6 days → median 3.5, p90 5 + 0.3 × 1 = 5.3. Assessment: 10,20,30,40 → 25 and 30 + 0.7 × 10 = 37.
      // Now: intake 1 (small) and assessment 4 (its complement, the smaller of two fours by order), rehabilitation 4.
      expect(body.stages).toEqual([
        row('intake', { completed: 8, medianDays: 3.5, p90Days: 5.3, current: null }),
        row('assessment', { completed: 4, medianDays: 25, p90Days: 37, current: null }),
        row('rehabilitation', { completed: 0, medianDays: null, p90Days: null, current: 4 }),
        row('repatriation', { completed: 0, medianDays: null, p90Days: null, current: 0 }),
        row('reintegration', { completed: 0, medianDays: null, p90Days: null, current: 0 }),
      ]);
      const now = await get('/stats/cases', national, { groupBy: 'stage' });
      expect(now.body.cells.map((c: { count: number | null }) => c.count)).toEqual([null, null, 4]);
    });

    it('a district task force: its own cases only', async () => {
      const { body } = await get('/stats/stages', balikpapan);
      expect(body.scope).toEqual({ level: 'district', code: '6471' });
      // Intake 1–6 days: median 3.5, p90 5 + 0.5 = 5.5. Now: assessment 2 (small) and rehabilitation 4 (its complement).
      expect(body.stages.slice(0, 3)).toEqual([
        row('intake', { completed: 6, medianDays: 3.5, p90Days: 5.5, current: 0 }),
        row('assessment', { completed: 4, medianDays: 25, p90Days: 37, current: null }),
        row('rehabilitation', { completed: 0, medianDays: null, p90Days: null, current: null }),
      ]);
    });

    it('by district: a small group hides its figures, their complements and the days with them', async () => {
      const { body } = await get('/stats/stages', national, { groupBy: 'foundDistrict' });
      // 6503's two intakes are below 3; the complements cascade through 6471's intake and assessment.
      const completed = body.stages
        .filter((r: { stage: string }) => ['intake', 'assessment'].includes(r.stage))
        .map((r: { key: object; stage: string; completed: number | null; medianDays: number | null }) => [r.key, r.stage, r.completed, r.medianDays]);
      expect(completed).toEqual([
        [{ foundDistrict: '6471' }, 'intake', null, null],
        [{ foundDistrict: '6471' }, 'assessment', null, null],
        [{ foundDistrict: '6503' }, 'intake', null, null],
        [{ foundDistrict: '6503' }, 'assessment', 0, null],
      ]);
    });

    it("refuses another district's figures, and bad parameters", async () => {
      const other = await get('/stats/stages', balikpapan, { district: '6503' });
      expect(other.status).toBe(403);
      expect(other.body.code).toBe('STATS.OUT_OF_SCOPE');
      const bad = await get('/stats/stages', national, { groupBy: 'sex' });
      expect(bad.status).toBe(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'groupBy' })]);
    });

    it('exports as CSV', async () => {
      const csv = await get('/stats/stages', national, { format: 'csv' });
      expect(csv.headers['content-disposition']).toBe('attachment; filename="rujukan-stages.csv"');
      expect(csv.text.split('\n').slice(0, 3)).toEqual([
        '\uFEFFTahap,Selesai,Median hari,Persentil 90 hari,Saat ini',
        'intake,8,3.5,5.3,s',
        'assessment,4,25,37,s',
      ]);
    });
  });

  describe('GET /stats/service-clock', () => {
    it('by service: only psychosocial support has enough services to show; within the clock half of them', async () => {
      const { status, body } = await get('/stats/service-clock', national, { groupBy: 'service' });
      expect(status).toBe(200);
      // Requested: first aid 4, health 1, legal aid 1, psychosocial 12. The two ones sum to 2 hidden cells of at least
      // one each, so first aid (the smallest other) is hidden too.
      expect(body.totalRequested).toBe(18);
      expect(body.groups).toEqual([
        { key: { service: 'first_aid' }, suppressed: true, requested: null },
        { key: { service: 'health' }, suppressed: true, requested: null },
        { key: { service: 'legal_aid' }, suppressed: true, requested: null },
        {
          key: { service: 'psychosocial' },
          suppressed: false,
          requested: 12,
          due: 12,
          within: 6,
          late: 3,
          undelivered: 3,
          running: 0,
          cancelled: 0,
          flagged: 3,
          shareWithinClock: 0.5,
        },
      ]);
    });

    it("by the provider's type, from the directory: small parts hidden with a complement, the share with what it needs", async () => {
      const { body } = await get('/stats/service-clock', national, { groupBy: 'providerAgencyType' });
      expect(body.groups).toEqual([
        {
          // 5 requested: running 1 is small, so due 4 goes with it; the parts of due (4 within) would add up to it, so within goes too.
          key: { providerAgencyType: 'health' },
          suppressed: false,
          requested: 5,
          due: null,
          within: null,
          late: 0,
          undelivered: 0,
          running: null,
          cancelled: 0,
          flagged: 0,
          shareWithinClock: null,
        },
        {
          // 13 requested: cancelled 1 is small, so due 12 goes; its parts 6, 3, 3 would add up to it, so late (first of the threes) goes.
          key: { providerAgencyType: 'uptd_ppa' },
          suppressed: false,
          requested: 13,
          due: null,
          within: 6,
          late: null,
          undelivered: 3,
          running: 0,
          cancelled: null,
          flagged: 3,
          shareWithinClock: null,
        },
      ]);
    });

    it("refuses another district's figures, and exports as XLSX", async () => {
      expect((await get('/stats/service-clock', balikpapan, { district: '6503' })).body.code).toBe('STATS.OUT_OF_SCOPE');
      const buffer = await request(api.app.getHttpServer())
        .get('/stats/service-clock')
        .query({ groupBy: 'service', format: 'xlsx' })
        .set('Authorization', `Bearer ${await api.token(national)}`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(buffer.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(buffer.body as Parameters<typeof workbook.xlsx.load>[0]);
      const rows = workbook
        .getWorksheet('service-clock')!
        .getSheetValues()
        .slice(1, 6)
        .map((r) => (r as unknown[]).slice(1));
      expect(rows).toEqual([
        [
          'Layanan',
          'Diminta',
          'Jatuh tempo',
          'Tepat waktu',
          'Terlambat',
          'Belum diberikan',
          'Masih berjalan',
          'Dibatalkan',
          'Dilaporkan terlambat',
          'Porsi tepat waktu',
        ],
        ['first_aid', 's', 's', 's', 's', 's', 's', 's', 's', 's'],
        ['health', 's', 's', 's', 's', 's', 's', 's', 's', 's'],
        ['legal_aid', 's', 's', 's', 's', 's', 's', 's', 's', 's'],
        ['psychosocial', 12, 12, 6, 3, 3, 0, 0, 3, 0.5],
      ]);
    });
  });

  describe('GET /stats/cases by a multi-valued category', () => {
    it('counts a case under each of its values; the cells overlap the total', async () => {
      const { body } = await get('/stats/cases', national, { groupBy: 'exploitationType', province: '65' });
      // The three 6503 cases: forced labour 2, online scam 2 (one case has both), both below 3; the total is 3, not 4.
      expect(body.cells.map((c: { count: number | null }) => c.count)).toEqual([null, null]);
      expect(body.total).toBe(3);
      const all = await get('/stats/cases', national, { groupBy: 'exploitationType' });
      // Forced labour 6 of 9 (9 − 6 = 3 do not mention it: safe to show); sexual exploitation 2, online scam 2, none yet 1.
      expect(all.body.cells).toEqual([
        { key: { exploitationType: null }, count: null, suppressed: true },
        { key: { exploitationType: 'forced_labour' }, count: 6, suppressed: false },
        { key: { exploitationType: 'online_scam' }, count: null, suppressed: true },
        { key: { exploitationType: 'sexual_exploitation' }, count: null, suppressed: true },
      ]);
      expect(all.body.total).toBe(9);
      expect(all.body.overlapping).toEqual({ dimension: 'exploitationType', note: expect.stringContaining('do not add up to the total') });
    });

    it('hides a cell when the cases not mentioning it are too few', async () => {
      const { body } = await get('/stats/cases', balikpapan, { groupBy: 'exploitationType' });
      // Six cases, four mention forced labour: showing 4 would tell that two do not.
      expect(body.cells.map((c: { key: { exploitationType: string | null }; count: number | null }) => [c.key.exploitationType, c.count])).toEqual([
        [null, null],
        ['forced_labour', null],
        ['sexual_exploitation', null],
      ]);
      expect(body.total).toBe(6);
    });

    it('with one other dimension: row totals are distinct cases, published as margins', async () => {
      const { body } = await get('/stats/cases', national, { groupBy: 'foundDistrict,exploitationType' });
      expect(body.margins).toEqual([
        { dimension: 'exploitationType', key: { foundDistrict: '6471' }, count: 6, suppressed: false },
        { dimension: 'exploitationType', key: { foundDistrict: '6503' }, count: 3, suppressed: false },
        { dimension: 'foundDistrict', key: { exploitationType: null }, count: null, suppressed: true },
        { dimension: 'foundDistrict', key: { exploitationType: 'forced_labour' }, count: 6, suppressed: false },
        { dimension: 'foundDistrict', key: { exploitationType: 'online_scam' }, count: null, suppressed: true },
        { dimension: 'foundDistrict', key: { exploitationType: 'sexual_exploitation' }, count: null, suppressed: true },
      ]);
      expect(body.cells.every((c: { suppressed: boolean }) => c.suppressed)).toBe(true);
      expect(body.cells[0].key).toEqual({ foundDistrict: '6471', exploitationType: null });
      const csv = await get('/stats/cases', national, { groupBy: 'exploitationType', format: 'csv' });
      expect(csv.text).toBe('\uFEFFBentuk eksploitasi,Jumlah\n,s\nforced_labour,6\nonline_scam,s\nsexual_exploitation,s\ntotal,9\n');
    });

    it('refuses two multi-valued categories, or one with two others', async () => {
      for (const groupBy of ['exploitationType,modus', 'exploitationType,year,sex']) {
        const bad = await get('/stats/cases', national, { groupBy });
        expect(bad.status).toBe(400);
        expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'groupBy' })]);
      }
    });
  });

  describe('the projection behind them', () => {
    it('follows a case advanced through the API', async () => {
      const opened = await api.post('/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6171' }, caseworker);
      const caseId = opened.body.caseId as string;
      await api.post(
        `/cases/${caseId}/register-victim`,
        { initials: 'XX', sex: 'female', birthYear: 1998, isChild: false, nationality: 'ID', originProvinceCode: '61', originDistrictCode: '6171' },
        caseworker,
      );
      await api.post(`/cases/${caseId}/record-consent`, { consentId: 'c-1', scope: 'process', evidenceRef: 'DOC-1' }, caseworker);
      const advanced = await api.post(`/cases/${caseId}/advance-stage`, { to: 'assessment' }, caseworker);
      expect(advanced.status).toBe(201);
      // The statistics projection catches up in the background.
      const periodsOf = () => db.query(`SELECT stage, left_by FROM rm_stats_stage_periods WHERE case_id = $1 ORDER BY entered_revision`, [caseId]);
      // A generous limit: on a shared machine the projector can lag by seconds.
      for (const deadline = Date.now() + 30_000; (await periodsOf()).length < 2 && Date.now() < deadline;) await new Promise((done) => setTimeout(done, 50));
      expect(await periodsOf()).toEqual([
        { stage: 'intake', left_by: 'advanced' },
        { stage: 'assessment', left_by: null },
      ]);
      const { body } = await get('/stats/stages', national, { province: '61' });
      // One completed intake: counted, and hidden because it is one.
      expect(body.stages[0]).toEqual(row('intake', { completed: null, medianDays: null, p90Days: null, current: 0 }));
    });
  });
});
