import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';
import { StatementCounter, type StatementCount } from '../support/statement-counter.js';

const KALTIM = 'UPTD-PPA-64';
const caseworker: Actor = { userId: 'cw-count', role: 'caseworker', agency: KALTIM };
const police: Actor = { userId: 'pol-count', role: 'police_investigator', agency: 'POLDA-KALTIM' };

const OPEN = { channel: 'port', reporterType: 'government_agency', districtCode: '6503' };
const VICTIM = { initials: 'SR', sex: 'female', birthYear: 2001, isChild: false, nationality: 'ID', originProvinceCode: '35', originDistrictCode: '3509' };
const referral = () => ({
  toAgency: 'POLDA-KALTIM',
  service: 'law_enforcement',
  reason: 'report the recruiter',
  responseDeadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
  sharesIdentity: false,
});

type Kind = 'open-case' | 'register-victim' | 'request-service' | 'send-referral' | 'accept-referral' | 'replayed-key';

/**
 * Statements and commits one command sends to PostgreSQL once the process is warm (its caches hold the case,
 * the user, the victim's key), each request with an Idempotency-Key as the console sends it. The figures are
 * printed for docs/benchmarks.md and bounded here, so a change that adds a round trip to the path fails.
 */
describe('statements per command', () => {
  let api: ApiTestApp;
  let counter: StatementCounter;

  beforeAll(async () => {
    // The directory's records stay warm for the whole spec: with the default 5 s, a busy machine spread the two
    // rounds over more than that, and a user's record read again counted as a statement of the command.
    api = await startApiTestApp({ env: { USER_DIRECTORY_CACHE_MS: '60000' } });
    counter = new StatementCounter();
  });

  afterAll(async () => {
    counter?.restore();
    await api?.close();
  });

  async function round(): Promise<Record<Kind, StatementCount>> {
    const counts = {} as Record<Kind, StatementCount>;
    const send = async (kind: Kind, path: string, body: object, actor: Actor, key = randomUUID()) => {
      await api.token(actor); // the directory records the actor before counting starts
      let answer: Awaited<ReturnType<ApiTestApp['post']>> | undefined;
      counts[kind] = await counter.count(async () => {
        answer = await api.post(path, body, actor, { 'Idempotency-Key': key });
      });
      expect({ kind, status: answer!.status, body: answer!.body }).toEqual({ kind, status: 201, body: expect.anything() });
      return answer!.body;
    };
    const { caseId } = await send('open-case', '/cases', OPEN, caseworker);
    await send('register-victim', `/cases/${caseId}/register-victim`, VICTIM, caseworker);
    const serviceKey = randomUUID();
    const service = { serviceId: randomUUID(), service: 'first_aid' };
    await send('request-service', `/cases/${caseId}/request-service`, service, caseworker, serviceKey);
    const { referralId } = await send('send-referral', `/cases/${caseId}/send-referral`, referral(), caseworker);
    await send('accept-referral', `/referrals/${referralId}/accept`, { note: 'we take it' }, police);
    await send('replayed-key', `/cases/${caseId}/request-service`, service, caseworker, serviceKey);
    return counts;
  }

  it('stays within one write round trip per command once warm', async () => {
    await round(); // warm: prepared statements, the user directory, the pools
    const counts = await round();
    const table = Object.entries(counts).map(
      ([kind, c]) => `${kind.padEnd(16)} ${String(c.statements).padStart(3)} statements ${String(c.commits).padStart(2)} commits`,
    );
    process.stdout.write(`\nstatements per command (warm, with Idempotency-Key)\n${table.join('\n')}\n`);
    for (const [kind, c] of Object.entries(counts)) process.stdout.write(`  ${kind}: ${c.sent.join(' | ')}\n`);
    // One write per command: the append, which claims the key. What else may be read: the directory's agencies
    // (open-case, send-referral) and, on send-referral (the case's first sealed text), the victim's key: found, made
    // and kept (its one extra commit). Before the one-statement path: 4-8 statements, 4-5 commits.
    const most: Record<Kind, { statements: number; commits: number }> = {
      // The directory's record of the agency, the next registration number counted from the log, the append.
      'open-case': { statements: 3, commits: 1 },
      // The append, then the victim's blind-index tokens and possible matches in one statement.
      'register-victim': { statements: 2, commits: 2 },
      'request-service': { statements: 1, commits: 1 },
      'send-referral': { statements: 5, commits: 2 },
      'accept-referral': { statements: 1, commits: 1 },
      'replayed-key': { statements: 1, commits: 0 },
    };
    for (const kind of Object.keys(most) as Kind[]) {
      const { statements, commits, sent } = counts[kind];
      expect({ kind, statements: Math.min(statements, most[kind].statements), commits: Math.min(commits, most[kind].commits), sent }).toEqual({
        kind,
        statements,
        commits,
        sent,
      });
      // Exactly one append per accepted command, and none for a replay.
      expect({ kind, appends: sent.filter((text) => text.startsWith('WITH RECURSIVE')).length }).toEqual({ kind, appends: kind === 'replayed-key' ? 0 : 1 });
    }
  });
});
