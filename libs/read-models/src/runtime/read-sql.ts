import type pg from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Runs one of the read side's fixed statements as a named prepared statement on the read models' pool: each
 * connection parses and plans it once. The queue and case statements gather several lists in one statement,
 * and planning them anew on every request cost PostgreSQL more than running them. `text` must be the same
 * for a `name` every time (a constant, values only in `values`).
 */
export async function preparedQuery<R extends pg.QueryResultRow>(dataSource: DataSource, name: string, text: string, values: unknown[]): Promise<R[]> {
  const pool = (dataSource.driver as unknown as { master: pg.Pool }).master;
  return (await pool.query<R>({ name: `rujukan_read_${name}`, text, values })).rows;
}

/**
 * Rows that PostgreSQL returned inside JSON (`json_agg`), with their times turned back into Date as the
 * driver gives them for plain rows, so an answer is the same whichever way its rows were read.
 */
export function withDates(row: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const out = { ...row };
  for (const field of fields) if (typeof out[field] === 'string') out[field] = new Date(out[field] as string);
  return out;
}

/** `SELECT coalesce(json_agg(x ORDER BY order), '[]') FROM (select) x`: a list as one column of one row. */
export function jsonList(select: string, order: string): string {
  return `(SELECT coalesce(json_agg(x ORDER BY ${order}), '[]') FROM (${select}) x)`;
}
