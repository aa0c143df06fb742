import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { geoCentroid, geoMercator, geoPath } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export const PORT_KINDS = ['seaport', 'airport', 'land_crossing'] as const;
export type PortKind = (typeof PORT_KINDS)[number];

/** A port, airport or land border crossing transit points are recorded by (data/ports/ports.json, or added by administrators). */
export interface Port {
  code: string;
  name: string;
  kind: PortKind;
  /** ISO 3166-1 alpha-2. */
  country: string;
  provinceCode: string | null;
  districtCode: string | null;
  lat: number;
  lon: number;
  /** Free-text transit points recorded before that stand for this port ("Nunukan", "Pelabuhan Tunon Taka"). */
  aliases: readonly string[];
}

export interface ProvincePosition {
  code: string;
  name: string;
  capitalLat: number;
  capitalLon: number;
}

export interface Geodata {
  ports: Port[];
  provinces: ProvincePosition[];
  portsSource: string;
  provincesSource: string;
}

/** The shipped lists (data/ports/, relative to `root`, the project's directory). */
export function loadGeodata(root: string = process.cwd()): Geodata {
  const ports = JSON.parse(readFileSync(join(root, 'data/ports/ports.json'), 'utf8')) as { ports: Port[]; source: string };
  const provinces = JSON.parse(readFileSync(join(root, 'data/ports/province-positions.json'), 'utf8')) as { provinces: ProvincePosition[]; source: string };
  return { ports: ports.ports, provinces: provinces.provinces, portsSource: ports.source, provincesSource: provinces.source };
}

const normalised = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^(pelabuhan|bandara|plbn|pos lintas batas)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Finds the port a transit point names: its code, one of its aliases or its name, ignoring case and a leading "Pelabuhan"; null: "other". */
export function portIndex(ports: readonly Port[]): (transitPoint: string) => string | null {
  const index = new Map<string, string>();
  for (const port of ports) {
    for (const name of [port.name, ...port.aliases]) index.set(normalised(name), port.code);
    index.set(normalised(port.code), port.code);
  }
  return (transitPoint) => index.get(normalised(transitPoint)) ?? null;
}

/** Each port's code, name and aliases, normalised as `portIndex` reads them, → its code: what the statistics queries map transit points by. */
export function portNameMap(ports: readonly Port[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const port of ports) {
    for (const name of [port.name, ...port.aliases]) names[normalised(name)] = port.code;
    names[normalised(port.code)] = port.code;
  }
  return names;
}

/** One published flow: cases from an origin province through a port to a destination country. */
export interface Flow {
  origin: string;
  port: string;
  destination: string;
  count: number;
}

let world: FeatureCollection<Geometry, { name?: string }> | null = null;

