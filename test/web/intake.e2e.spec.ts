import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { browserSuite, startConsole, type BrowserConsole } from '../support/browser-harness.js';

const KALTIM = 'UPTD-PPA-64';
const POLDA = 'POLDA-KALTIM';
const DINSOS = 'DINSOS-6471';
const BP3MI = 'BP3MI-NUNUKAN';
const AGENCIES = [
  { code: KALTIM, name: 'UPTD PPA Provinsi Kalimantan Timur', type: 'uptd_ppa', provinceCode: '64', districtCode: null },
  { code: POLDA, name: 'Polda Kalimantan Timur', type: 'police', provinceCode: '64', districtCode: null },
  { code: DINSOS, name: 'Dinas Sosial Kota Balikpapan', type: 'social_services', provinceCode: '64', districtCode: '6471' },
  { code: BP3MI, name: 'BP3MI Kalimantan Utara, Pos Nunukan', type: 'bp2mi', provinceCode: '65', districtCode: '6503' },
];
const KRONOLOGI = 'Direkrut calo di Jember pada Mei, bekerja di kebun sawit dekat Tawau, dideportasi lewat Nunukan.';

jest.setTimeout(120_000);

/**
 * A caseworker's intake as it happens, in Chromium, in Indonesian: the case opened with the agency that reported it
 * (BP3MI Nunukan), the victim registered with her kronologi (sealed), the return leg from abroad (deported from Tawau
 * to Tunon Taka, Nunukan) recorded apart from the trip home, one consent step, and two referrals. Every click of that
 * path is counted and printed; the case page shows each new fact in Indonesian, by name, with no code.
 */
