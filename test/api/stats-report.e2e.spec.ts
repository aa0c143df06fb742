import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { executeCaseCommand } from '@rujukan/application';
import type { Actor, CaseCommand, ExploitationType } from '@rujukan/domain';
import { EventStore } from '@rujukan/event-store';
import { chromium } from 'playwright-core';
import request from 'supertest';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';
import { testAgencyDirectory } from '../support/test-directory.js';

const testDirectory = testAgencyDirectory();

const admin: Actor = { userId: 'admin-1', role: 'administrator', agency: 'KEMENPPPA' };
const caseworker: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: 'UPTD-PPA-64' };
const police: Actor = { userId: 'pol-1', role: 'police_investigator', agency: 'POLDA-KALTIM' };
const national: Actor = { userId: 'gt-ri', role: 'task_force_analyst', agency: 'GT-TPPO-RI' };
const kaltim: Actor = { userId: 'gt-64', role: 'task_force_analyst', agency: 'GT-TPPO-64' };
const balikpapan: Actor = { userId: 'gt-6471', role: 'task_force_analyst', agency: 'GT-TPPO-6471' };

const ARTIFACTS = join(process.cwd(), 'artifacts', 'reports');
const PDFTOPPM = '/usr/bin/pdftoppm';
const CHROMIUM = '/usr/bin/chromium';

interface Victim {
  /** When the case was opened (identified), UTC. */
  at: string;
  found: string;
  sex: 'female' | 'male';
  child: boolean;
  origin: string;
  /** Absent: not assessed yet, so no destination or exploitation is known. */
  destination?: string;
  exploitation?: ExploitationType[];
  /** A referral to the police: answered within its 3-day deadline, late, or declined. */
  referral?: 'in_time' | 'late' | 'declined';
}

/**
 * Hand-counted, STATS_MIN_CELL = 3. Kalimantan Timur (64) in 2025: ten cases, found in Balikpapan (6471)
 * or Samarinda (6472); two more found in Nunukan (6503, Kalimantan Utara) from Jawa Timur, which Kaltim
 * does not count; and cases of other years for the trend (2015 falls outside 2016–2025, 2026 after it).
 */
const FIXTURE: Victim[] = [
  ...[1, 2, 3, 4].map((i): Victim => ({
    at: `2025-03-1${i}T02:00:00Z`,
    found: '6471',
    sex: 'female',
    child: false,
    origin: '3509',
    destination: 'MY',
    exploitation: ['forced_labour'],
    referral: 'in_time',
  })),
  {
    at: '2025-03-20T02:00:00Z',
    found: '6471',
    sex: 'female',
    child: true,
    origin: '3509',
    destination: 'MY',
    exploitation: ['forced_labour', 'sexual_exploitation'],
    referral: 'late',
  },
  ...[1, 2, 3].map((i): Victim => ({
    at: `2025-08-0${i}T02:00:00Z`,
    found: '6471',
    sex: 'male',
    child: false,
    origin: '7371',
    destination: 'KH',
    exploitation: ['online_scam'],
    referral: i === 1 ? 'declined' : undefined,
  })),
  { at: '2025-11-05T02:00:00Z', found: '6471', sex: 'female', child: false, origin: '3509' },
  { at: '2025-08-20T02:00:00Z', found: '6472', sex: 'female', child: true, origin: '6472', destination: 'ID', exploitation: ['sexual_exploitation'] },
  { at: '2025-05-05T02:00:00Z', found: '6503', sex: 'female', child: false, origin: '3509', destination: 'MY', exploitation: ['domestic_servitude'] },
  { at: '2025-05-06T02:00:00Z', found: '6503', sex: 'female', child: false, origin: '3509', destination: 'MY', exploitation: ['domestic_servitude'] },
  ...[1, 2, 3].map((i): Victim => ({ at: `2023-0${i}-10T02:00:00Z`, found: '6471', sex: 'female', child: false, origin: '3509' })),
  ...[1, 2, 3, 4].map((i): Victim => ({ at: `2024-0${i}-10T02:00:00Z`, found: '6471', sex: 'female', child: false, origin: '3509' })),
  { at: '2020-06-10T02:00:00Z', found: '6471', sex: 'male', child: false, origin: '3509' },
  { at: '2015-06-10T02:00:00Z', found: '6471', sex: 'male', child: false, origin: '3509' },
  { at: '2026-01-10T02:00:00Z', found: '6471', sex: 'male', child: false, origin: '3509' },
];
/** Kaltim's published trend 2016–2025 (other years are zeros). */
const TREND: Record<number, number | null> = { 2020: null, 2023: null, 2024: 4, 2025: 10 };
const REFERRALS = FIXTURE.filter((v) => v.referral).length;

