import type { GlobalPage, Subscription, SubscriptionBatch } from './event-store.js';
import { comparePositions, type Position } from './position.js';

/** Tells waiting subscribers that something was appended; counts signals so none is missed between read and wait. */
export class Wakeup {
  /** Highest global sequence number announced so far (PostgreSQL `global_position`). */
  latest: bigint | null = null;
  generation = 0;
  private readonly waiters = new Set<() => void>();

  signal(sequence: bigint | null): void {
    if (sequence !== null && (this.latest === null || sequence > this.latest)) this.latest = sequence;
    this.generation++;
    for (const wake of [...this.waiters]) wake();
  }

  /** Resolves on the first signal after `generation`, or after `ms`, or when `interrupt` fires. */
  waitSince(generation: number, ms: number, interrupt: (cancel: () => void) => void): Promise<void> {
    if (this.generation !== generation) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.add(done);
      interrupt(done);
    });
  }
}

export interface PollingSubscriptionOptions {
  readPage(after: Position, maxCount: number): Promise<GlobalPage>;
  after: Position;
  batchSize: number;
  wakeup: Wakeup;
  pollIntervalMs: number;
  onClose(subscription: PollingSubscription): void;
  isUnavailable(error: unknown): boolean;
}

const FIRST_RETRY_MS = 2;
const MAX_UNAVAILABLE_BACKOFF_MS = 5000;

/** Catch-up then live: pages through the log, and between pages waits for a wakeup or the poll interval. */
export class PollingSubscription implements Subscription {
  private closed = false;
  private cancelWait: (() => void) | null = null;
  private started = false;

  constructor(private readonly options: PollingSubscriptionOptions) {}

  async *[Symbol.asyncIterator](): AsyncIterator<SubscriptionBatch> {
    if (this.started) throw new Error('a subscription can be iterated only once');
    this.started = true;
    const { wakeup, batchSize, pollIntervalMs } = this.options;
    let cursor = this.options.after;
    let seen = cursor.prepare;
    let retryMs = FIRST_RETRY_MS;
    let unavailableMs = 100;
    try {
      while (!this.closed) {
        const generation = wakeup.generation;
        let page: GlobalPage;
        try {
          page = await this.options.readPage(cursor, batchSize);
          unavailableMs = 100;
        } catch (error) {
          if (!this.options.isUnavailable(error)) throw error;
          await this.pause(wakeup.generation, unavailableMs);
          unavailableMs = Math.min(unavailableMs * 2, MAX_UNAVAILABLE_BACKOFF_MS);
          continue;
        }
        if (this.closed) return;
        if (page.events.length > 0 || comparePositions(page.next, cursor) > 0) {
          cursor = page.next;
          for (const event of page.events) if (event.position.prepare > seen) seen = event.position.prepare;
          if (page.next.prepare > seen) seen = page.next.prepare;
          yield { events: page.events, checkpoint: page.next };
        }
        if (!page.endOfLog) continue;
        if (wakeup.latest !== null && wakeup.latest > seen) {
          // Announced but not yet visible: an older transaction is still open. Look again soon.
          await this.pause(generation, Math.min(retryMs, pollIntervalMs));
          retryMs = Math.min(retryMs * 2, pollIntervalMs);
          continue;
        }
        retryMs = FIRST_RETRY_MS;
        await this.pause(generation, pollIntervalMs);
      }
    } finally {
      await this.close();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.cancelWait?.();
    this.options.onClose(this);
  }

  private async pause(generation: number, ms: number): Promise<void> {
    if (this.closed) return;
    await this.options.wakeup.waitSince(generation, ms, (cancel) => {
      this.cancelWait = cancel;
    });
    this.cancelWait = null;
  }
}
