import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import { AxeBuilder } from '@axe-core/playwright';
import { VOCABULARIES, type Actor } from '@rujukan/domain';
import type { Locator, Page } from 'playwright-core';
import request from 'supertest';
import type { ApiTestApp } from '../support/api-test-app.js';
import { ARTIFACTS, type BrowserConsole, browserSuite, DESKTOP, PHONE_390 as PHONE, startConsole } from '../support/browser-harness.js';

const KALTIM = 'UPTD-PPA-64';
const POLDA = 'POLDA-KALTIM';
const DINSOS = 'DINSOS-6471';
const INSPEKTORAT = 'INSPEKTORAT-64';
const GUGUS_TUGAS = 'GT-TPPO-64';
const AGENCIES = [
  { code: KALTIM, name: 'UPTD PPA Provinsi Kalimantan Timur', type: 'uptd_ppa', provinceCode: '64', districtCode: null },
  { code: POLDA, name: 'Polda Kalimantan Timur', type: 'police', provinceCode: '64', districtCode: null },
  { code: DINSOS, name: 'Dinas Sosial Kota Balikpapan', type: 'social_services', provinceCode: '64', districtCode: '6471' },
  { code: INSPEKTORAT, name: 'Inspektorat Provinsi Kalimantan Timur', type: 'uptd_ppa', provinceCode: '64', districtCode: null },
  { code: GUGUS_TUGAS, name: 'Gugus Tugas PP TPPO Kalimantan Timur', type: 'task_force', provinceCode: '64', districtCode: null },
];
const nameOf = (code: string): string => AGENCIES.find((a) => a.code === code)!.name;

const caseworker: Actor = { userId: 'cw-siti', role: 'caseworker', agency: KALTIM };
const police: Actor = { userId: 'pol-kaltim', role: 'police_investigator', agency: POLDA };
const supervisor: Actor = { userId: 'spv-kaltim', role: 'supervisor', agency: KALTIM };
const auditor: Actor = { userId: 'inspektorat-1', role: 'auditor', agency: INSPEKTORAT };
const analyst: Actor = { userId: 'gt-kaltim', role: 'task_force_analyst', agency: GUGUS_TUGAS };
const coordinator: Actor = { userId: 'gtk-kaltim', role: 'task_force_coordinator', agency: GUGUS_TUGAS };

const FULL_NAME = 'Siti Rahmawati';
const POLICE_REASON = 'mohon LP dan penyidikan';
const CLOSURE_NOTE = 'korban pindah ke Sulawesi';
const NOTE = 'Korban menghubungi keluarga di Jember lewat telepon pendamping';
const SHELTER_REASON = 'rumah aman selama proses hukum';
const AUDIT_REASON = 'Pemeriksaan Inspektorat 2026/12';
/** The Kemendagri codes of the seeded places: a person reads their names, never these. */
const REGION_CODES = ['6503', '6471', '6472', '3509', '5203'];

/** The English words of the console (its message tables and the page-local pairs), where they differ from the Indonesian. */
function consoleEnglish(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry) && !entry.endsWith('.d.ts')) files.push(path);
    }
  };
  walk(join(process.cwd(), 'apps/web/src'));
  const english = new Set<string>();
  // ['Indonesian', 'English'] pairs, as the console writes its words; placeholders cut out, short fragments left aside.
  const pair = /\[\s*(['"])((?:\\.|(?!\1).)+)\1,\s*(['"])((?:\\.|(?!\3).)+)\3\s*\]/g;
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(pair)) {
      const [id, en] = [match[2]!, match[4]!];
      if (id === en || !/^[A-Z]/.test(en) || !/\s/.test(en)) continue;
      for (const fragment of en.split(/\{\w+\}/)) if (fragment.trim().length >= 12) english.add(fragment.trim());
    }
  }
  return [...english];
}

