/**
 * Small-cell suppression for published statistics (counts of trafficking victims).
 *
 * A task force publishes a table of counts grouped by some dimensions (region, year, sex, ...),
 * with its marginal totals and its grand total. A small count can identify a person, so:
 *
 * Rules, as implemented by {@link suppressSmallCells}:
 *
 * 1. Primary suppression. Any published number (cell, marginal total or grand total) with
 *    `0 < count < threshold` is suppressed (its count becomes `null`). The default threshold is 5;
 *    the CTDC uses 11. A count of 0 is a true zero: it is published as 0, is not sensitive, and is
 *    never chosen as a complement (suppressing a known zero hides nothing — zero cells are
 *    structurally known, because a missing combination is a zero). Consequently every suppressed
 *    number is known to be ≥ 1, which rule 3c accounts for.
 *
 * 2. What is published. Every cell; the grand total; and, for 2+ dimensions, for each dimension
 *    `d` the marginal totals "summed over `d`" for every combination of the other dimensions that
 *    occurs in the input (`margins[].dimension` is the dimension summed over, `margins[].key` holds
 *    the other dimensions). With one dimension the only margin is the grand total, so `margins` is
 *    empty. Combinations absent from the input are zeros and are not listed.
 *
 * 3. Complementary suppression. The table is a set of additive relations ("groups"):
 *    - every marginal total = the sum of its cells;
 *    - grand total = the sum of the cells (1 dimension), or, for 2+ dimensions, for each dimension
 *      `d`, grand total = the sum of the margins summed over `d`;
 *    - for 3+ dimensions, for each pair of dimensions `d`, `e` and each combination of the rest,
 *      Σ margins-over-`d` (across `e`) = Σ margins-over-`e` (across `d`) — both equal the same
 *      unpublished sub-total, so a lone suppressed margin there is recoverable too.
 *    A suppressed number is recoverable from one group when it is the *only* suppressed number in it,
 *    counting the group's total as a member. So, repeated until nothing changes:
 *    a. if exactly one member of a group is suppressed while its total is published, the smallest
 *       non-zero published other member is suppressed too (ties: earliest in output order); if the
 *       group has no such member (the suppressed one is its only non-zero member) its total is
 *       suppressed instead — so a table with a single, small, non-zero cell also hides its total;
 *    b. if a group's total is suppressed and at least one member is too, the group needs nothing
 *       more. If a suppressed total has *all* members published (it was chosen as a complement
 *       elsewhere) it is recoverable by addition, so its smallest non-zero member is suppressed.
 *       (This is stricter than "a suppressed total needs no complement": that would leak.)
 *    c. bounds: suppressed numbers are ≥ 1, so if the suppressed members of a group with a published
 *       total sum to exactly their number, each is revealed as 1 (e.g. [1, 1, 20] with total 22).
 *       Such a group gets one more complement, as in (a).
 *    The cascade may cross dimensions (a complement in a row needs a partner in its column, ...).
 *
 * 4. Audit. The group rules look at one equation at a time; several equations together can still
 *    pin a value down (e.g. a "bridge" between two suppressed rectangles). After the groups are
 *    stable, an exact linear audit (rational Gaussian elimination over all the relations, with the
 *    suppressed numbers as unknowns) finds any suppressed number the published numbers determine
 *    uniquely; the smallest non-zero published number whose suppression makes it undetermined is
 *    suppressed too, and the whole procedure repeats. Suppression only grows, so this terminates; at worst every
 *    non-zero number is suppressed, which determines nothing.
 *
 * 5. Output is deterministic and independent of input order: cells sorted by key (dimension by
 *    dimension: null < numbers (numeric) < strings (code-unit order)), margins by dimension order
 *    then key. Every unsuppressed number equals the true count.
 *
 * Not covered: bounds attacks beyond rule 3c (a full linear-programming interval audit), and
 * differencing across *several* published tables (e.g. the same data by province and by regency), except for
 * lower-order totals another table publishes, named in `options.linked`: those join the relations.
 * `reason` distinguishes primary (< threshold) from complementary (≥ threshold) suppression and so
 * narrows a suppressed value's range: it is for audit logs, not for the published table.
 */