/** Natural Earth's country outlines at 1:110m, from the world-atlas package (read from disk once, never fetched). */
function worldCountries(): FeatureCollection<Geometry, { name?: string }> {
  if (world === null) {
    const file = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
    const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection<{ name?: string }> }>;
    world = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name?: string }>;
  }
  return world;
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Where a destination country is drawn: its centroid (the largest part's, for countries in many parts, as d3 gives). */
function countryPoint(alpha2: string): [number, number] | null {
  const numeric = countries.alpha2ToNumeric(alpha2);
  if (!numeric) return null;
  const found = worldCountries().features.find((f) => String(f.id) === numeric);
  return found ? (geoCentroid(found as Feature) as [number, number]) : null;
}

export interface FlowMapOptions {
  geodata: Geodata;
  flows: readonly Flow[];
  lang: 'id' | 'en';
  title: string;
  width?: number;
  height?: number;
}

/**
 * The flows drawn as an SVG map: origin province (its capital) → transit port → destination country, each leg a line
 * whose width grows with the count, labelled with the count. Only the flows given are drawn (the caller publishes only
 * counts that pass suppression). No script, no external reference: the outlines are inline paths.
 */
export function renderFlowMap({ geodata, flows, lang, title, width = 1000, height = 620 }: FlowMapOptions): string {
  const ports = new Map(geodata.ports.map((p) => [p.code, p]));
  const provinces = new Map(geodata.provinces.map((p) => [p.code, p]));
  type Drawn = Flow & { a: [number, number]; b: [number, number]; c: [number, number] | null };
  const drawn: Drawn[] = [];
  for (const flow of flows) {
    const province = provinces.get(flow.origin);
    const port = ports.get(flow.port);
    if (!province || !port) continue;
    drawn.push({ ...flow, a: [province.capitalLon, province.capitalLat], b: [port.lon, port.lat], c: countryPoint(flow.destination) });
  }
  // Fit the map to what is drawn, with Indonesia always in view.
  const points: Array<[number, number]> = [[95, 6], [141, -11], ...drawn.flatMap((d) => [d.a, d.b, ...(d.c ? [d.c] : [])])];
  const projection = geoMercator()
    .clipExtent([
      [0, 0],
      [width, height],
    ])
    .fitExtent(
      [
        [40, 70],
        [width - 40, height - 60],
      ],
      { type: 'MultiPoint', coordinates: points },
    );
  const path = geoPath(projection);
  const xy = (p: [number, number]) => projection(p)!.map((v) => Math.round(v * 10) / 10) as [number, number];
  const max = Math.max(1, ...drawn.map((d) => d.count));
  const stroke = (count: number) => (1.5 + (6 * count) / max).toFixed(1);
  const outlines = worldCountries()
    .features.map((f) => path(f as Feature))
    .filter((d): d is string => d !== null && d.length > 0)
    .map((d) => `<path d="${d}"/>`)
    .join('');
  const legs = drawn
    .map((d) => {
      const [ax, ay] = xy(d.a);
      const [bx, by] = xy(d.b);
      const first = `<line x1="${ax}" y1="${ay}" x2="${bx}" y2="${by}" stroke="#0072B2" stroke-width="${stroke(d.count)}" stroke-opacity="0.7" marker-end="url(#arrow)"/>`;
      if (!d.c) return first;
      const [cx, cy] = xy(d.c);
      return `${first}<line x1="${bx}" y1="${by}" x2="${cx}" y2="${cy}" stroke="#D55E00" stroke-width="${stroke(d.count)}" stroke-opacity="0.6" marker-end="url(#arrow)"/>`;
    })
    .join('');
  // Origins are labelled above their point, ports below, countries to the left, so that places drawn close stay readable.
  const label = (p: [number, number], text: string, color: string, place: 'above' | 'below' | 'left') => {
    const [x, y] = xy(p);
    const at =
      place === 'above' ? `x="${x + 6}" y="${y - 6}"` : place === 'below' ? `x="${x + 6}" y="${y + 14}"` : `x="${x - 6}" y="${y - 6}" text-anchor="end"`;
    return `<circle cx="${x}" cy="${y}" r="3.5" fill="${color}"/><text ${at}>${escapeXml(text)}</text>`;
  };
  const places = new Map<string, string>();
  for (const d of drawn) {
    places.set(`o${d.origin}`, label(d.a, provinces.get(d.origin)!.name, '#0072B2', 'above'));
    places.set(`p${d.port}`, label(d.b, ports.get(d.port)!.name.replace(/^(Pelabuhan|Bandara) /, ''), '#000', 'below'));
    if (d.c) places.set(`c${d.destination}`, label(d.c, countries.getName(d.destination, lang) ?? d.destination, '#D55E00', 'left'));
  }
  const counts = drawn
    .map((d) => {
      const [ax, ay] = xy(d.a);
      const [bx, by] = xy(d.b);
      return `<text class="n" x="${Math.round((ax + bx) / 2)}" y="${Math.round((ay + by) / 2)}">${d.count}</text>`;
    })
    .join('');
  const legend =
    lang === 'id'
      ? 'Biru: provinsi asal → titik transit; jingga: titik transit → negara tujuan. Angka: kasus; arus di bawah ambang tidak digambar.'
      : 'Blue: origin province → transit point; orange: transit point → destination country. Numbers: cases; flows below the threshold are not drawn.';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}" font-family="sans-serif" font-size="11">`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="12" markerHeight="12" orient="auto"><path d="M0,0L10,5L0,10z" fill="#333"/></marker></defs>`,
    `<rect width="${width}" height="${height}" fill="#eef5fb"/>`,
    `<g fill="#e8e4d8" stroke="#9a9a9a" stroke-width="0.5">${outlines}</g>`,
    `<g>${legs}</g>`,
    `<g fill="#222">${[...places.values()].join('')}</g>`,
    `<g fill="#000" font-weight="bold" text-anchor="middle">${counts}</g>`,
    `<text x="20" y="30" font-size="18" font-weight="bold">${escapeXml(title)}</text>`,
    `<text x="20" y="50">${escapeXml(legend)}</text>`,
    drawn.length === 0
      ? `<text x="${width / 2}" y="${height / 2}" text-anchor="middle" font-size="16">${lang === 'id' ? 'Tidak ada arus yang dapat ditampilkan' : 'No flow can be shown'}</text>`
      : '',
    `<text x="20" y="${height - 12}" font-size="9">${escapeXml(lang === 'id' ? 'Batas negara: Natural Earth (world-atlas). Posisi provinsi dan pelabuhan: data/ports (OpenStreetMap, ODbL).' : 'Country outlines: Natural Earth (world-atlas). Province and port positions: data/ports (OpenStreetMap, ODbL).')}</text>`,
    `</svg>`,
  ].join('');
}
