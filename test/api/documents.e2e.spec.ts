import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

const KALTIM = 'UPTD-PPA-64';
const POLDA = 'POLDA-KALTIM';
const siti: Actor = { userId: 'cw-siti', role: 'caseworker', agency: KALTIM };
const supervisor: Actor = { userId: 'spv-kaltim', role: 'supervisor', agency: KALTIM };
const police: Actor = { userId: 'pol-kaltim', role: 'police_investigator', agency: POLDA };
const jatim: Actor = { userId: 'cw-jatim', role: 'caseworker', agency: 'UPTD-PPA-35' };
const analyst: Actor = { userId: 'gt-kaltim', role: 'task_force_analyst', agency: 'GT-PP-TPPO-64' };

const MAX_BYTES = 100_000;
const SECRET = 'VISUM ET REPERTUM atas nama Siti Rahmawati binti Kasman';

/** A real PDF (pdfkit), with a line of text that must never be found in clear anywhere it is kept. */
async function pdf(text = SECRET): Promise<Buffer> {
  const document = new PDFDocument({ size: 'A4', compress: false });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => document.on('end', () => resolve(Buffer.concat(chunks))));
  document.text(text);
  document.end();
  return done;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('documents attached to a case: upload, type from the content, download on the terms of identity, erasure', () => {
  let api: ApiTestApp;
  let db: DataSource;

  beforeAll(async () => {
    api = await startApiTestApp({ withProjector: true, env: { DOCUMENT_MAX_BYTES: String(MAX_BYTES), READ_WAIT_MS: '5000' } });
    db = api.app.get(DataSource);
  });
  afterAll(() => api?.close());

  async function command(actor: Actor, path: string, body: object = {}) {
    const response = await api.post(path, body, actor);
    expect({ path, status: response.status, body: response.body }).toMatchObject({ status: 201 });
    return response.body as { caseId: string; position: string; referralId?: string };
  }

  async function upload(actor: Actor, caseId: string, bytes: Buffer, options: { kind?: string; type?: string; name?: string; key?: string } = {}) {
    let call = request(api.app.getHttpServer())
      .post(`/cases/${caseId}/documents${options.kind === '' ? '' : `?kind=${options.kind ?? 'visum_et_repertum'}`}`)
      .set('Authorization', `Bearer ${await api.token(actor)}`)
      .set('Content-Type', options.type ?? 'application/pdf');
    if (options.name) call = call.set('X-File-Name', encodeURIComponent(options.name));
    if (options.key) call = call.set('Idempotency-Key', options.key);
    return call.send(bytes);
  }

  async function get(actor: Actor, path: string, position?: string) {
    let call = request(api.app.getHttpServer())
      .get(path)
      .set('Authorization', `Bearer ${await api.token(actor)}`)
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    if (position) call = call.set('X-Min-Position', position);
    const response = await call;
    const raw = response.body as Buffer;
    const json = (response.headers['content-type'] ?? '').startsWith('application/json') ? JSON.parse(raw.toString('utf8')) : undefined;
    return { status: response.status, headers: response.headers, raw, json };
  }

  async function openCase() {
    const { caseId } = await command(siti, '/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6503' });
    await command(siti, `/cases/${caseId}/register-victim`, {
      initials: 'SR',
      sex: 'female',
      birthYear: 2001,
      isChild: false,
      nationality: 'ID',
      originProvinceCode: '35',
      originDistrictCode: '3509',
    });
    await command(siti, `/cases/${caseId}/record-consent`, { consentId: 'c-process', scope: 'process', evidenceRef: 'DOC-1' });
    return caseId;
  }

  const referral = (sharesIdentity: boolean) => ({
    toAgency: POLDA,
    service: 'law_enforcement',
    reason: 'laporan polisi',
    responseDeadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    sharesIdentity,
  });

  const storedRows = async (caseId: string) =>
    (await db.query(`SELECT document_id::text, sealed FROM case_documents WHERE case_id = $1`, [caseId])) as Array<{ document_id: string; sealed: Buffer }>;

  it('keeps a PDF encrypted, records its hash and not its name, and gives the owner back the same bytes, logging the download', async () => {
    const caseId = await openCase();
    const bytes = await pdf();
    const response = await upload(siti, caseId, bytes, { name: 'Visum Siti Rahmawati.pdf' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ caseId, contentType: 'application/pdf', size: bytes.length, sha256: sha256(bytes) });
    const { documentId, position } = response.body as { documentId: string; position: string };

    const attached = (await api.stream(caseId)).find((event) => event.type === 'DocumentAttached')!;
    expect(attached.data).toMatchObject({ documentId, kind: 'visum_et_repertum', contentType: 'application/pdf', size: bytes.length, sha256: sha256(bytes) });
    expect(attached.data.fileName).toEqual({ $sealed: expect.stringMatching(/^v1\./) });
    expect(JSON.stringify(attached.data)).not.toContain('Rahmawati');

    const [row] = await storedRows(caseId);
    expect(row.document_id).toBe(documentId);
    expect(row.sealed.includes(Buffer.from('Rahmawati'))).toBe(false);
    expect(row.sealed.includes(Buffer.from('%PDF'))).toBe(false);

    const downloaded = await get(siti, `/cases/${caseId}/documents/${documentId}`);
    expect(downloaded.status).toBe(200);
    expect(downloaded.headers['content-type']).toBe('application/pdf');
    expect(downloaded.headers['x-content-sha256']).toBe(sha256(bytes));
    expect(downloaded.headers['content-disposition']).not.toContain('Rahmawati');
    expect(downloaded.raw.equals(bytes)).toBe(true);

    const list = await get(siti, `/cases/${caseId}/documents`);
    expect(list.json.documents).toEqual([
      expect.objectContaining({ documentId, kind: 'visum_et_repertum', size: bytes.length, downloadable: true, fileName: 'Visum Siti Rahmawati.pdf' }),
    ]);

    const log = (await db.query(`SELECT actor, action, detail FROM access_log WHERE case_id = $1 AND action = 'document.read'`, [caseId])) as Array<{
      actor: string;
      detail: Record<string, unknown>;
    }>;
    expect(log).toEqual([{ actor: siti.userId, action: 'document.read', detail: { documentId, kind: 'visum_et_repertum', basis: 'owner' } }]);

    const timeline = await get(siti, `/cases/${caseId}/timeline`, position);
    const entry = (timeline.json.events as Array<Record<string, unknown>>).find((e) => e.type === 'DocumentAttached');
    expect(entry).toMatchObject({ facts: { documentId, kind: 'visum_et_repertum', contentType: 'application/pdf', size: bytes.length } });
    expect(JSON.stringify(timeline.json)).not.toContain('Rahmawati');
  });

  it('reads the type from the bytes: PNG and JPEG are taken, a GIF is 415, a PNG sent as a PDF is 415, and neither writes anything', async () => {
    const caseId = await openCase();
    const png = await QRCode.toBuffer('rujukan', { type: 'png' });
    expect((await upload(siti, caseId, png, { kind: 'passport_copy', type: 'image/png' })).body).toMatchObject({ contentType: 'image/png' });
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]), Buffer.alloc(64, 7)]);
    expect((await upload(siti, caseId, jpeg, { kind: 'other', type: 'application/octet-stream' })).body).toMatchObject({ contentType: 'image/jpeg' });
    const before = (await api.stream(caseId)).length;

    const gif = Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(32, 1)]);
    const unsupported = await upload(siti, caseId, gif, { type: 'application/octet-stream' });
    expect(unsupported.status).toBe(415);
    expect(unsupported.body).toMatchObject({ code: 'DOCUMENT.UNSUPPORTED_TYPE', details: { detected: 'image/gif' } });

    const mismatch = await upload(siti, caseId, png, { type: 'application/pdf' });
    expect(mismatch.status).toBe(415);
    expect(mismatch.body).toMatchObject({ code: 'DOCUMENT.TYPE_MISMATCH', details: { declared: 'application/pdf', detected: 'image/png' } });

    const text = await upload(siti, caseId, Buffer.from('just words'), { type: 'text/plain' });
    expect(text.status).toBe(415);
    expect(text.body.code).toBe('REQUEST.UNSUPPORTED_MEDIA_TYPE');

    const json = await api.post(`/cases/${caseId}/documents?kind=other`, { file: 'x' }, siti);
    expect(json.status).toBe(415);
    expect(json.body.code).toBe('DOCUMENT.REQUIRED');

    const noKind = await upload(siti, caseId, await pdf(), { kind: '' });
    expect(noKind.status).toBe(400);
    expect(noKind.body.errors).toEqual([expect.objectContaining({ field: 'kind' })]);

    expect((await api.stream(caseId)).length).toBe(before);
    expect(await storedRows(caseId)).toHaveLength(2);
  });

  it('takes a file larger than a JSON body may be, and refuses one over DOCUMENT_MAX_BYTES with 413 naming the limit, writing nothing', async () => {
    const caseId = await openCase();
    const large = Buffer.concat([await pdf(), Buffer.alloc(api.config.MAX_BODY_BYTES + 1024, 0x20)]);
    expect(large.length).toBeLessThan(MAX_BYTES);
    expect((await upload(siti, caseId, large)).status).toBe(201);
    const before = (await api.stream(caseId)).length;
    const big = Buffer.concat([await pdf(), Buffer.alloc(MAX_BYTES, 0x20)]);
    const response = await upload(siti, caseId, big);
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ code: 'REQUEST.TOO_LARGE', details: { limitBytes: MAX_BYTES } });
    expect((await api.stream(caseId)).length).toBe(before);
    expect(await storedRows(caseId)).toHaveLength(1);
  });

  it('an Idempotency-Key stores and records an upload once; the same key with other bytes is 422', async () => {
    const caseId = await openCase();
    const bytes = await pdf('Formulir persetujuan');
    const first = await upload(siti, caseId, bytes, { kind: 'consent_form', key: 'upload-1' });
    const again = await upload(siti, caseId, bytes, { kind: 'consent_form', key: 'upload-1' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.documentId).toBe(first.body.documentId);
    const other = await upload(siti, caseId, await pdf('Formulir lain'), { kind: 'consent_form', key: 'upload-1' });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
    expect((await api.stream(caseId)).filter((event) => event.type === 'DocumentAttached')).toHaveLength(1);
    expect(await storedRows(caseId)).toHaveLength(1);
  });

  it('only the owner attaches; the police read documents only on a referral that shares identity under consent; others get 404 or 403', async () => {
    const caseId = await openCase();
    const bap = await pdf();
    const { documentId } = (await upload(siti, caseId, bap, { name: 'BAP Siti.pdf', kind: 'bap' })).body as { documentId: string };
    await command(siti, `/cases/${caseId}/send-referral`, referral(false));

    expect((await upload(police, caseId, await pdf())).body).toMatchObject({ code: 'AUTH.FORBIDDEN', details: { rule: 'permission' } });
    const otherAgency = await upload(jatim, caseId, await pdf());
    expect(otherAgency.status).toBe(403);
    expect(otherAgency.body).toMatchObject({ code: 'AUTH.FORBIDDEN', details: { rule: 'owner_staff' } });
    expect((await upload(analyst, caseId, await pdf())).body).toMatchObject({ code: 'AUTH.FORBIDDEN', details: { rule: 'permission' } });

    // The police see the case (a referral without identity): the list, no file names, no download.
    const listed = await get(police, `/cases/${caseId}/documents`);
    expect(listed.status).toBe(200);
    expect(listed.json.documents).toEqual([expect.objectContaining({ documentId, kind: 'bap', downloadable: false, fileName: null })]);
    expect(JSON.stringify(listed.json)).not.toContain('Siti');
    const withheld = await get(police, `/cases/${caseId}/documents/${documentId}`);
    expect(withheld.status).toBe(403);
    expect(withheld.json.code).toBe('DOCUMENT.WITHHELD');

    expect((await get(jatim, `/cases/${caseId}/documents`)).json.code).toBe('CASE.NOT_FOUND');
    expect((await get(jatim, `/cases/${caseId}/documents/${documentId}`)).status).toBe(404);
    expect((await get(siti, `/cases/${caseId}/documents/${crypto.randomUUID()}`)).json.code).toBe('DOCUMENT.NOT_FOUND');
    expect((await get(siti, `/cases/${caseId}/documents/not-a-document`)).json).toMatchObject({ code: 'VALIDATION.FAILED', errors: [{ field: 'documentId' }] });

    // With the victim's consent to share with the police and a referral that shares identity, they may download it.
    await command(siti, `/cases/${caseId}/record-consent`, { consentId: 'c-share', scope: 'share', agencyTypes: ['police'], evidenceRef: 'DOC-2' });
    await command(siti, `/cases/${caseId}/send-referral`, { ...referral(true), service: 'protection' });
    const opened = await get(police, `/cases/${caseId}/documents/${documentId}`);
    expect(opened.status).toBe(200);
    expect(opened.raw.equals(bap)).toBe(true);
    expect((await get(police, `/cases/${caseId}/documents`)).json.documents[0]).toMatchObject({ downloadable: true, fileName: 'BAP Siti.pdf' });

    // Withdrawn consent withholds it again at once.
    await command(siti, `/cases/${caseId}/withdraw-consent`, { consentId: 'c-share', reason: 'korban menarik persetujuan' });
    expect((await get(police, `/cases/${caseId}/documents/${documentId}`)).status).toBe(403);
  });

  it('erasure destroys the key and deletes the stored bytes: the download is 410 and no row is left; no document can be attached after', async () => {
    const caseId = await openCase();
    const { documentId } = (await upload(siti, caseId, await pdf())).body as { documentId: string };
    expect(await storedRows(caseId)).toHaveLength(1);
    await command(supervisor, `/cases/${caseId}/erasure`, { legalBasis: 'UU PDP 27/2022 Pasal 8: permintaan subjek data' });

    expect(await storedRows(caseId)).toHaveLength(0);
    const gone = await get(siti, `/cases/${caseId}/documents/${documentId}`);
    expect(gone.status).toBe(410);
    expect(gone.json.code).toBe('DOCUMENT.ERASED');
    const list = await get(siti, `/cases/${caseId}/documents`);
    expect(list.json).toMatchObject({ erased: true, documents: [expect.objectContaining({ documentId, downloadable: false, fileName: null })] });
    const after = await upload(siti, caseId, await pdf());
    expect(after.status).toBe(409);
    expect(after.body.code).toBe('IDENTITY.ERASED');
    expect(await storedRows(caseId)).toHaveLength(0);
  });
});
