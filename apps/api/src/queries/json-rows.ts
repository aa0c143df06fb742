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
