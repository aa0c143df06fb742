import { describe, expect, it } from '@jest/globals';
// The run's fuzz seed (FUZZ_SEED, fixed unless asked), so a run repeats itself and a counterexample can be replayed.
import { fc } from '../../../../test/fuzz/support/fuzz-settings.js';
import { CTDC_SUPPRESSION_THRESHOLD, type Cell, type KeyValue, type SuppressedTable, suppressSmallCells } from './suppression.js';

const oneD = (counts: number[]): Cell[] => counts.map((count, i) => ({ key: { region: `R${i + 1}` }, count }));
const view = (table: SuppressedTable) => table.cells.map((c) => `${Object.values(c.key).join('/')}:${c.count ?? '*'}${c.reason ? `(${c.reason[0]})` : ''}`);

/** A published number and the numbers that add up to it, rebuilt from the output alone. */
interface Group {
  name: string;
  total: { id: string; count: number | null; suppressed: boolean };
  members: Array<{ id: string; count: number | null; suppressed: boolean; truth: number }>;
}

const code = (key: Record<string, KeyValue>, dims: readonly string[]) => JSON.stringify(dims.map((d) => key[d]));

function groupsOf(table: SuppressedTable, input: readonly Cell[]): Group[] {
  const dims = table.dimensions;
  const truth = new Map(input.map((c) => [code(c.key, dims), c.count]));
  const cellTruth = table.cells.map((c) => ({ ...c, id: `cell ${code(c.key, dims)}`, truth: truth.get(code(c.key, dims))! }));
  const totalTruth = input.reduce((a, c) => a + c.count, 0);
  const grand = { id: 'total', count: table.total, suppressed: table.totalSuppressed };
  if (dims.length === 1) return [{ name: 'total', total: grand, members: cellTruth }];
  const groups: Group[] = [];
  for (const dim of dims) {
    const others = dims.filter((d) => d !== dim);
    const margins = table.margins.filter((m) => m.dimension === dim).map((m) => ({ ...m, id: `Σ${dim} ${code(m.key, others)}` }));
    const marginMembers = margins.map((m) => {
      const members = cellTruth.filter((c) => code(c.key, others) === code(m.key, others));
      groups.push({ name: m.id, total: m, members });
      return { ...m, truth: members.reduce((a, c) => a + c.truth, 0) };
    });
    groups.push({ name: `total over Σ${dim}`, total: grand, members: marginMembers });
  }
  expect(grand.suppressed || grand.count === totalTruth).toBe(true);
  return groups;
}

/** Rule 3 checker: in every group, a suppressed number is never alone (its total counts as a member). */
function unsafeGroups(table: SuppressedTable, input: readonly Cell[]): string[] {
  return groupsOf(table, input)
    .filter((g) => [g.total, ...g.members].filter((m) => m.suppressed).length === 1)
    .map((g) => g.name);
}

/**
 * Independent audit (floating point, partial pivoting): a suppressed number is determined when its
 * unit vector lies in the row space of the relations restricted to the suppressed numbers.
 */
function determinedCount(table: SuppressedTable, input: readonly Cell[]): number {
  const groups = groupsOf(table, input);
  const ids = new Map<string, number>();
  const idOf = (id: string) => ids.get(id) ?? (ids.set(id, ids.size), ids.size - 1);
  const relations = groups.map((g) => {
    const terms = new Map<number, number>();
    for (const [m, k] of [[g.total, -1], ...g.members.map((x) => [x, 1] as const)] as const) {
      if (m.suppressed) terms.set(idOf(m.id), (terms.get(idOf(m.id)) ?? 0) + k);
    }
    return terms;
  });
  const n = ids.size;
  const rank = (rows: number[][]) => {
    const m = rows.map((r) => [...r]);
    let r = 0;
    for (let c = 0; c < n && r < m.length; c += 1) {
      let p = r;
      for (let i = r; i < m.length; i += 1) if (Math.abs(m[i][c]) > Math.abs(m[p][c])) p = i;
      if (Math.abs(m[p][c]) < 1e-9) continue;
      [m[r], m[p]] = [m[p], m[r]];
      for (let i = r + 1; i < m.length; i += 1) {
        const f = m[i][c] / m[r][c];
        for (let j = c; j < n; j += 1) m[i][j] -= f * m[r][j];
      }
      r += 1;
    }
    return r;
  };
  const matrix = relations.map((t) => Array.from({ length: n }, (_, i) => t.get(i) ?? 0));
  const base = rank(matrix);
  let determined = 0;
  for (let i = 0; i < n; i += 1) {
    const unit = Array.from({ length: n }, (_, j) => (j === i ? 1 : 0));
    if (rank([...matrix, unit]) === base) determined += 1;
  }
  return determined;
}

