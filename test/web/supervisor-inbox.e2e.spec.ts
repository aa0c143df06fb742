import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import { DeadlineSweepService } from '@rujukan/server';
import type { Locator, Page } from 'playwright-core';
import request from 'supertest';
import type { ApiTestApp } from '../support/api-test-app.js';
import { ARTIFACTS, browserSuite, startConsole, type BrowserConsole } from '../support/browser-harness.js';

const KALTIM = 'UPTD-PPA-64';
const POLDA = 'POLDA-KALTIM';
const siti: Actor = { userId: 'cw-siti', role: 'caseworker', agency: KALTIM };
const supervisorActor: Actor = { userId: 'spv-kaltim', role: 'supervisor', agency: KALTIM };

/**
 * A supervisor opens her inbox (Kotak masuk): the closure request with its note, the expired referral with the
 * caseworker's reason, which she sends again in one click; the list empties and the case shows the new referral.
 */
jest.setTimeout(90_000);

browserSuite("the supervisor's inbox in the console", () => {
  let web: BrowserConsole;
  let api: ApiTestApp;
  let caseId: string;
  let closing: string;

  beforeAll(async () => {
    web = await startConsole({
      agencies: [
        { code: KALTIM, name: 'UPTD PPA Provinsi Kalimantan Timur', type: 'uptd_ppa', provinceCode: '64', districtCode: null },
        { code: POLDA, name: 'Polda Kalimantan Timur', type: 'police', provinceCode: '64', districtCode: null },
      ],
      seed: async (started) => {
        api = started;
        // Two cases through the API: one whose referral to the police expired, one whose closure is asked.
        const post = async (path: string, body: object) => {
          const response = await api.post(path, body, siti);
          expect({ path, status: response.status }).toEqual({ path, status: 201 });
          return response.body as { caseId: string; position: string };
        };
        const consented = async () => {
          const { caseId: id } = await post('/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6503' });
          await post(`/cases/${id}/register-victim`, {
            initials: 'SR',
            sex: 'female',
            birthYear: 2001,
            isChild: false,
            nationality: 'ID',
            originProvinceCode: '35',
            originDistrictCode: '3509',
          });
          await post(`/cases/${id}/record-consent`, { consentId: 'consent-process', scope: 'process', evidenceRef: 'DOC-1' });
          return id;
        };
        caseId = await consented();
        await post(`/cases/${caseId}/send-referral`, {
          toAgency: POLDA,
          service: 'law_enforcement',
          reason: 'mohon LP dan penyidikan',
          responseDeadline: new Date(Date.now() + 86_400_000).toISOString(),
          sharesIdentity: false,
        });
        closing = await consented();
        const asked = await post(`/cases/${closing}/request-closure`, { reason: 'other', note: 'korban pindah ke Sulawesi' });
        // The sweep reads the deadlines read model: once the projections hold the clock, two days on.
        const seen = await request(api.app.getHttpServer())
          .get('/queues/supervisor')
          .set('X-Min-Position', asked.position)
          .set('Authorization', `Bearer ${await api.token(supervisorActor)}`);
        expect(seen.status).toBe(200);
        await api.app.get(DeadlineSweepService).sweep(new Date(Date.now() + 2 * 86_400_000));
      },
    });
    ({ api } = web);
  }, 120_000);

  afterAll(async () => {
    await web?.close();
  });

  const section = (page: Page, id: string) => page.locator(`section[aria-labelledby="${id}"]`);
  const shows = (locator: Locator, text: string | RegExp) => locator.filter({ hasText: text }).first().waitFor();

  // The queue is headed by the agency's directory name (the only agency the spec records).
  const signedIn = (actor: Actor) => web.signedIn(actor, { name: 'Antrian UPTD PPA Provinsi Kalimantan Timur', exact: true });

  /** Serious or critical accessibility violations of the page as it stands. */
  const axeFindings = (page: Page) => web.axeFindings(page);

  it('lists the closure note and the expired referral with its reason, and sends the referral again in one click', async () => {
    const page = await signedIn(supervisorActor);
    await page.getByRole('link', { name: 'Kotak masuk', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Kotak masuk penyelia', exact: true }).waitFor();
    const closures = section(page, 'inbox-closures');
    await shows(closures.locator('li'), 'korban pindah ke Sulawesi');
    await shows(closures.locator('li'), 'Lainnya');
    expect(await closures.locator('a').first().getAttribute('href')).toBe(`/kasus/${closing}`);
    // Each case is named by its registration number, never by an id.
    expect(await closures.locator('a').first().innerText()).toMatch(/^Kasus [A-Z]{2}-\d{4}-\d{4}/);
    const expired = section(page, 'inbox-expired');
    await shows(expired.locator('li'), 'mohon LP dan penyidikan');
    await shows(expired.locator('li'), 'Polda Kalimantan Timur');
    await page.screenshot({ path: join(ARTIFACTS, 'supervisor-inbox-desktop.png'), fullPage: true });
    expect(await axeFindings(page)).toEqual([]);

    await expired.getByRole('button', { name: 'Kirim ulang rujukan', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Rujukan dikirim ulang ke Polda Kalimantan Timur.' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Rujukan kedaluwarsa (eskalasi) (0)', exact: true }).waitFor();
    const referrals = (await api.stream(caseId)).filter((e) => e.type === 'ReferralSent').map((e) => e.data as Record<string, unknown>);
    expect(referrals).toHaveLength(2);
    expect(referrals[1]).toMatchObject({ toAgency: POLDA, service: 'law_enforcement', sharesIdentity: false, by: { userId: supervisorActor.userId } });
    // No English fallback on the page.
    const text = await page.locator('main').innerText();
    for (const english of ['Closure requests', 'Expired referrals', 'Send the referral again', 'Other']) expect(text).not.toContain(english);
    expect(web.pageErrors).toEqual([]);
  });

  it('is not in the navigation of a caseworker', async () => {
    const page = await signedIn(siti);
    expect(await page.getByRole('link', { name: 'Kotak masuk', exact: true }).count()).toBe(0);
  });
});
