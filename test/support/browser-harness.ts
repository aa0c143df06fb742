import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe } from '@jest/globals';
import { AxeBuilder } from '@axe-core/playwright';
import { EventStore } from '@rujukan/event-store';
import type { AgencyEntry } from '@rujukan/domain';
import { recordAgency } from '@rujukan/read-models';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { startApiTestApp, type ApiTestApp } from './api-test-app.js';

/**
 * The browser specs' harness: the console built by Vite and served by the API test app, Debian Chromium driven by
 * playwright-core, sign-in through the sign-in page, screenshots in artifacts/web and axe's serious findings.
 */

export const CHROMIUM = '/usr/bin/chromium';
// CI (RUJUKAN_REQUIRE_BROWSER=1) installs Chromium and must not skip; elsewhere a machine without it skips, saying why.
export const HAS_CHROMIUM = existsSync(CHROMIUM) || process.env.RUJUKAN_REQUIRE_BROWSER === '1';
export const ARTIFACTS = join(process.cwd(), 'artifacts', 'web');
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 360, height: 740 };
/** A larger phone, as some specs check at 390 px. */
export const PHONE_390 = { width: 390, height: 844 };
export type Viewport = { width: number; height: number };

/** A describe that runs where Chromium is, and elsewhere is skipped with the reason in its name. */
export function browserSuite(name: string, fn: () => void, skippedName: string = name): void {
  if (HAS_CHROMIUM) describe(name, fn);
  else describe.skip(`${skippedName} (skipped: ${CHROMIUM} is absent)`, fn);
}

/** Who signs in, as the sign-in page asks: Lembaga, Peran, ID pengguna. */
export interface SignInFields {
  agency: string;
  role: string;
  userId: string;
}

export interface NewPageOptions {
  viewport?: Viewport;
  acceptDownloads?: boolean;
  /** The page's default timeout; 20 s unless told. */
  timeout?: number;
  /** Also count a console error about the Content Security Policy as a page error. */
  cspErrors?: boolean;
  /** Put before each page error (e.g. who was signed in). */
  errorPrefix?: string;
}

export interface SignInOptions {
  /** The address the sign-in starts from: `/` (redirected to /masuk, which is waited for) unless told. */
  from?: '/' | '/masuk';
}

/** The heading (level 1) the signed-in page shows: its name, exactly or not. */
export type Heading = string | RegExp | { name: string | RegExp; exact: boolean };

export interface BrowserConsole {
  api: ApiTestApp;
  /** http://127.0.0.1:port of the console and the API. */
  base: string;
  browser: Browser;
  /** Page errors of every page the harness opened, in order. */
  pageErrors: string[];
  /** A page in a new context: locale id-ID, Asia/Jakarta, desktop viewport unless told; closed by close(). */
  newPage(options?: NewPageOptions): Promise<Page>;
  /** Signs in through the sign-in page on this page. */
  signIn(page: Page, who: SignInFields, options?: SignInOptions): Promise<void>;
  /** A new page, signed in, once the heading shows (when one is given). */
  signedIn(who: SignInFields, heading?: Heading, options?: NewPageOptions & SignInOptions): Promise<Page>;
  /** Screenshots `${name}-desktop.png` and `${name}-phone.png` in artifacts/web, then back to the desktop width. */
  capture(page: Page, name: string, sizes?: { desktop?: Viewport; phone?: Viewport }): Promise<void>;
  /** Serious or critical accessibility violations of the page as it stands, as "id: help". */
  axeFindings(page: Page, options?: { legacyMode?: boolean }): Promise<string[]>;
  close(): Promise<void>;
}

