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
