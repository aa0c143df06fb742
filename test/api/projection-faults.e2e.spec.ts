import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { CaseBuilder, caseworker, DINSOS, jatimCaseworker, POLDA } from '../fuzz/support/command-fixtures.js';
import { dinsos, eventually, inDays, jatimReferral, metric, police, queue } from '../support/agency-queues.js';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';
import { runCli } from '../support/cli.js';

/**
 * A fault no validation can foresee (here a read-model constraint a migration got wrong, refusing shelter
 * referrals): the referrals projection parks the event and says so, every other agency's work flows, and after
 * the fix `cli projections retry` applies what waited, once.
 */
describe('an event the referrals projection cannot apply', () => {
  let api: ApiTestApp;
  let logFile: string;
  let kaltimCase: string;
  let shelter: { referralId: string; position: string };
  let police2: { referralId: string };
  let other: { caseId: string; referralId: string; position: string };
  const url = () => api.config.DATABASE_URL as string;

  beforeAll(async () => {
    logFile = join(mkdtempSync(join(tmpdir(), 'rujukan-faults-')), 'api.log');
    api = await startApiTestApp({ withProjector: true, env: { LOG_LEVEL: 'info', LOG_FILE: logFile, READ_WAIT_MS: '5000' } });
    await api.app.get(DataSource).query(`ALTER TABLE rm_referrals ADD CONSTRAINT rm_referrals_refuses_shelter CHECK (service <> 'shelter')`);
    const cases = new CaseBuilder(api);
    kaltimCase = await cases.consented();
    const send = async (body: object) => {
      const response = await api.post(`/cases/${kaltimCase}/send-referral`, body, caseworker);
      expect(response.status).toBe(201);
      return response.body as { referralId: string; position: string };
    };
    shelter = await send({ toAgency: DINSOS, service: 'shelter', reason: 'Siti butuh rumah aman', responseDeadline: inDays(3), sharesIdentity: false });
    police2 = await send({ toAgency: POLDA, service: 'law_enforcement', reason: 'laporkan perekrut', responseDeadline: inDays(3), sharesIdentity: false });
    other = await jatimReferral(api);
  }, 120_000);
  afterAll(() => api?.close());

  it("does not stop another agency's referral from reaching its queue within the usual wait", async () => {
    const response = await queue(api, police, other.position);
    expect(response.headers['x-read-model-behind']).toBeUndefined();
    expect(response.body.incoming.map((r: { referralId: string }) => r.referralId)).toEqual([other.referralId]);
  });

  it('parks the one event, holds the later one of the same case, and says so at /metrics, /health, in the log and in the owner queue', async () => {
    await eventually(async () => metric((await request(api.app.getHttpServer()).get('/metrics')).text, 'rujukan_projection_held_events', 'referrals') === 1);
    const metrics = (await request(api.app.getHttpServer()).get('/metrics')).text;
    expect(metric(metrics, 'rujukan_projection_faults', 'referrals')).toBe(1);
    expect(metric(metrics, 'rujukan_projection_faults', 'case-summary')).toBe(0);
    const health = await request(api.app.getHttpServer()).get('/health');
    expect({ status: health.status, body: health.body.status, projections: health.body.details.projections }).toEqual({
      status: 200,
      body: 'degraded',
      projections: { status: 'degraded', parked: { referrals: 1 }, held: { referrals: 1 } },
    });
    const owner = (await queue(api, caseworker)).body;
    expect(owner.faults).toEqual([{ caseId: kaltimCase, projections: ['referrals'], since: expect.any(String) }]);
    expect((await queue(api, jatimCaseworker)).body.faults).toEqual([]);
    expect((await queue(api, dinsos)).body.incoming).toEqual([]);
    const log = readFileSync(logFile, 'utf8');
    const line = log.split('\n').find((l) => l.includes('projection referrals parked event'));
    expect(line).toMatch(new RegExp(`ReferralSent, case-${kaltimCase} revision \\d+, position \\d+-\\d+\\): QueryFailedError \\(23514\\)`));
    expect(JSON.parse(line!).level).toBe(50);
    // Ids and the error's code only: never the referral's reason, the victim or the database's message.
    for (const secret of ['Siti', 'rumah aman', 'violates check constraint', 'Nur Aini']) expect(log).not.toContain(secret);
  });

  it('lists it with cli projections faults, and cli projections retry applies both events after the fix, once', async () => {
    const faults = await runCli(url(), ['projections', 'faults']);
    expect(faults.code).toBe(0);
    expect(faults.stdout).toContain('referrals');
    expect(faults.stdout).toMatch(/parked.*ReferralSent/);
    expect(faults.stdout).toMatch(/held.*ReferralSent/);
    expect(faults.stdout).toContain('QueryFailedError (23514)');

    const unfixed = await runCli(url(), ['projections', 'retry', 'referrals']);
    expect({ code: unfixed.code, out: unfixed.stdout.trim() }).toEqual({ code: 2, out: 'referrals: 0 event(s) applied, 2 still set aside' });

    await api.app.get(DataSource).query(`ALTER TABLE rm_referrals DROP CONSTRAINT rm_referrals_refuses_shelter`);
    const retried = await runCli(url(), ['projections', 'retry', 'referrals']);
    expect({ code: retried.code, out: retried.stdout.trim() }).toEqual({ code: 0, out: 'referrals: 2 event(s) applied, 0 still set aside' });
    const again = await runCli(url(), ['projections', 'retry', 'referrals']);
    expect(again.stdout.trim()).toBe('referrals: 0 event(s) applied, 0 still set aside');

    expect((await queue(api, dinsos)).body.incoming.map((r: { referralId: string }) => r.referralId)).toEqual([shelter.referralId]);
    expect((await queue(api, police)).body.incoming.map((r: { referralId: string }) => r.referralId).sort()).toEqual(
      [police2.referralId, other.referralId].sort(),
    );
    expect((await queue(api, caseworker)).body.faults).toEqual([]);
    expect((await request(api.app.getHttpServer()).get('/health')).body.status).toBe('ok');
    const db = api.app.get(DataSource);
    expect(await db.query(`SELECT count(*)::int AS n FROM rm_referrals WHERE case_id = $1`, [kaltimCase])).toEqual([{ n: 2 }]);
    // Every referral event of the log counted once by the checkpoint: the retried ones included, none twice.
    const [{ events }] = await db.query(`SELECT count(*)::int AS events FROM events WHERE type LIKE 'Referral%' OR type LIKE 'Transfer%'`);
    await eventually(async () => (await db.query(`SELECT events_applied::int AS n FROM projection_checkpoints WHERE name = 'referrals'`))[0].n === events);
    // The case's referrals are in the case's own order and the sender's answer path works on the retried one.
    const accepted = await api.post(`/referrals/${shelter.referralId}/accept`, {}, dinsos);
    expect(accepted.status).toBe(201);
    await eventually(async () => (await queue(api, dinsos)).body.inProgress?.length === 1);
  }, 180_000);
});
