import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';
import { caseEvents, commandIdOf, commandClaims, streamsWithGaps } from './support/event-log.js';
import { send, tokenFor, type Answer } from './support/http-client.js';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

const CLIENTS = 4;
const REFERRALS_PER_CASE = 4;
// A command that never beats its random abort (a slow machine) would loop for ever: past this many attempts the client backs off.
const MAX_ABORTED_ATTEMPTS = 20;
// However slow the machine, the clients stop here (a test that timed out must not leave them hammering a closed server).
const CLIENTS_DEADLINE_MS = 90_000;

interface Outcome {
  actor: Actor;
  key: string;
  path: string;
  first: Answer;
  firstReplayed: boolean;
  replay: Answer;
  attempts: number;
  aborted: number;
  other: Answer[];
}

const caseworker = (n: number): Actor => ({ userId: `cw-retry-${n}`, role: 'caseworker', agency: 'UPTD-PPA-64' });

describe('a client that gives up after 1-30 ms and retries every command with its Idempotency-Key', () => {
  let api: ApiTestApp;
  let baseUrl: string;
  let deadline = 0;

  beforeAll(async () => {
    // The client's many attempts come from one address and one user each: no rate limit here.
    // Retries, not the directory, are under test: the client's users need not be recorded.
    api = await startApiTestApp({ env: { RATE_LIMIT_PER_USER_PER_MINUTE: '0', RATE_LIMIT_PER_IP_PER_MINUTE: '0', REQUIRE_REGISTERED_USERS: 'false' } });
    await api.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await api?.close();
  });

  /** Sends one command until an answer arrives, each attempt abandoned after 1-30 ms; then once more, to see the replay. */
  async function command(actor: Actor, token: string, path: string, body: Record<string, unknown>): Promise<Outcome> {
    const key = randomUUID();
    const outcome = { actor, key, path, attempts: 0, aborted: 0, other: [] as Answer[] } as Partial<Outcome> as Outcome;
    const headers = { 'idempotency-key': key };
    while (Date.now() < deadline) {
      outcome.attempts++;
      // Past the cap the client backs off as real ones do: the same random wait, doubled for each further attempt.
      const backoff = 2 ** Math.max(0, outcome.aborted - MAX_ABORTED_ATTEMPTS + 1);
      const giveUpAfter = Math.min(10_000, (1 + Math.floor(Math.random() * 30)) * backoff);
      const answer = await send(baseUrl, 'POST', path, { token, body, headers, timeoutMs: 10_000, signal: AbortSignal.timeout(giveUpAfter) });
      if (answer.status === 0) {
        outcome.aborted++;
        await sleep(2);
        continue;
      }
      if (answer.status === 201) {
        outcome.first = answer;
        outcome.firstReplayed = answer.headers?.get('idempotent-replayed') === 'true';
        break;
      }
      outcome.other.push(answer);
      if (outcome.other.length > 5) break;
    }
    outcome.replay = await send(baseUrl, 'POST', path, { token, body, headers });
    return outcome;
  }

  it('stores each command once, answers every retry with the first answer, and keeps the revisions contiguous', async () => {
    const outcomes: Outcome[] = [];
    deadline = Date.now() + CLIENTS_DEADLINE_MS;
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, n) => {
        const actor = caseworker(n);
        const token = await tokenFor(actor);
        const opened = await command(actor, token, '/cases', { channel: 'hotline', reporterType: 'family', districtCode: '6471' });
        outcomes.push(opened);
        const caseId = String(opened.first?.body?.caseId);
        for (let r = 0; r < REFERRALS_PER_CASE; r++) {
          outcomes.push(
            await command(actor, token, `/cases/${caseId}/send-referral`, {
              toAgency: 'DINSOS-6471',
              service: 'shelter',
              reason: `shelter ${r}`,
              responseDeadline: new Date(Date.now() + 2 * 86_400_000).toISOString(),
              sharesIdentity: false,
            }),
          );
        }
      }),
    );

    // Every command got its 201 in the end, nothing else; the retry after it replays exactly that answer.
    expect(outcomes.filter((o) => o.other.length > 0).map((o) => o.other.map((a) => [a.status, a.body?.code]))).toEqual([]);
    for (const outcome of outcomes) {
      expect({ key: outcome.key, status: outcome.first?.status }).toEqual({ key: outcome.key, status: 201 });
      expect({ status: outcome.replay.status, replayed: outcome.replay.headers?.get('idempotent-replayed'), body: outcome.replay.body }).toEqual({
        status: 201,
        replayed: 'true',
        body: outcome.first.body,
      });
    }

    // No duplicate: one event per command, where its answer says, and each case's revisions run 0..n.
    const url = api.config.DATABASE_URL!;
    const log = await caseEvents(url);
    expect(streamsWithGaps(log)).toEqual([]);
    expect(log.length).toBe(outcomes.length);
    for (const outcome of outcomes) {
      const mine = log.filter((e) => e.commandId === commandIdOf(outcome.actor.userId, outcome.key));
      expect({ key: outcome.key, events: mine.map((e) => ({ stream: e.streamName, revision: e.revision, position: e.position })) }).toEqual({
        key: outcome.key,
        events: [{ stream: `case-${String(outcome.first.body!.caseId)}`, revision: outcome.first.body!.revision, position: outcome.first.body!.position }],
      });
    }
    const claims = await commandClaims(url);
    expect(claims.length).toBe(outcomes.length);
    for (const outcome of outcomes) {
      expect(claims.find((c) => c.commandId === commandIdOf(outcome.actor.userId, outcome.key))).toEqual({
        commandId: commandIdOf(outcome.actor.userId, outcome.key),
        streamName: `case-${String(outcome.first.body!.caseId)}`,
        revision: outcome.first.body!.revision,
      });
    }

    // The races happened: many attempts were abandoned, and some of them had in fact run on the server
    // (a later attempt found the first one's events already in the log).
    const aborted = outcomes.reduce((sum, o) => sum + o.aborted, 0);
    const racedWithItself = outcomes.filter((o) => o.firstReplayed).length;
    expect(aborted).toBeGreaterThanOrEqual(outcomes.length);
    expect(racedWithItself).toBeGreaterThan(0);
    if (process.env.FAULT_REPORT) {
      const { writeFileSync } = await import('node:fs');
      const attempts = outcomes.reduce((sum, o) => sum + o.attempts, 0);
      const firstWasReplay = outcomes.filter((o) => o.firstReplayed).length;
      writeFileSync(process.env.FAULT_REPORT, JSON.stringify({ commands: outcomes.length, attempts, aborted, racedWithItself, firstWasReplay }));
    }
  }, 120_000);
});
