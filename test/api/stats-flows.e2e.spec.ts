import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

const analyst: Actor = { userId: 'gt-national', role: 'task_force_analyst', agency: 'GT-TPPO-PUSAT' };
const caseworker: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: 'UPTD-PPA-64' };

/** Planted categories (no case events): the routes read only rm_stats_cases. STATS_MIN_CELL = 3. */
const ROUTES: Array<[origin: string, transit: string[], destination: string, cases: number]> = [
  ['73', ['Nunukan'], 'MY', 4],
  ['73', ['Pelabuhan Tunon Taka'], 'MY', 2], // the same port as "Nunukan": 6 together
  ['53', ['Kupang'], 'MY', 3],
  ['61', ['Entikong'], 'MY', 5],
  ['52', ['Batam'], 'SG', 1], // below the threshold: not drawn
  ['35', ['Surabaya'], 'SA', 3],
];

describe('transit ports as data: counts by port and the flow map, suppressed', () => {
  let api: ApiTestApp;

  beforeAll(async () => {
    api = await startApiTestApp({ withProjector: false, env: { STATS_MIN_CELL: '3' } });
    const db = api.app.get(DataSource);
    await db.query(`DELETE FROM rm_stats_cases`);
    for (const [origin, transit, destination, cases] of ROUTES) {
      for (let i = 0; i < cases; i++) {
        await db.query(
          `INSERT INTO rm_stats_cases (case_id, opened_at, opened_year, opened_month, found_province, found_district, origin_province, channel, stage, transit_points, destination_country, last_revision)
           VALUES ($1, '2025-06-01T03:00:00Z', 2025, 6, '64', '6471', $2, 'port', 'intake', $3, $4, 0)`,
          [randomUUID(), origin, transit, destination],
        );
      }
    }
  }, 120_000);
  afterAll(() => api?.close());

  const get = async (actor: Actor, path: string) =>
    request(api.app.getHttpServer())
      .get(path)
      .set('Authorization', `Bearer ${await api.token(actor)}`);

  it('counts "Nunukan" and "Pelabuhan Tunon Taka" as one port, IDNNX, and hides the small flows with their complements', async () => {
    const view = await get(analyst, '/stats/ports');
    expect(view.status).toBe(200);
    expect(view.body.byPort).toEqual(
      expect.arrayContaining([
        { port: 'IDNNX', name: 'Pelabuhan Tunon Taka, Nunukan', kind: 'seaport', count: 6, suppressed: false },
        { port: 'ID-PLBN-ENT', name: 'PLBN Entikong, Sanggau', kind: 'land_crossing', count: 5, suppressed: false },
      ]),
    );
    expect(view.body.byPort.find((p: { port: string }) => p.port === 'IDBTH')).toMatchObject({ count: null, suppressed: true });
    expect(view.body.flows).toEqual(expect.arrayContaining([{ origin: '73', port: 'IDNNX', destination: 'MY', count: 6, suppressed: false }]));
    expect(view.body.flows.find((f: { port: string }) => f.port === 'IDBTH')).toMatchObject({ count: null, suppressed: true });
    expect((await get(caseworker, '/stats/ports')).status).toBe(403);
  });

  /** The SVG as text (supertest buffers only text types as text). */
  const svgOf = async (path: string) => {
    const response = await request(api.app.getHttpServer())
      .get(path)
      .set('Authorization', `Bearer ${await api.token(analyst)}`)
      .buffer(true)
      .parse((res, done) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => done(null, body));
      });
    return { status: response.status, type: String(response.headers['content-type']), text: response.body as string };
  };

  it('draws the published flows as a self-contained SVG map, never the suppressed ones', async () => {
    const svg = await svgOf('/stats/flows.svg?lang=en');
    expect(svg.status).toBe(200);
    expect(svg.type).toContain('image/svg+xml');
    const text = svg.text;
    expect(text.startsWith('<svg')).toBe(true);
    expect(text).toContain('Tunon Taka');
    expect(text).toContain('Entikong');
    // Surabaya → Saudi Arabia (3) is hidden as the complement of Batam → Singapore (1): neither is drawn.
    expect(text).not.toContain('Saudi Arabia');
    expect(text).not.toContain('Batam');
    expect(text).not.toMatch(/<script|href="http|xlink:href/);
    mkdirSync('artifacts/flows', { recursive: true });
    writeFileSync('artifacts/flows/flows.svg', text);
    const id = await svgOf('/stats/flows.svg');
    expect(id.text).toContain('Arus kasus');
  });

  it('lets administrators add a port the list did not ship, which the counts then use; a shipped code or a bad position is refused', async () => {
    const admin: Actor = { userId: 'admin-1', role: 'administrator', agency: 'KEMENPPPA' };
    const port = {
      name: 'Pelabuhan Murhum, Baubau',
      kind: 'seaport',
      country: 'ID',
      provinceCode: '74',
      lat: -5.46,
      lon: 122.6,
      aliases: ['Baubau', 'Bau-Bau'],
    };
    const put = await request(api.app.getHttpServer())
      .put('/admin/ports/IDBUW')
      .set('Authorization', `Bearer ${await api.token(admin)}`)
      .send(port);
    expect(put.status).toBe(200);
    const refuse = async (path: string, body: object, actor: Actor = admin) =>
      (
        await request(api.app.getHttpServer())
          .put(path)
          .set('Authorization', `Bearer ${await api.token(actor)}`)
          .send(body)
      ).status;
    expect(await refuse('/admin/ports/IDNNX', port)).toBe(409);
    expect(await refuse('/admin/ports/IDBUW', { ...port, lat: 95 })).toBe(400);
    expect(await refuse('/admin/ports/bad code', port)).toBe(400);
    expect(await refuse('/admin/ports/IDBUW', port, analyst)).toBe(403);
    const db = api.app.get(DataSource);
    for (let i = 0; i < 4; i++) {
      await db.query(
        `INSERT INTO rm_stats_cases (case_id, opened_at, opened_year, opened_month, found_province, found_district, origin_province, channel, stage, transit_points, destination_country, last_revision)
         VALUES ($1, '2025-06-01T03:00:00Z', 2025, 6, '64', '6471', '74', 'port', 'intake', $2, 'MY', 0)`,
        [randomUUID(), [i === 0 ? 'Bau-Bau' : 'Baubau']],
      );
    }
    // Four cases ("Bau-Bau" once, "Baubau" three times) count under the added port; the Batam case's complement is a smaller cell.
    const view = await get(analyst, '/stats/ports');
    expect(view.body.byPort).toEqual(
      expect.arrayContaining([{ port: 'IDBUW', name: 'Pelabuhan Murhum, Baubau', kind: 'seaport', count: 4, suppressed: false }]),
    );
    expect((await get(analyst, '/admin/ports')).status).toBe(403);
    expect((await get(admin, '/admin/ports')).body.added).toEqual([expect.objectContaining({ code: 'IDBUW', aliases: ['Baubau', 'Bau-Bau'] })]);
  });
});
