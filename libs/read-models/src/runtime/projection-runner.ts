import { comparePositions, type EventStore, type Position, type StoredEvent, type Subscription } from '@rujukan/event-store';
import type { DataSource } from 'typeorm';
import { applyProjectionBatch } from './apply-batch.js';
import { CheckpointMovedError, loadCheckpoint } from './checkpoint-store.js';
import type { Projection } from './projection.js';
import type { LocalProjectionProgress } from './local-progress.js';
import { ProjectionLeases, type ProjectionLease } from './projection-leases.js';
import type { ParkedFault } from './projection-faults.js';

export interface ProjectionRunnerOptions {
  batchSize?: number;
  /** How often a runner without the lease tries to take it. */
  leaseRetryMs?: number;
  /** How often a runner with the lease checks that its lease connection is still alive. */
  leaseCheckMs?: number;
  /** Least time between two saves of a checkpoint that only moved past events the projection ignores (read-your-writes waits on it). */
  idleCheckpointMs?: number;
  /**
   * Least time between two reads of the log while following live appends (after a batch smaller than
   * batchSize). Under a stream of commands each batch then gathers what arrived meanwhile, so the
   * projector spends one read and one transaction per interval instead of one per append; the price is at
   * most this much more lag. Catching up (full batches) is not slowed.
   */
  liveIntervalMs?: number;
  onError?: (projection: string, error: unknown) => void;
  /** The lease connection to share with the process's other runners; without it the runner opens one of its own. */
  leases?: ProjectionLeases;
  /** Told of each checkpoint committed while the lease is held (reads waiting for their own writes are woken by it). */
  progress?: LocalProjectionProgress;
  /** An event the projection could not apply was parked (the runner goes on with every other stream). */
  onParked?: (fault: ParkedFault) => void;
}

export interface ProjectionStatus {
  name: string;
  leaseHeld: boolean;
  position: Position | null;
}

/**
 * Runs one projection: takes its lease (a PostgreSQL advisory lock on the lease connection, so one runner per
 * projection across processes), resumes from the checkpoint, and applies each batch with the new checkpoint
 * in one transaction (`applyProjectionBatch`: an event it cannot apply is parked, not retried forever). A batch
 * borrows a pooled connection for its transaction only; its checkpoint's compare-and-set refuses it if another
 * runner moved the checkpoint meanwhile (a lease lost with its connection and taken elsewhere).
 */
export class ProjectionRunner {
  private stopped = false;
  private loop: Promise<void> | null = null;
  private lease: ProjectionLease | null = null;
  private readonly leases: ProjectionLeases;
  private readonly ownLeases: boolean;
  private readonly progress: LocalProjectionProgress | null;
  private subscription: Subscription | null = null;
  private position: Position | null = null;
  private readonly batchSize: number;
  private readonly leaseRetryMs: number;
  private readonly leaseCheckMs: number;
  private readonly idleCheckpointMs: number;
  private readonly liveIntervalMs: number;
  private wakeFromPause: (() => void) | null = null;
  private readonly onError: (projection: string, error: unknown) => void;
  private readonly onParked: (fault: ParkedFault) => void;

  constructor(
    private readonly store: EventStore,
    private readonly dataSource: DataSource,
    private readonly projection: Projection,
    options: ProjectionRunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.leaseRetryMs = options.leaseRetryMs ?? 2000;
    this.leaseCheckMs = options.leaseCheckMs ?? 5000;
    this.idleCheckpointMs = options.idleCheckpointMs ?? 250;
    this.liveIntervalMs = options.liveIntervalMs ?? 0;
    this.onError = options.onError ?? (() => undefined);
    this.onParked = options.onParked ?? (() => undefined);
    this.ownLeases = options.leases === undefined;
    this.leases = options.leases ?? ProjectionLeases.on(dataSource);
    this.progress = options.progress ?? null;
  }

  start(): void {
    this.loop ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeFromPause?.();
    await this.subscription?.close();
    await this.loop;
    if (this.ownLeases) await this.leases.close();
  }

