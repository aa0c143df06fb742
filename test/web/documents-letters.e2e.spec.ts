import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import PDFDocument from 'pdfkit';
import type { Download, Locator, Page } from 'playwright-core';
import type { ApiTestApp } from '../support/api-test-app.js';
import { ARTIFACTS, browserSuite, startConsole, type BrowserConsole } from '../support/browser-harness.js';

const KALTIM = 'UPTD-PPA-64';
const POLDA = 'POLDA-KALTIM';
const JATIM = 'UPTD-PPA-35';
const BP3MI = 'BP3MI-NUNUKAN';
const AGENCIES = [
  { code: KALTIM, name: 'UPTD PPA Provinsi Kalimantan Timur', type: 'uptd_ppa', provinceCode: '64', districtCode: null },
  { code: POLDA, name: 'Polda Kalimantan Timur', type: 'police', provinceCode: '64', districtCode: null },
  { code: JATIM, name: 'UPTD PPA Provinsi Jawa Timur', type: 'uptd_ppa', provinceCode: '35', districtCode: null },
  { code: BP3MI, name: 'BP3MI Nunukan', type: 'bp2mi', provinceCode: '65', districtCode: '6503' },
];
const CODES = AGENCIES.map((a) => a.code);
/** The agency codes a text shows where a person should read names. */
const codesIn = (text: string): string[] => CODES.filter((code) => text.includes(code));
const siti: Actor = { userId: 'cw-siti', role: 'caseworker', agency: KALTIM };
const FULL_NAME = 'Sulastri Wahyuningtyas';
const REASON = 'Korban melaporkan perekrut di Tawau; mohon pemeriksaan';

/** A real PDF (pdfkit), as a scanner or a word processor would give one. */
async function pdf(text: string): Promise<Buffer> {
  const document = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => document.on('end', () => resolve(Buffer.concat(chunks))));
  document.text(text);
  document.end();
  return done;
}

/**
 * The case's papers and letters in the console: the UPTD PPA caseworker attaches a visum as a PDF, sees it listed and
 * downloads the same bytes; a text file named .pdf and a file over 10 MB are refused in Indonesian; she prints the
 * referral letter and the case summary (PDFs she saves), with no handover button before any handover.
 */
jest.setTimeout(90_000);

