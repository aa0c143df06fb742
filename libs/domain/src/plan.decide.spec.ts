import { describe, expect, it } from '@jest/globals';
import type { Actor, DirectoryAgency, ResolvedAgencies } from './actor.js';
import { isDomainError } from './domain-error.js';
import { agenciesNamedByPlanCommand, decidePlan, foldPlan } from './plan.decide.js';
import type { PlanCommand, PlanEvent } from './plan.events.js';

const PLAN = '7d4f0c1e-2b3a-4c5d-8e9f-0a1b2c3d4e5f';
const NOW = '2013-06-10T03:00:00.000Z';
const coordinator: Actor = { userId: 'gtk-kaltim', role: 'task_force_coordinator', agency: 'GT-PP-TPPO-64' };
const analyst: Actor = { userId: 'gt-kaltim', role: 'task_force_analyst', agency: 'GT-PP-TPPO-64' };
const otherCoordinator: Actor = { userId: 'gtk-kalbar', role: 'task_force_coordinator', agency: 'GT-PP-TPPO-61' };
const agency = (code: string, type: DirectoryAgency['type'], provinceCode: string | null, active = true): DirectoryAgency => ({
  code,
  type,
  provinceCode,
  active,
  mergedInto: null,
});
const DIRECTORY: ResolvedAgencies = {
  'GT-PP-TPPO-64': agency('GT-PP-TPPO-64', 'task_force', '64'),
  'GT-PP-TPPO-61': agency('GT-PP-TPPO-61', 'task_force', '61'),
  'UPTD-PPA-64': agency('UPTD-PPA-64', 'uptd_ppa', '64'),
  'DINSOS-OLD': agency('DINSOS-OLD', 'social_services', '64', false),
};

function command<T extends PlanCommand['type']>(type: T, data: Record<string, unknown>, actor: Actor = coordinator): PlanCommand {
  return { type, data: { planId: PLAN, ...data }, metadata: { actor, now: NOW, agencies: DIRECTORY } } as unknown as PlanCommand;
}
const context = (by: Actor = coordinator) => ({ planId: PLAN, at: NOW, by });

const create = (over: Record<string, unknown> = {}, actor?: Actor) =>
  command('CreateActionPlan', { title: 'RAD TPPO dan ESA Kaltim', legalBasis: 'Pergub Kaltim 86/2011', startYear: 2011, endYear: 2015, ...over }, actor);
const addItem = (over: Record<string, unknown> = {}, actor?: Actor) =>
  command(
    'AddPlanItem',
    {
      itemId: 'item-1',
      pillar: 'socialization',
      activity: 'Sosialisasi pencegahan TPPO di kabupaten/kota',
      responsibleAgency: 'UPTD-PPA-64',
      indicator: 'kabupaten/kota yang disosialisasi',
      target: 10,
      unit: 'kabupaten/kota',
      dueDate: '2013-12-31',
      budgetLine: 'APBD BPPKB Kaltim',
      ...over,
    },
    actor,
  );
const report = (over: Record<string, unknown> = {}, actor?: Actor) =>
  command(
    'ReportPlanProgress',
    { itemId: 'item-1', reportedOn: '2013-06-01', achieved: 4, note: 'Balikpapan, Samarinda, Nunukan, Tarakan', evidence: 'Laporan BPPKB 12/2013', ...over },
    actor,
  );
const complete = (over: Record<string, unknown> = {}, actor?: Actor) =>
  command('CompletePlanItem', { itemId: 'item-1', completedOn: '2013-06-09', ...over }, actor);

const created: PlanEvent = {
  type: 'ActionPlanCreated',
  data: {
    ...context(),
    ownerAgency: 'GT-PP-TPPO-64',
    provinceCode: '64',
    title: 'RAD TPPO dan ESA Kaltim',
    legalBasis: 'Pergub Kaltim 86/2011',
    startYear: 2011,
    endYear: 2015,
  },
};
const itemAdded: PlanEvent = {
  type: 'PlanItemAdded',
  data: {
    ...context(),
    itemId: 'item-1',
    pillar: 'socialization',
    activity: 'Sosialisasi pencegahan TPPO di kabupaten/kota',
    responsibleAgency: 'UPTD-PPA-64',
    indicator: 'kabupaten/kota yang disosialisasi',
    target: 10,
    unit: 'kabupaten/kota',
    dueDate: '2013-12-31',
    budgetLine: 'APBD BPPKB Kaltim',
  },
};
const progress: PlanEvent = {
  type: 'PlanProgressReported',
  data: {
    ...context(),
    itemId: 'item-1',
    reportedOn: '2013-06-01',
    achieved: 4,
    note: 'Balikpapan, Samarinda, Nunukan, Tarakan',
    evidence: 'Laporan BPPKB 12/2013',
  },
};
const completed: PlanEvent = { type: 'PlanItemCompleted', data: { ...context(), itemId: 'item-1', completedOn: '2013-06-09', note: null } };

/** Given a plan's history, when a command is decided, then these events (or this refusal). */
function given(history: readonly PlanEvent[]) {
  const state = foldPlan(history);
  return {
    when: (cmd: PlanCommand) => ({
      then: (expected: PlanEvent[]) => expect(decidePlan(cmd, state)).toEqual(expected),
      thenThrows: (code: string, details: Record<string, unknown> = {}) => {
        let thrown: unknown;
        try {
          decidePlan(cmd, state);
        } catch (error) {
          thrown = error;
        }
        expect(isDomainError(thrown)).toBe(true);
        expect(thrown).toMatchObject({ code, details: expect.objectContaining(details) });
      },
    }),
  };
}

