import {
  comparePositions,
  EventStoreUnavailableError,
  type EventStore,
  type GlobalPage,
  type Position,
  type StoredEvent,
  type SubscriptionBatch,
} from '@rujukan/event-store';
import type { DataSource } from 'typeorm';
import { applyProjectionBatch } from './apply-batch.js';
import { CheckpointMovedError, loadCheckpoint } from './checkpoint-store.js';
import type { Projection } from './projection.js';
import type { LocalProjectionProgress } from './local-progress.js';
import { ProjectionLeases, type ProjectionLease } from './projection-leases.js';
import type { ParkedFault } from './projection-faults.js';
import { SharedLogReader, type ReaderMember } from './shared-log-reader.js';

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
  /**
   * The process's one reader of the log, shared with its other runners: once caught up the runner applies its
   * batches instead of reading for itself. Without it the runner has a reader of its own.
   */
  reader?: SharedLogReader;
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
 * runner moved the checkpoint meanwhile (a lease lost with its connection and taken elsewhere). It reads the log
 * itself only to catch up; at the log's end it takes its batches from the shared reader (`SharedLogReader`).
 */
export class ProjectionRunner {
  private stopped = false;
  private loop: Promise<void> | null = null;
  private lease: ProjectionLease | null = null;
  private readonly leases: ProjectionLeases;
  private readonly ownLeases: boolean;
  private readonly progress: LocalProjectionProgress | null;
  private readonly reader: SharedLogReader;
  private readonly ownReader: boolean;
  private readonly eventTypes: ReadonlySet<string>;
  /** Ends the follow in progress (stop). */
  private interrupt: (() => void) | null = null;
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
    this.eventTypes = new Set(projection.eventTypes);
    this.ownReader = options.reader === undefined;
    this.reader =
      options.reader ??
      new SharedLogReader(store, {
        eventTypes: projection.eventTypes,
        batchSize: this.batchSize,
        liveIntervalMs: this.liveIntervalMs,
        onError: (error) => this.onError(projection.name, error),
      });
  }

  start(): void {
    this.loop ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeFromPause?.();
    this.interrupt?.();
    await this.loop;
    if (this.ownReader) await this.reader.stop();
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

  /**
   * Follows the log under the lease: reads of its own from the checkpoint until one reaches the log's end, then
   * the shared reader's batches; back to reads of its own when it falls behind the reader (or the reader lets it go).
   */
  private async follow(): Promise<void> {
    let saved = (await loadCheckpoint(this.dataSource, this.projection.name)).position;
    let savedAt = Date.now();
    this.position = saved;
    this.progress?.committed(this.projection.name, saved);
    // Moving past ignored events costs a transaction: it is saved now and then, and at the latest idleCheckpointMs later.
    let pending: Position | null = null;
    let flushTimer: NodeJS.Timeout | null = null;
    let flushing: Promise<void> = Promise.resolve();
    let failure: unknown = null;
    let ended = false;
    /** Ends the current phase (own reads or the shared reader's batches). */
    let interrupt: (() => void) | null = null;
    const end = () => {
      ended = true;
      interrupt?.();
    };
    const fail = (error: unknown) => {
      failure ??= error;
      end();
    };
    this.interrupt = end;
    const commit = async (to: Position, events: readonly StoredEvent[]) => {
      if (!this.lease) throw new Error(`projection ${this.projection.name} has no lease: a batch is written only under its lease`);
      const outcome = await applyProjectionBatch(this.dataSource, this.projection, { from: saved, to, events });
      for (const fault of outcome.parked) this.onParked(fault);
      saved = to;
      savedAt = Date.now();
      this.position = saved;
      this.progress?.committed(this.projection.name, saved);
    };
    const flushSoon = () => {
      flushTimer ??= setTimeout(
        () => {
          flushTimer = null;
          flushing = flushing.then(() => (pending && comparePositions(pending, saved) > 0 ? commit(pending, []) : undefined)).catch(fail);
        },
        Math.max(0, this.idleCheckpointMs - (Date.now() - savedAt)),
      );
    };
    /** The last position taken: committed, or past ignored events only and waiting to be saved. */
    const taken = () => (pending && comparePositions(pending, saved) > 0 ? pending : saved);
    const take = async (batch: SubscriptionBatch) => {
      await flushing;
      if (failure || comparePositions(batch.checkpoint, saved) <= 0) return;
      if (batch.events.length === 0 && Date.now() - savedAt < this.idleCheckpointMs) {
        pending = batch.checkpoint;
        flushSoon();
      } else {
        pending = null;
        await commit(batch.checkpoint, batch.events);
      }
    };
    const over = () => this.stopped || ended || failure !== null;
    const watchdog = setInterval(() => void this.checkLease(end), this.leaseCheckMs);
    try {
      while (!over()) {
        await this.catchUp(taken, take, over);
        if (over()) break;
        const outcome = await this.joinReader(taken, take, fail, (stop) => (interrupt = stop));
        interrupt = null;
        // Let go by the reader (it stops, or its read failed): read alone again after a live interval.
        if (outcome === 'dropped' && !over()) await this.pause(Math.max(this.liveIntervalMs, 50));
      }
    } finally {
      this.interrupt = null;
      clearInterval(watchdog);
      if (flushTimer) clearTimeout(flushTimer);
      await flushing;
    }
    if (failure) throw failure;
  }

  /**
   * Reads of its own, from where the projection stands, until one reaches the log's end. The next page is read while
   * this one is applied: catching up waits on the log and on the writes at once, not in turn.
   */
  private async catchUp(taken: () => Position, take: (batch: SubscriptionBatch) => Promise<void>, over: () => boolean): Promise<void> {
    const read = (after: Position) => {
      const page = this.store.readAll({ after, maxCount: this.batchSize, filter: { eventTypes: this.projection.eventTypes } });
      // Awaited below; this only keeps a read left pending when the loop ends from surfacing as an unhandled rejection.
      page.catch(() => undefined);
      return page;
    };
    let unavailableMs = 100;
    for (let next = read(taken()); ;) {
      let page: GlobalPage;
      try {
        page = await next;
        unavailableMs = 100;
      } catch (error) {
        // The database is away (a restart): wait for it without a warning, as a subscription does.
        if (!(error instanceof EventStoreUnavailableError) || over()) throw error;
        await this.pause(unavailableMs);
        unavailableMs = Math.min(unavailableMs * 2, 5000);
        if (over()) return;
        next = read(taken());
        continue;
      }
      if (over()) return;
      if (!page.endOfLog) next = read(page.next);
      await take({ events: page.events, checkpoint: page.next });
      if (page.endOfLog || over()) return;
    }
  }

  /**
   * Follows the shared reader until it falls a batch behind ('behind'), the reader lets it go ('dropped') or the
   * phase is ended (stop, lease lost, a failure). Batches arriving while one is applied are gathered into one.
   */
  private joinReader(
    taken: () => Position,
    take: (batch: SubscriptionBatch) => Promise<void>,
    fail: (error: unknown) => void,
    onInterrupt: (stop: () => void) => void,
  ): Promise<'behind' | 'dropped' | 'ended'> {
    const types = this.eventTypes;
    return new Promise((resolve) => {
      let given = taken();
      let queued: SubscriptionBatch | null = null;
      let busy = false;
      let current: Promise<void> = Promise.resolve();
      let left = false;
      const finish = (outcome: 'behind' | 'dropped' | 'ended') => {
        if (left) return;
        left = true;
        queued = null;
        this.reader.leave(member);
        // What is being applied finishes first: the next reads start from its checkpoint.
        void current.then(() => resolve(outcome));
      };
      const drain = () => {
        busy = true;
        current = (async () => {
          try {
            while (queued && !left) {
              const batch: SubscriptionBatch = queued;
              queued = null;
              await take(batch);
            }
          } catch (error) {
            fail(error);
          } finally {
            busy = false;
          }
        })();
      };
      const member: ReaderMember = {
        name: this.projection.name,
        eventTypes: this.projection.eventTypes,
        position: () => given,
        offer: (batch) => {
          if (left) return false;
          if (comparePositions(batch.checkpoint, given) <= 0) return true;
          const after = given;
          const events = batch.events.filter((e) => types.has(e.type) && comparePositions(e.position, after) > 0);
          given = batch.checkpoint;
          if (queued) {
            // A whole batch behind while one is still applied: catch up alone rather than gather without end.
            if (queued.events.length + events.length > this.batchSize) {
              finish('behind');
              return false;
            }
            queued = { events: [...queued.events, ...events], checkpoint: batch.checkpoint };
          } else queued = { events, checkpoint: batch.checkpoint };
          if (!busy) drain();
          return true;
        },
        dropped: () => finish('dropped'),
      };
      onInterrupt(() => finish('ended'));
      this.reader.join(member);
    });
  }

  private async takeLease(): Promise<boolean> {
    this.lease = await this.leases.take(this.projection.name);
    return this.lease !== null;
  }

  /** A lease whose connection died may already be someone else's: stop following and take it again. */
  private async checkLease(end: () => void): Promise<void> {
    const lease = this.lease;
    if (!lease || (await this.leases.alive(lease))) return;
    this.onError(this.projection.name, new Error(`the lease of projection ${this.projection.name} was lost with its connection`));
    end();
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
