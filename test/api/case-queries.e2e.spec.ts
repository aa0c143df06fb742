import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import { DeadlineSweepService, ProjectorService } from '@rujukan/server';
import request from 'supertest';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

const KALTIM = 'UPTD-PPA-64';
const POLDA = 'POLDA-KALTIM';
const caseworker: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: KALTIM };
const police: Actor = { userId: 'pol-kaltim', role: 'police_investigator', agency: POLDA };
const dinsos: Actor = { userId: 'dinsos-bpn', role: 'social_services_officer', agency: 'DINSOS-6471' };
const stranger: Actor = { userId: 'rsud-1', role: 'health_officer', agency: 'RSUD-6471' };
const analyst: Actor = { userId: 'gt-1', role: 'task_force_analyst', agency: 'GUGUS-TUGAS-64' };

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('queues and case views over HTTP, with the projector running', () => {
  let api: ApiTestApp;
  let caseId: string;
  let referralId: string;

  beforeAll(async () => {
    // Reads wait for the projector to include each command: generously, as a shared machine can hold it back for seconds.
    process.env.READ_WAIT_MS = '10000';
    api = await startApiTestApp({ withProjector: true });
  });

  afterAll(async () => {
    await api?.close();
    delete process.env.READ_WAIT_MS;
  });

  async function command(actor: Actor, path: string, body: object = {}) {
    const response = await api.post(path.replace(':case', caseId), body, actor);
    expect({ path, status: response.status, body: response.body }).toMatchObject({ status: 201 });
    return response.body as { caseId: string; revision: number; position: string; referralId?: string };
  }

  async function get(actor: Actor, path: string, position?: string) {
    let call = request(api.app.getHttpServer())
      .get(path.replace(':case', caseId))
      .set('Authorization', `Bearer ${await api.token(actor)}`);
    if (position) call = call.set('X-Min-Position', position);
    return call;
  }

  it('shows each change at once to a query that passes the position its command returned', async () => {
    const opened = await command(caseworker, '/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6503' });
    caseId = opened.caseId;
    const summary = await get(caseworker, '/cases/:case', opened.position);
    expect(summary.status).toBe(200);
    expect(summary.body).toMatchObject({ caseId, stage: 'intake', status: 'open', ownerAgency: KALTIM, access: 'owner' });
    expect(summary.headers['x-read-model-behind']).toBeUndefined();

    // Twenty commands, each read back at once: the answer must always include it.
    const steps: Array<[string, object]> = [
      [
        '/cases/:case/register-victim',
        { initials: 'SR', sex: 'female', birthYear: 2001, isChild: false, nationality: 'ID', originProvinceCode: '35', originDistrictCode: '3509' },
      ],
      ['/cases/:case/record-consent', { consentId: 'c-1', scope: 'process', evidenceRef: 'DOC-1' }],
      ['/cases/:case/record-consent', { consentId: 'c-2', scope: 'share', agencyTypes: ['police'], evidenceRef: 'DOC-2' }],
    ];
    for (let i = 0; i < 17; i++) steps.push(['/cases/:case/record-consent', { consentId: `c-extra-${i}`, scope: 'process', evidenceRef: `DOC-X-${i}` }]);
    for (const [path, body] of steps) {
      const done = await command(caseworker, path, body);
      const timeline = await get(caseworker, '/cases/:case/timeline', done.position);
      expect(timeline.status).toBe(200);
      expect(timeline.body.events.at(-1).revision).toBe(Number((await get(caseworker, '/cases/:case', done.position)).body.revision));
    }
    const summaryAfter = await get(caseworker, '/cases/:case');
    expect(summaryAfter.body.victim).toMatchObject({ initials: 'SR', originProvinceCode: '35' });
  });

  it("puts a referral in the receiving agency's queue with its deadline and time left", async () => {
    await command(caseworker, '/cases/:case/advance-stage', { to: 'assessment' });
    const sent = await command(caseworker, '/cases/:case/send-referral', {
      toAgency: POLDA,
      service: 'law_enforcement',
      reason: 'report the recruiter',
      responseDeadline: inDays(3),
      sharesIdentity: false,
    });
    referralId = sent.referralId!;
    const queue = await get(police, '/queues/mine', sent.position);
    expect(queue.status).toBe(200);
    const item = queue.body.incoming.find((r: { referralId: string }) => r.referralId === referralId);
    expect(item).toMatchObject({ caseId, fromAgency: KALTIM, service: 'law_enforcement', status: 'sent', overdue: false });
    expect(item.secondsLeft).toBeGreaterThan(2 * 86_400);
    const own = await get(caseworker, '/queues/mine', sent.position);
    expect(own.body.awaitingOthers.map((r: { referralId: string }) => r.referralId)).toContain(referralId);
    const ownCase = own.body.cases.find((c: { caseId: string }) => c.caseId === caseId);
    expect(ownCase.nextDeadline).toMatchObject({ kind: 'referral_response' });
    // The queue names the case by its registration number, as the case view does.
    expect(ownCase.registrationNumber).toMatch(/^KI-\d{4}-\d{4}$/);
    const summary = await get(caseworker, '/cases/:case', sent.position);
    expect(summary.body.runningClocks).toEqual([
      { kind: 'referral_response', subjectId: referralId, responsibleAgency: POLDA, dueAt: expect.any(String), overdue: false },
    ]);
  });

  it('lets the receiving agency see the case and only what it did in the timeline', async () => {
    const accepted = await command(police, `/referrals/${referralId}/accept`);
    const summary = await get(police, '/cases/:case', accepted.position);
    expect(summary.status).toBe(200);
    expect(summary.body.access).toBe('referral');
    expect(summary.body.referrals.map((r: { toAgency: string }) => r.toAgency)).toEqual([POLDA]);
    // The police see what a police report needs: the victim with origin, the assessment, the legal track; not the owner's alerts.
    expect(summary.body).toMatchObject({ victim: { initials: 'SR', originProvinceCode: '35' }, legal: expect.any(Object), withheld: ['flags', 'nextAction'] });
    expect(summary.body).not.toHaveProperty('flags');
    expect(summary.body).not.toHaveProperty('formerOwners');
    const ownerView = await get(caseworker, '/cases/:case', accepted.position);
    expect(ownerView.body).toMatchObject({ access: 'owner', flags: expect.any(Array), nextAction: expect.anything() });
    expect(ownerView.body).not.toHaveProperty('withheld');
    const timeline = await get(police, '/cases/:case/timeline', accepted.position);
    expect(timeline.body.events.map((e: { agency: string }) => e.agency)).toEqual([POLDA]);
    const queue = await get(police, '/queues/mine', accepted.position);
    expect(queue.body.inProgress.map((r: { referralId: string }) => r.referralId)).toContain(referralId);
  });

  it('expires a referral nobody answered in time, once, and escalates it to the sender', async () => {
    const sent = await command(caseworker, '/cases/:case/send-referral', {
      toAgency: 'DINSOS-6471',
      service: 'shelter',
      reason: 'safe shelter',
      responseDeadline: inDays(1),
      sharesIdentity: false,
    });
    const queued = await get(dinsos, '/queues/mine', sent.position);
    expect(queued.body.incoming.map((r: { referralId: string }) => r.referralId)).toEqual([sent.referralId]);
    // A shelter's view: the person and the alerts, not where they come from nor the legal track.
    const shelterView = await get(dinsos, '/cases/:case', sent.position);
    expect(shelterView.body).toMatchObject({
      victim: { initials: 'SR', sex: 'female', isChild: false },
      flags: expect.any(Array),
      withheld: ['origin', 'legal', 'nextAction'],
    });
    expect(shelterView.body.victim).not.toHaveProperty('originDistrictCode');
    expect(shelterView.body).not.toHaveProperty('legal');
    const sweep = api.app.get(DeadlineSweepService);
    // Two days on, twice: the second sweep finds nothing left to do.
    await sweep.sweep(new Date(Date.now() + 2 * 86_400_000));
    await sweep.sweep(new Date(Date.now() + 2 * 86_400_000));
    const events = await api.stream(caseId);
    expect(events.filter((e) => e.type === 'ReferralExpired')).toHaveLength(1);
    const position = `${events.at(-1)!.position.commit}-${events.at(-1)!.position.prepare}`;
    const after = await get(dinsos, '/queues/mine', position);
    expect(after.body.incoming).toEqual([]);
    expect(after.body.recentlyClosed.map((r: { status: string }) => r.status)).toEqual(['expired']);
    // Its referral over, the shelter keeps read-only history: nothing about the victim.
    const ended = await get(dinsos, '/cases/:case', position);
    expect(ended.body).toMatchObject({ victim: null, withheld: ['victimProfile', 'origin', 'assessment', 'legal', 'flags', 'nextAction'] });
    const summary = await get(caseworker, '/cases/:case', position);
    expect(summary.body.flags).toContain('referral_expired');
  });

  it('flags a service not delivered within seven days, once, and keeps its clock open as overdue', async () => {
    const requested = await command(caseworker, '/cases/:case/request-service', { serviceId: 'first-aid-1', service: 'first_aid' });
    await get(caseworker, '/cases/:case', requested.position);
    const sweep = api.app.get(DeadlineSweepService);
    await sweep.sweep(new Date(Date.now() + 8 * 86_400_000));
    await sweep.sweep(new Date(Date.now() + 9 * 86_400_000));
    const events = await api.stream(caseId);
    expect(events.filter((e) => e.type === 'ServiceOverdueFlagged')).toHaveLength(1);
    const position = `${events.at(-1)!.position.commit}-${events.at(-1)!.position.prepare}`;
    const summary = await get(caseworker, '/cases/:case', position);
    expect(summary.body.runningClocks).toContainEqual(expect.objectContaining({ kind: 'service_start', subjectId: `${caseId}:first-aid-1`, overdue: true }));
    const timeline = await get(caseworker, '/cases/:case/timeline', position);
    expect(timeline.body.events.at(-1)).toMatchObject({ type: 'ServiceOverdueFlagged', role: 'system' });
  });

  it('hides the case from agencies that have no part in it, and from roles that do not read cases', async () => {
    expect((await get(stranger, '/cases/:case')).status).toBe(404);
    expect((await get(stranger, '/cases/:case/timeline')).status).toBe(404);
    const refused = await get(analyst, '/cases/:case');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('AUTH.FORBIDDEN');
    expect((await request(api.app.getHttpServer()).get(`/cases/${caseId}`)).status).toBe(401);
  });

  it('answers with what it has, and says how far behind, when the read models do not reach a position in time', async () => {
    // With the projector stopped, a new command's event cannot reach the read models.
    await api.app.get(ProjectorService).beforeApplicationShutdown();
    const done = await command(caseworker, '/cases/:case/record-consent', { consentId: 'c-late', scope: 'process', evidenceRef: 'DOC-L' });
    const response = await get(caseworker, '/cases/:case', done.position);
    expect(response.status).toBe(200);
    expect(response.body.revision).toBeLessThan(done.revision);
    expect(response.headers['x-read-model-behind']).toMatch(/case-summary=\d+-\d+/);
    // And the lag shows as a metric: the waiting event's age.
    const metrics = await request(api.app.getHttpServer()).get('/metrics').expect(200);
    const lag = /rujukan_projection_lag_seconds\{projection="case-summary"\} ([\d.e-]+)/.exec(metrics.text);
    expect(Number(lag?.[1])).toBeGreaterThan(0);
    expect(metrics.text).toContain('rujukan_process_resident_memory_bytes');
  });

  it('refuses malformed positions and paging with 400', async () => {
    const bad = await get(caseworker, '/cases/:case', 'yesterday');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'minPosition', reason: expect.stringContaining('position') }]);
    const paging = await get(caseworker, '/queues/mine?limit=0');
    expect(paging.body.errors).toEqual([{ field: 'limit', reason: 'limit must be a whole number from 1 to 200' }]);
    const stage = await get(caseworker, '/queues/mine?stage=limbo');
    expect(stage.status).toBe(400);
  });
});
