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
