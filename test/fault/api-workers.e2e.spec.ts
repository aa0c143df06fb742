import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startApiProcess, type ApiProcess } from './support/api-process.js';
import { send, tokenFor } from './support/http-client.js';

const caseworker: Actor = { userId: 'cw-workers', role: 'caseworker', agency: 'UPTD-PPA-64' };
const police: Actor = { userId: 'pol-workers', role: 'police_investigator', agency: 'POLDA-KALTIM' };

/** The API processes the primary started: its children. */
function workersOf(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when there are none
  }
}

async function until<T>(what: string, check: () => T | undefined | false, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

describe('API_WORKERS=2: two API processes on one port, started and replaced by a primary', () => {
  let database: TestDatabase;
  let api: ApiProcess;

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    api = await startApiProcess(database.url, { API_WORKERS: '2' });
  }, 180_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  }, 60_000);

  it('serves commands and reads-your-writes from both workers, replaces a killed worker, and stops them all on SIGTERM', async () => {
    const first = await until('two workers', () => (workersOf(api.pid).length === 2 ? workersOf(api.pid) : false));
    const cwToken = await tokenFor(caseworker);
    const opened = await send(api.baseUrl, 'POST', '/cases', {
      token: cwToken,
      body: { channel: 'port', reporterType: 'government_agency', districtCode: '6503' },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(opened.status).toBe(201);
    const caseId = String(opened.body!.caseId);
    // Each command may land on either worker: each decides on the stream (or its own copy, checked by the append).
    let position = String(opened.body!.position);
    for (let i = 0; i < 6; i++) {
      const sent = await send(api.baseUrl, 'POST', `/cases/${caseId}/send-referral`, {
        token: cwToken,
        body: {
          toAgency: 'POLDA-KALTIM',
          service: 'law_enforcement',
          reason: `laporan ${i}`,
          responseDeadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
          sharesIdentity: false,
        },
        headers: { 'idempotency-key': randomUUID() },
      });
      expect(sent.status).toBe(201);
      expect(sent.body!.revision).toBe(i + 1);
      position = String(sent.body!.position);
    }
    // Whichever worker answers, a read after X-Min-Position shows every write.
    const policeToken = await tokenFor(police);
    for (let i = 0; i < 8; i++) {
      const queue = await send(api.baseUrl, 'GET', '/queues/mine', { token: policeToken, headers: { 'x-min-position': position } });
      expect(queue.status).toBe(200);
      expect((queue.body!.incoming as Array<{ caseId: string }>).filter((r) => r.caseId === caseId)).toHaveLength(6);
    }

    process.kill(first[0]!, 'SIGKILL');
    const replaced = await until('a replacement worker', () => {
      const now = workersOf(api.pid);
      return now.length === 2 && !now.includes(first[0]!) ? now : false;
    });
    expect(replaced).toContain(first[1]);
    // A connection the client still held to the killed worker fails once (status 0): that is the client's socket,
    // not the service. The service must answer again within seconds, and then every time.
    const deadline = Date.now() + 30_000;
    let health = await send(api.baseUrl, 'GET', '/health');
    while (health.status !== 200 && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 200));
      health = await send(api.baseUrl, 'GET', '/health');
    }
    expect(health.status).toBe(200);
    for (let i = 0; i < 6; i++) expect((await send(api.baseUrl, 'GET', '/health')).status).toBe(200);
    const read = await send(api.baseUrl, 'GET', `/cases/${caseId}`, { token: cwToken, headers: { 'x-min-position': position } });
    expect(read.status).toBe(200);

    await api.stop();
    expect(await api.exited).toBe(0);
    expect(workersOf(api.pid)).toEqual([]);
    for (const pid of replaced) expect(() => process.kill(pid, 0)).toThrow();
  }, 180_000);
});
