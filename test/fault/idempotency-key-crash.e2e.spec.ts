import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startApiProcess, type ApiProcess } from './support/api-process.js';
import { caseEvents, commandClaims, commandIdOf } from './support/event-log.js';
import { send, tokenFor, type Answer } from './support/http-client.js';

const caseworker: Actor = { userId: 'cw-crash', role: 'caseworker', agency: 'UPTD-PPA-64' };
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * The Idempotency-Key is claimed by the command's append statement itself, so there is no "in progress" state:
 * a duplicate sent while the first request is still running waits for it and gets its answer, and a key whose
 * first request died with its process (SIGKILL) can be retried at once, on another process, and runs once.
 * The spec holds the first request inside its append by locking the claims table, so "still running" and
 * "mid-command" are certain, not a matter of timing.
 */
describe('an Idempotency-Key whose first request is still running, or died with its process', () => {
  let database: TestDatabase;
  let first: ApiProcess;
  let second: ApiProcess;
  let admin: pg.Client;
  let token: string;
  let caseId: string;

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    [first, second] = await Promise.all([startApiProcess(database.url), startApiProcess(database.url)]);
    admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    token = await tokenFor(caseworker);
    const opened = await send(first.baseUrl, 'POST', '/cases', {
      token,
      body: { channel: 'hotline', reporterType: 'family', districtCode: '6471' },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(opened.status).toBe(201);
    caseId = String(opened.body!.caseId);
  }, 180_000);

  afterAll(async () => {
    await admin?.query('ROLLBACK').catch(() => undefined);
    await admin?.end();
    await Promise.all([first, second].filter(Boolean).map((api) => api.stop()));
    await database?.drop();
  }, 60_000);

  /** Holds every claiming append at its claim until `release`: the events are inserted, not yet committed. */
  async function holdClaims(): Promise<{ waiting: (n: number, request: Promise<Answer>) => Promise<void>; release: () => Promise<void> }> {
    await admin.query('BEGIN');
    await admin.query('LOCK TABLE command_claims IN SHARE MODE');
    return {
      async waiting(n, request) {
        let answered: Answer | null = null;
        void request.then((answer) => (answered = answer));
        for (const deadline = Date.now() + 20_000; ; await sleep(20)) {
          if (answered) throw new Error(`the request answered before it reached its claim: ${JSON.stringify(answered)}`);
          const { rows } = await admin.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
          );
          if (rows[0]!.n >= n) return;
          if (Date.now() > deadline) throw new Error(`expected ${n} appends waiting on the claims, found ${rows[0]!.n}`);
        }
      },
      release: async () => void (await admin.query('ROLLBACK')),
    };
  }

  const requestService = (api: ApiProcess, key: string, serviceId: string): Promise<Answer> =>
    send(api.baseUrl, 'POST', `/cases/${caseId}/request-service`, {
      token,
      body: { serviceId, service: 'first_aid' },
      headers: { 'idempotency-key': key },
      timeoutMs: 20_000,
    });

  async function eventsOf(key: string) {
    return (await caseEvents(database.url)).filter((e) => e.commandId === commandIdOf(caseworker.userId, key));
  }

  it('answers a duplicate that arrives while the first is still running with the first one’s answer, once it is done', async () => {
    const key = randomUUID();
    const hold = await holdClaims();
    const running = requestService(first, key, 'dup-1');
    await hold.waiting(1, running);
    // The same key on another process while the first is held inside its append.
    const duplicate = requestService(second, key, 'dup-1');
    await sleep(300);
    await hold.release();
    const [a, b] = await Promise.all([running, duplicate]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.body).toEqual(a.body);
    // Exactly one of them appended; the other answered from what it wrote.
    expect([a, b].map((answer) => answer.headers?.get('idempotent-replayed') ?? null).sort()).toEqual([null, 'true']);
    const events = await eventsOf(key);
    expect(events.map((e) => ({ type: e.type, revision: e.revision, position: e.position }))).toEqual([
      { type: 'ServiceRequested', revision: a.body!.revision, position: a.body!.position },
    ]);
    // Never a 409 that outlives the first: a third request answers at once, from the log.
    const later = await requestService(second, key, 'dup-1');
    expect({ status: later.status, body: later.body, replayed: later.headers?.get('idempotent-replayed') }).toEqual({
      status: 201,
      body: a.body,
      replayed: 'true',
    });
    // The same key asking something else is still refused.
    expect((await requestService(second, key, 'dup-2')).body?.code).toBe('IDEMPOTENCY.KEY_REUSED');
  }, 60_000);

  it('runs a command exactly once when its process is killed mid-command and the key is retried within a second', async () => {
    const key = randomUUID();
    const hold = await holdClaims();
    const cut = requestService(first, key, 'kill-1');
    await hold.waiting(1, cut);
    process.kill(first.pid, 'SIGKILL');
    const killedAt = Date.now();
    await first.exited;
    expect((await cut).status).toBe(0);
    // The retry goes to the other process at once, while the dead one's append is still held in the database.
    const retrying = requestService(second, key, 'kill-1');
    const sentWithinMs = Date.now() - killedAt;
    await sleep(200);
    await hold.release();
    const retry = await retrying;
    expect(sentWithinMs).toBeLessThan(1000);
    expect({ status: retry.status, code: retry.body?.code }).toEqual({ status: 201, code: undefined });
    // Once: one event, where the retry's answer says, and one claim naming it.
    const events = await eventsOf(key);
    expect(events.map((e) => ({ type: e.type, revision: e.revision, position: e.position }))).toEqual([
      { type: 'ServiceRequested', revision: retry.body!.revision, position: retry.body!.position },
    ]);
    const claims = (await commandClaims(database.url)).filter((c) => c.commandId === commandIdOf(caseworker.userId, key));
    expect(claims).toEqual([{ commandId: commandIdOf(caseworker.userId, key), streamName: `case-${caseId}`, revision: retry.body!.revision }]);
    // And again: the same answer, replayed.
    const again = await requestService(second, key, 'kill-1');
    expect({ status: again.status, body: again.body }).toEqual({ status: 201, body: retry.body });
  }, 60_000);
});
