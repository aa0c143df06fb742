import { comparePositions, type EventStore, type Position, type Subscription, type SubscriptionBatch } from '@rujukan/event-store';

/** A projection following the shared reader: it takes each batch and applies what is after its own checkpoint. */
export interface ReaderMember {
  readonly name: string;
  /** The event types the member handles: the reader's filter covers every member's. */
  readonly eventTypes: readonly string[];
  /** The last position the member has taken (applied, or waiting in its queue): it skips what is not after it. */
  position(): Position;
  /**
   * Hands the member a batch. Synchronous, never waits for the member's writes: false when the member leaves
   * (it fell a batch behind, or it stops), and then it catches up with reads of its own.
   */
  offer(batch: SubscriptionBatch): boolean;
  /** The reader lets the member go (it stops, or its reads failed): the member goes on with reads of its own. */
  dropped(): void;
}

export interface SharedLogReaderOptions {
  /** The event types to read from the start (every projection's): one read of the log serves them all. A member handling others adds them. */
  eventTypes?: readonly string[];
  batchSize?: number;
  /** Least time between two reads of the log while following live appends (see ProjectionRunnerOptions). */
  liveIntervalMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * One reader of the log for a process's projections. Each projection catches up with reads of its own (its
 * checkpoint, its filter) and, once a read of its own reached the end of the log, joins: from then on the reader
 * reads each page once, at most once per live interval, and offers it to every member; each applies only the
 * events after its own checkpoint, in a transaction of its own, and commits its own checkpoint. The reader never
 * waits for a member's writes: a member still busy gathers the next pages into one batch, and one that falls a
 * whole batch behind (a rebuild holds its checkpoint row, a fault, a slow write) leaves and catches up alone, so
 * no projection's trouble delays another's. A member that joins behind where the reader has come (it read the
 * head a moment earlier) sends the reader back to its position: the others skip what they have.
 */
export class SharedLogReader {
  private readonly members = new Set<ReaderMember>();
  /** Where the reader has read up to and offered to every member; null with no member. */
  private cursor: Position | null = null;
  /** The position the reader must read again from (a member joined behind the cursor). */
  private rewind: Position | null = null;
  private subscription: Subscription | null = null;
  private loop: Promise<void> | null = null;
  private stopped = false;
  /** Ends the wait for a first member. */
  private wakeIdle: (() => void) | null = null;
  /** Ends the live interval's pause (stop only: a join must not add a read). */
  private wakeFromPause: (() => void) | null = null;
  private readonly batchSize: number;
  private readonly liveIntervalMs: number;
  private readonly onError: (error: unknown) => void;
  private readonly eventTypes: Set<string>;
  /** Log reads sent, for specs and status. */
  reads = 0;

  constructor(
    private readonly store: EventStore,
    options: SharedLogReaderOptions,
  ) {
    this.eventTypes = new Set(options.eventTypes ?? []);
    this.batchSize = options.batchSize ?? 500;
    this.liveIntervalMs = options.liveIntervalMs ?? 0;
    this.onError = options.onError ?? (() => undefined);
  }

  /** The member follows the reader from its position (it has just read the log's end by itself). */
  join(member: ReaderMember): void {
    if (this.stopped) {
      member.dropped();
      return;
    }
    const at = member.position();
    this.members.add(member);
    const fresh = member.eventTypes.filter((type) => !this.eventTypes.has(type));
    for (const type of fresh) this.eventTypes.add(type);
    if (this.cursor === null) this.cursor = at;
    else if (fresh.length > 0 || comparePositions(at, this.cursor) < 0) {
      // The read in flight starts after the cursor, or leaves the member's types out: read again from the member's position.
      const from = comparePositions(at, this.cursor) < 0 ? at : this.cursor;
      this.rewind = this.rewind === null || comparePositions(from, this.rewind) < 0 ? from : this.rewind;
      void this.subscription?.close();
    }
    this.loop ??= this.run();
    this.wakeIdle?.();
  }

  leave(member: ReaderMember): void {
    if (!this.members.delete(member) || this.members.size > 0) return;
    // Nobody left to read for: the reader waits for the next member, from that member's position.
    this.cursor = null;
    this.rewind = null;
    void this.subscription?.close();
  }

  memberNames(): string[] {
    return [...this.members].map((m) => m.name);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeIdle?.();
    this.wakeFromPause?.();
    await this.subscription?.close();
    await this.loop;
    this.dropAll();
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      if (this.members.size === 0 || this.cursor === null) {
        await new Promise<void>((resolve) => (this.wakeIdle = resolve));
        this.wakeIdle = null;
        continue;
      }
      if (this.rewind !== null) {
        this.cursor = this.rewind;
        this.rewind = null;
      }
      try {
        await this.follow(this.cursor);
      } catch (error) {
        if (this.stopped) break;
        this.onError(error);
        // Every member reads alone again (and meets the same trouble there, reported as its own).
        this.dropAll();
        await this.pause(1000);
      }
    }
  }

  private async follow(from: Position): Promise<void> {
    const subscription = this.store.subscribe({ after: from, filter: { eventTypes: [...this.eventTypes] }, batchSize: this.batchSize });
    this.subscription = subscription;
    if (this.stopped) await subscription.close();
    const batches = subscription[Symbol.asyncIterator]();
    const readAhead = () => {
      this.reads++;
      const next = batches.next();
      next.catch(() => undefined);
      return next;
    };
    try {
      for (let next = readAhead(); ;) {
        const read = await next;
        if (read.done || this.stopped || this.rewind !== null || this.members.size === 0) break;
        const batch = read.value;
        const readAt = Date.now();
        const live = this.liveIntervalMs > 0 && batch.events.length < this.batchSize;
        if (!live) next = readAhead();
        this.cursor = batch.checkpoint;
        for (const member of [...this.members]) {
          if (!member.offer(batch)) this.leave(member);
        }
        if (this.members.size === 0) break;
        if (live) {
          await this.pause(this.liveIntervalMs - (Date.now() - readAt));
          if (this.stopped || this.rewind !== null || this.members.size === 0) break;
          next = readAhead();
        }
      }
    } finally {
      await subscription.close();
      void batches.return?.(undefined).catch(() => undefined);
      if (this.subscription === subscription) this.subscription = null;
    }
  }

  private dropAll(): void {
    const members = [...this.members];
    this.members.clear();
    this.cursor = null;
    this.rewind = null;
    for (const member of members) member.dropped();
  }

  private pause(ms: number): Promise<void> {
    if (this.stopped || ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeFromPause = done;
    });
  }
}
