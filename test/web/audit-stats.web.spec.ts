import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { AxeBuilder } from '@axe-core/playwright';
import { auditSigner } from '@rujukan/server';
import { checkDossier, executeCaseCommand, type Dossier } from '@rujukan/application';
import { caseStreamName, type Actor, type CaseCommand } from '@rujukan/domain';
import { EventStore } from '@rujukan/event-store';
import pg from 'pg';
import type { Locator, Page } from 'playwright-core';
import request from 'supertest';
import type { ApiTestApp } from '../support/api-test-app.js';
import { ARTIFACTS, type BrowserConsole, browserSuite, DESKTOP, PHONE, startConsole } from '../support/browser-harness.js';
import { testAgencyDirectory } from '../support/test-directory.js';

const KALTIM = 'UPTD-PPA-64';
const POLDA = 'POLDA-KALTIM';
const INSPEKTORAT = 'INSPEKTORAT-64';
const GUGUS_TUGAS = 'GT-TPPO-RI';
const AGENCIES = [
  { code: KALTIM, name: 'UPTD PPA Provinsi Kalimantan Timur', type: 'uptd_ppa', provinceCode: '64', districtCode: null },
  { code: POLDA, name: 'Polda Kalimantan Timur', type: 'police', provinceCode: '64', districtCode: null },
  { code: INSPEKTORAT, name: 'Inspektorat Provinsi Kalimantan Timur', type: 'uptd_ppa', provinceCode: '64', districtCode: null },
  { code: GUGUS_TUGAS, name: 'Gugus Tugas PP TPPO Pusat', type: 'uptd_ppa', provinceCode: null, districtCode: null },
  { code: 'GT-TPPO-64', name: 'Gugus Tugas PP TPPO Kalimantan Timur', type: 'task_force', provinceCode: '64', districtCode: null },
];
const caseworker: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: KALTIM };
const police: Actor = { userId: 'pol-kaltim', role: 'police_investigator', agency: POLDA };
const auditorActor: Actor = { userId: 'inspektorat-1', role: 'auditor', agency: INSPEKTORAT };
const REASON = 'Pemeriksaan Inspektorat 2026/11';
/** Published counts below 3 are suppressed in this spec (the stats e2e spec's threshold), so a 7-case fixture shows both. */
const MIN_CELL = '3';

/** Hand-counted: where each victim was found, her sex and where she comes from (as the statistics e2e spec). */
const FIXTURE: Array<{ found: string; sex: 'female' | 'male'; origin: string }> = [
  { found: '6471', sex: 'female', origin: '3509' },
  { found: '6471', sex: 'female', origin: '3509' },
  { found: '6471', sex: 'female', origin: '3509' },
  { found: '6471', sex: 'male', origin: '5203' },
  { found: '6503', sex: 'female', origin: '3509' },
  { found: '6503', sex: 'female', origin: '3509' },
  { found: '6472', sex: 'male', origin: '5203' },
];

/**
 * The Audit and Statistik pages of the console, built with Vite and served by the API with its projector,
 * in Chromium: an auditor replays a seeded case with the slider (keyboard only) and verifies its chain,
 * intact and after a direct SQL edit of another case; a task-force analyst reads a table and a chart with
 * suppressed cells and exports CSV. Both pages are screenshotted at desktop and phone width
 * (artifacts/web) and checked with axe for serious or critical violations.
 */