/** The English labels of every vocabulary value whose Indonesian differs, as labels.web.spec.ts reads them. */
function vocabularyEnglish(): string[] {
  const words = new Set<string>();
  for (const [name, vocabulary] of Object.entries(VOCABULARIES)) {
    if ('properNames' in vocabulary || name === 'command' || name === 'identityField') continue;
    for (const value of vocabulary.values as readonly string[]) {
      const { id, en } = (vocabulary.labels as Record<string, { id: string; en: string }>)[value]!;
      if (en !== id && en.length > 3) words.add(en);
    }
  }
  return [...words];
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Issue 20's five users, each through a day's work in the console alone (signed in on the sign-in page, moving by
 * links and buttons), on one seeded data set in Chromium: the UPTD PPA caseworker finds her case by its registration
 * number, records a note and sends a referral; the police investigator opens the referral from the queue, reads the
 * caseworker's reason and the identity the consent allows, and accepts it; the supervisor approves a closure from her
 * inbox; the auditor finds a case by its number, verifies its chain, reads when things happened and were recorded and
 * downloads the signed dossier; the provincial task-force analyst reads statistics for a province chosen by name,
 * downloads the CSV, and reads the flow map and the MoU register. Every page visited is read for English and raw codes,
 * screenshotted at desktop and at 390 px (artifacts/web/day-*.png) and checked for a sideways scroll; each user's
 * main path is counted in clicks (a click, a choice in a list or a tick; typing is not counted) and printed.
 */
jest.setTimeout(120_000);

browserSuite("five users' days in the console", () => {
  let web: BrowserConsole;
  let api: ApiTestApp;
  let caseId: string;
  let number: string;
  const axeFindings: string[] = [];
  /** Each page visited, at desktop and at phone width: what it showed that a person should not read. */
  const findings: string[] = [];
  const visited: string[] = [];
  const clicksOf: Array<[user: string, path: string, clicks: number]> = [];
  const ENGLISH = [...new Set([...consoleEnglish(), ...vocabularyEnglish()])];

  beforeAll(async () => {
    web = await startConsole({
      env: { STATS_MIN_CELL: '1' },
      agencies: AGENCIES,
      seed: async (started) => {
        api = started;

        const post = async (path: string, body: object, actor: Actor = caseworker) => {
          const response = await api.post(path, body, actor);
          expect({ path, status: response.status, body: response.status === 201 ? null : response.body }).toEqual({ path, status: 201, body: null });
          return response.body as { caseId: string; referralId: string; position: string };
        };
        const registered = async (found: string, fullName: string, sex: 'female' | 'male', origin: string) => {
          const { caseId: id } = await post('/cases', { channel: 'port', reporterType: 'government_agency', districtCode: found });
          await post(`/cases/${id}/register-victim`, {
            initials: fullName
              .split(' ')
              .map((w) => w[0])
              .join(''),
            sex,
            birthYear: 2001,
            isChild: false,
            nationality: 'ID',
            originProvinceCode: origin.slice(0, 2),
            originDistrictCode: origin,
            identity: { fullName },
          });
          await post(`/cases/${id}/record-consent`, { consentId: `consent-process-${id}`, scope: 'process', evidenceRef: 'DOC-1' });
          return id;
        };
        // Her case: found in Balikpapan, consent to share with the police, referred to them with her identity and a reason.
        caseId = await registered('6471', FULL_NAME, 'female', '3509');
        await post(`/cases/${caseId}/record-consent`, { consentId: 'consent-share', scope: 'share', agencyTypes: ['police'], evidenceRef: 'DOC-2' });
        await post(`/cases/${caseId}/send-referral`, {
          toAgency: POLDA,
          service: 'law_enforcement',
          reason: POLICE_REASON,
          responseDeadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
          sharesIdentity: true,
        });
        // A second case whose closure waits for the supervisor; a third, found in Nunukan (Kalimantan Utara), outside the
        // province the analyst reads.
        const closing = await registered('6472', 'Dewi Lestari', 'female', '3509');
        await post(`/cases/${closing}/request-closure`, { reason: 'other', note: CLOSURE_NOTE });
        await registered('6503', 'Budi Santoso', 'male', '5203');
        await post(
          '/mous',
          {
            reference: 'ILUSTRASI/64-65/2024',
            title: 'Kerja sama Kaltim–Kaltara',
            provinces: ['64', '65'],
            scopes: ['case_transfer'],
            signedOn: '2024-03-01',
            illustrative: true,
          },
          coordinator,
        );
        const opened = (await api.stream(caseId)).find((e) => e.type === 'CaseOpened')!.data as { registration?: { number?: string } };
        number = opened.registration!.number!;
        expect(number).toMatch(/^[A-Z]{2}-\d{4}-\d{4}$/);

        // The statistics projection catches up in the background: wait until it counts the two cases found in Kalimantan
        // Timur and the referral sent on one of them (the analyst's province), and say so if it never does.
        const token = await api.token(analyst);
        let counted: unknown[] = [];
        for (let i = 0; i < 400; i++) {
          const cases = await request(api.app.getHttpServer()).get('/stats/cases').set('Authorization', `Bearer ${token}`);
          const referrals = await request(api.app.getHttpServer()).get('/stats/referrals').set('Authorization', `Bearer ${token}`);
          counted = [cases.body.total, referrals.body.totalSent];
          if (cases.body.total === 2 && referrals.body.totalSent === 1) break;
          await new Promise((done) => setTimeout(done, 50));
        }
        expect(counted).toEqual([2, 1]);
      },
    });
    ({ api } = web);
  }, 180_000);

  afterAll(async () => {
    if (clicksOf.length > 0) {
      const rows = clicksOf.map(([user, path, clicks]) => `  ${user.padEnd(30)} ${String(clicks).padStart(3)}  ${path}`);
      process.stdout.write(`\nclicks of each user's main path (from her landing page after sign-in):\n${rows.join('\n')}\n`);
    }
    await web?.close();
  });

  const section = (page: Page, id: string) => page.locator(`section[aria-labelledby="${id}"]`);
  const shows = (locator: Locator, text: string | RegExp) => locator.filter({ hasText: text }).first().waitFor();
  const labelled = (scope: Locator, name: string) => scope.getByLabel(new RegExp(`^${escape(name)}`));

  /** What a person should not read in the Indonesian console: an English fallback or a raw code. */
  function unreadable(text: string, options: { hashes?: boolean }): string[] {
    return [
      ...ENGLISH.filter((word) => new RegExp(`(^|[^\\p{L}_])${escape(word)}($|[^\\p{L}_])`, 'u').test(text)),
      ...AGENCIES.map((a) => a.code).filter((code) => text.includes(code)),
      ...REGION_CODES.filter((code) => new RegExp(`\\b${code}\\b`).test(text)),
      // Vocabulary values (plantation_work), field names (nextAction), error codes (CASE.STAGE_REQUIREMENTS_NOT_MET).
      ...(text.match(/\b[a-z]+(?:_[a-z]+)+\b/g) ?? []),
      ...(text.match(/\b[a-z]+[A-Z][A-Za-z]*\b/g) ?? []),
      ...(text.match(/\b[A-Z]{2,}\.[A-Z_]{2,}\b/g) ?? []),
      // A case named by its id; the auditor's page shows hashes and ids on purpose.
      ...(options.hashes ? [] : (text.match(/\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{8}\b/g) ?? [])),
    ];
  }

  /**
   * A page of the day as it stands: read for English and raw codes (main and navigation), checked by axe, screenshotted
   * at desktop and 390 px, and at 390 px checked for a sideways scroll; back at desktop width after.
   */
  async function visit(page: Page, name: string, options: { hashes?: boolean } = {}): Promise<void> {
    visited.push(name);
    // Names arrive a moment after the page (the directory is fetched once after sign-in), and a code stands in for a
    // name until then: read the page as it settles, and count what is still there after 10 s.
    const read = async () => `${await page.locator('main').innerText()}\n${await page.getByRole('navigation', { name: 'Navigasi utama' }).innerText()}`;
    let found = unreadable(await read(), options);
    for (const deadline = Date.now() + 10_000; found.length > 0 && Date.now() < deadline;) {
      await new Promise((done) => setTimeout(done, 200));
      found = unreadable(await read(), options);
    }
    for (const item of found) findings.push(`${name}: ${item}`);
    const axe = await new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    for (const v of axe.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) axeFindings.push(`${name}: ${v.id} — ${v.help}`);
    await page.screenshot({ path: join(ARTIFACTS, `day-${name}-desktop.png`), fullPage: true });
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: join(ARTIFACTS, `day-${name}-phone.png`), fullPage: true });
    const sideways = await page.evaluate('document.scrollingElement.scrollWidth - window.innerWidth');
    if ((sideways as number) > 0) findings.push(`${name} (390 px): scrolls ${String(sideways)} px sideways`);
    await page.setViewportSize(DESKTOP);
  }

  const signedIn = (actor: Actor, home: string | RegExp) => web.signedIn(actor, home, { acceptDownloads: true, errorPrefix: `${actor.userId}: ` });

  /** A counter of the clicks on one user's path: clicks, choices in a list and ticks. */
  function counter(page: Page) {
    let clicks = 0;
    const click = async (locator: Locator) => {
      clicks += 1;
      await locator.click();
    };
    const choose = async (locator: Locator, value: string) => {
      clicks += 1;
      await locator.selectOption(value);
    };
    /** Opens a command's form (from its closed group first when it is not the next step), fills it, submits, waits for the saved notice. */
    const act = async (command: string, fill: (form: Locator) => Promise<void> = async () => undefined) => {
      const any = page.getByRole('button', { name: command, exact: true, includeHidden: true }).first();
      await any.waitFor({ state: 'attached' });
      if (!(await any.isVisible())) await click(page.locator('details.action-group:not([open])').filter({ has: any }).locator('summary'));
      await click(page.getByRole('button', { name: command, exact: true }).first());
      const form = page.locator('form').filter({ has: page.getByRole('heading', { level: 3, name: command, exact: true }) });
      await fill(form);
      await click(form.getByRole('button', { name: command, exact: true }));
      const saved = page.getByRole('status').filter({ hasText: `${command}: tersimpan.` });
      const refused = form.getByRole('alert');
      await saved.or(refused).first().waitFor();
      if (await refused.isVisible()) throw new Error(`${command} refused: ${await form.innerText()}`);
    };
    return { click, choose, act, count: () => clicks };
  }

  it('reads as a person would: the English fallbacks and the raw codes users found are caught', () => {
    // The words of issue 20, so an empty list of findings below means the pages had none, not that nothing was looked for.
    const text = [
      'Debt bondage',
      'diberikan oleh Parent',
      'plantation_work',
      'the intake stage still needs (CASE.STAGE_REQUIREMENTS_NOT_MET)',
      'Tidak ditampilkan untuk lembaga Anda: flags, nextAction',
      'DINSOS-6471',
      'Kabupaten 6503',
      'Kasus e091e033',
      "Supervisor's inbox",
    ].join('\n');
    expect(unreadable(text, {})).toEqual(
      expect.arrayContaining([
        'Debt bondage',
        'Parent',
        'plantation_work',
        'CASE.STAGE_REQUIREMENTS_NOT_MET',
        'nextAction',
        DINSOS,
        '6503',
        'e091e033',
        "Supervisor's inbox",
      ]),
    );
    expect(unreadable('Kasus KT-2026-0001 · Kota Balikpapan · Jumlah 2 · 8 Des 2026 10.05 WITA', {})).toEqual([]);
  });

  it('the UPTD PPA caseworker finds her case by its registration number, records a note and sends a referral', async () => {
    const page = await signedIn(caseworker, `Antrian ${nameOf(KALTIM)}`);
    await visit(page, 'caseworker-queue');
    const { click, choose, act, count } = counter(page);
    await click(page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Kasus', exact: true }));
    await page.getByRole('heading', { level: 1, name: 'Daftar kasus' }).waitFor();
    await page.getByText('3 kasus').waitFor();
    await page.getByLabel('Cari kasus').fill(number);
    await click(page.getByRole('button', { name: 'Cari', exact: true }));
    await page.getByText('1 kasus').waitFor();
    await visit(page, 'caseworker-case-list');
    await click(page.locator('main table').getByRole('link', { name: number }));
    await page.getByRole('heading', { level: 1, name: new RegExp(`^Kasus ${number}`) }).waitFor();
    await shows(section(page, 'case-summary'), 'Kota Balikpapan');
    await shows(section(page, 'case-referrals'), POLICE_REASON);
    await visit(page, 'caseworker-case');

    await act('Tambah catatan atau kronologi', async (form) => {
      await choose(labelled(form, 'Jenis'), 'note');
      await labelled(form, 'Isi').fill(NOTE);
    });
    await shows(page.locator('main'), NOTE);
    await act('Kirim rujukan', async (form) => {
      await labelled(form, 'Kepada lembaga').locator(`option[value="${DINSOS}"]`).waitFor({ state: 'attached' });
      await choose(labelled(form, 'Kepada lembaga'), DINSOS);
      await choose(labelled(form, 'Layanan'), 'shelter');
      await labelled(form, 'Alasan rujukan').fill(SHELTER_REASON);
    });
    const referrals = section(page, 'case-referrals');
    await shows(referrals, nameOf(DINSOS));
    await shows(referrals, SHELTER_REASON);
    await shows(referrals, 'Menunggu jawaban');
    await shows(section(page, 'case-timeline'), `Rujukan rumah aman dikirim ke ${nameOf(DINSOS)}`);
    await visit(page, 'caseworker-case-referred');
    clicksOf.push(['UPTD PPA caseworker', 'Kasus → search by number → open → note → referral', count()]);
    process.stdout.write(
      `\ncaseworker's day (find her case by number, open it, record a note, send a referral): ${count()} clicks` +
        `\n(intake to two referrals is counted by intake.e2e.spec.ts: 29 clicks with the optional facts, 21 without)\n`,
    );
    expect(count()).toBeGreaterThan(0);
  });

  it('the police investigator opens the referral from the queue, reads the reason and the consented identity, and accepts it', async () => {
    const page = await signedIn(police, `Antrian ${nameOf(POLDA)}`);
    const incoming = section(page, 'queue-incoming');
    await shows(incoming.locator('tbody tr'), nameOf(KALTIM));
    // The case by its registration number, as the caseworker names it on the phone, not by an id.
    await shows(incoming.locator('tbody tr'), number);
    await visit(page, 'police-queue');
    const { click, choose, act, count } = counter(page);
    await click(incoming.getByRole('link').first());
    await page.getByRole('heading', { level: 1, name: 'Rujukan Penegakan hukum' }).waitFor();
    await shows(page.getByTestId('referral-reason'), POLICE_REASON);
    const facts = section(page, 'referral-facts');
    await shows(facts, number);
    await shows(facts, nameOf(KALTIM));
    expect(await facts.innerText()).toMatch(/Tenggat\s+\d{1,2} \S+ \d{4}/);
    // The identity the victim's consent lets the police see, opened on request with a reason (logged by the API).
    const identity = section(page, 'case-identity');
    expect(await identity.innerText()).not.toContain(FULL_NAME);
    await choose(labelled(identity, 'Alasan membuka'), 'legal_process');
    await click(identity.getByRole('button', { name: 'Tampilkan identitas' }));
    await shows(identity, FULL_NAME);
    await shows(identity, 'Dibuka atas dasar persetujuan korban untuk lembaga Anda.');
    await visit(page, 'police-referral');
    await act('Terima rujukan');
    await shows(facts, 'Diterima');
    await visit(page, 'police-referral-accepted');
    clicksOf.push(['police investigator', 'queue → referral → identity with reason → accept', count()]);
    process.stdout.write(`\npolice investigator's day (open the referral, read reason and identity, accept): ${count()} clicks\n`);
    expect(count()).toBeGreaterThan(0);
  });

  it('the supervisor approves a closure from her inbox and comes back to it', async () => {
    const page = await signedIn(supervisor, `Antrian ${nameOf(KALTIM)}`);
    const { click, count } = counter(page);
    await click(page.getByRole('link', { name: 'Kotak masuk', exact: true }));
    await page.getByRole('heading', { level: 1, name: 'Kotak masuk penyelia', exact: true }).waitFor();
    const closures = section(page, 'inbox-closures');
    await shows(closures.locator('li'), CLOSURE_NOTE);
    await shows(closures.locator('li'), 'Lainnya');
    await visit(page, 'supervisor-inbox');
    await click(closures.getByRole('link').first());
    await page.getByRole('heading', { level: 1, name: /^Kasus [A-Z]{2}-\d{4}-\d{4}/ }).waitFor();
    await click(page.getByTestId('next-step').getByRole('button', { name: 'Setujui penutupan', exact: true }));
    const approve = page.locator('form').filter({ has: page.getByRole('heading', { level: 3, name: 'Setujui penutupan', exact: true }) });
    await click(approve.getByRole('button', { name: 'Setujui penutupan', exact: true }));
    await page.getByRole('status').filter({ hasText: 'Setujui penutupan: tersimpan.' }).waitFor();
    await shows(section(page, 'case-timeline').locator('li'), CLOSURE_NOTE);
    await visit(page, 'supervisor-case-closed');
    await click(page.getByRole('link', { name: 'Kotak masuk', exact: true }));
    await page.getByRole('heading', { level: 2, name: 'Permintaan penutupan kasus (0)', exact: true }).waitFor();
    await visit(page, 'supervisor-inbox-done');
    clicksOf.push(['supervisor', 'Kotak masuk → case → approve closure → Kotak masuk', count()]);
    process.stdout.write(`\nsupervisor's day (inbox, approve the closure, back): ${count()} clicks\n`);
    expect(count()).toBe(5);
  });

  it('the auditor finds the case by its registration number, verifies its chain, reads both times and downloads the signed dossier', async () => {
    const page = await signedIn(auditor, 'Audit kasus');
    await visit(page, 'auditor-audit', { hashes: true });
    const { click, count } = counter(page);
    const open = section(page, 'audit-open');
    await open.getByLabel('Nomor kasus').fill(number);
    await open.getByLabel('Alasan akses').fill(AUDIT_REASON);
    await click(open.getByRole('button', { name: 'Buka riwayat' }));
    await page.getByLabel('Titik dalam riwayat (revisi)').waitFor();
    const events = section(page, 'audit-events');
    expect(await events.locator('thead th').allTextContents()).toEqual(['Rev.', 'Terjadi', 'Dicatat', 'Peristiwa', 'Oleh', 'Hash']);
    await shows(events, 'Terjadi: kapan peristiwa itu terjadi');
    const first = events.locator('tbody tr').first();
    expect(await first.locator('td[data-label="Terjadi"]').textContent()).toMatch(/ WITA$/);
    expect(await first.locator('td[data-label="Dicatat"]').textContent()).toMatch(/ WITA$/);
    await click(section(page, 'audit-verify').getByRole('button', { name: 'Periksa rantai' }));
    await shows(section(page, 'audit-verify').getByRole('status'), 'Rantai utuh.');
    // The state at the last revision names the places and the country, not their codes.
    await shows(section(page, 'audit-state'), 'Kota Balikpapan');
    await shows(section(page, 'audit-state'), 'Kabupaten Jember');
    const dossier = section(page, 'audit-dossier');
    const [download] = await Promise.all([page.waitForEvent('download'), click(dossier.getByRole('button', { name: 'Unduh berkas bertanda tangan (JSON)' }))]);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { caseId: string; reason: string; eventCount: number };
    expect(file).toMatchObject({ caseId, reason: AUDIT_REASON });
    expect(file.eventCount).toBe((await api.stream(caseId)).length);
    await shows(dossier.getByRole('status'), 'diunduh.');
    await visit(page, 'auditor-case-verified', { hashes: true });
    clicksOf.push(['auditor', 'case by number → open → verify chain → dossier', count()]);
    process.stdout.write(`\nauditor's day (find the case by number, verify its chain, download the dossier): ${count()} clicks\n`);
    expect(count()).toBe(3);

    // The 8-character number the console showed before registration numbers opens the case too.
    await open.getByLabel('Nomor kasus').fill(caseId.slice(0, 8));
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url().includes(`/audit/cases/${caseId.slice(0, 8)}/events`)),
      open.getByRole('button', { name: 'Buka riwayat' }).click(),
    ]);
    expect(answer.status()).toBe(200);
    await page.getByLabel('Titik dalam riwayat (revisi)').waitFor();
    expect(await open.getByLabel('Nomor kasus').getAttribute('aria-invalid')).toBeNull();
  });

  it('the provincial task-force analyst reads the province chosen by name, downloads CSV, and reads the flow map and the MoU register', async () => {
    const page = await signedIn(analyst, 'Statistik');
    const cases = section(page, 'stats-cases');
    await shows(cases, 'Wilayah Anda: provinsi Kalimantan Timur');
    await visit(page, 'analyst-statistics');
    const { click, choose, count } = counter(page);
    const filters = section(page, 'stats-filters');
    // Typed by name, as she knows it: the type-ahead offers the Kemendagri names.
    await filters.getByLabel('Provinsi', { exact: true }).fill('Kalimantan Timur');
    await choose(filters.getByRole('group', { name: 'Kelompokkan kasus menurut' }).getByLabel('Dimensi 1'), 'foundDistrict');
    await click(filters.getByRole('button', { name: 'Tampilkan' }));
    await shows(cases.locator('caption'), 'kab/kota ditemukan');
    const rows = cases.locator('tbody tr');
    await shows(rows, 'Kota Samarinda').catch(async (error: unknown) => {
      throw new Error(`the table by district: ${await page.locator('main').innerText()}`, { cause: error });
    });
    // Her province only: the case found in Nunukan (Kalimantan Utara) is not hers to count.
    expect(await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)))).toEqual([
      ['Kota Balikpapan', '1'],
      ['Kota Samarinda', '1'],
    ]);
    expect(await cases.locator('tfoot td').textContent()).toBe('2');
    // Both referrals sent from Balikpapan's case (the police's, seeded, and the shelter's, sent by the caseworker today).
    await shows(section(page, 'stats-referrals'), 'Jumlah rujukan: 2');
    const [download] = await Promise.all([page.waitForEvent('download'), click(cases.getByRole('button', { name: 'Unduh CSV' }))]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    expect(csv.trim().split(/\r?\n/)).toEqual(['Kab/kota ditemukan,Jumlah', '6471,1', '6472,1', 'total,2']);
    await shows(cases.getByRole('status'), 'diunduh');
    const map = section(page, 'flow-map').getByRole('img');
    await map.waitFor();
    expect(await map.getAttribute('alt')).toContain('Peta arus kasus');
    await visit(page, 'analyst-statistics-province');
    await click(page.getByRole('link', { name: 'Daftar MoU' }));
    await page.getByRole('heading', { level: 1, name: 'Daftar MoU antarprovinsi' }).waitFor();
    const mou = section(page, 'mous').locator('tbody tr').first();
    await shows(mou, 'ILUSTRASI/64-65/2024');
    await shows(mou, 'Kalimantan Utara');
    await shows(mou, 'Berlaku');
    // The dates as people write them, not ISO.
    await shows(mou, /1 Mar 2024/);
    expect(await mou.innerText()).not.toContain('2024-03-01');
    await visit(page, 'analyst-mous');
    clicksOf.push(['task-force analyst (province)', 'province by name → by district → CSV → MoU register', count()]);
    process.stdout.write(`\ntask-force analyst's day (province by name, table, CSV, flow map, MoU register): ${count()} clicks\n`);
    expect(count()).toBe(4);
  });

  it('no page visited shows English or a raw code, scrolls sideways at 390 px, has a serious accessibility violation or threw', () => {
    expect(findings).toEqual([]);
    expect(visited.length).toBe(15);
    expect(axeFindings).toEqual([]);
    expect(web.pageErrors).toEqual([]);
  });
});
