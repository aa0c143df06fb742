import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PostgresEventStore, runMigrations, type Position } from '@rujukan/event-store';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { newEvent } from '@rujukan/event-store/testing/new-event.js';
import { allMigrations } from '../migrations/index.js';
import { lastEventsOfTypes } from './projection-progress.queries.js';

const position = (p: { commit: bigint; prepare: bigint }): Position => ({ commit: p.commit, prepare: p.prepare });

describe('lastEventsOfTypes: what a read waiting for a position needs each projection to have applied', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let dataSource: DataSource;
  const at: Position[] = [];

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    await runMigrations(database.url, allMigrations);
    store = new PostgresEventStore({ connectionString: database.url, notify: 'off' });
    dataSource = new DataSource({ type: 'postgres', url: database.url });
    await dataSource.initialize();
    // A, B, A, C: four appends, one event each, in this order in the log.
    for (const type of ['A', 'B', 'A', 'C']) at.push(position((await store.append(`s-${at.length}`, [newEvent(type)], 'no_stream')).position));
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await store?.close();
    await database?.drop();
  });

  it('names, per projection, the last event of its types after its checkpoint and up to the position, in one statement', async () => {
    await dataSource.query(`INSERT INTO projection_checkpoints (name, commit_position, prepare_position) VALUES ('p-table', $1, $2)`, [
      at[0].commit.toString(),
      at[0].prepare.toString(),
    ]);
    const targets = await lastEventsOfTypes(
      dataSource,
      [
        // Its checkpoint known here: before everything.
        { projection: 'p-a', eventTypes: ['A'], checkpoint: { commit: 0n, prepare: 0n } },
        // Past its only event up to the position: nothing to wait for.
        { projection: 'p-b', eventTypes: ['B'], checkpoint: at[1] },
        // Its checkpoint from the table (after the first A), handling A and C.
        { projection: 'p-table', eventTypes: ['A', 'C'] },
        // Never run: no row in the table, so from the start of the log.
        { projection: 'p-never', eventTypes: ['B', 'C'] },
      ],
      at[2],
    );
    expect(targets).toEqual(
      new Map([
        ['p-a', at[2]],
        ['p-table', at[2]],
        ['p-never', at[1]],
      ]),
    );
  });

  it('answers an empty question without a statement', async () => {
    await expect(lastEventsOfTypes({ query: () => Promise.reject(new Error('no statement expected')) }, [], at[3])).resolves.toEqual(new Map());
  });
});
