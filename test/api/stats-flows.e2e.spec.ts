import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { loadGeodata, portIndex } from '@rujukan/application';
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
  // A port whose flows split into a published and a hidden one: its count per port must not give the hidden one away.
  ['64', ['IDBPN'], 'MY', 5],
  ['64', ['IDBPN'], 'SA', 1],
];

type Published = { count: number | null; suppressed: boolean };

/**
 * The attacker: every way one published table can be subtracted from another to give a hidden count away, over
 * /stats/ports (per port and the flows) and /stats/cases?groupBy=transitPoint (cells read as the port they name, as
 * anyone can with the shipped list's aliases). Returns each count it recovered, as "what = value".
 */
function differenceAttack(
  ports: { byPort: Array<Published & { port: string }>; flows: Array<Published & { port: string; origin: string; destination: string }>; total: number | null },
  byPoint: Array<Published & { key: { transitPoint: string | null } }>,
): string[] {
  const recovered: string[] = [];
  const portOf = portIndex(loadGeodata().ports);
  const asPort = (point: string) => portOf(point) ?? 'other';
  const known = new Map<string, number>();
  for (const p of ports.byPort) if (!p.suppressed) known.set(p.port, p.count!);
  // 1. The same port, published in one table and hidden in the other; or the cells naming one port, less the port's count.
  for (const p of ports.byPort) {
    const cells = byPoint.filter((c) => c.key.transitPoint !== null && asPort(c.key.transitPoint) === p.port);
    const hidden = cells.filter((c) => c.suppressed);
    const shown = cells.filter((c) => !c.suppressed).reduce((sum, c) => sum + c.count!, 0);
    if (p.suppressed && hidden.length === 0 && cells.length > 0) recovered.push(`port ${p.port} = ${shown} (from /stats/cases)`);
    if (!p.suppressed && hidden.length === 1) recovered.push(`/stats/cases ${hidden[0].key.transitPoint} = ${p.count! - shown}`);
  }
  // 2. A port's published count less its published flows: one hidden flow is given away; all flows published give a hidden port away.
  for (const p of ports.byPort) {
    const flows = ports.flows.filter((f) => f.port === p.port);
    const hidden = flows.filter((f) => f.suppressed);
    const shown = flows.filter((f) => !f.suppressed).reduce((sum, f) => sum + f.count!, 0);
    if (!p.suppressed && hidden.length === 1) recovered.push(`flow ${hidden[0].origin}→${p.port}→${hidden[0].destination} = ${p.count! - shown}`);
    if (p.suppressed && hidden.length === 0 && flows.length > 0) recovered.push(`port ${p.port} = ${shown} (from its flows)`);
  }
  // 3. The flows' total less the published ports: one hidden port is given away.
  const hiddenPorts = ports.byPort.filter((p) => p.suppressed);
  if (ports.total !== null && hiddenPorts.length === 1) {
    recovered.push(`port ${hiddenPorts[0].port} = ${ports.total - [...known.values()].reduce((a, b) => a + b, 0)} (from the total)`);
  }
  return recovered;
}

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

  it('an attacker who subtracts the counts per port, the flows and the counts by transit point from each other recovers no hidden count', async () => {
    for (const query of ['', '?province=64', '?from=2025-01-01&to=2025-12-31']) {
      const ports = await get(analyst, `/stats/ports${query}`);
      const byPoint = await get(analyst, `/stats/cases${query}${query ? '&' : '?'}groupBy=transitPoint`);
      expect([ports.status, byPoint.status]).toEqual([200, 200]);
      // Something is hidden (else the attack would prove nothing) and something published.
      expect(ports.body.byPort.some((p: Published) => p.suppressed)).toBe(true);
      expect(ports.body.byPort.some((p: Published) => !p.suppressed)).toBe(true);
      expect(differenceAttack(ports.body, byPoint.body.cells)).toEqual([]);
      // One table: every port has the same count, or is hidden, in both.
      for (const p of ports.body.byPort) {
        const cell = byPoint.body.cells.find((c: { key: { transitPoint: string } }) => c.key.transitPoint === p.port);
        expect([p.port, cell?.count ?? null, cell?.suppressed ?? true]).toEqual([p.port, p.count, p.suppressed]);
      }
    }
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
    // Batam → Singapore (1) is hidden, and so is Balikpapan → Saudi Arabia (1) with its complement: none is drawn.
    expect(text).not.toContain('Batam');
    expect(text).not.toContain('Singapore');
    expect(text).not.toContain('Semayang');
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
