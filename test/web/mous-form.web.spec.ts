import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import type { ApiTestApp } from '../support/api-test-app.js';
import { ARTIFACTS, browserSuite, startConsole, type BrowserConsole } from '../support/browser-harness.js';

const TASK_FORCE = 'GT-TPPO-64';
const REFERENCE = 'ILUSTRASI/64-61/2025';
const TITLE = 'Kerja sama penanganan korban TPPO Kaltim–Kalbar';

browserSuite('the MoU register’s forms in a browser', () => {
  let web: BrowserConsole;
  let api: ApiTestApp;
  let base: string;

  beforeAll(async () => {
    web = await startConsole();
    ({ api, base } = web);
  }, 180_000);

  afterAll(async () => {
    await web?.close();
  });

  const shows = (locator: Locator, text: string | RegExp) => locator.filter({ hasText: text }).first().waitFor({ timeout: 20_000 });

  async function signedIn(role: string, userId: string, home: string): Promise<Page> {
    const page = await web.signedIn({ agency: TASK_FORCE, role, userId }, home, { viewport: { width: 1280, height: 900 }, cspErrors: true });
    await page.getByRole('link', { name: 'Daftar MoU' }).click();
    await page.getByRole('heading', { level: 1, name: 'Daftar MoU antarprovinsi' }).waitFor();
    return page;
  }

  const row = (page: Page) => page.locator('section[aria-labelledby="mous"] tbody tr').filter({ hasText: TITLE });

  it('a task-force coordinator records an MoU with parties chosen by name, renews it and terminates it', async () => {
    const page = await signedIn('task_force_coordinator', 'gtk-64', 'Rencana Aksi Daerah (RAD)');
    await page.getByRole('button', { name: 'Catat MoU' }).click();
    const form = page.locator('section[aria-labelledby="mou-record"] form');
    await form.waitFor();

    // Nothing is sent until the form is whole: each field says what it lacks.
    await form.getByRole('button', { name: 'Simpan MoU' }).click();
    await shows(form.locator('.field-error'), 'Pilih paling sedikit dua pihak');
    expect(await form.locator('.field-error').count()).toBe(5);
    expect(await form.getByLabel('Nomor MoU').getAttribute('aria-invalid')).toBe('true');

    // A province task force may record only an MoU its province is party to: the server's refusal is said in Indonesian.
    await form.getByLabel('Nomor MoU').fill('ILUSTRASI/35-61/2025');
    await form.getByLabel('Judul').fill('Kerja sama Jatim–Kalbar');
    await form.getByLabel('Jawa Timur').check();
    await form.getByLabel('Kalimantan Barat').check();
    await form.getByLabel('Pemindahan penanganan kasus').check();
    await form.getByLabel('Tanggal ditandatangani').fill('2025-02-03');
    await form.getByRole('button', { name: 'Simpan MoU' }).click();
    await shows(form.getByRole('alert'), /tidak berwenang|tidak boleh|bukan pihak|pihak/i);

    // Its own: Kaltim and Kalbar, and the ministry chosen from the directory by name.
    await form.getByLabel('Nomor MoU').fill(REFERENCE);
    await form.getByLabel('Judul').fill(TITLE);
    await form.getByLabel('Jawa Timur').uncheck();
    await form.getByLabel('Kalimantan Timur').check();
    await form.getByLabel('Lembaga yang menjadi pihak').selectOption({ label: 'Kementerian PPPA' });
    await form.getByRole('button', { name: 'Tambahkan' }).click();
    await shows(form.getByRole('list', { name: 'Lembaga terpilih' }), 'Kementerian PPPA');
    await form.getByLabel('Pemulangan', { exact: true }).check();
    await form.getByLabel('Berlaku sampai').fill('2030-02-02');
    await form.getByLabel('Dokumen').fill('Arsip Biro Pemerintahan 2025/04');
    await form.getByLabel('Ilustrasi (bukan MoU nyata)').check();
    expect(await web.axeFindings(page, { legacyMode: false })).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'mou-record-desktop.png'), fullPage: true });
    await form.getByRole('button', { name: 'Simpan MoU' }).click();
    await shows(page.getByRole('status'), 'MoU dicatat.');
    await shows(row(page), REFERENCE);
    await shows(row(page), 'Kalimantan Barat');
    await shows(row(page), 'Kementerian PPPA');
    await shows(row(page), 'Pemulangan');
    await shows(row(page), '3 Feb 2025 – 2 Feb 2030');
    await shows(row(page), 'Berlaku');

    // Renewed by an addendum: the new expiry shows, and the register names it by the addendum's number.
    await row(page)
      .getByRole('button', { name: `Perpanjang ${REFERENCE}` })
      .click();
    const renew = row(page).getByRole('form', { name: 'Perpanjang' });
    await renew.getByLabel('Berlaku sampai (baru)').fill('2035-02-02');
    await renew.getByLabel('Nomor adendum').fill('Adendum 1');
    await renew.getByRole('button', { name: 'Perpanjang' }).click();
    await shows(page.getByRole('status'), 'MoU diperpanjang.');
    await shows(row(page), '3 Feb 2025 – 2 Feb 2035');
    await shows(row(page), 'Adendum 1');

    // Terminated from a day: the day is asked for first.
    await row(page).getByRole('button', { name: 'Akhiri Adendum 1' }).click();
    const terminate = row(page).getByRole('form', { name: 'Akhiri' });
    await terminate.getByRole('button', { name: 'Akhiri' }).click();
    await shows(terminate.locator('.field-error'), 'wajib diisi');
    await terminate.getByLabel('Diakhiri sejak').fill('2026-01-31');
    await terminate.getByLabel('Catatan').fill('diganti MoU baru');
    await terminate.getByRole('button', { name: 'Akhiri' }).click();
    await shows(page.getByRole('status'), 'MoU diakhiri.');
    await shows(row(page), 'Diakhiri');
    expect(
      await row(page)
        .getByRole('button', { name: /^Perpanjang/ })
        .count(),
    ).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'mou-register-desktop.png'), fullPage: true });
  }, 180_000);

  it('an analyst of the same task force reads the register and gets no form', async () => {
    const page = await signedIn('task_force_analyst', 'gt-64', 'Statistik');
    await shows(row(page), 'Diakhiri');
    expect(await page.getByRole('button', { name: 'Catat MoU' }).count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: 'Tindakan' }).count()).toBe(0);
    expect(web.pageErrors).toEqual([]);
  }, 120_000);

  it('a caseworker rests a transfer on an MoU in force, chosen by its reference, never by typing its id', async () => {
    const coordinator = { userId: 'gtk-64', role: 'task_force_coordinator', agency: TASK_FORCE } as const;
    const caseworker = { userId: 'cw-kaltim', role: 'caseworker', agency: 'UPTD-PPA-64' } as const;
    const post = async (actor: typeof coordinator | typeof caseworker, path: string, body: object) => {
      const response = await api.post(path, body, actor);
      expect({ path, status: response.status, body: response.body }).toMatchObject({ path, status: 201 });
      return response.body as { caseId?: string; mouId?: string };
    };
    const { mouId } = await post(coordinator, '/mous', {
      reference: 'ILUSTRASI/64-35/2024',
      title: 'Kerja sama penanganan korban TPPO Kaltim–Jatim',
      provinces: ['64', '35'],
      scopes: ['case_transfer'],
      signedOn: '2024-01-02',
      illustrative: true,
    });
    const { caseId } = await post(caseworker, '/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6503' });
    await post(caseworker, `/cases/${caseId}/register-victim`, {
      initials: 'SR',
      sex: 'female',
      birthYear: 2001,
      isChild: false,
      nationality: 'ID',
      originProvinceCode: '35',
      originDistrictCode: '3509',
    });

    const page = await web.signedIn(caseworker, /^Antrian/, { viewport: { width: 1280, height: 900 }, from: '/masuk' });
    await page.goto(`${base}/kasus/${caseId}`);
    await page.getByRole('heading', { level: 1, name: /^Kasus [A-Z]{2}-\d{4}-\d{4}/ }).waitFor();
    const command = 'Ajukan pengalihan kasus';
    const button = page.getByRole('button', { name: command, exact: true, includeHidden: true }).first();
    await button.waitFor({ state: 'attached' });
    if (!(await button.isVisible())) await page.locator('details.action-group:not([open])').filter({ has: button }).locator('summary').click();
    await page.getByRole('button', { name: command, exact: true }).first().click();
    const form = page.locator('form').filter({ has: page.getByRole('heading', { level: 3, name: command, exact: true }) });
    await form.getByLabel('Kepada UPTD PPA').selectOption('UPTD-PPA-35');
    await form.getByLabel('Alasan').fill('korban ingin pulang ke Jember');
    const mou = form.getByLabel('MoU yang mendasari');
    // Only MoUs in force are offered (the one terminated above is not), each by its reference and title.
    await mou.locator('option', { hasText: 'ILUSTRASI/64-35/2024' }).waitFor({ state: 'attached' });
    expect(await mou.locator('option', { hasText: REFERENCE }).count()).toBe(0);
    await mou.selectOption({ label: 'ILUSTRASI/64-35/2024 — Kerja sama penanganan korban TPPO Kaltim–Jatim' });
    await form.getByRole('button', { name: command, exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${command}: tersimpan.` })
      .waitFor();
    const requested = (await api.stream(caseId!)).find((e) => e.type === 'TransferRequested');
    expect(requested?.data).toMatchObject({ toAgency: 'UPTD-PPA-35', mouId });
    expect(web.pageErrors).toEqual([]);
  }, 120_000);
});
