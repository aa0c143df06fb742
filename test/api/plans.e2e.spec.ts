import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import { EventStore } from '@rujukan/event-store';
import request from 'supertest';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

// Kaltim's task force records its RAD 2011–2015 (Pergub Kaltim 86/2011); Balikpapan's is another task force.
const coordinator: Actor = { userId: 'gtk-64', role: 'task_force_coordinator', agency: 'GT-TPPO-64' };
const analyst: Actor = { userId: 'gt-64', role: 'task_force_analyst', agency: 'GT-TPPO-64' };
const balikpapan: Actor = { userId: 'gtk-6471', role: 'task_force_coordinator', agency: 'GT-TPPO-6471' };
const auditor: Actor = { userId: 'audit-1', role: 'auditor', agency: 'ITJEN' };
const caseworker: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: 'UPTD-PPA-64' };

const PLAN = { title: 'RAD Pemberantasan TPPO dan ESA Kalimantan Timur', legalBasis: 'Pergub Kaltim 86/2011', startYear: 2011, endYear: 2015 };
const ITEM = {
  itemId: 'sosialisasi',
  pillar: 'socialization',
  activity: 'Sosialisasi pencegahan TPPO di kabupaten/kota',
  responsibleAgency: 'UPTD-PPA-64',
  indicator: 'kabupaten/kota yang disosialisasi',
  target: 10,
  unit: 'kabupaten/kota',
  dueDate: '2013-12-31',
  budgetLine: 'APBD BPPKB Kaltim',
};

