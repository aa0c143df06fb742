import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { registrationSeries, type Actor } from '@rujukan/domain';
import pg from 'pg';
import request from 'supertest';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

const KALTIM = 'UPTD-PPA-64';
const JATIM = 'UPTD-PPA-35';
const cwKaltim: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: KALTIM };
const spvKaltim: Actor = { userId: 'spv-kaltim', role: 'supervisor', agency: KALTIM };
const cwJatim: Actor = { userId: 'cw-jatim', role: 'caseworker', agency: JATIM };
const spvJatim: Actor = { userId: 'spv-jatim', role: 'supervisor', agency: JATIM };
const spvKalbar: Actor = { userId: 'spv-kalbar', role: 'supervisor', agency: 'UPTD-PPA-61' };
const police: Actor = { userId: 'pol-kaltim', role: 'police_investigator', agency: 'POLDA-KALTIM' };

const NIK = '6471015506990002';
const victim = (fullName: string, over: object = {}) => ({
  initials: 'SR',
  sex: 'female',
  birthYear: 1999,
  isChild: false,
  nationality: 'ID',
  originProvinceCode: '35',
  originDistrictCode: '3509',
  identity: { fullName, nik: NIK, phone: '+62 812 5555 0101', ...over },
});

interface Duplicate {
  matchId: string;
  basis: string;
  ownCase: { caseId: string; registrationNumber: string };
  otherCase: { registrationNumber: string; agency: { code: string } };
  decision: unknown;
}

