import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { foldCase, type CaseEvent } from '@rujukan/domain';
import { DataSource } from 'typeorm';
import { upsertAgencies } from '../../apps/cli/src/demo/agency-directory.js';
import { DEMO_AGENCIES } from '../../apps/cli/src/demo/demo-agencies.js';
import { seedDemoCases, type PostCommand } from '../../apps/cli/src/demo/seed-demo.js';
import { isKnownDistrict, isKnownProvince } from '@rujukan/commands';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

describe('the demo data', () => {
  let api: ApiTestApp;
  const post: PostCommand = async (path, body, actor, key) => {
    const response = await api.post(path, body, actor, { 'Idempotency-Key': key });
    if (response.status !== 201) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };

  beforeAll(async () => {
    api = await startApiTestApp();
  });
  afterAll(async () => {
    await api?.close();
  });

  it('names real agencies in real regions', async () => {
    await upsertAgencies(api.app.get(DataSource), DEMO_AGENCIES);
    await upsertAgencies(api.app.get(DataSource), DEMO_AGENCIES);
    const rows = await api.app.get(DataSource).query(`SELECT code FROM agencies WHERE code = ANY($1)`, [DEMO_AGENCIES.map((a) => a.code)]);
    expect(rows).toHaveLength(DEMO_AGENCIES.length);
    for (const agency of DEMO_AGENCIES.filter((a) => a.provinceCode)) {
      expect([agency.code, isKnownProvince(agency.provinceCode), isKnownDistrict(agency.districtCode)]).toEqual([agency.code, true, true]);
      expect(agency.districtCode!.startsWith(agency.provinceCode!)).toBe(true);
    }
  });

  it('carries cases to every stage through the commands, and a second run with the same id adds nothing', async () => {
    const options = { casesPerStage: 2, runId: 'spec', now: new Date() };
    const { cases } = await seedDemoCases(post, options);
    expect(cases).toHaveLength(12);
    for (const seeded of cases) {
      const state = foldCase((await api.stream(seeded.caseId)).map((e) => ({ type: e.type, data: e.data }) as CaseEvent));
      if (!state.exists) throw new Error(`case ${seeded.caseId} was not opened`);
      expect([seeded.caseId, state.stage, state.ownerAgency]).toEqual([seeded.caseId, seeded.stage, seeded.owner]);
    }
    const before = await Promise.all(cases.map(async (c) => (await api.stream(c.caseId)).length));
    const again = await seedDemoCases(post, options);
    expect(again.cases.map((c) => c.caseId)).toEqual(cases.map((c) => c.caseId));
    expect(await Promise.all(cases.map(async (c) => (await api.stream(c.caseId)).length))).toEqual(before);
  });
});
