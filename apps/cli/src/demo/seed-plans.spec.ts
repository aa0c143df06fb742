import { describe, expect, it } from '@jest/globals';
import { InMemoryAgencyDirectory } from '@rujukan/application';
import { foldPlan, type PlanEvent } from '@rujukan/domain';
import type { AppendResult, EventStore, ExpectedRevision, NewEvent, StoredEvent } from '@rujukan/event-store';
import { DEMO_AGENCIES } from './demo-agencies.js';
import { DEMO_PLANS, PLAN_AGENCIES, seedDemoPlans } from './seed-plans.js';
import { seedDemoMous } from './seed-mous.js';

/** The two calls the plan commands make of a store, in memory, with its revision check. */
function memoryStore() {
  const streams = new Map<string, StoredEvent[]>();
  let position = 0n;
  const store = {
    async readStream(name: string) {
      return [...(streams.get(name) ?? [])];
    },
    async append(name: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
      const stream = streams.get(name) ?? [];
      if (expected !== (stream.length === 0 ? 'no_stream' : stream.length - 1)) throw new Error(`wrong expected revision on ${name}`);
      for (const event of events) {
        position++;
        stream.push({
          ...event,
          streamName: name,
          revision: stream.length,
          position: { commit: position, prepare: position },
          recordedAt: new Date(),
          hash: '',
        });
      }
      streams.set(name, stream);
      return { streamName: name, nextExpectedRevision: stream.length - 1, position: { commit: position, prepare: position }, duplicate: false };
    },
  };
  return { store: store as unknown as EventStore, streams };
}

const directory = new InMemoryAgencyDirectory(
  [...DEMO_AGENCIES, ...PLAN_AGENCIES].map((a) => ({ code: a.code, type: a.type, provinceCode: a.provinceCode, active: true, mergedInto: null })),
);

describe("the demo's action plans", () => {
  it("are accepted as the coordinators' commands: Kaltim's RAD 2011–2015 and Kalbar's RAD 2025–2029 with its eight steps", async () => {
    const { store, streams } = memoryStore();
    const seeded = await seedDemoPlans(store, directory, 'demo', new Date('2026-12-07T00:00:00Z'));
    expect(seeded).toEqual({ plans: 2, items: 14, reports: 4 });
    const plans = [...streams.values()].map((events) => ({ events: events.map((e) => ({ type: e.type, data: e.data }) as unknown as PlanEvent) }));
    const states = plans.map(({ events }) => foldPlan(events));
    expect(states.map((s) => s.exists && [s.ownerAgency, s.startYear, s.endYear, Object.keys(s.items).length])).toEqual([
      ['GT-PP-TPPO-64', 2011, 2015, 6],
      ['GT-PP-TPPO-61', 2025, 2029, 8],
    ]);
    const kaltim = plans[0]!.events[0]!;
    expect(kaltim.data).toMatchObject({ legalBasis: 'Pergub Kaltim 86/2011', provinceCode: '64' });
    expect(DEMO_PLANS[1]!.items.map((i) => i.itemId)).toEqual([
      'langkah-1',
      'langkah-2',
      'langkah-3',
      'langkah-4',
      'langkah-5',
      'langkah-6',
      'langkah-7',
      'langkah-8',
    ]);
  });

  it('run again, add nothing', async () => {
    const { store, streams } = memoryStore();
    await seedDemoPlans(store, directory, 'demo', new Date('2026-12-07T00:00:00Z'));
    const sizes = [...streams.values()].map((s) => s.length);
    await seedDemoPlans(store, directory, 'demo', new Date('2026-12-08T00:00:00Z'));
    expect([...streams.values()].map((s) => s.length)).toEqual(sizes);
  });
});

describe("the demo's MoUs", () => {
  it('are accepted as the coordinators’ commands, each marked illustrative, and a second run adds nothing', async () => {
    const { store, streams } = memoryStore();
    expect(await seedDemoMous(store, directory, 'demo', new Date('2026-12-07T00:00:00Z'))).toBe(2);
    const recorded = [...streams.entries()].filter(([name]) => name.startsWith('mou-')).map(([, events]) => events);
    expect(recorded).toHaveLength(2);
    for (const events of recorded) {
      expect(events.map((e) => e.type)).toEqual(['MouRecorded']);
      expect(events[0]!.data).toMatchObject({ illustrative: true, reference: expect.stringMatching(/^ILUSTRASI\//) });
    }
    await seedDemoMous(store, directory, 'demo', new Date('2026-12-08T00:00:00Z'));
    expect([...streams.values()].map((s) => s.length)).toEqual([1, 1]);
  });
});
