import {
  suppressSmallCells,
  type Cell,
  type CellKey,
  type KeyValue,
  type SuppressedCell,
  type SuppressedMargin,
  type SuppressedTable,
  type SuppressionReason,
} from './suppression.js';

/**
 * Small-cell suppression for a table by a multi-valued category (exploitation types, recruitment methods,
 * modus, transit points), alone or beside one ordinary dimension. A case counts under each of its values,
 * so the cells of a row overlap: they do not add up to the row's total, and the usual complements do not
 * protect them. What a reader can work out instead, and what is hidden against it:
 *
 * 1. A cell below the threshold (primary), as anywhere.
 * 2. The cases of a row *not* mentioning a value: row total − cell. A cell is hidden when that difference
 *    is between 1 and threshold − 1; the same for a value's total over the ordinary dimension against the
 *    grand total.
 * 3. Bounds: every case has at least one value (a case with none counts under null), so a row total is at
 *    most the sum of its cells — exactly it when no case has two values. A row whose total is hidden
 *    therefore hides all its cells; and a row (or the values' totals) with a single hidden cell hides the
 *    smallest other non-zero one too, so no lone hidden cell is bounded by its row alone.
 * 4. Along the ordinary dimension the counts do add up: for each value, its cells across that dimension
 *    sum to its total. Each value's column is suppressed as an ordinary one-dimensional table (with
 *    complements and the exact audit), and the row totals (distinct cases) as another.
 *
 * The rules feed each other (a complement in a column can leave a row with one hidden cell), so they are
 * applied until nothing changes; suppression only grows, so this ends.
 */
export interface OverlappingTableInput {
  /** Cases under each combination of the ordinary dimension (if any) and one value of the multi-valued one. */
  cells: readonly Cell[];
  /** Distinct cases of each value of the ordinary dimension; with none, one row `{ key: {}, count: total }`. */
  rows: readonly Cell[];
  /** The ordinary dimension: none or one. */
  dimensions: readonly string[];
  /** The multi-valued dimension. */
  multi: string;
  threshold: number;
  /**
   * Values of the multi-valued dimension whose total (alone: its cell) another table hides (`/stats/ports`, the same
   * counts by port): hidden here from the start, with the complements they need, so the two never differ.
   */
  hideValues?: (value: KeyValue) => boolean;
}

