import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { portChoices, portName } from '../../apps/web/src/names.js';
import { PORTS } from '../../apps/web/src/port-names.js';

const shipped = (JSON.parse(readFileSync('data/ports/ports.json', 'utf8')) as { ports: Array<{ code: string; name: string; country: string }> }).ports;

describe('the ports the console offers by name', () => {
  it('are the shipped list (run scripts/generate-port-names.mjs after changing data/ports/ports.json)', () => {
    expect(PORTS).toEqual(shipped.map(({ code, name, country }) => ({ code, name, country })));
  });

  it('name a port by its name and offer Indonesian entry points apart from ports abroad, by country', () => {
    expect(portName('IDNNX')).toBe('Pelabuhan Tunon Taka, Nunukan');
    expect(portName('NOPE')).toBe('NOPE');
    expect(portChoices('ID').every(([code]) => shipped.find((p) => p.code === code)!.country === 'ID')).toBe(true);
    expect(portChoices('abroad', 'MY').map(([code]) => code)).toContain('MYTWU');
    expect(portChoices('abroad', 'MY').map(([code]) => code)).not.toContain('SIN');
    expect(portChoices('abroad').map(([code]) => code)).not.toContain('IDNNX');
  });
});
