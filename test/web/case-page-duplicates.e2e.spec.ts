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
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

const CHROMIUM = '/usr/bin/chromium';
// CI (RUJUKAN_REQUIRE_BROWSER=1) installs Chromium and must not skip; elsewhere a machine without it skips, saying why.
const HAS_CHROMIUM = existsSync(CHROMIUM) || process.env.RUJUKAN_REQUIRE_BROWSER === '1';
const ARTIFACTS = join(process.cwd(), 'artifacts', 'web');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const KALTIM = 'UPTD-PPA-64';
const JATIM = 'UPTD-PPA-35';
const GUGUS_TUGAS = 'GT-TPPO-RI';
const AGENCIES = [
  { code: KALTIM, name: 'UPTD PPA Provinsi Kalimantan Timur', type: 'uptd_ppa', provinceCode: '64', districtCode: null },
  { code: JATIM, name: 'UPTD PPA Provinsi Jawa Timur', type: 'uptd_ppa', provinceCode: '35', districtCode: null },
  { code: 'POLDA-KALTIM', name: 'Polda Kalimantan Timur', type: 'police', provinceCode: '64', districtCode: null },
  { code: GUGUS_TUGAS, name: 'Gugus Tugas PP TPPO Pusat', type: 'uptd_ppa', provinceCode: null, districtCode: null },
];
const cwKaltim: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: KALTIM };
const cwJatim: Actor = { userId: 'cw-jatim', role: 'caseworker', agency: JATIM };
const CLOSURE_NOTE = 'korban memilih pulang sendiri ke Jember bersama keluarga';

/** Words of the English console that must not appear on an Indonesian page. */
const ENGLISH = [
  'Next step',
  'Other actions',
  'Identity & consent',
  'Assessment & services',
  'Referrals & transfers',
  'Stage & closure',
  'Possible duplicate',
  'Not the same person',
  'The same person',
  'Register the victim',
  'Record consent',
  'Approve closure',
  'Request closure',
  'Regency',
  'Type its name',
  'Not decided',
  'waiting for another',
];
/** What a person should never have to read: agency codes, snake_case values, command type names. */
function rawCodes(text: string): string[] {
  return [
    ...AGENCIES.map((a) => a.code).filter((code) => text.includes(code)),
    ...(text.match(/\b[a-z]+(?:_[a-z]+)+\b/g) ?? []),
    ...(text.match(/\b(?:Register|Record|Approve|Request|Advance|Send|Skip)[A-Z][A-Za-z]+\b/g) ?? []),
  ];
}

/**
 * The case page that leads, the supervisor's possible duplicates and the statistics filters by name, in Chromium at
 * desktop and phone width (screenshots in artifacts/web): the caseworker follows the one primary button from
 * registration to consent and asks for closure from a group; at phone width the summary comes before the actions;
 * the supervisor's day (open the inbox, approve the closure, decide a possible duplicate) is counted in clicks; the
 * other province's supervisor sees only the other case's number and whom to call; a task-force analyst filters the
 * statistics by typing "Nunukan".
 */
const suite = HAS_CHROMIUM ? describe : describe.skip;
jest.setTimeout(120_000);

