import { describe, expect, it } from '@jest/globals';
import { CARRIED_NOTE, carriedOver, renderReport } from '../../bench/report.js';
import type { BenchResult } from '../../bench/support/results.js';

const result = (name: string, measured: string, met: boolean): BenchResult => ({
  name,
  title: `The ${name} benchmark`,
  command: `npm run bench:${name}`,
  date: '2026-12-07T15:00:00.000Z',
  environment: { cores: 2, cpuModel: 'AMD EPYC', ramGiB: 23.5, os: 'Linux', node: 'v24', postgres: '18.4 (embedded)', loadAverage: 1 },
  parameters: { seconds: 3 },
  baseline: 'a raw INSERT',
  tables: [{ caption: `${name} figures`, columns: ['what', 'value'], rows: [[`${name} rate`, measured]] }],
  targets: [{ label: `${name} ratio`, target: '≥ 0.7', measured, met }],
});

describe('the benchmark report', () => {
  it('carries over, marked, the benchmarks not run since the last report, and keeps those that ran as they are now', () => {
    const before = renderReport([result('store', '0.79', true), result('projections', '0.62', true), result('load', '0.02', false)]);
    const carried = carriedOver(before, new Set(['load', 'store']));
    expect(carried.map((c) => c.name)).toEqual(['projections']);

    const after = renderReport([result('store', '0.55', false), result('load', '0.25', true)], carried);
    expect(after).toContain('| store | 2026-12-07 15:00 (this pass) |');
    expect(after).toContain('| projections | 2026-12-07 15:00 (carried over) |');
    expect(after).toContain('| projections | projections ratio | ≥ 0.7 | 0.62 | met |');
    expect(after).toContain('| store | store ratio | ≥ 0.7 | 0.55 | **missed** |');
    expect(after).not.toContain('0.79');
    expect(after).toContain('2 of 3 targets met, 1 missed.');
    const section = after.slice(after.indexOf('## The projections benchmark'));
    expect(section.split('\n')[2]).toBe(CARRIED_NOTE);
    expect(section).toContain('| projections rate | 0.62 |');

    // Carried again, the note is not repeated and nothing else is lost.
    const again = renderReport([result('load', '0.3', true)], carriedOver(after, new Set(['load'])));
    expect(again.split(CARRIED_NOTE)).toHaveLength(3);
    expect(again).toContain('| store | store ratio | ≥ 0.7 | 0.55 | **missed** |');
    expect(again).toContain('| projections | 2026-12-07 15:00 (carried over) |');
  });

  it('carries nothing from a report it cannot read section by section', () => {
    expect(carriedOver('# Benchmarks\n\nNo results yet.\n', new Set())).toEqual([]);
  });
});
