import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import pg from 'pg';
import request from 'supertest';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';
import { testEngineName } from '../support/test-database.js';

const KALTIM = 'UPTD-PPA-64';
const caseworker: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: KALTIM };
const supervisor: Actor = { userId: 'spv-kaltim', role: 'supervisor', agency: KALTIM };
const auditor: Actor = { userId: 'inspektorat-1', role: 'auditor', agency: 'INSPEKTORAT-64' };

const OPEN = { channel: 'port', reporterType: 'government_agency', districtCode: '6471' };
const VICTIM = { initials: 'KS', sex: 'female', birthYear: 2000, isChild: false, nationality: 'ID', originProvinceCode: '35', originDistrictCode: '3509' };
// Everything typed about the erased victim that can name her: none of it may be readable anywhere after erasure.
const ERASED = {
  fullName: 'Kristabella Suryaningsih',
  nik: '3509016204000003',
  evidenceRef: 'FORM-KRISTABELLA-SIGNED',
  reason: 'Kristabella takut pada perekrut di Tawau',
  note: 'Kristabella memilih rumah aman Sepinggan',
  caseNote: 'Kristabella minta ibunya tidak dihubungi',
  kronologi: 'Kristabella direkrut di Jember oleh Pak Darmo',
  fileName: 'Visum Kristabella Suryaningsih.pdf',
  document: 'VISUM ET REPERTUM No. 41/RSUD-AWS: Kristabella, luka memar lengan kiri',
};

/** A PDF whose bytes carry the document's words in clear (an uncompressed comment), so a page holding them would show. */
const DOCUMENT_PDF = Buffer.from(`%PDF-1.4\n% ${ERASED.document}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');

/** Every page of every relation of the database (tables, their TOAST and indexes), as PostgreSQL reads its files. */
async function everyPage(sql: pg.Client): Promise<Array<{ relation: string; block: number; page: Buffer }>> {
  const { rows: relations } = await sql.query<{ oid: number; name: string; blocks: string }>(
    `SELECT c.oid::int AS oid, c.oid::regclass::text AS name, pg_relation_size(c.oid) / current_setting('block_size')::int AS blocks
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 't', 'i', 'm') AND c.relpersistence = 'p'
       AND (n.nspname = 'public' OR (n.nspname = 'pg_toast' AND c.oid IN (
             SELECT reltoastrelid FROM pg_class WHERE relnamespace = 'public'::regnamespace
             UNION SELECT indexrelid FROM pg_index WHERE indrelid IN (SELECT reltoastrelid FROM pg_class WHERE relnamespace = 'public'::regnamespace))))`,
  );
  const pages = [];
  for (const relation of relations) {
    for (let block = 0; block < Number(relation.blocks); block++) {
      const { rows } = await sql.query<{ page: Buffer }>(`SELECT get_raw_page($1::regclass::text, 'main', $2) AS page`, [relation.oid, block]);
      pages.push({ relation: relation.name, block, page: rows[0]!.page });
    }
  }
  return pages;
}

const found = (pages: Array<{ relation: string; block: number; page: Buffer }>, needle: Buffer) =>
  pages.filter((p) => p.page.includes(needle)).map((p) => `${p.relation}#${p.block}`);

