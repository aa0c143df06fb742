import { expect } from '@jest/globals';
import type { Actor, AgencyType, Role } from '@rujukan/domain';
import { comparePositions, EventStore, runMigrations, START, type Position } from '@rujukan/event-store';
import { allMigrations, caseProjections, listCheckpoints, listSetAside, PROJECTION_TABLES } from '@rujukan/read-models';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApiTestApp, type ApiTestApp } from '../../support/api-test-app.js';
import { createTestDatabase } from '../../support/test-database.js';

/** The agencies the properties act as, recorded in the directory as their type and region say. */
export const AGENCIES = {
  owner: { code: 'UPTD-PPA-64', name: 'UPTD PPA Provinsi Kalimantan Timur', type: 'uptd_ppa', provinceCode: '64' },
  home: { code: 'UPTD-PPA-35', name: 'UPTD PPA Provinsi Jawa Timur', type: 'uptd_ppa', provinceCode: '35' },
  police: { code: 'POLDA-KALTIM', name: 'Polda Kalimantan Timur', type: 'police', provinceCode: '64' },
  social: { code: 'DINSOS-6471', name: 'Dinas Sosial Kota Balikpapan', type: 'social_services', provinceCode: '64', districtCode: '6471' },
  health: { code: 'RSUD-6471', name: 'RSUD Kota Balikpapan', type: 'health', provinceCode: '64', districtCode: '6471' },
  lpsk: { code: 'LPSK-RI', name: 'Lembaga Perlindungan Saksi dan Korban', type: 'lpsk' },
  bp2mi: { code: 'BP3MI-NUNUKAN', name: 'BP3MI Nunukan', type: 'bp2mi', provinceCode: '65', districtCode: '6503' },
} as const satisfies Record<string, { code: string; name: string; type: AgencyType; provinceCode?: string; districtCode?: string }>;

export type AgencyKey = keyof typeof AGENCIES;

const ROLE_OF_TYPE: Record<string, Role> = {
  uptd_ppa: 'caseworker',
  police: 'police_investigator',
  social_services: 'social_services_officer',
  health: 'health_officer',
  lpsk: 'lpsk_officer',
  bp2mi: 'bp2mi_officer',
};

/** A member of staff of an agency: its caseworker-like role, or its supervisor. */
export function staff(agency: AgencyKey, supervisor = false): Actor {
  const { code, type } = AGENCIES[agency];
  const role = supervisor ? 'supervisor' : ROLE_OF_TYPE[type]!;
  return { userId: `${role}-${code}`.toLowerCase(), role, agency: code };
}

export function agencyOfCode(code: string): AgencyKey | null {
  return (Object.keys(AGENCIES) as AgencyKey[]).find((key) => AGENCIES[key].code === code) ?? null;
}

export interface Sent {
  status: number;
  body: Record<string, unknown>;
}

/** The API with its projector on a database of its own, the agencies recorded: what the read-model properties run on. */
export interface ProjectedApp {
  api: ApiTestApp;
  send(actor: Actor, path: string, body: object): Promise<Sent>;
  get(actor: Actor, path: string): Promise<Sent>;
  close(): Promise<void>;
}

export async function startProjectedApp(env: Record<string, string> = {}): Promise<ProjectedApp> {
  const api = await startApiTestApp({
    withProjector: true,
    env: { RATE_LIMIT_PER_USER_PER_MINUTE: '0', RATE_LIMIT_PER_IP_PER_MINUTE: '0', READ_WAIT_MS: '5000', ...env },
  });
  const tokens = new Map<string, string>();
  const tokenOf = async (actor: Actor) => {
    const key = `${actor.userId}|${actor.role}|${actor.agency}`;
    if (!tokens.has(key)) tokens.set(key, await api.token(actor));
    return tokens.get(key)!;
  };
  const administrator: Actor = { userId: 'admin-property', role: 'administrator', agency: 'KEMENPPPA' };
  for (const { code, ...agency } of Object.values(AGENCIES)) {
    const answer = await request(api.app.getHttpServer())
      .put(`/admin/agencies/${code}`)
      .set('Authorization', `Bearer ${await tokenOf(administrator)}`)
      .send(agency);
    expect({ code, status: answer.status }).toEqual({ code, status: 200 });
  }
  const server = api.app.getHttpServer();
  return {
    api,
    async send(actor, path, body) {
      const response = await request(server)
        .post(path)
        .set('Authorization', `Bearer ${await tokenOf(actor)}`)
        .send(body);
      return { status: response.status, body: response.body as Record<string, unknown> };
    },
    async get(actor, path) {
      const response = await request(server)
        .get(path)
        .set('Authorization', `Bearer ${await tokenOf(actor)}`);
      return { status: response.status, body: response.body as Record<string, unknown> };
    },
    close: () => api.close(),
  };
}

