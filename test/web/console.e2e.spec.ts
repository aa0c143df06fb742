import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { actionButton, ARTIFACTS, browserSuite, startConsole, type BrowserConsole } from '../support/browser-harness.js';

const KALTIM = 'UPTD-PPA-64';
const POLDA = 'POLDA-KALTIM';
const DINSOS = 'DINSOS-6471';
const AGENCIES = [
  { code: KALTIM, name: 'UPTD PPA Provinsi Kalimantan Timur', type: 'uptd_ppa', provinceCode: '64', districtCode: null },
  { code: POLDA, name: 'Polda Kalimantan Timur', type: 'police', provinceCode: '64', districtCode: null },
  { code: DINSOS, name: 'Dinas Sosial Kota Balikpapan', type: 'social_services', provinceCode: '64', districtCode: '6471' },
  { code: 'UPTD-PPA-35', name: 'UPTD PPA Provinsi Jawa Timur', type: 'uptd_ppa', provinceCode: '35', districtCode: null },
];
const nameOf = (code: string): string => AGENCIES.find((a) => a.code === code)!.name;
const CODES = AGENCIES.map((a) => a.code);
/** The agency codes a text shows where a person should read names. */
const codesIn = (text: string): string[] => CODES.filter((code) => text.includes(code));

/**
 * The console built with Vite and served by the API (with its projector), driven in Chromium by people of
 * three agencies: the UPTD PPA's caseworker and supervisor carry the case and send referrals, the police
 * and social services answer them from their own queues. Every page is screenshotted at desktop and phone
 * width (artifacts/web) and checked with axe for serious or critical violations.
 */
jest.setTimeout(90_000);

