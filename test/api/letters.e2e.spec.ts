import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

const KALTIM = 'UPTD-PPA-64';
const POLDA = 'POLDA-KALTIM';
const siti: Actor = { userId: 'cw-siti', role: 'caseworker', agency: KALTIM };
const police: Actor = { userId: 'pol-kaltim', role: 'police_investigator', agency: POLDA };
const jatim: Actor = { userId: 'cw-jatim', role: 'caseworker', agency: 'UPTD-PPA-35' };
const ARTIFACTS = join(process.cwd(), 'artifacts', 'letters');

const FULL_NAME = 'Sulastri Wahyuningtyas';
const REASON = 'Korban melaporkan perekrut di Tawau; mohon pemeriksaan';

/** The words of a PDF, as pdftotext (poppler-utils) reads them. */
function textOf(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'letter-'));
  writeFileSync(join(dir, 'letter.pdf'), pdf);
  return execFileSync('pdftotext', ['-layout', join(dir, 'letter.pdf'), '-'], { encoding: 'utf8' });
}

describe('letters: a referral letter and a case summary in Indonesian, with only what the reader sees, verifiable by a code', () => {
  let api: ApiTestApp;
  let caseId: string;
  let referralId: string;

  beforeAll(async () => {
    api = await startApiTestApp();
    const post = async (path: string, body: object) => {
      const response = await api.post(path, body, siti);
      expect({ path, status: response.status, body: response.body }).toMatchObject({ status: 201 });
      return response.body as { caseId: string; referralId?: string };
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
    ({ referralId } = (await post(`/cases/${caseId}/send-referral`, {
      toAgency: POLDA,
      service: 'law_enforcement',
      reason: REASON,
      responseDeadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      sharesIdentity: true,
    })) as { referralId: string });
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(() => api?.close());

  async function get(actor: Actor, path: string) {
    const response = await request(api.app.getHttpServer())
      .get(path)
      .set('Authorization', `Bearer ${await api.token(actor)}`)
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    const raw = response.body as Buffer;
    const json = (response.headers['content-type'] ?? '').startsWith('application/json') ? JSON.parse(raw.toString('utf8')) : undefined;
    return { status: response.status, headers: response.headers, raw, json };
  }

  const printed = async (kind: string) =>
    (
      (await api.app
        .get(DataSource)
        .query(`SELECT actor, detail FROM access_log WHERE case_id = $1 AND action = 'letter.print' ORDER BY id DESC LIMIT 1`, [caseId])) as Array<{
        actor: string;
        detail: { kind: string; code: string; revision: number };
      }>
    ).find((row) => row.detail.kind === kind)!;

  it('prints the referral letter for the sender: agencies by name, the service, the reason, the victim by initials only, and a code', async () => {
    const letter = await get(siti, `/cases/${caseId}/letters/referral/${referralId}.pdf`);
    expect(letter.status).toBe(200);
    expect(letter.headers['content-type']).toBe('application/pdf');
    writeFileSync(join(ARTIFACTS, 'surat-rujukan.pdf'), letter.raw);
    const text = textOf(letter.raw);
    expect(text).toContain('SURAT RUJUKAN');
    expect(text).toContain('Penegakan hukum');
    expect(text).toContain(REASON);
    expect(text).toContain('SW');
    expect(text).not.toContain(FULL_NAME);
    expect(text).not.toContain('3509015507990001');
    // The case by the registration number it was opened with (KI-2026-0001), as everywhere else.
    const [opened] = (await api.app
      .get(DataSource)
      .query(`SELECT data->'registration'->>'number' AS number FROM events WHERE stream_name = $1 AND revision = 0`, [`case-${caseId}`])) as Array<{
      number: string | null;
    }>;
    expect(opened?.number).toMatch(/^[A-Z]{2}-\d{4}-\d{4}$/);
    expect(text).toContain(opened!.number!);
    const log = await printed('referral');
    expect(log).toMatchObject({ actor: siti.userId, detail: { kind: 'referral', referralId, code: expect.stringMatching(/^[0-9A-F]{8}-\d+-[0-9A-F]{10}$/) } });
    expect(text).toContain(log.detail.code);
  });

  it('prints the same letter for the receiving police; an agency with no part in the case gets 404', async () => {
    const letter = await get(police, `/cases/${caseId}/letters/referral/${referralId}.pdf`);
    expect(letter.status).toBe(200);
    expect(textOf(letter.raw)).toContain(REASON);
    expect((await printed('referral')).actor).toBe(police.userId);
    expect((await get(jatim, `/cases/${caseId}/letters/referral/${referralId}.pdf`)).status).toBe(404);
    expect((await get(jatim, `/cases/${caseId}/letters/summary.pdf`)).status).toBe(404);
  });

  it("prints the summary with the sections the reader sees: the owner's has the stage and the referral, no identity", async () => {
    const letter = await get(siti, `/cases/${caseId}/letters/summary.pdf`);
    expect(letter.status).toBe(200);
    writeFileSync(join(ARTIFACTS, 'ringkasan-kasus.pdf'), letter.raw);
    const text = textOf(letter.raw);
    expect(text).toContain('RINGKASAN KASUS');
    expect(text).toContain('Penerimaan');
    expect(text).toContain('Penegakan hukum');
    expect(text).not.toContain(FULL_NAME);
    // Printed in the time Kalimantan Timur keeps, as its caseworker reads every time in the console.
    expect(text).toMatch(/pukul \d{2}\.\d{2} WITA/);
    expect(text).not.toContain(' WIB');
  });

  it('verifies a printed code against the chain; a code with another hash is not valid; a malformed one is 400', async () => {
    await get(siti, `/cases/${caseId}/letters/summary.pdf`);
    const { code } = (await printed('summary')).detail;
    const valid = await get(police, `/cases/${caseId}/letters/verify/${code}`);
    expect(valid.json).toMatchObject({ valid: true, chainIntact: true, caseNumber: caseId.slice(0, 8).toUpperCase() });
    const forged = code.replace(/[0-9A-F]{10}$/, '0000000000');
    expect((await get(police, `/cases/${caseId}/letters/verify/${forged}`)).json).toMatchObject({ valid: false });
    const malformed = await get(police, `/cases/${caseId}/letters/verify/not-a-code`);
    expect(malformed.status).toBe(400);
    expect(malformed.json.errors).toEqual([expect.objectContaining({ field: 'code' })]);
  });

  it('lets anyone holding the letter check its code without an account, telling nothing of the case, and logs each check', async () => {
    await get(siti, `/cases/${caseId}/letters/summary.pdf`);
    const { code } = (await printed('summary')).detail;
    const anonymous = (path: string, accept = 'application/json') => request(api.app.getHttpServer()).get(path).set('Accept', accept);
    const valid = await anonymous(`/letters/verify/${caseId}/${code}`);
    expect(valid.status).toBe(200);
    expect(valid.body).toEqual({
      valid: true,
      caseNumber: caseId.slice(0, 8).toUpperCase(),
      revision: Number(code.split('-')[1]),
      recordedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      anchored: expect.any(Boolean),
    });
    // A forged hash, and a case that does not exist (same number, other id): the same "not valid", nothing more.
    const forged = await anonymous(`/letters/verify/${caseId}/${code.replace(/[0-9A-F]{10}$/, '0000000000')}`);
    const elsewhere = `${caseId.slice(0, 8)}-0000-4000-8000-000000000000`;
    const unknown = await anonymous(`/letters/verify/${elsewhere}/${code}`);
    for (const answer of [forged, unknown]) {
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ valid: false, caseNumber: caseId.slice(0, 8).toUpperCase(), revision: null, recordedOn: null, anchored: false });
    }
    expect((await anonymous(`/letters/verify/${caseId}/not-a-code`)).status).toBe(400);
    expect((await anonymous(`/letters/verify/not-a-case/${code}`)).status).toBe(400);
    // Scanned with a phone: a page in Indonesian, with no more than the JSON says.
    const page = await anonymous(`/letters/verify/${caseId}/${code}`, 'text/html');
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('Surat ini sah');
    expect(page.text).not.toContain(FULL_NAME);
    const checks = (await api.app
      .get(DataSource)
      .query(`SELECT actor, detail FROM access_log WHERE action = 'letter.verify' AND actor = 'anonymous' AND case_id = ANY($1::uuid[])`, [
        [caseId, elsewhere],
      ])) as Array<{
      detail: { valid: boolean; public: boolean };
    }>;
    expect(checks.map((c) => c.detail.valid).sort()).toEqual([false, false, true, true]);
  });

  it('refuses a handover record before any handover is recorded', async () => {
    const response = await get(siti, `/cases/${caseId}/letters/handover.pdf`);
    expect(response.status).toBe(409);
    expect(response.json.code).toBe('REPATRIATION.NO_HANDOVER');
  });

  it('prints the handover record once the victim is handed over: receiving agency, record number and place for the owner', async () => {
    const supervisor: Actor = { userId: 'spv-kaltim', role: 'supervisor', agency: KALTIM };
    const post = async (actor: Actor, path: string, body: object) => {
      const response = await api.post(path, body, actor);
      expect({ path, status: response.status, body: response.body }).toEqual({ path, status: 201, body: expect.anything() });
    };
    await post(siti, `/cases/${caseId}/advance-stage`, { to: 'assessment' });
    await post(siti, `/cases/${caseId}/record-assessment`, {
      assessmentId: 'assessment-1',
      indicators: {
        recruitmentMethods: ['job_offer'],
        meansOfControl: ['document_confiscation', 'debt_bondage'],
        exploitationTypes: ['forced_labour'],
        destinationCountry: 'MY',
        transitPoints: ['Nunukan', 'Tawau'],
        modus: ['plantation_work'],
      },
      victimStatus: 'confirmed',
      riskLevel: 'high',
      needs: ['repatriation'],
    });
    await post(supervisor, `/cases/${caseId}/approve-assessment`, { assessmentId: 'assessment-1' });
    await post(siti, `/cases/${caseId}/advance-stage`, { to: 'rehabilitation' });
    await post(siti, `/cases/${caseId}/skip-stage`, { stage: 'rehabilitation', reason: 'langsung dipulangkan' });
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await post(siti, `/cases/${caseId}/plan-repatriation`, {
      from: { kind: 'port', port: 'Nunukan' },
      toDistrictCode: '3509',
      escortAgency: 'BP3MI-NUNUKAN',
      transport: 'sea',
      plannedDate: yesterday,
    });
    await post(siti, `/cases/${caseId}/record-handover`, {
      receivingAgency: 'UPTD-PPA-35',
      handoverRecordNumber: 'BA/017/XII/2026',
      location: 'Pelabuhan Tanjung Perak',
    });
    const letter = await get(siti, `/cases/${caseId}/letters/handover.pdf`);
    expect(letter.status).toBe(200);
    writeFileSync(join(ARTIFACTS, 'berita-acara-serah-terima.pdf'), letter.raw);
    const text = textOf(letter.raw);
    expect(text).toContain('BERITA ACARA SERAH TERIMA PEMULANGAN');
    expect(text).toContain('BA/017/XII/2026');
    expect(text).toContain('Pelabuhan Tanjung Perak');
    expect(text).toContain('Kabupaten Jember');
    expect(text).not.toContain(FULL_NAME);
    expect((await printed('handover')).detail).toMatchObject({ kind: 'handover' });
  });
});