export function suppressOverlappingCells(input: OverlappingTableInput): SuppressedTable {
  const { cells, rows, multi, threshold } = input;
  if (input.dimensions.length > 1) throw new RangeError('A multi-valued dimension is grouped with at most one other dimension');
  if (input.dimensions.includes(multi)) throw new RangeError(`Duplicate dimension ${multi}`);
  const dimension: string | null = input.dimensions[0] ?? null;
  const small = (n: number) => n > 0 && n < threshold;
  const rowOf = (key: CellKey): KeyValue => (dimension === null ? null : (key[dimension] ?? null));
  const valueOf = (key: CellKey): KeyValue => key[multi] ?? null;
  const cellId = (row: KeyValue, value: KeyValue) => JSON.stringify([row, value]);
  const id = (v: KeyValue) => JSON.stringify(v);

  const rowCount = new Map(rows.map((r) => [id(rowOf(r.key)), r.count]));
  const grandTotal = rows.reduce((sum, r) => sum + r.count, 0);
  const values = [...new Map(cells.map((c) => [id(valueOf(c.key)), valueOf(c.key)])).values()].sort(compareValues);
  const valueTotal = new Map(values.map((v) => [id(v), cells.filter((c) => valueOf(c.key) === v).reduce((sum, c) => sum + c.count, 0)]));

  // Everything hidden so far; it only grows.
  const hiddenRows = new Set<string>();
  const hiddenCells = new Set<string>();
  const hiddenValueTotals = new Set<string>();
  let totalHidden = false;
  let rowTable: SuppressedTable | null = null;
  for (const value of values) {
    if (!input.hideValues?.(value) || valueTotal.get(id(value)) === 0) continue;
    if (dimension === null) hiddenCells.add(cellId(null, value));
    else hiddenValueTotals.add(id(value));
  }

  /** Rule 3: a lone hidden member is bounded by its total; hide another, or failing one, say so. */
  const loneHiddenUnprotected = (members: ReadonlyArray<{ id: string; count: number }>, hidden: Set<string>): boolean => {
    const nonZero = members.filter((m) => m.count > 0);
    if (nonZero.filter((m) => hidden.has(m.id)).length !== 1) return false;
    const candidate = nonZero.filter((m) => !hidden.has(m.id)).sort((a, b) => a.count - b.count)[0];
    if (!candidate) return true;
    hidden.add(candidate.id);
    return false;
  };

  for (;;) {
    const before = hiddenRows.size + hiddenCells.size + hiddenValueTotals.size + Number(totalHidden);
    // Rule 4: the row totals (distinct cases) add up to the grand total.
    if (dimension === null) {
      totalHidden ||= small(grandTotal) || hiddenRows.has(id(null));
      if (totalHidden) hiddenRows.add(id(null));
    } else {
      rowTable = suppressSmallCells(rows, [dimension], threshold, {
        hide: (entry) => (entry.kind === 'total' ? totalHidden : hiddenRows.has(id(entry.key[dimension] ?? null))),
      });
      for (const c of rowTable.cells) if (c.suppressed) hiddenRows.add(id(c.key[dimension] ?? null));
      totalHidden ||= rowTable.totalSuppressed;
    }
    // Rules 1–3 in each row.
    for (const c of cells) {
      const row = id(rowOf(c.key));
      if (c.count > 0 && (small(c.count) || hiddenRows.has(row) || small(rowCount.get(row)! - c.count))) hiddenCells.add(cellId(rowOf(c.key), valueOf(c.key)));
    }
    for (const row of rowCount.keys()) {
      if (hiddenRows.has(row)) continue;
      const members = cells.filter((c) => id(rowOf(c.key)) === row).map((c) => ({ id: cellId(rowOf(c.key), valueOf(c.key)), count: c.count }));
      if (loneHiddenUnprotected(members, hiddenCells)) hiddenRows.add(row);
    }
    if (dimension !== null) {
      // Rules 1–3 for the values' totals against the grand total.
      for (const [value, count] of valueTotal) if (count > 0 && (small(count) || totalHidden || small(grandTotal - count))) hiddenValueTotals.add(value);
      if (
        !totalHidden &&
        loneHiddenUnprotected(
          [...valueTotal].map(([value, count]) => ({ id: value, count })),
          hiddenValueTotals,
        )
      )
        totalHidden = true;
      // Rule 4: a value's cells across the ordinary dimension add up to its total.
      for (const value of values) {
        const column = suppressSmallCells(
          cells.filter((c) => valueOf(c.key) === value).map((c) => ({ key: { [dimension]: rowOf(c.key) }, count: c.count })),
          [dimension],
          threshold,
          { hide: (entry) => (entry.kind === 'total' ? hiddenValueTotals.has(id(value)) : hiddenCells.has(cellId(entry.key[dimension] ?? null, value))) },
        );
        for (const c of column.cells) if (c.suppressed) hiddenCells.add(cellId(c.key[dimension] ?? null, value));
        if (column.totalSuppressed) hiddenValueTotals.add(id(value));
      }
    }
    if (hiddenRows.size + hiddenCells.size + hiddenValueTotals.size + Number(totalHidden) === before) break;
  }

  const reasonOf = (count: number, hidden: boolean): SuppressionReason | null => (!hidden ? null : small(count) ? 'primary' : 'complementary');
  const publishedCells: SuppressedCell[] = cells
    .map((c) => {
      const hidden = hiddenCells.has(cellId(rowOf(c.key), valueOf(c.key)));
      const key = dimension === null ? { [multi]: valueOf(c.key) } : { [dimension]: rowOf(c.key), [multi]: valueOf(c.key) };
      return { key, count: hidden ? null : c.count, suppressed: hidden, reason: reasonOf(c.count, hidden) };
    })
    .sort((a, b) => (dimension === null ? 0 : compareValues(a.key[dimension], b.key[dimension])) || compareValues(a.key[multi], b.key[multi]));
  const margins: SuppressedMargin[] =
    dimension === null
      ? []
      : [
          ...rowTable!.cells.map((c) => ({
            dimension: multi,
            key: { [dimension]: c.key[dimension] ?? null },
            count: c.count,
            suppressed: c.suppressed,
            reason: c.reason,
          })),
          ...values.map((value) => {
            const count = valueTotal.get(id(value))!;
            const hidden = hiddenValueTotals.has(id(value));
            return { dimension, key: { [multi]: value }, count: hidden ? null : count, suppressed: hidden, reason: reasonOf(count, hidden) };
          }),
        ];
  return {
    dimensions: dimension === null ? [multi] : [dimension, multi],
    threshold,
    cells: publishedCells,
    total: totalHidden ? null : grandTotal,
    totalSuppressed: totalHidden,
    totalReason: totalHidden ? (small(grandTotal) ? 'primary' : 'complementary') : null,
    margins,
    linked: [],
  };
}

/** null first, then numbers, then strings: the order suppressSmallCells gives its cells. */
function compareValues(a: KeyValue, b: KeyValue): number {
  const rank = (v: KeyValue) => (v === null ? 0 : typeof v === 'number' ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  return a === b ? 0 : (a as string | number) < (b as string | number) ? -1 : 1;
}
