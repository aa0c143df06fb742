import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { AxeBuilder } from '@axe-core/playwright';
import type { Actor } from '@rujukan/domain';
import { EventStore } from '@rujukan/event-store';
import { recordAgency } from '@rujukan/read-models';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

const CHROMIUM = '/usr/bin/chromium';
// CI (RUJUKAN_REQUIRE_BROWSER=1) installs Chromium and must not skip; elsewhere a machine without it skips, saying why.
const HAS_CHROMIUM = existsSync(CHROMIUM) || process.env.RUJUKAN_REQUIRE_BROWSER === '1';
const ARTIFACTS = join(process.cwd(), 'artifacts', 'web');
const KALTIM = 'UPTD-PPA-64';
const siti: Actor = { userId: 'cw-siti', role: 'caseworker', agency: KALTIM };

/**
 * A caseworker finds a case from the Kasus page by one word of the victim's name (through the blind index), by its
 * registration number and by filters, opens it by the number, and the page speaks Indonesian throughout.
 */
const suite = HAS_CHROMIUM ? describe : describe.skip;
jest.setTimeout(90_000);

suite(HAS_CHROMIUM ? 'the Kasus page: list, filters and search' : `the Kasus page (skipped: ${CHROMIUM} is absent)`, () => {
  let api: ApiTestApp;
  let base: string;
  let browser: Browser;
  let webDir: string;
  let number: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'rujukan-web-'));
    // Vite's build() in a child process: Rolldown's native binding refuses objects made inside Jest's VM context.
    const script = `import { build } from 'vite'; await build(${JSON.stringify({ configFile: join(process.cwd(), 'apps/web/vite.config.ts'), logLevel: 'error', build: { outDir: webDir, emptyOutDir: true } })});`;
    await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: process.cwd(), env: { ...process.env, NODE_OPTIONS: '' } });
    api = await startApiTestApp({
      withProjector: true,
      env: { AUTH_DEV_SIGN_IN: 'true', WEB_DIST_DIR: webDir, RATE_LIMIT_PER_IP_PER_MINUTE: '0', RATE_LIMIT_PER_USER_PER_MINUTE: '0', READ_WAIT_MS: '5000' },
    });
    const admin = { userId: 'admin-1', role: 'administrator', agency: 'KEMENPPPA' };
    await recordAgency(
      api.app.get(EventStore),
      api.app.get(DataSource),
      { code: KALTIM, name: 'UPTD PPA Provinsi Kalimantan Timur', type: 'uptd_ppa', provinceCode: '64', districtCode: null },
      admin,
    );
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
    await api.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  async function signedIn(actor: Actor, width: number): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${base}/`);
    await page.waitForURL(/\/masuk$/);
    await page.getByLabel('Lembaga').selectOption(actor.agency);
    await page.getByLabel('Peran').selectOption(actor.role);
    await page.getByLabel('ID pengguna').fill(actor.userId);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Antrian UPTD PPA Provinsi Kalimantan Timur', exact: true }).waitFor();
    return page;
  }

  async function axeFindings(page: Page): Promise<string[]> {
    const result = await new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
  }

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
      expect(pageErrors).toEqual([]);
    });
  }
});
