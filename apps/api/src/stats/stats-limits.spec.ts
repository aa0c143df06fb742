import { describe, expect, it } from '@jest/globals';
import { requireTractable } from './stats.controller.js';

describe('tables too detailed to suppress safely in time', () => {
  it('are refused with 422 STATS.TOO_DETAILED past 600 cells in three dimensions, 2,000 in two', () => {
    const cells = (n: number) => Array.from({ length: n }, () => ({ count: 3 }));
    expect(() => requireTractable(cells(600), 3)).not.toThrow();
    expect(() => requireTractable(cells(601), 3)).toThrow(
      expect.objectContaining({ status: 422, code: 'STATS.TOO_DETAILED', details: { cells: 601, maxCells: 600 } }),
    );
    expect(() => requireTractable(cells(2000), 2)).not.toThrow();
    expect(() => requireTractable(cells(2001), 2)).toThrow(expect.objectContaining({ code: 'STATS.TOO_DETAILED' }));
    expect(() => requireTractable(cells(5000), 1)).not.toThrow();
  });
});
