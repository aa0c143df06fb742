import { DomainError } from './domain-error.js';
/**
 * Transit points are recorded as port codes: a port, airport or land border crossing of the ports list
 * (data/ports/ports.json, shipped, and those administrators add with PUT /admin/ports/:code), or `other` for a
 * place the list does not hold yet (an administrator adds it, then it can be chosen). No free text: a place typed
 * by hand could never be counted with the others, and could carry anything.
 *
 * The list is data the domain does not read: the command boundary resolves the codes a command names
 * (`transitPointsNamedBy`) into `metadata.ports`, as it resolves agencies, and `decide` refuses a code missing there.
 */

/** A transit point the list does not hold: counted as its own bucket, never mapped to a port. */
export const OTHER_TRANSIT_POINT = 'other';

/** A port's code: a UN/LOCODE (IDNNX), an IATA code (BPN) or a local ID-… code (ID-PLBN-ENT). */
export const PORT_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,19}$/;
export const isPortCode = (value: unknown): value is string => typeof value === 'string' && PORT_CODE_PATTERN.test(value);

/** A port as the command boundary resolved it from the list. */
export interface ResolvedPort {
  code: string;
  name: string;
}
export type ResolvedPorts = Readonly<Record<string, ResolvedPort>>;

/**
 * The names transit points were recorded by before ports (the fixed list `TRANSIT_POINTS`, and the shipped ports'
 * other names), each with the port code it stands for. Events that hold them fold and project as that code; a
 * command may still send one of the fixed list's names, and its event records the code. A spec checks this table
 * against data/ports/ports.json's aliases.
 */
export const LEGACY_TRANSIT_POINT_CODES: Readonly<Record<string, string>> = {
  Nunukan: 'IDNNX',
  'Tunon Taka': 'IDNNX',
  'Pelabuhan Tunon Taka': 'IDNNX',
  Sebatik: 'ID-SNYMK',
  'Sungai Nyamuk': 'ID-SNYMK',
  'Pelabuhan Sungai Nyamuk': 'ID-SNYMK',
  Tarakan: 'IDTRK',
  Malundung: 'IDTRK',
  'Pelabuhan Malundung': 'IDTRK',
  Balikpapan: 'IDBPN',
  Semayang: 'IDBPN',
  'Pelabuhan Semayang': 'IDBPN',
  Sepinggan: 'BPN',
  'Bandara Sepinggan': 'BPN',
  Samarinda: 'IDSRI',
  'Pelabuhan Samarinda': 'IDSRI',
  Entikong: 'ID-PLBN-ENT',
  'PLBN Entikong': 'ID-PLBN-ENT',
  Aruk: 'ID-PLBN-ARK',
  'PLBN Aruk': 'ID-PLBN-ARK',
  Badau: 'ID-PLBN-BDU',
  'PLBN Badau': 'ID-PLBN-BDU',
  Pontianak: 'IDPNK',
  Singkawang: 'ID-SKW',
  'Pelabuhan Singkawang': 'ID-SKW',
  Batam: 'IDBTH',
  'Batam Centre': 'IDBTH',
  'Tanjung Pinang': 'IDTNJ',
  Tanjungpinang: 'IDTNJ',
  'Sri Bintan Pura': 'IDTNJ',
  'Tanjung Balai Karimun': 'IDTBK',
  Dumai: 'IDDUM',
  Jakarta: 'CGK',
  'Soekarno-Hatta': 'CGK',
  'Bandara Soekarno-Hatta': 'CGK',
  Kupang: 'KOE',
  'El Tari': 'KOE',
  Medan: 'KNO',
  Kualanamu: 'KNO',
  Makassar: 'IDMAK',
  Parepare: 'IDPAP',
  Surabaya: 'IDSUB',
  'Tanjung Perak': 'IDSUB',
  Banjarmasin: 'IDBDJ',
  Mataram: 'LOP',
  Lombok: 'LOP',
  Denpasar: 'DPS',
  Tawau: 'MYTWU',
  Sandakan: 'MYSDK',
  'Kota Kinabalu': 'BKI',
  Kuching: 'KCH',
  'Johor Bahru': 'JHB',
  'Kuala Lumpur': 'KUL',
  Singapore: 'SIN',
  Singapura: 'SIN',
  Bangkok: 'BKK',
  Suvarnabhumi: 'BKK',
  'Mae Sot': 'TH-MAESOT',
  Myawaddy: 'TH-MAESOT',
  'Phnom Penh': 'PNH',
  'Ho Chi Minh City': 'SGN',
  'Kota Ho Chi Minh': 'SGN',
  Dubai: 'DXB',
  Jeddah: 'JED',
};

