import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { caseStreamName, foldCase, isDomainError, type Actor, type CaseCommand, type CaseEvent } from '@rujukan/domain';
import { PostgresEventStore } from '@rujukan/event-store';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { CaseStateCache } from './case-state-cache.js';
import { ConcurrentUpdateError, executeCaseCommand } from './execute-case-command.js';
import { DIRECTORY as FIXTURE_DIRECTORY } from '../../domain/src/testing/fixtures.js';
import { InMemoryAgencyDirectory as FixtureDirectory } from './agency-directory.js';

const directory = new FixtureDirectory(Object.values(FIXTURE_DIRECTORY));

const caseworker: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: 'UPTD-PPA-64' };
const police: Actor = { userId: 'pol-kaltim', role: 'police_investigator', agency: 'POLDA-KALTIM' };
const NOW = '2026-03-03T08:00:00.000Z';

/** A PostgreSQL store that counts the stream reads the command path makes. */
class CountingStore extends PostgresEventStore {
  reads = 0;
  override async readStream(...args: Parameters<PostgresEventStore['readStream']>) {
    this.reads++;
    return super.readStream(...args);
  }
}

describe('executeCaseCommand with a cache of case states', () => {
  let database: TestDatabase;
  let store: CountingStore;

  beforeAll(async () => {
    database = await createTestDatabase();
    store = new CountingStore({ connectionString: database.url });
  });
  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  function run(
    cache: CaseStateCache | undefined,
    actor: Actor,
    type: string,
    data: Record<string, unknown>,
    options: { commandId?: string; expectedRevision?: number } = {},
  ) {
    const command = { type, data, metadata: { actor, now: NOW } } as CaseCommand;
    return executeCaseCommand(
      store,
      directory,
      command,
      { actor, commandId: options.commandId ?? randomUUID(), correlationId: randomUUID(), now: NOW, expectedRevision: options.expectedRevision },
      cache,
    );
  }

  async function openWithReferral(cache: CaseStateCache) {
    const caseId = randomUUID();
    const referralId = randomUUID();
    await run(cache, caseworker, 'OpenCase', { caseId, channel: 'port', reporterType: 'government_agency', districtCode: '6503' });
    await run(cache, caseworker, 'SendReferral', {
      caseId,
      referralId,
      toAgency: 'POLDA-KALTIM',
      service: 'law_enforcement',
      reason: 'report the recruiter',
      responseDeadline: '2026-03-10T08:00:00.000Z',
      sharesIdentity: false,
    });
    return { caseId, referralId };
  }

  const stored = (caseId: string) => store.readStream(caseStreamName(caseId));

  it('does not read a case again that this process decided last', async () => {
    const cache = new CaseStateCache();
    const { caseId, referralId } = await openWithReferral(cache);
    const before = store.reads;
    const result = await run(cache, police, 'AcceptReferral', { caseId, referralId });
    expect(store.reads - before).toBe(0);
    expect(result.revision).toBe(2);
    // What the cache holds is the fold of what the stream holds.
    const events = await stored(caseId);
    expect(cache.get(caseStreamName(caseId))?.state).toEqual(foldCase(events.map((e) => ({ type: e.type, data: e.data }) as CaseEvent)));
    expect(cache.get(caseStreamName(caseId))?.revision).toBe(2);
  });

  it('decides on what another process appended, never on its own stale copy', async () => {
    const a = new CaseStateCache();
    const b = new CaseStateCache();
    const { caseId, referralId } = await openWithReferral(a);
    await run(b, police, 'AcceptReferral', { caseId, referralId });
    // a still holds the referral as sent: decided on that, a second accept would pass. It must be refused.
    const error = await run(a, police, 'AcceptReferral', { caseId, referralId }).catch((e: unknown) => e);
    expect(isDomainError(error)).toBe(true);
    expect((await stored(caseId)).filter((e) => e.type === 'ReferralAccepted')).toHaveLength(1);
    // After that read a knows the stream as it is, and the next command appends on top of b's.
    expect(a.get(caseStreamName(caseId))?.revision).toBe(2);
    const completed = await run(a, police, 'CompleteReferral', { caseId, referralId, outcome: 'successful' }).catch((e: unknown) => e);
    if (isDomainError(completed)) throw completed;
    expect((await stored(caseId)).map((e) => e.revision)).toEqual([0, 1, 2, 3]);
  });

  it('appends a command on a stale copy on top of the other process, with no lost update and no conflict for the client', async () => {
    const a = new CaseStateCache();
    const b = new CaseStateCache();
    const { caseId } = await openWithReferral(a);
    await run(b, caseworker, 'SendReferral', {
      caseId,
      referralId: randomUUID(),
      toAgency: 'RSUD-6471',
      service: 'health',
      reason: 'injuries',
      responseDeadline: '2026-03-04T08:00:00.000Z',
      sharesIdentity: false,
    });
    const result = await run(a, caseworker, 'SendReferral', {
      caseId,
      referralId: randomUUID(),
      toAgency: 'DINSOS-6471',
      service: 'psychosocial',
      reason: 'counselling',
      responseDeadline: '2026-03-10T08:00:00.000Z',
      sharesIdentity: false,
    });
    expect(result.revision).toBe(3);
    expect((await stored(caseId)).filter((e) => e.type === 'ReferralSent')).toHaveLength(3);
  });

  it('answers a retried command from the stream when another process appended it, appending nothing', async () => {
    const a = new CaseStateCache();
    const b = new CaseStateCache();
    const { caseId, referralId } = await openWithReferral(a);
    const commandId = randomUUID();
    const first = await run(b, police, 'AcceptReferral', { caseId, referralId }, { commandId });
    const retried = await run(a, police, 'AcceptReferral', { caseId, referralId }, { commandId });
    expect(retried).toEqual({ ...first, replayed: true });
    expect(await stored(caseId)).toHaveLength(3);
  });

  it("reads past its copy when the client's If-Match is newer, and refuses an If-Match the stream has moved past", async () => {
    const a = new CaseStateCache();
    const b = new CaseStateCache();
    const { caseId, referralId } = await openWithReferral(a);
    await run(b, police, 'AcceptReferral', { caseId, referralId });
    // The client saw revision 2 (from b); a holds revision 1.
    const completed = await run(a, police, 'CompleteReferral', { caseId, referralId, outcome: 'successful' }, { expectedRevision: 2 });
    expect(completed.revision).toBe(3);
    // b holds revision 2, and the client saw 2 too: the append finds the stream at 3.
    const stale = await run(
      b,
      caseworker,
      'SendReferral',
      {
        caseId,
        referralId: randomUUID(),
        toAgency: 'LPSK',
        service: 'protection',
        reason: 'threats',
        responseDeadline: '2026-03-10T08:00:00.000Z',
        sharesIdentity: false,
      },
      { expectedRevision: 2 },
    ).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConcurrentUpdateError);
    expect(stale).toMatchObject({ expectedRevision: 2, actualRevision: 3 });
    expect(await stored(caseId)).toHaveLength(4);
  });

  it('refuses only on the stream: a refusal its stale copy would give is decided again on what was appended', async () => {
    const a = new CaseStateCache();
    const b = new CaseStateCache();
    const { caseId, referralId } = await openWithReferral(a);
    await run(b, police, 'AcceptReferral', { caseId, referralId });
    // On a's copy the referral is not accepted yet, so completing it would be refused.
    const before = store.reads;
    const completed = await run(a, police, 'CompleteReferral', { caseId, referralId, outcome: 'successful' });
    expect(completed.revision).toBe(3);
    expect(store.reads - before).toBe(1);
  });

  it('keeps at most its bound of cases, forgetting the least recently used', async () => {
    const cache = new CaseStateCache(3);
    const streams: string[] = [];
    for (let i = 0; i < 5; i++) {
      const caseId = randomUUID();
      streams.push(caseStreamName(caseId));
      await run(cache, caseworker, 'OpenCase', { caseId, channel: 'port', reporterType: 'government_agency', districtCode: '6503' });
      if (i === 2) cache.get(streams[0]!);
    }
    expect(cache.size).toBe(3);
    expect(streams.map((s) => cache.get(s) !== undefined)).toEqual([true, false, false, true, true]);
  });
});
