import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ANCHOR_STREAM, recordAnchor } from '@rujukan/application';
import { AuditAnchorService, auditSigner } from '@rujukan/server';
import { caseStreamName, type Actor } from '@rujukan/domain';
import { EventStore } from '@rujukan/event-store';
import pg from 'pg';
import request from 'supertest';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

const KALTIM = 'UPTD-PPA-64';
const caseworker: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: KALTIM };
const supervisor: Actor = { userId: 'spv-kaltim', role: 'supervisor', agency: KALTIM };
const auditor: Actor = { userId: 'inspektorat-1', role: 'auditor', agency: 'INSPEKTORAT-64' };
const analyst: Actor = { userId: 'gt-1', role: 'task_force_analyst', agency: 'GUGUS-TUGAS-64' };
const REASON = 'Pemeriksaan Inspektorat 2026/11';

describe('the audit record over HTTP', () => {
  let api: ApiTestApp;
  let caseId: string;
  let sql: pg.Client;
  let lastPosition: string;

  beforeAll(async () => {
    process.env.READ_WAIT_MS = '5000';
    api = await startApiTestApp({ withProjector: true });
    sql = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await sql.connect();
    const opened = await api.post('/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6503' }, caseworker);
    caseId = opened.body.caseId;
    for (let i = 0; i < 3; i++) {
      const sent = await api.post(
        `/cases/${caseId}/send-referral`,
        {
          toAgency: 'POLDA-KALTIM',
          service: 'law_enforcement',
          reason: `laporan ${i}`,
          responseDeadline: new Date(Date.now() + 86_400_000).toISOString(),
          sharesIdentity: false,
        },
        caseworker,
      );
      expect(sent.status).toBe(201);
      const withdrawn = await api.post(`/referrals/${sent.body.referralId}/withdraw`, { reason: 'dobel' }, supervisor);
      expect(withdrawn.status).toBe(201);
      lastPosition = withdrawn.body.position;
    }
  });
  afterAll(async () => {
    await sql?.end();
    await api?.close();
    delete process.env.READ_WAIT_MS;
  });

  async function get(actor: Actor, path: string, query: Record<string, string> = { reason: REASON }) {
    return request(api.app.getHttpServer())
      .get(path)
      .query(query)
      .set('Authorization', `Bearer ${await api.token(actor)}`);
  }

  it('lists every event with its metadata, filtered and paged', async () => {
    const all = await get(auditor, `/audit/cases/${caseId}/events`);
    expect(all.status).toBe(200);
    expect(all.body.events.map((e: { type: string }) => e.type)).toEqual(['CaseOpened', ...Array(3).fill(['ReferralSent', 'ReferralWithdrawn']).flat()]);
    expect(all.body.events[1]).toMatchObject({
      revision: 1,
      actor: 'cw-kaltim',
      role: 'caseworker',
      agency: KALTIM,
      commandId: expect.any(String),
      correlationId: expect.any(String),
      causationId: null,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      position: expect.stringMatching(/^\d+-\d+$/),
    });
    const page = await get(auditor, `/audit/cases/${caseId}/events`, { reason: REASON, limit: '2', afterRevision: '2', actor: 'spv-kaltim' });
    expect(page.body.events.map((e: { revision: number }) => e.revision)).toEqual([4, 6]);
    expect(page.body.nextAfterRevision).toBeNull();
  });

  it('answers the state at a revision and at a time, and the diff between two points', async () => {
    const atOne = await get(auditor, `/audit/cases/${caseId}/state`, { reason: REASON, revision: '1' });
    expect(atOne.status).toBe(200);
    expect(atOne.body).toMatchObject({ revision: 1, eventCount: 2, state: { exists: true, stage: 'intake' } });
    expect(Object.values(atOne.body.state.referrals)).toEqual([expect.objectContaining({ status: 'sent' })]);

    const events = await api.app.get(EventStore).readStream(caseStreamName(caseId));
    const atTime = await get(auditor, `/audit/cases/${caseId}/state`, { reason: REASON, at: events[2].recordedAt.toISOString() });
    expect(atTime.body.revision).toBeGreaterThanOrEqual(2);

    const diff = await get(auditor, `/audit/cases/${caseId}/diff`, { reason: REASON, from: '1', to: '2' });
    expect(diff.status).toBe(200);
    expect(diff.body.events).toEqual([expect.objectContaining({ revision: 2, type: 'ReferralWithdrawn' })]);
    expect(diff.body.changes).toEqual(expect.arrayContaining([expect.objectContaining({ op: 'replace', value: 'withdrawn' })]));
  });

  it('refuses bad parameters with the field and the reason, and unknown cases with 404', async () => {
    const noReason = await get(auditor, `/audit/cases/${caseId}/events`, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    const both = await get(auditor, `/audit/cases/${caseId}/state`, { reason: REASON, at: '2026-01-01T00:00:00Z', revision: '1' });
    expect(both.status).toBe(400);
    const badTime = await get(auditor, `/audit/cases/${caseId}/state`, { reason: REASON, at: 'yesterday' });
    expect(badTime.status).toBe(400);
    expect(badTime.body.errors).toEqual([expect.objectContaining({ field: 'at' })]);
    const badDiff = await get(auditor, `/audit/cases/${caseId}/diff`, { reason: REASON, from: '1' });
    expect(badDiff.body.errors).toEqual([expect.objectContaining({ field: 'to' })]);
    const unknown = await get(auditor, `/audit/cases/0b7c2f1e-5a3d-4c61-9a8e-1f2d3c4b5a60/state`, { reason: REASON, revision: '0' });
    expect(unknown.status).toBe(404);
  });

  it('is for auditors only, and auditors change nothing', async () => {
    for (const actor of [caseworker, supervisor, analyst]) {
      expect((await get(actor, `/audit/cases/${caseId}/events`)).status).toBe(403);
      expect((await get(actor, `/audit/access-log`)).status).toBe(403);
    }
    const before = (await api.stream(caseId)).length;
    const attempt = await api.post(`/cases/${caseId}/advance-stage`, { to: 'assessment' }, auditor);
    expect(attempt.status).toBe(403);
    expect(await api.stream(caseId)).toHaveLength(before);
  });

  it("has the projector's signed anchor of today, and on its interval anchors the heads that moved since, once", async () => {
    const store = api.app.get(EventStore);
    const today = new Date().toISOString().slice(0, 10);
    const anchors = await store.readStream(ANCHOR_STREAM);
    expect(anchors.filter((e) => e.type === 'AnchorSigned').map((e) => e.data.date)).toEqual([today]);
    await api.app.get(AuditAnchorService).anchor();
    const moved = (await store.readStream(ANCHOR_STREAM)).slice(anchors.length);
    expect(moved.map((e) => e.type)).toEqual(['AnchorHeadsRecorded', 'AnchorSigned']);
    expect(moved[0]!.data.heads).toEqual([[caseStreamName(caseId), 6, expect.any(String)]]);
    await api.app.get(AuditAnchorService).anchor();
    expect(await store.readStream(ANCHOR_STREAM)).toHaveLength(anchors.length + 2);
  });

  it('verifies the chain, and names the broken link after a direct SQL edit', async () => {
    await recordAnchor(api.app.get(EventStore), auditSigner(api.config), new Date());
    const clean = await get(auditor, `/audit/cases/${caseId}/verify`);
    expect(clean.status).toBe(200);
    expect(clean.body).toMatchObject({ ok: true, broken: null, verifiedEvents: 7, anchored: { revision: 6, holds: true }, anchors: { ok: true } });
    // The projector's daily anchor at start, its anchor of what moved since, then the one just recorded.
    expect(clean.body.anchors.count).toBe(3);

    await sql.query(`UPDATE events SET data = jsonb_set(data, '{reason}', '"diubah"') WHERE stream_name = $1 AND revision = 3`, [caseStreamName(caseId)]);
    const tampered = await get(auditor, `/audit/cases/${caseId}/verify`);
    expect(tampered.body).toMatchObject({
      ok: false,
      verifiedEvents: 3,
      broken: {
        streamName: caseStreamName(caseId),
        revision: 3,
        reason: 'hash_mismatch',
        expectedHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        foundHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    });
    expect(tampered.body.broken.expectedHash).not.toBe(tampered.body.broken.foundHash);
  });

  it('records every case read and every audit query, with its reason, for auditors to query', async () => {
    const read = await request(api.app.getHttpServer())
      .get(`/cases/${caseId}`)
      .set('Authorization', `Bearer ${await api.token(caseworker)}`)
      .set('X-Min-Position', lastPosition);
    expect(read.status).toBe(200);
    const log = await get(auditor, '/audit/access-log', { reason: REASON, caseId });
    expect(log.status).toBe(200);
    const actions = log.body.entries.map((e: { action: string; actor: string }) => `${e.actor}:${e.action}`);
    expect(actions[0]).toBe('inspektorat-1:audit.access_log');
    expect(actions).toContain('cw-kaltim:case.read');
    expect(actions).toContain('inspektorat-1:audit.verify');
    expect(actions).toContain('inspektorat-1:audit.state');
    expect(log.body.entries.filter((e: { action: string }) => e.action === 'audit.state')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ reason: REASON, role: 'auditor', agency: 'INSPEKTORAT-64', channel: 'http', detail: { revision: '1' } }),
      ]),
    );
    // Refused queries were answered before anything was read, so nothing was served to record.
    expect(actions.filter((a: string) => a.startsWith('cw-kaltim:audit'))).toEqual([]);
    await expect(sql.query(`DELETE FROM access_log`)).rejects.toThrow(/append-only/);
  });
});
