import { describe, expect, it } from '@jest/globals';
import { suppressOverlappingCells } from './overlapping.js';
import { suppressSmallCells, type SuppressedTable } from './suppression.js';

const show = (table: SuppressedTable) => ({
  cells: table.cells.map((c) => `${Object.values(c.key).join('/')}:${c.count ?? '*'}`),
  margins: table.margins.map((m) => `${Object.values(m.key).join('/')}:${m.count ?? '*'}`),
  total: table.total,
});

describe('suppressOverlappingCells — a multi-valued dimension alone (threshold 5)', () => {
  it('hides a small cell, and a cell whose complement in the total ("cases not mentioning it") is small', () => {
    // 20 cases: 17 mention forced labour, 6 sexual exploitation, 2 domestic servitude, 1 none yet.
    const table = suppressOverlappingCells({
      cells: [
        { key: { type: 'forced_labour' }, count: 17 },
        { key: { type: 'sexual_exploitation' }, count: 6 },
        { key: { type: 'domestic_servitude' }, count: 2 },
        { key: { type: null }, count: 1 },
      ],
      rows: [{ key: {}, count: 20 }],
      dimensions: [],
      multi: 'type',
      threshold: 5,
    });
    // 20 − 17 = 3 cases without forced labour: below 5, so 17 is hidden; 2 and 1 are small.
    expect(show(table)).toEqual({ cells: [':*', 'domestic_servitude:*', 'forced_labour:*', 'sexual_exploitation:6'], margins: [], total: 20 });
    expect(table.cells.map((c) => c.reason)).toEqual(['primary', 'primary', 'complementary', null]);
  });

  it('a lone hidden cell takes the smallest other with it: the total bounds the sum of the cells', () => {
    const table = suppressOverlappingCells({
      cells: [
        { key: { type: 'a' }, count: 20 },
        { key: { type: 'b' }, count: 12 },
        { key: { type: 'c' }, count: 3 },
      ],
      rows: [{ key: {}, count: 30 }],
      dimensions: [],
      multi: 'type',
      threshold: 5,
    });
    expect(show(table)).toEqual({ cells: ['a:20', 'b:*', 'c:*'], margins: [], total: 30 });
  });

  it('a small total hides everything', () => {
    const table = suppressOverlappingCells({
      cells: [
        { key: { type: 'a' }, count: 3 },
        { key: { type: 'b' }, count: 1 },
      ],
      rows: [{ key: {}, count: 3 }],
      dimensions: [],
      multi: 'type',
      threshold: 5,
    });
    expect(show(table)).toEqual({ cells: ['a:*', 'b:*'], margins: [], total: null });
    expect(table.totalSuppressed).toBe(true);
  });
});

describe('suppressOverlappingCells — year × a multi-valued dimension (threshold 5)', () => {
  it('hides against each row total, then suppresses each value across the years as an ordinary table', () => {
    // 2024: 10 cases, 8 mention A and 4 B; 2025: 12 cases, 9 A, 6 B, 1 none yet.
    const table = suppressOverlappingCells({
      cells: [
        { key: { year: 2024, type: 'A' }, count: 8 },
        { key: { year: 2024, type: 'B' }, count: 4 },
        { key: { year: 2025, type: 'A' }, count: 9 },
        { key: { year: 2025, type: 'B' }, count: 6 },
        { key: { year: 2025, type: null }, count: 1 },
      ],
      rows: [
        { key: { year: 2024 }, count: 10 },
        { key: { year: 2025 }, count: 12 },
      ],
      dimensions: ['year'],
      multi: 'type',
      threshold: 5,
    });
    // 2024/A: 10 − 8 = 2 without A; 2025/A: 12 − 9 = 3; 2024/B and 2025/none are small. The value totals: none (1) is
    // small, and alone it would be bounded by 22, so B's total (10, the smallest other) goes too.
    expect(show(table)).toEqual({
      cells: ['2024/A:*', '2024/B:*', '2025/:*', '2025/A:*', '2025/B:6'],
      margins: ['2024:10', '2025:12', ':*', 'A:17', 'B:*'],
      total: 22,
    });
    expect(table.margins.map((m) => m.dimension)).toEqual(['type', 'type', 'year', 'year', 'year']);
  });

  it("a row's only value, hidden as a complement across the years, takes its row total and the rest with it", () => {
    // 2024: 6 cases, all A; 2025: 20 cases, all B, 2 of them also A.
    const table = suppressOverlappingCells({
      cells: [
        { key: { year: 2024, type: 'A' }, count: 6 },
        { key: { year: 2025, type: 'A' }, count: 2 },
        { key: { year: 2025, type: 'B' }, count: 20 },
      ],
      rows: [
        { key: { year: 2024 }, count: 6 },
        { key: { year: 2025 }, count: 20 },
      ],
      dimensions: ['year'],
      multi: 'type',
      threshold: 5,
    });
    // 2025/A is small; alone in its row it takes 2025/B; column A then takes 2024/A, which is all of 2024 (6 = 6),
    // so 2024's total goes, and with it 2025's (the total 26 would give it away).
    expect(show(table)).toEqual({ cells: ['2024/A:*', '2025/A:*', '2025/B:*'], margins: ['2024:*', '2025:*', 'A:*', 'B:*'], total: 26 });
  });

  it('refuses a second ordinary dimension', () => {
    expect(() => suppressOverlappingCells({ cells: [], rows: [], dimensions: ['year', 'sex'], multi: 'type', threshold: 5 })).toThrow(RangeError);
  });
});

describe('suppressSmallCells — numbers hidden for a reason outside the table', () => {
  it('a hidden cell gets a complement like any other', () => {
    const cells = [12, 8, 20].map((count, i) => ({ key: { region: `R${i + 1}` }, count }));
    const table = suppressSmallCells(cells, ['region'], 5, { hide: (e) => e.kind === 'cell' && e.key.region === 'R2' });
    expect(table.cells.map((c) => c.count)).toEqual([null, null, 20]);
    expect(table.total).toBe(40);
  });

  it('a hidden total takes its smallest cell, or it could be added up', () => {
    const cells = [12, 8, 20].map((count, i) => ({ key: { region: `R${i + 1}` }, count }));
    const table = suppressSmallCells(cells, ['region'], 5, { hide: (e) => e.kind === 'total' });
    expect(table.cells.map((c) => c.count)).toEqual([12, null, 20]);
    expect(table.totalSuppressed).toBe(true);
  });
});
