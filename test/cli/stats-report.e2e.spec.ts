import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { parseYearlyReportRequest } from '../../apps/cli/src/stats/yearly-report.js';
import { runCli } from '../support/cli.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// Each run spawns `npm run cli`, which compiles the CLI on start: tens of seconds on a loaded machine.
describe('npm run cli -- stats report', () => {
  let database: TestDatabase;
  let out: string;
  const env = { STATS_MIN_CELL: '3' };

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    out = mkdtempSync(join(tmpdir(), 'rujukan-report-'));
  });
  afterAll(async () => {
    rmSync(out, { recursive: true, force: true });
    await database?.drop();
  });

  it('names the option to fix before it touches the database', async () => {
    const now = new Date('2026-06-01T00:00:00Z');
    const refused = (options: Record<string, string>) =>
      parseYearlyReportRequest(options, now).then(
        () => 'accepted',
        (e: Error) => e.message,
      );
    expect(await refused({ province: '64' })).toBe('--year is required: a year from 2000 to 2026, e.g. --year 2025');
    expect(await refused({ year: '2027' })).toContain('--year is required');
    expect(await refused({ year: '2025', lang: 'fr' })).toBe('--lang must be one of id, en');
    expect(await refused({ year: '2025', province: '99' })).toContain('--province 99 is not a province');
    expect(await refused({ year: '2025', district: '6499' })).toContain('--district 6499 is not a kabupaten/kota');
    expect(await refused({ year: '2025', province: '64', district: '3509' })).toBe('--district 3509 is not in province 64');
    expect(await parseYearlyReportRequest({ year: '2025', district: '6471', lang: 'en', out: 'x' }, now)).toEqual({
      year: 2025,
      region: { province: null, district: '6471' },
      lang: 'en',
      out: 'x',
    });
  });

  it('writes the HTML page and the PDF of a year with no cases: zeros, not an error', async () => {
    const run = await runCli(database.url, ['stats', 'report', '--year', '2025', '--province', '64', '--out', out], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const files = run.stdout.trim().split('\n');
    expect(files).toEqual([join(out, 'laporan-tppo-64-2025-id.html'), join(out, 'laporan-tppo-64-2025-id.pdf')]);
    const html = readFileSync(files[0], 'utf8');
    expect(html).toContain('Provinsi Kalimantan Timur · Tahun 2025');
    expect(html).toMatch(/<span class="value">0<\/span><span class="label">Kasus teridentifikasi/);
    expect(readFileSync(files[1]).subarray(0, 5).toString()).toBe('%PDF-');
  }, 240_000);

  it('writes the English report from the statistics projection, small counts hidden', async () => {
    // Eight cases found in Balikpapan in 2025: Malaysia 4, Indonesia 3, Cambodia 1 (hidden, and Indonesia with it).
    const sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
    try {
      for (const destination of ['MY', 'MY', 'MY', 'MY', 'ID', 'ID', 'ID', 'KH']) {
        await sql.query(
          `INSERT INTO rm_stats_cases (case_id, opened_at, opened_year, opened_month, found_province, found_district, channel, stage, last_revision,
                                       sex, age_group, origin_province, origin_district, destination_country)
           VALUES ($1, '2025-06-10T02:00:00Z', 2025, 6, '64', '6471', 'port', 'assessment', 3, 'female', 'adult', '35', '3509', $2)`,
          [randomUUID(), destination],
        );
      }
    } finally {
      await sql.end();
    }
    const run = await runCli(database.url, ['stats', 'report', '--year', '2025', '--district', '6471', '--lang', 'en', '--out', out], env);
    expect(run.code).toBe(0);
    const html = readFileSync(join(out, 'laporan-tppo-6471-2025-en.html'), 'utf8');
    expect(html).toContain('Balikpapan City, East Kalimantan · Year 2025');
    expect(html).toMatch(/<span class="value">8<\/span><span class="label">Cases identified/);
    expect(html).toContain('<tr><th scope="row">Malaysia</th><td class="n">4</td></tr>');
    expect(html).toContain('<tr><th scope="row">Indonesia</th><td class="n">s</td></tr>');
    expect(html).toContain('<tr><th scope="row">Cambodia</th><td class="n">s</td></tr>');
    expect(html).toContain('<tr><th scope="row">June</th><td class="n">8</td></tr>');
    expect(existsSync(join(out, 'laporan-tppo-6471-2025-en.pdf'))).toBe(true);
  }, 240_000);
});
