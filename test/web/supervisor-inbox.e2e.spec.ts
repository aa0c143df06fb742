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
import { DeadlineSweepService } from '@rujukan/server';
import { recordAgency } from '@rujukan/read-models';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import request from 'supertest';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

const CHROMIUM = '/usr/bin/chromium';
// CI (RUJUKAN_REQUIRE_BROWSER=1) installs Chromium and must not skip; elsewhere a machine without it skips, saying why.
const HAS_CHROMIUM = existsSync(CHROMIUM) || process.env.RUJUKAN_REQUIRE_BROWSER === '1';
const ARTIFACTS = join(process.cwd(), 'artifacts', 'web');
const KALTIM = 'UPTD-PPA-64';
const POLDA = 'POLDA-KALTIM';
const siti: Actor = { userId: 'cw-siti', role: 'caseworker', agency: KALTIM };
const supervisorActor: Actor = { userId: 'spv-kaltim', role: 'supervisor', agency: KALTIM };

/**
 * A supervisor opens her inbox (Kotak masuk): the closure request with its note, the expired referral with the
 * caseworker's reason, which she sends again in one click; the list empties and the case shows the new referral.
 */
const suite = HAS_CHROMIUM ? describe : describe.skip;
jest.setTimeout(90_000);

suite(HAS_CHROMIUM ? "the supervisor's inbox in the console" : `the supervisor's inbox in the console (skipped: ${CHROMIUM} is absent)`, () => {
  let api: ApiTestApp;
  let base: string;
  let browser: Browser;
  let webDir: string;
  let caseId: string;
  let closing: string;
  const contexts: BrowserContext[] = [];
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
    await recordAgency(
      api.app.get(EventStore),
      api.app.get(DataSource),
      { code: POLDA, name: 'Polda Kalimantan Timur', type: 'police', provinceCode: '64', districtCode: null },
      admin,
    );
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
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await api?.close();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  const section = (page: Page, id: string) => page.locator(`section[aria-labelledby="${id}"]`);
  const shows = (locator: Locator, text: string | RegExp) => locator.filter({ hasText: text }).first().waitFor();

  async function signedIn(actor: Actor): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${base}/`);
    await page.waitForURL(/\/masuk$/);
    await page.getByLabel('Lembaga').selectOption(actor.agency);
    await page.getByLabel('Peran').selectOption(actor.role);
    await page.getByLabel('ID pengguna').fill(actor.userId);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    // The queue is headed by the agency's directory name (the only agency the spec records).
    await page.getByRole('heading', { level: 1, name: 'Antrian UPTD PPA Provinsi Kalimantan Timur', exact: true }).waitFor();
    return page;
  }

  /** Serious or critical accessibility violations of the page as it stands. */
  async function axeFindings(page: Page): Promise<string[]> {
    const result = await new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
  }

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
    expect(pageErrors).toEqual([]);
  });

  it('is not in the navigation of a caseworker', async () => {
    const page = await signedIn(siti);
    expect(await page.getByRole('link', { name: 'Kotak masuk', exact: true }).count()).toBe(0);
  });
});
