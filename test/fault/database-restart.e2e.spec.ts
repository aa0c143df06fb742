import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { verifyStore } from '@rujukan/application';
import type { Actor } from '@rujukan/domain';
import { comparePositions, PostgresEventStore } from '@rujukan/event-store';
import { parseAppConfig } from '@rujukan/platform';
import { trustedAuditKeys } from '@rujukan/server';
import { listCheckpoints } from '@rujukan/read-models';
import { DataSource } from 'typeorm';
import { startApiProcess, type ApiProcess } from './support/api-process.js';
import { caseEvents, commandIdOf, commandClaims, streamsWithGaps } from './support/event-log.js';
import { send, tokenFor, type Answer } from './support/http-client.js';
import { startOwnPostgres, type OwnPostgres } from './support/own-postgres.js';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

const LANES = 4;
const REFERRALS_PER_CASE = 3;
// The client gives up after this: an API that fails fast answers well within it, a hanging one does not.
const CLIENT_TIMEOUT_MS = 5000;
const LOAD_BEFORE_MS = 1500;
const DOWN_MS = 3000;
const LOAD_AFTER_RECOVERY_MS = 1500;
const RECOVERY_DEADLINE_MS = 20_000;

interface Command {
  actor: Actor;
  token: string;
  path: string;
  body: Record<string, unknown>;
  key: string;
  sentAt: number;
  answer: Answer;
  answeredAt: number;
}

const caseworker = (lane: number): Actor => ({ userId: `cw-restart-${lane}`, role: 'caseworker', agency: 'UPTD-PPA-64' });

/** The answer a command's events say the API gave: what a replay must return. */
function answerOfLog(events: Awaited<ReturnType<typeof caseEvents>>, command: Command) {
  const commandId = commandIdOf(command.actor.userId, command.key);
  const mine = events.filter((e) => e.commandId === commandId);
  if (mine.length === 0) return null;
  const last = mine[mine.length - 1];
  return { caseId: last.streamName.slice('case-'.length), revision: last.revision, position: last.position, events: mine.length };
}