const hours = (iso: string, h: number) => new Date(Date.parse(iso) + h * 3_600_000).toISOString();

/**
 * The cases go through the domain's own command handler and event store, as the API would send them, with
 * the clock set to their year: over HTTP every case would be opened today.
 */
async function seed(api: ApiTestApp): Promise<void> {
  const store = api.app.get(EventStore);
  const run = (type: CaseCommand['type'], caseId: string, data: object, now: string, actor: Actor = caseworker) =>
    executeCaseCommand(store, testDirectory, { type, data: { caseId, ...data }, metadata: { actor, now } } as unknown as CaseCommand, {
      actor,
      correlationId: randomUUID(),
      commandId: randomUUID(),
      now,
    });
  for (const v of FIXTURE) {
    const caseId = randomUUID();
    await run('OpenCase', caseId, { channel: 'port', reporterType: 'government_agency', districtCode: v.found }, v.at);
    await run(
      'RegisterVictim',
      caseId,
      {
        initials: 'XX',
        sex: v.sex,
        birthYear: Number(v.at.slice(0, 4)) - (v.child ? 15 : 30),
        isChild: v.child,
        nationality: 'ID',
        originProvinceCode: v.origin.slice(0, 2),
        originDistrictCode: v.origin,
      },
      hours(v.at, 1),
    );
    if (v.destination) {
      await run(
        'RecordConsent',
        caseId,
        { consentId: 'consent-process', scope: 'process', evidenceRef: 'DOC-1', ...(v.child && { guardian: { relationship: 'parent', initials: 'YY' } }) },
        hours(v.at, 2),
      );
      await run('AdvanceStage', caseId, { to: 'assessment' }, hours(v.at, 3));
      const indicators = {
        recruitmentMethods: ['job_offer'],
        meansOfControl: [],
        exploitationTypes: v.exploitation,
        destinationCountry: v.destination,
        transitPoints: [],
        modus: [],
      };
      await run(
        'RecordAssessment',
        caseId,
        { assessmentId: 'assessment-1', indicators, victimStatus: 'presumed', riskLevel: 'high', needs: [] },
        hours(v.at, 4),
      );
    }
    if (v.referral) {
      const referralId = randomUUID();
      const sent = hours(v.at, 5);
      const referral = {
        referralId,
        toAgency: 'POLDA-KALTIM',
        service: 'law_enforcement',
        reason: 'laporan polisi',
        responseDeadline: hours(sent, 72),
        sharesIdentity: false,
      };
      await run('SendReferral', caseId, referral, sent);
      if (v.referral === 'declined') await run('DeclineReferral', caseId, { referralId, reason: 'bukan wilayah' }, hours(sent, 10), police);
      else await run('AcceptReferral', caseId, { referralId }, hours(sent, v.referral === 'late' ? 100 : 10), police);
    }
  }
}

