import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import request from 'supertest';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

const coordinator: Actor = { userId: 'gtk-64', role: 'task_force_coordinator', agency: 'GT-TPPO-64' };
const analyst: Actor = { userId: 'gt-64', role: 'task_force_analyst', agency: 'GT-TPPO-64' };
const balikpapan: Actor = { userId: 'gtk-6471', role: 'task_force_coordinator', agency: 'GT-TPPO-6471' };
const auditor: Actor = { userId: 'audit-1', role: 'auditor', agency: 'ITJEN' };

const PDFTOPPM = '/usr/bin/pdftoppm';
const PDFTOTEXT = '/usr/bin/pdftotext';
const ARTIFACTS = 'artifacts/plans';

/** Kaltim's RAD 2011–2015 (Pergub Kaltim 86/2011), as of the end of 2013. */
const PLAN = { title: 'RAD Pemberantasan TPPO dan ESA Kalimantan Timur', legalBasis: 'Pergub Kaltim 86/2011', startYear: 2011, endYear: 2015 };
const item = (itemId: string, over: object) => ({
  itemId,
  pillar: 'socialization',
  activity: 'Sosialisasi pencegahan TPPO di kabupaten/kota',
  responsibleAgency: 'DP3A-KALTIM',
  indicator: 'kabupaten/kota yang disosialisasi',
  target: 10,
  unit: 'kabupaten/kota',
  dueDate: '2013-12-31',
  budgetLine: 'APBD BPPKB Kaltim',
  ...over,
});