describe('suppressSmallCells — one dimension', () => {
  it('[12, 3, 20]: 3 is primary, 12 (the smallest other) complementary, total 35 published', () => {
    const table = suppressSmallCells(oneD([12, 3, 20]), ['region']);
    expect(view(table)).toEqual(['R1:*(c)', 'R2:*(p)', 'R3:20']);
    expect(table.total).toBe(35);
    expect(table.totalSuppressed).toBe(false);
    expect(table.margins).toEqual([]);
  });

  it('two small cells are both primary and need no complement', () => {
    const table = suppressSmallCells(oneD([2, 30, 4]), ['region']);
    expect(view(table)).toEqual(['R1:*(p)', 'R2:30', 'R3:*(p)']);
    expect(table.total).toBe(36);
  });

  it('uses the CTDC threshold of 11', () => {
    const cells = oneD([15, 9, 30, 11]);
    expect(view(suppressSmallCells(cells, ['region'], CTDC_SUPPRESSION_THRESHOLD))).toEqual([
      'R1:15',
      'R2:*(p)',
      'R3:30',
      'R4:*(c)', // 11 is the smallest other non-zero cell
    ]);
    expect(view(suppressSmallCells(cells, ['region']))).toEqual(['R1:15', 'R2:9', 'R3:30', 'R4:11']);
  });

  it('publishes a zero as 0 and never picks it as the complement', () => {
    const table = suppressSmallCells(oneD([0, 3, 40, 7]), ['region']);
    expect(view(table)).toEqual(['R1:0', 'R2:*(p)', 'R3:40', 'R4:*(c)']);
    expect(table.cells[0]).toEqual({ key: { region: 'R1' }, count: 0, suppressed: false, reason: null });
    expect(table.total).toBe(50);
  });

  it('all cells small: all suppressed; the total stays when no cell can be derived from it', () => {
    const table = suppressSmallCells(oneD([1, 2, 3]), ['region']);
    expect(view(table)).toEqual(['R1:*(p)', 'R2:*(p)', 'R3:*(p)']);
    expect(table.total).toBe(6);
  });

  it('all cells 1 with a publishable total: the total would reveal every cell (each ≥ 1), so it is suppressed', () => {
    const table = suppressSmallCells(oneD([1, 1, 1, 1, 1]), ['region']);
    expect(table.cells.every((c) => c.reason === 'primary')).toBe(true);
    expect(table).toMatchObject({ total: null, totalSuppressed: true, totalReason: 'complementary' });
  });

  it('[1, 1, 20]: the suppressed pair would sum to 2 = two cells of at least 1, so 20 is suppressed too', () => {
    const table = suppressSmallCells(oneD([1, 1, 20]), ['region']);
    expect(view(table)).toEqual(['R1:*(p)', 'R2:*(p)', 'R3:*(c)']);
    expect(table.total).toBe(22);
  });

  it('a single non-zero cell that is suppressed takes the total with it', () => {
    const table = suppressSmallCells(oneD([0, 3, 0]), ['region']);
    expect(view(table)).toEqual(['R1:0', 'R2:*(p)', 'R3:0']);
    expect(table).toMatchObject({ total: null, totalSuppressed: true, totalReason: 'primary' });
    const big = suppressSmallCells(
      [
        { key: { region: 'A' }, count: 3 },
        { key: { region: 'B' }, count: 0 },
      ],
      ['region'],
      2,
    );
    expect(big.totalSuppressed).toBe(false); // 3 ≥ threshold 2: nothing to hide
  });

  it('an empty table publishes a total of 0', () => {
    expect(suppressSmallCells([], ['region'])).toMatchObject({ cells: [], total: 0, totalSuppressed: false });
  });

  it('rejects malformed input', () => {
    expect(() => suppressSmallCells(oneD([1, -1]), ['region'])).toThrow(RangeError);
    expect(() => suppressSmallCells(oneD([1.5]), ['region'])).toThrow(RangeError);
    expect(() => suppressSmallCells(oneD([1]), ['region'], 0)).toThrow(RangeError);
    expect(() => suppressSmallCells(oneD([1]), [])).toThrow(RangeError);
    expect(() => suppressSmallCells(oneD([1]), ['province'])).toThrow(RangeError);
    expect(() => suppressSmallCells([...oneD([1]), ...oneD([2])], ['region'])).toThrow(/Duplicate/);
  });
});

