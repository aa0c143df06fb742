import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AppendResult, EventStore, ExpectedRevision, NewEvent, StoredEvent, Subscription } from '../event-store.js';
import { CommandClaimConflictError, EventIdConflictError, InvalidAppendError, WrongExpectedRevisionError } from '../errors.js';
import { START, comparePositions, type Position } from '../position.js';
import { newEvent } from './new-event.js';
import { ChainVerifier, GENESIS_HASH, contentHash, linkHash } from '../hash-chain.js';

/** A transaction the test holds open, to commit late on purpose (engines with client transactions only). */
export interface HeldTransaction {
  /** Takes the transaction's id now, before anything is inserted. */
  takeTransactionId(): Promise<void>;
  append(streamName: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

export interface ContractHarness {
  store: EventStore;
  heldTransactions?: { begin(): Promise<HeldTransaction> };
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Collects a subscription's events in the background. */
function collect(subscription: Subscription) {
  const events: StoredEvent[] = [];
  const checkpoints: Position[] = [];
  const done = (async () => {
    for await (const batch of subscription) {
      events.push(...batch.events);
      checkpoints.push(batch.checkpoint);
    }
  })();
  return {
    events,
    checkpoints,
    async until(predicate: () => boolean, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate()) {
        if (Date.now() > deadline) throw new Error(`subscription did not deliver in ${timeoutMs} ms (has ${events.length})`);
        await sleep(10);
      }
    },
    async stop() {
      await subscription.close();
      await done;
    },
  };
}

/**
 * Reads the global log after `after` until `count` events have come (or the time is up). Visibility waits
 * for every older transaction in the whole PostgreSQL cluster, other databases' included, so on a
 * shared server an event can take a moment to show after its commit.
 */
async function readUntil(store: EventStore, after: Position, count: number, timeoutMs = 10_000): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  const deadline = Date.now() + timeoutMs;
  for (let next = after; ;) {
    const page = await store.readAll({ after: next });
    events.push(...page.events);
    next = page.next;
    if (events.length >= count || Date.now() > deadline) return events;
    await sleep(20);
  }
}

function expectStrictlyIncreasing(positions: Position[]): void {
  for (let i = 1; i < positions.length; i++) expect(comparePositions(positions[i - 1], positions[i])).toBe(-1);
}

/** The guarantees every adapter of the EventStore port must keep. */
export function eventStoreContract(engine: string, setup: () => Promise<ContractHarness>, capabilities: { heldTransactions: boolean }): void {
  describe(`EventStore contract on ${engine}`, () => {
    let harness: ContractHarness;
    let store: EventStore;
    const stream = (label = 'case') => `${label}-${randomUUID()}`;

    beforeAll(async () => {
      harness = await setup();
      store = harness.store;
    });
    afterAll(async () => {
      await harness?.close();
    });

    describe('appending with a command claim', () => {
      it('records the claim with the events; the same claim again answers the first append, another fingerprint is refused', async () => {
        const name = stream();
        const commandId = randomUUID();
        const claim = { commandId, fingerprint: 'request-a' };
        const first = await store.append(name, [newEvent()], 'no_stream', { claim });
        expect(first).toMatchObject({ nextExpectedRevision: 0, duplicate: false });
        expect(await store.commandClaim(commandId)).toBe('request-a');
        // Decided again on a stale revision, with new event ids: still the first append's answer, nothing appended.
        const again = await store.append(name, [newEvent()], 'no_stream', { claim });
        expect(again).toMatchObject({ streamName: name, nextExpectedRevision: 0, position: first.position, duplicate: true });
        const reused = await store.append(name, [newEvent()], 0, { claim: { commandId, fingerprint: 'request-b' } }).catch((e: unknown) => e);
        expect(reused).toBeInstanceOf(CommandClaimConflictError);
        expect((await store.readStream(name)).length).toBe(1);
      });

      it('leaves no claim when the append is refused on its revision', async () => {
        const name = stream();
        await store.append(name, [newEvent()], 'no_stream');
        const commandId = randomUUID();
        const error = await store.append(name, [newEvent()], 'no_stream', { claim: { commandId, fingerprint: 'x' } }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect(await store.commandClaim(commandId)).toBeNull();
        await expect(store.append(name, [newEvent()], 0, { claim: { commandId, fingerprint: 'x' } })).resolves.toMatchObject({ duplicate: false });
      });
    });

    describe('appending with an expected revision', () => {
      it('starts a new stream at revision 0 with no_stream and stores every field', async () => {
        const name = stream();
        const events = [newEvent('CaseOpened', { channel: 'hotline' }), newEvent('VictimRegistered', { initials: 'S.W.' })];
        const result = await store.append(name, events, 'no_stream');
        expect(result).toMatchObject({ streamName: name, nextExpectedRevision: 1, duplicate: false });

        const stored = await store.readStream(name);
        expect(stored.map((e) => [e.id, e.type, e.revision])).toEqual([
          [events[0].id, 'CaseOpened', 0],
          [events[1].id, 'VictimRegistered', 1],
        ]);
        expect(stored[0].data).toEqual({ channel: 'hotline' });
        expect(stored[1].metadata).toEqual(events[1].metadata);
        expect(stored[1].streamName).toBe(name);
        expect(stored[1].recordedAt).toBeInstanceOf(Date);
        expect(comparePositions(stored[0].position, stored[1].position)).toBe(-1);
        expect(result.position).toEqual(stored[1].position);
      });

      it('rejects no_stream on an existing stream with the actual revision', async () => {
        const name = stream();
        await store.append(name, [newEvent()], 'no_stream');
        const error = await store.append(name, [newEvent()], 'no_stream').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect((error as WrongExpectedRevisionError).actual).toBe(0);
        expect(await store.readStream(name)).toHaveLength(1);
      });

      it('appends at an exact revision and rejects a stale or a future one without writing', async () => {
        const name = stream();
        await store.append(name, [newEvent(), newEvent()], 'no_stream');
        const next = await store.append(name, [newEvent()], 1);
        expect(next.nextExpectedRevision).toBe(2);

        for (const expected of [1, 0, 3, 7]) {
          const error = await store.append(name, [newEvent()], expected).catch((e: unknown) => e);
          expect(error).toBeInstanceOf(WrongExpectedRevisionError);
          expect(error).toMatchObject({ streamName: name, expected, actual: 2 });
        }
        expect((await store.readStream(name)).map((e) => e.revision)).toEqual([0, 1, 2]);
      });

      it('appends with stream_exists only when the stream has events', async () => {
        const name = stream();
        const error = await store.append(name, [newEvent()], 'stream_exists').catch((e: unknown) => e);
        expect(error).toMatchObject({ actual: -1 });
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        await store.append(name, [newEvent()], 'no_stream');
        await expect(store.append(name, [newEvent()], 'stream_exists')).resolves.toMatchObject({ nextExpectedRevision: 1 });
      });

      it('appends at the end with any, whatever the revision', async () => {
        const name = stream();
        await store.append(name, [newEvent()], 'any');
        await store.append(name, [newEvent(), newEvent()], 'any');
        expect((await store.readStream(name)).map((e) => e.revision)).toEqual([0, 1, 2]);
      });

      it('checks the expected revision of an empty append without writing', async () => {
        const name = stream();
        await expect(store.append(name, [], 'no_stream')).resolves.toMatchObject({ nextExpectedRevision: -1 });
        await store.append(name, [newEvent()], 'no_stream');
        await expect(store.append(name, [], 0)).resolves.toMatchObject({ nextExpectedRevision: 0 });
        await expect(store.append(name, [], 5)).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      });

      it('rejects malformed appends before writing anything', async () => {
        const name = stream();
        const bad: Array<[NewEvent[], ExpectedRevision]> = [
          [[{ ...newEvent(), id: 'not-a-uuid' }], 'no_stream'],
          [[{ ...newEvent(), type: '' }], 'no_stream'],
          [[{ ...newEvent(), metadata: { ...newEvent().metadata, actor: '' } }], 'no_stream'],
          [[{ ...newEvent(), metadata: { ...newEvent().metadata, occurredAt: 'yesterday' } }], 'no_stream'],
          [[{ ...newEvent(), data: null as unknown as Record<string, unknown> }], 'no_stream'],
          [[newEvent()], -1],
          [[newEvent()], 1.5],
        ];
        const twice = newEvent();
        bad.push([[twice, twice], 'no_stream']);
        for (const [events, expected] of bad) {
          await expect(store.append(name, events, expected)).rejects.toBeInstanceOf(InvalidAppendError);
        }
        await expect(store.append('', [newEvent()], 'any')).rejects.toBeInstanceOf(InvalidAppendError);
        expect(await store.readStream(name)).toEqual([]);
      });
    });

    describe('idempotent retries', () => {
      it('returns the original result and appends nothing when the same events are appended again', async () => {
        const name = stream();
        const events = [newEvent(), newEvent()];
        const first = await store.append(name, events, 'no_stream');
        for (const expected of ['no_stream', 'any', 'stream_exists', 1] as ExpectedRevision[]) {
          const retry = await store.append(name, events, expected);
          expect(retry).toEqual({ ...first, duplicate: true });
        }
        expect(await store.readStream(name)).toHaveLength(2);
      });

      it('recognises a late retry after other events were appended', async () => {
        const name = stream();
        const events = [newEvent()];
        const first = await store.append(name, events, 'no_stream');
        await store.append(name, [newEvent(), newEvent()], 0);
        await expect(store.append(name, events, 0)).resolves.toEqual({ ...first, duplicate: true });
        expect(await store.readStream(name)).toHaveLength(3);
      });

      it('refuses a batch that overlaps stored events only in part, writing nothing', async () => {
        const name = stream();
        const stored = newEvent();
        await store.append(name, [stored], 'no_stream');
        await expect(store.append(name, [stored, newEvent()], 'any')).rejects.toBeInstanceOf(EventIdConflictError);
        expect(await store.readStream(name)).toHaveLength(1);
      });

      it('lets concurrent retries of one append write it exactly once', async () => {
        const name = stream();
        await store.append(name, [newEvent()], 'no_stream');
        const events = [newEvent(), newEvent()];
        const results = await Promise.all(Array.from({ length: 8 }, () => store.append(name, events, 0)));
        expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
        expect(new Set(results.map((r) => `${r.nextExpectedRevision}/${r.position.commit}/${r.position.prepare}`)).size).toBe(1);
        expect(await store.readStream(name)).toHaveLength(3);
      });
    });

    describe('reading a stream', () => {
      let name: string;
      let all: StoredEvent[];
      beforeAll(async () => {
        name = stream();
        for (let i = 0; i < 5; i++) await store.append(name, [newEvent('Step', { i })], i === 0 ? 'no_stream' : i - 1);
        all = await store.readStream(name);
      });

      it('reads forwards from a revision, with a maximum count', async () => {
        expect(all.map((e) => e.data.i)).toEqual([0, 1, 2, 3, 4]);
        expect((await store.readStream(name, { fromRevision: 2 })).map((e) => e.revision)).toEqual([2, 3, 4]);
        expect((await store.readStream(name, { fromRevision: 1, maxCount: 2 })).map((e) => e.revision)).toEqual([1, 2]);
      });

      it('reads backwards from the end or from a revision', async () => {
        expect((await store.readStream(name, { direction: 'backwards' })).map((e) => e.revision)).toEqual([4, 3, 2, 1, 0]);
        expect((await store.readStream(name, { direction: 'backwards', fromRevision: 2, maxCount: 2 })).map((e) => e.revision)).toEqual([2, 1]);
      });

      it('reads an unknown stream as empty', async () => {
        expect(await store.readStream(stream())).toEqual([]);
      });

      it('reads only what was recorded up to a point in time, in both directions', async () => {
        const timed = stream();
        await store.append(timed, [newEvent('First')], 'no_stream');
        await sleep(50);
        await store.append(timed, [newEvent('Second')], 0);
        await sleep(50);
        await store.append(timed, [newEvent('Third')], 1);
        const [first, second, third] = await store.readStream(timed);
        expect(second.recordedAt.getTime()).toBeGreaterThan(first.recordedAt.getTime());
        const midway = new Date((second.recordedAt.getTime() + third.recordedAt.getTime()) / 2);

        expect((await store.readStream(timed, { until: first.recordedAt })).map((e) => e.type)).toEqual(['First']);
        expect((await store.readStream(timed, { until: midway })).map((e) => e.type)).toEqual(['First', 'Second']);
        expect((await store.readStream(timed, { until: midway, direction: 'backwards' })).map((e) => e.type)).toEqual(['Second', 'First']);
        expect(await store.readStream(timed, { until: new Date(first.recordedAt.getTime() - 1000) })).toEqual([]);
      });
    });

    describe('finding an event by a field of its data', () => {
      it('finds the stream whose event of a type carries an id, and nothing for another type or an unknown id', async () => {
        const referralId = randomUUID();
        const name = stream();
        await store.append(stream(), [newEvent('ReferralAccepted', { referralId })], 'no_stream');
        await store.append(name, [newEvent('CaseOpened'), newEvent('ReferralSent', { caseId: name, referralId })], 'no_stream');
        await store.append(name, [newEvent('ReferralDeclined', { referralId })], 1);

        const found = await store.findEvent({ type: 'ReferralSent', field: 'referralId', value: referralId });
        expect(found).toMatchObject({ streamName: name, type: 'ReferralSent', revision: 1, data: { caseId: name, referralId } });
        expect(await store.findEvent({ type: 'TransferRequested', field: 'referralId', value: referralId })).toBeNull();
        expect(await store.findEvent({ type: 'ReferralSent', field: 'referralId', value: randomUUID() })).toBeNull();
      });

      it('takes only plain names for the type and the field', async () => {
        await expect(store.findEvent({ type: "ReferralSent' OR '1'='1", field: 'referralId', value: 'x' })).rejects.toThrow(RangeError);
        await expect(store.findEvent({ type: 'ReferralSent', field: "referralId' --", value: 'x' })).rejects.toThrow(RangeError);
      });
    });

    describe('the global log', () => {
      it('reads events of many streams in append order, page by page', async () => {
        const prefix = `log${randomUUID().slice(0, 8)}-`;
        const streams = Array.from({ length: 10 }, (_, i) => `${prefix}${i}`);
        const appended: string[] = [];
        for (let round = 0; round < 5; round++) {
          for (const [i, name] of streams.entries()) {
            const event = newEvent(round % 2 === 0 ? 'EvenRound' : 'OddRound', { round, i });
            await store.append(name, [event], round === 0 ? 'no_stream' : round - 1);
            appended.push(event.id);
          }
        }
        const read: StoredEvent[] = [];
        let after = START;
        for (;;) {
          const page = await store.readAll({ after, maxCount: 7, filter: { streamPrefix: prefix } });
          read.push(...page.events);
          after = page.next;
          if (page.endOfLog) break;
        }
        expect(read.map((e) => e.id)).toEqual(appended);
        expectStrictlyIncreasing(read.map((e) => e.position));

        const odd = await store.readAll({ filter: { streamPrefix: prefix, eventTypes: ['OddRound'] }, maxCount: 1000 });
        expect(odd.events.map((e) => e.data.round)).toEqual(read.filter((e) => e.type === 'OddRound').map((e) => e.data.round));
        // A filtered page's checkpoint moves past the events the filter left out.
        expect(comparePositions(odd.next, read[read.length - 1].position)).toBeGreaterThanOrEqual(0);
      });

      it('reports the head of the log', async () => {
        const result = await store.append(stream(), [newEvent()], 'no_stream');
        const head = await store.headPosition();
        expect(head).not.toBeNull();
        expect(comparePositions(head!, result.position)).toBeGreaterThanOrEqual(0);
      });
    });

    describe('subscriptions', () => {
      it('catches up, then delivers live appends, with checkpoints', async () => {
        const prefix = `sub${randomUUID().slice(0, 8)}-`;
        const early = [newEvent('Early'), newEvent('Early')];
        await store.append(`${prefix}a`, early, 'no_stream');
        const sub = collect(store.subscribe({ filter: { streamPrefix: prefix } }));
        await sub.until(() => sub.events.length === 2);
        const live = [newEvent('Live')];
        await store.append(`${prefix}b`, live, 'no_stream');
        await sub.until(() => sub.events.length === 3);
        await sub.stop();
        expect(sub.events.map((e) => e.id)).toEqual([...early, ...live].map((e) => e.id));
        const last = sub.checkpoints[sub.checkpoints.length - 1];
        expect(comparePositions(last, sub.events[2].position)).toBeGreaterThanOrEqual(0);
      });

      it('resumes after a checkpoint without repeating or missing events', async () => {
        const prefix = `resume${randomUUID().slice(0, 8)}-`;
        const first = [newEvent(), newEvent(), newEvent()];
        await store.append(`${prefix}x`, first, 'no_stream');
        const one = collect(store.subscribe({ filter: { streamPrefix: prefix }, batchSize: 2 }));
        await one.until(() => one.events.length === 3);
        await one.stop();
        const checkpoint = one.events[1].position;

        const later = [newEvent()];
        await store.append(`${prefix}x`, later, 2);
        const two = collect(store.subscribe({ after: checkpoint, filter: { streamPrefix: prefix } }));
        await two.until(() => two.events.length === 2);
        await sleep(100);
        await two.stop();
        expect(two.events.map((e) => e.id)).toEqual([first[2].id, later[0].id]);
      });

      it('delivers only the event types asked for', async () => {
        const prefix = `types${randomUUID().slice(0, 8)}-`;
        const sub = collect(store.subscribe({ filter: { streamPrefix: prefix, eventTypes: ['ReferralSent'] } }));
        await store.append(`${prefix}1`, [newEvent('CaseOpened'), newEvent('ReferralSent'), newEvent('ReferralAccepted')], 'no_stream');
        await sub.until(() => sub.events.length === 1);
        await sleep(100);
        await sub.stop();
        expect(sub.events.map((e) => e.type)).toEqual(['ReferralSent']);
      });
    });

    describe('hash chain', () => {
      const verify = (events: readonly StoredEvent[]) => {
        const verifier = new ChainVerifier(events[0].streamName);
        return events.map((e) => verifier.check(e)).find((broken) => broken !== null) ?? null;
      };

      it('links every event to the one before it, whichever way it was appended', async () => {
        const name = stream();
        await store.append(name, [newEvent('A'), newEvent('B', { n: 1 }), newEvent('C')], 'no_stream');
        await store.append(name, [newEvent('D', { nested: { z: 1, a: [1, 'två', null] } })], 2);
        await store.append(name, [newEvent('E'), newEvent('F')], 'stream_exists');
        await store.append(name, [newEvent('G')], 'any');
        const events = await store.readStream(name);

        expect(events).toHaveLength(7);
        expect(new Set(events.map((e) => e.hash)).size).toBe(7);
        for (const e of events) expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
        expect(verify(events)).toBeNull();
        // Recomputed from the content alone, from the zero hash on: nothing but the stored fields goes in.
        let link = GENESIS_HASH;
        for (const e of events) link = linkHash(link, contentHash(e), e.revision, e.recordedAt);
        expect(link.toString('hex')).toBe(events[6].hash);
      });

      it('names the first event whose content no longer matches its link', async () => {
        const name = stream();
        await store.append(name, [newEvent('A'), newEvent('B', { amount: 10 }), newEvent('C')], 'no_stream');
        const events = await store.readStream(name);
        const altered = events.map((e) => (e.revision === 1 ? { ...e, data: { amount: 11 } } : e));

        expect(verify(altered)).toEqual({
          streamName: name,
          revision: 1,
          reason: 'hash_mismatch',
          expectedHash: expect.stringMatching(/^[0-9a-f]{64}$/),
          foundHash: events[1].hash,
        });
        expect(verify(events.filter((e) => e.revision !== 1))).toMatchObject({ revision: 1, reason: 'missing_event' });
      });

      it('keeps one chain when retries and any-appends race', async () => {
        const name = stream('chainrace');
        await store.append(name, [newEvent('Start')], 'no_stream');
        const retried = [newEvent('Once'), newEvent('Twice')];
        await Promise.all([
          ...Array.from({ length: 8 }, (_, i) => store.append(name, [newEvent('Any', { i })], 'any')),
          store.append(name, retried, 'any'),
          store.append(name, retried, 'any'),
        ]);
        const events = await store.readStream(name);

        expect(events).toHaveLength(11);
        expect(verify(events)).toBeNull();
      });

      it('lists every stream head with the hash of its last event', async () => {
        const a = stream('heads');
        const b = stream('heads');
        await store.append(a, [newEvent('A'), newEvent('B')], 'no_stream');
        await store.append(b, [newEvent('C')], 'no_stream');
        const [lastA] = await store.readStream(a, { direction: 'backwards', maxCount: 1 });
        const [lastB] = await store.readStream(b, { direction: 'backwards', maxCount: 1 });
        const heads = await store.streamHeads();

        const names = heads.map((h) => h.streamName);
        expect(names).toEqual([...names].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
        expect(heads.find((h) => h.streamName === a)).toEqual({ streamName: a, revision: 1, hash: lastA.hash, position: lastA.position });
        expect(heads.find((h) => h.streamName === b)).toEqual({ streamName: b, revision: 0, hash: lastB.hash, position: lastB.position });
      });
    });

    describe('concurrency', () => {
      it('16 writers racing on one stream for 200 appends: each revision written once, every loser told', async () => {
        const name = stream('race');
        const target = 200;
        const winners: Array<{ id: string; revision: number }> = [];
        let losers = 0;
        const unexpected: unknown[] = [];
        const writer = async () => {
          while (winners.length < target) {
            const [last] = await store.readStream(name, { direction: 'backwards', maxCount: 1 });
            if (winners.length >= target) return;
            const event = newEvent('Raced');
            try {
              const result = await store.append(name, [event], last ? last.revision : 'no_stream');
              winners.push({ id: event.id, revision: result.nextExpectedRevision });
            } catch (error) {
              if (error instanceof WrongExpectedRevisionError) losers++;
              else unexpected.push(error);
            }
          }
        };
        await Promise.all(Array.from({ length: 16 }, writer));

        expect(unexpected).toEqual([]);
        const stored = await store.readStream(name);
        expect(stored.map((e) => e.revision)).toEqual(stored.map((_, i) => i));
        expect(stored.length).toBe(winners.length);
        expect(stored.length).toBeGreaterThanOrEqual(target);
        const byRevision = new Map(winners.map((w) => [w.revision, w.id]));
        expect(byRevision.size).toBe(winners.length);
        for (const event of stored) expect(byRevision.get(event.revision)).toBe(event.id);
        expect(losers).toBeGreaterThan(0);
        const verifier = new ChainVerifier(name);
        expect(stored.map((e) => verifier.check(e)).filter((broken) => broken !== null)).toEqual([]);
      });

      it('16 writers on 16 streams while a subscriber reads the log: every event once, in order, no gaps', async () => {
        const prefix = `many${randomUUID().slice(0, 8)}-`;
        const sub = collect(store.subscribe({ filter: { streamPrefix: prefix }, batchSize: 50 }));
        const perWriter = 25;
        const held = harness.heldTransactions;
        const written: string[] = [];
        const writer = async (w: number) => {
          let revision: ExpectedRevision = 'no_stream';
          for (let i = 0; i < perWriter; i++) {
            const event = newEvent('Written', { w, i });
            // Every fifth append of the even writers commits late, after others that started later.
            if (held && w % 2 === 0 && i % 5 === 0) {
              const tx = await held.begin();
              const result = await tx.append(`${prefix}${w}`, [event], revision);
              await sleep(5 + ((w * 7 + i) % 20));
              await tx.commit();
              revision = result.nextExpectedRevision;
            } else {
              revision = (await store.append(`${prefix}${w}`, [event], revision)).nextExpectedRevision;
            }
            written.push(event.id);
          }
        };
        await Promise.all(Array.from({ length: 16 }, (_, w) => writer(w)));
        await sub.until(() => sub.events.length >= 16 * perWriter, 20_000);
        await sleep(200);
        await sub.stop();

        const ids = sub.events.map((e) => e.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length).toBe(written.length);
        expect(new Set(ids)).toEqual(new Set(written));
        expectStrictlyIncreasing(sub.events.map((e) => e.position));
        const log = await store.readAll({ filter: { streamPrefix: prefix }, maxCount: 10_000 });
        expect(log.events.map((e) => e.id)).toEqual(ids);
      });
    });

    const heldIt = (title: string, fn: (held: NonNullable<ContractHarness['heldTransactions']>) => Promise<void>) =>
      capabilities.heldTransactions
        ? it(title, () => fn(harness.heldTransactions!))
        : it.skip(`${title} (skipped: this engine has no client transactions to hold open; it assigns log positions at commit)`, () => undefined);

    describe('gap races on the global log', () => {
      heldIt('S1: A takes a position first but commits after B; a reader in between misses neither', async (held) => {
        const start = (await store.headPosition()) ?? START;
        const a = await held.begin();
        const eventA = newEvent('A');
        const resultA = await a.append(stream('s1a'), [eventA], 'no_stream');
        const eventB = newEvent('B');
        const resultB = await store.append(stream('s1b'), [eventB], 'no_stream');
        expect(resultA.position.prepare).toBeLessThan(resultB.position.prepare);

        const sub = collect(store.subscribe({ after: start }));
        const before = await store.readAll({ after: start });
        await sleep(150);
        await a.commit();
        const after = await readUntil(store, before.next, 2 - before.events.length);
        await sub.until(() => sub.events.length >= 2);
        await sub.stop();

        const seen = [...before.events, ...after].map((e) => e.id);
        expect(seen.sort()).toEqual([eventA.id, eventB.id].sort());
        expect(sub.events.map((e) => e.id).sort()).toEqual([eventA.id, eventB.id].sort());
      });

      heldIt('S2: A gets its transaction id first, B inserts and commits, then A inserts; both are read', async (held) => {
        const start = (await store.headPosition()) ?? START;
        const a = await held.begin();
        await a.takeTransactionId();
        const eventB = newEvent('B');
        const resultB = await store.append(stream('s2b'), [eventB], 'no_stream');

        const sub = collect(store.subscribe({ after: start }));
        const before = await store.readAll({ after: start });
        await sleep(150);
        const eventA = newEvent('A');
        const resultA = await a.append(stream('s2a'), [eventA], 'no_stream');
        expect(resultA.position.prepare).toBeGreaterThan(resultB.position.prepare);
        await a.commit();
        const after = await readUntil(store, before.next, 2 - before.events.length);
        await sub.until(() => sub.events.length >= 2);
        await sub.stop();

        const seen = [...before.events, ...after].map((e) => e.id);
        expect(seen.sort()).toEqual([eventA.id, eventB.id].sort());
        expect(sub.events.map((e) => e.id).sort()).toEqual([eventA.id, eventB.id].sort());
      });

      heldIt('a rolled-back append leaves no event and does not stall readers', async (held) => {
        const start = (await store.headPosition()) ?? START;
        const a = await held.begin();
        await a.append(stream('rolled'), [newEvent('Never')], 'no_stream');
        const eventB = newEvent('B');
        await store.append(stream('kept'), [eventB], 'no_stream');
        expect((await store.readAll({ after: start })).events).toEqual([]);
        await a.rollback();
        expect((await readUntil(store, start, 1)).map((e) => e.id)).toEqual([eventB.id]);
      });
    });
  });
}
