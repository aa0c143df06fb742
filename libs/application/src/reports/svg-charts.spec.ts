import { describe, expect, it } from '@jest/globals';
import { barChart, columnChart, niceTicks, PALETTE } from './svg-charts.js';

describe('SVG charts', () => {
  it('puts the value axis on round steps that reach the largest value', () => {
    expect(niceTicks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(41)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it('writes each value on its column, a hidden count as its mark with no height, the highlighted column in the accent colour', () => {
    const svg = columnChart(
      [
        { label: '2024', value: 4, display: '4' },
        { label: '2025', value: 10, display: '10', highlight: true },
        { label: '2023', value: null, display: 's' },
      ],
      { title: 'Kasus per tahun' },
    );
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="640" height="260"[^>]*role="img"[^>]*><title>Kasus per tahun<\/title>/);
    expect(svg.match(new RegExp(`fill="${PALETTE.blue}"`, 'g'))).toHaveLength(1);
    expect(svg.match(new RegExp(`fill="${PALETTE.orange}"`, 'g'))).toHaveLength(1);
    expect(svg).toMatch(/font-weight="bold" fill="#111111" text-anchor="middle">10<\/text>/);
    expect(svg).toMatch(/stroke-dasharray="2 2"\/><text [^>]*font-style="italic"[^>]*>s<\/text>/);
    expect(svg).not.toMatch(/<script|on[a-z]+=/i);
  });

  it('escapes labels and cuts long ones to fit', () => {
    const svg = barChart([{ label: 'Dipaksa bekerja <di> penipuan daring & sejenisnya di kawasan perbatasan', value: 3, display: '3' }], { title: 'A & B' });
    expect(svg).toContain('<title>A &amp; B</title>');
    expect(svg).toContain('Dipaksa bekerja &lt;di&gt; penipuan');
    expect(svg).toContain('…</text>');
    expect(svg).not.toContain('perbatasan');
  });
});
