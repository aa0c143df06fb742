import type { EntityManager } from 'typeorm';

/**
 * What the projections that fold a batch in memory share: they read the rows the batch touches in one SELECT, apply
 * its events to them in TypeScript and write every changed row of a table in one statement.
 */

/** A uuid column answers in lower case, whatever case the event wrote the id in: rows are keyed by this. */
export const uuidKey = (id: string): string => id.toLowerCase();

/** A row type's columns, listed in a record so the compiler rejects a list that misses or invents a column. */
export const columnsOf = <R>(columns: Record<keyof R, true>): Array<keyof R & string> => Object.keys(columns) as Array<keyof R & string>;

/**
 * The statement that writes the rows a batch changed, sent as one JSON array (`$1`). `derived` computes columns
 * from the others in SQL (an expression over the JSON row's columns). The guard keeps a row from moving back to an
 * older revision, as each event's guarded write did.
 */
export function upsertStatement(table: string, key: readonly string[], columns: readonly string[], derived: Readonly<Record<string, string>> = {}): string {
  const written = [...columns, ...Object.keys(derived)];
  const selected = [...columns, ...Object.entries(derived).map(([column, expression]) => `${expression} AS ${column}`)];
  return `
  INSERT INTO ${table} (${written.join(', ')})
  SELECT ${selected.join(', ')} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)
  ON CONFLICT (${key.join(', ')}) DO UPDATE SET ${written
    .filter((column) => !key.includes(column))
    .map((column) => `${column} = excluded.${column}`)
    .join(', ')}
  WHERE ${table}.last_revision <= excluded.last_revision`;
}

/** Runs an `upsertStatement` over the changed rows; none, no statement. */
export async function writeRows(manager: EntityManager, upsert: string, rows: readonly object[]): Promise<void> {
  if (rows.length > 0) await manager.query(upsert, [JSON.stringify(rows)]);
}

/** A row as pg hands it back: its timestamptz columns `T` as Date. */
export type Stored<R, T extends keyof R> = Omit<R, T> & { [K in T]: null extends R[K] ? Date | null : Date };

/**
 * Turns a row as pg hands it back into the row a projection folds, its timestamptz columns `times` as ISO strings
 * (as the events carry times): `storedRow<Row>()(['opened_at'])`.
 */
export const storedRow =
  <R>() =>
  <T extends keyof R>(times: readonly T[]) =>
  (row: Stored<R, T>): R => {
    const copy: Record<string, unknown> = { ...row };
    for (const column of times) {
      const value = copy[column as string];
      if (value instanceof Date) copy[column as string] = value.toISOString();
    }
    return copy as R;
  };

/** The value `key` holds in `map`, put there first from `create` if none is: a batch's rows grouped by case. */
export function entryOf<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = create()));
  return value;
}

/** A table holding several rows per case (its services, its stage periods), each named within the case by `keyOf`. */
export interface CaseRowsTable<E, R extends { case_id: string }, K, S> {
  select: string;
  upsert: string;
  fromStored: (row: S) => R;
  keyOf: (row: R) => K;
  evolve: (rows: ReadonlyMap<K, R>, event: E, revision: number) => R[];
}

/**
 * A batch over such a table: reads the rows of the cases the events name in one SELECT, folds each event into its
 * case's rows in memory and writes each changed row once.
 */
export async function foldCaseRows<E extends { data: { caseId: string } }, R extends { case_id: string }, K, S>(
  manager: EntityManager,
  events: ReadonlyArray<{ event: E; revision: number }>,
  table: CaseRowsTable<E, R, K, S>,
): Promise<void> {
  const named = [...new Set(events.map(({ event }) => uuidKey(event.data.caseId)))];
  const found: S[] = await manager.query(table.select, [named]);
  const byCase = new Map<string, Map<K, R>>();
  const rowsOf = (caseId: string) => entryOf(byCase, uuidKey(caseId), () => new Map<K, R>());
  for (const row of found.map(table.fromStored)) rowsOf(row.case_id).set(table.keyOf(row), row);
  const changed = new Map<string, R>();
  for (const { event, revision } of events) {
    for (const row of table.evolve(rowsOf(event.data.caseId), event, revision)) {
      rowsOf(row.case_id).set(table.keyOf(row), row);
      // A uuid has no space: the key cannot be read two ways, whatever the row's own key.
      changed.set(`${uuidKey(row.case_id)} ${String(table.keyOf(row))}`, row);
    }
  }
  await writeRows(manager, table.upsert, [...changed.values()]);
}
