import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { recordAnchor, verifyCase } from '@rujukan/application';
import type { Actor } from '@rujukan/domain';
import { EventStore } from '@rujukan/event-store';
import { auditSigner, trustedAuditKeys } from '@rujukan/server';
import pg from 'pg';
import request from 'supertest';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

const KALTIM = 'UPTD-PPA-64';
const caseworker: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: KALTIM };
const supervisor: Actor = { userId: 'spv-kaltim', role: 'supervisor', agency: KALTIM };
const police: Actor = { userId: 'pol-kaltim', role: 'police_investigator', agency: 'POLDA-KALTIM' };
const shelter: Actor = { userId: 'dinsos-bpn', role: 'social_services_officer', agency: 'DINSOS-6471' };

const IDENTITY = {
  fullName: 'Siti Rahmawati Nurjanah',
  nik: '6471015506990002',
  passportNumber: 'C1234567',
  address: 'Jl. Mawar Merah No. 17, Balikpapan',
  phone: '+62 812 5555 0101',
  notes: 'Direkrut oleh tetangga untuk bekerja di kebun sawit Tawau',
};

/** A victim's registration with the given identity, as the register-victim route takes it. */
const registration = (identity: object) => ({
  initials: 'SR',
  sex: 'female',
  birthYear: 1999,
  isChild: false,
  nationality: 'ID',
  originProvinceCode: '35',
  originDistrictCode: '3509',
  identity,
});
// What caseworkers write about her is sealed like her identity.
const REFERRAL_REASON = 'Rumah aman dekat keluarga Rahmawati di Sepinggan';
const WITHDRAWAL_REASON = 'Korban menarik persetujuan setelah bertemu ibunya';
const IDENTIFYING_VALUES = [
  IDENTITY.fullName,
  'Rahmawati',
  IDENTITY.nik,
  IDENTITY.passportNumber,
  'Mawar Merah',
  '5555 0101',
  'kebun sawit',
  'Sepinggan',
  'bertemu ibunya',
];
const LOG_FILE = join(tmpdir(), `rujukan-identity-log-${randomUUID()}.log`);