describe('suppressSmallCells — year × province', () => {
  // Hand-worked: (2023, Jawa Timur) = 3 is primary. Column Jawa Timur → 15 (2022). Row 2022 → 20
  // (Jawa Barat). Row 2023 → 25 (Jawa Barat). Column Jawa Barat now holds 20 and 25: safe.
  // Suppressed rectangle {2022, 2023} × {Jawa Barat, Jawa Timur}; every margin stays published.
  const grid: Array<[number, string, number]> = [
    [2022, 'Jawa Barat', 20],
    [2022, 'Jawa Timur', 15],
    [2022, 'NTT', 30],
    [2023, 'Jawa Barat', 25],
    [2023, 'Jawa Timur', 3],
    [2023, 'NTT', 40],
    [2024, 'Jawa Barat', 18],
    [2024, 'Jawa Timur', 22],
    [2024, 'NTT', 35],
  ];
  const cells: Cell[] = grid.map(([year, province, count]) => ({ key: { year, province }, count }));

  it('complements the small cell in its row and its column and cascades to a safe rectangle', () => {
    const table = suppressSmallCells(cells, ['year', 'province']);
    expect(view(table)).toEqual([
      '2022/Jawa Barat:*(c)',
      '2022/Jawa Timur:*(c)',
      '2022/NTT:30',
      '2023/Jawa Barat:*(c)',
      '2023/Jawa Timur:*(p)',
      '2023/NTT:40',
      '2024/Jawa Barat:18',
      '2024/Jawa Timur:22',
      '2024/NTT:35',
    ]);
    expect(table.margins.map((m) => [m.dimension, Object.values(m.key)[0], m.count])).toEqual([
      ['year', 'Jawa Barat', 63],
      ['year', 'Jawa Timur', 40],
      ['year', 'NTT', 105],
      ['province', 2022, 65],
      ['province', 2023, 68],
      ['province', 2024, 75],
    ]);
    expect(table.total).toBe(208);
    expect(unsafeGroups(table, cells)).toEqual([]);
    expect(determinedCount(table, cells)).toBe(0);
  });

  it('a small margin is primary, and the cascade still leaves no recoverable number', () => {
    const small: Cell[] = [
      { key: { year: 2022, province: 'Aceh' }, count: 2 },
      { key: { year: 2022, province: 'Bali' }, count: 1 },
      { key: { year: 2023, province: 'Aceh' }, count: 30 },
      { key: { year: 2023, province: 'Bali' }, count: 25 },
      { key: { year: 2024, province: 'Aceh' }, count: 12 },
      { key: { year: 2024, province: 'Bali' }, count: 9 },
    ];
    const table = suppressSmallCells(small, ['year', 'province']);
    const row2022 = table.margins.find((m) => m.dimension === 'province' && m.key.year === 2022)!;
    expect(row2022).toMatchObject({ count: null, reason: 'primary' });
    expect(unsafeGroups(table, small)).toEqual([]);
    expect(determinedCount(table, small)).toBe(0);
  });

  it('audit: equations together can recover what no single group does, so another number is suppressed', () => {
    // Threshold 11. Groups alone settle on: 2022 and 2023 rows (4, 1) and the Bali column (5) primary,
    // complements 15/17 in 2021, 61/17 in 2024, NTB column 34. Each group then holds ≥ 2 hidden
    // numbers, yet grand total − published rows = 115 − 32 − 78 = 5 = rows 2022 + 2023 = the Bali
    // column: Bali (5) is recoverable. The audit suppresses the smallest published number that makes
    // it undetermined: row 2021 (32). (The Aceh column, 76, would not: Bali = 115 − 32 − 78 still.)
    const rows: Array<[number, string, number]> = [
      [2021, 'Aceh', 15],
      [2021, 'Bali', 0],
      [2021, 'NTB', 17],
      [2022, 'Aceh', 0],
      [2022, 'Bali', 4],
      [2022, 'NTB', 0],
      [2023, 'Bali', 1],
      [2023, 'NTB', 0],
      [2024, 'Aceh', 61],
      [2024, 'Bali', 0],
      [2024, 'NTB', 17],
    ];
    const cells: Cell[] = rows.map(([year, province, count]) => ({ key: { year, province }, count }));
    const table = suppressSmallCells(cells, ['year', 'province'], CTDC_SUPPRESSION_THRESHOLD);
    expect(unsafeGroups(table, cells)).toEqual([]);
    expect(determinedCount(table, cells)).toBe(0);
    expect(table.margins.map((m) => `${Object.values(m.key)[0]}:${m.count ?? '*'}`)).toEqual([
      'Aceh:76',
      'Bali:*',
      'NTB:*', // summed over year
      '2021:*',
      '2022:*',
      '2023:*',
      '2024:78', // summed over province
    ]);
    expect(table.total).toBe(115);
  });

  it('output does not depend on input order', () => {
    expect(suppressSmallCells([...cells].reverse(), ['year', 'province'])).toEqual(suppressSmallCells(cells, ['year', 'province']));
  });
});

