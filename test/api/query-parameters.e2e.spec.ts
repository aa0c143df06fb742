import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import request from 'supertest';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

const caseworker: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: 'UPTD-PPA-64' };
const auditor: Actor = { userId: 'audit-1', role: 'auditor', agency: 'ITJEN-KEMENPPPA' };
const analyst: Actor = { userId: 'gt-ri', role: 'task_force_analyst', agency: 'GT-TPPO-RI' };
const admin: Actor = { userId: 'admin-1', role: 'administrator', agency: 'DP3A-KALTIM' };

// Found by the fuzz specs (test/fuzz/queries.spec.ts): each of these was a 500.
describe('query parameters the handlers cannot read are refused with 400', () => {
  let api: ApiTestApp;
  let caseId: string;
  const get = async (actor: Actor, path: string, headers: Record<string, string> = {}) =>
    request(api.app.getHttpServer())
      .get(path)
      .set('Authorization', `Bearer ${await api.token(actor)}`)
      .set(headers);

  beforeAll(async () => {
    api = await startApiTestApp();
    caseId = (await api.post('/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6503' }, caseworker)).body.caseId;
    await request(api.app.getHttpServer())
      .put(`/admin/agencies/${analyst.agency}`)
      .set('Authorization', `Bearer ${await api.token(admin)}`)
      .send({ name: 'Gugus Tugas RI', type: 'uptd_ppa' })
      .expect(200);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('refuses a parameter given twice, naming it', async () => {
    for (const [actor, path, field] of [
      [analyst, '/stats/cases?groupBy=sex&groupBy=year', 'groupBy'],
      [auditor, `/audit/cases/${caseId}/events?reason=inspection&reason=again`, 'reason'],
      [auditor, `/audit/cases/${caseId}/events?reason=inspection&type=CaseOpened&type=VictimRegistered`, 'type'],
      [caseworker, '/queues/mine?limit=1&limit=2', 'limit'],
    ] as const) {
      const response = await get(actor, path);
      expect({ path, status: response.status, body: response.body }).toEqual({
        path,
        status: 400,
        body: { code: 'VALIDATION.FAILED', message: expect.any(String), errors: [{ field, reason: `${field} must be given once` }] },
      });
    }
  });

  it('refuses a NUL character in a parameter, naming it', async () => {
    const response = await get(auditor, '/audit/access-log?reason=inspection&actor=cw%00kaltim');
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'actor', reason: 'actor must not contain NUL characters' }]);
  });

  it('refuses a position beyond what a command can return', async () => {
    const response = await get(caseworker, `/cases/${caseId}`, { 'X-Min-Position': '1-99999999999999999999' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'minPosition', reason: expect.stringContaining('position') }]);
  });

  it('still reads each parameter given once', async () => {
    expect((await get(analyst, '/stats/cases?groupBy=sex,year')).status).toBe(200);
    expect((await get(auditor, `/audit/cases/${caseId}/events?reason=inspection&type=CaseOpened`)).body.events).toHaveLength(1);
    expect((await get(caseworker, '/queues/mine?limit=1&offset=0')).status).toBe(200);
  });
});