export const DEFAULT_SUPPRESSION_THRESHOLD = 5;
/** The Counter Trafficking Data Collaborative suppresses counts below 11. */
export const CTDC_SUPPRESSION_THRESHOLD = 11;

export type KeyValue = string | number | null;
export type CellKey = Readonly<Record<string, KeyValue>>;

/** One group-by combination and its count. */
export interface Cell {
  readonly key: CellKey;
  readonly count: number;
}

export type SuppressionReason = 'primary' | 'complementary';

export interface SuppressedCell {
  key: Record<string, KeyValue>;
  /** The true count, or null when suppressed. */
  count: number | null;
  suppressed: boolean;
  reason: SuppressionReason | null;
}

export interface SuppressedMargin {
  /** The dimension summed over. */
  dimension: string;
  /** The values of the other dimensions, in dimension order. */
  key: Record<string, KeyValue>;
  count: number | null;
  suppressed: boolean;
  reason: SuppressionReason | null;
}

export interface SuppressedTable {
  dimensions: string[];
  threshold: number;
  cells: SuppressedCell[];
  total: number | null;
  totalSuppressed: boolean;
  totalReason: SuppressionReason | null;
  margins: SuppressedMargin[];
  /** The totals of {@link SuppressionOptions.linked}, in the order asked, each sorted by key; empty without. */
  linked: SuppressedLinkedTotal[];
}

interface Entry {
  kind: 'cell' | 'margin' | 'total' | 'linked';
  /** A linked total's dimensions. */
  linkedDimensions?: string[];
  key: Record<string, KeyValue>;
  dimension: string | null;
  count: number;
  reason: SuppressionReason | null;
}

/** total = Σ members − Σ negated (total null: Σ members = Σ negated). */
interface Relation {
  total: number | null;
  members: number[];
  negated: number[];
}

/** A number of the table as {@link SuppressionOptions.hide} sees it. */
export interface TableEntry {
  kind: 'cell' | 'margin' | 'total' | 'linked';
  key: CellKey;
  /** The dimension a margin sums over; null for cells and the total. */
  dimension: string | null;
  count: number;
}

export interface SuppressionOptions {
  /**
   * Numbers to hide from the start, for a reason outside this table (another table they would reveal).
   * They count as complementary; zeros stay published. The complements they need follow as for any other.
   */
  hide?: (entry: TableEntry) => boolean;
  /**
   * Lower-order totals published beside the table, each a list of its dimensions (`[['port']]`: the count per port,
   * summed over every other dimension), as another table that is this one's margin publishes them. They join the
   * relations (each = the sum of its cells; the grand total = the sum of each list's totals), so the complements
   * protect the table and them together: neither can be subtracted from the other. Returned in `linked`.
   */
  linked?: ReadonlyArray<readonly string[]>;
}

/** A total of {@link SuppressionOptions.linked}: the count of its dimensions' values, summed over the others. */
export interface SuppressedLinkedTotal {
  dimensions: string[];
  key: Record<string, KeyValue>;
  count: number | null;
  suppressed: boolean;
  reason: SuppressionReason | null;
}