describe('a task force records its action plan, item and progress; its analysts and auditors read it', () => {
  let api: ApiTestApp;

  beforeAll(async () => {
    process.env.READ_WAIT_MS = '5000';
    api = await startApiTestApp({ withProjector: true });
  });
  afterAll(async () => {
    await api?.close();
    delete process.env.READ_WAIT_MS;
  });

  async function get(actor: Actor, path: string, position?: string) {
    let call = request(api.app.getHttpServer())
      .get(path)
      .set('Authorization', `Bearer ${await api.token(actor)}`);
    if (position) call = call.set('X-Min-Position', position);
    return call;
  }

  async function created(actor: Actor, path: string, body: object, headers?: Record<string, string>) {
    const response = await api.post(path, body, actor, headers);
    expect({ path, status: response.status, body: response.body }).toMatchObject({ status: 201 });
    return response.body as { planId: string; revision: number; position: string };
  }

  it('records a plan, an item and its progress; the view shows what is late; every stream is in the audit chain', async () => {
    const { planId } = await created(coordinator, '/plans', PLAN);
    await created(coordinator, `/plans/${planId}/items`, ITEM);
    await created(coordinator, `/plans/${planId}/items`, {
      ...ITEM,
      itemId: 'pelatihan',
      pillar: 'training',
      activity: 'Pelatihan aparat',
      target: 3,
      unit: 'angkatan',
      dueDate: '2015-12-31',
    });
    const last = await created(coordinator, `/plans/${planId}/items/sosialisasi/progress`, {
      reportedOn: '2012-11-12',
      achieved: 4,
      evidence: 'Laporan Rakornas Balikpapan 2012',
    });
    expect(last.revision).toBe(3);

    const view = await get(analyst, `/plans/${planId}?asOf=2014-01-01`, last.position);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({
      planId,
      ownerAgency: 'GT-TPPO-64',
      provinceCode: '64',
      legalBasis: 'Pergub Kaltim 86/2011',
      counts: { items: 2, completed: 0, late: 1 },
      items: [
        {
          itemId: 'sosialisasi',
          status: 'late',
          achieved: 4,
          target: 10,
          progress: [{ reportedOn: '2012-11-12', achieved: 4, evidence: 'Laporan Rakornas Balikpapan 2012' }],
        },
        { itemId: 'pelatihan', status: 'open', achieved: 0 },
      ],
    });
    const list = await get(auditor, '/plans?asOf=2014-01-01');
    expect(list.body.plans).toEqual(expect.arrayContaining([expect.objectContaining({ planId, items: 2, late: 1 })]));
    expect((await get(balikpapan, '/plans')).body.plans.map((p: { planId: string }) => p.planId)).not.toContain(planId);

    const heads = await api.app.get(EventStore).streamHeads();
    expect(heads.find((h) => h.streamName === `plan-${planId}`)).toMatchObject({ revision: 3 });
  });

  it('a retry with the same Idempotency-Key writes nothing twice', async () => {
    const first = await created(coordinator, '/plans', PLAN, { 'Idempotency-Key': 'rad-kaltim-1' });
    const again = await created(coordinator, '/plans', PLAN, { 'Idempotency-Key': 'rad-kaltim-1' });
    expect(again).toEqual(first);
  });

  it('answers 400, 403, 404, 409 and 422 as a client needs them', async () => {
    const { planId } = await created(coordinator, '/plans', PLAN);
    await created(coordinator, `/plans/${planId}/items`, ITEM);

    const missing = await api.post('/plans', { ...PLAN, title: undefined, endYear: 'soon' }, coordinator);
    expect(missing.status).toBe(400);
    expect([...new Set(missing.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['endYear', 'title']);
    const outside = await api.post(`/plans/${planId}/items`, { ...ITEM, itemId: 'x', dueDate: '2020-01-01' }, coordinator);
    expect(outside).toMatchObject({ status: 400, body: { code: 'VALIDATION.OUT_OF_RANGE', errors: [{ field: 'dueDate' }] } });
    expect((await api.post(`/plans/not-a-uuid/items`, ITEM, coordinator)).status).toBe(400);

    expect((await api.post('/plans', PLAN, analyst)).body).toMatchObject({ code: 'AUTH.FORBIDDEN' });
    expect((await api.post('/plans', PLAN, caseworker)).status).toBe(403);
    const foreign = await api.post(`/plans/${planId}/items`, { ...ITEM, itemId: 'y' }, balikpapan);
    expect(foreign).toMatchObject({ status: 403, body: { code: 'AUTH.FORBIDDEN', details: { rule: 'plan_owner' } } });
    expect((await get(caseworker, `/plans/${planId}`)).status).toBe(403);

    const unknownPlan = await api.post('/plans/0b7c2f1e-5a3d-4c61-9a8e-1f2d3c4b5a60/items', ITEM, coordinator);
    expect(unknownPlan).toMatchObject({ status: 404, body: { code: 'PLAN.NOT_FOUND' } });
    const unknownItem = await api.post(`/plans/${planId}/items/nope/progress`, { reportedOn: '2012-01-01', achieved: 1 }, coordinator);
    expect(unknownItem).toMatchObject({ status: 404, body: { code: 'PLAN_ITEM.NOT_FOUND' } });

    expect((await api.post(`/plans/${planId}/items`, ITEM, coordinator)).body).toMatchObject({ code: 'PLAN_ITEM.ALREADY_EXISTS' });
    expect((await api.post(`/plans/${planId}/items`, ITEM, coordinator)).status).toBe(409);
    await created(coordinator, `/plans/${planId}/items/sosialisasi/complete`, { completedOn: '2013-10-01' });
    const afterDone = await api.post(`/plans/${planId}/items/sosialisasi/progress`, { reportedOn: '2013-11-01', achieved: 10 }, coordinator);
    expect(afterDone).toMatchObject({ status: 409, body: { code: 'PLAN_ITEM.COMPLETED' } });

    const unknownAgency = await api.post(`/plans/${planId}/items`, { ...ITEM, itemId: 'z', responsibleAgency: 'NOWHERE-99' }, coordinator);
    expect(unknownAgency).toMatchObject({ status: 422, body: { code: 'AGENCY.UNKNOWN' } });
    // Nothing of the refused commands was written: the stream holds the plan, its item and the completion only.
    expect((await api.app.get(EventStore).readStream(`plan-${planId}`)).map((e) => e.type)).toEqual([
      'ActionPlanCreated',
      'PlanItemAdded',
      'PlanItemCompleted',
    ]);

    expect((await get(analyst, '/plans/0b7c2f1e-5a3d-4c61-9a8e-1f2d3c4b5a60')).body).toMatchObject({ code: 'PLAN.NOT_FOUND' });
    expect((await get(analyst, '/plans?asOf=yesterday')).status).toBe(400);
  });
});
