import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import pg from 'pg';
import request from 'supertest';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

const KALTIM = 'UPTD-PPA-64';
const POLDA = 'POLDA-KALTIM';
const caseworker: Actor = { userId: 'cw-intake', role: 'caseworker', agency: KALTIM };
const police: Actor = { userId: 'pol-intake', role: 'police_investigator', agency: POLDA };
const dinsos: Actor = { userId: 'dinsos-intake', role: 'social_services_officer', agency: 'DINSOS-6471' };

// Identifying text a caseworker types at intake: it must never be found in clear in the database or the logs.
const KRONOLOGI = 'Direkrut Pak Darmo di Ambulu pada Mei; paspor ditahan agen; bekerja di kebun sawit dekat Tawau; dideportasi November';
const OTHER_PLACE = 'Dermaga rakyat Sei Menggaris milik Haji Rusdi';
const LOG_FILE = join(tmpdir(), `rujukan-intake-log-${randomUUID()}.log`);

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const OPEN = { channel: 'bp2mi', reporterType: 'government_agency', districtCode: '6503' };
const LEG = { arrivalKind: 'deported', fromCountry: 'MY', fromPort: 'MYTWU', entryPort: 'IDNNX', transport: 'sea' };

describe('intake as it happens: the reporting agency, the return leg from abroad and the kronologi', () => {
  let api: ApiTestApp;
  let sql: pg.Client;

  beforeAll(async () => {
    api = await startApiTestApp({ withProjector: true, env: { LOG_FILE, LOG_LEVEL: 'debug', READ_WAIT_MS: '5000' } });
    sql = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await sql.connect();
  });
  afterAll(async () => {
    await sql?.end();
    await api?.close();
    rmSync(LOG_FILE, { force: true });
  });

  async function ok(actor: Actor, path: string, body: object) {
    const response = await api.post(path, body, actor);
    expect({ path, status: response.status, body: response.body }).toMatchObject({ status: 201 });
    return response.body as { caseId: string; position: string };
  }
  const get = async (actor: Actor, path: string, position?: string) =>
    request(api.app.getHttpServer())
      .get(path)
      .set('Authorization', `Bearer ${await api.token(actor)}`)
      .set(position ? { 'X-Min-Position': position } : {});

  /** A refusal: its status, code and field, and nothing appended to the case. */
  async function refused(path: string, body: unknown, status: number, code: string, field: string, caseId?: string) {
    const before = caseId ? (await api.stream(caseId)).length : 0;
    const response = await api.post(path, body, caseworker);
    expect({ path, body, status: response.status, code: response.body.code }).toEqual({ path, body, status, code });
    expect(JSON.stringify(response.body)).toContain(field);
    if (caseId) expect((await api.stream(caseId)).length).toBe(before);
    return response;
  }

  async function openedWithVictim() {
    const { caseId } = await ok(caseworker, '/cases', { ...OPEN, reportingAgency: 'BP3MI-NUNUKAN' });
    const registered = await ok(caseworker, `/cases/${caseId}/register-victim`, {
      initials: 'SR',
      sex: 'female',
      birthYear: 1999,
      isChild: false,
      nationality: 'ID',
      originProvinceCode: '35',
      originDistrictCode: '3509',
      identity: { fullName: 'Siti Rahayu', kronologi: KRONOLOGI },
    });
    return { caseId, position: registered.position };
  }

  it('names the reporting agency from the directory; an unknown one is 422 AGENCY.UNKNOWN, free text or a number a 400 on the field', async () => {
    const { caseId, position } = await openedWithVictim();
    const summary = await get(caseworker, `/cases/${caseId}`, position);
    expect(summary.status).toBe(200);
    expect(summary.body.reportingAgency).toBe('BP3MI-NUNUKAN');

    await refused('/cases', { ...OPEN, reportingAgency: 'KBRI-ATLANTIS' }, 422, 'AGENCY.UNKNOWN', 'reportingAgency');
    await refused('/cases', { ...OPEN, reportingAgency: 'KBRI di Kuala Lumpur' }, 400, 'VALIDATION.FAILED', 'reportingAgency');
    await refused('/cases', { ...OPEN, reportingAgency: 42 }, 400, 'VALIDATION.FAILED', 'reportingAgency');
    await refused('/cases', { ...OPEN, reportingAgency: ['BP3MI-NUNUKAN'] }, 400, 'VALIDATION.FAILED', 'reportingAgency');
    // Left out, it is simply not named.
    const plain = await ok(caseworker, '/cases', OPEN);
    expect((await get(caseworker, `/cases/${plain.caseId}`, plain.position)).body).toMatchObject({ reportingAgency: null, returnLeg: null });
  });

  it('records the return leg from abroad apart from the trip home, and the summary and timeline show it', async () => {
    const { caseId } = await openedWithVictim();
    const arrivedOn = yesterday();
    const recorded = await ok(caseworker, `/cases/${caseId}/record-return-leg`, { ...LEG, arrivedOn });
    const summary = await get(caseworker, `/cases/${caseId}`, recorded.position);
    expect(summary.body.returnLeg).toEqual({ ...LEG, fromPlace: null, entryPlace: null, arrivedOn });
    // The repatriation home is not touched by it.
    expect(summary.body.flags).not.toContain('repatriated');
    const timeline = await get(caseworker, `/cases/${caseId}/timeline`, recorded.position);
    const row = timeline.body.events.find((e: { type: string }) => e.type === 'ReturnLegRecorded');
    expect(row).toMatchObject({ facts: { ...LEG, arrivedOn, fromPort: 'MYTWU', entryPort: 'IDNNX' } });

    // A place the list lacks, as "other": sealed in the event and the read model, opened for the owner.
    const other = await ok(caseworker, `/cases/${caseId}/record-return-leg`, {
      arrivalKind: 'returned_alone',
      fromCountry: 'MY',
      entryPlace: OTHER_PLACE,
      arrivedOn,
    });
    const corrected = await get(caseworker, `/cases/${caseId}`, other.position);
    expect(corrected.body.returnLeg).toMatchObject({ arrivalKind: 'returned_alone', entryPort: null, entryPlace: OTHER_PLACE, fromPort: null });
    const events = await api.stream(caseId);
    expect(JSON.stringify(events.map((e) => e.data))).not.toContain('Sei Menggaris');
  });

  it('refuses what is not a return leg with the field and the reason, writing nothing', async () => {
    const { caseId } = await openedWithVictim();
    const path = `/cases/${caseId}/record-return-leg`;
    const valid = { ...LEG, arrivedOn: yesterday() };
    await refused(path, { ...valid, arrivedOn: '2025-02-31' }, 400, 'VALIDATION.FAILED', 'arrivedOn', caseId);
    await refused(path, { ...valid, arrivedOn: '2025-13-01' }, 400, 'VALIDATION.FAILED', 'arrivedOn', caseId);
    await refused(path, { ...valid, arrivedOn: '20-11-2025' }, 400, 'VALIDATION.FAILED', 'arrivedOn', caseId);
    await refused(path, { ...valid, arrivedOn: 20251120 }, 400, 'VALIDATION.FAILED', 'arrivedOn', caseId);
    // In the future beyond the clock's tolerance (today in WIT is accepted).
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await refused(path, { ...valid, arrivedOn: future }, 400, 'VALIDATION.OUT_OF_RANGE', 'arrivedOn', caseId);
    await refused(path, { ...valid, arrivedOn: '1900-01-01' }, 400, 'VALIDATION.OUT_OF_RANGE', 'arrivedOn', caseId);
    // Ports: from the list, on the right side of the border, in the country named.
    await refused(path, { ...valid, entryPort: 'MYTWU' }, 400, 'VALIDATION.FAILED', 'entryPort', caseId);
    await refused(path, { ...valid, fromPort: 'IDNNX' }, 400, 'VALIDATION.FAILED', 'fromPort', caseId);
    await refused(path, { ...valid, fromCountry: 'SG' }, 400, 'VALIDATION.FAILED', 'fromPort', caseId);
    await refused(path, { ...valid, entryPort: 'XXNOPE' }, 400, 'VALIDATION.FAILED', 'entryPort', caseId);
    await refused(path, { ...valid, entryPort: 'Pelabuhan Tunon Taka' }, 400, 'VALIDATION.FAILED', 'entryPort', caseId);
    await refused(path, { ...valid, entryPort: undefined }, 400, 'VALIDATION.REQUIRED', 'entryPort', caseId);
    await refused(path, { ...valid, entryPlace: OTHER_PLACE }, 400, 'VALIDATION.INVALID_VALUE', 'entryPlace', caseId);
    await refused(path, { ...valid, fromCountry: 'ID', fromPort: undefined }, 400, 'VALIDATION.INVALID_VALUE', 'fromCountry', caseId);
    await refused(path, { ...valid, fromCountry: 'XX' }, 400, 'VALIDATION.FAILED', 'fromCountry', caseId);
    // Wrong types and overly long text.
    await refused(path, { ...valid, arrivalKind: 7 }, 400, 'VALIDATION.FAILED', 'arrivalKind', caseId);
    await refused(path, { ...valid, arrivalKind: 'escaped' }, 400, 'VALIDATION.FAILED', 'arrivalKind', caseId);
    await refused(path, { ...valid, transport: { mode: 'sea' } }, 400, 'VALIDATION.FAILED', 'transport', caseId);
    await refused(path, { ...valid, entryPort: undefined, entryPlace: 'x'.repeat(201) }, 400, 'VALIDATION.FAILED', 'entryPlace', caseId);
    await refused(
      path,
      { ...valid, entryPort: undefined, entryPlace: { $sealed: 'v1.AAAAAAAAAAAAAAAA.BBBB.CCCCCCCCCCCCCCCCCCCCCC' } },
      400,
      'VALIDATION.FAILED',
      'entryPlace',
      caseId,
    );
    // Another agency's staff may not write it.
    const other = await api.post(path, valid, police);
    expect([403, 404]).toContain(other.status);
  });

  it('seals the kronologi with the identity: the owner and the police on consent read it, a social service does not, and it is nowhere in clear', async () => {
    const { caseId } = await openedWithVictim();
    await ok(caseworker, `/cases/${caseId}/record-consent`, {
      consentId: 'c-process',
      scope: 'process',
      evidenceRef: 'DOC-1',
      share: { agencyTypes: ['police', 'social_services'] },
    });
    const deadline = new Date(Date.now() + 3 * 86_400_000).toISOString();
    await ok(caseworker, `/cases/${caseId}/send-referral`, {
      toAgency: POLDA,
      service: 'law_enforcement',
      reason: 'mohon LP dan penyidikan',
      responseDeadline: deadline,
      sharesIdentity: true,
    });
    const last = await ok(caseworker, `/cases/${caseId}/send-referral`, {
      toAgency: dinsos.agency,
      service: 'shelter',
      reason: 'rumah aman',
      responseDeadline: deadline,
      sharesIdentity: true,
    });

    const owner = await get(caseworker, `/cases/${caseId}/identity?reason=service_delivery`, last.position);
    expect(owner.body.fields).toMatchObject({ kronologi: KRONOLOGI });
    const byPolice = await get(police, `/cases/${caseId}/identity?reason=legal_process`, last.position);
    expect(byPolice.body).toMatchObject({ basis: 'consent', fields: { kronologi: KRONOLOGI } });
    const byDinsos = await get(dinsos, `/cases/${caseId}/identity?reason=service_delivery`, last.position);
    expect(byDinsos.body.fields).not.toHaveProperty('kronologi');
    expect(byDinsos.body.withheld).toContain('kronologi');

    // Never in clear: not in any table (events, read models, notifications, indexes, the access log) nor in the logs.
    const { rows: tables } = await sql.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    for (const { table_name } of tables) {
      for (const value of ['Pak Darmo', 'kebun sawit dekat Tawau', 'Sei Menggaris']) {
        const { rows } = await sql.query(`SELECT count(*)::int AS n FROM ${table_name} t WHERE t::text ILIKE $1`, [`%${value}%`]);
        expect({ table_name, value, rows: rows[0].n }).toEqual({ table_name, value, rows: 0 });
      }
    }
    const log = readFileSync(LOG_FILE, 'utf8');
    expect(log.length).toBeGreaterThan(0);
    for (const value of ['Pak Darmo', 'Sei Menggaris']) expect(log).not.toContain(value);
  });

  it('an empty optional exploitation type is not refused for a presumed victim', async () => {
    const { caseId } = await openedWithVictim();
    await ok(caseworker, `/cases/${caseId}/record-consent`, { consentId: 'c-process', scope: 'process', evidenceRef: 'DOC-1' });
    await ok(caseworker, `/cases/${caseId}/advance-stage`, { to: 'assessment' });
    await ok(caseworker, `/cases/${caseId}/record-assessment`, {
      assessmentId: 'a-1',
      indicators: { recruitmentMethods: [], meansOfControl: [], exploitationTypes: [], destinationCountry: 'MY', transitPoints: [], modus: [] },
      victimStatus: 'presumed',
      riskLevel: 'medium',
      needs: [],
    });
  });
});