export function suppressSmallCells(
  cells: readonly Cell[],
  dimensions: readonly string[],
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
  options: SuppressionOptions = {},
): SuppressedTable {
  const dims = validateDimensions(dimensions);
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError(`Suppression threshold must be a positive integer, got ${threshold}`);
  }
  const byKey = (a: { key: CellKey }, b: { key: CellKey }) => compareKeys(a.key, b.key, dims);
  const sorted = cells.map((cell) => validateCell(cell, dims)).sort(byKey);
  for (let i = 1; i < sorted.length; i += 1) {
    if (byKey(sorted[i - 1], sorted[i]) === 0) {
      throw new RangeError(`Duplicate cell key ${JSON.stringify(sorted[i].key)}`);
    }
  }

  const entries: Entry[] = sorted.map((c) => ({ kind: 'cell', key: c.key, dimension: null, count: c.count, reason: null }));
  const cellIds = entries.map((_, i) => i);
  const relations: Relation[] = [];

  // Margins summed over each dimension, and the relation margin = Σ its cells.
  const marginIds: number[][] = dims.map(() => []);
  if (dims.length >= 2) {
    dims.forEach((dim, di) => {
      const others = dims.filter((d) => d !== dim);
      const groups = groupBy(cellIds, (id) => pick(entries[id].key, others));
      for (const group of [...groups.values()].sort(byKey)) {
        const id = entries.length;
        entries.push({ kind: 'margin', key: group.key, dimension: dim, count: sum(group.ids, entries), reason: null });
        marginIds[di].push(id);
        relations.push({ total: id, members: group.ids, negated: [] });
      }
    });
  }

  const totalId = entries.length;
  entries.push({ kind: 'total', key: {}, dimension: null, count: sum(cellIds, entries), reason: null });
  if (dims.length === 1) relations.push({ total: totalId, members: cellIds, negated: [] });
  else marginIds.forEach((ids) => relations.push({ total: totalId, members: ids, negated: [] }));

  // 3+ dimensions: margins over d and over e share the unpublished sub-total over {d, e}.
  for (let di = 0; di < dims.length; di += 1) {
    for (let ei = di + 1; ei < dims.length && dims.length >= 3; ei += 1) {
      const rest = dims.filter((_, i) => i !== di && i !== ei);
      const overD = groupBy(marginIds[di], (id) => pick(entries[id].key, rest));
      const overE = groupBy(marginIds[ei], (id) => pick(entries[id].key, rest));
      for (const [code, group] of [...overD.entries()].sort((a, b) => byKey(a[1], b[1]))) {
        relations.push({ total: null, members: group.ids, negated: overE.get(code)?.ids ?? [] });
      }
    }
  }

  // Totals another table publishes (lower-order margins): each = Σ its cells, and the grand total = Σ of each list's.
  for (const linked of options.linked ?? []) {
    const over = [...linked];
    if (over.length === 0 || over.some((d) => !dims.includes(d)) || over.length >= dims.length) {
      throw new RangeError(`Linked totals ${JSON.stringify(linked)} must be a proper subset of ${JSON.stringify(dims)}`);
    }
    const ids: number[] = [];
    for (const group of [...groupBy(cellIds, (id) => pick(entries[id].key, over)).values()].sort(byKey)) {
      const id = entries.length;
      entries.push({ kind: 'linked', linkedDimensions: over, key: group.key, dimension: null, count: sum(group.ids, entries), reason: null });
      relations.push({ total: id, members: group.ids, negated: [] });
      ids.push(id);
    }
    relations.push({ total: totalId, members: ids, negated: [] });
  }

  // Rule 1: primary suppression; then what the caller hides for reasons of its own.
  for (const entry of entries) {
    if (entry.count > 0 && entry.count < threshold) entry.reason = 'primary';
    else if (entry.count > 0 && options.hide?.(entry)) entry.reason = 'complementary';
  }

  // Rules 3 and 4, until stable.
  const isSuppressed = (id: number) => entries[id].reason !== null;
  for (;;) {
    let changed = false;
    for (const relation of relations) {
      const id = complementFor(relation, entries, isSuppressed);
      if (id !== null) {
        entries[id].reason = 'complementary';
        changed = true;
      }
    }
    if (changed) continue;
    const leaked = determined(relations, entries.length, isSuppressed)[0];
    if (leaked === undefined) break;
    const id = complementForLeak(leaked, relations, entries, isSuppressed);
    if (id === null) throw new Error('suppressSmallCells: no complement left for a recoverable count');
    entries[id].reason = 'complementary';
  }

  const total = entries[totalId];
  return {
    dimensions: dims,
    threshold,
    cells: entries.filter((e) => e.kind === 'cell').map((e) => ({ key: e.key, ...published(e) })),
    total: total.reason === null ? total.count : null,
    totalSuppressed: total.reason !== null,
    totalReason: total.reason,
    margins: entries.filter((e) => e.kind === 'margin').map((e) => ({ dimension: e.dimension!, key: e.key, ...published(e) })),
    linked: entries.filter((e) => e.kind === 'linked').map((e) => ({ dimensions: e.linkedDimensions!, key: e.key, ...published(e) })),
  };
}

