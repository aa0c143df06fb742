const DAY_MS = 86_400_000;

/**
 * How long after its `attempt`-th failure (1, 2, …) a delivery is tried again: the base, doubled at each further
 * failure, at most a day. No jitter: deliveries are spread by when their events happened, and a fixed schedule is
 * one an administrator can read off the attempts.
 */
export function retryDelayMs(attempt: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempt - 1), DAY_MS);
}

/** When to try again after this failure, or null when it was the last attempt allowed (a dead letter). */
export function nextAttemptAt(attemptsSoFar: number, maxAttempts: number, baseMs: number, now: Date): Date | null {
  const attempt = attemptsSoFar + 1;
  return attempt >= maxAttempts ? null : new Date(now.getTime() + retryDelayMs(attempt, baseMs));
}