browserSuite('intake as it happens, in the console', () => {
  let web: BrowserConsole;
  let page: Page;
  /** Every click, check and choice from a list on the caseworker's path, by what it did. */
  const clicks: string[] = [];

  beforeAll(async () => {
    web = await startConsole({
      agencies: AGENCIES,
    });
    page = await web.newPage();
  }, 180_000);

  afterAll(async () => {
    await web?.close();
  });

  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  /** A form field by the start of its label (labels end with " *" or "(opsional)"). */
  const labelled = (scope: Locator, name: string) => scope.getByLabel(new RegExp(`^${escape(name)}`));
  const section = (id: string) => page.locator(`section[aria-labelledby="${id}"]`);
  const shows = (locator: Locator, text: string | RegExp) => locator.filter({ hasText: text }).first().waitFor();

  const click = async (what: string, locator: Locator) => {
    clicks.push(what);
    await locator.click();
  };
  const choose = async (what: string, locator: Locator, value: string) => {
    clicks.push(what);
    await locator.selectOption(value);
  };
  const tick = async (what: string, locator: Locator) => {
    clicks.push(what);
    await locator.check();
  };

  /** Opens a command's form from its button, lets `fill` complete it, submits, and waits for the saved notice (a refusal fails with what the form said). */
  async function act(command: string, fill: (form: Locator) => Promise<void>): Promise<void> {
    // A command that is not the next step sits in a closed group of the actions panel: opening it is a click too.
    const shown = page.getByRole('button', { name: command, exact: true }).first();
    const any = page.getByRole('button', { name: command, exact: true, includeHidden: true }).first();
    const closedGroup = page.locator('details.action-group:not([open])').filter({ has: any }).locator('summary');
    // The panel may still be settling (the summary and the actions load apart): a button first drawn inside a closed
    // group can become the next step's own button a moment later. Look again until the button itself shows; a group
    // opened counts as one click.
    const deadline = Date.now() + 20_000;
    while (!(await shown.isVisible())) {
      if (Date.now() > deadline) throw new Error(`${command}: no such button within 20 s`);
      await shown
        .or(closedGroup)
        .first()
        .waitFor({ timeout: Math.max(1, deadline - Date.now()) });
      if (await shown.isVisible()) break;
      const opened = await closedGroup
        .first()
        .click({ timeout: 1_000 })
        .then(() => true)
        .catch(() => false);
      if (opened) clicks.push(`${command}: buka kelompok`);
    }
    await click(`${command}: buka`, shown);
    const form = page.locator('form').filter({ has: page.getByRole('heading', { level: 3, name: command, exact: true }) });
    await fill(form);
    await click(`${command}: kirim`, form.getByRole('button', { name: command, exact: true }));
    const saved = page.getByRole('status').filter({ hasText: `${command}: tersimpan.` });
    const refused = form.getByRole('alert');
    await saved.or(refused).first().waitFor();
    if (await refused.isVisible()) throw new Error(`${command} refused: ${await form.innerText()}`);
  }

  it('goes from intake to two referrals with the reporting agency, the kronologi and the return leg, and counts the clicks', async () => {
    await web.signIn(page, { agency: KALTIM, role: 'caseworker', userId: 'cw-intake' }, { from: '/masuk' });
    await page.getByRole('heading', { level: 1, name: `Antrian ${AGENCIES[0]!.name}`, exact: true }).waitFor();

    // The path counted starts at the queue.
    await click('Kasus baru', page.getByRole('link', { name: 'Kasus baru' }));
    const open = page.locator('form');
    await choose('Jalur masuk', labelled(open, 'Jalur masuk'), 'bp2mi');
    await choose('Pelapor', labelled(open, 'Pelapor'), 'government_agency');
    await labelled(open, 'Kab/kota tempat korban ditemukan').fill('Nunukan');
    // The reporting agency from the directory, by name; left empty it would simply not be named.
    await labelled(open, 'Lembaga pelapor').locator(`option[value="${BP3MI}"]`).waitFor({ state: 'attached' });
    await choose('Lembaga pelapor', labelled(open, 'Lembaga pelapor'), BP3MI);
    await click('Buka kasus', open.getByRole('button', { name: 'Buka kasus' }));
    await page.getByRole('heading', { level: 1, name: /^Kasus [A-Z]{2}-\d{4}-\d{4}/ }).waitFor();

    await act('Daftarkan korban', async (f) => {
      await labelled(f, 'Inisial korban').fill('SR');
      await choose('Jenis kelamin', labelled(f, 'Jenis kelamin'), 'female');
      await labelled(f, 'Tahun lahir').fill('2001');
      await labelled(f, 'Provinsi asal').fill('Jawa Timur');
      await labelled(f, 'Kab/kota asal').fill('Kabupaten Jember');
      await labelled(f, 'Kronologi (dirahasiakan)').fill(KRONOLOGI);
    });

    // The return leg: deported from Tawau (its port chosen by name) to Tunon Taka, Nunukan, by sea.
    const arrived = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
    await act('Catat kepulangan dari luar negeri', async (f) => {
      await choose('Cara kembali', labelled(f, 'Cara kembali'), 'deported');
      expect(await labelled(f, 'Negara keberangkatan').inputValue()).toBe('MY');
      await choose('Pelabuhan keberangkatan', labelled(f, 'Pelabuhan/bandara keberangkatan'), 'MYTWU');
      await choose('Tempat masuk', labelled(f, 'Tempat masuk di Indonesia'), 'IDNNX');
      await labelled(f, 'Tanggal tiba/dideportasi').fill(arrived);
      await choose('Sarana', labelled(f, 'Sarana'), 'sea');
      // Names, not codes, in the lists she chooses from.
      expect(await labelled(f, 'Tempat masuk di Indonesia').innerText()).toContain('Pelabuhan Tunon Taka, Nunukan');
      expect(await labelled(f, 'Tempat masuk di Indonesia').innerText()).toContain('Lainnya (tulis nama tempat)');
    });

    // One consent step: to process, and to share with the police and social services.
    await act('Catat persetujuan', async (f) => {
      // The form starts at processing: the case has no consent yet.
      expect(await labelled(f, 'Cakupan persetujuan').inputValue()).toBe('process');
      await tick('Berbagi: Dinas Sosial', f.getByLabel(AGENCIES[2]!.name, { exact: true }));
      await tick('Berbagi: Kepolisian', f.getByLabel('Kepolisian', { exact: true }));
      await labelled(f, 'Nomor formulir persetujuan').fill('DOC-CONSENT-001');
    });

    await act('Kirim rujukan', async (f) => {
      await choose('Kepada lembaga', labelled(f, 'Kepada lembaga'), POLDA);
      await choose('Layanan', labelled(f, 'Layanan'), 'law_enforcement');
      await labelled(f, 'Alasan rujukan').fill('mohon LP dan penyidikan');
      await tick('Sertakan identitas', f.getByLabel(/Sertakan identitas korban/));
    });
    await act('Kirim rujukan', async (f) => {
      await choose('Kepada lembaga', labelled(f, 'Kepada lembaga'), DINSOS);
      await choose('Layanan', labelled(f, 'Layanan'), 'shelter');
      await labelled(f, 'Alasan rujukan').fill('rumah aman selama proses hukum');
    });
    await shows(section('case-referrals'), 'Menunggu jawaban');

    // What she reads, in Indonesian and by name: who reported, how she came back, apart from the trip home.
    const arrival = section('case-arrival');
    await shows(arrival, 'Kedatangan dan pelapor');
    await shows(arrival, 'BP3MI Kalimantan Utara, Pos Nunukan');
    await shows(arrival, 'Dideportasi');
    await shows(arrival, 'Pelabuhan Tawau, Sabah, Malaysia');
    await shows(arrival, 'Pelabuhan Tunon Taka, Nunukan');
    await shows(arrival, 'Laut');
    await shows(arrival, 'Pemulangan ke daerah asal dicatat terpisah');
    const timeline = section('case-timeline');
    await shows(timeline, /Kepulangan dari luar negeri dicatat: dideportasi dari Pelabuhan Tawau, Sabah, Malaysia ke Pelabuhan Tunon Taka, Nunukan/);
    await shows(timeline, /dilaporkan oleh instansi pemerintah \(BP3MI Kalimantan Utara, Pos Nunukan\)/);
    const main = await page.locator('main').innerText();
    for (const code of ['MYTWU', 'IDNNX', BP3MI, 'arrivalKind', 'returned_alone', 'deported']) expect(main).not.toContain(code);
    // The kronologi stays sealed until she opens the identity with a reason.
    expect(main).not.toContain('kebun sawit');
    const identity = section('case-identity');
    await labelled(identity, 'Alasan membuka').selectOption('service_delivery');
    await identity.getByRole('button', { name: 'Tampilkan identitas' }).click();
    await shows(identity, 'Kronologi');
    await shows(identity, KRONOLOGI);

    await web.capture(page, 'intake-arrival');

    process.stdout.write(
      `\nintake-to-two-referrals: ${clicks.length} clicks (the return leg's ${clicks.filter((c) => c.startsWith('Catat kepulangan') || ['Cara kembali', 'Pelabuhan keberangkatan', 'Tempat masuk', 'Sarana'].includes(c)).length}, the reporting agency's 1)\n  ${clicks.join('\n  ')}\n`,
    );
    expect(clicks.length).toBeGreaterThan(0);
  });

  it('accepts the optional "Bentuk eksploitasi" left empty for a presumed victim', async () => {
    await act('Lanjut ke tahap berikutnya', async () => undefined);
    await shows(page.getByRole('heading', { level: 1 }), 'Asesmen');
    await act('Catat asesmen', async (f) => {
      // The field says it is optional, and it is.
      await shows(f, 'Bentuk eksploitasi (opsional)');
      await labelled(f, 'Negara tujuan').fill('MY');
      await labelled(f, 'Status korban').selectOption('presumed');
      await labelled(f, 'Tingkat risiko').selectOption('medium');
    });
    expect(web.pageErrors).toEqual([]);
  });
});
