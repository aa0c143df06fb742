import type { Position } from '@rujukan/event-store';

/**
 * What this process's own projection runners have committed: each runner that holds its projection's lease reports
 * the checkpoint it resumed from and every checkpoint it commits, so a read waiting for its own write
 * (`X-Min-Position`) is woken by the commit instead of polling. A projection led by another process is not `led`
 * here: whoever waits on it reads the checkpoints.
 */
export class LocalProjectionProgress {
  private readonly positions = new Map<string, Position>();
  private readonly listeners = new Set<(projection: string) => void>();

  /** Whether a runner of this process holds the projection's lease and has reported where it stands. */
  led(projection: string): boolean {
    return this.positions.has(projection);
  }

  position(projection: string): Position | undefined {
    return this.positions.get(projection);
  }

  committed(projection: string, position: Position): void {
    this.positions.set(projection, position);
    this.tell(projection);
  }

  /** The runner let its lease go (stopped, or the lease was lost): its progress is no longer known here. */
  released(projection: string): void {
    if (this.positions.delete(projection)) this.tell(projection);
  }

  /** Calls `listener` after each change; returns what stops it. */
  listen(listener: (projection: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private tell(projection: string): void {
    for (const listener of this.listeners) listener(projection);
  }
}