describe(`erasure that erases: no byte of the key or of what was sealed is left in any page (${testEngineName()})`, () => {
  let api: ApiTestApp;
  let sql: pg.Client;

  beforeAll(async () => {
    api = await startApiTestApp({ withProjector: true, env: { READ_WAIT_MS: '5000' } });
    sql = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await sql.connect();
    await sql.query('CREATE EXTENSION IF NOT EXISTS pageinspect');
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
  const get = async (actor: Actor, path: string) =>
    request(api.app.getHttpServer())
      .get(path)
      .set('Authorization', `Bearer ${await api.token(actor)}`);

  async function victim(name: string, nik: string): Promise<string> {
    const { caseId } = await ok(caseworker, '/cases', OPEN);
    await ok(caseworker, `/cases/${caseId}/register-victim`, { ...VICTIM, identity: { fullName: name, nik } });
    return caseId;
  }

  it('finds what a plain VACUUM leaves behind: a deleted row lowest in its page keeps its bytes', async () => {
    // The method can fail: the same search on a table cleaned the ordinary way still finds the deleted row. The row
    // added last lies lowest in the page: pruning moves no other row over it, so its bytes stay in the free space.
    await sql.query(`CREATE TABLE scratch_vacuum (id int, secret bytea)`);
    await sql.query(`INSERT INTO scratch_vacuum VALUES (1, '\\x0101010101010101'), (2, '\\x0202020202020202'), (3, '\\xdeadbeefcafebabe0011')`);
    await sql.query(`DELETE FROM scratch_vacuum WHERE id = 3`);
    await sql.query(`VACUUM scratch_vacuum`);
    const { rows } = await sql.query<{ page: Buffer }>(`SELECT get_raw_page('scratch_vacuum', 0) AS page`);
    expect(rows[0]!.page.includes(Buffer.from('deadbeefcafebabe0011', 'hex'))).toBe(true);
    await sql.query(`DROP TABLE scratch_vacuum`);
  });

  it('leaves no wrapped key, no sealed value and no attached document in clear, in any page of any table; every view and audit read says erased; the chain verifies', async () => {
    // The erased victim's key row is the last one written, lowest in the page: where a plain VACUUM leaves its bytes.
    await victim('Ayu Lestari Pertama', '3509016204000001');
    await victim('Dewi Lestari Kedua', '3509016204000002');
    const caseId = await victim(ERASED.fullName, ERASED.nik);
    await ok(caseworker, `/cases/${caseId}/record-consent`, { consentId: 'c-1', scope: 'process', evidenceRef: ERASED.evidenceRef });
    const deadline = new Date(Date.now() + 3 * 86_400_000).toISOString();
    await ok(caseworker, `/cases/${caseId}/send-referral`, {
      toAgency: 'POLDA-KALTIM',
      service: 'law_enforcement',
      reason: ERASED.reason,
      responseDeadline: deadline,
      sharesIdentity: false,
    });
    await ok(caseworker, `/cases/${caseId}/request-service`, { serviceId: 's-1', service: 'first_aid', note: ERASED.note });
    await ok(caseworker, `/cases/${caseId}/notes`, { kind: 'note', text: ERASED.caseNote });
    await ok(caseworker, `/cases/${caseId}/notes`, { kind: 'kronologi', text: ERASED.kronologi });
    const upload = await request(api.app.getHttpServer())
      .post(`/cases/${caseId}/documents?kind=visum_et_repertum`)
      .set('Authorization', `Bearer ${await api.token(caseworker)}`)
      .set('Content-Type', 'application/pdf')
      .set('X-File-Name', encodeURIComponent(ERASED.fileName))
      .send(DOCUMENT_PDF);
    expect(upload.status).toBe(201);
    const last = upload.body as { position: string; documentId: string };
    // The document is kept only encrypted: its words are in no page even before erasure, its ciphertext is.
    const { rows: documents } = await sql.query<{ sealed: Buffer }>(`SELECT sealed FROM case_documents WHERE case_id = $1`, [caseId]);
    expect(documents).toHaveLength(1);
    const ciphertext = documents[0]!.sealed.subarray(12, 44);
    expect(found(await everyPage(sql), Buffer.from(ERASED.document, 'latin1'))).toEqual([]);
    expect(found(await everyPage(sql), ciphertext)).not.toEqual([]);
    const { rows: keys } = await sql.query<{ wrapped_key: Buffer }>(`SELECT wrapped_key FROM victim_keys WHERE case_id = $1`, [caseId]);
    const wrapped = keys[0]!.wrapped_key;
    expect(wrapped.length).toBeGreaterThan(32);
    // Before erasure the key is there to be found, and the case's notes open for its owner.
    expect(found(await everyPage(sql), wrapped)).not.toEqual([]);
    const before = await get(caseworker, `/cases/${caseId}/timeline?minPosition=${last.position}`);
    expect(JSON.stringify(before.body)).toContain(ERASED.reason);
    expect(JSON.stringify(before.body)).toContain(ERASED.kronologi);

    const erasure = await ok(supervisor, `/cases/${caseId}/erasure`, { legalBasis: 'UU PDP 27/2022 Pasal 8: permintaan subjek data' });
    await get(caseworker, `/cases/${caseId}?minPosition=${erasure.position}`);
    await get(caseworker, `/cases/${caseId}/timeline?minPosition=${erasure.position}`);

    const pages = await everyPage(sql);
    expect({ wrappedKey: found(pages, wrapped) }).toEqual({ wrappedKey: [] });
    for (const [field, value] of Object.entries(ERASED)) expect({ field, pages: found(pages, Buffer.from(value, 'utf8')) }).toEqual({ field, pages: [] });
    expect((await sql.query(`SELECT 1 FROM case_documents WHERE case_id = $1`, [caseId])).rows).toEqual([]);
    const download = await get(caseworker, `/cases/${caseId}/documents/${last.documentId}`);
    expect(download.status).toBe(410);
    const { rows: erased } = await sql.query(`SELECT wrapped_key, destroyed_by, legal_basis FROM victim_keys WHERE case_id = $1`, [caseId]);
    expect(erased).toEqual([{ wrapped_key: null, destroyed_by: supervisor.userId, legal_basis: 'UU PDP 27/2022 Pasal 8: permintaan subjek data' }]);

    const identity = await get(caseworker, `/cases/${caseId}/identity`);
    expect(identity.body).toMatchObject({ erased: true, fields: {} });
    const timeline = await get(caseworker, `/cases/${caseId}/timeline`);
    expect(timeline.status).toBe(200);
    expect(JSON.stringify(timeline.body)).not.toContain(ERASED.reason);
    expect(JSON.stringify(timeline.body)).toContain('[erased]');
    const reason = 'erasure check';
    const audit = await get(auditor, `/audit/cases/${caseId}/events?reason=${encodeURIComponent(reason)}`);
    expect(audit.status).toBe(200);
    for (const value of Object.values(ERASED)) expect(JSON.stringify(audit.body)).not.toContain(value);
    expect(JSON.stringify(audit.body)).not.toContain('$sealed');
    expect(audit.body.events.find((e: { type: string }) => e.type === 'ConsentRecorded').data.evidenceRef).toBe('[erased]');
    const verify = await get(auditor, `/audit/cases/${caseId}/verify?reason=${encodeURIComponent(reason)}`);
    expect(verify.body).toMatchObject({ ok: true });
  });
});