describe("a plan's yearly progress report, as HTML and PDF beside the statistics report", () => {
  let api: ApiTestApp;
  let planId = '';
  let position = '';

  beforeAll(async () => {
    process.env.READ_WAIT_MS = '5000';
    api = await startApiTestApp({ withProjector: true });
    const post = async (path: string, body: object) => {
      const response = await api.post(path, body, coordinator);
      expect({ path, status: response.status, body: response.body }).toMatchObject({ status: 201 });
      position = response.body.position;
      return response.body as { planId: string };
    };
    ({ planId } = await post('/plans', PLAN));
    // Late at the end of 2013: 6 of 10 districts.
    await post(`/plans/${planId}/items`, item('sosialisasi', {}));
    await post(`/plans/${planId}/items/sosialisasi/progress`, { reportedOn: '2012-11-12', achieved: 4, evidence: 'Laporan Rakornas Balikpapan 2012' });
    await post(`/plans/${planId}/items/sosialisasi/progress`, { reportedOn: '2013-06-03', achieved: 6, evidence: 'Laporan BPPKB semester I 2013' });
    // Completed in 2013.
    await post(
      `/plans/${planId}/items`,
      item('pelatihan', {
        pillar: 'training',
        activity: 'Pelatihan aparat penegak hukum',
        responsibleAgency: 'KEMENPPPA',
        indicator: 'angkatan pelatihan',
        target: 3,
        unit: 'angkatan',
        dueDate: '2013-06-30',
      }),
    );
    await post(`/plans/${planId}/items/pelatihan/progress`, { reportedOn: '2013-05-02', achieved: 3 });
    await post(`/plans/${planId}/items/pelatihan/complete`, { completedOn: '2013-05-20' });
    // Due later, on track.
    await post(
      `/plans/${planId}/items`,
      item('koordinasi', {
        pillar: 'coordination',
        activity: 'Rapat koordinasi antarprovinsi',
        responsibleAgency: 'GT-TPPO-64',
        indicator: 'rapat',
        target: 4,
        unit: 'rapat',
        dueDate: '2015-12-31',
      }),
    );
    await post(`/plans/${planId}/items/koordinasi/progress`, { reportedOn: '2013-09-09', achieved: 1, note: 'Rakornas di Balikpapan' });
    // Done in 2011: not an item of 2013.
    await post(
      `/plans/${planId}/items`,
      item('perda', {
        pillar: 'advocacy',
        activity: 'Penyusunan Pergub RAD',
        responsibleAgency: 'GT-TPPO-64',
        indicator: 'pergub',
        target: 1,
        unit: 'pergub',
        dueDate: '2011-12-31',
      }),
    );
    await post(`/plans/${planId}/items/perda/complete`, { completedOn: '2011-11-30' });
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    delete process.env.READ_WAIT_MS;
  });

  const get = async (actor: Actor, path: string, binary = false) => {
    let call = request(api.app.getHttpServer())
      .get(path)
      .set('Authorization', `Bearer ${await api.token(actor)}`)
      .set('X-Min-Position', position);
    if (binary)
      call = call.buffer(true).parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    return call;
  };

  it('lists the year’s items with their responsible agencies by name, targets, progress, and what is late', async () => {
    const json = await get(analyst, `/plans/${planId}/report?year=2013&format=json&lang=en`);
    expect(json.status).toBe(200);
    const report = json.body.report;
    expect(report.counts).toEqual([
      { label: 'Items this year', value: 3 },
      { label: 'Completed', value: 1 },
      { label: 'Late', value: 1 },
      { label: 'On track', value: 1 },
    ]);
    expect(
      report.items.map((i: { activity: string; responsible: string; status: string; achieved: string; percent: number }) => [
        i.activity,
        i.responsible,
        i.status,
        i.achieved,
        i.percent,
      ]),
    ).toEqual([
      ['Sosialisasi pencegahan TPPO di kabupaten/kota', 'DP3A Provinsi Kalimantan Timur', 'late', '6 kabupaten/kota', 60],
      ['Pelatihan aparat penegak hukum', 'Kementerian PPPA', 'completed', '3 angkatan', 100],
      ['Rapat koordinasi antarprovinsi', 'Gugus Tugas PP TPPO Kalimantan Timur', 'on_track', '1 rapat', 25],
    ]);
    expect(report.late).toEqual([
      '1. Sosialisasi pencegahan TPPO di kabupaten/kota (DP3A Provinsi Kalimantan Timur): due 2013-12-31, 6 kabupaten/kota of 10 kabupaten/kota reached',
    ]);
    // A year before: 4 of 10, not yet due, and the 2011 item is that year's.
    const earlier = (await get(analyst, `/plans/${planId}/report?year=2012&format=json`)).body.report;
    expect(earlier.items.map((i: { status: string; achieved: string }) => [i.status, i.achieved])).toEqual([['on_track', '4 kabupaten/kota']]);
  });

  const withPoppler = existsSync(PDFTOTEXT) || process.env.RUJUKAN_REQUIRE_BROWSER === '1' ? it : it.skip;
  withPoppler(
    `draws the PDF (A4, the same words) and the HTML page; pdftotext reads the items, agencies and what is late (skipped when ${PDFTOTEXT} is absent)`,
    async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      const pdf = await get(analyst, `/plans/${planId}/report?year=2013&format=pdf`, true);
      expect(pdf.status).toBe(200);
      expect(pdf.headers['content-type']).toContain('application/pdf');
      const file = join(ARTIFACTS, 'rad-kaltim-2013-id.pdf');
      writeFileSync(file, pdf.body as Buffer);
      expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
      {
        const text = execFileSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' });
        for (const expected of [
          'Laporan Kemajuan Tahunan Rencana Aksi',
          'RAD Pemberantasan TPPO dan ESA Kalimantan Timur',
          'Pergub Kaltim 86/2011',
          'Tahun 2013',
          'Yang terlambat',
          'Sosialisasi pencegahan TPPO di kabupaten/kota (DP3A Provinsi Kalimantan Timur): jatuh tempo 2013-12-31, tercapai 6',
          'Kementerian PPPA',
          'Gugus Tugas PP TPPO Kalimantan Timur',
          'Selesai',
          'Laporan BPPKB semester I 2013',
        ]) {
          expect([expected, text.replace(/\s+/g, ' ').includes(expected)]).toEqual([expected, true]);
        }
        expect(text).not.toContain('Penyusunan Pergub RAD');
      }
      if (existsSync(PDFTOPPM)) execFileSync(PDFTOPPM, ['-png', '-r', '70', file, join(ARTIFACTS, 'rad-kaltim-2013-id')]);
      const html = await get(auditor, `/plans/${planId}/report?year=2013&lang=en`);
      expect(html.status).toBe(200);
      expect(html.headers['content-type']).toContain('text/html');
      expect(html.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'sha256-/);
      expect(html.text).toContain('Yearly Progress Report of the Action Plan');
      expect(html.text).toContain('DP3A Provinsi Kalimantan Timur');
      expect(html.text).not.toMatch(/<script|href="http/);
      writeFileSync(join(ARTIFACTS, 'rad-kaltim-2013-en.html'), html.text);
    },
  );

  it('refuses another task force, a year outside the plan, and bad parameters, naming the field', async () => {
    expect((await get(balikpapan, `/plans/${planId}/report?year=2013`)).status).toBe(403);
    const outside = await get(analyst, `/plans/${planId}/report?year=2016`);
    expect([outside.status, outside.body.errors?.[0]?.field]).toEqual([400, 'year']);
    const bad = await get(analyst, `/plans/${planId}/report?year=13&lang=fr&format=docx`);
    expect([bad.status, bad.body.errors?.map((e: { field: string }) => e.field)]).toEqual([400, ['year', 'lang', 'format']]);
    expect((await get(analyst, `/plans/00000000-0000-4000-8000-000000000000/report?year=2013`)).status).toBe(404);
  });
});