const normalised = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
const LEGACY_BY_NORMALISED = new Map(Object.entries(LEGACY_TRANSIT_POINT_CODES).map(([name, code]) => [normalised(name), code]));

/** The port code an old name stands for, spelled exactly as it was listed (what a command may still send), or null. */
export function listedTransitPointCode(name: string): string | null {
  return Object.hasOwn(LEGACY_TRANSIT_POINT_CODES, name) ? LEGACY_TRANSIT_POINT_CODES[name] : null;
}

/** The port code an old name stands for (case and spacing ignored: how recorded free text is read), or null. */
export function legacyTransitPointCode(name: string): string | null {
  return LEGACY_BY_NORMALISED.get(normalised(name)) ?? null;
}

/**
 * The upcaster of recorded transit points: a port code stays, an old name becomes its code (case and spacing
 * ignored), `other` stays; free text recorded before the list that names no shipped port stays as recorded, for the
 * statistics to read through the aliases of the ports administrators add (`other` when none claims it). Each once,
 * in the order first recorded.
 */
export function upcastTransitPoints(recorded: readonly unknown[]): string[] {
  const codes = recorded.flatMap((value) => {
    if (typeof value !== 'string') return [];
    if (value === OTHER_TRANSIT_POINT || isPortCode(value)) return [value];
    return [legacyTransitPointCode(value) ?? value];
  });
  return [...new Set(codes)];
}

/**
 * One transit point or repatriation port as the domain takes it: a port code the list holds (resolved by the caller
 * into `ports`), `other`, or a name of the old fixed list (the code it stands for). A code the list does not hold is
 * refused (PORT.UNKNOWN), free text too.
 */
export function portCodeOf(point: unknown, ports: ResolvedPorts, field: string): string {
  if (point === undefined || point === null || point === '') throw new DomainError('VALIDATION.REQUIRED', `${field} is required`, { field });
  if (typeof point !== 'string') throw new DomainError('VALIDATION.INVALID_VALUE', `${field} must be a port code or other`, { field });
  if (point === OTHER_TRANSIT_POINT) return point;
  // A name of the old list stands for a shipped port (a spec holds the table to data/ports/ports.json).
  const listed = listedTransitPointCode(point);
  if (listed !== null) return listed;
  if (!isPortCode(point)) {
    throw new DomainError('VALIDATION.INVALID_VALUE', `${field} must be the code of a port of the ports list (GET /ports), or other`, { field });
  }
  if (!ports[point]) {
    throw new DomainError('PORT.UNKNOWN', `${field}: port ${point} is not on the ports list (GET /ports); choose one of it, or other`, { field, port: point });
  }
  return point;
}

/**
 * The port codes a command names, for the boundary to resolve in the ports list before `decide` runs: a recorded
 * assessment's transit points, a repatriation's port of departure (a name of the old fixed list needs none: it
 * stands for a shipped port).
 */
export function transitPointsNamedBy(command: { type: string; data: object }): string[] {
  if (command.type === 'PlanRepatriation') {
    const from = (command.data as { from?: { kind?: unknown; port?: unknown } }).from;
    return from && typeof from === 'object' && from.kind === 'port' && isPortCode(from.port) ? [from.port] : [];
  }
  if (command.type !== 'RecordAssessment') return [];
  const indicators = (command.data as { indicators?: { transitPoints?: unknown } }).indicators;
  const points = indicators && typeof indicators === 'object' && Array.isArray(indicators.transitPoints) ? indicators.transitPoints : [];
  return [...new Set(points.filter(isPortCode))];
}