describe('PostgreSQL restarted while commands arrive', () => {
  let database: OwnPostgres;
  let api: ApiProcess;

  beforeAll(async () => {
    database = await startOwnPostgres();
    api = await startApiProcess(database.url, { RUN_PROJECTOR: 'true', EVENT_STORE_POLL_MS: '200' });
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await database?.destroy();
  }, 60_000);

  it('answers 503 fast while it is down, recovers by itself, and keeps every command exactly once with its idempotency record', async () => {
    const commands: Command[] = [];
    const tokens = await Promise.all(Array.from({ length: LANES }, (_, lane) => tokenFor(caseworker(lane))));
    let stopping = false;

    const issue = async (lane: number, path: string, body: Record<string, unknown>): Promise<Command> => {
      const command = { actor: caseworker(lane), token: tokens[lane], path, body, key: randomUUID(), sentAt: Date.now() } as Command;
      command.answer = await send(api.baseUrl, 'POST', path, {
        token: command.token,
        body,
        headers: { 'idempotency-key': command.key },
        timeoutMs: CLIENT_TIMEOUT_MS,
      });
      command.answeredAt = Date.now();
      commands.push(command);
      return command;
    };

    // Many small cases: each opened, then a few referrals; a case whose command fails is left there and a new one begun.
    const lane = async (n: number) => {
      while (!stopping) {
        const opened = await issue(n, '/cases', { channel: 'hotline', reporterType: 'family', districtCode: '6471' });
        if (opened.answer.status !== 201) {
          // As a client told to retry later would: not every 25 ms.
          await sleep(100);
          continue;
        }
        const caseId = String(opened.answer.body!.caseId);
        for (let r = 0; r < REFERRALS_PER_CASE && !stopping; r++) {
          const sent = await issue(n, `/cases/${caseId}/send-referral`, {
            toAgency: 'POLDA-KALTIM',
            service: 'law_enforcement',
            reason: `report ${r}`,
            responseDeadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
            sharesIdentity: false,
          });
          if (sent.answer.status !== 201) break;
        }
      }
    };
    const lanes = Promise.all(Array.from({ length: LANES }, (_, n) => lane(n)));

    let stoppedAt = 0;
    let startingAt = 0;
    let startedAt = 0;
    const healthWhileDown: Answer[] = [];
    try {
      await sleep(LOAD_BEFORE_MS);
      await database.stop();
      stoppedAt = Date.now();
      while (Date.now() - stoppedAt < DOWN_MS) {
        healthWhileDown.push(await send(api.baseUrl, 'GET', '/health', { timeoutMs: CLIENT_TIMEOUT_MS }));
        await sleep(500);
      }
      startingAt = Date.now();
      await database.start();
      startedAt = Date.now();
      // It recovers by itself: the same process answers 201 again, with no restart.
      while (!commands.some((c) => c.sentAt > startedAt && c.answer.status === 201)) {
        if (Date.now() - startedAt > RECOVERY_DEADLINE_MS) {
          const after = commands.filter((c) => c.sentAt > startedAt).map((c) => `${c.answer.status} ${String(c.answer.body?.code ?? c.answer.failure)}`);
          throw new Error(`no command succeeded within ${RECOVERY_DEADLINE_MS} ms of the restart: ${[...new Set(after)].join(', ')}\n${api.output()}`);
        }
        await sleep(50);
      }
      await sleep(LOAD_AFTER_RECOVERY_MS);
    } finally {
      stopping = true;
      await lanes;
    }
    const recoveredInMs = Math.min(...commands.filter((c) => c.sentAt > startedAt && c.answer.status === 201).map((c) => c.answeredAt)) - startedAt;

    // Never a 500, never anything but accepted or unavailable, never a hang.
    const statuses = [...new Set(commands.map((c) => c.answer.status))].sort();
    expect(statuses).toEqual([201, 503]);
    expect(commands.filter((c) => c.answer.status === 0)).toEqual([]);
    // While it was down every command was refused as unavailable, fast, with a JSON body and a Retry-After.
    const whileDown = commands.filter((c) => c.sentAt > stoppedAt && c.answeredAt < startingAt);
    expect(whileDown.length).toBeGreaterThanOrEqual(10);
    expect(
      whileDown.filter(
        (c) => c.answer.status !== 503 || c.answer.body?.code !== 'SERVICE.UNAVAILABLE' || c.answer.headers?.get('retry-after') !== '1' || c.answer.ms > 2000,
      ),
    ).toEqual([]);
    expect(healthWhileDown.length).toBeGreaterThanOrEqual(3);
    for (const health of healthWhileDown) {
      expect({ status: health.status, code: health.body?.code, details: health.body?.details }).toEqual({
        status: 503,
        code: 'SERVICE.UNAVAILABLE',
        details: { database: 'down', eventStore: 'down' },
      });
    }
    const healthAfter = await send(api.baseUrl, 'GET', '/health');
    expect(healthAfter.status).toBe(200);
    expect(recoveredInMs).toBeLessThan(RECOVERY_DEADLINE_MS);

    // Every command that failed is retried with its key: one that was in fact committed answers what the log holds.
    const logBeforeRetries = await caseEvents(database.url);
    const failed = commands.filter((c) => c.answer.status !== 201);
    const committedUnanswered = failed.filter((c) => answerOfLog(logBeforeRetries, c) !== null);
    const retryOne = async (command: Command) => {
      const committed = answerOfLog(logBeforeRetries, command);
      // No claim outlives its statement: the retry runs (or replays) at once, never "still in progress".
      const retry = await send(api.baseUrl, 'POST', command.path, {
        token: command.token,
        body: command.body,
        headers: { 'idempotency-key': command.key },
        timeoutMs: CLIENT_TIMEOUT_MS,
      });
      expect({ key: command.key, status: retry.status }).toEqual({ key: command.key, status: 201 });
      if (committed) {
        expect(retry.body).toMatchObject({ caseId: committed.caseId, revision: committed.revision, position: committed.position });
      }
      command.answer = retry;
    };
    // Each lane retries its own failures in order (a lane's failed command is the last of its case).
    await Promise.all(
      Array.from({ length: LANES }, async (_, n) => {
        for (const command of failed.filter((c) => c.actor.userId === caseworker(n).userId)) await retryOne(command);
      }),
    );

    // Exactly once: each command's one event is where its answer says, and the log holds nothing else.
    const log = await caseEvents(database.url);
    expect(streamsWithGaps(log)).toEqual([]);
    expect(log.length).toBe(commands.length);
    for (const command of commands) {
      const logged = answerOfLog(log, command);
      expect({ key: command.key, logged }).toEqual({
        key: command.key,
        logged: { caseId: command.answer.body!.caseId, revision: command.answer.body!.revision, position: command.answer.body!.position, events: 1 },
      });
    }

    // No event without its key's claim, and no claim without its events: the append wrote both or neither.
    const claims = await commandClaims(database.url);
    const byId = (a: { commandId: string }, b: { commandId: string }) => (a.commandId < b.commandId ? -1 : 1);
    const expectedClaims = commands
      .map((c) => ({ commandId: commandIdOf(c.actor.userId, c.key), streamName: `case-${String(c.answer.body!.caseId)}`, revision: c.answer.body!.revision }))
      .sort(byId);
    expect(claims.sort(byId)).toEqual(expectedClaims);

    // The hash chain of every stream verifies, and the projector (in the API process) caught up with the log by itself.
    const store = new PostgresEventStore({ connectionString: database.url });
    const dataSource = new DataSource({ type: 'postgres', url: database.url, synchronize: false });
    await dataSource.initialize();
    try {
      const verification = await verifyStore(store, trustedAuditKeys(parseAppConfig({ NODE_ENV: 'development', DEVELOPMENT_SECRETS: 'true' })));
      expect({ ok: verification.ok, broken: verification.broken }).toEqual({ ok: true, broken: [] });
      expect(verification.events).toBeGreaterThanOrEqual(log.length);
      const head = (await store.headPosition())!;
      const caughtUp = async () => (await listCheckpoints(dataSource)).every((c) => comparePositions(c.position, head) >= 0);
      for (const deadline = Date.now() + 20_000; !(await caughtUp()); await sleep(100)) {
        if (Date.now() > deadline) throw new Error('the projector did not catch up with the log within 20 s of the restart');
      }
      const [{ count }] = (await dataSource.query(`SELECT count(*)::int AS count FROM rm_case_summaries`)) as Array<{ count: number }>;
      expect(count).toBe(new Set(log.map((e) => e.streamName)).size);
    } finally {
      await dataSource.destroy();
      await store.close();
    }

    // The same process served throughout.
    expect(await Promise.race([api.exited.then(() => 'exited'), sleep(10).then(() => 'running')])).toBe('running');
    if (process.env.FAULT_REPORT) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(
        process.env.FAULT_REPORT,
        JSON.stringify({
          commands: commands.length,
          whileDown: whileDown.length,
          failed: failed.length,
          committedUnanswered: committedUnanswered.length,
          recoveredInMs,
        }),
      );
    }
  }, 120_000);
});