export interface StartConsoleOptions {
  /** Configuration for the API beyond the harness's own (dev sign-in, the console, no rate limits, READ_WAIT_MS 5000); undefined removes a key. */
  env?: Record<string, string | undefined>;
  withProjector?: boolean;
  /** Agencies the directory records (by an administrator of KEMENPPPA) before `seed`. */
  agencies?: AgencyEntry[];
  /** Work on the API before it listens (agencies recorded, cases opened). */
  seed?: (api: ApiTestApp) => Promise<unknown>;
  chromiumArgs?: string[];
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

/** Builds the console, starts the API serving it, and launches Chromium. */
export async function startConsole(options: StartConsoleOptions = {}): Promise<BrowserConsole> {
  const webDir = mkdtempSync(join(tmpdir(), 'rujukan-web-'));
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  let api: ApiTestApp | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await api?.close();
    rmSync(webDir, { recursive: true, force: true });
  };
  try {
    // Vite's build() in a child process: Rolldown's native binding refuses objects made inside Jest's VM context.
    const script = `import { build } from 'vite'; await build(${JSON.stringify({ configFile: join(process.cwd(), 'apps/web/vite.config.ts'), logLevel: 'error', build: { outDir: webDir, emptyOutDir: true } })});`;
    await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: process.cwd(), env: { ...process.env, NODE_OPTIONS: '' } });
    const env: Record<string, string | undefined> = {
      AUTH_DEV_SIGN_IN: 'true',
      WEB_DIST_DIR: webDir,
      RATE_LIMIT_PER_IP_PER_MINUTE: '0',
      RATE_LIMIT_PER_USER_PER_MINUTE: '0',
      READ_WAIT_MS: '5000',
      ...options.env,
    };
    api = await startApiTestApp({
      withProjector: options.withProjector ?? true,
      env: Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined)),
    });
    const admin = { userId: 'admin-1', role: 'administrator', agency: 'KEMENPPPA' };
    for (const agency of options.agencies ?? []) await recordAgency(api.app.get(EventStore), api.app.get(DataSource), agency, admin);
    await options.seed?.(api);
    await api.app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: options.chromiumArgs ?? CHROMIUM_ARGS });
    mkdirSync(ARTIFACTS, { recursive: true });
    const launched = browser;

    const newPage = async (pageOptions: NewPageOptions = {}): Promise<Page> => {
      const context = await launched.newContext({
        viewport: pageOptions.viewport ?? DESKTOP,
        locale: 'id-ID',
        timezoneId: 'Asia/Jakarta',
        ...(pageOptions.acceptDownloads ? { acceptDownloads: true } : {}),
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(pageOptions.timeout ?? 20_000);
      page.on('pageerror', (error) => pageErrors.push(`${pageOptions.errorPrefix ?? ''}${error.message}`));
      if (pageOptions.cspErrors)
        page.on('console', (message) => {
          if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) pageErrors.push(message.text());
        });
      return page;
    };
    const signIn = async (page: Page, who: SignInFields, signInOptions: SignInOptions = {}): Promise<void> => {
      if (signInOptions.from === '/masuk') await page.goto(`${base}/masuk`);
      else {
        await page.goto(`${base}/`);
        await page.waitForURL(/\/masuk$/);
      }
      await page.getByLabel('Lembaga').selectOption(who.agency);
      await page.getByLabel('Peran').selectOption(who.role);
      await page.getByLabel('ID pengguna').fill(who.userId);
      await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    };
    return {
      api,
      base,
      browser,
      pageErrors,
      newPage,
      signIn,
      async signedIn(who, heading, signedInOptions = {}) {
        const page = await newPage(signedInOptions);
        await signIn(page, who, signedInOptions);
        if (heading !== undefined) {
          const name = typeof heading === 'object' && !(heading instanceof RegExp) ? heading : { name: heading, exact: false };
          await page.getByRole('heading', { level: 1, name: name.name, ...(name.exact ? { exact: true } : {}) }).waitFor();
        }
        return page;
      },
      async capture(page, name, sizes = {}) {
        await page.screenshot({ path: join(ARTIFACTS, `${name}-desktop.png`), fullPage: true });
        await page.setViewportSize(sizes.phone ?? PHONE);
        await page.screenshot({ path: join(ARTIFACTS, `${name}-phone.png`), fullPage: true });
        await page.setViewportSize(sizes.desktop ?? DESKTOP);
      },
      async axeFindings(page, axeOptions = {}) {
        const builder = new AxeBuilder({ page });
        if (axeOptions.legacyMode ?? true) builder.setLegacyMode(true);
        const result = await builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
      },
      close,
    };
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
}

/**
 * A command's button on the case or referral page: the next step's primary button, or one inside its closed group,
 * which is opened first (as a person would).
 */
export async function actionButton(page: Page, command: string): Promise<Locator> {
  const shown = page.getByRole('button', { name: command, exact: true }).first();
  const any = page.getByRole('button', { name: command, exact: true, includeHidden: true }).first();
  const closedGroup = page.locator('details.action-group:not([open])').filter({ has: any }).locator('summary');
  // The panel may still be settling (the summary and the actions load apart): a button first drawn inside a closed
  // group can become the next step's own button a moment later. Look again until the button itself shows.
  const deadline = Date.now() + 20_000;
  while (!(await shown.isVisible())) {
    if (Date.now() > deadline) throw new Error(`${command}: no such button within 20 s on ${page.url()}`);
    await shown
      .or(closedGroup)
      .first()
      .waitFor({ timeout: Math.max(1, deadline - Date.now()) });
    if (!(await shown.isVisible()))
      await closedGroup
        .first()
        .click({ timeout: 1_000 })
        .catch(() => undefined);
  }
  return shown;
}