browserSuite('the web console in a browser', () => {
  let web: BrowserConsole;
  let base: string;
  let caseworker: Page;
  let supervisor: Page;
  let police: Page;
  let dinsos: Page;
  let caseUrl: string;
  const axeFindings: string[] = [];
  const checkedPages: string[] = [];

  beforeAll(async () => {
    web = await startConsole({
      agencies: AGENCIES,
    });
    ({ base } = web);
  }, 120_000);

  afterAll(async () => {
    await web?.close();
  });

  /** A form field by the start of its label (labels end with " *" or "(opsional)"). */
  const labelled = (scope: Locator, name: string) => scope.getByLabel(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  /** A page section by the id of its heading. */
  const section = (page: Page, id: string) => page.locator(`section[aria-labelledby="${id}"]`);
  /** Waits until the locator's element contains the text (the page may still be loading it). */
  const shows = (locator: Locator, text: string | RegExp) => locator.filter({ hasText: text }).first().waitFor();

  const newPage = () => web.newPage();

  /**
   * Screenshots at desktop and phone width; with `axe`, an accessibility check of the page as well (once per
   * kind of page: the phone layout is the same document, and axe takes seconds on a shared machine).
   */
  async function capture(page: Page, name: string, options: { axe?: boolean } = {}): Promise<void> {
    if (options.axe) {
      const result = await new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      checkedPages.push(name);
      for (const violation of result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
        axeFindings.push(`${name}: ${violation.id} — ${violation.help} — ${violation.nodes.map((n) => n.target.join(' ')).join('; ')}`);
      }
    }
    await web.capture(page, name);
  }

  async function signIn(page: Page, agency: string, role: string, userId: string): Promise<void> {
    await page.goto(`${base}/`);
    await page.waitForURL(/\/masuk$/);
    await page.getByLabel('Lembaga').selectOption(agency);
    await page.getByLabel('Peran').selectOption(role);
    await page.getByLabel('ID pengguna').fill(userId);
    // The choice stands until it is sent: nothing the page loads late may put another agency in its place.
    expect(await page.getByLabel('Lembaga').inputValue()).toBe(agency);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    try {
      // The queue is headed by the agency's name from the directory, not its code.
      await page.getByRole('heading', { level: 1, name: `Antrian ${nameOf(agency)}`, exact: true }).waitFor();
    } catch (error) {
      // What the page said instead, and what it looked like: a sign-in that fails says why in the spec's output.
      await page.screenshot({ path: join(ARTIFACTS, `sign-in-failed-${userId}.png`), fullPage: true });
      throw new Error(`${userId} did not reach the queue at ${page.url()}: ${(await page.locator('body').innerText()).slice(0, 600)}`, { cause: error });
    }
  }

  /** Opens a command's form from its button in the actions panel, lets `fill` complete it, submits, and waits for the saved notice. */
  async function act(page: Page, command: string, fill: (form: Locator) => Promise<void> = async () => undefined): Promise<void> {
    await (await actionButton(page, command)).click();
    const form = page.locator('form').filter({ has: page.getByRole('heading', { level: 3, name: command, exact: true }) });
    await fill(form);
    await form.getByRole('button', { name: command, exact: true }).click();
    const saved = page.getByRole('status').filter({ hasText: `${command}: tersimpan.` });
    const refused = form.getByRole('alert');
    await saved.or(refused).first().waitFor();
    // A refusal fails the step with what the page said, field messages included.
    if (await refused.isVisible()) throw new Error(`${command} refused: ${await form.innerText()}`);
  }

  async function check(form: Locator, ...labels: string[]): Promise<void> {
    for (const name of labels) await form.getByLabel(name, { exact: true }).check();
  }

  it('serves the console at / with its own CSP, and leaves API paths to the API', async () => {
    const page = await fetch(`${base}/antrian`, { headers: { Accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(await page.text()).toContain('<div id="root"></div>');
    const api404 = await fetch(`${base}/cases/not-a-uuid`, { headers: { Accept: 'text/html' } });
    expect(api404.headers.get('content-type')).toContain('application/json');
    const health = await fetch(`${base}/health`, { headers: { Accept: 'text/html' } });
    expect(await health.json()).toMatchObject({ status: 'ok' });
  });

  it('signs the UPTD PPA caseworker in through development sign-in', async () => {
    caseworker = await newPage();
    await caseworker.goto(`${base}/masuk`);
    await caseworker.getByLabel('Lembaga').waitFor();
    await capture(caseworker, 'sign-in', { axe: true });
    await signIn(caseworker, KALTIM, 'caseworker', 'cw-kaltim');
    await capture(caseworker, 'queue-empty');
  });

  it('opens a case, showing the server’s validation next to the field', async () => {
    await caseworker.getByRole('link', { name: 'Kasus baru' }).click();
    const form = caseworker.locator('form');
    await labelled(form, 'Jalur masuk').selectOption('port');
    await labelled(form, 'Pelapor').selectOption('government_agency');
    // A district code of the right shape that is not on the Kemendagri list: only the server knows.
    await labelled(form, 'Kab/kota tempat korban ditemukan').fill('9999');
    await form.getByRole('button', { name: 'Buka kasus' }).click();
    await shows(form.locator('.field-error'), 'Kemendagri');
    await capture(caseworker, 'new-case-error', { axe: true });
    // Typed by name as she knows it: the console sends the Kemendagri code (6503).
    await labelled(form, 'Kab/kota tempat korban ditemukan').fill('Nunukan');
    await form.getByRole('button', { name: 'Buka kasus' }).click();
    await caseworker.getByRole('heading', { level: 1, name: /^Kasus [A-Z]{2}-\d{4}-\d{4}/ }).waitFor();
    caseUrl = caseworker.url();
    expect(caseUrl).toMatch(/\/kasus\/[0-9a-f-]{36}$/);
  });

  it('registers the victim after the form refuses a missing field, and records consent', async () => {
    await caseworker.getByRole('button', { name: 'Daftarkan korban', exact: true }).click();
    const form = caseworker.locator('form').filter({ has: caseworker.getByRole('heading', { name: 'Daftarkan korban' }) });
    await form.getByRole('button', { name: 'Daftarkan korban' }).click();
    await shows(form.getByRole('alert'), 'Periksa isian');
    expect(await labelled(form, 'Inisial korban').getAttribute('aria-invalid')).toBe('true');
    // Focus moves to the first field to fix, for keyboard and screen-reader users.
    await caseworker.waitForFunction("document.activeElement?.getAttribute('data-field') === 'initials'");
    await capture(caseworker, 'case-form-validation', { axe: true });
    await labelled(form, 'Inisial korban').fill('SR');
    await labelled(form, 'Jenis kelamin').selectOption('female');
    await labelled(form, 'Tahun lahir').fill('2001');
    await labelled(form, 'Provinsi asal').fill('Jawa Timur');
    await labelled(form, 'Kab/kota asal').fill('Kabupaten Jember');
    await labelled(form, 'Nama lengkap (dirahasiakan)').fill('Siti Rahma');
    await form.getByRole('button', { name: 'Daftarkan korban' }).click();
    await caseworker.getByRole('status').filter({ hasText: 'Daftarkan korban: tersimpan.' }).waitFor();
    // Read your own writes: the summary shows the registration at once, without a reload.
    await shows(section(caseworker, 'case-victim'), 'SR');
    await shows(section(caseworker, 'case-victim'), 'Kabupaten Jember');
    // The sealed identity opens only on request, with a reason chosen from a list (the access log holds no typed text).
    const identity = section(caseworker, 'case-identity');
    expect(await identity.innerText()).not.toContain('Siti Rahma');
    await identity.getByRole('button', { name: 'Tampilkan identitas' }).click();
    await shows(identity.getByRole('alert'), 'Pilih alasan terlebih dahulu.');
    await labelled(identity, 'Alasan membuka').selectOption('family_tracing');
    await identity.getByRole('button', { name: 'Tampilkan identitas' }).click();
    await shows(identity, 'Siti Rahma');
    await shows(identity, 'Dibuka sebagai lembaga pemilik kasus.');
    await capture(caseworker, 'case-identity-owner', { axe: true });
    await identity.getByRole('button', { name: 'Sembunyikan' }).click();
    expect(await identity.innerText()).not.toContain('Siti Rahma');

    // One step, as the victim signs one form: consent to process and to share with the police and the shelter.
    await act(caseworker, 'Catat persetujuan', async (f) => {
      await labelled(f, 'Cakupan persetujuan').selectOption('process');
      await check(f, 'Dinas Sosial Kota Balikpapan', 'Kepolisian');
      await labelled(f, 'Tujuan').fill('penegakan hukum dan rumah aman');
      await labelled(f, 'Nomor formulir persetujuan').fill('DOC-CONSENT-001');
    });
    await shows(section(caseworker, 'case-timeline'), 'Persetujuan berbagi dengan');
    await shows(section(caseworker, 'case-timeline'), 'Persetujuan memproses kasus dicatat');
    await act(caseworker, 'Lanjut ke tahap berikutnya');
    await shows(caseworker.getByRole('heading', { level: 1 }), 'Asesmen');
  });

  it('records the assessment; the caseworker cannot approve it, the supervisor does', async () => {
    await act(caseworker, 'Catat asesmen', async (f) => {
      await check(f, 'Tawaran kerja', 'Dokumen ditahan', 'Jeratan utang', 'Kerja paksa', 'Pekerja perkebunan');
      await labelled(f, 'Negara tujuan').fill('MY');
      // Transit points are ports, chosen by name: the filter narrows the list as one types.
      await f.getByLabel('Cari pelabuhan menurut nama').fill('Nunukan');
      await check(f, 'Pelabuhan Tunon Taka, Nunukan (pelabuhan)');
      await f.getByLabel('Cari pelabuhan menurut nama').fill('Tawau');
      await check(f, 'Pelabuhan Tawau, Sabah (pelabuhan)');
      await labelled(f, 'Status korban').selectOption('confirmed');
      await labelled(f, 'Tingkat risiko').selectOption('high');
      await check(f, 'Rumah aman', 'Psikososial');
    });
    // Approval is a supervisor's: the caseworker is not offered it.
    await caseworker.waitForLoadState('networkidle');
    expect(await caseworker.getByRole('button', { name: 'Setujui asesmen', includeHidden: true }).count()).toBe(0);

    supervisor = await newPage();
    await signIn(supervisor, KALTIM, 'supervisor', 'spv-kaltim');
    await supervisor.goto(caseUrl);
    await act(supervisor, 'Setujui asesmen');
    await capture(supervisor, 'case-supervisor');
  });

  it('moves on to rehabilitation and refers the victim to the police, who see it arrive in their open queue', async () => {
    police = await newPage();
    await signIn(police, POLDA, 'police_investigator', 'pol-kaltim');
    await shows(section(police, 'queue-incoming'), 'Tidak ada.');

    await caseworker.reload();
    await act(caseworker, 'Lanjut ke tahap berikutnya');
    await act(caseworker, 'Kirim rujukan', async (f) => {
      await labelled(f, 'Kepada lembaga').selectOption(POLDA);
      // No agency type to choose: the directory's record of the agency decides it.
      expect(await f.getByLabel(/^Jenis lembaga/).count()).toBe(0);
      await labelled(f, 'Layanan').selectOption('law_enforcement');
      await labelled(f, 'Alasan rujukan').fill('mohon LP dan penyidikan');
      await f.getByLabel(/Sertakan identitas korban/).check();
    });
    await act(caseworker, 'Kirim rujukan', async (f) => {
      await labelled(f, 'Kepada lembaga').selectOption(DINSOS);
      await labelled(f, 'Layanan').selectOption('shelter');
      await labelled(f, 'Alasan rujukan').fill('rumah aman selama proses hukum');
    });
    await shows(section(caseworker, 'case-referrals'), 'Menunggu jawaban');
    // Agencies by their directory names, the district where she was found by its Kemendagri name: no code to decipher.
    const referrals = section(caseworker, 'case-referrals');
    await shows(referrals, nameOf(POLDA));
    await shows(referrals, nameOf(DINSOS));
    await shows(referrals, 'mohon LP dan penyidikan');
    await shows(section(caseworker, 'case-summary'), 'Kabupaten Nunukan');
    expect(await caseworker.getByTestId('case-owner').innerText()).toBe(nameOf(KALTIM));
    await shows(
      section(caseworker, 'case-timeline'),
      `Kasus dibuka oleh ${nameOf(KALTIM)} melalui pelabuhan, dilaporkan oleh instansi pemerintah di Kabupaten Nunukan`,
    );
    await shows(section(caseworker, 'case-timeline'), `Rujukan penegakan hukum dikirim ke ${nameOf(POLDA)}`);
    expect(codesIn(await caseworker.locator('main').innerText())).toEqual([]);
    expect(await section(caseworker, 'case-summary').innerText()).not.toMatch(/\b6503\b/);
    await capture(caseworker, 'case-caseworker', { axe: true });

    // Live update: the police queue polls; the referral appears without anyone reloading it.
    await section(police, 'queue-incoming').getByRole('link').first().waitFor({ timeout: 20_000 });
    // The police read who sent it by name, and by when they must answer.
    const incoming = section(police, 'queue-incoming');
    await shows(incoming.locator('tbody tr'), nameOf(KALTIM));
    // In the time Kaltim keeps (WITA), as the police officer in Balikpapan reads her clock.
    await shows(incoming.locator('tbody tr'), /WITA/);
    await shows(incoming.locator('tbody tr'), /lagi/);
    expect(codesIn(await police.locator('main').innerText())).toEqual([]);
    await capture(police, 'queue-incoming', { axe: true });
  });

  it('the police accept from their queue and record the police report on the case', async () => {
    await section(police, 'queue-incoming').getByRole('link').first().click();
    await police.getByRole('heading', { level: 1, name: 'Rujukan Penegakan hukum' }).waitFor();
    // The receiving police read the caseworker's reason and the deadline of their answer, and who sent it by name.
    await shows(police.getByTestId('referral-reason'), 'mohon LP dan penyidikan');
    const facts = await section(police, 'referral-facts').innerText();
    expect(facts).toContain(nameOf(KALTIM));
    expect(facts).toContain(nameOf(POLDA));
    expect(facts).toMatch(/Tenggat\s+\d{1,2} \S+ \d{4}/);
    expect(facts).toMatch(/lagi\)/);
    expect(codesIn(facts)).toEqual([]);
    await capture(police, 'referral-incoming', { axe: true });
    await act(police, 'Terima rujukan', async (f) => labelled(f, 'Catatan').fill('Subdit IV Renakta menangani'));
    await shows(section(police, 'referral-facts'), 'Diterima');

    await police.getByRole('link', { name: 'Lihat kasus' }).click();
    await act(police, 'Catat laporan polisi (LP)', async (f) => {
      await labelled(f, 'Nomor LP').fill('LP/B/123/III/2025/SPKT/POLDA KALTIM');
      await labelled(f, 'Unit').fill('Subdit IV Renakta Ditreskrimum');
      await labelled(f, 'Kesatuan').selectOption(POLDA);
    });
    await shows(section(police, 'case-legal'), 'LP/B/123/III/2025');
    await shows(section(police, 'case-legal'), `(${nameOf(POLDA)})`);
    // The police see the identity their referral shares under the victim's consent: the name, not the caseworker's notes.
    const policeIdentity = section(police, 'case-identity');
    await labelled(policeIdentity, 'Alasan membuka').selectOption('legal_process');
    await policeIdentity.getByRole('button', { name: 'Tampilkan identitas' }).click();
    await shows(policeIdentity, 'Siti Rahma');
    await shows(policeIdentity, 'Dibuka atas dasar persetujuan korban untuk lembaga Anda.');
    // On the case page too: their referral with its reason; the shelter referral to social services is none of theirs.
    const policeReferrals = section(police, 'case-referrals');
    await shows(policeReferrals, 'mohon LP dan penyidikan');
    expect(await policeReferrals.innerText()).not.toContain('rumah aman selama proses hukum');
    expect(await policeReferrals.innerText()).not.toContain(nameOf(DINSOS));
    expect(codesIn(await police.locator('main').innerText())).toEqual([]);
    // A receiving agency runs only its own part: no stage, referral or closure commands.
    await police.waitForLoadState('networkidle');
    expect(await police.getByRole('button', { name: 'Kirim rujukan', includeHidden: true }).count()).toBe(0);
    await capture(police, 'case-police');
  });

  it('social services accept the shelter referral and complete it with an outcome; declining asks for a reason first', async () => {
    dinsos = await newPage();
    await signIn(dinsos, DINSOS, 'social_services_officer', 'dinsos-bpn');
    await section(dinsos, 'queue-incoming').getByRole('link').first().click();
    await dinsos.getByRole('heading', { level: 1, name: 'Rujukan Rumah aman' }).waitFor();
    // Declining needs a reason: the form says so before anything is sent.
    await dinsos.getByRole('button', { name: 'Tolak rujukan', exact: true }).click();
    const decline = dinsos.locator('form').filter({ has: dinsos.getByRole('heading', { name: 'Tolak rujukan' }) });
    await decline.getByRole('button', { name: 'Tolak rujukan' }).click();
    await shows(decline.locator('.field-error'), 'wajib diisi');
    await decline.getByRole('button', { name: 'Batal' }).click();

    await act(dinsos, 'Terima rujukan');
    await act(dinsos, 'Selesaikan rujukan', async (f) => {
      await labelled(f, 'Hasil').selectOption('successful');
      await labelled(f, 'Catatan').fill('korban ditempatkan 14 hari');
    });
    await shows(section(dinsos, 'referral-facts'), 'Selesai');
    await dinsos.getByText('Rujukan ini tidak menunggu tindakan lembaga Anda.').waitFor();
    await capture(dinsos, 'referral-completed');
  });

  it('the caseworker sees every answer on the case, in Bahasa Indonesia or English', async () => {
    await caseworker.goto(caseUrl);
    await shows(section(caseworker, 'case-referrals'), 'Diterima');
    await shows(section(caseworker, 'case-referrals'), 'Selesai');
    await shows(section(caseworker, 'case-timeline'), 'pol-kaltim');
    await caseworker.getByRole('button', { name: 'English' }).click();
    await caseworker.getByRole('heading', { level: 2, name: 'Actions' }).waitFor();
    await capture(caseworker, 'case-english', { axe: true });
    await caseworker.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await caseworker.getByRole('navigation').getByRole('link', { name: 'Antrian', exact: true }).click();
    await caseworker.getByRole('heading', { level: 1, name: /Antrian/ }).waitFor();
    await shows(section(caseworker, 'queue-cases'), 'Rehabilitasi');
    await capture(caseworker, 'queue-caseworker', { axe: true });
  });

  it('no page has a serious or critical accessibility violation, and no page threw', () => {
    expect(checkedPages.length).toBeGreaterThanOrEqual(6);
    expect(axeFindings).toEqual([]);
    expect(web.pageErrors).toEqual([]);
  });
});
