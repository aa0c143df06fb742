/** The year (or month) of a timestamptz column in WIB, as SQL: the calendar the task forces count by. */
export const inWib = (field: 'year' | 'month', column: string) => `extract(${field} FROM ${column} AT TIME ZONE 'Asia/Jakarta')::int`;
