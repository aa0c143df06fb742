import { describe, expect, it } from '@jest/globals';
// The run's fuzz seed (FUZZ_SEED, fixed unless asked), so a run repeats itself and a counterexample can be replayed.
import { fc } from '../../../test/fuzz/support/fuzz-settings.js';
import type { Actor, ResolvedAgencies } from './actor.js';
import { isDomainError } from './domain-error.js';
import { decidePlan, evolvePlan, EMPTY_PLAN, type PlanState } from './plan.decide.js';
import type { PlanCommand, PlanEvent } from './plan.events.js';

const NOW = '2027-03-01T00:00:00.000Z';
const DIRECTORY: ResolvedAgencies = {
  'GT-PP-TPPO-61': { code: 'GT-PP-TPPO-61', type: 'task_force', provinceCode: '61', active: true, mergedInto: null },
  'GT-PP-TPPO-64': { code: 'GT-PP-TPPO-64', type: 'task_force', provinceCode: '64', active: true, mergedInto: null },
  'DINSOS-61': { code: 'DINSOS-61', type: 'social_services', provinceCode: '61', active: true, mergedInto: null },
};
const actors: Actor[] = [
  { userId: 'gtk-kalbar', role: 'task_force_coordinator', agency: 'GT-PP-TPPO-61' },
  { userId: 'gtk-kaltim', role: 'task_force_coordinator', agency: 'GT-PP-TPPO-64' },
  { userId: 'gt-kalbar', role: 'task_force_analyst', agency: 'GT-PP-TPPO-61' },
];

const itemId = fc.constantFrom('i1', 'i2', 'i3');
const commandData = fc.oneof(
  fc.record({
    type: fc.constant('CreateActionPlan'),
    title: fc.constant('RAD PP TPPO Kalbar'),
    legalBasis: fc.constant('Pergub'),
    startYear: fc.constantFrom(2025, 2026),
    endYear: fc.constantFrom(2029, 2024),
  }),
  fc.record({
    type: fc.constant('AddPlanItem'),
    itemId,
    pillar: fc.constantFrom('prevention', 'training', 'nonsense'),
    activity: fc.constant('Sosialisasi'),
    responsibleAgency: fc.constantFrom('DINSOS-61', 'NOPE-1'),
    indicator: fc.constant('sekolah'),
    target: fc.integer({ min: -2, max: 100 }),
    unit: fc.constant('sekolah'),
    dueDate: fc.constantFrom('2026-12-31', '2029-06-30', '2031-01-01'),
  }),
  fc.record({
    type: fc.constant('ReportPlanProgress'),
    itemId,
    reportedOn: fc.constantFrom('2026-01-15', '2027-02-28', '2028-01-01'),
    achieved: fc.integer({ min: -1, max: 120 }),
  }),
  fc.record({ type: fc.constant('CompletePlanItem'), itemId, completedOn: fc.constantFrom('2027-01-01', '2030-01-01') }),
);
const commands = fc.array(fc.tuple(commandData, fc.constantFrom(...actors)), { maxLength: 25 });

describe('an action plan under any sequence of commands', () => {
  it('only its owner coordinator changes it; state folded from accepted events agrees with what was decided; a completed item takes no more reports', () => {
    fc.assert(
      fc.property(commands, (sequence) => {
        let state: PlanState = EMPTY_PLAN;
        const log: PlanEvent[] = [];
        for (const [{ type, ...data }, actor] of sequence) {
          const command = { type, data: { planId: 'p', ...data }, metadata: { actor, now: NOW, agencies: DIRECTORY } } as unknown as PlanCommand;
          const before = state;
          let events: PlanEvent[];
          try {
            events = decidePlan(command, state);
          } catch (error) {
            if (!isDomainError(error)) throw error;
            continue;
          }
          expect(events).toHaveLength(1);
          expect(actor.role).toBe('task_force_coordinator');
          if (before.exists) expect(actor.agency).toBe(before.ownerAgency);
          if (type !== 'CreateActionPlan' && before.exists) expect(before.items[String((data as { itemId?: string }).itemId)]?.completedOn ?? null).toBeNull();
          log.push(...events);
          state = events.reduce(evolvePlan, state);
        }
        // The state is a function of the log alone, and each item's value is the last one reported.
        expect(log.reduce(evolvePlan, EMPTY_PLAN)).toEqual(state);
        if (state.exists) {
          expect(state.version).toBe(log.length);
          for (const item of Object.values(state.items)) {
            const reports = log.filter((e) => e.type === 'PlanProgressReported' && e.data.itemId === item.itemId);
            expect(item.reports).toBe(reports.length);
            expect(item.achieved).toBe(reports.length ? (reports.at(-1)!.data as { achieved: number }).achieved : 0);
          }
        } else {
          expect(log).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