describe('the yearly statistics report over HTTP', () => {
  let api: ApiTestApp;

  beforeAll(async () => {
    api = await startApiTestApp({ withProjector: true, env: { STATS_MIN_CELL: '3', READ_WAIT_MS: '5000' } });
    const put = async (code: string, body: object) =>
      request(api.app.getHttpServer())
        .put(`/admin/agencies/${code}`)
        .set('Authorization', `Bearer ${await api.token(admin)}`)
        .send(body)
        .expect(200);
    await put('GT-TPPO-RI', { name: 'Gugus Tugas PP TPPO Pusat', type: 'uptd_ppa' });
    await put('GT-TPPO-64', { name: 'Gugus Tugas PP TPPO Kalimantan Timur', type: 'uptd_ppa', provinceCode: '64' });
    await put('GT-TPPO-6471', { name: 'Gugus Tugas PP TPPO Kota Balikpapan', type: 'uptd_ppa', provinceCode: '64', districtCode: '6471' });
    await seed(api);
    // The statistics projection catches up in the background: wait until it holds every case and referral answer.
    for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
      const cases = await get('/stats/cases', national, {});
      const referrals = await get('/stats/referrals', national, {});
      if (cases.body.total === FIXTURE.length && referrals.body.totalSent === REFERRALS && referrals.body.groups?.[0]?.answers?.pending === 0) break;
      await new Promise((done) => setTimeout(done, 50));
    }
  }, 120_000);
  afterAll(() => api?.close());

  async function get(path: string, actor: Actor, query: Record<string, string>) {
    return request(api.app.getHttpServer())
      .get(path)
      .query(query)
      .set('Authorization', `Bearer ${await api.token(actor)}`);
  }
  const report = (actor: Actor, query: Record<string, string>) => get('/stats/reports/yearly', actor, query);
  const binary = async (actor: Actor, query: Record<string, string>) =>
    request(api.app.getHttpServer())
      .get('/stats/reports/yearly')
      .query(query)
      .set('Authorization', `Bearer ${await api.token(actor)}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

  it('publishes the hand-counted figures of Kalimantan Timur in 2025, small counts hidden', async () => {
    const { status, body } = await report(kaltim, { year: '2025', format: 'json' });
    expect(status).toBe(200);
    expect(body.scope).toEqual({ level: 'province', code: '64' });
    expect(body.report.region).toEqual({ province: '64', district: null });
    expect(body.report.keyFigures).toEqual({
      cases: 10,
      women: 7,
      // Two children are below 3; the eight adults would give them away by subtraction from ten.
      children: null,
      referralsSent: 6,
      referralsAnswered: 6,
      // Five of six answered within the 72-hour deadline (one declined in time); one accepted after 100 hours.
      shareAnsweredInTime: 0.83,
      medianHoursToAnswer: 10,
    });
    expect(body.report.casesByYear).toEqual({
      // 2020's single case is hidden, and 2023's three with it, the smallest other count of the total 18.
      rows: [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025].map((year) => ({ key: year, count: year in TREND ? TREND[year] : 0 })),
      total: 18,
    });
    // March 5, August 4 (hidden: it would give away November's 1 by subtraction), November 1.
    expect(body.report.casesByMonth.rows.filter((r: { count: number | null }) => r.count !== 0)).toEqual([
      { key: 3, count: 5 },
      { key: 8, count: null },
      { key: 11, count: null },
    ]);
    expect(body.report.casesByMonth.total).toBe(10);
    // MY 5, KH 3, ID 1, not assessed 1: the two ones would each be known to be 1 (their sum is 2), so KH hides too.
    expect(body.report.casesByDestinationCountry).toEqual({
      rows: [
        { key: 'MY', count: 5 },
        { key: 'ID', count: null },
        { key: 'KH', count: null },
        { key: null, count: null },
      ],
      total: 10,
    });
    expect(body.report.casesByOriginProvince).toEqual({
      rows: [
        { key: '35', count: 6 },
        { key: '64', count: null },
        { key: '73', count: null },
      ],
      total: 10,
    });
    // Several types per case: forced labour 5, online scams 3, sexual exploitation 2 (hidden), no total.
    expect(body.report.casesByExploitationType).toEqual({
      rows: [
        { key: 'forced_labour', count: 5 },
        { key: 'online_scam', count: 3 },
        { key: 'sexual_exploitation', count: null },
      ],
    });
  });

  it('hides every count exactly as GET /stats/cases does for the same year and region', async () => {
    const { body } = await report(kaltim, { year: '2025', format: 'json' });
    const dimensions = {
      destinationCountry: 'casesByDestinationCountry',
      originProvince: 'casesByOriginProvince',
      sex: 'casesBySex',
      ageGroup: 'casesByAgeGroup',
      month: 'casesByMonth',
    };
    for (const [dimension, table] of Object.entries(dimensions)) {
      const view = await get('/stats/cases', kaltim, { groupBy: dimension, from: '2025-01-01', to: '2025-12-31' });
      const published = new Map(view.body.cells.map((c: { key: Record<string, unknown>; count: number | null }) => [c.key[dimension], c.count]));
      const rows = (body.report[table].rows as Array<{ key: unknown; count: number | null }>).filter((r) => r.count !== 0);
      expect([dimension, new Map(rows.map((r) => [r.key, r.count]))]).toEqual([dimension, published]);
      expect(body.report[table].total).toBe(view.body.total);
    }
    const trend = await get('/stats/cases', kaltim, { groupBy: 'year', from: '2016-01-01', to: '2025-12-31' });
    expect(trend.body.cells.map((c: { key: { year: number }; count: number | null }) => [c.key.year, c.count])).toEqual([
      [2020, null],
      [2023, null],
      [2024, 4],
      [2025, 10],
    ]);
  });

  it('prints the figures on the page in Indonesian by default: labels, months, names, "s" and its footnote', async () => {
    const html = await report(kaltim, { year: '2025' });
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'/);
    const text = html.text;
    expect(text).toContain('<html lang="id">');
    expect(text).toContain('Laporan Statistik Tahunan Tindak Pidana Perdagangan Orang');
    expect(text).toContain('Provinsi Kalimantan Timur · Tahun 2025');
    expect(text).toContain('Periode: 1 Januari 2025 – 31 Desember 2025');
    expect(text).toMatch(/<span class="value">10<\/span><span class="label">Kasus teridentifikasi/);
    expect(text).toMatch(/<span class="value">s<\/span><span class="label">Korban anak/);
    expect(text).toMatch(/<span class="value">83%<\/span><span class="label">Dijawab tepat waktu/);
    expect(text).toContain('<tr><th scope="row">Maret</th><td class="n">5</td></tr>');
    expect(text).toContain('<tr><th scope="row">Agustus</th><td class="n">s</td></tr>');
    expect(text).toContain('<tr><th scope="row">Malaysia</th><td class="n">5</td></tr>');
    expect(text).toContain('<tr><th scope="row">Kamboja</th><td class="n">s</td></tr>');
    expect(text).toContain('<tr><th scope="row">Jawa Timur</th><td class="n">6</td></tr>');
    expect(text).toContain('<tr><th scope="row">Kerja paksa</th><td class="n">5</td></tr>');
    expect(text).toContain('s = angka disembunyikan untuk melindungi korban: angka di bawah 3 tidak diterbitkan');
    // Charts are inline SVG with values on the bars; nothing runs.
    expect((text.match(/<svg /g) ?? []).length).toBe(5);
    expect(text).not.toMatch(/<script|<link|src=/i);
  });

  it('speaks English with lang=en: labels, month and country names, province names, number format', async () => {
    const text = (await report(kaltim, { year: '2025', lang: 'en' })).text;
    expect(text).toContain('<html lang="en">');
    expect(text).toContain('Yearly Statistical Report on Trafficking in Persons');
    expect(text).toContain('East Kalimantan · Year 2025');
    expect(text).toContain('Period: 1 January 2025 – 31 December 2025');
    expect(text).toContain('<tr><th scope="row">March</th><td class="n">5</td></tr>');
    expect(text).toContain('<tr><th scope="row">Cambodia</th><td class="n">s</td></tr>');
    expect(text).toContain('<tr><th scope="row">East Java</th><td class="n">6</td></tr>');
    expect(text).toContain('<tr><th scope="row">Forced labour</th><td class="n">5</td></tr>');
    expect(text).toContain('s = figure withheld to protect victims: counts below 3 are not published');
    expect(text).not.toContain('Kasus teridentifikasi');
  });

  it('counts a district task force in its own district only', async () => {
    const { body } = await report(balikpapan, { year: '2025', format: 'json' });
    expect(body.report.region).toEqual({ province: null, district: '6471' });
    // Nine of the ten Kaltim cases were found in Balikpapan; Samarinda's is not counted.
    expect(body.report.keyFigures.cases).toBe(9);
    const html = (await report(balikpapan, { year: '2025' })).text;
    expect(html).toContain('Kota Balikpapan, Provinsi Kalimantan Timur · Tahun 2025');
    expect((await report(balikpapan, { year: '2025', lang: 'en' })).text).toContain('Balikpapan City, East Kalimantan · Year 2025');
  });

  it("refuses another region's report with 403, and other roles", async () => {
    const other = await report(balikpapan, { year: '2025', province: '65' });
    expect(other.status).toBe(403);
    expect(other.body.code).toBe('STATS.OUT_OF_SCOPE');
    expect((await report(balikpapan, { year: '2025', district: '6472' })).body.code).toBe('STATS.OUT_OF_SCOPE');
    expect((await report(kaltim, { year: '2025', province: '35', format: 'pdf' })).status).toBe(403);
    const caseworkerAsks = await report(caseworker, { year: '2025' });
    expect(caseworkerAsks.status).toBe(403);
    expect(caseworkerAsks.body.code).toBe('AUTH.FORBIDDEN');
  });

  it('refuses bad parameters with 400, naming each field', async () => {
    const fields = async (query: Record<string, string>) => {
      const answer = await report(national, query);
      expect(answer.status).toBe(400);
      return answer.body.errors.map((e: { field: string }) => e.field);
    };
    expect(await fields({})).toEqual(['year']);
    expect(await fields({ year: '25' })).toEqual(['year']);
    expect(await fields({ year: '1999' })).toEqual(['year']);
    expect(await fields({ year: String(new Date().getUTCFullYear() + 2) })).toEqual(['year']);
    expect(await fields({ year: '2025', lang: 'fr', format: 'docx' })).toEqual(['lang', 'format']);
    expect(await fields({ year: '2025', province: 'Kaltim' })).toEqual(['province']);
    expect(await fields({ year: '2025', province: '99' })).toEqual(['province']);
    expect(await fields({ year: '2025', district: '6499' })).toEqual(['district']);
    expect(await fields({ year: '2025', province: '64', district: '3509' })).toEqual(['district']);
  });

  it('renders an A4 PDF with the same figures and page numbers', async () => {
    const pdf = await binary(kaltim, { year: '2025', format: 'pdf' });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('inline; filename="laporan-tppo-64-2025-id.pdf"');
    const body = pdf.body as Buffer;
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(body.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
  });

  const pdftoppmSkip = existsSync(PDFTOPPM) || process.env.RUJUKAN_REQUIRE_BROWSER === '1' ? it : it.skip;
  pdftoppmSkip(
    `renders the PDF to PNG pages in artifacts/reports (skipped when ${PDFTOPPM} is absent)`,
    async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      for (const lang of ['id', 'en']) {
        const pdf = (await binary(kaltim, { year: '2025', lang, format: 'pdf' })).body as Buffer;
        const file = join(ARTIFACTS, `yearly-64-2025-${lang}.pdf`);
        writeFileSync(file, pdf);
        for (const old of readdirSync(ARTIFACTS).filter((f) => f.startsWith(`yearly-64-2025-${lang}-pdf`))) rmSync(join(ARTIFACTS, old));
        execFileSync(PDFTOPPM, ['-png', '-r', '80', file, join(ARTIFACTS, `yearly-64-2025-${lang}-pdf`)]);
        const pages = readdirSync(ARTIFACTS).filter((f) => f.startsWith(`yearly-64-2025-${lang}-pdf`) && f.endsWith('.png'));
        expect(pages.length).toBeGreaterThanOrEqual(2);
        const text = execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
        expect(text).toContain(lang === 'id' ? 'Halaman 1 dari' : 'Page 1 of');
        expect(text).toMatch(lang === 'id' ? /Malaysia\s+5/ : /Cambodia\s+s/);
      }
    },
    60_000,
  );

  const chromiumSkip = existsSync(CHROMIUM) || process.env.RUJUKAN_REQUIRE_BROWSER === '1' ? it : it.skip;
  chromiumSkip(
    `screenshots the HTML page in artifacts/reports with headless Chromium (skipped when ${CHROMIUM} is absent)`,
    async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
      });
      try {
        for (const lang of ['id', 'en']) {
          const html = (await report(kaltim, { year: '2025', lang })).text;
          writeFileSync(join(ARTIFACTS, `yearly-64-2025-${lang}.html`), html);
          // A4 at 96 dpi is 794 px wide.
          const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
          await page.setContent(html, { waitUntil: 'load' });
          expect(await page.locator('svg').count()).toBe(5);
          await page.screenshot({ path: join(ARTIFACTS, `yearly-64-2025-${lang}-html.png`), fullPage: true });
          await page.pdf({ path: join(ARTIFACTS, `yearly-64-2025-${lang}-printed.pdf`), format: 'A4', printBackground: true });
          await page.close();
        }
      } finally {
        await browser.close();
      }
    },
    60_000,
  );
});