function published(entry: Entry): { count: number | null; suppressed: boolean; reason: SuppressionReason | null } {
  const suppressed = entry.reason !== null;
  return { count: suppressed ? null : entry.count, suppressed, reason: entry.reason };
}

/** Rule 3: the number to suppress so that this relation reveals nothing, or null if it is safe. */
function complementFor(relation: Relation, entries: Entry[], isSuppressed: (id: number) => boolean): number | null {
  const members = [...relation.members, ...relation.negated];
  const all = relation.total === null ? members : [...members, relation.total];
  const hidden = all.filter(isSuppressed);
  if (hidden.length === 0) return null;
  if (hidden.length === 1) return smallestPublished([members, relation.total === null ? [] : [relation.total]], entries, isSuppressed);
  if (relation.total !== null && !isSuppressed(relation.total)) {
    const hiddenSum =
      entries[relation.total].count -
      sum(
        members.filter((id) => !isSuppressed(id)),
        entries,
      );
    if (hiddenSum === hidden.length) {
      return smallestPublished([members, [relation.total]], entries, isSuppressed);
    }
  }
  return null;
}

/**
 * Rule 4: a complement for a number the audit found determined — the smallest non-zero published
 * number (ties: lowest id) whose suppression makes it undetermined; failing any single one, the
 * smallest published number sharing a relation with it (the loop then goes on).
 */
function complementForLeak(leaked: number, relations: Relation[], entries: Entry[], isSuppressed: (id: number) => boolean): number | null {
  const candidates = entries
    .map((_, id) => id)
    .filter((id) => !isSuppressed(id) && entries[id].count > 0)
    .sort((a, b) => entries[a].count - entries[b].count || a - b);
  for (const candidate of candidates) {
    const withCandidate = (id: number) => id === candidate || isSuppressed(id);
    if (!determined(relations, entries.length, withCandidate).includes(leaked)) return candidate;
  }
  const touching = relations.filter((r) => r.total === leaked || r.members.includes(leaked) || r.negated.includes(leaked));
  const members = touching.flatMap((r) => [...r.members, ...r.negated]);
  const totals = touching.flatMap((r) => (r.total === null ? [] : [r.total]));
  return smallestPublished([members, totals, candidates], entries, isSuppressed);
}

/** The smallest non-zero published number from the first tier that has one (ties: lowest id). */
function smallestPublished(tiers: number[][], entries: Entry[], isSuppressed: (id: number) => boolean): number | null {
  for (const tier of tiers) {
    let best: number | null = null;
    for (const id of tier) {
      if (isSuppressed(id) || entries[id].count === 0) continue;
      if (best === null || entries[id].count < entries[best].count || (entries[id].count === entries[best].count && id < best)) {
        best = id;
      }
    }
    if (best !== null) return best;
  }
  return null;
}

/**
 * Rule 4: the suppressed numbers (ascending id) whose values the relations determine uniquely.
 * Unknown x_i is determined iff the unit vector e_i lies in the row space of the coefficient matrix
 * restricted to unknowns, i.e. iff after full (reduced) elimination its pivot row has no other
 * non-zero entry. Exact: fraction-free elimination over BigInt, rows normalised by their gcd.
 */