suite(HAS_CHROMIUM ? 'the case page, possible duplicates and statistics by name' : `case page and duplicates (skipped: ${CHROMIUM} is absent)`, () => {
  let api: ApiTestApp;
  let base: string;
  let browser: Browser;
  let webDir: string;
  let caseId: string;
  let jatimCase: string;
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
    for (const agency of AGENCIES) await recordAgency(api.app.get(EventStore), api.app.get(DataSource), agency, admin);
    // Whom to call: the directory's contact of each agency.
    const sql = api.app.get(DataSource);
    await sql.query(`UPDATE agencies SET email = 'uptdppa@kaltimprov.example' WHERE code = $1`, [KALTIM]);
    await sql.query(`UPDATE agencies SET email = 'uptdppa@jatimprov.example' WHERE code = $1`, [JATIM]);
    const post = async (actor: Actor, path: string, body: object) => {
      const response = await api.post(path, body, actor);
      expect({ path, status: response.status }).toEqual({ path, status: 201 });
      return response.body as { caseId: string };
    };
    // Siti was registered in Jawa Timur first; Kalimantan Timur opens a case for her at Nunukan.
    jatimCase = (await post(cwJatim, '/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '3509' })).caseId;
    await post(cwJatim, `/cases/${jatimCase}/register-victim`, {
      initials: 'SR',
      sex: 'female',
      birthYear: 2001,
      isChild: false,
      nationality: 'ID',
      originProvinceCode: '35',
      originDistrictCode: '3509',
      identity: { fullName: 'Siti Rahmawati' },
    });
    caseId = (await post(cwKaltim, '/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6503' })).caseId;
    await api.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 150_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await api?.close();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  const labelled = (scope: Locator, name: string) => scope.getByLabel(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  const section = (page: Page, id: string) => page.locator(`section[aria-labelledby="${id}"]`);
  const shows = (locator: Locator, text: string | RegExp) => locator.filter({ hasText: text }).first().waitFor();

  async function signedIn(actor: Actor, home: string | RegExp): Promise<Page> {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
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
    await page.getByRole('heading', { level: 1, name: home }).waitFor();
    return page;
  }

  async function capture(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(ARTIFACTS, `${name}-desktop.png`), fullPage: true });
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: join(ARTIFACTS, `${name}-phone.png`), fullPage: true });
    await page.setViewportSize(DESKTOP);
  }

  /** Serious or critical accessibility violations of the page as it stands. */
  async function axeFindings(page: Page): Promise<string[]> {
    const result = await new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
  }

  /** The page's main text has no English fallback and no raw code. */
  async function readsIndonesian(page: Page, scope: Locator = page.locator('main')): Promise<void> {
    const text = await scope.innerText();
    expect(ENGLISH.filter((words) => text.includes(words))).toEqual([]);
    expect(rawCodes(text)).toEqual([]);
  }

  /** Submits the open command form and waits for its saved notice (a refusal fails with what the form said). */
  async function submit(page: Page, command: string): Promise<void> {
    const form = page.locator('form').filter({ has: page.getByRole('heading', { level: 3, name: command, exact: true }) });
    await form.getByRole('button', { name: command, exact: true }).click();
    const saved = page.getByRole('status').filter({ hasText: `${command}: tersimpan.` });
    const refused = form.getByRole('alert');
    await saved.or(refused).first().waitFor();
    if (await refused.isVisible()) throw new Error(`${command} refused: ${await form.innerText()}`);
  }

  const nextStep = (page: Page) => page.getByTestId('next-step');
  /** The buttons of the actions panel a person sees without opening anything. */
  const visibleActionButtons = async (page: Page) => (await section(page, 'case-actions').getByRole('button').allInnerTexts()).filter(Boolean);

  it('leads the caseworker with the next step as the one primary button, the other actions in closed groups', async () => {
    const page = await signedIn(cwKaltim, /^Antrian/);
    await page.goto(`${base}/kasus/${caseId}`);
    await page.getByRole('heading', { level: 1, name: /^Kasus [A-Z]{2}-\d{4}-\d{4}/ }).waitFor();
    // The next step is a button, not a line of text: register the victim.
    await nextStep(page).getByRole('button', { name: 'Daftarkan korban', exact: true }).waitFor();
    await shows(nextStep(page), 'Langkah berikutnya');
    const groups = section(page, 'case-actions').locator('details.action-group');
    await groups.first().waitFor();
    const titles = await groups.locator('summary').allInnerTexts();
    expect(titles.some((t) => t.startsWith('Rujukan & pengalihan'))).toBe(true);
    expect(titles.some((t) => t.startsWith('Tahap & penutupan'))).toBe(true);
    // Closed until opened: the caseworker first sees one button, not a wall of them.
    expect(await groups.evaluateAll((all) => all.filter((d) => d.hasAttribute('open')).length)).toBe(0);
    expect(await visibleActionButtons(page)).toEqual(['Daftarkan korban']);
    await readsIndonesian(page);
    expect(await axeFindings(page)).toEqual([]);
    await capture(page, 'case-leads-intake');

    // At phone width the summary is on the first screen, before the actions.
    await page.setViewportSize(PHONE);
    await section(page, 'case-summary').waitFor();
    const summaryTop = (await section(page, 'case-summary').boundingBox())!.y;
    const actionsTop = (await section(page, 'case-actions').boundingBox())!.y;
    process.stdout.write(`\ncase page at ${PHONE.width} px: the summary starts ${Math.round(summaryTop)} px down, the actions ${Math.round(actionsTop)} px\n`);
    expect(summaryTop).toBeLessThan(actionsTop);
    expect(summaryTop).toBeLessThan(PHONE.height);
    await page.setViewportSize(DESKTOP);

    // The primary button opens the registration; saved, the next step becomes consent.
    await nextStep(page).getByRole('button', { name: 'Daftarkan korban', exact: true }).click();
    const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Daftarkan korban' }) });
    await labelled(form, 'Inisial korban').fill('SR');
    await labelled(form, 'Jenis kelamin').selectOption('female');
    await labelled(form, 'Tahun lahir').fill('2001');
    await labelled(form, 'Provinsi asal').fill('Jawa Timur');
    await labelled(form, 'Kab/kota asal').fill('Kabupaten Jember');
    await labelled(form, 'Nama lengkap (dirahasiakan)').fill('Siti Rahmawati');
    await submit(page, 'Daftarkan korban');
    await nextStep(page).getByRole('button', { name: 'Catat persetujuan', exact: true }).click();
    const consent = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Catat persetujuan' }) });
    await labelled(consent, 'Cakupan persetujuan').selectOption('process');
    await labelled(consent, 'Nomor formulir persetujuan').fill('DOC-CONSENT-7');
    await submit(page, 'Catat persetujuan');
    await nextStep(page).getByRole('button', { name: 'Lanjut ke tahap berikutnya', exact: true }).waitFor();

    // Closure is not the next step: it is in its group, opened on request, and keeps its note.
    await groups.filter({ hasText: 'Tahap & penutupan' }).locator('summary').click();
    await section(page, 'case-actions').getByRole('button', { name: 'Ajukan penutupan', exact: true }).click();
    const closure = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Ajukan penutupan' }) });
    await labelled(closure, 'Alasan penutupan').selectOption('other');
    await labelled(closure, 'Catatan').fill(CLOSURE_NOTE);
    await submit(page, 'Ajukan penutupan');
    // Approving is the supervisor's: the caseworker reads whose step it is, with no button for it.
    await shows(page.getByTestId('next-step-elsewhere'), 'Langkah berikutnya: Jawab permintaan penutupan — menunggu peran atau lembaga lain.');
    expect(await section(page, 'case-actions').getByRole('button', { name: 'Setujui penutupan', includeHidden: true }).count()).toBe(0);
    await readsIndonesian(page);
    await capture(page, 'case-leads-closure-requested');
  });

  it("counts the supervisor's day in clicks: open the inbox, approve the closure, decide the possible duplicate", async () => {
    const page = await signedIn({ userId: 'spv-kaltim', role: 'supervisor', agency: KALTIM }, /^Antrian/);
    let clicks = 0;
    const click = async (locator: Locator) => {
      clicks += 1;
      await locator.click();
    };
    await click(page.getByRole('link', { name: 'Kotak masuk', exact: true }));
    const closures = section(page, 'inbox-closures');
    await shows(closures.locator('li'), CLOSURE_NOTE);
    await click(closures.getByRole('link').first());
    await page.getByRole('heading', { level: 1, name: /^Kasus [A-Z]{2}-\d{4}-\d{4}/ }).waitFor();
    await click(nextStep(page).getByRole('button', { name: 'Setujui penutupan', exact: true }));
    const approve = page.locator('form').filter({ has: page.getByRole('heading', { level: 3, name: 'Setujui penutupan', exact: true }) });
    await click(approve.getByRole('button', { name: 'Setujui penutupan', exact: true }));
    await page.getByRole('status').filter({ hasText: 'Setujui penutupan: tersimpan.' }).waitFor();

    // Closed from intake: the stages it never reached read as skipped, not done; the note stays in the history.
    const stages = section(page, 'case-progress').locator('ol.stages li');
    await shows(stages.filter({ hasText: 'Ditutup' }), 'tahap saat ini');
    for (const stage of ['Asesmen', 'Rehabilitasi', 'Pemulangan', 'Reintegrasi']) {
      await shows(stages.filter({ hasText: stage }), 'dilewati');
      expect(await stages.filter({ hasText: stage }).getAttribute('class')).toBe('skipped');
    }
    await shows(section(page, 'case-timeline').locator('li'), CLOSURE_NOTE);
    await readsIndonesian(page);
    await capture(page, 'case-closed-from-intake');

    await click(page.getByRole('link', { name: 'Kemungkinan kasus ganda', exact: true }));
    const match = page.getByTestId('duplicate').first();
    await shows(match, 'Nama dan tahun lahir sama');
    await shows(match, 'UPTD PPA Provinsi Jawa Timur');
    await shows(match, 'uptdppa@jatimprov.example');
    await shows(match.getByTestId('duplicate-decision'), 'Belum diputuskan');
    await readsIndonesian(page);
    expect(await axeFindings(page)).toEqual([]);
    await capture(page, 'duplicates-undecided');
    await click(match.getByRole('button', { name: 'Orang yang sama: hubungkan', exact: true }));
    await page
      .getByRole('status')
      .filter({ hasText: /^Keputusan untuk [A-Z]{2}-\d{4}-\d{4} tersimpan: Orang yang sama: kasus dihubungkan\.$/ })
      .waitFor();
    await shows(match.getByTestId('duplicate-decision'), 'Orang yang sama: kasus dihubungkan (oleh UPTD PPA Provinsi Kalimantan Timur');

    process.stdout.write(`\nthe supervisor's day (open the inbox, approve the closure, decide a possible duplicate): ${clicks} clicks\n`);
    expect(clicks).toBe(6);
    await readsIndonesian(page);
    expect(pageErrors).toEqual([]);
  });

  it("shows the other province's supervisor only the other case's number and whom to call, in both languages", async () => {
    const page = await signedIn({ userId: 'spv-jatim', role: 'supervisor', agency: JATIM }, /^Antrian/);
    await page.getByRole('link', { name: 'Kemungkinan kasus ganda', exact: true }).click();
    const match = page.getByTestId('duplicate').first();
    await shows(match.getByTestId('duplicate-decision'), 'Orang yang sama: kasus dihubungkan (oleh UPTD PPA Provinsi Kalimantan Timur');
    await shows(match, /[A-Z]{2}-\d{4}-\d{4}/);
    await shows(match, 'uptdppa@kaltimprov.example');
    // Her own case links to its page; of the other, nothing beyond its number and its agency.
    expect(await match.getByRole('link', { name: /^Kasus/ }).getAttribute('href')).toBe(`/kasus/${jatimCase}`);
    const text = await page.locator('main').innerText();
    for (const hidden of [caseId, caseId.slice(0, 8), 'Siti', 'Nunukan', 'Jember', CLOSURE_NOTE]) expect(text).not.toContain(hidden);
    expect(await match.getByRole('button', { name: 'Bukan orang yang sama', exact: true }).count()).toBe(1);
    await readsIndonesian(page);
    await capture(page, 'duplicates-other-province');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Possible duplicate cases', exact: true }).waitFor();
    await shows(match.getByTestId('duplicate-decision'), 'The same person: cases linked (by UPTD PPA Provinsi Kalimantan Timur');
    await shows(match, 'Same name and birth year');
    await match.getByRole('button', { name: 'Not the same person', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kemungkinan kasus ganda', exact: true }).waitFor();
  });

  it('is not in the navigation of a caseworker', async () => {
    const page = await signedIn(cwKaltim, /^Antrian/);
    await page.getByRole('link', { name: 'Kasus baru', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Kemungkinan kasus ganda', exact: true }).count()).toBe(0);
  });

  it('filters the statistics by region names: typing "Nunukan" finds Kabupaten Nunukan', async () => {
    const page = await signedIn({ userId: 'gt-ri', role: 'task_force_analyst', agency: GUGUS_TUGAS }, 'Statistik');
    const filters = section(page, 'stats-filters');
    // A name that is not a province is refused, in her language, before anything is asked of the API.
    await filters.getByLabel('Provinsi', { exact: true }).fill('Nunukan');
    await filters.getByRole('button', { name: 'Tampilkan' }).click();
    await shows(filters.locator('.field-error'), 'Provinsi: tidak ada di daftar provinsi Kemendagri; pilih dari saran');
    // A district outside the chosen province is named as such.
    await filters.getByLabel('Provinsi', { exact: true }).fill('Kalimantan Timur');
    await filters.getByLabel('Kabupaten/kota', { exact: true }).fill('Nunukan');
    await filters.getByRole('button', { name: 'Tampilkan' }).click();
    await shows(filters.locator('.field-error'), 'Kabupaten/kota: tidak berada di provinsi yang dipilih');
    await readsIndonesian(page, filters);
    await capture(page, 'stats-region-error');

    await filters.getByLabel('Provinsi', { exact: true }).fill('Kalimantan Utara');
    await filters.getByRole('button', { name: 'Tampilkan' }).click();
    await page.waitForURL(/provinsi=65(&|$)/);
    await filters.getByLabel('Kabupaten/kota', { exact: true }).fill('nunukan');
    await filters.getByRole('button', { name: 'Tampilkan' }).click();
    await page.waitForURL(/kabkota=6503(&|$)/);
    expect(await filters.locator('.field-error').count()).toBe(0);
    // The suggestions of the district field are the chosen province's.
    const options = await filters.locator('#stats-district-names option').evaluateAll((all) => all.map((o) => o.getAttribute('value')));
    expect(options).toContain('Kabupaten Nunukan');
    expect(options).not.toContain('Kota Balikpapan');
    // A linked table opens with the names in the fields, not the codes.
    await page.reload();
    await section(page, 'stats-cases').waitFor();
    expect(await filters.getByLabel('Provinsi', { exact: true }).inputValue()).toBe('Kalimantan Utara');
    expect(await filters.getByLabel('Kabupaten/kota', { exact: true }).inputValue()).toBe('Kabupaten Nunukan');
    await readsIndonesian(page, filters);
    expect(await axeFindings(page)).toEqual([]);
    await capture(page, 'stats-region-names');
    expect(pageErrors).toEqual([]);
  });
});
