import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor, MouEvent } from '@rujukan/domain';
import type { StoredEvent } from '@rujukan/event-store';
import { type ProjectionHarness, startProjectionHarness } from '../testing/projection-harness.js';
import { MousProjection } from './mous.projection.js';
import { MouQueries } from './mous.queries.js';

const projection = new MousProjection();
let harness: ProjectionHarness;
let queries: MouQueries;

beforeAll(async () => {
  harness = await startProjectionHarness();
  queries = new MouQueries(harness.dataSource);
});
afterAll(async () => {
  await harness.close();
});

const by: Actor = { userId: 'gtk-kaltim', role: 'task_force_coordinator', agency: 'GT-PP-TPPO-64' };
let position = 20_000_000n;

function stored(events: readonly MouEvent[]): StoredEvent[] {
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
      streamName: `mou-${event.data.mouId}`,
      revision,
      position: { commit: position, prepare: position },
      recordedAt: new Date(event.data.at),
      hash: '00',
    };
  });
}

/** An MoU between Kaltim and Kaltara with BP2MI Nunukan, renewed once, then terminated. */
function kaltimKaltara() {
  const mouId = randomUUID();
  const ctx = (day: string) => ({ mouId, at: `${day}T02:00:00.000Z`, by });
  const events: MouEvent[] = [
    {
      type: 'MouRecorded',
      data: {
        ...ctx('2024-05-03'),
        recordedBy: 'GT-PP-TPPO-64',
        reference: '119/1234/PEM-PP/2024',
        title: 'Kerja sama penanganan korban TPPO',
        parties: [
          { kind: 'province', provinceCode: '64' },
          { kind: 'agency', agency: 'BP2MI-NUNUKAN', provinceCode: '65' },
        ],
        scopes: ['case_transfer', 'repatriation'],
        signedOn: '2024-05-02',
        expiresOn: '2026-05-01',
        document: 'Arsip 2024/17',
        illustrative: true,
      },
    },
    { type: 'MouRenewed', data: { ...ctx('2026-04-01'), expiresOn: '2031-05-01', reference: 'Adendum 1', note: null } },
    { type: 'MouTerminated', data: { ...ctx('2027-01-10'), terminatedOn: '2027-01-10', note: null } },
  ];
  const view = async () => {
    const mou = await queries.mou(mouId, '2027-06-01');
    return mou && { ...mou, mouId: 'm' };
  };
  return { mouId, events: stored(events), view };
}

describe('MousProjection', () => {
  it('declares exactly the MoU events', () => {
    expect([...projection.eventTypes].sort()).toEqual(['MouRecorded', 'MouRenewed', 'MouTerminated']);
  });

  it('MouRecorded enters the MoU with its parties, the provinces it binds and its illustrative mark', async () => {
    const mou = kaltimKaltara();
    await harness.apply(projection, mou.events.slice(0, 1));
    expect(await queries.mou(mou.mouId, '2025-01-01')).toEqual({
      mouId: mou.mouId,
      recordedBy: 'GT-PP-TPPO-64',
      reference: '119/1234/PEM-PP/2024',
      title: 'Kerja sama penanganan korban TPPO',
      parties: [
        { kind: 'province', provinceCode: '64' },
        { kind: 'agency', agency: 'BP2MI-NUNUKAN', provinceCode: '65' },
      ],
      provinces: ['64', '65'],
      scopes: ['case_transfer', 'repatriation'],
      signedOn: '2024-05-02',
      expiresOn: '2026-05-01',
      terminatedOn: null,
      document: 'Arsip 2024/17',
      illustrative: true,
      status: 'in_force',
      revision: 0,
    });
    expect(await queries.mou(mou.mouId, '2024-05-01')).toMatchObject({ status: 'not_yet' });
    expect(await queries.mou(mou.mouId, '2026-05-02')).toMatchObject({ status: 'expired' });
    expect((await queries.mous('2025-01-01', '65')).map((m) => m.mouId)).toContain(mou.mouId);
    expect((await queries.mous('2025-01-01', '61')).map((m) => m.mouId)).not.toContain(mou.mouId);
  });

  it('MouRenewed moves the expiry and the reference', async () => {
    const mou = kaltimKaltara();
    await harness.apply(projection, mou.events.slice(0, 2));
    expect(await queries.mou(mou.mouId, '2026-06-01')).toMatchObject({ expiresOn: '2031-05-01', reference: 'Adendum 1', status: 'in_force', revision: 1 });
  });

  it('MouTerminated ends it from the day given', async () => {
    const mou = kaltimKaltara();
    await harness.apply(projection, mou.events);
    expect(await queries.mou(mou.mouId, '2027-01-09')).toMatchObject({ status: 'in_force', terminatedOn: '2027-01-10' });
    expect(await queries.mou(mou.mouId, '2027-01-10')).toMatchObject({ status: 'terminated', revision: 2 });
  });

  it('replayed twice, split at every point, or an old part after the whole: the view one pass gives', async () => {
    const whole = kaltimKaltara();
    await harness.apply(projection, whole.events);
    const expected = await whole.view();
    const twice = kaltimKaltara();
    await harness.apply(projection, twice.events);
    await harness.apply(projection, twice.events);
    expect(await twice.view()).toEqual(expected);
    for (let split = 1; split < whole.events.length; split++) {
      const c = kaltimKaltara();
      await harness.apply(projection, c.events.slice(0, split));
      await harness.apply(projection, c.events.slice(Math.floor(split / 2)));
      expect({ split, view: await c.view() }).toEqual({ split, view: expected });
    }
    const old = kaltimKaltara();
    await harness.apply(projection, [...old.events, ...old.events.slice(0, 2)]);
    expect(await old.view()).toEqual(expected);
  });
});
