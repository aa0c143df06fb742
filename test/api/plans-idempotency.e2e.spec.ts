import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import { EventStore } from '@rujukan/event-store';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

const coordinator: Actor = { userId: 'gtk-64', role: 'task_force_coordinator', agency: 'GT-TPPO-64' };
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
};

// A careless client reuses one Idempotency-Key for every call: each must be refused, never answered with the first's result.
describe('a plan command whose Idempotency-Key asked something else before is refused with 422, and writes nothing', () => {
  let api: ApiTestApp;

  beforeAll(async () => {
    api = await startApiTestApp();
  });
  afterAll(async () => {
    await api?.close();
  });

  const revisionOf = async (planId: string) => (await api.app.get(EventStore).readStream(`plan-${planId}`)).length - 1;

  it('another body, another command, another plan or another item under the same key: 422 IDEMPOTENCY.KEY_REUSED', async () => {
    const key = { 'Idempotency-Key': 'rad-careless-1' };
    const created = await api.post('/plans', PLAN, coordinator, key);
    expect(created.status).toBe(201);
    const { planId } = created.body as { planId: string };

    const sameAgain = await api.post('/plans', PLAN, coordinator, key);
    expect(sameAgain.status).toBe(201);
    expect(sameAgain.body).toEqual(created.body);

    const otherTitle = await api.post('/plans', { ...PLAN, title: 'RAD Kalimantan Barat' }, coordinator, key);
    expect(otherTitle).toMatchObject({ status: 422, body: { code: 'IDEMPOTENCY.KEY_REUSED' } });

    // The item would have been silently dropped: the plan's stream already held an event of this command id.
    const item = await api.post(`/plans/${planId}/items`, ITEM, coordinator, key);
    expect(item).toMatchObject({ status: 422, body: { code: 'IDEMPOTENCY.KEY_REUSED' } });
    expect(await revisionOf(planId)).toBe(0);

    const itemKey = { 'Idempotency-Key': 'rad-careless-item' };
    expect((await api.post(`/plans/${planId}/items`, ITEM, coordinator, itemKey)).status).toBe(201);
    const otherItem = await api.post(`/plans/${planId}/items`, { ...ITEM, itemId: 'pelatihan', activity: 'Pelatihan aparat' }, coordinator, itemKey);
    expect(otherItem).toMatchObject({ status: 422, body: { code: 'IDEMPOTENCY.KEY_REUSED' } });

    const progressKey = { 'Idempotency-Key': 'rad-careless-progress' };
    expect((await api.post(`/plans/${planId}/items/sosialisasi/progress`, { reportedOn: '2012-11-12', achieved: 4 }, coordinator, progressKey)).status).toBe(
      201,
    );
    const moreProgress = await api.post(`/plans/${planId}/items/sosialisasi/progress`, { reportedOn: '2013-11-12', achieved: 9 }, coordinator, progressKey);
    expect(moreProgress).toMatchObject({ status: 422, body: { code: 'IDEMPOTENCY.KEY_REUSED' } });
    expect(await revisionOf(planId)).toBe(2);

    // The same item on another plan under a key the first plan's item was added with.
    const other = await api.post('/plans', { ...PLAN, title: 'RAD kedua' }, coordinator);
    const { planId: otherPlanId } = other.body as { planId: string };
    const onOtherPlan = await api.post(`/plans/${otherPlanId}/items`, ITEM, coordinator, itemKey);
    expect(onOtherPlan).toMatchObject({ status: 422, body: { code: 'IDEMPOTENCY.KEY_REUSED' } });
    expect(await revisionOf(otherPlanId)).toBe(0);
  });
});
