import { describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { IdempotencyRecords } from './idempotency-records.js';

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A database that refuses connections while `down`, and records the statements it ran. */
function fakeDatabase() {
  const state = { down: true, statements: [] as Array<{ sql: string; params: unknown[] }> };
  const dataSource = {
    query: async (sql: string, params: unknown[]) => {
      if (state.down) throw refused();
      state.statements.push({ sql: sql.trim().split(/\s+/)[0]!, params });
      return [];
    },
  } as unknown as DataSource;
  return { state, dataSource };
}

async function until(condition: () => boolean, ms = 5000): Promise<void> {
  for (const deadline = Date.now() + ms; !condition(); await sleep(20)) if (Date.now() > deadline) throw new Error('timed out');
}

describe('IdempotencyRecords: claims left open by an unreachable database', () => {
  it('records the answer of a request whose events are in the log, once the database is back', async () => {
    const { state, dataSource } = fakeDatabase();
    const records = new IdempotencyRecords(dataSource);
    records.settleLater('u1', 'k1', 'hash-1', async () => ({ status: 201, body: { caseId: 'c1', revision: 3 } }));
    await sleep(700);
    expect(records.unsettledCount()).toBe(1);
    state.down = false;
    await until(() => records.unsettledCount() === 0);
    expect(state.statements).toEqual([{ sql: 'INSERT', params: ['u1', 'k1', 'hash-1', 201, '{"caseId":"c1","revision":3}'] }]);
    await records.onModuleDestroy();
  });

  it('releases the claim of a request that wrote nothing, so a retry runs the command', async () => {
    const { state, dataSource } = fakeDatabase();
    const records = new IdempotencyRecords(dataSource);
    let lookups = 0;
    // The lookup itself needs the database: it fails like the rest until the database is back.
    records.settleLater('u1', 'k2', 'hash-2', async () => {
      lookups++;
      if (state.down) throw refused();
      return null;
    });
    await sleep(700);
    state.down = false;
    await until(() => records.unsettledCount() === 0);
    expect(lookups).toBeGreaterThanOrEqual(2);
    expect(state.statements).toEqual([{ sql: 'DELETE', params: ['u1', 'k2', 'hash-2'] }]);
    await records.onModuleDestroy();
  });

  it('gives up on a lookup that fails for another reason than the connection, without retrying it forever', async () => {
    const { state, dataSource } = fakeDatabase();
    state.down = false;
    const records = new IdempotencyRecords(dataSource);
    let lookups = 0;
    records.settleLater('u1', 'k3', 'hash-3', async () => {
      lookups++;
      throw new TypeError('bug');
    });
    await until(() => records.unsettledCount() === 0);
    await sleep(700);
    expect({ lookups, statements: state.statements }).toEqual({ lookups: 1, statements: [] });
    await records.onModuleDestroy();
  });
});
