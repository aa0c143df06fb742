import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { caseStreamName, foldCase, initialState, type Actor, type CaseCommand } from '@rujukan/domain';
import { GENESIS_HASH, contentHash, linkHash, PostgresEventStore, type StoredEvent } from '@rujukan/event-store';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { toCaseEvent } from '../case-state-cache.js';
import { executeCaseCommand } from '../execute-case-command.js';
import { ed25519SignerFromSeed } from './anchor-signer.js';
import { ANCHOR_STREAM, recordAnchor, replayAnchors } from './anchors.js';
import { caseDiff, caseHistory, caseStateAt } from './case-history.js';
import { verifyCase, verifyStore, type SeenHead, type StreamWitness } from './verification.js';
import { DIRECTORY as FIXTURE_DIRECTORY } from '../../../domain/src/testing/fixtures.js';
import { InMemoryAgencyDirectory as FixtureDirectory } from '../agency-directory.js';

const directory = new FixtureDirectory(Object.values(FIXTURE_DIRECTORY));

const caseworker: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: 'UPTD-PPA-64' };
const supervisor: Actor = { userId: 'spv-kaltim', role: 'supervisor', agency: 'UPTD-PPA-64' };
const signer = ed25519SignerFromSeed(Buffer.alloc(32, 7));
const stranger = ed25519SignerFromSeed(Buffer.alloc(32, 9));
const trusted = [signer.publicKey];

interface Fixture {
  database: TestDatabase;
  store: PostgresEventStore;
  sql: pg.Client;
}

async function fixture(): Promise<Fixture> {
  const database = await createTestDatabase();
  const store = new PostgresEventStore({ connectionString: database.url });
  const sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
  return { database, store, sql };
}

async function release(f: Fixture | undefined): Promise<void> {
  await f?.sql.end();
  await f?.store.close();
  await f?.database.drop();
}

async function run(store: PostgresEventStore, actor: Actor, type: string, data: Record<string, unknown>) {
  const now = new Date().toISOString();
  const command = { type, data, metadata: { actor, now } } as CaseCommand;
  return executeCaseCommand(store, directory, command, { actor, commandId: randomUUID(), correlationId: randomUUID(), now });
}

/** A case of `1 + 2 × pairs (+1)` events: opened, then referrals sent and withdrawn. */
async function caseWithEvents(store: PostgresEventStore, count: number): Promise<string> {
  const caseId = randomUUID();
  await run(store, caseworker, 'OpenCase', { caseId, channel: 'port', reporterType: 'government_agency', districtCode: '6503' });
  for (let written = 1; written < count;) {
    const referralId = randomUUID();
    await run(store, caseworker, 'SendReferral', {
      caseId,
      referralId,
      toAgency: written % 4 === 1 ? 'POLDA-KALTIM' : 'DINSOS-6471',
      service: written % 4 === 1 ? 'law_enforcement' : 'shelter',
      reason: `referral ${written}`,
      responseDeadline: new Date(Date.now() + 86_400_000).toISOString(),
      sharesIdentity: false,
    });
    written++;
    if (written < count) {
      await run(store, supervisor, 'WithdrawReferral', { caseId, referralId, reason: `withdrawn ${written}` });
      written++;
    }
  }
  return caseId;
}

const fold = (events: readonly StoredEvent[]) => foldCase(events.map(toCaseEvent), initialState);

