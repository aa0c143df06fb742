import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { caseStreamName, type Actor } from '@rujukan/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';
import { CaseBuilder, caseworker } from '../fuzz/support/command-fixtures.js';

const admin: Actor = { userId: 'admin-1', role: 'administrator', agency: 'KEMENPPPA' };

const assessment = (transitPoints: unknown[], assessmentId = 'assessment-1') => ({
  assessmentId,
  indicators: {
    recruitmentMethods: ['job_offer'],
    meansOfControl: [],
    exploitationTypes: ['forced_labour'],
    destinationCountry: 'MY',
    transitPoints,
    modus: [],
  },
  victimStatus: 'confirmed',
  riskLevel: 'high',
  needs: [],
});

describe('transit points are port codes of the ports list', () => {
  let api: ApiTestApp;
  beforeAll(async () => {
    api = await startApiTestApp({ withProjector: true, env: { READ_WAIT_MS: '5000' } });
  }, 120_000);
  afterAll(() => api?.close());

  it('lists the ports by name for every signed-in role (GET /ports), shipped and added', async () => {
    const ports = await request(api.app.getHttpServer())
      .get('/ports')
      .set('Authorization', `Bearer ${await api.token(caseworker)}`);
    expect(ports.status).toBe(200);
    expect(ports.body.ports).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'IDNNX', name: 'Pelabuhan Tunon Taka, Nunukan', provinceCode: '65' })]),
    );
  });

  it('records codes (an old list name as its code), refuses an unknown code with 422 naming the field, and free text with 400; nothing is written when refused', async () => {
    const caseId = await new CaseBuilder(api).inAssessment();
    const unknown = await api.post(`/cases/${caseId}/record-assessment`, assessment(['IDNNX', 'XXNOPE']), caseworker);
    expect([unknown.status, unknown.body.code, unknown.body.details]).toEqual([422, 'PORT.UNKNOWN', { field: 'indicators.transitPoints[1]', port: 'XXNOPE' }]);
    const text = await api.post(`/cases/${caseId}/record-assessment`, assessment(['rumah Pak Darto']), caseworker);
    expect(text.status).toBe(400);
    expect(JSON.stringify(text.body.errors)).toContain('indicators.transitPoints');
    const events = async () =>
      (await api.app
        .get(DataSource)
        .query(`SELECT data FROM events WHERE stream_name = $1 AND type = 'AssessmentRecorded'`, [caseStreamName(caseId)])) as Array<{
        data: { indicators: { transitPoints: string[] } };
      }>;
    expect(await events()).toEqual([]);
    const recorded = await api.post(`/cases/${caseId}/record-assessment`, assessment(['IDNNX', 'Tawau', 'other']), caseworker);
    expect(recorded.status).toBe(201);
    expect((await events()).map((e) => e.data.indicators.transitPoints)).toEqual([['IDNNX', 'MYTWU', 'other']]);
  });

  it('takes a port an administrator added, once added', async () => {
    const caseId = await new CaseBuilder(api).inAssessment();
    expect((await api.post(`/cases/${caseId}/record-assessment`, assessment(['IDBUW']), caseworker)).status).toBe(422);
    const put = await request(api.app.getHttpServer())
      .put('/admin/ports/IDBUW')
      .set('Authorization', `Bearer ${await api.token(admin)}`)
      .send({ name: 'Pelabuhan Murhum, Baubau', kind: 'seaport', country: 'ID', provinceCode: '74', lat: -5.46, lon: 122.6, aliases: ['Baubau'] });
    expect(put.status).toBe(200);
    expect((await api.post(`/cases/${caseId}/record-assessment`, assessment(['IDBUW']), caseworker)).status).toBe(201);
  });
});
