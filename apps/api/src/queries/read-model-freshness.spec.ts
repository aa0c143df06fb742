import { describe, expect, it } from '@jest/globals';
import type { AppConfig } from '@rujukan/platform';
import { LocalProjectionProgress, ProjectionProgressQueries } from '@rujukan/read-models';
import { RequestValidationError } from '../errors/api-error.js';
import { ReadModelFreshness } from './read-model-freshness.js';

/**
 * A database of one checkpoint the spec moves by hand and one last event of the projection's types, counting the
 * reads the waiters make: polls of the checkpoints, and the one statement each waiter asks its targets with.
 */
function fakeDatabase(lastHandled: { commit: string; prepare: string } | null) {
  const state = { checkpoint: { commit: '0', prepare: '0' }, checkpointReads: 0, eventReads: 0 };
  const after = (a: { commit: string; prepare: string }, b: { commit: string; prepare: string }) =>
    BigInt(a.commit) > BigInt(b.commit) || (BigInt(a.commit) === BigInt(b.commit) && BigInt(a.prepare) > BigInt(b.prepare));
  const dataSource = {
    query: async (sql: string, params: unknown[]) => {
      if (sql.includes('unnest(')) {
        // The targets: per projection, its checkpoint (given, or the table's) and the last event of its types up to the position.
        state.eventReads += 1;
        const [names, , commits, prepares, commit, prepare] = params as [string[], string[], Array<string | null>, Array<string | null>, string, string];
        return names.flatMap((name, i) => {
          const checkpoint = commits[i] === null ? state.checkpoint : { commit: commits[i]!, prepare: prepares[i]! };
          const wanted = lastHandled && after(lastHandled, checkpoint) && !after(lastHandled, { commit, prepare });
          return wanted ? [{ name, ...lastHandled }] : [];
        });
      }
      state.checkpointReads += 1;
      return [{ name: 'case-summary', commit_position: state.checkpoint.commit, prepare_position: state.checkpoint.prepare }];
    },
  } as unknown as ConstructorParameters<typeof ProjectionProgressQueries>[0];
  return { state, dataSource, progress: new ProjectionProgressQueries(dataSource) };
}

const config = (readWaitMs: number) => ({ READ_WAIT_MS: readWaitMs, EVENT_STORE: 'postgres' }) as AppConfig;
const at = (commit: number, prepare: number) => ({ commit: BigInt(commit), prepare: BigInt(prepare) });

