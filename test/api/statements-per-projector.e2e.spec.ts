import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import { comparePositions, EventStore, type PostgresEventStore } from '@rujukan/event-store';
import { LocalProjectionProgress, PROJECTIONS, type Projection } from '@rujukan/read-models';
import type pg from 'pg';
import { DataSource } from 'typeorm';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { StatementCounter, type StatementCount } from '../support/statement-counter.js';

const caseworker: Actor = { userId: 'cw-projector-count', role: 'caseworker', agency: 'UPTD-PPA-64' };
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A read of the log (the filtered page every reader sends). */
const isLogRead = (sent: string) => /^WITH horizon AS/.test(sent);

/**
 * What the projector costs the database: a process that runs the projector and serves nothing is counted while it
 * sits idle and while a second process (the API, no projector) takes commands. One reader reads the log for all
 * the projections, so its reads do not grow with the number of projections: at most one per poll interval when
 * idle and one per live interval under load (a projection catching up reads alone, a few pages at most here).
 */
describe('statements per projector', () => {
  let database: TestDatabase;
  let writer: ApiTestApp;
  let projector: ApiTestApp;
  let counter: StatementCounter;
  let projections: Projection[];
  const LIVE_INTERVAL_MS = 50;
  const POLL_INTERVAL_MS = 1000;

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    writer = await startApiTestApp({ database });
    projector = await startApiTestApp({ database, withProjector: true, env: { PROJECTION_LIVE_INTERVAL_MS: String(LIVE_INTERVAL_MS) } });
    projections = projector.app.get<Projection[]>(PROJECTIONS);
    const store = projector.app.get(EventStore) as PostgresEventStore;
    const readPool = (projector.app.get(DataSource).driver as unknown as { master: pg.Pool }).master;
    const clientsOf = (pool: pg.Pool) => (pool as unknown as { _clients: pg.Client[] })._clients;
    counter = new StatementCounter(
      (client) =>
        clientsOf(store.pool).includes(client) ||
        clientsOf(readPool).includes(client) ||
        (client as unknown as { connectionParameters?: { application_name?: string } }).connectionParameters?.application_name === 'rujukan-projection-leases',
    );
    await writer.token(caseworker);
  });

  afterAll(async () => {
    counter?.restore();
    await projector?.close();
    await writer?.close();
    await database?.drop();
  });

  async function caughtUp(): Promise<void> {
    const progress = projector.app.get(LocalProjectionProgress);
    const head = await writer.app.get(EventStore).headPosition();
    for (let waited = 0; ; waited += 20) {
      const behind = projections.filter((p) => {
        const at = progress.position(p.name);
        return at === undefined || (head !== null && comparePositions(at, head) < 0);
      });
      if (behind.length === 0) return;
      if (waited > 20_000) throw new Error(`projections not caught up: ${behind.map((p) => p.name).join(', ')}`);
      await sleep(20);
    }
  }

  function report(label: string, count: StatementCount, seconds: number, events?: number): void {
    const reads = count.sent.filter(isLogRead).length;
    const kinds = new Map<string, number>();
    for (const sent of count.sent) kinds.set(sent.slice(0, 40), (kinds.get(sent.slice(0, 40)) ?? 0) + 1);
    process.stdout.write(
      `\n${label}: ${count.statements} statements in ${seconds.toFixed(2)} s (${(count.statements / seconds).toFixed(1)}/s), ` +
        `${reads} log reads (${(reads / seconds).toFixed(1)}/s), ${count.commits} commits` +
        (events ? `, ${events} events: ${(count.statements / events).toFixed(2)} statements per event` : '') +
        `\n${[...kinds.entries()]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 8)
          .map(([k, n]) => `  ${String(n).padStart(5)}  ${k}`)
          .join('\n')}\n`,
    );
  }

  it('reads the log once per interval for all projections, idle and under load', async () => {
    await caughtUp();
    // The last checkpoints past ignored events are saved within idleCheckpointMs (250 ms): after them, nothing is due.
    await sleep(1000);
    // Idle: nothing appended.
    let started = performance.now();
    const idle = await counter.count(() => sleep(3000), 0);
    const idleSeconds = (performance.now() - started) / 1000;
    report(`idle (${projections.length} projections)`, idle, idleSeconds);

    // Under load: four clients open cases and send a referral from each, on the other process.
    const eventsBefore = Number((await writer.app.get(DataSource).query(`SELECT count(*) AS n FROM events`))[0].n);
    started = performance.now();
    const load = await counter.count(async () => {
      await Promise.all(
        [0, 1, 2, 3].map(async () => {
          for (let i = 0; i < 25; i++) {
            const opened = await writer.post('/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6503' }, caseworker, {
              'Idempotency-Key': randomUUID(),
            });
            expect(opened.status).toBe(201);
            const sent = await writer.post(
              `/cases/${opened.body.caseId}/send-referral`,
              {
                toAgency: 'POLDA-KALTIM',
                service: 'law_enforcement',
                reason: 'report the recruiter',
                responseDeadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
                sharesIdentity: false,
              },
              caseworker,
              { 'Idempotency-Key': randomUUID() },
            );
            expect(sent.status).toBe(201);
          }
        }),
      );
      await caughtUp();
    }, 0);
    const loadSeconds = (performance.now() - started) / 1000;
    const events = Number((await writer.app.get(DataSource).query(`SELECT count(*) AS n FROM events`))[0].n) - eventsBefore;
    report('under load', load, loadSeconds, events);

    // One reader: its reads follow the intervals, not the number of projections (a slower machine reads less).
    expect(idle.sent.filter(isLogRead).length).toBeLessThanOrEqual(Math.ceil((idleSeconds * 1000) / POLL_INTERVAL_MS) + 2);
    expect(load.sent.filter(isLogRead).length).toBeLessThanOrEqual(Math.ceil((loadSeconds * 1000) / LIVE_INTERVAL_MS) + 2 * projections.length);
  });
});
