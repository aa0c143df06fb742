import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import type { ApiTestApp } from '../support/api-test-app.js';
import { ARTIFACTS, browserSuite, startConsole, type BrowserConsole } from '../support/browser-harness.js';

const KALTIM = 'UPTD-PPA-64';
const siti: Actor = { userId: 'cw-siti', role: 'caseworker', agency: KALTIM };

/**
 * A caseworker finds a case from the Kasus page by one word of the victim's name (through the blind index), by its
 * registration number and by filters, opens it by the number, and the page speaks Indonesian throughout.
 */
jest.setTimeout(90_000);

browserSuite('the Kasus page: list, filters and search', () => {
  let web: BrowserConsole;
  let api: ApiTestApp;
  let base: string;
  let number: string;

  beforeAll(async () => {
    web = await startConsole({
      agencies: [{ code: KALTIM, name: 'UPTD PPA Provinsi Kalimantan Timur', type: 'uptd_ppa', provinceCode: '64', districtCode: null }],
      seed: async (started) => {
        api = started;
        for (const fullName of ['Siti Rahmawati', 'Dewi Lestari']) {
          const opened = await api.post('/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6503' }, siti);
          const registered = await api.post(
            `/cases/${opened.body.caseId}/register-victim`,
            {
              initials: 'SR',
              sex: 'female',
              birthYear: 1999,
              isChild: false,
              nationality: 'ID',
              originProvinceCode: '35',
              originDistrictCode: '3509',
              identity: { fullName },
            },
            siti,
          );
          expect(registered.status).toBe(201);
        }
        const [first] = await api.app
          .get(DataSource)
          .query(`SELECT data->'registration'->>'number' AS number FROM events WHERE type = 'CaseOpened' ORDER BY global_position LIMIT 1`);
        number = first.number;
      },
    });
    ({ api, base } = web);
  }, 120_000);

  afterAll(async () => {
    await web?.close();
  });

  const signedIn = (actor: Actor, width: number) =>
    web.signedIn(actor, { name: 'Antrian UPTD PPA Provinsi Kalimantan Timur', exact: true }, { viewport: { width, height: 800 } });

  const axeFindings = (page: Page) => web.axeFindings(page);

  const rows = (page: Page) => page.locator('main table tbody tr');

  for (const [width, name] of [
    [1280, 'desktop'],
    [390, 'phone'],
  ] as const) {
    it(`lists the agency's cases, finds one by a word of the victim's name and opens it by its number (${name})`, async () => {
      const page = await signedIn(siti, width);
      if (width < 600) await page.goto(`${base}/kasus`);
      else await page.getByRole('link', { name: 'Kasus', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Daftar kasus' }).waitFor();
      await page.getByText('2 kasus').waitFor();
      expect(await rows(page).count()).toBe(2);
      await page.getByLabel('Cari kasus').fill('rahmawati');
      await page.getByRole('button', { name: 'Cari', exact: true }).click();
      await page.getByText('1 kasus').waitFor();
      await page.screenshot({ path: join(ARTIFACTS, `cases-search-${name}.png`), fullPage: true });
      const text = await page.locator('main').innerText();
      for (const english of ['Cases', 'Stage', 'Search', 'Open', 'intake']) expect(text).not.toMatch(new RegExp(`\\b${english}\\b`));
      expect(await axeFindings(page)).toEqual([]);
      // The search is in the address: the page reloads to the same list.
      expect(page.url()).toContain('q=rahmawati');
      await page.getByLabel('Tahap').selectOption('closed');
      await page.getByText('0 kasus').waitFor();
      await page.getByLabel('Tahap').selectOption('intake');
      await page.getByRole('link', { name: number }).click();
      await page.getByRole('heading', { level: 1, name: new RegExp(`^Kasus ${number}`) }).waitFor();
      expect(page.url()).toContain(`/kasus/${number}`);
      expect(web.pageErrors).toEqual([]);
    });
  }
});