describe('ReadModelFreshness', () => {
  it('answers many waiting queries from one shared poll of the checkpoints, each as soon as its position is reached', async () => {
    const { state, progress } = fakeDatabase({ commit: '100', prepare: '7' });
    const freshness = new ReadModelFreshness(progress, config(5_000));
    const waiting = Array.from({ length: 50 }, () => freshness.waitFor(['case-summary'], at(100, 7)));
    await new Promise((done) => setTimeout(done, 200));
    state.checkpoint = { commit: '100', prepare: '7' };
    const answers = await Promise.all(waiting);
    expect(answers.every((a) => a.current)).toBe(true);
    // One statement per waiter to learn its target (its checkpoint and the last event it needs), then one read
    // per poll for all of them: about 10 polls in 200 ms, not 50 × 10.
    expect(state.eventReads).toBe(50);
    expect(state.checkpointReads).toBeLessThan(40);
    freshness.onModuleDestroy();
  });

  it('does not wait for a projection whose checkpoint lags only over events it ignores', async () => {
    const { state, progress } = fakeDatabase(null);
    const freshness = new ReadModelFreshness(progress, config(5_000));
    await expect(freshness.waitFor(['case-summary'], at(100, 7))).resolves.toEqual({ current: true, behind: [] });
    expect({ checkpointReads: state.checkpointReads, eventReads: state.eventReads }).toEqual({ checkpointReads: 0, eventReads: 1 });
  });

  it('asks about every projection a read waits for in one statement', async () => {
    const { state, progress } = fakeDatabase({ commit: '100', prepare: '7' });
    const freshness = new ReadModelFreshness(progress, config(100));
    const answer = await freshness.waitFor(['case-summary', 'referrals', 'transfers', 'deadlines'], at(100, 7));
    expect(answer.current).toBe(false);
    expect(answer.behind.map((b) => b.projection).sort()).toEqual(['case-summary', 'deadlines', 'referrals', 'transfers']);
    expect(state.eventReads).toBe(1);
  });

  it('answers with how far behind the projection is when the time is up', async () => {
    const { progress } = fakeDatabase({ commit: '100', prepare: '7' });
    const freshness = new ReadModelFreshness(progress, config(100));
    await expect(freshness.waitFor(['case-summary'], at(100, 7))).resolves.toEqual({
      current: false,
      behind: [{ projection: 'case-summary', checkpoint: '0-0' }],
    });
  });

  it('wakes the queries waiting on a projection this process leads when its runner commits, reading no checkpoint meanwhile', async () => {
    const { state, progress } = fakeDatabase({ commit: '100', prepare: '7' });
    const local = new LocalProjectionProgress();
    local.committed('case-summary', at(90, 1));
    const freshness = new ReadModelFreshness(progress, config(5_000), local);
    const waiting = Array.from({ length: 20 }, () => freshness.waitFor(['case-summary'], at(100, 7)));
    await new Promise((done) => setTimeout(done, 100));
    // The local runner's position stands for the checkpoint: each waiter only asks for its target event; none polls.
    expect({ checkpointReads: state.checkpointReads, eventReads: state.eventReads }).toEqual({ checkpointReads: 0, eventReads: 20 });
    let settled = 0;
    for (const w of waiting) void w.then(() => settled++);
    local.committed('case-summary', at(95, 3));
    await new Promise((done) => setImmediate(done));
    expect(settled).toBe(0);
    local.committed('case-summary', at(100, 7));
    expect(await Promise.all(waiting)).toEqual(Array.from({ length: 20 }, () => ({ current: true, behind: [] })));
    expect(state.checkpointReads).toBe(0);
    // A position the local runner has already passed is answered with no query at all.
    const reads = state.eventReads;
    await expect(freshness.waitFor(['case-summary'], at(100, 7))).resolves.toEqual({ current: true, behind: [] });
    expect({ checkpointReads: state.checkpointReads, eventReads: state.eventReads - reads }).toEqual({ checkpointReads: 0, eventReads: 0 });
    freshness.onModuleDestroy();
  });

  it('polls again for a projection whose lease this process let go', async () => {
    const { state, progress } = fakeDatabase({ commit: '100', prepare: '7' });
    const local = new LocalProjectionProgress();
    local.committed('case-summary', at(90, 1));
    const freshness = new ReadModelFreshness(progress, config(5_000), local);
    const waiting = freshness.waitFor(['case-summary'], at(100, 7));
    await new Promise((done) => setTimeout(done, 50));
    local.released('case-summary');
    state.checkpoint = { commit: '100', prepare: '7' };
    await expect(waiting).resolves.toEqual({ current: true, behind: [] });
    // None while the local runner led; then the checkpoints, polled.
    expect(state.checkpointReads).toBeGreaterThan(0);
    freshness.onModuleDestroy();
  });

  it('fails every waiting query when the checkpoints cannot be read', async () => {
    const { state, dataSource, progress } = fakeDatabase({ commit: '100', prepare: '7' });
    const freshness = new ReadModelFreshness(progress, config(5_000));
    const waiting = freshness.waitFor(['case-summary'], at(100, 7));
    await new Promise((done) => setTimeout(done, 50));
    (dataSource as unknown as { query: () => Promise<never> }).query = async () => Promise.reject(new Error('connection terminated'));
    await expect(waiting).rejects.toThrow('connection terminated');
    expect(state.eventReads).toBe(1);
  });
});

// Reading a position touches no database.
const reader = new ReadModelFreshness(null as unknown as ProjectionProgressQueries, { READ_WAIT_MS: 0, EVENT_STORE: 'postgres' } as AppConfig);

// Found by the fuzz specs (test/fuzz): a position beyond xid8 or bigint reached PostgreSQL and failed there as a 500.
describe('the position a query waits for', () => {
  it('reads a position from the header or, failing that, the query', () => {
    expect(reader.requested('1234-56', '1-1')).toEqual({ commit: 1234n, prepare: 56n });
    expect(reader.requested(undefined, '1-1')).toEqual({ commit: 1n, prepare: 1n });
    expect(reader.requested(undefined, undefined)).toBeNull();
  });

  it('takes the largest position PostgreSQL can compare with', () => {
    expect(reader.requested('18446744073709551615-9223372036854775807', undefined)).toEqual({ commit: 2n ** 64n - 1n, prepare: 2n ** 63n - 1n });
  });

  it.each(['18446744073709551616-1', '1-9223372036854775808', '1-99999999999999999999', 'x', '1--1', ''])('refuses %j with 400 on minPosition', (text) => {
    expect(() => reader.requested(text, undefined)).toThrow(RequestValidationError);
    try {
      reader.requested(text, undefined);
    } catch (error) {
      expect((error as RequestValidationError).errors).toEqual([{ field: 'minPosition', reason: 'must be a position returned by a command, e.g. 1234-56' }]);
    }
  });
});
