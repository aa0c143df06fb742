import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import pg from 'pg';
import request from 'supertest';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

const caseworker: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: 'UPTD-PPA-64' };
const supervisor: Actor = { userId: 'spv-kaltim', role: 'supervisor', agency: 'UPTD-PPA-64' };
const otherSupervisor: Actor = { userId: 'spv-jatim', role: 'supervisor', agency: 'UPTD-PPA-35' };
const analyst: Actor = { userId: 'gt-64', role: 'task_force_analyst', agency: 'GT-TPPO-64' };

describe('GET /exports/simfoni: identified records for the national system, the owning supervisor’s, on consent, each read logged', () => {
  let api: ApiTestApp;
  let sql: pg.Client;

  beforeAll(async () => {
    api = await startApiTestApp({ withProjector: true, env: { READ_WAIT_MS: '5000' } });
    sql = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await sql.connect();
  });
  afterAll(async () => {
    await sql?.end();
    await api?.close();
  });

  async function ok(actor: Actor, path: string, body: object) {
    const response = await api.post(path, body, actor);
    expect({ path, status: response.status, body: response.body }).toMatchObject({ status: 201 });
    return response.body as { caseId: string; position: string };
  }
  const get = async (actor: Actor, path: string, position?: string) => {
    let call = request(api.app.getHttpServer())
      .get(path)
      .set('Authorization', `Bearer ${await api.token(actor)}`);
    if (position) call = call.set('X-Min-Position', position);
    return call;
  };

  async function caseWith(fullName: string, scope: 'process' | 'national_system') {
    const { caseId } = await ok(caseworker, '/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6471' });
    await ok(caseworker, `/cases/${caseId}/register-victim`, {
      initials: 'SR',
      sex: 'female',
      birthYear: 1999,
      isChild: false,
      nationality: 'ID',
      originProvinceCode: '35',
      originDistrictCode: '3509',
      identity: { fullName, nik: '3509010101990001', phone: '081234567890' },
    });
    return ok(caseworker, `/cases/${caseId}/record-consent`, { consentId: `c-${scope}`, scope, evidenceRef: 'Formulir persetujuan 1' });
  }

  it('exports only the cases whose victim consented to the national system, logs each read, and never the phone', async () => {
    const reported = await caseWith('Siti Rahma', 'national_system');
    const notReported = await caseWith('Dewi Lestari', 'process');

    const json = await get(supervisor, '/exports/simfoni', notReported.position);
    expect(json.status).toBe(200);
    const mine = json.body.records.filter((r: { id_kasus_rujukan: string }) => [reported.caseId, notReported.caseId].includes(r.id_kasus_rujukan));
    expect(mine).toEqual([
      expect.objectContaining({
        id_kasus_rujukan: reported.caseId,
        unit_layanan: 'UPTD-PPA-64',
        nama_korban: 'Siti Rahma',
        nik: '3509010101990001',
        jenis_kelamin: 'Perempuan',
        kategori_usia: 'Dewasa',
        kewarganegaraan: 'WNI',
        provinsi_asal: '35',
        jenis_kekerasan: 'Perdagangan orang (TPPO)',
      }),
    ]);
    expect(JSON.stringify(json.body)).not.toContain('081234567890');
    expect(json.body.leftOut.noNationalSystemConsent).toBeGreaterThanOrEqual(1);
    expect(Object.keys(json.body.notMapped)).toEqual(expect.arrayContaining(['data_pelaku', 'tanggal_kejadian', 'kronologi']));

    const logged = await sql.query(
      `SELECT case_id::text, actor, action, channel FROM access_log WHERE action = 'export.simfoni' AND case_id = ANY($1::uuid[])`,
      [[reported.caseId, notReported.caseId]],
    );
    expect(logged.rows).toEqual([{ case_id: reported.caseId, actor: 'spv-kaltim', action: 'export.simfoni', channel: 'http' }]);

    const csv = await get(supervisor, '/exports/simfoni?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.split('\n')[0]).toContain('id_kasus_rujukan,unit_layanan,tanggal_pelaporan');
    expect(csv.text).toContain('Siti Rahma');
    expect(csv.text).not.toContain('Dewi Lestari');
  });

  it('gives another agency’s supervisor none of these cases, and refuses caseworkers, analysts and bad parameters', async () => {
    const reported = await caseWith('Nur Aini', 'national_system');
    const other = await get(otherSupervisor, '/exports/simfoni', reported.position);
    expect(other.status).toBe(200);
    expect(other.body.records.map((r: { id_kasus_rujukan: string }) => r.id_kasus_rujukan)).not.toContain(reported.caseId);
    expect((await get(caseworker, '/exports/simfoni')).status).toBe(403);
    expect((await get(analyst, '/exports/simfoni')).status).toBe(403);
    expect((await get(supervisor, '/exports/simfoni?format=xml')).status).toBe(400);
    expect((await get(supervisor, '/exports/simfoni?province=64')).status).toBe(400);
    expect((await get(supervisor, '/exports/simfoni?from=2026-02-30')).status).toBe(400);
  });
});
