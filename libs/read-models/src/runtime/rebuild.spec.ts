import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { executeCaseCommand } from '@rujukan/application';
import type { Actor, CaseCommand } from '@rujukan/domain';
import { comparePositions, PostgresEventStore, runMigrations } from '@rujukan/event-store';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { allMigrations } from '../migrations/index.js';
import { CaseTimelineProjection } from '../case-timeline/case-timeline.projection.js';
import { PROJECTION_TABLES } from '../projections/index.js';
import { ReferralsProjection } from '../referrals/referrals.projection.js';
import { loadCheckpoint } from './checkpoint-store.js';
import { ProjectionRunner } from './projection-runner.js';
import { rebuildProjection } from './rebuild.js';
import { DIRECTORY as FIXTURE_DIRECTORY } from '../../../domain/src/testing/fixtures.js';
import { InMemoryAgencyDirectory as FixtureDirectory } from '@rujukan/application';

const directory = new FixtureDirectory(Object.values(FIXTURE_DIRECTORY));

const caseworker: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: 'UPTD-PPA-64' };
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('rebuilding a projection', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    await runMigrations(database.url, allMigrations);
    store = new PostgresEventStore({ connectionString: database.url, pollIntervalMs: 50 });
    dataSource = new DataSource({ type: 'postgres', url: database.url });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await store?.close();
    await database?.drop();
  });

  async function run(type: string, data: Record<string, unknown>) {
    const now = new Date().toISOString();
    const command = { type, data, metadata: { actor: caseworker, now } } as CaseCommand;
    return executeCaseCommand(store, directory, command, { actor: caseworker, commandId: randomUUID(), correlationId: randomUUID(), now });
  }

  /** Two events to open and register, then one per consent. */
  async function caseWithConsents(consents: number): Promise<void> {
    const caseId = randomUUID();
    await run('OpenCase', { caseId, channel: 'port', reporterType: 'government_agency', districtCode: '6503' });
    await run('RegisterVictim', {
      caseId,
      initials: 'SR',
      sex: 'female',
      birthYear: 2001,
      isChild: false,
      nationality: 'ID',
      originProvinceCode: '35',
      originDistrictCode: '3509',
    });
    for (let i = 0; i < consents; i++) await run('RecordConsent', { caseId, consentId: `c-${i}`, scope: 'process', evidenceRef: `DOC-${i}` });
  }

  const rows = () => dataSource.query(`SELECT * FROM rm_case_timeline ORDER BY case_id, revision`);
  const indexNames = () => dataSource.query(`SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename = 'rm_case_timeline' ORDER BY 1`);

  async function until(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('condition not met in time');
      await sleep(20);
    }
  }

  it('answers complete queries throughout, swaps in an identical table, and the live runner carries on', async () => {
    for (let c = 0; c < 12; c++) await caseWithConsents(8);
    const live = new ProjectionRunner(store, dataSource, new CaseTimelineProjection(), { leaseRetryMs: 50, idleCheckpointMs: 20 });
    live.start();
    const head = (await store.headPosition())!;
    await until(async () => comparePositions((await loadCheckpoint(dataSource, 'case-timeline')).position, head) >= 0);
    const before = await rows();
    const indexesBefore = await indexNames();
    expect(before).toHaveLength(120);

    // Readers keep asking while the rebuild runs; every answer must be whole.
    let reading = true;
    const answers: number[] = [];
    const readers = Promise.all(
      [1, 2, 3].map(async () => {
        while (reading) {
          const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM rm_case_timeline`);
          answers.push(count);
        }
      }),
    );
    const result = await rebuildProjection(store, dataSource, new CaseTimelineProjection(), PROJECTION_TABLES['case-timeline'], {
      batchSize: 7,
    });
    reading = false;
    await readers;

    expect(result.eventsApplied).toBe(120);
    expect(answers.length).toBeGreaterThan(10);
    expect(answers.every((count) => count === 120)).toBe(true);
    expect(await rows()).toEqual(before);
    expect(await indexNames()).toEqual(indexesBefore);
    expect((await loadCheckpoint(dataSource, 'case-timeline')).eventsApplied).toBe(120);
    const schemas = await dataSource.query(`SELECT nspname FROM pg_namespace WHERE nspname LIKE 'rebuild_%'`);
    expect(schemas).toEqual([]);

    // The live runner finds its checkpoint moved, resumes from the rebuilt one, and applies new events once.
    await caseWithConsents(2);
    await until(async () => (await rows()).length === 124);
    await sleep(200);
    await live.stop();
    expect(await rows()).toHaveLength(124);
  }, 60_000);

  it('includes events appended while it runs, exactly once', async () => {
    const appending = (async () => {
      for (let c = 0; c < 4; c++) await caseWithConsents(3);
    })();
    const result = await rebuildProjection(store, dataSource, new CaseTimelineProjection(), PROJECTION_TABLES['case-timeline'], {
      batchSize: 5,
    });
    await appending;
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM rm_case_timeline`);
    expect(count).toBe(result.eventsApplied);
    const [{ stored }] = await dataSource.query(`SELECT count(*)::int AS stored FROM events`);
    // Whatever came after the swap belongs to the live runner, which is stopped here: rebuild again to take it.
    const again = await rebuildProjection(store, dataSource, new CaseTimelineProjection(), PROJECTION_TABLES['case-timeline']);
    expect(again.eventsApplied).toBe(stored);
    const [{ total }] = await dataSource.query(`SELECT count(*)::int AS total FROM rm_case_timeline`);
    expect(total).toBe(stored);
  }, 60_000);

  it('keeps the index names the migrations gave the live table', async () => {
    const names = () => dataSource.query(`SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename = 'rm_referrals' ORDER BY 1`);
    const before = await names();
    expect(before.map((r: { indexname: string }) => r.indexname)).toContain('rm_referrals_to_idx');
    await rebuildProjection(store, dataSource, new ReferralsProjection(), PROJECTION_TABLES.referrals);
    expect(await names()).toEqual(before);
  });
});
