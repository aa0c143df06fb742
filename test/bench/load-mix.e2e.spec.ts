import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { LoadMix, loadUsers, loadVictimIdentity, seededRandom, zipfRank, type Outcome } from '../../bench/support/load-mix.js';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

describe('zipfRank', () => {
  it('puts rank 0 first with about ln 2 / ln(n + 1) of the draws, and stays in range', () => {
    const random = seededRandom(7);
    const n = 200;
    const counts = new Array<number>(n).fill(0);
    const draws = 100_000;
    for (let i = 0; i < draws; i++) counts[zipfRank(n, random)]++;
    expect(counts.reduce((a, b) => a + b, 0)).toBe(draws);
    const expected = Math.log(2) / Math.log(n + 1);
    expect(counts[0] / draws).toBeGreaterThan(expected * 0.9);
    expect(counts[0] / draws).toBeLessThan(expected * 1.1);
    // Hot head, long tail: the first ten ranks take far more than their share, the last hundred far less.
    expect(counts.slice(0, 10).reduce((a, b) => a + b, 0)).toBeGreaterThan(draws * 0.4);
    expect(counts.slice(100).reduce((a, b) => a + b, 0)).toBeLessThan(draws * 0.15);
  });
});

describe('loadVictimIdentity', () => {
  it('gives each of the first 30,000 victims a NIK and a phone of her own, in the shapes the API takes', () => {
    const niks = new Set<string>();
    const phones = new Set<string>();
    for (let serial = 0; serial < 30_000; serial++) {
      const { nik, phone } = loadVictimIdentity(serial);
      expect(nik).toMatch(/^530201(4[1-9]|5\d|6[0-8])0601\d{4}$/);
      niks.add(nik);
      phones.add(phone);
    }
    expect(niks.size).toBe(30_000);
    expect(phones.size).toBe(30_000);
  });
});

// The load benchmark is only worth its figures if the service accepts what the mix sends: this runs the mix
// against the API (in process, with its projector) and asks that every answer is 2xx or the intended race.
const REQUESTS_EACH = 40;

describe('the load mix against the API', () => {
  let api: ApiTestApp;

  beforeAll(async () => {
    api = await startApiTestApp({ withProjector: true, env: { RATE_LIMIT_PER_IP_PER_MINUTE: '0', RATE_LIMIT_PER_USER_PER_MINUTE: '0', READ_WAIT_MS: '5000' } });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('gets only 2xx and 409 CASE.CONCURRENT_UPDATE from 16 staff working at once, and carries cases through intake to accepted referrals', async () => {
    const users = await Promise.all(loadUsers(16).map(async (u) => ({ ...u, token: await api.token({ userId: u.userId, role: u.role, agency: u.agency }) })));
    const mix = new LoadMix(users, seededRandom(2026));
    const outcomes: Array<Outcome & { op: string }> = [];
    const ops = new Map<string, number>();
    const server = api.app.getHttpServer();
    const work = async (user: number, requests: number) => {
      for (let i = 0; i < requests; i++) {
        const plan = mix.next(user);
        let call = plan.method === 'GET' ? request(server).get(plan.path) : request(server).post(plan.path);
        for (const [name, value] of Object.entries(plan.headers)) call = call.set(name, value);
        const response = plan.body === undefined ? await call : await call.send(plan.body);
        const outcome = plan.settle(response.status, response.text);
        outcomes.push({ ...outcome, op: plan.op });
        ops.set(plan.op, (ops.get(plan.op) ?? 0) + 1);
      }
    };
    // First the owning agencies alone, so referrals are waiting; then everyone at once.
    const owners = users.map((u, i) => (u.agency.startsWith('UPTD-PPA-') ? i : -1)).filter((i) => i >= 0);
    await Promise.all(owners.map((user) => work(user, REQUESTS_EACH)));
    await Promise.all(users.map((_, user) => work(user, REQUESTS_EACH / 2)));
    expect(outcomes.filter((o) => o.kind === 'error')).toEqual([]);
    expect(outcomes).toHaveLength(owners.length * REQUESTS_EACH + (16 * REQUESTS_EACH) / 2);
    // The mix reached every part of the work: intake to the end, referrals answered, the three reads.
    const everyPart = [
      'open-case',
      'register-victim',
      'record-consent',
      'advance-stage',
      'record-assessment',
      'send-referral',
      'accept-referral',
      'queue',
      'case',
      'timeline',
    ];
    expect(everyPart.filter((op) => !ops.has(op))).toEqual([]);
    expect(mix.counts.cases).toBeGreaterThan(0);
  }, 300_000);
});