describe('CreateActionPlan', () => {
  it("starts a plan owned by the coordinator's task force, in its region as the directory records it", () => given([]).when(create()).then([created]));
  it('refuses a plan that exists', () => given([created]).when(create()).thenThrows('PLAN.ALREADY_EXISTS'));
  it('refuses a title that carries a NIK', () =>
    given([])
      .when(create({ title: 'RAD untuk korban 6471010101900001' }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'title' }));
  it('refuses an analyst: analysts read plans', () => given([]).when(create({}, analyst)).thenThrows('AUTH.FORBIDDEN', { rule: 'permission' }));
  it('refuses a coordinator whose agency is not a task force in the directory', () =>
    given([])
      .when(create({}, { ...coordinator, agency: 'UPTD-PPA-64' }))
      .thenThrows('AGENCY.WRONG_TYPE', { field: 'ownerAgency' }));
  it('refuses an end year before the start year', () =>
    given([])
      .when(create({ endYear: 2010 }))
      .thenThrows('VALIDATION.OUT_OF_RANGE', { field: 'endYear' }));
  it('refuses a missing title', () =>
    given([])
      .when(create({ title: ' ' }))
      .thenThrows('VALIDATION.REQUIRED', { field: 'title' }));
});

describe('AddPlanItem', () => {
  it('adds an item with its responsible agency resolved in the directory', () => given([created]).when(addItem()).then([itemAdded]));
  it('refuses a plan that does not exist', () => given([]).when(addItem()).thenThrows('PLAN.NOT_FOUND'));
  it("refuses another task force's coordinator", () =>
    given([created]).when(addItem({}, otherCoordinator)).thenThrows('AUTH.FORBIDDEN', { rule: 'plan_owner', ownerAgency: 'GT-PP-TPPO-64' }));
  it('refuses an item id used before', () => given([created, itemAdded]).when(addItem()).thenThrows('PLAN_ITEM.ALREADY_EXISTS'));
  it('refuses an agency the directory does not hold, or no longer has acting', () => {
    given([created])
      .when(addItem({ responsibleAgency: 'NOWHERE-1' }))
      .thenThrows('AGENCY.UNKNOWN', { field: 'responsibleAgency' });
    given([created])
      .when(addItem({ responsibleAgency: 'DINSOS-OLD' }))
      .thenThrows('AGENCY.INACTIVE', { field: 'responsibleAgency' });
  });
  it("refuses a due date outside the plan's years", () =>
    given([created])
      .when(addItem({ dueDate: '2016-01-01' }))
      .thenThrows('VALIDATION.OUT_OF_RANGE', { field: 'dueDate' }));
  it('refuses an unknown pillar and a negative target', () => {
    given([created])
      .when(addItem({ pillar: 'marketing' }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'pillar' });
    given([created])
      .when(addItem({ target: -1 }))
      .thenThrows('VALIDATION.OUT_OF_RANGE', { field: 'target' });
  });
  it('refuses a text that carries a NIK', () =>
    given([created])
      .when(addItem({ activity: 'pendampingan 6471010101900001' }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'activity' }));
  it('refuses a NIK written in groups, as on a KTP', () =>
    given([created])
      .when(addItem({ indicator: 'korban NIK 6471 0101 0190 0001' }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'indicator' }));
  it('refuses a NIK in the unit', () =>
    given([created])
      .when(addItem({ unit: 'KTP 6471.0101.0190.0001' }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'unit' }));
  it('takes numbers that are no NIK: years, a budget in rupiah, a document number', () =>
    given([created])
      .when(addItem({ activity: 'Sosialisasi 2011-2015 dan 2016-2020, anggaran Rp 1.500.000.000', budgetLine: 'DPA 1.05.01.2.01.0001' }))
      .then([expect.objectContaining({ type: 'PlanItemAdded' })] as never));
});

describe('ReportPlanProgress', () => {
  it('records the value reached, with its evidence reference', () => given([created, itemAdded]).when(report()).then([progress]));
  it('refuses an item the plan does not have', () =>
    given([created, itemAdded])
      .when(report({ itemId: 'item-9' }))
      .thenThrows('PLAN_ITEM.NOT_FOUND'));
  it('refuses a completed item', () => given([created, itemAdded, completed]).when(report()).thenThrows('PLAN_ITEM.COMPLETED'));
  it('refuses a date in the future or before the plan', () => {
    given([created, itemAdded])
      .when(report({ reportedOn: '2013-07-01' }))
      .thenThrows('VALIDATION.OUT_OF_RANGE', { field: 'reportedOn' });
    given([created, itemAdded])
      .when(report({ reportedOn: '2010-12-31' }))
      .thenThrows('VALIDATION.OUT_OF_RANGE', { field: 'reportedOn' });
  });
  it('refuses evidence that carries a NIK', () =>
    given([created, itemAdded])
      .when(report({ evidence: 'KTP 6471010101900001' }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'evidence' }));
  it('refuses an analyst', () => given([created, itemAdded]).when(report({}, analyst)).thenThrows('AUTH.FORBIDDEN'));
});

describe('CompletePlanItem', () => {
  it('completes an item', () => given([created, itemAdded, progress]).when(complete()).then([completed]));
  it('refuses completing twice', () => given([created, itemAdded, completed]).when(complete()).thenThrows('PLAN_ITEM.COMPLETED'));
});

describe('the plan state', () => {
  it('keeps the latest value reported and when the item was completed', () => {
    const state = foldPlan([created, itemAdded, progress, completed]);
    expect(state).toMatchObject({ exists: true, version: 4, items: { 'item-1': { achieved: 4, reports: 1, completedOn: '2013-06-09' } } });
  });
  it("names the actor's agency and an item's responsible agency for the directory", () =>
    expect(agenciesNamedByPlanCommand(addItem())).toEqual(['GT-PP-TPPO-64', 'UPTD-PPA-64']));
});