  status(): ProjectionStatus {
    return { name: this.projection.name, leaseHeld: this.lease !== null, position: this.position };
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      try {
        if (!(await this.takeLease())) {
          await this.pause(this.leaseRetryMs);
          continue;
        }
        if (!this.stopped) await this.follow();
      } catch (error) {
        if (!this.stopped) this.onError(this.projection.name, error);
        await this.pause(error instanceof CheckpointMovedError ? 0 : 1000);
      } finally {
        await this.releaseLease();
      }
    }
  }

  private async follow(): Promise<void> {
    let saved = (await loadCheckpoint(this.dataSource, this.projection.name)).position;
    let savedAt = Date.now();
    this.position = saved;
    this.progress?.committed(this.projection.name, saved);
    const subscription = this.store.subscribe({
      after: saved,
      filter: { eventTypes: this.projection.eventTypes },
      batchSize: this.batchSize,
    });
    this.subscription = subscription;
    // stop() may have run while the checkpoint was loading, before there was a subscription to close.
    if (this.stopped) await subscription.close();
    const watchdog = setInterval(() => void this.checkLease(subscription), this.leaseCheckMs);
    const commit = async (to: Position, events: readonly StoredEvent[]) => {
      if (!this.lease) throw new Error(`projection ${this.projection.name} has no lease: a batch is written only under its lease`);
      const outcome = await applyProjectionBatch(this.dataSource, this.projection, { from: saved, to, events });
      for (const fault of outcome.parked) this.onParked(fault);
      saved = to;
      savedAt = Date.now();
      this.position = saved;
      this.progress?.committed(this.projection.name, saved);
    };
    // Moving past ignored events costs a transaction: it is saved now and then, and at the latest idleCheckpointMs later.
    let pending: Position | null = null;
    let flushTimer: NodeJS.Timeout | null = null;
    let flushing: Promise<void> = Promise.resolve();
    let failure: unknown = null;
    const flushSoon = () => {
      flushTimer ??= setTimeout(
        () => {
          flushTimer = null;
          flushing = flushing
            .then(() => (pending && comparePositions(pending, saved) > 0 ? commit(pending, []) : undefined))
            .catch(async (error: unknown) => {
              failure = error;
              await subscription.close();
            });
        },
        Math.max(0, this.idleCheckpointMs - (Date.now() - savedAt)),
      );
    };
    const batches = subscription[Symbol.asyncIterator]();
    // The next page is read while this one is applied: catching up waits on the log and on the writes at once, not in turn.
    const readAhead = () => {
      const next = batches.next();
      // Awaited below; this only keeps a read left pending when the loop ends from surfacing as an unhandled rejection.
      next.catch(() => undefined);
      return next;
    };
    try {
      for (let next = readAhead(); ;) {
        const read = await next;
        if (read.done || this.stopped) break;
        const batch = read.value;
        const readAt = Date.now();
        // A short batch means the log's end was reached: wait out the live interval before reading again.
        const live = this.liveIntervalMs > 0 && batch.events.length < this.batchSize;
        if (!live) next = readAhead();
        await flushing;
        if (failure) break;
        if (comparePositions(batch.checkpoint, saved) > 0) {
          if (batch.events.length === 0 && Date.now() - savedAt < this.idleCheckpointMs) {
            pending = batch.checkpoint;
            flushSoon();
          } else {
            pending = null;
            await commit(batch.checkpoint, batch.events);
          }
        }
        if (live) {
          await this.pause(this.liveIntervalMs - (Date.now() - readAt));
          next = readAhead();
        }
      }
    } finally {
      clearInterval(watchdog);
      if (flushTimer) clearTimeout(flushTimer);
      await flushing;
      await subscription.close();
      // Ends the iteration once a read still in flight settles (not awaited: that read may be what failed).
      void batches.return?.(undefined).catch(() => undefined);
      this.subscription = null;
    }
    if (failure) throw failure;
  }

  private async takeLease(): Promise<boolean> {
    this.lease = await this.leases.take(this.projection.name);
    return this.lease !== null;
  }

  /** A lease whose connection died may already be someone else's: stop following and take it again. */
  private async checkLease(subscription: Subscription): Promise<void> {
    const lease = this.lease;
    if (!lease || (await this.leases.alive(lease))) return;
    this.onError(this.projection.name, new Error(`the lease of projection ${this.projection.name} was lost with its connection`));
    await subscription.close();
  }

  private pause(ms: number): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeFromPause = done;
    });
  }

  private async releaseLease(): Promise<void> {
    const lease = this.lease;
    this.lease = null;
    if (!lease) return;
    this.progress?.released(this.projection.name);
    await this.leases.release(lease);
  }
}
