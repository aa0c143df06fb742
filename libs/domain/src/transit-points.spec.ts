import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { TRANSIT_POINTS } from './case.values.js';
import { LEGACY_TRANSIT_POINT_CODES, legacyTransitPointCode, transitPointsNamedBy, upcastTransitPoints } from './transit-points.js';

const shipped = (JSON.parse(readFileSync(join(process.cwd(), 'data/ports/ports.json'), 'utf8')) as { ports: Array<{ code: string; aliases: string[] }> }).ports;

describe('transit points as port codes', () => {
  it('maps every name of the old fixed list to a shipped port, and every shipped alias to its own port', () => {
    const codes = new Set(shipped.map((p) => p.code));
    for (const name of TRANSIT_POINTS.filter((p) => p !== 'other')) expect([name, codes.has(legacyTransitPointCode(name) ?? '')]).toEqual([name, true]);
    for (const port of shipped) for (const alias of port.aliases) expect([alias, LEGACY_TRANSIT_POINT_CODES[alias]]).toEqual([alias, port.code]);
    for (const code of Object.values(LEGACY_TRANSIT_POINT_CODES)) expect(codes.has(code)).toBe(true);
  });

  it('upcasts what old events recorded: codes stay, old names become codes (case ignored), each once; other and unmatched free text stay out of the ports', () => {
    expect(upcastTransitPoints(['Nunukan', 'pelabuhan tunon taka', 'IDNNX', 'Tawau', 'other'])).toEqual(['IDNNX', 'MYTWU', 'other']);
    expect(upcastTransitPoints(['Kampung Baru'])).toEqual(['Kampung Baru']);
    expect(upcastTransitPoints([])).toEqual([]);
  });

  it('names the codes a recorded assessment passes through, for the boundary to resolve', () => {
    const command = { type: 'RecordAssessment', data: { indicators: { transitPoints: ['IDNNX', 'Tawau', 'other', 'nunukan', 7] } } };
    expect(transitPointsNamedBy(command)).toEqual(['IDNNX']);
    expect(transitPointsNamedBy({ type: 'OpenCase', data: {} })).toEqual([]);
  });
});