describe("the victim's identity: sealed, shown by need and consent, erased by key destruction", () => {
  let api: ApiTestApp;
  let sql: pg.Client;

  beforeAll(async () => {
    // Everything the service logs during these journeys goes to a file the last spec reads.
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
    return response.body as { caseId: string; referralId?: string; position: string };
  }
  const get = async (actor: Actor, path: string) =>
    request(api.app.getHttpServer())
      .get(path)
      .set('Authorization', `Bearer ${await api.token(actor)}`);

  async function caseWithIdentity(): Promise<string> {
    const { caseId } = await ok(caseworker, '/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6471' });
    await ok(caseworker, `/cases/${caseId}/register-victim`, {
      initials: 'SRN',
      sex: 'female',
      birthYear: 1999,
      isChild: false,
      nationality: 'ID',
      originProvinceCode: '35',
      originDistrictCode: '3509',
      identity: IDENTITY,
    });
    await ok(caseworker, `/cases/${caseId}/record-consent`, { consentId: 'c-process', scope: 'process', evidenceRef: 'DOC-1' });
    return caseId;
  }

  async function referShelter(caseId: string): Promise<string> {
    await ok(caseworker, `/cases/${caseId}/record-consent`, { consentId: 'c-share', scope: 'share', agencyTypes: ['social_services'], evidenceRef: 'DOC-2' });
    const sent = await ok(caseworker, `/cases/${caseId}/send-referral`, {
      toAgency: shelter.agency,
      service: 'shelter',
      reason: REFERRAL_REASON,
      responseDeadline: new Date(Date.now() + 86_400_000).toISOString(),
      sharesIdentity: true,
    });
    return sent.referralId!;
  }

  it('shows the owner every field, and a shelter only what a placement needs while the victim’s consent stands', async () => {
    const caseId = await caseWithIdentity();
    const owner = await get(caseworker, `/cases/${caseId}/identity`);
    expect(owner.status).toBe(200);
    expect(owner.body).toEqual({ caseId, erased: false, basis: 'owner', fields: IDENTITY, withheld: [] });

    await referShelter(caseId);
    const shared = await get(shelter, `/cases/${caseId}/identity`);
    expect(shared.body).toEqual({
      caseId,
      erased: false,
      basis: 'consent',
      fields: { fullName: IDENTITY.fullName, phone: IDENTITY.phone },
      withheld: ['nik', 'passportNumber', 'address', 'notes'],
    });

    await ok(caseworker, `/cases/${caseId}/withdraw-consent`, { consentId: 'c-share', reason: WITHDRAWAL_REASON });
    const withdrawn = await get(shelter, `/cases/${caseId}/identity`);
    expect(withdrawn.body).toMatchObject({ erased: false, basis: null, fields: {} });
    expect(withdrawn.body.withheld).toEqual(['fullName', 'nik', 'passportNumber', 'address', 'phone', 'notes']);
  });

  it('records why the identity was opened (a reason from the list), and refuses any other reason with a 400 before anything is opened or logged', async () => {
    const caseId = await caseWithIdentity();
    const logged = async () =>
      (
        await sql.query<{ actor: string; reason: string | null }>(
          `SELECT actor, reason FROM access_log WHERE case_id = $1 AND action = 'identity.read' ORDER BY id`,
          [caseId],
        )
      ).rows;
    const opened = await get(caseworker, `/cases/${caseId}/identity?reason=family_tracing`);
    expect(opened.status).toBe(200);
    expect(opened.body.fields).toEqual(IDENTITY);
    expect(await logged()).toEqual([{ actor: caseworker.userId, reason: 'family_tracing' }]);
    // Free text (which could name someone), a near miss, a repeated parameter: each a 400 naming the field, nothing logged or opened.
    for (const query of [`reason=${encodeURIComponent(IDENTITY.fullName)}`, 'reason=Family_Tracing', 'reason=family_tracing&reason=legal_process']) {
      const refused = await get(caseworker, `/cases/${caseId}/identity?${query}`);
      expect({ query, status: refused.status, field: refused.body.errors?.[0]?.field }).toEqual({ query, status: 400, field: 'reason' });
      expect(JSON.stringify(refused.body)).not.toContain(IDENTITY.nik);
    }
    expect(await logged()).toHaveLength(1);
  });

  it('stores reasons and notes sealed, and opens them on read for those who may see them', async () => {
    const caseId = await caseWithIdentity();
    await referShelter(caseId);
    const withdrawn = await ok(caseworker, `/cases/${caseId}/withdraw-consent`, { consentId: 'c-share', reason: WITHDRAWAL_REASON });
    const stored = await api.stream(caseId);
    expect(JSON.stringify(stored.map((e) => e.data))).not.toContain('Sepinggan');
    expect(stored.find((e) => e.type === 'ReferralSent')!.data.reason).toEqual({ $sealed: expect.stringMatching(/^v1\./) });
    const timeline = await get(caseworker, `/cases/${caseId}/timeline?minPosition=${withdrawn.position}`);
    expect(timeline.status).toBe(200);
    expect(timeline.body.events.map((e: { reason: string | null }) => e.reason)).toEqual(expect.arrayContaining([REFERRAL_REASON, WITHDRAWAL_REASON]));
  });

  it('gives the police nothing for a case they hold no referral for: 404, the same as no case at all', async () => {
    const caseId = await caseWithIdentity();
    expect((await get(police, `/cases/${caseId}/identity`)).status).toBe(404);
    expect((await get(police, `/cases/${caseId}`)).status).toBe(404);
    expect((await get(police, `/cases/${randomUUID()}/identity`)).status).toBe(404);
  });

  it('refuses identity in clear text from anything but the sealing path, and a malformed NIK with the field and reason', async () => {
    const { caseId } = await ok(caseworker, '/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6471' });
    const bad = await api.post(`/cases/${caseId}/register-victim`, registration({ nik: '12-34' }), caseworker);
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'identity.nik' })]);
  });

  it('takes an identity field sent as null as not given: the others are sealed, nothing answers 500', async () => {
    const { caseId } = await ok(caseworker, '/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6471' });
    await ok(caseworker, `/cases/${caseId}/register-victim`, registration({ fullName: null, phone: IDENTITY.phone }));
    const identity = await get(caseworker, `/cases/${caseId}/identity`);
    expect(identity.status).toBe(200);
    expect(identity.body).toMatchObject({ erased: false, basis: 'owner', fields: { phone: IDENTITY.phone } });
    expect(Object.keys(identity.body.fields as object)).toEqual(['phone']);
  });

  it('refuses erasure while the police case is open (legal hold), and changes nothing', async () => {
    const caseId = await caseWithIdentity();
    // The owner records the police report (LP) the police filed.
    const filed = await api.post(
      `/cases/${caseId}/file-police-report`,
      {
        reportNumber: 'LP/B/78/XI/2026/POLDA KALTIM',
        unit: 'Ditreskrimum',
        policeAgency: 'POLDA-KALTIM',
        filedOn: new Date().toISOString().slice(0, 10),
      },
      caseworker,
    );
    expect(filed.status).toBe(201);
    const before = (await api.stream(caseId)).length;
    const refused = await api.post(`/cases/${caseId}/erasure`, { legalBasis: 'UU PDP 27/2022 Pasal 8' }, supervisor);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'IDENTITY.LEGAL_HOLD', details: { openPoliceCase: true } });
    expect(await api.stream(caseId)).toHaveLength(before);
    expect((await get(caseworker, `/cases/${caseId}/identity`)).body.fields).toEqual(IDENTITY);
  });

  it('after erasure the name is nowhere in the events or any read model, the identity reads as erased, and the chain still verifies', async () => {
    const caseId = await caseWithIdentity();
    await referShelter(caseId);
    await recordAnchor(api.app.get(EventStore), auditSigner(api.config), new Date());
    expect((await api.post(`/cases/${caseId}/erasure`, { legalBasis: 'x' }, caseworker)).status).toBe(403);
    const erased = await ok(supervisor, `/cases/${caseId}/erasure`, { legalBasis: 'UU PDP 27/2022 Pasal 8: permintaan subjek data' });

    const tables: Array<{ table_name: string }> = (
      await sql.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`)
    ).rows;
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(['events', 'rm_case_summaries', 'rm_case_timeline', 'rm_referrals', 'access_log', 'victim_keys']),
    );
    for (const { table_name } of tables) {
      for (const value of IDENTIFYING_VALUES) {
        const { rows } = await sql.query(`SELECT count(*)::int AS n FROM ${table_name} t WHERE t::text ILIKE $1`, [`%${value}%`]);
        expect({ table_name, value, rows: rows[0].n }).toEqual({ table_name, value, rows: 0 });
      }
    }
    for (const actor of [caseworker, shelter]) {
      expect((await get(actor, `/cases/${caseId}/identity`)).body).toMatchObject({ erased: true, basis: null, fields: {} });
    }
    // What was written about her reads as erased; what was done, by whom and when, remains.
    const timeline = await get(caseworker, `/cases/${caseId}/timeline?minPosition=${erased.position}`);
    expect(timeline.body.events.find((e: { type: string }) => e.type === 'ReferralSent')).toMatchObject({ agency: KALTIM, reason: '[erased]' });
    const again = await api.post(`/cases/${caseId}/erasure`, { legalBasis: 'again' }, supervisor);
    expect(again.body).toMatchObject({ code: 'IDENTITY.ALREADY_ERASED' });
    const reRegister = await api.post(`/cases/${caseId}/register-victim`, registration({ fullName: 'x' }), caseworker);
    expect(reRegister.status).toBe(409);
    const verified = await verifyCase(api.app.get(EventStore), caseId, trustedAuditKeys(api.config));
    expect(verified).toMatchObject({ ok: true, broken: null, anchored: { holds: true } });
  });

  it('logged none of the victim’s identifying values during all of the above', () => {
    const log = readFileSync(LOG_FILE, 'utf8');
    // The log is real: it holds the requests these specs made.
    expect(log).toContain('/register-victim');
    expect(log).toContain('/erasure');
    for (const value of IDENTIFYING_VALUES) expect({ value, logged: log.includes(value) }).toEqual({ value, logged: false });
  });
});
