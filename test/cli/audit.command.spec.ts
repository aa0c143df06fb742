import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { IdentityVault, toCaseEvent } from '@rujukan/application';
import { caseStreamName, foldCase, initialState } from '@rujukan/domain';
import { PgDataKeyStore } from '@rujukan/read-models';
import {
  checkDossier,
  parseExportRequest,
  parseReplayRequest,
  parseVerifyRequest,
  readerFrom,
  runAnchor,
  runCheckDossier,
  runExport,
  runReplay,
  runVerify,
  UsageError,
  type Dossier,
} from '../../apps/cli/src/audit/index.js';
import { auditFixture, capture, caseWithEvents, caseworker, READER, run, SECRET_INITIALS, SECRET_REASON, type AuditFixture } from './audit-fixture.js';

const REASON = 'Pemeriksaan Inspektorat 2026/11';

describe('audit commands on an untouched store', () => {
  let f: AuditFixture;
  let caseId: string;
  let referralIds: string[];
  let outDir: string;

  beforeAll(async () => {
    f = await auditFixture();
    ({ caseId, referralIds } = await caseWithEvents(f.store, 8));
    await caseWithEvents(f.store, 3);
    outDir = mkdtempSync(join(tmpdir(), 'rujukan-dossier-'));
  });
  afterAll(async () => {
    await f?.release();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('verify --case exits 0, with what it checked, and records the read with its reason', async () => {
    f.output.clear();
    const code = await runVerify(f.ctx, parseVerifyRequest({ case: caseId, reason: REASON }));
    expect(code).toBe(0);
    const text = f.output.text();
    expect(text).toContain(`Verifying case ${caseId} (stream ${caseStreamName(caseId)})`);
    expect(text).toContain('events checked: 8, head revision 7');
    expect(text).toContain('Anchors: 0 signed');
    expect(text).toContain('Result: OK, no tampering found');
    const [entry] = await f.accessLog();
    expect(entry).toMatchObject({ ...READER, action: 'audit.verify', caseId, reason: REASON, channel: 'cli', detail: { command: 'verify', case: caseId } });
  });

  it('anchor signs every stream now; verify --all then counts the anchor, trusted, and exits 0', async () => {
    f.output.clear();
    const { code, outcome } = await runAnchor(f.ctx);
    expect(code).toBe(0);
    expect(outcome).toMatchObject({ recorded: true, streamCount: 2, changedStreams: 2 });
    expect(f.output.text()).toContain(`Anchor recorded: ${outcome.anchorId}`);
    expect(f.output.text()).toContain('signature valid, root matches, key trusted');

    f.output.clear();
    expect(await runVerify(f.ctx, parseVerifyRequest({ all: true, reason: REASON }))).toBe(0);
    const text = f.output.text();
    expect(text).toContain('streams checked: 3 (the anchor stream included), events checked: 13');
    expect(text).toMatch(/Anchors: 1 signed\n {2}latest: anchor .* signature valid, root matches, key trusted/);
    expect(text).toContain('Result: OK');
    const [entry] = await f.accessLog();
    expect(entry).toMatchObject({ action: 'audit.verify_all', caseId: null, reason: REASON, channel: 'cli', role: 'auditor' });
  });

  it('replay --revision prints the timeline up to that revision and the state there, and no victim detail', async () => {
    f.output.clear();
    const { code, asOf } = await runReplay(f.ctx, parseReplayRequest(caseId, { revision: '3', reason: REASON }));
    expect(code).toBe(0);
    const stored = await f.store.readStream(caseStreamName(caseId));
    expect(asOf.revision).toBe(3);
    expect(asOf.state).toEqual(foldCase(stored.slice(0, 4).map(toCaseEvent), initialState));

    const text = f.output.text();
    expect(text).toContain(`Timeline of case ${caseId} up to revision 3: 4 event(s)`);
    const rows = f.output.lines.filter((l) => /^\s+\d+\s+\d{4}-\d\d-\d\dT/.test(l));
    expect(rows.map((l) => l.trim().split(/\s+/)[2])).toEqual(['CaseOpened', 'VictimRegistered', 'ReferralSent', 'ReferralWithdrawn']);
    expect(rows[2]).toContain(
      `referralId=${referralIds[0]} fromAgency=UPTD-PPA-64 service=law_enforcement sharesIdentity=false toAgency=POLDA-KALTIM toAgencyType=police`,
    );
    expect(rows[2]).toContain('cw-kaltim (caseworker, UPTD-PPA-64)');
    // Where the victim comes from describes the victim: withheld like the rest.
    expect(rows[1]).not.toMatch(/origin|3509/);
    expect(text).toContain(`Case ${caseId} at revision 3: 4 events`);
    expect(text).toMatch(/last event +revision 3, recorded at \d{4}-/);
    expect(text).toMatch(/stage +intake/);
    expect(text).toMatch(/status +open/);
    expect(text).toMatch(/victim +registered \(details withheld\)/);
    expect(text).toMatch(/referrals +1 \(1 withdrawn\)/);
    expect(text).toContain(`${referralIds[0]}  UPTD-PPA-64 -> POLDA-KALTIM (police)  law_enforcement  withdrawn`);
    expect(text).not.toContain(SECRET_INITIALS);
    expect(text).not.toContain(SECRET_REASON);

    const [entry] = await f.accessLog();
    expect(entry).toMatchObject({ action: 'audit.replay', caseId, reason: REASON, channel: 'cli', detail: { command: 'replay', revision: 3, json: false } });
  });

  it('replay --revision 2 (one withdrawal earlier) shows the referral still sent; --json gives the full folded state', async () => {
    f.output.clear();
    await runReplay(f.ctx, parseReplayRequest(caseId, { revision: '2', reason: REASON }));
    expect(f.output.text()).toContain(`${referralIds[0]}  UPTD-PPA-64 -> POLDA-KALTIM (police)  law_enforcement  sent`);

    f.output.clear();
    const { asOf } = await runReplay(f.ctx, parseReplayRequest(caseId, { revision: '2', json: true, reason: REASON }));
    expect(JSON.parse(f.output.text())).toEqual({ caseId, ...asOf });
    expect(asOf.state).toMatchObject({ exists: true, referrals: { [referralIds[0]]: { status: 'sent' } } });
  });

  it('replay --at folds what was recorded by then; before the case opened it did not exist yet', async () => {
    const stored = await f.store.readStream(caseStreamName(caseId));
    f.output.clear();
    const { asOf } = await runReplay(f.ctx, parseReplayRequest(caseId, { at: stored[4].recordedAt.toISOString(), reason: REASON }));
    expect(asOf.revision).toBeGreaterThanOrEqual(3);
    expect(asOf.state).toEqual(foldCase(stored.slice(0, asOf.revision + 1).map(toCaseEvent), initialState));

    f.output.clear();
    const before = new Date(stored[0].recordedAt.getTime() - 60_000).toISOString();
    const early = await runReplay(f.ctx, parseReplayRequest(caseId, { at: before, reason: REASON }));
    expect(early.asOf).toMatchObject({ revision: -1, eventCount: 0, state: { exists: false } });
    expect(f.output.text()).toContain('the case did not exist yet at this point');
    const [entry] = await f.accessLog();
    expect(entry).toMatchObject({ action: 'audit.replay', reason: REASON, detail: { at: before } });
  });

  it('refuses bad input with a message that says what to give: no reason, a bad --at, a bad revision, an unknown case; reads as the OS user by default', async () => {
    const logged = (await f.accessLog()).length;
    expect(() => parseVerifyRequest({ case: caseId })).toThrow(/--reason <text> is required: every audit command records why/);
    expect(() => parseReplayRequest(caseId, { reason: '  ' })).toThrow(/--reason <text> is required/);
    expect(() => parseExportRequest(caseId, {})).toThrow(/--reason <text> is required/);
    expect(() => parseVerifyRequest({ case: caseId, reason: 'ok' })).toThrow('--reason must be 3 to 500 characters (it is 2)');
    expect(() => parseReplayRequest(caseId, { at: 'yesterday', reason: REASON })).toThrow(
      /--at "yesterday" must be an RFC 3339 date-time with seconds and a time zone, e.g. 2026-03-01T08:00:00Z/,
    );
    expect(() => parseReplayRequest(caseId, { at: '2026-03-01T08:00:00', reason: REASON })).toThrow(/must be an RFC 3339 date-time/);
    expect(() => parseReplayRequest(caseId, { at: '2026-02-30T08:00:00Z', reason: REASON })).toThrow(
      '--at "2026-02-30T08:00:00Z" is not a real date: February 2026 has no day 30 (it has 28 days)',
    );
    expect(() => parseReplayRequest(caseId, { revision: '-1', reason: REASON })).toThrow(/--revision "-1" is not a revision/);
    expect(() => parseReplayRequest(caseId, { revision: '1', at: '2026-03-01T08:00:00Z', reason: REASON })).toThrow('give at most one of --at');
    expect(() => parseVerifyRequest({ reason: REASON })).toThrow('give exactly one of --all');
    expect(() => parseVerifyRequest({ all: true, case: caseId, reason: REASON })).toThrow('give exactly one of --all');
    expect(() => parseReplayRequest('case-42', { reason: REASON })).toThrow(/"case-42" is not a case id/);
    // Refused before anything was read: nothing to record.
    expect(await f.accessLog()).toHaveLength(logged);

    expect(readerFrom({})).toEqual({ actor: userInfo().username, role: 'auditor', agency: 'CLI' });
    expect(readerFrom({ actor: 'inspektorat-1', agency: 'INSPEKTORAT-64' })).toEqual(READER);

    const unknown = '0b7e2c1a-5d3f-4c8e-9a61-2f4d8e7b3c10';
    const error = await runReplay(f.ctx, parseReplayRequest(unknown, { reason: REASON })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect(error).toMatchObject({ message: `no case ${unknown}`, exitCode: 1 });
    await expect(runVerify(f.ctx, parseVerifyRequest({ case: unknown, reason: REASON }))).rejects.toThrow(`no case ${unknown}`);
    await expect(runExport(f.ctx, parseExportRequest(unknown, { reason: REASON, out: outDir }))).rejects.toThrow(`no case ${unknown}`);
    // The attempts were recorded, as the HTTP API records a read of an unknown case.
    const attempts = (await f.accessLog()).slice(0, 3);
    expect(attempts.map((e) => [e.action, e.caseId, e.reason])).toEqual([
      ['audit.export', unknown, REASON],
      ['audit.verify', unknown, REASON],
      ['audit.replay', unknown, REASON],
    ]);
  });

  it('export writes a signed dossier that checks, and fails the check once one byte is edited', async () => {
    f.output.clear();
    const reason = `Sidang <PN Nunukan> & 'banding' "2026"`;
    const result = await runExport(f.ctx, parseExportRequest(caseId, { reason, out: outDir }), new Date('2026-11-23T10:00:00Z'));
    expect(result.code).toBe(0);
    expect(result.jsonPath).toBe(join(outDir, `${caseId}.dossier.json`));
    expect(result.htmlPath).toBe(join(outDir, `${caseId}.dossier.html`));

    const text = readFileSync(result.jsonPath, 'utf8');
    const dossier = JSON.parse(text) as Dossier;
    const stored = await f.store.readStream(caseStreamName(caseId));
    expect(dossier).toMatchObject({
      format: 'rujukan.case-dossier/1',
      caseId,
      exportedAt: '2026-11-23T10:00:00.000Z',
      exportedBy: READER,
      reason,
      eventCount: 8,
      finalState: { revision: 7, eventCount: 8, state: foldCase(stored.map(toCaseEvent), initialState) },
      verification: { ok: true, verifiedEvents: 8, broken: null, anchored: { revision: 7, holds: true } },
      anchors: [{ signatureValid: true, rootMatches: true, trusted: true }],
      signature: { algorithm: 'Ed25519', keyId: f.ctx.signer.keyId, publicKey: f.ctx.signer.publicKey },
    });
    expect(dossier.events.map((e) => [e.revision, e.eventId, e.hash])).toEqual(stored.map((e) => [e.revision, e.id, e.hash]));
    expect(dossier.events[1].data).toMatchObject({ initials: SECRET_INITIALS });

    const output = capture();
    const ok = await runCheckDossier(result.jsonPath, [f.ctx.signer.keyId], output);
    expect(ok.code).toBe(0);
    expect(ok.check).toMatchObject({ signatureValid: true, keyIdMatches: true, keyExpected: true, chain: { ok: true, verifiedEvents: 8 }, ok: true });
    expect(output.text()).toContain('Result: OK, the dossier is intact');
    expect(checkDossier(dossier, ['someone-elses-key']).ok).toBe(false);

    // One byte: a digit of one event's recorded time (the JSON stays valid, only its content changes).
    const at = text.indexOf('"recordedAt": "', text.indexOf('"revision": 3,', text.indexOf('"events": ['))) + '"recordedAt": "'.length + 18;
    const edited = `${text.slice(0, at)}${text[at] === '1' ? '2' : '1'}${text.slice(at + 1)}`;
    expect(edited).toHaveLength(text.length);
    writeFileSync(result.jsonPath, edited);
    output.clear();
    const bad = await runCheckDossier(result.jsonPath, [], output);
    expect(bad.code).toBe(2);
    expect(bad.check).toMatchObject({ signatureValid: false, chain: { ok: false, broken: { revision: 3, reason: 'hash_mismatch' } }, ok: false });
    expect(output.text()).toContain('signature   INVALID: the content changed after it was signed');
    expect(output.text()).toContain('Result: NOT INTACT');

    // Any other single byte of content too, e.g. one letter of the reason.
    const reasonAt = text.indexOf('Nunukan');
    writeFileSync(result.jsonPath, `${text.slice(0, reasonAt)}M${text.slice(reasonAt + 1)}`);
    expect((await runCheckDossier(result.jsonPath, [], capture())).check.signatureValid).toBe(false);
    writeFileSync(result.jsonPath, `#${text.slice(1)}`);
    await expect(runCheckDossier(result.jsonPath, [], capture())).rejects.toThrow(`${result.jsonPath} is not JSON: the file was damaged or is not a dossier`);

    const [entry] = await f.accessLog();
    expect(entry).toMatchObject({ action: 'audit.export', caseId, reason, channel: 'cli', detail: { command: 'export', out: outDir } });
  });

  it('the HTML dossier is self-contained, escapes every text and shows no victim detail', async () => {
    const { htmlPath } = await runExport(f.ctx, parseExportRequest(caseId, { reason: 'Sidang <b>PN</b> & banding', out: outDir }));
    const html = readFileSync(htmlPath, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain(`<title>Case dossier ${caseId}</title>`);
    expect(html).toContain('Sidang &lt;b&gt;PN&lt;/b&gt; &amp; banding');
    expect(html).not.toContain('<b>PN</b>');
    expect(html).toContain('Verified: the hash chain holds and every anchor checks.');
    expect(html).toContain(f.ctx.signer.keyId);
    expect(html.match(/<tr><td class="n">\d+<\/td>/g)).toHaveLength(8);
    expect(html).not.toMatch(/<script|<link|src=|href=|url\(/i);
    expect(html).not.toContain(SECRET_INITIALS);
    expect(html).not.toContain(SECRET_REASON);
  });
});

describe('audit commands after the record was edited in SQL', () => {
  let f: AuditFixture;
  let caseId: string;
  let outDir: string;

  beforeAll(async () => {
    f = await auditFixture();
    ({ caseId } = await caseWithEvents(f.store, 9));
    await caseWithEvents(f.store, 4);
    outDir = mkdtempSync(join(tmpdir(), 'rujukan-dossier-'));
  });
  afterAll(async () => {
    await f?.release();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('verify exits 2 and names the stream, the revision, the reason and the expected and found hash', async () => {
    const stream = caseStreamName(caseId);
    const found = (await f.store.readStream(stream, { fromRevision: 4, maxCount: 1 }))[0].hash;
    await f.sql.query(`UPDATE events SET data = jsonb_set(data, '{reason}', '"edited"') WHERE stream_name = $1 AND revision = 4`, [stream]);

    f.output.clear();
    expect(await runVerify(f.ctx, parseVerifyRequest({ case: caseId, reason: REASON }))).toBe(2);
    let text = f.output.text();
    expect(text).toContain('events checked: 4, head revision 3');
    expect(text).toContain('Broken links: 1');
    expect(text).toContain(`  stream ${stream}, revision 4: hash_mismatch`);
    expect(text).toContain('the event was changed after it was written');
    expect(text).toMatch(/ {4}expected hash [0-9a-f]{64}\n/);
    expect(text).toContain(`    found hash    ${found}`);
    expect(text).not.toMatch(new RegExp(`expected hash ${found}`));
    expect(text).toContain('Result: TAMPERING FOUND (1 broken link(s))');

    f.output.clear();
    expect(await runVerify(f.ctx, parseVerifyRequest({ all: true, reason: REASON }))).toBe(2);
    text = f.output.text();
    expect(text).toContain(`  stream ${stream}, revision 4: hash_mismatch`);
    expect(text).toContain('Result: TAMPERING FOUND');
    expect((await f.accessLog()).slice(0, 2).map((e) => [e.action, e.reason])).toEqual([
      ['audit.verify_all', REASON],
      ['audit.verify', REASON],
    ]);
  });

  it('export still writes the dossier, records the failed check in it and exits 2; check-dossier says so', async () => {
    f.output.clear();
    const result = await runExport(f.ctx, parseExportRequest(caseId, { reason: REASON, out: outDir }));
    expect(result.code).toBe(2);
    expect(f.output.text()).toContain('verification: TAMPERING FOUND');
    expect(result.dossier.verification).toMatchObject({ ok: false, broken: { revision: 4, reason: 'hash_mismatch' } });
    const output = capture();
    const { code, check } = await runCheckDossier(result.jsonPath, [], output);
    expect(code).toBe(2);
    // Authentic (the server signed what it found), but what it found is a tampered record.
    expect(check).toMatchObject({ signatureValid: true, recordedVerificationOk: false, chain: { ok: false, broken: { revision: 4 } }, ok: false });
    expect(output.text()).toContain('server check at export: TAMPERING FOUND in the record itself');
  });
});

describe('audit commands on a case with typed sealed values, older token strings and typed text that looks sealed', () => {
  let f: AuditFixture;
  let caseId: string;
  let outDir: string;
  let vault: IdentityVault;
  const SECRET_NAME = 'Kristabella Suryaningsih';
  const SECRET_EVIDENCE = 'FORM-KRISTABELLA-SIGNED';
  const SECRET_OLD_REASON = 'alasan lama yang tersegel';
  const TYPED = 'LP/v1.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA';
  /** Every ciphertext the stored events hold: typed sealed values and the token strings of the older schema. */
  let ciphertexts: string[];

  beforeAll(async () => {
    f = await auditFixture();
    vault = new IdentityVault(new PgDataKeyStore(f.ctx.db), [{ id: 'k1', key: Buffer.alloc(32, 3) }]);
    caseId = randomUUID();
    await run(f.store, caseworker, 'OpenCase', { caseId, channel: 'port', reporterType: 'government_agency', districtCode: '6503' });
    await run(f.store, caseworker, 'RegisterVictim', {
      caseId,
      initials: 'KS',
      sex: 'female',
      birthYear: 2000,
      isChild: false,
      nationality: 'ID',
      originProvinceCode: '35',
      originDistrictCode: '3509',
      identity: await vault.seal(caseId, { fullName: SECRET_NAME }),
    });
    await run(f.store, caseworker, 'RecordConsent', { caseId, consentId: 'c-1', scope: 'process', evidenceRef: await vault.sealText(caseId, SECRET_EVIDENCE) });
    // How events recorded before sealed values were typed carry a sealed reason: the token as a bare string.
    await run(f.store, caseworker, 'SendReferral', {
      caseId,
      referralId: randomUUID(),
      toAgency: 'POLDA-KALTIM',
      service: 'law_enforcement',
      responseDeadline: new Date(Date.now() + 86_400_000).toISOString(),
      sharesIdentity: false,
      reason: (await vault.sealText(caseId, SECRET_OLD_REASON)).$sealed,
    });
    await run(f.store, caseworker, 'FilePoliceReport', {
      caseId,
      reportNumber: TYPED,
      unit: 'Renakta',
      policeAgency: 'POLDA-KALTIM',
      filedOn: new Date().toISOString().slice(0, 10),
    });
    const stored = await f.store.readStream(caseStreamName(caseId));
    ciphertexts = JSON.stringify(stored.map((e) => e.data))
      .match(/v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}/g)!
      .filter((token) => token !== TYPED.slice(3));
    expect(ciphertexts).toHaveLength(3);
    outDir = mkdtempSync(join(tmpdir(), 'rujukan-sealed-dossier-'));
  });
  afterAll(async () => {
    await f?.release();
    rmSync(outDir, { recursive: true, force: true });
  });

  const leaks = (text: string) => [...ciphertexts, '$sealed', SECRET_NAME, SECRET_EVIDENCE, SECRET_OLD_REASON].filter((secret) => text.includes(secret));

  it('export writes a dossier that still checks offline, events as stored; its HTML shows no ciphertext and no sealed text', async () => {
    const { code, jsonPath, htmlPath, dossier } = await runExport(f.ctx, parseExportRequest(caseId, { reason: REASON, out: outDir }));
    expect(code).toBe(0);
    // The record itself is the events as stored (the hash chain covers them so): typed values and older strings alike.
    expect(JSON.stringify(dossier.events)).toContain('"$sealed"');
    expect(dossier.events.find((e) => e.type === 'ReferralSent')!.data.reason).toEqual(expect.stringMatching(/^v1\./));
    const checked = await runCheckDossier(jsonPath, [f.ctx.signer.publicKey], capture());
    expect([checked.code, checked.check.chain.ok, checked.check.signatureValid]).toEqual([0, true, true]);
    expect(leaks(readFileSync(htmlPath, 'utf8'))).toEqual([]);
  });

  it('replay prints no ciphertext and no sealed text; --json reads each sealed value, typed or older, as [sealed] and typed text as typed', async () => {
    f.output.clear();
    await runReplay(f.ctx, parseReplayRequest(caseId, { reason: REASON }));
    expect(leaks(f.output.text())).toEqual([]);
    f.output.clear();
    await runReplay(f.ctx, parseReplayRequest(caseId, { json: true, reason: REASON }));
    const json = f.output.text();
    expect(leaks(json)).toEqual([]);
    expect(json).toContain('[sealed]');
    expect(JSON.parse(json).state.policeReportNumbers).toEqual([TYPED]);
  });

  it('after erasure replay --json reads every sealed value as [erased], and the dossier still checks', async () => {
    await vault.destroy(caseId, { by: 'spv-kaltim', legalBasis: 'UU PDP 27/2022 Pasal 8', at: new Date().toISOString() });
    f.output.clear();
    await runReplay(f.ctx, parseReplayRequest(caseId, { json: true, reason: REASON }));
    const json = f.output.text();
    expect(leaks(json)).toEqual([]);
    expect(json).toContain('[erased]');
    expect(json).not.toContain('[sealed]');
    const { code, jsonPath } = await runExport(f.ctx, parseExportRequest(caseId, { reason: REASON, out: outDir }));
    expect(code).toBe(0);
    expect((await runCheckDossier(jsonPath, [], capture())).code).toBe(0);
  });
});