describe('registration numbers, the case list and search, and possible duplicates across provinces', () => {
  let api: ApiTestApp;
  let sql: pg.Client;
  let position = '0-0';

  beforeAll(async () => {
    api = await startApiTestApp({ withProjector: true, env: { READ_WAIT_MS: '5000' } });
    sql = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await sql.connect();
  });
  afterAll(async () => {
    await sql?.end();
    await api?.close();
  });

  async function ok(actor: Actor, path: string, body: object, status = 201) {
    const response = await api.post(path, body, actor);
    expect({ path, status: response.status, body: response.body }).toMatchObject({ status });
    if (response.body?.position) position = response.body.position;
    return response.body as { caseId: string; referralId?: string; position: string };
  }
  const get = async (actor: Actor, path: string) =>
    request(api.app.getHttpServer())
      .get(path)
      .set('X-Min-Position', position)
      .set('Authorization', `Bearer ${await api.token(actor)}`);
  const openCase = (actor: Actor) => ok(actor, '/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6471' });
  const search = async (actor: Actor, q: string) => {
    const response = await get(actor, `/cases?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(200);
    return (response.body.cases as Array<{ caseId: string; registrationNumber: string; victim: unknown }>).map((c) => c.caseId);
  };

  let kaltimCase: string;
  let kaltimNumber: string;

  it('numbers the cases of one agency and year without gaps or duplicates, also when opened at once', async () => {
    const opened = await Promise.all(Array.from({ length: 8 }, () => openCase(cwKaltim)));
    const { rows } = await sql.query<{ number: string; case_id: string }>(
      `SELECT data->'registration'->>'number' AS number, data->>'caseId' AS case_id FROM events WHERE type = 'CaseOpened' AND data->>'ownerAgency' = $1`,
      [KALTIM],
    );
    const series = registrationSeries('64', new Date().toISOString());
    expect(rows.map((r) => r.number).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `${series}-${String(i + 1).padStart(4, '0')}`));
    expect(new Set(rows.map((r) => r.case_id))).toEqual(new Set(opened.map((o) => o.caseId)));
    // Another province counts its own series from 1.
    const jatim = await openCase(cwJatim);
    const [jatimRow] = (
      await sql.query(`SELECT data->'registration'->>'number' AS number FROM events WHERE type = 'CaseOpened' AND data->>'caseId' = $1`, [jatim.caseId])
    ).rows;
    expect(jatimRow.number).toBe(`${registrationSeries('35', new Date().toISOString())}-0001`);
    kaltimCase = rows.find((r) => r.number === `${series}-0001`)!.case_id;
    kaltimNumber = `${series}-0001`;
  }, 60_000);

  it('shows the number on the case and accepts it, or the 8-character short id, wherever a case id goes', async () => {
    const byNumber = await get(cwKaltim, `/cases/${kaltimNumber}`);
    expect(byNumber.status).toBe(200);
    expect(byNumber.body).toMatchObject({ caseId: kaltimCase, registrationNumber: kaltimNumber });
    expect((await get(cwKaltim, `/cases/${kaltimNumber}/timeline`)).status).toBe(200);
    expect((await get(cwKaltim, `/cases/${kaltimCase.slice(0, 8)}`)).body.caseId).toBe(kaltimCase);
    // Another province's caseworker learns nothing from a number: the same 404 as for no case at all.
    expect((await get(cwJatim, `/cases/${kaltimNumber}`)).body.code).toBe('CASE.NOT_FOUND');
    expect((await get(cwKaltim, `/cases/KI-1999-9999`)).status).toBe(404);
    const garbage = await get(cwKaltim, '/cases/not-a-number');
    expect(garbage.status).toBe(400);
    expect(garbage.body.errors).toEqual([{ field: 'id', reason: expect.stringContaining('UUID') }]);
    // A number is never a referral's id.
    expect((await api.post(`/referrals/${kaltimNumber}/accept`, {}, police)).status).toBe(400);
    // Commands take it too.
    await ok(cwKaltim, `/cases/${kaltimNumber}/register-victim`, victim('Siti Rahmawati Nurjanah'));
  });

  it('finds the owner’s case by number, initials, a single name word, NIK or phone, through the blind index', async () => {
    expect(await search(cwKaltim, kaltimNumber)).toEqual([kaltimCase]);
    expect(await search(cwKaltim, 'sr')).toEqual([kaltimCase]);
    expect(await search(cwKaltim, 'rahmawati')).toEqual([kaltimCase]);
    expect(await search(cwKaltim, 'Nurjanah Siti')).toEqual([kaltimCase]);
    expect(await search(cwKaltim, 'Siti Aminah')).toEqual([]);
    expect(await search(cwKaltim, '6471 0155 0699 0002')).toEqual([kaltimCase]);
    expect(await search(cwKaltim, '0812-5555-0101')).toEqual([kaltimCase]);
    // Nothing clear is stored: the index holds 32-byte keyed hashes only.
    const { rows } = await sql.query(`SELECT token, kind FROM victim_blind_index WHERE case_id = $1`, [kaltimCase]);
    expect(rows.map((r) => r.kind).sort()).toEqual(['name_birth_year', 'name_word', 'name_word', 'name_word', 'nik', 'phone']);
    for (const row of rows) expect((row.token as Buffer).length).toBe(32);
    const dump = JSON.stringify((await sql.query(`SELECT * FROM victim_blind_index`)).rows);
    for (const clear of ['rahmawati', NIK, '81255550101']) expect(dump.toLowerCase()).not.toContain(clear);
  });

  it('lets a receiving agency find the case by number and police report, never by the victim’s name', async () => {
    await ok(cwKaltim, `/cases/${kaltimCase}/record-consent`, { consentId: 'c-process', scope: 'process', evidenceRef: 'DOC-1' });
    await ok(cwKaltim, `/cases/${kaltimCase}/send-referral`, {
      toAgency: 'POLDA-KALTIM',
      service: 'law_enforcement',
      reason: 'mohon LP',
      responseDeadline: '2099-01-01T00:00:00Z',
      sharesIdentity: false,
    });
    expect(await search(police, kaltimNumber)).toEqual([kaltimCase]);
    expect(await search(police, 'Rahmawati')).toEqual([]);
    expect(await search(police, NIK)).toEqual([]);
    expect(await search(cwJatim, kaltimNumber)).toEqual([]);
  });

  it('filters the list and refuses a filter it does not know, naming it', async () => {
    const listed = async (actor: Actor, query: string) => {
      const response = await get(actor, `/cases?${query}`);
      expect({ query, status: response.status }).toEqual({ query, status: 200 });
      return response.body as { total: number; cases: Array<{ caseId: string; stage: string }> };
    };
    expect((await listed(cwKaltim, '')).total).toBe(8);
    expect((await listed(cwKaltim, 'limit=3')).cases).toHaveLength(3);
    expect(await listed(cwKaltim, 'offset=50')).toMatchObject({ total: 8, cases: [] });
    expect((await listed(cwKaltim, 'referral=sent')).cases.map((c) => c.caseId)).toEqual([kaltimCase]);
    expect((await listed(cwKaltim, 'closed=true')).total).toBe(0);
    expect((await listed(cwKaltim, 'stage=intake')).total).toBe(8);
    expect((await listed(cwKaltim, 'openedTo=2000-01-01')).total).toBe(0);
    expect((await listed(police, '')).cases.map((c) => c.caseId)).toEqual([kaltimCase]);
    expect((await listed(cwJatim, '')).total).toBe(1);
    const bad = await get(cwKaltim, '/cases?stage=nowhere&colour=red&openedFrom=2025-02-30');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['colour', 'openedFrom', 'stage']);
  });

  it('warns both provinces’ supervisors of a possible duplicate, each seeing only the other’s number and whom to call', async () => {
    // Whom to call: the directory's contact of the other agency.
    await sql.query(`UPDATE agencies SET email = 'uptdppa@jatimprov.example' WHERE code = $1`, [JATIM]);
    const jatimCase = (await openCase(cwJatim)).caseId;
    await ok(cwJatim, `/cases/${jatimCase}/register-victim`, victim('Siti Rahmawati', { phone: '0813 0000 1111' }));
    const listOf = async (actor: Actor) => {
      const response = await get(actor, '/duplicates');
      expect(response.status).toBe(200);
      return response.body.duplicates as Duplicate[];
    };
    const [forKaltim] = await listOf(spvKaltim);
    expect(forKaltim).toEqual({
      matchId: expect.any(String),
      basis: 'nik',
      foundAt: expect.any(String),
      ownCase: { caseId: kaltimCase, registrationNumber: kaltimNumber },
      otherCase: {
        registrationNumber: expect.stringMatching(/^JI-\d{4}-0002$/),
        agency: { code: JATIM, name: 'UPTD PPA Provinsi Jawa Timur', email: 'uptdppa@jatimprov.example' },
      },
      decision: null,
    });
    const [forJatim] = await listOf(spvJatim);
    expect(forJatim.ownCase.caseId).toBe(jatimCase);
    expect(forJatim.otherCase).toMatchObject({ registrationNumber: kaltimNumber, agency: { code: KALTIM } });
    expect(Object.keys(forJatim.otherCase).sort()).toEqual(['agency', 'registrationNumber']);
    // The other province still cannot open the case itself.
    expect((await get(cwJatim, `/cases/${kaltimNumber}`)).status).toBe(404);
    // Nobody else hears of it; caseworkers do not read the list.
    expect(await listOf(spvKalbar)).toEqual([]);
    expect((await get(cwKaltim, '/duplicates')).status).toBe(403);

    const decide = async (actor: Actor, decision: string) =>
      request(api.app.getHttpServer())
        .put(`/duplicates/${forKaltim.matchId}/decision`)
        .set('Authorization', `Bearer ${await api.token(actor)}`)
        .send({ decision });
    expect((await decide(spvKalbar, 'linked')).body.code).toBe('DUPLICATE.NOT_FOUND');
    expect((await decide(spvJatim, 'maybe')).status).toBe(400);
    expect((await decide(spvJatim, 'not_same_person')).status).toBe(200);
    expect((await listOf(spvKaltim))[0].decision).toMatchObject({ decision: 'not_same_person', agency: JATIM });
  });

  it('finds a possible duplicate by the same name and birth year when no NIK matches', async () => {
    const other = (await openCase(cwJatim)).caseId;
    await ok(cwJatim, `/cases/${other}/register-victim`, victim('NURJANAH  Siti Rahmawati', { nik: '3509010101990003', phone: undefined }));
    const duplicates = (await get(spvJatim, '/duplicates')).body.duplicates as Duplicate[];
    expect(duplicates.find((d) => d.ownCase.caseId === other)).toMatchObject({ basis: 'name_birth_year', otherCase: { registrationNumber: kaltimNumber } });
  });

  it('removes the victim’s index entries on erasure', async () => {
    const erasable = (await openCase(cwKaltim)).caseId;
    await ok(cwKaltim, `/cases/${erasable}/register-victim`, victim('Wulan Sari', { nik: '6471010101010101', phone: undefined }));
    expect(await search(cwKaltim, 'wulan')).toEqual([erasable]);
    await ok(spvKaltim, `/cases/${erasable}/erasure`, { legalBasis: 'UU PDP Pasal 8: permintaan subjek data' });
    expect((await sql.query(`SELECT 1 FROM victim_blind_index WHERE case_id = $1`, [erasable])).rowCount).toBe(0);
    expect(await search(cwKaltim, 'wulan')).toEqual([]);
  });
});
