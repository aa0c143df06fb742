import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { replayAnchors } from '@rujukan/application';
import { caseStreamName, type Actor } from '@rujukan/domain';
import { EventStore } from '@rujukan/event-store';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { CaseBuilder, caseworker, DINSOS, POLDA } from '../fuzz/support/command-fixtures.js';
import { eventually, inDays } from '../support/agency-queues.js';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';
import { runCli } from '../support/cli.js';

const auditor: Actor = { userId: 'aud-1', role: 'auditor', agency: 'INSPEKTORAT-RI' };
const REASON = 'pemeriksaan rantai hash';

/** A case of five events (opened, registered, consent, two referrals), read by its owner, once the read models have it all. */
async function readCase(api: ApiTestApp): Promise<string> {
  const caseId = await new CaseBuilder(api).consented();
  let position = '';
  for (const [toAgency, service] of [
    [POLDA, 'law_enforcement'],
    [DINSOS, 'shelter'],
  ]) {
    const sent = await api.post(
      `/cases/${caseId}/send-referral`,
      { toAgency, service, reason: 'rujukan', responseDeadline: inDays(3), sharesIdentity: false },
      caseworker,
    );
    expect([sent.status, sent.body.code]).toEqual([201, undefined]);
    position = sent.body.position;
  }
  const view = await request(api.app.getHttpServer())
    .get(`/cases/${caseId}`)
    .set('X-Min-Position', position)
    .set('Authorization', `Bearer ${await api.token(caseworker)}`);
  expect({ status: view.status, behind: view.headers['x-read-model-behind'] }).toEqual({ status: 200, behind: undefined });
  return caseId;
}

async function httpVerify(api: ApiTestApp, caseId: string) {
  return request(api.app.getHttpServer())
    .get(`/audit/cases/${caseId}/verify`)
    .query({ reason: REASON })
    .set('Authorization', `Bearer ${await api.token(auditor)}`);
}

const cliVerify = (api: ApiTestApp, ...scope: string[]) => runCli(api.config.DATABASE_URL as string, ['audit', 'verify', ...scope, '--reason', REASON]);

// Found trying the audit record as someone with database access would: after a DELETE of a stream's tail, verify
// answered "OK, no tampering found" until the next daily anchor.
describe('a deletion seen without waiting for an anchor', () => {
  let api: ApiTestApp;
  let cut: string;
  let gone: string;

  beforeAll(async () => {
    // The anchor recorded at start predates these cases; no other falls in the spec.
    api = await startApiTestApp({ withProjector: true, env: { AUDIT_ANCHOR_INTERVAL_MS: '3600000', READ_WAIT_MS: '5000' } });
    cut = await readCase(api);
    gone = await readCase(api);
    const anchors = await replayAnchors(api.app.get(EventStore), []);
    expect([anchors.heads.has(caseStreamName(cut)), anchors.heads.has(caseStreamName(gone))]).toEqual([false, false]);
    const db = api.app.get(DataSource);
    await db.query(`DELETE FROM events WHERE stream_name = $1 AND revision >= 4`, [caseStreamName(cut)]);
    await db.query(`DELETE FROM events WHERE stream_name = $1`, [caseStreamName(gone)]);
  }, 120_000);
  afterAll(() => api?.close());

  it('GET /audit/cases/:id/verify names the cut tail and the deleted case from what the read models saw', async () => {
    const tail = await httpVerify(api, cut);
    expect(tail.status).toBe(200);
    expect(tail.body).toMatchObject({
      ok: false,
      verifiedEvents: 4,
      broken: {
        streamName: caseStreamName(cut),
        revision: 4,
        reason: 'missing_tail',
        seenBy: { revision: 4, source: expect.stringMatching(/^rm_case_(summaries|timeline)$/) },
      },
    });
    const stream = await httpVerify(api, gone);
    expect(stream.status).toBe(200);
    expect(stream.body).toMatchObject({ ok: false, verifiedEvents: 0, broken: { streamName: caseStreamName(gone), revision: 0, reason: 'missing_stream' } });
  });

  it('cli audit verify --case and --all name them too, and exit 2', async () => {
    const one = await cliVerify(api, '--case', cut);
    expect(one.code).toBe(2);
    expect(one.stdout).toContain(`stream ${caseStreamName(cut)}, revision 4: missing_tail`);
    expect(one.stdout).toMatch(/seen up to revision 4 by rm_case_(summaries|timeline)/);
    expect(one.stdout).toContain('Result: TAMPERING FOUND');
    const all = await cliVerify(api, '--all');
    expect(all.code).toBe(2);
    expect(all.stdout).toContain(`stream ${caseStreamName(cut)}, revision 4: missing_tail`);
    expect(all.stdout).toContain(`stream ${caseStreamName(gone)}, revision 0: missing_stream`);
  }, 120_000);
});

describe('a deletion covered up in the read models too, seen by the next interval anchor', () => {
  let api: ApiTestApp;
  let caseId: string;

  beforeAll(async () => {
    api = await startApiTestApp({ withProjector: true, env: { AUDIT_ANCHOR_INTERVAL_MS: '1000', READ_WAIT_MS: '5000' } });
    caseId = await readCase(api);
    const store = api.app.get(EventStore);
    // Within one interval of the case's last event, an anchor has signed its head.
    await eventually(async () => (await replayAnchors(store, [])).heads.get(caseStreamName(caseId))?.revision === 4, 15_000);
    const db = api.app.get(DataSource);
    // Someone who can delete events can also rewrite what the read side saw, the append-only access log included.
    await db.query(`DELETE FROM events WHERE stream_name = $1 AND revision >= 3`, [caseStreamName(caseId)]);
    await db.query(`UPDATE rm_case_summaries SET last_revision = 2 WHERE case_id = $1`, [caseId]);
    await db.query(`DELETE FROM rm_case_timeline WHERE case_id = $1 AND revision >= 3`, [caseId]);
  }, 120_000);
  afterAll(() => api?.close());

  it('verify names the cut tail from the anchor, with the hash it signed', async () => {
    const signed = (await replayAnchors(api.app.get(EventStore), [])).heads.get(caseStreamName(caseId))!;
    const response = await httpVerify(api, caseId);
    expect(response.body).toMatchObject({
      ok: false,
      broken: { revision: 3, reason: 'missing_tail' },
      anchored: { revision: 4, hash: signed.hash, holds: false },
    });
    const cli = await cliVerify(api, '--case', caseId);
    expect(cli.code).toBe(2);
    expect(cli.stdout).toContain(`stream ${caseStreamName(caseId)}, revision 3: missing_tail`);
    // Later anchors never sign the shortened stream over: after more intervals, verify still names it.
    await new Promise((done) => setTimeout(done, 2500));
    expect((await replayAnchors(api.app.get(EventStore), [])).heads.get(caseStreamName(caseId))).toEqual(signed);
    expect((await httpVerify(api, caseId)).body).toMatchObject({ ok: false, broken: { revision: 3, reason: 'missing_tail' } });
  }, 120_000);
});
