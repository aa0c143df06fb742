import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkDossier, DOSSIER_FORMAT, type Dossier } from '@rujukan/application';
import { auditSigner } from '@rujukan/server';
import { caseStreamName, type Actor } from '@rujukan/domain';
import pg from 'pg';
import request from 'supertest';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

const KALTIM = 'UPTD-PPA-64';
const caseworker: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: KALTIM };
const supervisor: Actor = { userId: 'spv-kaltim', role: 'supervisor', agency: KALTIM };
const auditor: Actor = { userId: 'inspektorat-1', role: 'auditor', agency: 'INSPEKTORAT-64' };
const REASON = 'Permintaan PN Nunukan 12/Pid.Sus/2026';

/** The signed dossier the CLI writes, downloaded from the API by an auditor in the console. */
describe('GET /audit/cases/:id/dossier', () => {
  let api: ApiTestApp;
  let sql: pg.Client;
  let caseId: string;

  beforeAll(async () => {
    // With the projector: a short id or registration number is found in the case summaries it writes.
    api = await startApiTestApp({ withProjector: true });
    sql = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await sql.connect();
    const opened = await api.post('/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6503' }, caseworker);
    caseId = opened.body.caseId;
    const sent = await api.post(
      `/cases/${caseId}/send-referral`,
      {
        toAgency: 'POLDA-KALTIM',
        service: 'law_enforcement',
        reason: 'mohon LP dan penyidikan',
        responseDeadline: new Date(Date.now() + 86_400_000).toISOString(),
        sharesIdentity: false,
      },
      caseworker,
    );
    expect(sent.status).toBe(201);
    expect((await api.post(`/referrals/${sent.body.referralId}/withdraw`, { reason: 'dobel' }, supervisor)).status).toBe(201);
  });
  afterAll(async () => {
    await sql?.end();
    await api?.close();
  });

  async function get(actor: Actor, path: string, query: Record<string, string>) {
    return request(api.app.getHttpServer())
      .get(path)
      .query(query)
      .set('Authorization', `Bearer ${await api.token(actor)}`)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done(null, text));
      });
  }

  async function accessLog(): Promise<Array<{ actor: string; action: string; case_id: string; reason: string; channel: string; detail: unknown }>> {
    return (
      await sql.query(`SELECT actor, action, case_id, reason, channel, detail FROM access_log WHERE case_id = $1 AND action = 'audit.export' ORDER BY id`, [
        caseId,
      ])
    ).rows;
  }

  it('answers the auditor the signed dossier as an attachment; its signature verifies with the server key, and the read is logged', async () => {
    const res = await get(auditor, `/audit/cases/${caseId}/dossier`, { reason: REASON });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${caseId}.dossier.json"`);
    const dossier = JSON.parse(res.body as unknown as string) as Dossier;
    expect(dossier).toMatchObject({
      format: DOSSIER_FORMAT,
      caseId,
      streamName: caseStreamName(caseId),
      exportedBy: { actor: auditor.userId, role: 'auditor', agency: auditor.agency },
      reason: REASON,
      eventCount: 3,
      verification: { ok: true, verifiedEvents: 3 },
    });
    expect(dossier.events.map((e) => e.type)).toEqual(['CaseOpened', 'ReferralSent', 'ReferralWithdrawn']);
    // Both times of every event travel in the file.
    for (const e of dossier.events) expect(e).toMatchObject({ occurredAt: expect.any(String), recordedAt: expect.any(String) });

    const server = auditSigner(api.config);
    expect(dossier.signature).toMatchObject({ algorithm: 'Ed25519', keyId: server.keyId, publicKey: server.publicKey });
    expect(checkDossier(dossier, [server.keyId])).toMatchObject({ signatureValid: true, keyIdMatches: true, keyExpected: true, ok: true });
    expect(checkDossier(dossier, ['someone-elses-key']).ok).toBe(false);
    // One changed letter of the content and the signature no longer holds.
    expect(checkDossier({ ...dossier, reason: REASON.replace('Nunukan', 'Numukan') }).signatureValid).toBe(false);

    const [entry] = await accessLog();
    expect(entry).toMatchObject({ actor: auditor.userId, action: 'audit.export', case_id: caseId, reason: REASON, channel: 'http', detail: {} });
  });

  it('answers the readable page with format=html, under a CSP that admits only its own style', async () => {
    const res = await get(auditor, `/audit/cases/${caseId}/dossier`, { reason: REASON, format: 'html' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${caseId}.dossier.html"`);
    expect(res.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'sha256-/);
    const html = res.body as unknown as string;
    expect(html).toContain(`<title>Case dossier ${caseId}</title>`);
    expect(html).toContain('Verified: the hash chain holds');
    expect(html).toContain('<th>occurred at</th><th>recorded at</th>');
    // Free text stays out of the page, as in the CLI's.
    expect(html).not.toContain('mohon LP');
    expect((await accessLog()).at(-1)).toMatchObject({ action: 'audit.export', detail: { format: 'html' } });
  });

  it('is for auditors only, needs a reason, a known format and a full case id, and 404s an unknown case', async () => {
    const before = (await accessLog()).length;
    for (const actor of [caseworker, supervisor]) {
      const refused = await get(actor, `/audit/cases/${caseId}/dossier`, { reason: REASON });
      expect(refused.status).toBe(403);
    }
    const noReason = await get(auditor, `/audit/cases/${caseId}/dossier`, {});
    expect(noReason.status).toBe(400);
    expect(JSON.parse(noReason.body as unknown as string).errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    const badFormat = await get(auditor, `/audit/cases/${caseId}/dossier`, { reason: REASON, format: 'pdf' });
    expect(badFormat.status).toBe(400);
    expect(JSON.parse(badFormat.body as unknown as string).errors).toEqual([expect.objectContaining({ field: 'format' })]);
    expect((await accessLog()).length).toBe(before);
    // The 8-character number shown in the console names the case here as on every case route; garbage stays a 400.
    let short = await get(auditor, `/audit/cases/${caseId.slice(0, 8)}/dossier`, { reason: REASON });
    for (const deadline = Date.now() + 20_000; short.status === 404 && Date.now() < deadline;) {
      await new Promise((done) => setTimeout(done, 100));
      short = await get(auditor, `/audit/cases/${caseId.slice(0, 8)}/dossier`, { reason: REASON });
    }
    expect(short.status).toBe(200);
    expect(JSON.parse(short.body as unknown as string).caseId).toBe(caseId);
    expect((await accessLog()).length).toBe(before + 1);
    expect((await get(auditor, `/audit/cases/not-a-case/dossier`, { reason: REASON })).status).toBe(400);

    const unknown = await get(auditor, `/audit/cases/0b7c2f1e-5a3d-4c61-9a8e-1f2d3c4b5a60/dossier`, { reason: REASON });
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body as unknown as string).code).toBe('CASE.NOT_FOUND');
  });

  it('after a direct SQL edit of an event, still answers a signed dossier whose own check and offline check say so', async () => {
    await sql.query(`UPDATE events SET data = jsonb_set(data, '{service}', '"shelter"') WHERE stream_name = $1 AND revision = 1`, [caseStreamName(caseId)]);
    const res = await get(auditor, `/audit/cases/${caseId}/dossier`, { reason: REASON });
    expect(res.status).toBe(200);
    const dossier = JSON.parse(res.body as unknown as string) as Dossier;
    expect(dossier.verification).toMatchObject({ ok: false, verifiedEvents: 1, broken: { revision: 1, reason: 'hash_mismatch' } });
    const check = checkDossier(dossier, [auditSigner(api.config).keyId]);
    // Signed as answered, but the record inside is not intact: its chain breaks at the edited event.
    expect(check).toMatchObject({
      signatureValid: true,
      recordedVerificationOk: false,
      chain: { ok: false, broken: { revision: 1, reason: 'hash_mismatch' } },
      ok: false,
    });

    const html = await get(auditor, `/audit/cases/${caseId}/dossier`, { reason: REASON, format: 'html' });
    expect(html.body).toContain('TAMPERING FOUND');
  });
});
