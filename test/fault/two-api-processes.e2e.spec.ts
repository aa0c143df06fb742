import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { verifyCase } from '@rujukan/application';
import { caseStreamName, foldCase, type Actor, type CaseEvent } from '@rujukan/domain';
import { PostgresEventStore } from '@rujukan/event-store';
import { parseAppConfig } from '@rujukan/platform';
import { trustedAuditKeys } from '@rujukan/server';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startApiProcess, type ApiProcess } from './support/api-process.js';
import { caseEvents, commandIdOf, streamsWithGaps } from './support/event-log.js';
import { send, tokenFor, type Answer } from './support/http-client.js';

const CASES = 3;
const WORKERS_PER_PROCESS = 4;
const ATTEMPTS_PER_WORKER = 25;

interface Attempt {
  process: number;
  actor: Actor;
  caseId: string;
  key: string;
  /** The revision this worker had last seen of the case, sent as If-Match. */
  seen: number;
  answer: Answer;
}

const caseworker = (n: number): Actor => ({ userId: `cw-race-${n}`, role: 'caseworker', agency: 'UPTD-PPA-64' });

describe('two API processes on one database racing on the same cases', () => {
  let database: TestDatabase;
  const apis: ApiProcess[] = [];

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    // Started together: both migrate under the migrations' advisory lock. One runs the projector, as a deployment with a separate projector would.
    apis.push(
      ...(await Promise.all([
        startApiProcess(database.url, { RUN_PROJECTOR: 'true', EVENT_STORE_POLL_MS: '200' }),
        startApiProcess(database.url, { RUN_PROJECTOR: 'false' }),
      ])),
    );
  }, 180_000);

  afterAll(async () => {
    await Promise.all(apis.map((api) => api.stop()));
    await database?.drop();
  }, 60_000);

  it('lets exactly one writer win each revision, answers the others 409, and loses no accepted command', async () => {
    const opener = caseworker(0);
    const openerToken = await tokenFor(opener);
    const caseIds: string[] = [];
    for (let c = 0; c < CASES; c++) {
      const opened = await send(apis[c % 2].baseUrl, 'POST', '/cases', {
        token: openerToken,
        body: { channel: 'hotline', reporterType: 'family', districtCode: '6471' },
        headers: { 'idempotency-key': randomUUID() },
      });
      expect(opened.status).toBe(201);
      caseIds.push(String(opened.body!.caseId));
    }

    // Each worker keeps the revision it last saw of each case and sends it as If-Match: a 201 moves it on, a 409 tells it the actual one.
    const attempts: Attempt[] = [];
    const worker = async (n: number) => {
      const processIndex = n % 2;
      const actor = caseworker(n);
      const token = await tokenFor(actor);
      const seen = new Map(caseIds.map((id) => [id, 0]));
      for (let i = 0; i < ATTEMPTS_PER_WORKER; i++) {
        const caseId = caseIds[(n + i) % CASES];
        const attempt: Attempt = { process: processIndex, actor, caseId, key: randomUUID(), seen: seen.get(caseId)!, answer: null as unknown as Answer };
        attempt.answer = await send(apis[processIndex].baseUrl, 'POST', `/cases/${caseId}/send-referral`, {
          token,
          body: {
            toAgency: 'POLDA-KALTIM',
            service: 'law_enforcement',
            reason: `worker ${n} attempt ${i}`,
            responseDeadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
            sharesIdentity: false,
          },
          headers: { 'idempotency-key': attempt.key, 'if-match': `"${attempt.seen}"` },
        });
        attempts.push(attempt);
        if (attempt.answer.status === 201) seen.set(caseId, Number(attempt.answer.body!.revision));
        const actual = (attempt.answer.body?.details as { actualRevision?: unknown } | undefined)?.actualRevision;
        if (attempt.answer.status === 409 && typeof actual === 'number') seen.set(caseId, actual);
      }
    };
    await Promise.all(Array.from({ length: 2 * WORKERS_PER_PROCESS }, (_, n) => worker(n)));

    // Only winners and losers: 201, or 409 CASE.CONCURRENT_UPDATE naming the revision that won.
    const statuses = attempts.map((a) => `${a.answer.status} ${String(a.answer.body?.code ?? '')}`);
    expect([...new Set(statuses)].sort()).toEqual(['201 ', '409 CASE.CONCURRENT_UPDATE']);
    const accepted = attempts.filter((a) => a.answer.status === 201);
    const refused = attempts.filter((a) => a.answer.status === 409);
    // Both processes won and lost races.
    for (const processIndex of [0, 1]) {
      expect(accepted.filter((a) => a.process === processIndex).length).toBeGreaterThan(0);
      expect(refused.filter((a) => a.process === processIndex).length).toBeGreaterThan(0);
    }
    // A winner wrote the revision right after the one it saw; a loser had seen a revision that was no longer the last.
    expect(accepted.filter((a) => a.answer.body!.revision !== a.seen + 1)).toEqual([]);
    expect(refused.filter((a) => !((a.answer.body!.details as { actualRevision: number }).actualRevision > a.seen))).toEqual([]);

    const log = await caseEvents(database.url);
    expect(streamsWithGaps(log)).toEqual([]);
    const store = new PostgresEventStore({ connectionString: database.url });
    try {
      for (const caseId of caseIds) {
        const stream = log.filter((e) => e.streamName === caseStreamName(caseId));
        const winners = accepted.filter((a) => a.caseId === caseId);
        // Exactly one writer per revision: the accepted commands hold revisions 1..n once each, and the log holds nothing else.
        expect(winners.map((a) => a.answer.body!.revision).sort((x, y) => Number(x) - Number(y))).toEqual(stream.slice(1).map((e) => e.revision));
        for (const winner of winners) {
          const event = stream.find((e) => e.commandId === commandIdOf(winner.actor.userId, winner.key));
          expect({ revision: event?.revision, position: event?.position }).toEqual({
            revision: winner.answer.body!.revision,
            position: winner.answer.body!.position,
          });
        }
        // No lost update: the case folded from its events holds every accepted referral and none of the refused ones.
        const state = foldCase((await store.readStream(caseStreamName(caseId))).map((e) => ({ type: e.type, data: e.data }) as CaseEvent));
        if (!state.exists) throw new Error(`case ${caseId} does not exist`);
        expect(Object.keys(state.referrals).sort()).toEqual(winners.map((a) => String(a.answer.body!.referralId)).sort());
        const verification = await verifyCase(store, caseId, trustedAuditKeys(parseAppConfig({ NODE_ENV: 'development', DEVELOPMENT_SECRETS: 'true' })));
        expect({ caseId, ok: verification.ok, broken: verification.broken }).toEqual({ caseId, ok: true, broken: null });
      }
    } finally {
      await store.close();
    }
    // Refused commands wrote nothing.
    const refusedCommandIds = new Set(refused.map((a) => commandIdOf(a.actor.userId, a.key)));
    expect(log.filter((e) => e.commandId !== null && refusedCommandIds.has(e.commandId))).toEqual([]);
    if (process.env.FAULT_REPORT) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(process.env.FAULT_REPORT, JSON.stringify({ attempts: attempts.length, accepted: accepted.length, refused: refused.length }));
    }
  }, 120_000);
});
