import { InMemoryAgencyDirectory } from '@rujukan/application';
import type { Actor } from '@rujukan/domain';
import pg from 'pg';
import { DEMO_AGENCIES, type DemoAgency } from '../../apps/cli/src/demo/demo-agencies.js';

/**
 * Every agency the specs name, recorded in the directory before the app starts: the directory, not a token or a
 * request, says who an agency is. The demo's agencies, and those that read counts, audit or keep the directory.
 */
export const TEST_AGENCIES: readonly DemoAgency[] = [
  ...DEMO_AGENCIES,
  { code: 'UPTD-PPA-21', name: 'UPTD PPA Provinsi Kepulauan Riau', type: 'uptd_ppa', provinceCode: '21', districtCode: '2171' },
  { code: 'LPSK-RI', name: 'LPSK Republik Indonesia', type: 'lpsk', provinceCode: null, districtCode: null },
  { code: 'KEMENPPPA', name: 'Kementerian PPPA', type: 'ministry', provinceCode: null, districtCode: null },
  { code: 'DP3A-KALTIM', name: 'DP3A Provinsi Kalimantan Timur', type: 'ministry', provinceCode: '64', districtCode: null },
  { code: 'INSPEKTORAT-64', name: 'Inspektorat Provinsi Kalimantan Timur', type: 'inspectorate', provinceCode: '64', districtCode: null },
  { code: 'INSPEKTORAT-RI', name: 'Inspektorat Jenderal', type: 'inspectorate', provinceCode: null, districtCode: null },
  { code: 'ITJEN-KEMENPPPA', name: 'Inspektorat Jenderal KemenPPPA', type: 'inspectorate', provinceCode: null, districtCode: null },
  { code: 'ITJEN', name: 'Inspektorat Jenderal', type: 'inspectorate', provinceCode: null, districtCode: null },
  { code: 'GT-TPPO-RI', name: 'Gugus Tugas PP TPPO Pusat', type: 'task_force', provinceCode: null, districtCode: null },
  { code: 'GT-TPPO-PUSAT', name: 'Gugus Tugas PP TPPO Pusat', type: 'task_force', provinceCode: null, districtCode: null },
  { code: 'GT-PP-TPPO-PUSAT', name: 'Gugus Tugas PP TPPO Pusat', type: 'task_force', provinceCode: null, districtCode: null },
  { code: 'GT-TPPO-64', name: 'Gugus Tugas PP TPPO Kalimantan Timur', type: 'task_force', provinceCode: '64', districtCode: null },
  { code: 'GT-PP-TPPO-64', name: 'Gugus Tugas PP TPPO Kalimantan Timur', type: 'task_force', provinceCode: '64', districtCode: null },
  { code: 'GUGUS-TUGAS-64', name: 'Gugus Tugas PP TPPO Kalimantan Timur', type: 'task_force', provinceCode: '64', districtCode: null },
  { code: 'GT-TPPO-6471', name: 'Gugus Tugas PP TPPO Kota Balikpapan', type: 'task_force', provinceCode: '64', districtCode: '6471' },
];

/** The administrator the directory holds before the app starts (REQUIRE_REGISTERED_USERS refuses to start without one). */
export const TEST_ADMINISTRATOR: Actor = { userId: 'test-administrator', role: 'administrator', agency: 'KEMENPPPA' };

interface Sql {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** Records the specs' agencies (those already recorded keep what they have) and the administrator. */
export async function recordTestDirectory(db: Sql, agencies: readonly DemoAgency[] = TEST_AGENCIES): Promise<void> {
  await db.query(
    `INSERT INTO agencies (code, name, type, province_code, district_code)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) ON CONFLICT (code) DO NOTHING`,
    [
      agencies.map((a) => a.code),
      agencies.map((a) => a.name),
      agencies.map((a) => a.type),
      agencies.map((a) => a.provinceCode),
      agencies.map((a) => a.districtCode),
    ],
  );
  await registerUser(db, TEST_ADMINISTRATOR);
}

/** Records a user a spec acts as, unless the directory already holds one of that id (a spec's own record wins). */
export async function registerUser(db: Sql, actor: Actor): Promise<void> {
  await db.query(`INSERT INTO users (user_id, agency, role, active, updated_by) VALUES ($1, $2, $3, true, 'test-support') ON CONFLICT (user_id) DO NOTHING`, [
    actor.userId,
    actor.agency,
    actor.role,
  ]);
}

/** The same on a database given by URL, for specs that start the service as a process of its own. */
export async function recordTestDirectoryAt(url: string, actors: readonly Actor[] = [], then?: (db: Sql) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await recordTestDirectory(client);
    for (const actor of actors) await registerUser(client, actor);
    await then?.(client);
  } finally {
    await client.end();
  }
}

/** The same agencies as the command boundary's directory, for specs and benchmarks that run commands without the API. */
export function testAgencyDirectory(): InMemoryAgencyDirectory {
  return new InMemoryAgencyDirectory(TEST_AGENCIES.map((a) => ({ code: a.code, type: a.type, provinceCode: a.provinceCode, active: true, mergedInto: null })));
}
