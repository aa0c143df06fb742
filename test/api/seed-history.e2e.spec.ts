import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { foldCase, type Actor, type CaseEvent } from '@rujukan/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/bootstrap.js';
import { upsertAgencies } from '../../apps/cli/src/demo/agency-directory.js';
import { DEMO_AGENCIES } from '../../apps/cli/src/demo/demo-agencies.js';
import { historicalCases } from '../../apps/cli/src/demo/demo-history.js';
import { historicalCommands } from '../../apps/cli/src/demo/in-process-commands.js';
import { seedHistory, type SeededHistoricalCase } from '../../apps/cli/src/demo/seed-history.js';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

const national: Actor = { userId: 'gt-ri', role: 'task_force_analyst', agency: 'GT-TPPO-RI' };
const auditor: Actor = { userId: 'inspektorat-1', role: 'auditor', agency: 'INSPEKTORAT-RI' };

// Only what the figures are checked for (262 victims): the demo-history spec checks that no victim found elsewhere comes from Kaltim.
const CASES = historicalCases({ years: { from: 2008, to: 2013 }, provinces: ['64'] });

describe('the demo history, seeded at the times it happened', () => {
  let api: ApiTestApp;
  let withProjector: INestApplication;
  let seeded: SeededHistoricalCase[];
  const get = async (actor: Actor, path: string, query: Record<string, string> = {}) =>
    request(withProjector.getHttpServer())
      .get(path)
      .query(query)
      .set('Authorization', `Bearer ${await api.token(actor)}`);

  beforeAll(async () => {
    // As `npm run seed:demo` does: seed with no projector running, then start the service, whose projector catches up.
    api = await startApiTestApp({ withProjector: false, env: { PGOPTIONS: '-c synchronous_commit=off', STATS_MIN_CELL: '5' } });
    await upsertAgencies(api.app.get(DataSource), [
      ...DEMO_AGENCIES,
      { code: 'GT-TPPO-RI', name: 'Gugus Tugas PP TPPO Pusat', type: 'uptd_ppa', provinceCode: null, districtCode: null },
    ]);
    seeded = await seedHistory(historicalCommands(api.app), CASES, { concurrency: 4 });
    withProjector = await createApiApp({ withProjector: true });
    await withProjector.init();
    // The statistics projection catches up in the background: wait until it counts every seeded case.
    for (let i = 0; i < 600; i++) {
      const { body } = await get(national, '/stats/cases');
      if (body.total === CASES.length) break;
      await new Promise((done) => setTimeout(done, 100));
    }
  }, 240_000);
  afterAll(async () => {
    await withProjector?.close();
    await api?.close();
  });

  it("shows the national task force Kaltim's victims per year as the articles give them: 81, 41, 79, 9, 29, 23", async () => {
    const { status, body } = await get(national, '/stats/cases', { groupBy: 'year', province: '64' });
    expect(status).toBe(200);
    const byYear = Object.fromEntries(body.cells.map((cell: { key: { year: number }; count: number | null }) => [cell.key.year, cell.count]));
    expect(byYear).toEqual({ 2008: 81, 2009: 41, 2010: 79, 2011: 9, 2012: 29, 2013: 23 });
    expect(body.total).toBe(262);
  });

  it('stamps each event with the time it happened and records when it was written, through decide and the hash chain', async () => {
    const first = seeded[0]!;
    const events = await api.stream(first.caseId);
    expect(events[0]!.type).toBe('CaseOpened');
    expect(events[0]!.metadata.occurredAt).toBe(CASES[0]!.openedAt.toISOString());
    expect((events[0]!.data as { at: string }).at).toBe(CASES[0]!.openedAt.toISOString());
    expect(events.every((e) => String(e.metadata.occurredAt).startsWith('2008') || String(e.metadata.occurredAt).startsWith('2009'))).toBe(true);
    expect(events.every((e) => e.recordedAt.getTime() > Date.parse('2026-01-01'))).toBe(true);
    const occurred = events.map((e) => Date.parse(String(e.metadata.occurredAt)));
    expect(occurred).toEqual([...occurred].sort((a, b) => a - b));
    const verified = await get(auditor, `/audit/cases/${first.caseId}/verify`, { reason: 'checking the demo import' });
    expect(verified.status).toBe(200);
    expect(verified.body.ok).toBe(true);
  });

  it('leaves every case where the commands took it, with free text sealed and no identity in clear', async () => {
    for (const c of seeded.slice(0, 40)) {
      const events = await api.stream(c.caseId);
      const state = foldCase(events.map((e) => ({ type: e.type, data: e.data }) as CaseEvent));
      if (!state.exists) throw new Error(`case ${c.key} was not opened`);
      expect([c.key, state.stage, state.ownerAgency]).toEqual([c.key, c.stage, c.owner]);
      const text = JSON.stringify(events.map((e) => e.data));
      expect([c.key, text.includes('report the recruiter'), text.includes('safe shelter')]).toEqual([c.key, false, false]);
    }
    expect(seeded.every((c) => c.stage === 'closed')).toBe(true);
  });

  it('adds nothing when run again: closed cases are passed over, and each command replayed appends nothing', async () => {
    const again = CASES.filter((c) => c.openedAt.getUTCFullYear() === 2011);
    const count = async () => (await api.app.get(DataSource).query(`SELECT count(*)::int AS n FROM events`))[0].n as number;
    const before = await count();
    const expected = seeded.filter((c) => again.some((a) => a.key === c.key));
    expect(await seedHistory(historicalCommands(api.app), again, { concurrency: 4 })).toEqual(expected);
    const commandByCommand = { ...historicalCommands(api.app), closedCase: async () => null };
    expect(await seedHistory(commandByCommand, again, { concurrency: 4 })).toEqual(expected);
    expect(await count()).toBe(before);
  });
});
