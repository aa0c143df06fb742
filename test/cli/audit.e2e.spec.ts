import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { caseStreamName } from '@rujukan/domain';
import { runCli } from '../support/cli.js';
import { auditFixture, caseWithEvents, type AuditFixture } from './audit-fixture.js';

const REASON = 'Pemeriksaan Inspektorat 2026/11';
const SPAWNED = 120_000;

/** The audit CLI uses the development signing key, whatever the environment running the specs sets. */
const cli = (url: string, args: string[]) => runCli(url, args, { AUDIT_SIGNING_KEY: '', AUDIT_TRUSTED_KEYS: '' });

describe('npm run cli -- audit ..., spawned', () => {
  let f: AuditFixture;
  let caseId: string;
  let outDir: string;

  beforeAll(async () => {
    f = await auditFixture();
    ({ caseId } = await caseWithEvents(f.store, 6));
    outDir = mkdtempSync(join(tmpdir(), 'rujukan-dossier-'));
  });
  afterAll(async () => {
    await f?.release();
    rmSync(outDir, { recursive: true, force: true });
  });

  it(
    'verify --case exits 0 on the untouched store and records who read it and why',
    async () => {
      const run = await cli(f.database.url, [
        'audit',
        'verify',
        '--case',
        caseId,
        '--reason',
        REASON,
        '--actor',
        'inspektorat-1',
        '--agency',
        'INSPEKTORAT-64',
      ]);
      expect(run.stdout).toContain('events checked: 6, head revision 5');
      expect(run.stdout).toContain('Result: OK, no tampering found');
      expect(run.code).toBe(0);
      const [entry] = await f.accessLog();
      expect(entry).toMatchObject({
        actor: 'inspektorat-1',
        role: 'auditor',
        agency: 'INSPEKTORAT-64',
        action: 'audit.verify',
        caseId,
        reason: REASON,
        channel: 'cli',
      });
    },
    SPAWNED,
  );

  it(
    'refuses a missing --reason and an unknown case with a message and exit code 1',
    async () => {
      const before = (await f.accessLog()).length;
      const noReason = await cli(f.database.url, ['audit', 'verify', '--case', caseId]);
      expect(noReason.code).toBe(1);
      expect(noReason.stderr).toContain('--reason <text> is required: every audit command records why the record is read');
      expect(noReason.stdout).toBe('');
      expect(await f.accessLog()).toHaveLength(before);

      const unknown = '0b7e2c1a-5d3f-4c8e-9a61-2f4d8e7b3c10';
      const missing = await cli(f.database.url, ['audit', 'replay', unknown, '--reason', REASON]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain(`no case ${unknown}`);
    },
    SPAWNED,
  );

  it(
    'export writes a signed dossier and its HTML; check-dossier accepts it (exit 0)',
    async () => {
      const exported = await cli(f.database.url, ['audit', 'export', caseId, '--reason', REASON, '--out', outDir]);
      expect(exported.code).toBe(0);
      const file = join(outDir, `${caseId}.dossier.json`);
      expect(exported.stdout).toContain(file);
      expect(readFileSync(join(outDir, `${caseId}.dossier.html`), 'utf8')).toContain('Verified: the hash chain holds');

      const checked = await cli(f.database.url, ['audit', 'check-dossier', file]);
      expect(checked.stdout).toContain('Result: OK, the dossier is intact');
      expect(checked.code).toBe(0);
    },
    SPAWNED,
  );

  it(
    'verify exits 2 after an UPDATE of one event in SQL, naming the revision',
    async () => {
      await f.sql.query(`UPDATE events SET data = jsonb_set(data, '{reason}', '"edited"') WHERE stream_name = $1 AND revision = 3`, [caseStreamName(caseId)]);
      const run = await cli(f.database.url, ['audit', 'verify', '--case', caseId, '--reason', REASON]);
      expect(run.stdout).toContain(`stream ${caseStreamName(caseId)}, revision 3: hash_mismatch`);
      expect(run.stdout).toContain('Result: TAMPERING FOUND');
      expect(run.code).toBe(2);
      const [entry] = await f.accessLog();
      expect(entry).toMatchObject({ action: 'audit.verify', caseId, reason: REASON, channel: 'cli' });
    },
    SPAWNED,
  );
});
