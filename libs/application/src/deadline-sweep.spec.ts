import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor, CaseCommand } from '@rujukan/domain';
import { caseStreamName } from '@rujukan/domain';
import { PostgresEventStore } from '@rujukan/event-store';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { expireDueReferrals } from './deadline-sweep.js';
import { executeCaseCommand } from './execute-case-command.js';
import { DIRECTORY as FIXTURE_DIRECTORY } from '../../domain/src/testing/fixtures.js';
import { InMemoryAgencyDirectory as FixtureDirectory } from './agency-directory.js';

const directory = new FixtureDirectory(Object.values(FIXTURE_DIRECTORY));

const caseworker: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: 'UPTD-PPA-64' };
const police: Actor = { userId: 'pol-kaltim', role: 'police_investigator', agency: 'POLDA-KALTIM' };
const T0 = new Date('2026-03-03T08:00:00.000Z');
const day = (n: number) => new Date(T0.getTime() + n * 86_400_000);

describe('the deadline sweep', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase();
    store = new PostgresEventStore({ connectionString: database.url });
  });
  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  async function run(actor: Actor, type: string, data: Record<string, unknown>, at = T0) {
    const command = { type, data, metadata: { actor, now: at.toISOString() } } as CaseCommand;
    return executeCaseCommand(store, directory, command, { actor, commandId: randomUUID(), correlationId: randomUUID(), now: at.toISOString() });
  }

  async function caseWithReferral(): Promise<{ caseId: string; referralId: string }> {
    const caseId = randomUUID();
    const referralId = randomUUID();
    await run(caseworker, 'OpenCase', { caseId, channel: 'port', reporterType: 'government_agency', districtCode: '6503' });
    await run(caseworker, 'SendReferral', {
      caseId,
      referralId,
      toAgency: 'POLDA-KALTIM',
      service: 'law_enforcement',
      reason: 'report the recruiter',
      responseDeadline: day(1).toISOString(),
      sharesIdentity: false,
    });
    return { caseId, referralId };
  }

  const types = async (caseId: string) => (await store.readStream(caseStreamName(caseId))).map((e) => e.type);

  it('expires an unanswered referral past its deadline, escalating to the sender, once however often it sweeps', async () => {
    const due = await caseWithReferral();
    const outcomes = await Promise.all([1, 2, 3].map(() => expireDueReferrals(store, directory, [due], day(2))));
    expect(outcomes.flatMap((o) => o.acted).length + outcomes.flatMap((o) => o.alreadySettled).length).toBe(3);
    expect((await types(due.caseId)).filter((t) => t === 'ReferralExpired')).toHaveLength(1);
    const again = await expireDueReferrals(store, directory, [due], day(3));
    expect(again).toEqual({ acted: [due.referralId], alreadySettled: [], refused: [] });
    expect((await types(due.caseId)).filter((t) => t === 'ReferralExpired')).toHaveLength(1);
    const [expired] = (await store.readStream(caseStreamName(due.caseId))).filter((e) => e.type === 'ReferralExpired');
    expect(expired.metadata).toMatchObject({ actor: 'deadline-sweep', role: 'system' });
  });

  it('leaves a referral that was answered in the meantime, and one not yet due', async () => {
    const answered = await caseWithReferral();
    await run(police, 'AcceptReferral', { caseId: answered.caseId, referralId: answered.referralId });
    const notDue = await caseWithReferral();
    const outcome = await expireDueReferrals(store, directory, [answered, notDue], T0);
    expect(outcome).toEqual({ acted: [], alreadySettled: [answered.referralId, notDue.referralId], refused: [] });
    expect(await types(answered.caseId)).not.toContain('ReferralExpired');
    expect(await types(notDue.caseId)).not.toContain('ReferralExpired');
  });
});
