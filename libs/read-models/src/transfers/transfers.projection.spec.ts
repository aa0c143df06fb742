import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { CaseEvent } from '@rujukan/domain';
import { JATIM, KALTIM, caseOpened, day, event, jatimCaseworker, transferRequested } from '@rujukan/domain/testing/fixtures.js';
import { type ProjectionHarness, startProjectionHarness, stored } from '../testing/projection-harness.js';
import { TransfersProjection } from './transfers.projection.js';

const projection = new TransfersProjection();
let harness: ProjectionHarness;

beforeAll(async () => {
  harness = await startProjectionHarness();
});
afterAll(async () => {
  await harness.close();
});

const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

async function transferRows(caseId: string): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = await harness.dataSource.query(`SELECT * FROM rm_transfers WHERE case_id = $1 ORDER BY requested_at`, [caseId]);
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, iso(value)])));
}

describe('TransfersProjection', () => {
  it('declares exactly the transfer lifecycle', () => {
    expect([...projection.eventTypes].sort()).toEqual(['TransferAccepted', 'TransferDeclined', 'TransferRequested']);
  });

  /** A case opened by KALTIM whose transfer to JATIM is requested on day 4: revisions 0 and 1. */
  function requestedCase() {
    const caseId = randomUUID();
    const history: CaseEvent[] = [caseOpened({ caseId }), transferRequested({ caseId, at: day(4) })];
    const requestedRow = {
      transfer_id: 'transfer-1',
      case_id: caseId,
      from_agency: KALTIM,
      to_agency: JATIM,
      reason: 'repatriation to Jember',
      status: 'requested',
      requested_at: day(4),
      requested_by: 'cw-kaltim',
      answered_at: null,
      answered_by: null,
      answer_reason: null,
      mou_id: null,
      updated_at: day(4),
      last_revision: 1,
    };
    return { caseId, history, requestedRow };
  }

  it('TransferRequested inserts a requested transfer to the target agency', async () => {
    const { caseId, history, requestedRow } = requestedCase();
    await harness.apply(projection, stored(history));
    expect(await transferRows(caseId)).toEqual([requestedRow]);
  });

  it('TransferAccepted marks it accepted with who answered and when', async () => {
    const { caseId, history, requestedRow } = requestedCase();
    const accepted = event('TransferAccepted', { transferId: 'transfer-1', fromAgency: KALTIM, toAgency: JATIM }, { caseId, by: jatimCaseworker, at: day(5) });
    await harness.apply(projection, stored([...history, accepted]));
    expect(await transferRows(caseId)).toEqual([
      { ...requestedRow, status: 'accepted', answered_at: day(5), answered_by: jatimCaseworker.userId, updated_at: day(5), last_revision: 2 },
    ]);
  });

  it('TransferDeclined marks it declined with the reason', async () => {
    const { caseId, history, requestedRow } = requestedCase();
    const declined = event('TransferDeclined', { transferId: 'transfer-1', reason: 'family lives in Bali now' }, { caseId, by: jatimCaseworker, at: day(6) });
    await harness.apply(projection, stored([...history, declined]));
    expect(await transferRows(caseId)).toEqual([
      {
        ...requestedRow,
        status: 'declined',
        answered_at: day(6),
        answered_by: jatimCaseworker.userId,
        answer_reason: 'family lives in Bali now',
        updated_at: day(6),
        last_revision: 2,
      },
    ]);
  });

  it('a TransferRequested replayed after the answer leaves the answer in place', async () => {
    const { caseId, history } = requestedCase();
    const all = stored([...history, event('TransferDeclined', { transferId: 'transfer-1', reason: 'no' }, { caseId, by: jatimCaseworker, at: day(6) })]);
    await harness.apply(projection, all);
    await harness.apply(projection, all.slice(1, 2));
    expect(await transferRows(caseId)).toEqual([expect.objectContaining({ status: 'declined', last_revision: 2 })]);
  });

  /** A transfer declined, then a second one accepted, with fresh ids; its rows without the case id compare equal. */
  function twoTransfers() {
    const caseId = randomUUID();
    const events = stored([
      caseOpened({ caseId }),
      transferRequested({ caseId, at: day(4) }),
      event('TransferDeclined', { transferId: 'transfer-1', reason: 'family lives in Bali now' }, { caseId, by: jatimCaseworker, at: day(5) }),
      event(
        'TransferRequested',
        { transferId: 'transfer-2', fromAgency: KALTIM, toAgency: JATIM, toAgencyType: 'uptd_ppa', reason: 'family back in Jember' },
        { caseId, at: day(8) },
      ),
      event('TransferAccepted', { transferId: 'transfer-2', fromAgency: KALTIM, toAgency: JATIM }, { caseId, by: jatimCaseworker, at: day(9) }),
    ]);
    const rows = async () => (await transferRows(caseId)).map(({ case_id: _case, ...row }) => row);
    return { events, rows };
  }

  it('the transfers split into two batches at every point, resumed from an earlier point, or an old part after the whole give the rows one batch gives', async () => {
    const whole = twoTransfers();
    await harness.apply(projection, whole.events);
    const expected = await whole.rows();
    expect(expected.map((row) => `${row.transfer_id} ${row.status}`)).toEqual(['transfer-1 declined', 'transfer-2 accepted']);
    for (let split = 1; split < whole.events.length; split++) {
      const c = twoTransfers();
      await harness.apply(projection, c.events.slice(0, split));
      await harness.apply(projection, c.events.slice(split));
      expect({ split, rows: await c.rows() }).toEqual({ split, rows: expected });
      // A runner whose checkpoint did not move starts again from an earlier point.
      const resumed = twoTransfers();
      await harness.apply(projection, resumed.events.slice(0, split));
      await harness.apply(projection, resumed.events.slice(Math.floor(split / 2)));
      expect({ split, resumed: await resumed.rows() }).toEqual({ split, resumed: expected });
    }
    const oldAfterWhole = twoTransfers();
    await harness.apply(projection, [...oldAfterWhole.events, ...oldAfterWhole.events.slice(0, 4), ...oldAfterWhole.events.slice(0, 2)]);
    expect(await oldAfterWhole.rows()).toEqual(expected);
  });
});
