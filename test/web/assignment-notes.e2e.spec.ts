import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import type { Locator, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { actionButton, ARTIFACTS, browserSuite, startConsole, type BrowserConsole } from '../support/browser-harness.js';

const KALTIM = 'UPTD-PPA-64';
const siti: Actor = { userId: 'cw-siti', role: 'caseworker', agency: KALTIM };
const supervisorActor: Actor = { userId: 'spv-kaltim', role: 'supervisor', agency: KALTIM };

/**
 * A supervisor assigns a case to one of her caseworkers from the case page, picking her by name; the team table
 * counts it; the caseworker finds it under "Kasus saya" and writes a kronologi entry that the timeline shows her.
 */
jest.setTimeout(90_000);

browserSuite('assignment and notes in the console', () => {
  let web: BrowserConsole;
  let base: string;
  let caseId: string;

  beforeAll(async () => {
    web = await startConsole({
      agencies: [{ code: KALTIM, name: 'UPTD PPA Provinsi Kalimantan Timur', type: 'uptd_ppa', provinceCode: '64', districtCode: null }],
      seed: async (started) => {
        // The caseworker opens the case through the API; the directory records her name, which the supervisor picks.
        const opened = await started.post('/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6503' }, siti);
        caseId = opened.body.caseId;
        await started.token(supervisorActor);
        await started.app.get(DataSource).query(`UPDATE users SET name = 'Siti Rahmawati' WHERE user_id = $1`, [siti.userId]);
      },
    });
    ({ base } = web);
  }, 120_000);

  afterAll(async () => {
    await web?.close();
  });

  const section = (page: Page, id: string) => page.locator(`section[aria-labelledby="${id}"]`);
  const shows = (locator: Locator, text: string | RegExp) => locator.filter({ hasText: text }).first().waitFor();

  // The queue is headed by the agency's directory name (the only agency the spec records).
  const signedIn = (actor: Actor) => web.signedIn(actor, { name: 'Antrian UPTD PPA Provinsi Kalimantan Timur', exact: true });
  const axeFindings = (page: Page) => web.axeFindings(page);

  async function act(page: Page, command: string, fill: (form: Locator) => Promise<void>): Promise<void> {
    await (await actionButton(page, command)).click();
    const form = page.locator('form').filter({ has: page.getByRole('heading', { level: 3, name: command, exact: true }) });
    await fill(form);
    await form.getByRole('button', { name: command, exact: true }).click();
    const saved = page.getByRole('status').filter({ hasText: `${command}: tersimpan.` });
    const refused = form.getByRole('alert');
    await saved.or(refused).first().waitFor();
    if (await refused.isVisible()) throw new Error(`${command} refused: ${await form.innerText()}`);
  }

  it('the supervisor assigns the case from its page, picking the caseworker by name, and sees her load in the team table', async () => {
    const page = await signedIn(supervisorActor);
    await page.goto(`${base}/kasus/${caseId}`);
    await page.getByTestId('case-assignee').filter({ hasText: 'Belum ditugaskan' }).waitFor();
    await act(page, 'Tugaskan pendamping kasus', async (form) => {
      const picker = form.getByLabel(/^Pendamping kasus/);
      await picker.locator('option', { hasText: 'Siti Rahmawati' }).waitFor({ state: 'attached' });
      // Names, not ids: the option a supervisor reads is the caseworker's name.
      expect(await picker.locator('option').allInnerTexts()).toContain('Siti Rahmawati');
      await picker.selectOption({ label: 'Siti Rahmawati' });
    });
    await page.getByTestId('case-assignee').filter({ hasText: 'Siti Rahmawati' }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'case-assigned-desktop.png'), fullPage: true });
    await page.goto(`${base}/antrian`);
    const team = section(page, 'queue-team');
    await shows(team, 'Siti Rahmawati');
    const row = team.locator('tr', { hasText: 'Siti Rahmawati' });
    expect((await row.locator('td').allInnerTexts()).map((t) => t.trim())).toEqual(['Siti Rahmawati', '1', '0']);
    await page.screenshot({ path: join(ARTIFACTS, 'queue-team-desktop.png'), fullPage: true });
    expect(await axeFindings(page)).toEqual([]);
  });

  it('the caseworker finds it under "Kasus saya" and adds a kronologi entry the timeline shows', async () => {
    const page = await signedIn(siti);
    const mine = section(page, 'queue-mine');
    // Named by its registration number, not its id.
    await shows(mine, /KI-\d{4}-0001/);
    await page.screenshot({ path: join(ARTIFACTS, 'queue-mine-desktop.png'), fullPage: true });
    await mine.getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: /^Kasus [A-Z]{2}-\d{4}-\d{4}/ }).waitFor();
    await act(page, 'Tambah catatan atau kronologi', async (form) => {
      await form.getByLabel(/^Jenis/).selectOption('kronologi');
      await form.getByLabel(/^Isi/).fill('Direkrut di Jember bulan Mei, menyeberang di Nunukan');
    });
    await shows(page.locator('body'), 'Direkrut di Jember bulan Mei, menyeberang di Nunukan');
    await shows(page.locator('body'), /Kronologi ditambahkan oleh UPTD PPA Provinsi Kalimantan Timur/);
    expect(await axeFindings(page)).toEqual([]);
    expect(web.pageErrors).toEqual([]);
  });
});
