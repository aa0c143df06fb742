// PostgreSQL's admin shutdown, crash recovery, too many connections and connection failure classes.
const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '53300', '08000', '08003', '08006', '08001', '08004']);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);
const CONNECTION_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i;

/**
 * Whether an error means the database could not be reached (retry later, HTTP 503) rather than that the
 * request or the code was wrong. Looks through TypeORM's `driverError` wrapper too.
 */
export function isConnectionError(error: unknown): boolean {
  if (error === null || typeof error !== 'object') return false;
  const { code, driverError } = error as { code?: unknown; driverError?: unknown };
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || NETWORK_CODES.has(code))) return true;
  if (error instanceof Error && CONNECTION_MESSAGES.test(error.message)) return true;
  return driverError !== undefined && driverError !== error && isConnectionError(driverError);
}
