import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor, PlanEvent } from '@rujukan/domain';
import type { StoredEvent } from '@rujukan/event-store';
import { type ProjectionHarness, startProjectionHarness } from '../testing/projection-harness.js';
import { PlansProjection } from './plans.projection.js';
import { PlanQueries } from './plans.queries.js';

const projection = new PlansProjection();
let harness: ProjectionHarness;
let queries: PlanQueries;

beforeAll(async () => {
  harness = await startProjectionHarness();
  queries = new PlanQueries(harness.dataSource);
});
afterAll(async () => {
  await harness.close();
});

const by: Actor = { userId: 'gtk-kalbar', role: 'task_force_coordinator', agency: 'GT-PP-TPPO-61' };
let position = 10_000_000n;

/** Plan events as the store hands them over: one stream, revisions in order. */
function stored(events: readonly PlanEvent[]): StoredEvent[] {
  return events.map((event, revision) => {
    position++;
    return {
      id: randomUUID(),
      type: event.type,
      data: event.data as unknown as Record<string, unknown>,
      metadata: {
        actor: by.userId,
        role: by.role,
        agency: by.agency,
        correlationId: randomUUID(),
        causationId: null,
        commandId: randomUUID(),
        occurredAt: event.data.at,
      },
      streamName: `plan-${event.data.planId}`,
      revision,
      position: { commit: position, prepare: position },
      recordedAt: new Date(event.data.at),
      hash: '00',
    };
  });
}

/** Kalbar's RAD 2025–2029 with two items: socialisation in schools (reported twice, completed) and district task forces (late). */
function kalbarPlan() {
  const planId = randomUUID();
  const at = (day: string) => `${day}T02:00:00.000Z`;
  const ctx = (day: string) => ({ planId, at: at(day), by });
  const events: PlanEvent[] = [
    {
      type: 'ActionPlanCreated',
      data: {
        ...ctx('2025-11-26'),
        ownerAgency: 'GT-PP-TPPO-61',
        provinceCode: '61',
        title: 'RAD PP TPPO Kalbar',
        legalBasis: 'RAD PP TPPO 2025-2029',
        startYear: 2025,
        endYear: 2029,
      },
    },
    {
      type: 'PlanItemAdded',
      data: {
        ...ctx('2025-11-27'),
        itemId: 'schools',
        pillar: 'socialization',
        activity: 'Sosialisasi ke sekolah',
        responsibleAgency: 'DINSOS-61',
        indicator: 'sekolah',
        target: 40,
        unit: 'sekolah',
        dueDate: '2026-06-30',
        budgetLine: 'APBD Kalbar',
      },
    },
    {
      type: 'PlanItemAdded',
      data: {
        ...ctx('2025-11-27'),
        itemId: 'district-task-forces',
        pillar: 'coordination',
        activity: 'Gugus Tugas kabupaten/kota',
        responsibleAgency: 'GT-PP-TPPO-61',
        indicator: 'kabupaten/kota',
        target: 14,
        unit: 'kabupaten/kota',
        dueDate: '2026-03-31',
        budgetLine: null,
      },
    },
    {
      type: 'PlanProgressReported',
      data: { ...ctx('2026-02-01'), itemId: 'schools', reportedOn: '2026-01-31', achieved: 12, note: null, evidence: 'Laporan 1/2026' },
    },
    {
      type: 'PlanProgressReported',
      data: { ...ctx('2026-02-10'), itemId: 'district-task-forces', reportedOn: '2026-02-10', achieved: 5, note: 'SK bupati', evidence: null },
    },
    {
      type: 'PlanProgressReported',
      data: { ...ctx('2026-05-01'), itemId: 'schools', reportedOn: '2026-04-30', achieved: 40, note: null, evidence: 'Laporan 2/2026' },
    },
    { type: 'PlanItemCompleted', data: { ...ctx('2026-05-02'), itemId: 'schools', completedOn: '2026-05-02', note: null } },
  ];
  const view = async () => {
    const plan = await queries.plan(planId, '2026-06-01');
    return plan && { ...plan, planId: 'p' };
  };
  return { planId, events: stored(events), view };
}