describe('auditing a case', () => {
  let f: Fixture;
  let caseId: string;
  let events: StoredEvent[];

  beforeAll(async () => {
    f = await fixture();
    caseId = await caseWithEvents(f.store, 50);
    events = await f.store.readStream(caseStreamName(caseId));
  });
  afterAll(() => release(f));

  it('time travel: the state at every revision of a 50-event case is the fold of its prefix', async () => {
    expect(events).toHaveLength(50);
    for (const event of events) {
      const asOf = await caseStateAt(f.store, caseId, { revision: event.revision });
      expect(asOf.revision).toBe(event.revision);
      expect(asOf.eventCount).toBe(event.revision + 1);
      expect(asOf.state).toEqual(fold(events.slice(0, event.revision + 1)));
    }
  });

  it('time travel by time: the state at each event’s recorded time folds every event recorded by then', async () => {
    for (const event of events) {
      const asOf = await caseStateAt(f.store, caseId, { at: event.recordedAt });
      const upTo = events.filter((e) => e.recordedAt <= event.recordedAt);
      expect(asOf.revision).toBe(upTo.at(-1)!.revision);
      expect(asOf.state).toEqual(fold(upTo));
    }
    const before = await caseStateAt(f.store, caseId, { at: new Date(events[0].recordedAt.getTime() - 1) });
    expect(before).toMatchObject({ revision: -1, eventCount: 0, state: { exists: false } });
  });

  it('diff: the changes between two revisions and the events that made them', async () => {
    const diff = await caseDiff(f.store, caseId, { revision: 0 }, { revision: 2 });
    expect(diff.events.map((e) => [e.revision, e.type])).toEqual([
      [1, 'ReferralSent'],
      [2, 'ReferralWithdrawn'],
    ]);
    const referralId = (events[1].data as { referralId: string }).referralId;
    expect(diff.changes).toEqual(expect.arrayContaining([expect.objectContaining({ op: 'add', path: `/referrals/${referralId}` })]));
    const none = await caseDiff(f.store, caseId, { revision: 5 }, { revision: 5 });
    expect(none.changes).toEqual([]);
    expect(none.events).toEqual([]);
  });

  it('diff: a sealed value that changes is replaced whole, so its ciphertext never travels as a bare string', async () => {
    const sealedCase = randomUUID();
    const sealed = (text: string) => ({ $sealed: `v1.${'A'.repeat(16)}.${Buffer.from(text).toString('base64url')}.${'B'.repeat(22)}` });
    await run(f.store, caseworker, 'OpenCase', { caseId: sealedCase, channel: 'port', reporterType: 'government_agency', districtCode: '6503' });
    await run(f.store, caseworker, 'RegisterVictim', {
      caseId: sealedCase,
      initials: 'SR',
      sex: 'female',
      birthYear: 2001,
      isChild: false,
      nationality: 'ID',
      originProvinceCode: '35',
      originDistrictCode: '3509',
    });
    await run(f.store, caseworker, 'RecordConsent', { caseId: sealedCase, consentId: 'c-1', scope: 'process', evidenceRef: sealed('form one') });
    const first = await run(f.store, caseworker, 'RequestClosure', { caseId: sealedCase, reason: 'lost_contact', note: sealed('first note') });
    await run(f.store, supervisor, 'RejectClosure', { caseId: sealedCase, reason: sealed('try again') });
    const second = await run(f.store, caseworker, 'RequestClosure', { caseId: sealedCase, reason: 'lost_contact', note: sealed('second note') });
    const diff = await caseDiff(f.store, sealedCase, { revision: first.revision }, { revision: second.revision });
    expect(diff.changes.filter((change) => change.path.includes('$sealed'))).toEqual([]);
    expect(diff.changes).toEqual(expect.arrayContaining([{ op: 'replace', path: '/closureRequest/note', value: sealed('second note') }]));
  });

  it('history: every event with its metadata, filtered by type and actor, paged by revision', async () => {
    const page1 = await caseHistory(f.store, caseId, { limit: 20 });
    expect(page1!.events.map((e) => e.revision)).toEqual([...Array(20).keys()]);
    expect(page1!.nextAfterRevision).toBe(19);
    expect(page1!.events[0]).toEqual({
      revision: 0,
      position: expect.stringMatching(/^\d+-\d+$/),
      eventId: events[0].id,
      type: 'CaseOpened',
      recordedAt: events[0].recordedAt.toISOString(),
      occurredAt: events[0].metadata.occurredAt,
      actor: 'cw-kaltim',
      role: 'caseworker',
      agency: 'UPTD-PPA-64',
      correlationId: events[0].metadata.correlationId,
      causationId: null,
      commandId: events[0].metadata.commandId,
      data: events[0].data,
      hash: events[0].hash,
    });
    const page3 = await caseHistory(f.store, caseId, { limit: 20, afterRevision: 39 });
    expect(page3!.events.map((e) => e.revision)).toEqual([...Array(10).keys()].map((i) => 40 + i));
    expect(page3!.nextAfterRevision).toBeNull();

    const withdrawals = await caseHistory(f.store, caseId, { limit: 100, types: ['ReferralWithdrawn'], actor: 'spv-kaltim' });
    expect(withdrawals!.events).toHaveLength(24);
    const byCaseworker = await caseHistory(f.store, caseId, { limit: 100, types: ['ReferralWithdrawn'], actor: 'cw-kaltim' });
    expect(byCaseworker!.events).toEqual([]);
    const window = await caseHistory(f.store, caseId, { limit: 100, from: events[10].recordedAt, to: events[10].recordedAt });
    expect(window!.events.map((e) => e.revision)).toContain(10);
    expect(window!.events.every((e) => e.recordedAt === events[10].recordedAt.toISOString())).toBe(true);
    expect(await caseHistory(f.store, randomUUID(), { limit: 10 })).toBeNull();
  });
});

