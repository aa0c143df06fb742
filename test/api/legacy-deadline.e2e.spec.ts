import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { derivedUuid, IdentityVault } from '@rujukan/application';
import { caseStreamName } from '@rujukan/domain';
import { EventStore } from '@rujukan/event-store';
import { DeadlineSweepService } from '@rujukan/server';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { CaseBuilder, caseworker, DINSOS } from '../fuzz/support/command-fixtures.js';
import { dinsos, eventually, jatimReferral, metric, police, queue } from '../support/agency-queues.js';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';
import { runCli } from '../support/cli.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * 73692ca accepted `"responseDeadline": "2027-02-30T00:00:00Z"` and stored it as given; PostgreSQL refuses it for a
 * timestamptz column, so the referrals, deadlines and statistics projections failed on it for good. The exact
 * event goes into a database, as it lies in one stuck at that commit; the service then starts with this code.
 */
describe('a database stuck on a deadline PostgreSQL refuses, after the upgrade', () => {
  let database: TestDatabase;
  let api: ApiTestApp;
  let legacy: { caseId: string; referralId: string };
  let other: { caseId: string; referralId: string; position: string };

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    const before = await startApiTestApp({ database });
    const caseId = await new CaseBuilder(before).consented();
    const store = before.app.get(EventStore);
    const [head] = await store.readStream(caseStreamName(caseId), { direction: 'backwards', maxCount: 1 });
    const commandId = randomUUID();
    const at = new Date().toISOString();
    const referralId = derivedUuid(commandId, 'referral');
    // As decideSendReferral wrote it at 73692ca: the deadline as the request gave it, the reason sealed by the API.
    await store.append(
      caseStreamName(caseId),
      [
        {
          id: derivedUuid(commandId, '0'),
          type: 'ReferralSent',
          data: {
            caseId,
            at,
            by: caseworker,
            referralId,
            fromAgency: caseworker.agency,
            toAgency: DINSOS,
            toAgencyType: 'social_services',
            service: 'shelter',
            reason: await before.app.get(IdentityVault).sealText(caseId, 'butuh rumah aman'),
            responseDeadline: '2027-02-30T00:00:00Z',
            sharesIdentity: false,
            sharingBasis: null,
          },
          metadata: {
            actor: caseworker.userId,
            role: caseworker.role,
            agency: caseworker.agency,
            correlationId: commandId,
            causationId: null,
            commandId,
            occurredAt: at,
          },
        },
      ],
      head!.revision,
    );
    legacy = { caseId, referralId };
    other = await jatimReferral(before);
    await before.close();
    api = await startApiTestApp({ database, withProjector: true, env: { READ_WAIT_MS: '5000' } });
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it("lets another agency's referral reach its queue within the usual wait", async () => {
    const response = await queue(api, police, other.position);
    expect(response.headers['x-read-model-behind']).toBeUndefined();
    expect(response.body.incoming.map((r: { referralId: string }) => r.referralId)).toContain(other.referralId);
  });

  it('projects the old referral with the deadline the rules decided on (2 March), and parks nothing', async () => {
    await eventually(async () => (await queue(api, dinsos)).body.incoming?.some((r: { referralId: string }) => r.referralId === legacy.referralId));
    const incoming = (await queue(api, dinsos)).body.incoming.find((r: { referralId: string }) => r.referralId === legacy.referralId);
    expect(incoming.responseDeadline).toBe('2027-03-02T00:00:00.000Z');
    const db = api.app.get(DataSource);
    expect(await db.query(`SELECT due_at FROM rm_deadlines WHERE kind = 'referral_response' AND case_id = $1`, [legacy.caseId])).toEqual([
      { due_at: new Date('2027-03-02T00:00:00Z') },
    ]);
    expect(await db.query(`SELECT count(*)::int AS n FROM rm_stats_referrals WHERE referral_id = $1`, [legacy.referralId])).toEqual([{ n: 1 }]);
    expect(await db.query(`SELECT count(*)::int AS n FROM projection_parked_events`)).toEqual([{ n: 0 }]);
    const metrics = (await request(api.app.getHttpServer()).get('/metrics')).text;
    for (const projection of ['referrals', 'deadlines', 'statistics-referrals']) expect(metric(metrics, 'rujukan_projection_faults', projection)).toBe(0);
    expect((await request(api.app.getHttpServer()).get('/health')).body.status).toBe('ok');
  });

  it('rebuilds the referrals from position 0, and the sweep expires the old referral once its deadline has passed', async () => {
    const rebuilt = await runCli(database.url, ['projections', 'rebuild', 'referrals']);
    expect({ code: rebuilt.code, stderr: rebuilt.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(rebuilt.stdout).toMatch(/referrals rebuilt: \d+ events applied/);
    await api.app.get(DeadlineSweepService).sweep(new Date('2027-03-02T00:00:01Z'));
    const events = await api.stream(legacy.caseId);
    expect(events.at(-1)).toMatchObject({ type: 'ReferralExpired', data: { referralId: legacy.referralId } });
  }, 120_000);
});
