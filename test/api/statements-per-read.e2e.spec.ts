import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import pg from 'pg';
import request from 'supertest';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { StatementCounter, type StatementCount } from '../support/statement-counter.js';

const caseworker: Actor = { userId: 'cw-read-count', role: 'caseworker', agency: 'UPTD-PPA-64' };
const police: Actor = { userId: 'pol-read-count', role: 'police_investigator', agency: 'POLDA-KALTIM' };
const stranger: Actor = { userId: 'cw-read-stranger', role: 'caseworker', agency: 'UPTD-PPA-35' };

type Kind = 'case-owner' | 'case-receiver' | 'case-stranger' | 'timeline-owner' | 'timeline-receiver';
const MOST: Record<Kind, number> = { 'case-owner': 1, 'case-receiver': 1, 'case-stranger': 1, 'timeline-owner': 2, 'timeline-receiver': 2 };

/**
 * Statements one case read sends once the process is warm: the case, its lists and its access-log row are one
 * statement; a timeline is its access (with the log row) and then its entries. Commands are projected by a first
 * process that then stops, so the counted process runs no projection of its own.
 */
describe('statements per read', () => {
  let database: TestDatabase;
  let api: ApiTestApp;
  let counter: StatementCounter;
  let caseId: string;

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    const writer = await startApiTestApp({ withProjector: true, database, env: { READ_WAIT_MS: '10000' } });
    try {
      const post = async (path: string, body: object, actor: Actor) => {
        const answer = await writer.post(path, body, actor, { 'Idempotency-Key': randomUUID() });
        expect({ path, status: answer.status }).toEqual({ path, status: 201 });
        return answer.body as { caseId: string; referralId: string; position: string };
      };
      caseId = (await post('/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6503' }, caseworker)).caseId;
      const sent = await post(
        `/cases/${caseId}/send-referral`,
        {
          toAgency: 'POLDA-KALTIM',
          service: 'law_enforcement',
          reason: 'report the recruiter',
          responseDeadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
          sharesIdentity: false,
        },
        caseworker,
      );
      const accepted = await post(`/referrals/${sent.referralId}/accept`, { note: 'we take it' }, police);
      const caught = await request(writer.app.getHttpServer())
        .get(`/cases/${caseId}/timeline`)
        .set('Authorization', `Bearer ${await writer.token(caseworker)}`)
        .set('X-Min-Position', accepted.position);
      expect({ status: caught.status, behind: caught.headers['x-read-model-behind'] }).toEqual({ status: 200, behind: undefined });
    } finally {
      await writer.close();
    }
    // The directory's records stay warm for the whole spec: with the default 5 s, a busy machine spread the two
    // rounds over more than that, and a user's record read again counted as a statement of the read.
    api = await startApiTestApp({ database, env: { USER_DIRECTORY_CACHE_MS: '60000' } });
    for (const actor of [caseworker, police, stranger]) await api.token(actor);
    counter = new StatementCounter();
  });

  afterAll(async () => {
    counter?.restore();
    await api?.close();
    await database?.drop();
  });

  const get = async (path: string, actor: Actor) =>
    request(api.app.getHttpServer())
      .get(path)
      .set('Authorization', `Bearer ${await api.token(actor)}`);

  async function round(): Promise<Record<Kind, StatementCount & { status: number }>> {
    const reads: Array<[Kind, string, Actor]> = [
      ['case-owner', `/cases/${caseId}`, caseworker],
      ['case-receiver', `/cases/${caseId}`, police],
      ['case-stranger', `/cases/${caseId}`, stranger],
      ['timeline-owner', `/cases/${caseId}/timeline`, caseworker],
      ['timeline-receiver', `/cases/${caseId}/timeline`, police],
    ];
    const counts = {} as Record<Kind, StatementCount & { status: number }>;
    for (const [kind, path, actor] of reads) {
      let status = 0;
      const count = await counter.count(async () => {
        status = (await get(path, actor)).status;
      });
      counts[kind] = { ...count, status };
    }
    return counts;
  }

  async function accessLog(): Promise<Array<{ actor: string; action: string }>> {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query(`SELECT actor, action FROM access_log WHERE case_id = $1 ORDER BY id`, [caseId])).rows;
    } finally {
      await client.end();
    }
  }

  it('reads a case, its lists and its access-log row in one statement, and a timeline in two', async () => {
    await round(); // warm: prepared statements, the user directory, the victim's key
    const logged = (await accessLog()).length;
    const counts = await round();
    process.stdout.write(
      `\nstatements per read (warm)\n${Object.entries(counts)
        .map(([kind, c]) => `${kind.padEnd(18)} ${String(c.statements).padStart(3)} statements ${String(c.commits).padStart(2)} commits  ${c.sent.join(' | ')}`)
        .join('\n')}\n`,
    );
    expect(Object.fromEntries(Object.entries(counts).map(([kind, c]) => [kind, c.status]))).toEqual({
      'case-owner': 200,
      'case-receiver': 200,
      'case-stranger': 404,
      'timeline-owner': 200,
      'timeline-receiver': 200,
    });
    for (const kind of Object.keys(MOST) as Kind[]) {
      const { statements, commits, sent } = counts[kind];
      expect({ kind, statements: Math.min(statements, MOST[kind]), sent }).toEqual({ kind, statements, sent });
      // The access-log row commits with the read that writes it: no transaction of its own (a refusal's statement writes no row).
      expect({ kind, commits }).toEqual({ kind, commits: 1 });
    }
    // The sealed reason opens under the key the read statement found.
    expect((await get(`/cases/${caseId}`, caseworker)).body.referrals).toEqual([expect.objectContaining({ reason: 'report the recruiter' })]);
    // Every read served is in the access log, with its action; the refused one is not.
    expect((await accessLog()).slice(logged, logged + 4)).toEqual([
      { actor: caseworker.userId, action: 'case.read' },
      { actor: police.userId, action: 'case.read' },
      { actor: caseworker.userId, action: 'case.timeline' },
      { actor: police.userId, action: 'case.timeline' },
    ]);
  });
});