browserSuite('documents and letters in the console', () => {
  let web: BrowserConsole;
  let api: ApiTestApp;
  let base: string;
  let caseId: string;
  let page: Page;

  beforeAll(async () => {
    web = await startConsole({
      agencies: AGENCIES,
      seed: async (started) => {
        api = started;
        const post = async (path: string, body: object) => {
          const response = await api.post(path, body, siti);
          expect({ path, status: response.status, body: response.body }).toMatchObject({ status: 201 });
          return response.body as { caseId: string };
        };
        ({ caseId } = await post('/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6503' }));
        await post(`/cases/${caseId}/register-victim`, {
          initials: 'SW',
          sex: 'female',
          birthYear: 1999,
          isChild: false,
          nationality: 'ID',
          originProvinceCode: '35',
          originDistrictCode: '3509',
          identity: { fullName: FULL_NAME, nik: '3509015507990001' },
        });
        await post(`/cases/${caseId}/record-consent`, { consentId: 'c-process', scope: 'process', evidenceRef: 'DOC-1' });
        await post(`/cases/${caseId}/record-consent`, { consentId: 'c-share', scope: 'share', agencyTypes: ['police'], evidenceRef: 'DOC-2' });
        await post(`/cases/${caseId}/send-referral`, {
          toAgency: POLDA,
          service: 'law_enforcement',
          reason: REASON,
          responseDeadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
          sharesIdentity: true,
        });
      },
    });
    ({ api, base } = web);
    page = await signedIn(siti);
    await page.goto(`${base}/kasus/${caseId}`);
    await page.getByRole('heading', { level: 1, name: /^Kasus [A-Z]{2}-\d{4}-\d{4}/ }).waitFor();
  }, 120_000);

  afterAll(async () => {
    await web?.close();
  });

  const section = (id: string) => page.locator(`section[aria-labelledby="${id}"]`);

  const signedIn = (actor: Actor, agencyName = 'UPTD PPA Provinsi Kalimantan Timur') =>
    web.signedIn(actor, { name: `Antrian ${agencyName}`, exact: true }, { acceptDownloads: true });

  /** Screenshots at desktop and phone width, and axe's serious or critical findings on the page as it stands. */
  async function capture(name: string): Promise<string[]> {
    const findings = await web.axeFindings(page);
    await web.capture(page, name);
    return findings;
  }

  /** Clicks and waits for the file the page saves; its bytes and the name the page gave it. */
  async function saved(button: Locator): Promise<{ bytes: Buffer; name: string }> {
    const [download] = (await Promise.all([page.waitForEvent('download'), button.click()])) as [Download, void];
    return { bytes: readFileSync(await download.path()), name: download.suggestedFilename() };
  }

  async function attach(kind: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<Locator> {
    const form = section('case-documents').locator('form');
    await form.getByLabel('Jenis dokumen').selectOption({ label: kind });
    await form.getByLabel(/^Berkas/).setInputFiles(file);
    await form.getByRole('button', { name: 'Lampirkan', exact: true }).click();
    return form;
  }

  it('attaches a PDF, lists it by kind, size and name, and downloads the very same bytes', async () => {
    const visum = await pdf('Visum et repertum, RSUD Nunukan');
    await section('case-documents').getByText('Belum ada dokumen.').waitFor();
    const form = await attach('Visum et repertum', { name: 'visum-nunukan.pdf', mimeType: 'application/pdf', buffer: visum });
    await form.getByRole('status').filter({ hasText: 'Dokumen dilampirkan: Visum et repertum.' }).waitFor();
    const row = section('case-documents').getByTestId('documents').locator('li', { hasText: 'visum-nunukan.pdf' });
    await row.waitFor();
    expect(await row.innerText()).toContain('Visum et repertum');
    expect(await row.innerText()).toMatch(/\d+(,\d)? KB/);
    // The timeline tells of it at once, without the file's name (sealed with the victim's key).
    await section('case-timeline')
      .getByText(/Dokumen dilampirkan: Visum et repertum \(PDF, \d+ KB\)/)
      .first()
      .waitFor();
    expect(await section('case-timeline').innerText()).not.toContain('visum-nunukan');
    const file = await saved(row.getByRole('button', { name: /^Unduh/ }));
    expect(file.name).toBe('visum-nunukan.pdf');
    expect(file.bytes.equals(visum)).toBe(true);
  });

  it('refuses a text file named .pdf with the server’s reason in Indonesian, and a file over 10 MB before sending it', async () => {
    const form = await attach('Formulir persetujuan', {
      name: 'persetujuan.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('hanya teks biasa, bukan PDF\n'),
    });
    const refused = form.getByRole('alert').filter({ hasText: 'Hanya berkas PDF, PNG atau JPEG yang dapat dilampirkan.' });
    await refused.waitFor();
    expect(await refused.innerText()).toContain('Jenis berkas diperiksa dari isinya, bukan dari namanya.');
    expect(await refused.innerText()).not.toMatch(/DOCUMENT\.|\(415\)/);

    const large = Buffer.concat([await pdf('besar'), Buffer.alloc(11 * 1024 * 1024)]);
    await attach('Salinan paspor', { name: 'paspor.pdf', mimeType: 'application/pdf', buffer: large });
    await form
      .getByRole('alert')
      .filter({ hasText: /^Berkas ini 11 MB; yang dapat dilampirkan paling besar 10 MB\.$/ })
      .waitFor();
    // Neither reached the list: it still holds the one visum.
    expect(await section('case-documents').getByTestId('documents').locator('li').count()).toBe(1);
  });

  it('prints the referral letter and the case summary as PDFs; no handover record before a handover', async () => {
    const letters = section('case-letters');
    const letter = await saved(letters.getByRole('button', { name: 'Cetak surat rujukan (PDF)', exact: true }));
    expect(letter.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Named by the case's registration number, as the letter itself names the case.
    expect(letter.name).toMatch(/^surat-rujukan-KI-\d{4}-\d{4}-[0-9a-f]{8}\.pdf$/);
    const pdfPath = join(ARTIFACTS, 'surat-rujukan.pdf');
    writeFileSync(pdfPath, letter.bytes);
    const words = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(words).toContain('SURAT RUJUKAN');
    expect(words).toContain(REASON);
    expect(words).not.toContain(FULL_NAME);
    // The first page as an image, to look at.
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdfPath, join(ARTIFACTS, 'surat-rujukan')]);
    await letters
      .getByRole('status')
      .filter({ hasText: `Disimpan: ${letter.name}` })
      .waitFor();

    const summary = await saved(letters.getByRole('button', { name: 'Cetak ringkasan kasus (PDF)', exact: true }));
    expect(summary.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(execFileSync('pdftotext', ['-layout', '-', '-'], { input: summary.bytes, encoding: 'utf8' })).toContain('RINGKASAN KASUS');
    expect(await letters.getByRole('button', { name: /berita acara/ }).count()).toBe(0);

    expect(codesIn(await page.locator('main').innerText())).toEqual([]);
    expect(await capture('case-documents-letters')).toEqual([]);
    expect(web.pageErrors).toEqual([]);
  });

  it('reads the same in English: the panels, the document kind and the print buttons', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Documents (1)' }).waitFor();
    expect(await section('case-documents').getByTestId('documents').innerText()).toContain('Visum et repertum');
    await section('case-documents').getByRole('button', { name: 'Download: Visum et repertum, visum-nunukan.pdf' }).waitFor();
    await section('case-letters').getByRole('heading', { level: 2, name: 'Print letters' }).waitFor();
    await section('case-letters').getByRole('button', { name: 'Print the referral letter (PDF)' }).waitFor();
    expect(await section('case-documents').getByLabel('Kind of document').locator('option').allInnerTexts()).toEqual([
      'Choose a kind',
      'Consent form',
      'Visum et repertum',
      'Examination record (BAP)',
      'Police report',
      'Passport copy',
      'Other',
    ]);
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    expect(web.pageErrors).toEqual([]);
  });

  it('the receiving police, shared with on consent, download the visum and print their referral letter, and attach nothing', async () => {
    const police = await signedIn({ userId: 'pol-kaltim', role: 'police_investigator', agency: POLDA }, 'Polda Kalimantan Timur');
    await police.goto(`${base}/kasus/${caseId}`);
    const documents = police.locator('section[aria-labelledby="case-documents"]');
    await documents.getByRole('button', { name: 'Unduh: Visum et repertum, visum-nunukan.pdf' }).waitFor();
    expect(await documents.locator('form').count()).toBe(0);
    const letters = police.locator('section[aria-labelledby="case-letters"]');
    expect(await letters.getByRole('button', { name: 'Cetak surat rujukan (PDF)', exact: true }).count()).toBe(1);
    const [download] = (await Promise.all([
      police.waitForEvent('download'),
      letters.getByRole('button', { name: 'Cetak surat rujukan (PDF)', exact: true }).click(),
    ])) as [Download, void];
    expect(
      readFileSync(await download.path())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    expect(codesIn(await police.locator('main').innerText())).toEqual([]);
    expect(web.pageErrors).toEqual([]);
  });

  it('prints the handover record once the victim is handed over, from the button that appears with it', async () => {
    const supervisor: Actor = { userId: 'spv-kaltim', role: 'supervisor', agency: KALTIM };
    const post = async (actor: Actor, path: string, body: object) => {
      const response = await api.post(path, body, actor);
      expect({ path, status: response.status, body: response.body }).toMatchObject({ path, status: 201 });
    };
    await post(siti, `/cases/${caseId}/advance-stage`, { to: 'assessment' });
    await post(siti, `/cases/${caseId}/record-assessment`, {
      assessmentId: 'assessment-1',
      indicators: {
        recruitmentMethods: ['job_offer'],
        meansOfControl: ['document_confiscation'],
        exploitationTypes: ['forced_labour'],
        destinationCountry: 'MY',
        transitPoints: ['IDNNX', 'MYTWU'],
        modus: ['plantation_work'],
      },
      victimStatus: 'confirmed',
      riskLevel: 'high',
      needs: ['repatriation'],
    });
    await post(supervisor, `/cases/${caseId}/approve-assessment`, { assessmentId: 'assessment-1' });
    await post(siti, `/cases/${caseId}/advance-stage`, { to: 'rehabilitation' });
    await post(siti, `/cases/${caseId}/skip-stage`, { stage: 'rehabilitation', reason: 'langsung dipulangkan' });
    await post(siti, `/cases/${caseId}/plan-repatriation`, {
      from: { kind: 'port', port: 'IDNNX' },
      toDistrictCode: '3509',
      escortAgency: BP3MI,
      transport: 'sea',
      plannedDate: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
    });
    await post(siti, `/cases/${caseId}/record-handover`, {
      receivingAgency: JATIM,
      handoverRecordNumber: 'BA/017/XII/2026',
      location: 'Pelabuhan Tanjung Perak',
    });

    await page.reload();
    const letters = section('case-letters');
    const button = letters.getByRole('button', { name: 'Cetak berita acara serah terima (PDF)', exact: true });
    await button.waitFor();
    const record = await saved(button);
    expect(record.name).toMatch(/^berita-acara-serah-terima-KI-\d{4}-\d{4}\.pdf$/);
    const pdfPath = join(ARTIFACTS, 'berita-acara-serah-terima.pdf');
    writeFileSync(pdfPath, record.bytes);
    const words = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(words).toContain('BERITA ACARA SERAH TERIMA PEMULANGAN');
    expect(words).toContain('BA/017/XII/2026');
    expect(words).toContain('UPTD PPA Provinsi Jawa Timur');
    expect(words).not.toContain(FULL_NAME);
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdfPath, join(ARTIFACTS, 'berita-acara-serah-terima')]);
    await letters
      .getByRole('status')
      .filter({ hasText: `Disimpan: ${record.name}` })
      .waitFor();
    expect(codesIn(await page.locator('main').innerText())).toEqual([]);
    expect(web.pageErrors).toEqual([]);
  });
});