function determined(relations: Relation[], entryCount: number, isSuppressed: (id: number) => boolean): number[] {
  const unknowns: number[] = [];
  const column = new Map<number, number>();
  for (let id = 0; id < entryCount; id += 1) {
    if (isSuppressed(id)) {
      column.set(id, unknowns.length);
      unknowns.push(id);
    }
  }
  if (unknowns.length === 0) return [];

  const rows: bigint[][] = [];
  for (const relation of relations) {
    const row: bigint[] = new Array<bigint>(unknowns.length).fill(0n);
    let any = false;
    const add = (id: number, coefficient: bigint) => {
      const col = column.get(id);
      if (col !== undefined) {
        row[col] += coefficient;
        any = true;
      }
    };
    relation.members.forEach((id) => add(id, 1n));
    relation.negated.forEach((id) => add(id, -1n));
    if (relation.total !== null) add(relation.total, -1n);
    if (any) rows.push(row);
  }

  const pivots: Array<{ row: number; col: number }> = [];
  for (let col = 0; col < unknowns.length && pivots.length < rows.length; col += 1) {
    const p = pivots.length;
    const found = rows.findIndex((row, r) => r >= p && row[col] !== 0n);
    if (found === -1) continue;
    [rows[p], rows[found]] = [rows[found], rows[p]];
    const pivot = rows[p];
    for (let r = 0; r < rows.length; r += 1) {
      const b = rows[r][col];
      if (r === p || b === 0n) continue;
      const a = pivot[col];
      rows[r] = normalise(rows[r].map((v, c) => v * a - pivot[c] * b));
    }
    pivots.push({ row: p, col });
  }

  return pivots
    .filter(({ row, col }) => rows[row].every((v, c) => c === col || v === 0n))
    .map(({ col }) => unknowns[col])
    .sort((a, b) => a - b);
}

function normalise(row: bigint[]): bigint[] {
  let g = 0n;
  for (const v of row) g = gcd(g, v < 0n ? -v : v);
  return g > 1n ? row.map((v) => v / g) : row;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function sum(ids: readonly number[], entries: readonly Entry[]): number {
  return ids.reduce((acc, id) => acc + entries[id].count, 0);
}

function pick(key: CellKey, dims: readonly string[]): Record<string, KeyValue> {
  return Object.fromEntries(dims.map((d) => [d, key[d]]));
}

function groupBy(ids: readonly number[], keyOf: (id: number) => Record<string, KeyValue>): Map<string, { key: Record<string, KeyValue>; ids: number[] }> {
  const groups = new Map<string, { key: Record<string, KeyValue>; ids: number[] }>();
  for (const id of ids) {
    const key = keyOf(id);
    const code = JSON.stringify(Object.values(key));
    const group = groups.get(code);
    if (group) group.ids.push(id);
    else groups.set(code, { key, ids: [id] });
  }
  return groups;
}

function compareValues(a: KeyValue, b: KeyValue): number {
  const rank = (v: KeyValue) => (v === null ? 0 : typeof v === 'number' ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === 'number' && typeof b === 'number') return a === b ? 0 : a < b ? -1 : 1;
  if (typeof a === 'string' && typeof b === 'string') return a === b ? 0 : a < b ? -1 : 1;
  return 0;
}

function compareKeys(a: CellKey, b: CellKey, dims: readonly string[]): number {
  for (const d of dims) {
    const order = compareValues(a[d] ?? null, b[d] ?? null);
    if (order !== 0) return order;
  }
  return 0;
}

function validateDimensions(dimensions: readonly string[]): string[] {
  if (dimensions.length === 0) throw new RangeError('At least one dimension is required');
  if (new Set(dimensions).size !== dimensions.length) {
    throw new RangeError(`Duplicate dimension in ${JSON.stringify(dimensions)}`);
  }
  return [...dimensions];
}

function validateCell(cell: Cell, dims: readonly string[]): { key: Record<string, KeyValue>; count: number } {
  if (!Number.isSafeInteger(cell.count) || cell.count < 0) {
    throw new RangeError(`Cell count must be a non-negative integer, got ${cell.count}`);
  }
  for (const property of Object.keys(cell.key)) {
    if (!dims.includes(property)) throw new RangeError(`Cell key property '${property}' is not a dimension`);
  }
  const key: Record<string, KeyValue> = {};
  for (const d of dims) {
    const value = cell.key[d];
    const valid = value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
    if (!Object.hasOwn(cell.key, d) || !valid) {
      throw new RangeError(`Cell key ${JSON.stringify(cell.key)} needs a string, finite number or null for '${d}'`);
    }
    key[d] = typeof value === 'number' && Object.is(value, -0) ? 0 : value;
  }
  return { key, count: cell.count };
}