/** Waits until every projection's checkpoint has reached the head of the log. */
export async function projectionsCaughtUp(app: ProjectedApp, timeoutMs = 60_000): Promise<void> {
  const store = app.api.app.get(EventStore);
  const db = app.api.app.get(DataSource);
  const head = (await store.headPosition()) ?? START;
  const names = caseProjections().map((p) => p.name);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const checkpoints = await listCheckpoints(db);
    const behind = names.filter((name) => {
      const checkpoint = checkpoints.find((c) => c.name === name);
      return !checkpoint || comparePositions(checkpoint.position, head) < 0;
    });
    if (behind.length === 0) return;
    if (Date.now() > deadline) throw new Error(`projections still behind the log after ${timeoutMs} ms: ${behind.join(', ')}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/**
 * Accepted ⇒ projectable: every projection has applied every event of the log without parking one, and its tables
 * equal what a fresh database gets from applying the whole log from position 0, batch by batch (no parking there:
 * an event a projection cannot apply fails the property).
 */
export async function expectProjectable(app: ProjectedApp, context: unknown): Promise<void> {
  await projectionsCaughtUp(app);
  const db = app.api.app.get(DataSource);
  const parked = await listSetAside(db);
  expect({
    context,
    parked: parked.map((p) => ({ projection: p.projection, state: p.state, type: p.eventType, error: p.error, message: p.errorMessage })),
  }).toEqual({ context, parked: [] });
  const { fresh, drop } = await rebuiltFromStart(app);
  try {
    for (const tables of Object.values(PROJECTION_TABLES)) {
      for (const table of tables) {
        const [live, rebuilt] = await Promise.all([rows(db, table), rows(fresh, table)]);
        expect({ context, table, rows: live.length }).toEqual({ context, table, rows: rebuilt.length });
        const differing = live.filter((row, i) => row !== rebuilt[i]);
        expect({ context, table, differing: differing.slice(0, 3) }).toEqual({ context, table, differing: [] });
      }
    }
  } finally {
    await fresh.destroy();
    await drop();
  }
}

async function rows(db: DataSource, table: string): Promise<string[]> {
  const found = (await db.query(`SELECT to_jsonb(t)::text AS row FROM ${table} t`)) as Array<{ row: string }>;
  return found.map((r) => r.row).sort();
}

/** A new database with the read models' schema, every event of the live log applied to it from position 0. */
async function rebuiltFromStart(app: ProjectedApp): Promise<{ fresh: DataSource; drop: () => Promise<void> }> {
  const database = await createTestDatabase({ migrate: false });
  await runMigrations(database.url, allMigrations);
  const fresh = new DataSource({ type: 'postgres', url: database.url });
  await fresh.initialize();
  const store = app.api.app.get(EventStore);
  const projections = caseProjections();
  let after: Position = START;
  for (;;) {
    const page = await store.readAll({ after, maxCount: 500 });
    for (const projection of projections) {
      const handled = page.events.filter((e) => projection.eventTypes.includes(e.type));
      if (handled.length > 0) await fresh.transaction((manager) => projection.apply(handled, manager));
    }
    after = page.next;
    if (page.endOfLog || page.events.length === 0) break;
  }
  return { fresh, drop: () => database.drop() };
}
