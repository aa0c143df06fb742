let stopping = false;
let watching = false;

/**
 * Notes when the process is asked to stop. Ctrl-C signals the whole process group, the embedded PostgreSQL
 * too, which then ends every connection at once: from that moment a lost connection is expected, not news.
 */
export function watchForShutdown(): void {
  // An app started after another closed in the same process (the specs do) starts out running.
  stopping = false;
  if (watching) return;
  watching = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, markShuttingDown);
}

export function markShuttingDown(): void {
  stopping = true;
}

export const isShuttingDown = (): boolean => stopping;

/** How long a lost connection waits for the stop signal that may explain it. */
const SIGNAL_GRACE_MS = 1000;

/**
 * Says a connection was lost: at debug once the process is stopping, else at warn — after a moment's grace. On
 * Ctrl-C the embedded PostgreSQL, in the same process group, may end its connections just before the signal
 * reaches this process; the warning then waits to see whether a stop explains it.
 */
export function reportConnectionLoss(message: string, log: { warn(message: string): unknown; debug(message: string): unknown }): void {
  if (isShuttingDown()) {
    log.debug(message);
    return;
  }
  setTimeout(() => (isShuttingDown() ? log.debug(message) : log.warn(message)), SIGNAL_GRACE_MS).unref();
}
