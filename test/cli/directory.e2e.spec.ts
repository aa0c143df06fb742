import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { getProvinces } from 'idn-area-data';
import { DEMO_AGENCIES } from '../../apps/cli/src/demo/demo-agencies.js';
import { readDirectoryFile, SHIPPED_DIRECTORY_FILE } from '@rujukan/commands';
import { runCli } from '../support/cli.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const SHIPPED = resolve(import.meta.dirname, '../..', SHIPPED_DIRECTORY_FILE);

describe('the shipped directory file', () => {
  it('names a UPTD PPA and a Polda in every province of the Kemendagri list, and BP2MI, LPSK and the consulates', async () => {
    const agencies = await readDirectoryFile(SHIPPED);
    const provinces = (await getProvinces()).map((province) => province.code);
    expect(provinces).toHaveLength(38);
    for (const type of ['uptd_ppa', 'police']) {
      const covered = new Set(agencies.filter((agency) => agency.type === type).map((agency) => agency.provinceCode));
      expect({ type, missing: provinces.filter((code) => !covered.has(code)) }).toEqual({ type, missing: [] });
    }
    expect(agencies.filter((agency) => agency.type === 'bp2mi').length).toBeGreaterThanOrEqual(20);
    // National bodies and missions abroad have no Kemendagri region.
    expect(agencies.find((agency) => agency.code === 'LPSK')).toMatchObject({ type: 'lpsk', provinceCode: null, districtCode: null });
    expect(agencies.filter((agency) => agency.type === 'consulate').every((agency) => agency.provinceCode === null)).toBe(true);
  });

  it('records the agencies the demo seeds exactly as seed:demo does, so the two never disagree', async () => {
    const shipped = new Map((await readDirectoryFile(SHIPPED)).map((agency) => [agency.code, agency]));
    for (const demo of DEMO_AGENCIES) expect(shipped.get(demo.code)).toEqual({ ...demo, email: null });
  });
});

describe('npm run cli -- directory import, spawned', () => {
  let database: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    dir = await mkdtemp(join(tmpdir(), 'rujukan-directory-'));
  });
  afterAll(async () => {
    await database?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  async function query<T>(sql: string): Promise<T[]> {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  }

  it('loads the shipped file, then changes nothing on a second run, and reports what a changed file changes', async () => {
    const count = (await readDirectoryFile(SHIPPED)).length;
    const first = await runCli(database.url, ['directory', 'import', SHIPPED_DIRECTORY_FILE]);
    expect(first).toMatchObject({ code: 0, stdout: expect.stringContaining(`added ${count}, changed 0, unchanged 0`) });
    expect(await query(`SELECT count(*)::int AS n FROM agencies`)).toEqual([{ n: count }]);
    const eventsAfterFirst = await query<{ n: number }>(`SELECT count(*)::int AS n FROM events WHERE stream_name LIKE 'directory-agency-%'`);
    expect(eventsAfterFirst).toEqual([{ n: count }]);

    const again = await runCli(database.url, ['directory', 'import', SHIPPED_DIRECTORY_FILE]);
    expect(again).toMatchObject({ code: 0, stdout: `added 0, changed 0, unchanged ${count}\n` });
    expect(await query(`SELECT count(*)::int AS n FROM events WHERE stream_name LIKE 'directory-agency-%'`)).toEqual(eventsAfterFirst);

    // An agency moves, one gets an e-mail address, one is new; an agency left out of the file stays.
    const file = JSON.parse(await readFile(SHIPPED, 'utf8')) as { agencies: Array<Record<string, unknown>> };
    const edited = file.agencies
      .filter((agency) => agency.code !== 'KBRI-YANGON')
      .map((agency) => {
        if (agency.code === 'UPTD-PPA-64') return { ...agency, email: 'uptdppa@kaltimprov.go.id' };
        if (agency.code === 'BP3MI-KALTIM') return { ...agency, districtCode: '6472' };
        return agency;
      });
    edited.push({ code: 'DINSOS-6472', name: 'Dinas Sosial Kota Samarinda', type: 'social_services', provinceCode: '64', districtCode: '6472' });
    await writeFile(join(dir, 'edited.json'), JSON.stringify({ agencies: edited }));
    const dry = await runCli(database.url, ['directory', 'import', join(dir, 'edited.json'), '--dry-run']);
    expect(dry.stdout).toContain('added 1, changed 2');
    expect(dry.stdout).toContain('nothing recorded');
    expect(await query(`SELECT code FROM agencies WHERE code = 'DINSOS-6472'`)).toEqual([]);
    const changed = await runCli(database.url, ['directory', 'import', join(dir, 'edited.json')]);
    expect(changed).toMatchObject({ code: 0 });
    expect(changed.stdout).toContain(`added 1, changed 2, unchanged ${count - 3}`);
    expect(changed.stdout).toContain('added: DINSOS-6472');
    expect(changed.stdout).toContain('changed: UPTD-PPA-64, BP3MI-KALTIM');
    expect(changed.stdout).toContain('in the directory but not in the file (left as they are): KBRI-YANGON');
    expect(await query(`SELECT code, email, district_code FROM agencies WHERE code IN ('UPTD-PPA-64', 'BP3MI-KALTIM', 'KBRI-YANGON') ORDER BY code`)).toEqual([
      { code: 'BP3MI-KALTIM', email: null, district_code: '6472' },
      { code: 'KBRI-YANGON', email: null, district_code: null },
      { code: 'UPTD-PPA-64', email: 'uptdppa@kaltimprov.go.id', district_code: '6472' },
    ]);
  }, 180_000);

  it('refuses a file with a bad entry whole, naming each entry and field, and records nothing', async () => {
    const bad = {
      agencies: [
        { code: 'POLRES-X', name: 'Polres X', type: 'police', provinceCode: '64', districtCode: '6171' },
        { code: 'NEW-ONE', name: 'A new agency', type: 'police', provinceCode: '64' },
        { code: 'NEW-ONE', name: 'Twice', type: 'sheriff', email: 'not-an-address' },
      ],
    };
    await writeFile(join(dir, 'bad.json'), JSON.stringify(bad));
    const before = await query(`SELECT count(*)::int AS n FROM agencies`);
    const run = await runCli(database.url, ['directory', 'import', join(dir, 'bad.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('agencies[0] (POLRES-X): districtCode must lie in the province provinceCode');
    expect(run.stderr).toContain('agencies[2] (NEW-ONE): code appears twice');
    expect(run.stderr).toContain('agencies[2] (NEW-ONE): type must be one of');
    expect(run.stderr).toContain('agencies[2] (NEW-ONE): email must be an e-mail address');
    expect(await query(`SELECT count(*)::int AS n FROM agencies`)).toEqual(before);
  }, 60_000);
});