browserSuite('the Audit and Statistik pages in a browser', () => {
  let web: BrowserConsole;
  let api: ApiTestApp;
  let sql: pg.Client;
  let auditor: Page;
  const caseIds: string[] = [];
  const axeFindings: string[] = [];
  const checkedPages: string[] = [];
  /** Views wider than the window (a sideways scroll on a phone). */
  const overflowing: string[] = [];

  beforeAll(async () => {
    web = await startConsole({
      env: { STATS_MIN_CELL: MIN_CELL },
      agencies: AGENCIES,
      seed: async (started) => {
        api = started;
        // Seven cases through the API; six referrals to the police, five accepted and one declined.
        for (const [i, victim] of FIXTURE.entries()) {
          const opened = await api.post('/cases', { channel: 'port', reporterType: 'government_agency', districtCode: victim.found }, caseworker);
          expect(opened.status).toBe(201);
          const caseId = opened.body.caseId as string;
          const registered = await api.post(
            `/cases/${caseId}/register-victim`,
            {
              initials: 'XX',
              sex: victim.sex,
              birthYear: 1998,
              isChild: false,
              nationality: 'ID',
              originProvinceCode: victim.origin.slice(0, 2),
              originDistrictCode: victim.origin,
            },
            caseworker,
          );
          expect(registered.status).toBe(201);
          if (i < 6) {
            const sent = await api.post(
              `/cases/${caseId}/send-referral`,
              {
                toAgency: POLDA,
                service: 'law_enforcement',
                reason: 'laporkan perekrut',
                responseDeadline: new Date(Date.now() + 86_400_000).toISOString(),
                sharesIdentity: false,
              },
              caseworker,
            );
            expect(sent.status).toBe(201);
            const answer =
              i < 5
                ? await api.post(`/referrals/${sent.body.referralId}/accept`, {}, police)
                : await api.post(`/referrals/${sent.body.referralId}/decline`, { reason: 'bukan wilayah' }, police);
            expect(answer.status).toBe(201);
          }
          caseIds.push(caseId);
        }
        // The statistics projection catches up in the background: wait until it counts every case and referral.
        const analystToken = await api.token({ userId: 'gt-ri', role: 'task_force_analyst', agency: GUGUS_TUGAS });
        for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
          const cases = await request(api.app.getHttpServer()).get('/stats/cases').set('Authorization', `Bearer ${analystToken}`);
          const referrals = await request(api.app.getHttpServer()).get('/stats/referrals').set('Authorization', `Bearer ${analystToken}`);
          if (cases.body.total === FIXTURE.length && referrals.body.totalSent === 6) break;
          await new Promise((done) => setTimeout(done, 50));
        }

        sql = new pg.Client({ connectionString: process.env.DATABASE_URL });
        await sql.connect();
      },
    });
    ({ api } = web);
  }, 120_000);

  afterAll(async () => {
    await sql?.end();
    await web?.close();
  });

  const section = (page: Page, id: string) => page.locator(`section[aria-labelledby="${id}"]`);
  const shows = (locator: Locator, text: string | RegExp) => locator.filter({ hasText: text }).first().waitFor();

  /** A page whose uncaught errors, and anything the console's Content-Security-Policy refused, are web.pageErrors. */
  const newPage = () => web.newPage({ acceptDownloads: true, timeout: 15_000, cspErrors: true });

  /** Screenshots at both widths and an axe check at each (or at desktop width only, for a second view of a page already checked at both), then back to the desktop width. */
  async function capture(page: Page, name: string, axeAt: 'both' | 'desktop' = 'both'): Promise<void> {
    for (const [size, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      await page.setViewportSize(viewport);
      // The charts follow their width: let them redraw before the picture and the check.
      await page.waitForTimeout(100);
      await page.screenshot({ path: join(ARTIFACTS, `${name}-${size}.png`), fullPage: true });
      if (!(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth'))) overflowing.push(`${name}-${size}`);
      if (axeAt === 'desktop' && size === 'phone') continue;
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const violation of result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
        axeFindings.push(`${name} (${size}): ${violation.id} — ${violation.help} — ${violation.nodes.map((n) => n.target.join(' ')).join('; ')}`);
      }
      checkedPages.push(`${name}-${size}`);
    }
    await page.setViewportSize(DESKTOP);
  }

  async function signIn(page: Page, agency: string, role: string, userId: string, home: string): Promise<void> {
    await web.signIn(page, { agency, role, userId });
    await page.getByRole('heading', { level: 1, name: home }).waitFor();
  }

  /** Opens a case on the Audit page with the reason for access. */
  async function openCase(page: Page, caseId: string): Promise<void> {
    const form = section(page, 'audit-open');
    await form.getByLabel('Nomor kasus').fill(caseId);
    await form.getByLabel('Alasan akses').fill(REASON);
    await form.getByRole('button', { name: 'Buka riwayat' }).click();
    await page.getByLabel('Titik dalam riwayat (revisi)').waitFor();
  }

  const stateHeading = (page: Page, revision: number) =>
    page.getByRole('heading', { level: 2, name: `Keadaan pada revisi ${revision}`, exact: true }).waitFor();

  it('an auditor replays a seeded case with the slider, by keyboard, and verifies its chain', async () => {
    auditor = await newPage();
    await signIn(auditor, INSPEKTORAT, 'auditor', auditorActor.userId, 'Audit kasus');
    const open = section(auditor, 'audit-open');

    // Nothing is asked of the API without a case id and a reason: the form says which field to fix.
    await open.getByLabel('Nomor kasus').fill('bukan-uuid');
    await open.getByRole('button', { name: 'Buka riwayat' }).click();
    await shows(open.locator('.field-error'), 'bukan nomor registrasi, nomor pendek atau UUID kasus');
    await shows(open.locator('.field-error'), 'harus 3–500 karakter');
    expect(await open.getByLabel('Nomor kasus').getAttribute('aria-invalid')).toBe('true');
    expect(await auditor.evaluate('document.activeElement?.id')).toBe('audit-case');

    // The first case: opened (0), victim registered (1), referral sent (2), accepted by the police (3).
    await openCase(auditor, caseIds[0]!);
    await stateHeading(auditor, 3);
    await shows(section(auditor, 'audit-state'), 'Diterima');
    const slider = auditor.getByLabel('Titik dalam riwayat (revisi)');
    expect(await slider.inputValue()).toBe('3');

    // Home: the case as it was opened, before the victim was registered; only its first event listed.
    await slider.focus();
    await auditor.keyboard.press('Home');
    await stateHeading(auditor, 0);
    await shows(section(auditor, 'audit-state'), 'belum didaftarkan');
    await shows(section(auditor, 'audit-state'), 'Penerimaan');
    await shows(section(auditor, 'audit-changes'), 'Revisi 0 membuka kasus');
    expect(await section(auditor, 'audit-events').locator('tbody tr').count()).toBe(1);

    // By time, in the WITA its Kaltim agency keeps: before the case, nothing; a minute from now, everything recorded so far.
    const replay = section(auditor, 'audit-replay');
    await replay.getByLabel('Lompat ke waktu (WITA)').fill('2020-01-01T08:00');
    await replay.getByRole('button', { name: 'Lompat', exact: true }).click();
    await shows(replay.getByRole('status'), 'Belum ada peristiwa kasus ini pada waktu itu.');
    expect(await slider.inputValue()).toBe('0');
    await replay.getByLabel('Lompat ke waktu (WITA)').fill(new Date(Date.now() + 60_000 + 8 * 3_600_000).toISOString().slice(0, 16));
    await replay.getByRole('button', { name: 'Lompat', exact: true }).click();
    await shows(replay.getByRole('status'), /: revisi 3\.$/);
    await stateHeading(auditor, 3);

    // One step left: the referral was just sent; its event, and what it added to the state.
    await slider.focus();
    await auditor.keyboard.press('ArrowLeft');
    await stateHeading(auditor, 2);
    expect(await slider.getAttribute('aria-valuetext')).toMatch(/^Revisi 2 dari 3 · .* WITA · Rujukan dikirim$/);
    const changes = section(auditor, 'audit-changes');
    await shows(changes, 'Rujukan dikirim');
    await shows(changes.locator('td'), /^\/referrals\/[0-9a-f-]{36}$/);
    await shows(section(auditor, 'audit-state'), 'Menunggu jawaban');
    expect(await section(auditor, 'audit-events').locator('tbody tr').count()).toBe(3);
    await shows(section(auditor, 'audit-events'), '1 peristiwa sesudah titik ini tidak ditampilkan.');
    expect(await section(auditor, 'audit-events').locator('tr[aria-current="step"] td').first().textContent()).toBe('2');

    await section(auditor, 'audit-verify').getByRole('button', { name: 'Periksa rantai' }).click();
    await shows(section(auditor, 'audit-verify').getByRole('status'), 'Rantai utuh.');
    await shows(section(auditor, 'audit-verify'), '4 peristiwa terverifikasi');
    expect(await slider.inputValue()).toBe('2');
    await capture(auditor, 'audit-replay');

    // Every read the page made was recorded with the reason typed into it.
    const log = await request(api.app.getHttpServer())
      .get('/audit/access-log')
      .query({ reason: 'spec checks the console', caseId: caseIds[0]! })
      .set('Authorization', `Bearer ${await api.token(auditorActor)}`);
    expect([log.status, log.body.code]).toEqual([200, undefined]);
    const pageReads = (log.body.entries as Array<{ actor: string; action: string; reason: string }>).filter(
      (e) => e.actor === auditorActor.userId && e.reason === REASON,
    );
    expect(new Set(pageReads.map((e) => e.action))).toEqual(new Set(['audit.events', 'audit.state', 'audit.diff', 'audit.verify']));
  }, 120_000);

  it('shows the broken link after a direct SQL edit of another case', async () => {
    await sql.query(`UPDATE events SET data = jsonb_set(data, '{initials}', '"ZZ"') WHERE stream_name = $1 AND revision = 1`, [caseStreamName(caseIds[6]!)]);
    await openCase(auditor, caseIds[6]!);
    await stateHeading(auditor, 1);
    await section(auditor, 'audit-verify').getByRole('button', { name: 'Periksa rantai' }).click();
    const verify = section(auditor, 'audit-verify');
    await shows(verify.getByRole('alert'), 'Rantai rusak');
    const link = verify.locator('.broken-links li').first();
    await shows(link, 'hash tidak cocok dengan isi');
    expect(await link.locator('dd[data-field="revision"]').textContent()).toBe('1');
    await capture(auditor, 'audit-broken', 'desktop');
  }, 120_000);

  it('a task-force analyst sees a table and a chart, suppressed cells as s, and exports CSV', async () => {
    const analyst = await newPage();
    await signIn(analyst, GUGUS_TUGAS, 'task_force_analyst', 'gt-ri', 'Statistik');
    const cases = section(analyst, 'stats-cases');
    // By default by year: all seven cases of this year, in the national task force's scope.
    await shows(cases, 'Wilayah Anda: nasional');
    // Counted by the year in WIB (UTC+7): from 17:00 UTC on 31 December that is already the next one.
    await shows(cases.locator('tbody tr'), String(new Date(Date.now() + 7 * 3_600_000).getUTCFullYear()));
    expect(await cases.locator('tbody td[data-label="Kasus"]').allTextContents()).toEqual(['7']);

    // By district where found: Balikpapan 4; Nunukan 2 and Samarinda 1 are below 3, so both read "s".
    await section(analyst, 'stats-filters').getByRole('group', { name: 'Kelompokkan kasus menurut' }).getByLabel('Dimensi 1').selectOption('foundDistrict');
    await section(analyst, 'stats-filters').getByRole('button', { name: 'Tampilkan' }).click();
    await shows(cases.locator('caption'), 'kab/kota ditemukan');
    const rows = cases.locator('tbody tr');
    // By their Kemendagri names, not codes.
    await shows(rows, 'Kabupaten Nunukan');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)))).toEqual([
      ['Kota Balikpapan', '4'],
      ['Kota Samarinda', 's'],
      ['Kabupaten Nunukan', 's'],
    ]);
    expect(await cases.locator('tfoot td').textContent()).toBe('7');
    await shows(cases, 's = disembunyikan');
    const chart = cases.getByRole('img');
    expect(await chart.getAttribute('aria-label')).toBe(
      'Diagram batang: Jumlah kasus menurut kab/kota ditemukan. 3 kelompok; nilai terbesar 4; 2 disembunyikan (s).',
    );
    expect(await chart.locator('text').allTextContents()).toEqual(expect.arrayContaining(['Kota Balikpapan', '4', 'Kota Samarinda', 's', 'Kabupaten Nunukan']));
    expect(analyst.url()).toContain('kelompok=foundDistrict');

    // Referrals by receiving agency type: six to the police.
    const referrals = section(analyst, 'stats-referrals');
    await shows(referrals.locator('tbody tr'), 'Kepolisian');
    expect(await referrals.locator('tbody tr td[data-label="Dikirim"]').first().textContent()).toBe('6');
    await referrals.getByRole('img').waitFor();

    // CSV export: fetched with the token, saved by the browser, the API's file as it is.
    const [download] = await Promise.all([analyst.waitForEvent('download'), cases.getByRole('button', { name: 'Unduh CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^rujukan-kasus-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    // Headed in the console's language (lang=id): the column names a person reads, the values the codes a program reads.
    expect(csv.trim().split(/\r?\n/)).toEqual(['Kab/kota ditemukan,Jumlah', '6471,4', '6472,s', '6503,s', 'total,7']);
    await shows(cases.getByRole('status'), 'diunduh');

    // The yearly report comes from its own endpoint: saved when the server has it, said plainly when not.
    await section(analyst, 'stats-report').getByRole('button', { name: 'Unduh laporan HTML' }).click();
    await section(analyst, 'stats-report').getByRole('status').or(section(analyst, 'stats-report').getByRole('alert')).first().waitFor();
    await capture(analyst, 'statistics');

    await analyst.getByRole('button', { name: 'English' }).click();
    await analyst.getByRole('heading', { level: 1, name: 'Statistics' }).waitFor();
    expect(await section(analyst, 'stats-cases').getByRole('img').getAttribute('aria-label')).toBe(
      'Bar chart: Cases by district where found. 3 groups; the largest value 4; 2 suppressed (s).',
    );
    await capture(analyst, 'statistics-english', 'desktop');
  }, 120_000);

  it('an auditor sees when each event happened and when it was recorded, and downloads the signed dossier and its page', async () => {
    // A case entered with the clock at its own time (as the demo seeds it): it happened in 2018, the log stored it today.
    // Opened after the statistics were read, so their fixture stays as counted.
    const caseId = randomUUID();
    const at = '2018-03-04T02:05:00.000Z';
    await executeCaseCommand(
      api.app.get(EventStore),
      testAgencyDirectory(),
      {
        type: 'OpenCase',
        data: { caseId, channel: 'port', reporterType: 'government_agency', districtCode: '6503' },
        metadata: { actor: caseworker, now: at },
      } as unknown as CaseCommand,
      { actor: caseworker, correlationId: randomUUID(), commandId: randomUUID(), now: at },
    );
    await openCase(auditor, caseId);
    await stateHeading(auditor, 0);
    const events = section(auditor, 'audit-events');
    await shows(events, 'Terjadi: kapan peristiwa itu terjadi');
    expect(await events.locator('thead th').allTextContents()).toEqual(['Rev.', 'Terjadi', 'Dicatat', 'Peristiwa', 'Oleh', 'Hash']);
    const row = events.locator('tbody tr').first();
    // In the WITA the auditor's Kaltim agency keeps: 02.05 UTC is 10.05 WITA.
    expect(await row.locator('td[data-label="Terjadi"]').textContent()).toMatch(/^4 Mar 2018.*10[.:]05 WITA$/);
    // Recorded a moment ago, shown in WITA (UTC+8): its year there, which from 16:00 UTC on 31 December is the next one.
    expect(await row.locator('td[data-label="Dicatat"]').textContent()).toMatch(new RegExp(`${new Date(Date.now() + 8 * 3_600_000).getUTCFullYear()}.* WITA$`));
    expect(await row.locator('td[data-label="Terjadi"] time').getAttribute('datetime')).toBe(at);

    // The signed dossier, with the reason typed when the case was opened: the file the CLI writes, checked offline.
    const dossierSection = section(auditor, 'audit-dossier');
    const [json] = await Promise.all([
      auditor.waitForEvent('download'),
      dossierSection.getByRole('button', { name: 'Unduh berkas bertanda tangan (JSON)' }).click(),
    ]);
    expect(json.suggestedFilename()).toBe(`${caseId}.dossier.json`);
    const dossier = JSON.parse(readFileSync((await json.path())!, 'utf8')) as Dossier;
    expect(dossier).toMatchObject({ caseId, reason: REASON, exportedBy: { actor: auditorActor.userId, role: 'auditor', agency: INSPEKTORAT }, eventCount: 1 });
    expect(dossier.events[0]).toMatchObject({ occurredAt: at, recordedAt: expect.stringMatching(new RegExp(`^${new Date().getUTCFullYear()}-`)) });
    expect(checkDossier(dossier, [auditSigner(api.config).keyId])).toMatchObject({ signatureValid: true, ok: true });
    await shows(dossierSection.getByRole('status'), `${caseId}.dossier.json diunduh.`);

    const [html] = await Promise.all([auditor.waitForEvent('download'), dossierSection.getByRole('button', { name: 'Unduh halaman berkas (HTML)' }).click()]);
    expect(html.suggestedFilename()).toBe(`${caseId}.dossier.html`);
    expect(readFileSync((await html.path())!, 'utf8')).toContain(`<title>Case dossier ${caseId}</title>`);
    await shows(dossierSection.getByRole('status'), `${caseId}.dossier.html diunduh.`);
    await capture(auditor, 'audit-dossier');

    // Both downloads are in the access log, as exports, with her reason.
    const log = await request(api.app.getHttpServer())
      .get('/audit/access-log')
      .query({ reason: 'spec checks the console', caseId, action: 'audit.export' })
      .set('Authorization', `Bearer ${await api.token(auditorActor)}`);
    expect((log.body.entries as Array<{ actor: string; reason: string; detail: unknown }>).map((e) => [e.actor, e.reason, e.detail])).toEqual([
      [auditorActor.userId, REASON, { format: 'html' }],
      [auditorActor.userId, REASON, { format: 'json' }],
    ]);
  }, 120_000);

  it('a task-force analyst reads the flow map on the Statistik page and the MoU table', async () => {
    const coordinator: Actor = { userId: 'gtk-64', role: 'task_force_coordinator', agency: 'GT-TPPO-64' };
    const recorded = await api.post(
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
    expect(recorded.status).toBe(201);
    const analyst = await newPage();
    await signIn(analyst, GUGUS_TUGAS, 'task_force_analyst', 'gt-ri-map', 'Statistik');
    const map = section(analyst, 'flow-map').getByRole('img');
    await map.waitFor();
    expect(await map.getAttribute('alt')).toContain('Peta arus kasus');
    expect(await map.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    await analyst.getByRole('link', { name: 'Daftar MoU' }).click();
    await analyst.getByRole('heading', { level: 1, name: 'Daftar MoU antarprovinsi' }).waitFor();
    const row = section(analyst, 'mous').locator('tbody tr').first();
    await shows(row, 'ILUSTRASI/64-65/2024');
    await shows(row, 'Kalimantan Utara');
    await shows(row, 'Berlaku');
    await shows(row, 'ilustrasi, bukan MoU nyata');
  }, 120_000);

  it('neither page has a serious or critical accessibility violation, an uncaught error, a CSP refusal or a sideways scroll', () => {
    // Both pages at both widths, and their second views at desktop width: a skipped check would make an empty list mean nothing.
    expect(checkedPages).toEqual([
      'audit-replay-desktop',
      'audit-replay-phone',
      'audit-broken-desktop',
      'statistics-desktop',
      'statistics-phone',
      'statistics-english-desktop',
      'audit-dossier-desktop',
      'audit-dossier-phone',
    ]);
    expect(axeFindings).toEqual([]);
    expect(web.pageErrors).toEqual([]);
    expect(overflowing).toEqual([]);
  });
});