describe('PlansProjection', () => {
  it('declares exactly the plan events', () => {
    expect([...projection.eventTypes].sort()).toEqual(['ActionPlanCreated', 'PlanItemAdded', 'PlanItemCompleted', 'PlanProgressReported']);
  });

  it('ActionPlanCreated makes a plan with no items', async () => {
    const plan = kalbarPlan();
    await harness.apply(projection, plan.events.slice(0, 1));
    expect(await queries.plan(plan.planId, '2026-06-01')).toMatchObject({
      ownerAgency: 'GT-PP-TPPO-61',
      provinceCode: '61',
      startYear: 2025,
      endYear: 2029,
      revision: 0,
      counts: { items: 0, completed: 0, late: 0 },
      items: [],
    });
    expect(await queries.plans('GT-PP-TPPO-61', '2026-06-01')).toEqual(expect.arrayContaining([expect.objectContaining({ planId: plan.planId, items: 0 })]));
    expect((await queries.plans('GT-PP-TPPO-64', '2026-06-01')).map((p) => p.planId)).not.toContain(plan.planId);
  });

  it('PlanItemAdded adds items in the order added, open before their due date', async () => {
    const plan = kalbarPlan();
    await harness.apply(projection, plan.events.slice(0, 3));
    const view = await queries.plan(plan.planId, '2026-01-01');
    expect(view?.items.map((i) => [i.itemId, i.status, i.achieved, i.dueDate, i.target])).toEqual([
      ['schools', 'open', 0, '2026-06-30', 40],
      ['district-task-forces', 'open', 0, '2026-03-31', 14],
    ]);
  });

  it('PlanProgressReported keeps each report and the latest value; an item past its due date short of its target is late', async () => {
    const plan = kalbarPlan();
    await harness.apply(projection, plan.events.slice(0, 5));
    const view = await queries.plan(plan.planId, '2026-06-01');
    expect(view?.counts).toEqual({ items: 2, completed: 0, late: 1 });
    expect(view?.items[1]).toMatchObject({ itemId: 'district-task-forces', achieved: 5, lastReportedOn: '2026-02-10', status: 'late' });
    expect(view?.items[0]?.progress).toEqual([{ reportedOn: '2026-01-31', achieved: 12, note: null, evidence: 'Laporan 1/2026', reportedBy: 'gtk-kalbar' }]);
  });

  it('PlanItemCompleted marks the item completed', async () => {
    const plan = kalbarPlan();
    await harness.apply(projection, plan.events);
    const view = await queries.plan(plan.planId, '2026-06-01');
    expect(view?.items[0]).toMatchObject({ itemId: 'schools', achieved: 40, completedOn: '2026-05-02', status: 'completed' });
    expect(view?.items[0]?.progress).toHaveLength(2);
    expect(view).toMatchObject({ revision: 6, counts: { items: 2, completed: 1, late: 1 } });
  });

  it('replayed twice, split at every point, resumed from an earlier point, or an old part after the whole: the view one pass gives', async () => {
    const whole = kalbarPlan();
    await harness.apply(projection, whole.events);
    const expected = await whole.view();
    const twice = kalbarPlan();
    await harness.apply(projection, twice.events);
    await harness.apply(projection, twice.events);
    expect(await twice.view()).toEqual(expected);
    for (let split = 1; split < whole.events.length; split++) {
      const c = kalbarPlan();
      await harness.apply(projection, c.events.slice(0, split));
      await harness.apply(projection, c.events.slice(Math.floor(split / 2)));
      expect({ split, view: await c.view() }).toEqual({ split, view: expected });
    }
    const old = kalbarPlan();
    await harness.apply(projection, [...old.events, ...old.events.slice(0, 4)]);
    expect(await old.view()).toEqual(expected);
  });
});
