import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import request from 'supertest';
import { CASE_ROUTES } from '@rujukan/commands';
import { caseworker, prepareTarget, type CommandTarget } from '../fuzz/support/command-fixtures.js';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

const admin: Actor = { userId: 'admin-1', role: 'administrator', agency: 'KEMENPPPA' };
const analyst: Actor = { userId: 'gt-ri', role: 'task_force_analyst', agency: 'GT-TPPO-RI' };
const auditor: Actor = { userId: 'aud-1', role: 'auditor', agency: 'INSPEKTORAT-RI' };

/** Dates and date-times JavaScript reads (rolling them over, or with an offset no zone has) and PostgreSQL refuses. */
const BAD_DATES: Array<[string, RegExp]> = [
  ['2025-02-30', /is not a real date: February 2025 has no day 30/],
  ['2025-13-01', /is not a real date: the month must be 01 to 12/],
  ['0000-01-01', /must lie in the years 1900 to 2200/],
  ['2201-01-01', /must lie in the years 1900 to 2200/],
  ['2025-1-1', /must be a date, YYYY-MM-DD/],
];
const BAD_DATE_TIMES: Array<[string, RegExp]> = [
  ['2027-02-30T00:00:00Z', /is not a real date: February 2027 has no day 30/],
  ['2027-01-01T00:00:00+16:00', /must have an offset within ±14:00/],
  ['0000-01-01T00:00:00Z', /must lie in the years 1900 to 2200/],
  ['2027-01-01T24:00:00Z', /is not a real time: the hour must be 00 to 23/],
  ['2027-01-01T00:00Z', /must be an RFC 3339 date-time/],
];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T/;

// Found trying the API as an attacker would: each of these was accepted (201) or failed in PostgreSQL (500).
describe('dates and times a request carries', () => {
  let api: ApiTestApp;
  const get = async (actor: Actor, path: string, query: Record<string, string>) =>
    request(api.app.getHttpServer())
      .get(path)
      .query(query)
      .set('Authorization', `Bearer ${await api.token(actor)}`);

  beforeAll(async () => {
    api = await startApiTestApp();
    await request(api.app.getHttpServer())
      .put('/admin/agencies/GT-TPPO-RI')
      .set('Authorization', `Bearer ${await api.token(admin)}`)
      .send({ name: 'Gugus Tugas PP TPPO Pusat', type: 'uptd_ppa' })
      .expect(200);
  });
  afterAll(() => api?.close());

  it('refuses an impossible date or date-time in every command body with 400, naming the field and the reason, and writes nothing', async () => {
    const refusals: string[] = [];
    const expected: string[] = [];
    let fields = 0;
    for (const route of CASE_ROUTES) {
      const target: CommandTarget = await prepareTarget(api, route);
      const dateFields = Object.entries(target.body).filter(([, v]) => typeof v === 'string' && (DATE.test(v) || DATE_TIME.test(v)));
      if (dateFields.length === 0) continue;
      const before = target.caseId ? (await api.stream(target.caseId)).length : 0;
      for (const [field, valid] of dateFields) {
        fields += 1;
        for (const [bad, reason] of DATE_TIME.test(valid as string) ? BAD_DATE_TIMES : BAD_DATES) {
          const response = await api.post(target.path, { ...target.body, [field]: bad }, target.actor);
          const error = (response.body.errors as Array<{ field: string; reason: string }> | undefined)?.find((e) => e.field === field);
          const ok = response.status === 400 && response.body.code === 'VALIDATION.FAILED' && error !== undefined && reason.test(error.reason);
          refusals.push(`${route.command}.${field}=${bad}: ${ok ? 'refused' : `${response.status} ${JSON.stringify(response.body).slice(0, 200)}`}`);
          expected.push(`${route.command}.${field}=${bad}: refused`);
        }
      }
      if (target.caseId) expect({ route: route.command, events: (await api.stream(target.caseId)).length }).toEqual({ route: route.command, events: before });
    }
    expect(refusals).toEqual(expected);
    // filedOn (police, LPSK), decidedOn, verdictFinalOn, paidOn, plannedDate (twice), visitedOn, responseDeadline
    expect(fields).toBeGreaterThanOrEqual(8);
  }, 180_000);

  it('stores a deadline given with an offset as the same instant in UTC', async () => {
    const target = await prepareTarget(
      api,
      CASE_ROUTES.find((r) => r.command === 'SendReferral')!,
    );
    const sent = await api.post(target.path, { ...target.body, responseDeadline: '2199-01-01T07:00:00+07:00' }, target.actor);
    expect(sent.status).toBe(201);
    const [event] = (await api.stream(target.caseId!)).filter((e) => e.type === 'ReferralSent');
    expect(event!.data.responseDeadline).toBe('2199-01-01T00:00:00.000Z');
  });

  it.each(['/stats/cases', '/stats/referrals', '/stats/stages', '/stats/service-clock'])(
    'GET %s refuses from and to PostgreSQL cannot read with 400',
    async (path) => {
      for (const field of ['from', 'to']) {
        for (const [bad, reason] of BAD_DATES) {
          const response = await get(analyst, path, { [field]: bad });
          expect({ bad, status: response.status, code: response.body.code, errors: response.body.errors }).toEqual({
            bad,
            status: 400,
            code: 'VALIDATION.FAILED',
            errors: [{ field, reason: expect.stringMatching(reason) }],
          });
        }
      }
    },
  );

  it('the audit routes refuse times PostgreSQL cannot read with 400', async () => {
    const caseId = (await api.post('/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6503' }, caseworker)).body.caseId as string;
    const reason = 'checking the time parameters';
    const asks: Array<[string, Record<string, string>, string]> = [
      [`/audit/cases/${caseId}/events`, { from: '0000-01-01T00:00:00Z', reason }, 'from'],
      [`/audit/cases/${caseId}/events`, { to: '2027-02-30T00:00:00Z', reason }, 'to'],
      [`/audit/cases/${caseId}/state`, { at: '2027-01-01T00:00:00+16:00', reason }, 'at'],
      [`/audit/cases/${caseId}/diff`, { from: '0', to: '2027-02-30T00:00:00Z', reason }, 'to'],
      ['/audit/access-log', { from: '0000-01-01T00:00:00Z', reason }, 'from'],
    ];
    for (const [path, query, field] of asks) {
      const response = await get(auditor, path, query);
      expect({ path, status: response.status, fields: (response.body.errors as Array<{ field: string }> | undefined)?.map((e) => e.field) }).toEqual({
        path,
        status: 400,
        fields: [field],
      });
    }
  });
});