describe('suppressSmallCells — properties', () => {
  const valuesFor = [
    [2021, 2022, 2023, 2024],
    ['Aceh', 'Bali', 'NTB', 'NTT'],
    ['female', 'male', null, 'unknown'],
  ] as const;
  const countArb = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 80 }));
  const tableArb = fc
    .record({
      sizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }),
      threshold: fc.oneof(fc.constant(5), fc.constant(11), fc.integer({ min: 1, max: 15 })),
    })
    .chain(({ sizes, threshold }) => {
      const combos = sizes.reduce<KeyValue[][]>((acc, size, d) => acc.flatMap((prefix) => valuesFor[d].slice(0, size).map((v) => [...prefix, v])), [[]]);
      const dims = ['year', 'province', 'sex'].slice(0, sizes.length);
      return fc
        .tuple(fc.array(fc.option(countArb, { nil: undefined }), { minLength: combos.length, maxLength: combos.length }), fc.nat())
        .map(([counts, seed]) => {
          const cells: Cell[] = combos.flatMap((combo, i) =>
            counts[i] === undefined ? [] : [{ key: Object.fromEntries(dims.map((d, j) => [d, combo[j]])), count: counts[i]! }],
          );
          // A deterministic shuffle of the input order.
          const shuffled = cells
            .map((c, i) => ({ c, r: (i * 7919 + seed) % 104729 }))
            .sort((a, b) => a.r - b.r)
            .map((x) => x.c);
          return { cells, shuffled, dims, threshold };
        });
    });

  it('primary cells are hidden, no published group isolates a suppressed number, published counts are true, output is deterministic', () => {
    fc.assert(
      fc.property(tableArb, ({ cells, shuffled, dims, threshold }) => {
        const table = suppressSmallCells(cells, dims, threshold);
        const truth = new Map(cells.map((c) => [code(c.key, dims), c.count]));
        for (const cell of table.cells) {
          const count = truth.get(code(cell.key, dims))!;
          // (a) every small non-zero cell is suppressed; zeros never are
          if (count > 0 && count < threshold) expect(cell).toMatchObject({ suppressed: true, reason: 'primary', count: null });
          if (count === 0) expect(cell).toMatchObject({ suppressed: false, count: 0 });
          // (c) unsuppressed counts equal the input
          if (!cell.suppressed) expect(cell.count).toBe(count);
        }
        expect(table.cells).toHaveLength(cells.length);
        // (b) in every group: suppressed members number 0 or ≥ 2 unless the total is suppressed —
        //     and a suppressed total is never the only suppressed number of its group either
        for (const group of groupsOf(table, cells)) {
          const hidden = group.members.filter((m) => m.suppressed).length;
          if (!group.total.suppressed) expect(hidden === 0 || hidden >= 2).toBe(true);
          else expect(hidden).toBeGreaterThanOrEqual(1);
          // published margins are true and margins below the threshold are suppressed
          const truthSum = group.members.reduce((a, m) => a + m.truth, 0);
          if (!group.total.suppressed) expect(group.total.count).toBe(truthSum);
          if (truthSum > 0 && truthSum < threshold) expect(group.total.suppressed).toBe(true);
        }
        // (d) deterministic, and independent of input order
        expect(suppressSmallCells(cells, dims, threshold)).toEqual(table);
        expect(suppressSmallCells(shuffled, dims, threshold)).toEqual(table);
      }),
      { numRuns: 300 },
    );
  });

  it('no suppressed number is determined by the published numbers (independent linear audit)', () => {
    fc.assert(
      fc.property(tableArb, ({ cells, dims, threshold }) => {
        const table = suppressSmallCells(cells, dims, threshold);
        expect(determinedCount(table, cells)).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('linked totals: a lower-order table published beside this one', () => {
  const cells: Cell[] = [
    { key: { origin: '64', port: 'IDBPN', destination: 'MY' }, count: 5 },
    { key: { origin: '64', port: 'IDBPN', destination: 'SA' }, count: 1 },
    { key: { origin: '73', port: 'IDNNX', destination: 'MY' }, count: 6 },
    { key: { origin: '73', port: 'IDNNX', destination: 'SA' }, count: 7 },
    { key: { origin: '35', port: 'IDNNX', destination: 'MY' }, count: 8 },
  ];
  const dims = ['origin', 'port', 'destination'];

  it('publishes the count per port with the flows, so neither subtracted from the other gives a hidden count away', () => {
    const table = suppressSmallCells(cells, dims, 3, { linked: [['port']] });
    expect(table.linked.map((l) => l.key.port)).toEqual(['IDBPN', 'IDNNX']);
    for (const total of table.linked) {
      const members = table.cells.filter((c) => c.key.port === total.key.port);
      const hidden = members.filter((c) => c.suppressed).length;
      // A published total with one hidden member gives it away; a hidden total with none hidden is their sum.
      if (!total.suppressed) expect(hidden).not.toBe(1);
      else expect(hidden).toBeGreaterThan(0);
      if (!total.suppressed) expect(total.count).toBe(cells.filter((c) => c.key.port === total.key.port).reduce((s, c) => s + c.count, 0));
    }
  });

  it('hides a linked total another table hides, with what it needs', () => {
    const table = suppressSmallCells(cells, dims, 3, { linked: [['port']], hide: (e) => e.kind === 'linked' && e.key.port === 'IDNNX' });
    const nnx = table.linked.find((l) => l.key.port === 'IDNNX')!;
    expect(nnx.suppressed).toBe(true);
    expect(table.cells.filter((c) => c.key.port === 'IDNNX').some((c) => c.suppressed)).toBe(true);
  });

  it('refuses linked totals that are not a proper subset of the dimensions', () => {
    expect(() => suppressSmallCells(cells, dims, 3, { linked: [['sex']] })).toThrow(RangeError);
    expect(() => suppressSmallCells(cells, dims, 3, { linked: [dims] })).toThrow(RangeError);
  });
});
