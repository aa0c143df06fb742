import { describe, expect, it } from '@jest/globals';
import { requireTractable } from './stats.controller.js';

describe('tables too detailed to suppress safely in time', () => {
  it('are refused with 422 STATS.TOO_DETAILED past 600 cells or 150 small ones, and pass below', () => {
    const cells = (n: number, count: number) => Array.from({ length: n }, () => ({ count }));
    expect(() => requireTractable(cells(600, 50), 5)).not.toThrow();
    expect(() => requireTractable([...cells(150, 2), ...cells(100, 40), ...cells(300, 0)], 5)).not.toThrow();
    expect(() => requireTractable(cells(601, 50), 5)).toThrow(expect.objectContaining({ status: 422, code: 'STATS.TOO_DETAILED' }));
    expect(() => requireTractable(cells(151, 1), 5)).toThrow(expect.objectContaining({ code: 'STATS.TOO_DETAILED', details: expect.objectContaining({ smallCells: 151 }) }));
  });
});