describe('verifying the record', () => {
  let f: Fixture | undefined;
  beforeEach(async () => {
    f = await fixture();
  });
  afterEach(async () => {
    await release(f);
    f = undefined;
  });

  const storedHash = async (caseId: string, revision: number) =>
    (await f!.sql.query(`SELECT encode(hash, 'hex') AS h FROM events WHERE stream_name = $1 AND revision = $2`, [caseStreamName(caseId), revision])).rows[0]
      .h as string;

  it('passes on an untouched store, with every anchor signed by a trusted key', async () => {
    const a = await caseWithEvents(f!.store, 7);
    await caseWithEvents(f!.store, 4);
    expect(await recordAnchor(f!.store, signer, new Date())).toMatchObject({ recorded: true, streamCount: 2, changedStreams: 2 });
    await run(f!.store, caseworker, 'SendReferral', {
      caseId: a,
      referralId: randomUUID(),
      toAgency: 'POLDA-KALTIM',
      service: 'law_enforcement',
      reason: 'after the anchor',
      responseDeadline: new Date(Date.now() + 86_400_000).toISOString(),
      sharesIdentity: false,
    });
    expect(await recordAnchor(f!.store, signer, new Date())).toMatchObject({ recorded: true, streamCount: 2, changedStreams: 1 });

    const all = await verifyStore(f!.store, trusted);
    expect(all).toMatchObject({ ok: true, streams: 3, events: 7 + 4 + 1 + 4, broken: [] });
    expect(all.anchors).toMatchObject({ ok: true, count: 2, failing: [] });
    const one = await verifyCase(f!.store, a, trusted);
    expect(one).toMatchObject({ ok: true, verifiedEvents: 8, broken: null, anchored: { revision: 7, holds: true } });
  });

  it('after an UPDATE of one event in SQL, names the stream, the revision and the expected and found hash', async () => {
    const caseId = await caseWithEvents(f!.store, 9);
    const found = await storedHash(caseId, 4);
    await f!.sql.query(`UPDATE events SET data = jsonb_set(data, '{reason}', '"edited"') WHERE stream_name = $1 AND revision = 4`, [caseStreamName(caseId)]);
    const [edited] = await f!.store.readStream(caseStreamName(caseId), { fromRevision: 4, maxCount: 1 });
    const expected = linkHash(Buffer.from(await storedHash(caseId, 3), 'hex'), contentHash(edited), 4, edited.recordedAt).toString('hex');

    const result = await verifyCase(f!.store, caseId, trusted);
    expect(result.ok).toBe(false);
    expect(result.broken).toEqual({ streamName: caseStreamName(caseId), revision: 4, reason: 'hash_mismatch', expectedHash: expected, foundHash: found });
    expect(result.verifiedEvents).toBe(4);
    const all = await verifyStore(f!.store, trusted);
    expect(all.ok).toBe(false);
    expect(all.broken).toEqual([result.broken]);
  });

  it('after a DELETE of one event in SQL, names the missing revision', async () => {
    const caseId = await caseWithEvents(f!.store, 6);
    await f!.sql.query(`DELETE FROM events WHERE stream_name = $1 AND revision = 2`, [caseStreamName(caseId)]);
    const result = await verifyCase(f!.store, caseId, trusted);
    expect(result.broken).toEqual({ streamName: caseStreamName(caseId), revision: 2, reason: 'missing_event', expectedHash: null, foundHash: null });
  });

  it('after a rewrite that recomputes the whole chain, the anchor signed before it names the first changed revision', async () => {
    const caseId = await caseWithEvents(f!.store, 5);
    await recordAnchor(f!.store, signer, new Date());
    const anchored = await storedHash(caseId, 4);
    const stream = caseStreamName(caseId);
    await f!.sql.query(`UPDATE events SET metadata = jsonb_set(metadata, '{actor}', '"someone-else"') WHERE stream_name = $1 AND revision = 2`, [stream]);
    // The forger relinks every event after the edit, as anyone who knows the algorithm can.
    let previous = GENESIS_HASH;
    for (const e of await f!.store.readStream(stream)) {
      previous = linkHash(previous, contentHash(e), e.revision, e.recordedAt);
      await f!.sql.query(`UPDATE events SET hash = $3 WHERE stream_name = $1 AND revision = $2`, [stream, e.revision, previous]);
    }

    const result = await verifyCase(f!.store, caseId, trusted);
    expect(result.ok).toBe(false);
    expect(result.broken).toEqual({ streamName: stream, revision: 4, reason: 'anchor_mismatch', expectedHash: anchored, foundHash: previous.toString('hex') });
  });

  it('a stream deleted in SQL is caught by the anchor', async () => {
    const kept = await caseWithEvents(f!.store, 3);
    const gone = await caseWithEvents(f!.store, 4);
    await recordAnchor(f!.store, signer, new Date());
    await f!.sql.query(`DELETE FROM events WHERE stream_name = $1`, [caseStreamName(gone)]);

    const all = await verifyStore(f!.store, trusted);
    expect(all.ok).toBe(false);
    expect(all.broken).toEqual([{ streamName: caseStreamName(gone), revision: 0, reason: 'missing_stream', expectedHash: null, foundHash: null }]);
    expect((await verifyCase(f!.store, kept, trusted)).ok).toBe(true);
    expect((await verifyCase(f!.store, gone, trusted)).broken).toMatchObject({ reason: 'missing_stream' });
  });

  it('an anchor edited in SQL, or signed by a key the server does not trust, fails', async () => {
    await caseWithEvents(f!.store, 3);
    await recordAnchor(f!.store, stranger, new Date());
    expect((await verifyStore(f!.store, trusted)).anchors).toMatchObject({ ok: false, failing: [{ trusted: false, signatureValid: true, rootMatches: true }] });
    expect((await verifyStore(f!.store, [stranger.publicKey])).ok).toBe(true);

    await f!.sql.query(`UPDATE events SET data = jsonb_set(data, '{streamCount}', '5') WHERE stream_name = $1 AND type = 'AnchorSigned'`, [ANCHOR_STREAM]);
    const after = await verifyStore(f!.store, [stranger.publicKey]);
    expect(after.anchors.ok).toBe(false);
    expect(after.anchors.failing).toMatchObject([{ signatureValid: false, rootMatches: false }]);
    expect(after.anchors.chain.broken).toMatchObject({ streamName: ANCHOR_STREAM, reason: 'hash_mismatch' });
  });

  it('a daily anchor is appended once per day, however many processes race for it', async () => {
    await caseWithEvents(f!.store, 3);
    const day = new Date('2026-11-23T10:00:00Z');
    const outcomes = await Promise.all(Array.from({ length: 4 }, () => recordAnchor(f!.store, signer, day, { daily: true })));
    expect(outcomes.filter((o) => o.recorded)).toHaveLength(1);
    expect((await recordAnchor(f!.store, signer, new Date('2026-11-23T23:59:00Z'), { daily: true })).recorded).toBe(false);
    expect((await recordAnchor(f!.store, signer, new Date('2026-11-24T00:01:00Z'), { daily: true })).recorded).toBe(true);
    const replay = await replayAnchors(f!.store, trusted);
    expect(replay.anchors.map((a) => a.date)).toEqual(['2026-11-23', '2026-11-24']);
    expect(replay.events.map((e) => e.type)).toEqual(['AnchorHeadsRecorded', 'AnchorSigned', 'AnchorSigned']);
    expect(replay.anchors.every((a) => a.rootMatches && a.signatureValid && a.trusted)).toBe(true);
  });

  it('on an interval, anchors the heads that moved since the last anchor, once per interval however many processes race', async () => {
    const a = await caseWithEvents(f!.store, 3);
    const every = 5 * 60_000;
    const at = (time: string) => new Date(`2026-11-23T${time}Z`);
    expect(await recordAnchor(f!.store, signer, at('10:00:00'), { daily: true, everyMs: every })).toMatchObject({
      recorded: true,
      kind: 'daily',
      changedStreams: 1,
    });
    expect(await recordAnchor(f!.store, signer, at('10:05:00'), { daily: true, everyMs: every })).toMatchObject({ recorded: false, kind: 'interval' });
    await run(f!.store, supervisor, 'RequestClosure', { caseId: a, reason: 'lost_contact' });
    const b = await caseWithEvents(f!.store, 3);
    const racing = await Promise.all(Array.from({ length: 4 }, () => recordAnchor(f!.store, signer, at('10:07:00'), { daily: true, everyMs: every })));
    expect(racing.filter((o) => o.recorded)).toEqual([
      expect.objectContaining({ kind: 'interval', changedStreams: 2, streamCount: 2, root: expect.stringMatching(/^[0-9a-f]{64}$/) }),
    ]);
    expect((await recordAnchor(f!.store, signer, at('10:08:00'), { daily: true, everyMs: every })).recorded).toBe(false);

    // Replaying from an earlier replay reads only what follows it, and ends where a whole replay does.
    const first = await replayAnchors(f!.store, trusted);
    await run(f!.store, supervisor, 'RequestClosure', { caseId: b, reason: 'lost_contact' });
    const next = await recordAnchor(f!.store, signer, at('10:11:00'), { daily: true, everyMs: every, replay: first });
    expect(next).toMatchObject({ recorded: true, kind: 'interval', changedStreams: 1 });
    const whole = await replayAnchors(f!.store, trusted);
    const continued = await replayAnchors(f!.store, trusted, first);
    expect(continued.events).toHaveLength(2);
    expect({ heads: continued.heads, latest: continued.latest, lastRevision: continued.lastRevision, lastRoot: continued.lastRoot }).toEqual({
      heads: whole.heads,
      latest: whole.latest,
      lastRevision: whole.lastRevision,
      lastRoot: whole.lastRoot,
    });
    expect(whole.anchors.map((x) => x.rootMatches && x.signatureValid && x.trusted)).toEqual([true, true, true]);

    // A tail deleted after the interval anchor is named by it, as the daily one would only have the next day; the
    // anchors after it never sign the shortened stream over.
    await f!.sql.query(`DELETE FROM events WHERE stream_name = $1 AND revision >= 3`, [caseStreamName(a)]);
    const later = await recordAnchor(f!.store, signer, at('10:16:00'), { daily: true, everyMs: every });
    expect(later).toMatchObject({ recorded: false, diverged: [caseStreamName(a)] });
    await run(f!.store, supervisor, 'ReopenCase', { caseId: b, reason: 'she called again', stage: 'intake' }).catch(() => undefined);
    expect((await recordAnchor(f!.store, signer, at('10:21:00'), { daily: true, everyMs: every })).diverged).toEqual([caseStreamName(a)]);
    expect((await verifyCase(f!.store, a, trusted)).broken).toEqual({
      streamName: caseStreamName(a),
      revision: 3,
      reason: 'missing_tail',
      expectedHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      foundHash: null,
    });
  });

  it('names a cut tail or a deleted stream that no anchor has seen yet, from how far the read side saw it', async () => {
    const cut = await caseWithEvents(f!.store, 6);
    const gone = await caseWithEvents(f!.store, 3);
    const whole = await caseWithEvents(f!.store, 4);
    const seen = new Map<string, SeenHead>([
      [caseStreamName(cut), { revision: 5, source: 'rm_case_summaries' }],
      [caseStreamName(gone), { revision: 0, source: 'access_log' }],
      [caseStreamName(whole), { revision: 3, source: 'rm_case_timeline' }],
    ]);
    const witness: StreamWitness = { seen: async (names) => (names ? new Map([...seen].filter(([name]) => names.includes(name))) : seen) };
    expect((await verifyStore(f!.store, trusted, undefined, witness)).ok).toBe(true);

    await f!.sql.query(`DELETE FROM events WHERE stream_name = $1 AND revision >= 4`, [caseStreamName(cut)]);
    await f!.sql.query(`DELETE FROM events WHERE stream_name = $1`, [caseStreamName(gone)]);
    // Without an anchor and without the read side, nothing shows.
    expect((await verifyStore(f!.store, trusted)).ok).toBe(true);

    const all = await verifyStore(f!.store, trusted, undefined, witness);
    expect(all.ok).toBe(false);
    expect(all.broken).toEqual(
      [
        {
          streamName: caseStreamName(cut),
          revision: 4,
          reason: 'missing_tail',
          expectedHash: null,
          foundHash: null,
          seenBy: { revision: 5, source: 'rm_case_summaries' },
        },
        {
          streamName: caseStreamName(gone),
          revision: 0,
          reason: 'missing_stream',
          expectedHash: null,
          foundHash: null,
          seenBy: { revision: 0, source: 'access_log' },
        },
      ].sort((x, y) => (x.streamName < y.streamName ? -1 : 1)),
    );
    expect(await verifyCase(f!.store, gone, trusted, witness)).toMatchObject({ ok: false, verifiedEvents: 0, broken: { reason: 'missing_stream' } });
    expect(await verifyCase(f!.store, whole, trusted, witness)).toMatchObject({ ok: true, seen: { revision: 3, source: 'rm_case_timeline' } });
  });
});
