import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import type { Locator, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import type { ApiTestApp } from '../support/api-test-app.js';
import { type BrowserConsole, browserSuite, DESKTOP, PHONE_390 as PHONE, startConsole } from '../support/browser-harness.js';

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
jest.setTimeout(120_000);

browserSuite('the case page, possible duplicates and statistics by name', () => {
  let web: BrowserConsole;
  let api: ApiTestApp;
  let base: string;
  let caseId: string;
  let jatimCase: string;

  beforeAll(async () => {
    web = await startConsole({
      agencies: AGENCIES,
      seed: async (started) => {
        api = started;
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
      },
    });
    ({ api, base } = web);
  }, 150_000);

  afterAll(async () => {
    await web?.close();
  });

  const labelled = (scope: Locator, name: string) => scope.getByLabel(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  const section = (page: Page, id: string) => page.locator(`section[aria-labelledby="${id}"]`);
  const shows = (locator: Locator, text: string | RegExp) => locator.filter({ hasText: text }).first().waitFor();

  const signedIn = (actor: Actor, home: string | RegExp) => web.signedIn(actor, home);

  const capture = (page: Page, name: string) => web.capture(page, name, { phone: PHONE });

  /** Serious or critical accessibility violations of the page as it stands. */
  const axeFindings = (page: Page) => web.axeFindings(page);

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
    expect(web.pageErrors).toEqual([]);
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
    expect(web.pageErrors).toEqual([]);
  });
});
