import {
  BACKWARDS,
  END,
  FORWARDS,
  KurrentDBClient,
  NO_STREAM,
  START as KURRENT_START,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
  eventTypeFilter,
  excludeSystemEvents,
  jsonEvent,
  streamNameFilter,
  type AllStreamResolvedEvent,
  type AppendStreamState,
  type Filter,
  type ResolvedEvent,
} from '@kurrent/kurrentdb-client';
import {
  EventStore,
  type AppendOptions,
  type AppendResult,
  type CommandClaim,
  type EventLookup,
  type EventMetadata,
  type ExpectedRevision,
  type GlobalFilter,
  type GlobalPage,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type StoredEvent,
  type SubscribeOptions,
  type Subscription,
  type SubscriptionBatch,
  type StreamHead,
} from '../event-store.js';
import { CommandClaimConflictError, EventIdConflictError, EventStoreUnavailableError, WrongExpectedRevisionError } from '../errors.js';
import { START, comparePositions, type Position } from '../position.js';
import { validateAppend } from '../validate-append.js';
import { validateLookup } from '../validate-lookup.js';
import { GENESIS_HASH, contentHash, linkHash, storedMetadata } from '../hash-chain.js';

export interface KurrentEventStoreOptions {
  /** `kurrentdb://` or `esdb://` connection string. */
  connectionString: string;
  /** How far back a retried append looks for its own event ids. */
  idempotencyWindow?: number;
}

const MAX_ANY_RETRIES = 20;

/** KurrentDB appends to one stream at a time: a command's claim is an event of its own stream, written before the command's. */
const claimStreamName = (commandId: string) => `rujukan-command-claim-${commandId.toLowerCase()}`;

/** Where the chain's link and recorded time travel in a KurrentDB event's metadata (taken out again on read). */
const CHAIN_KEY = 'rujukanChain';
interface ChainMetadata {
  hash: string;
  recordedAt: string;
}

/**
 * The event store on EventStoreDB / KurrentDB (`@kurrent/kurrentdb-client`). Every append is sent with
 * an exact expected revision, so the server's own idempotency applies to retries; `any` reads the head first.
 */
export class KurrentEventStore extends EventStore {
  private readonly client: KurrentDBClient;
  private readonly idempotencyWindow: number;
  private readonly subscriptions = new Set<KurrentSubscription>();

  constructor(options: KurrentEventStoreOptions) {
    super();
    this.client = KurrentDBClient.connectionString(options.connectionString);
    this.idempotencyWindow = options.idempotencyWindow ?? 100;
  }

  async append(streamName: string, events: readonly NewEvent[], expected: ExpectedRevision, options: AppendOptions = {}): Promise<AppendResult> {
    validateAppend(streamName, events, expected);
    if (options.claim && events.length > 0) await this.claimCommand(streamName, options.claim, events[0].metadata);
    const original = await this.findOriginalAppend(streamName, events);
    if (original) return original;
    if (events.length === 0) return this.appendNothing(streamName, expected);
    for (let attempt = 0; ; attempt++) {
      // The chain links to the stored predecessor, so every append names an exact revision and reads its hash.
      const previous = await this.predecessor(streamName, expected);
      const recordedAt = new Date();
      let link = previous.hash;
      const data = events.map((e, i) => {
        const metadata = storedMetadata(e.metadata);
        const content = contentHash({ streamName, id: e.id, type: e.type, data: e.data, metadata });
        link = linkHash(link, content, previous.revision + 1 + i, recordedAt);
        const chain: ChainMetadata = { hash: link.toString('hex'), recordedAt: recordedAt.toISOString() };
        return jsonEvent({ id: e.id.toLowerCase(), type: e.type, data: e.data as Record<string, unknown>, metadata: { ...metadata, [CHAIN_KEY]: chain } });
      });
      const state: AppendStreamState = previous.revision === -1 ? NO_STREAM : BigInt(previous.revision);
      try {
        const result = await this.client.appendToStream(streamName, data, { streamState: state });
        const position = result.position ?? (await this.positionOfRevision(streamName, Number(result.nextExpectedRevision)));
        return { streamName, nextExpectedRevision: Number(result.nextExpectedRevision), position, duplicate: false };
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw toStoreError(error);
        const again = await this.findOriginalAppend(streamName, events);
        if (again) return again;
        if ((expected === 'any' || expected === 'stream_exists') && attempt < MAX_ANY_RETRIES) continue;
        throw new WrongExpectedRevisionError(streamName, expected, await this.currentRevision(streamName));
      }
    }
  }

  async commandClaim(commandId: string): Promise<string | null> {
    const [claimed] = await this.readStream(claimStreamName(commandId), { maxCount: 1 });
    return claimed ? String(claimed.data.fingerprint) : null;
  }

  /**
   * KurrentDB's own path (two appends, not one transaction): the claim goes first, then the events with ids
   * derived from the command. A claim whose events a crash cut off holds no "in progress" state: a retry with
   * the same fingerprint passes it and appends the events; one with another fingerprint is refused.
   */
  private async claimCommand(streamName: string, claim: CommandClaim, metadata: EventMetadata): Promise<void> {
    let held = await this.commandClaim(claim.commandId);
    if (held === null) {
      const event: NewEvent = { id: claim.commandId, type: 'CommandClaimed', data: { fingerprint: claim.fingerprint, streamName }, metadata };
      try {
        await this.append(claimStreamName(claim.commandId), [event], 'no_stream');
        return;
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        held = await this.commandClaim(claim.commandId);
      }
    }
    if (held !== claim.fingerprint) throw new CommandClaimConflictError(claim.commandId);
  }

  async streamHeads(): Promise<StreamHead[]> {
    // KurrentDB keeps no table of heads: one pass over the log, keeping each stream's last event.
    const heads = new Map<string, StreamHead>();
    let after: Position = START;
    for (;;) {
      const page = await this.readAll({ after, maxCount: 1000 });
      for (const e of page.events) heads.set(e.streamName, { streamName: e.streamName, revision: e.revision, hash: e.hash, position: e.position });
      after = page.next;
      if (page.endOfLog) break;
    }
    return [...heads.values()].sort((a, b) => (a.streamName < b.streamName ? -1 : a.streamName > b.streamName ? 1 : 0));
  }

  /** The revision and hash the next event links to; refuses (as the server would) when `expected` does not hold. */
  private async predecessor(streamName: string, expected: ExpectedRevision): Promise<{ revision: number; hash: Buffer }> {
    if (expected === 'no_stream') return { revision: -1, hash: GENESIS_HASH };
    const [event] =
      typeof expected === 'number'
        ? await this.readStream(streamName, { fromRevision: expected, maxCount: 1 })
        : await this.readStream(streamName, { direction: 'backwards', maxCount: 1 });
    if (!event) {
      if (expected === 'any') return { revision: -1, hash: GENESIS_HASH };
      throw new WrongExpectedRevisionError(streamName, expected, await this.currentRevision(streamName));
    }
    return { revision: event.revision, hash: Buffer.from(event.hash, 'hex') };
  }

  async readStream(streamName: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    const backwards = options.direction === 'backwards';
    const out: StoredEvent[] = [];
    const maxCount = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    try {
      const reader = this.client.readStream(streamName, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision: options.fromRevision !== undefined ? BigInt(options.fromRevision) : backwards ? END : KURRENT_START,
        // Without a time limit the server can stop at maxCount; with one, events past it are skipped here.
        ...(options.until ? {} : { maxCount }),
      });
      for await (const resolved of reader) {
        const event = toStoredEvent(resolved);
        if (!event) continue;
        if (options.until && event.recordedAt > options.until) {
          if (backwards) continue;
          break;
        }
        out.push(event);
        if (out.length >= maxCount) break;
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw toStoreError(error);
    }
    return out;
  }

  async readAll(options: ReadAllOptions = {}): Promise<GlobalPage> {
    const after = options.after ?? START;
    const maxCount = options.maxCount ?? 500;
    const events: StoredEvent[] = [];
    try {
      const reader = this.client.readAll({
        direction: FORWARDS,
        fromPosition: comparePositions(after, START) === 0 ? KURRENT_START : after,
        // One more than asked: the server starts at `after` itself, which this port excludes.
        maxCount: maxCount + 1,
        filter: toFilter(options.filter),
      });
      for await (const resolved of reader) {
        const event = toStoredEvent(resolved);
        if (!event || comparePositions(event.position, after) <= 0) continue;
        if (!matchesStreamPrefix(event, options.filter)) continue;
        events.push(event);
        if (events.length >= maxCount) break;
      }
    } catch (error) {
      throw toStoreError(error);
    }
    return {
      events,
      next: events.length > 0 ? events[events.length - 1].position : after,
      endOfLog: events.length < maxCount,
    };
  }

  async findEvent(lookup: EventLookup): Promise<StoredEvent | null> {
    validateLookup(lookup);
    // No index to ask without a server projection: the server filters `$all` by type, the data is matched here.
    let found: StoredEvent | null = null;
    try {
      const reader = this.client.readAll({ direction: FORWARDS, fromPosition: KURRENT_START, filter: toFilter({ eventTypes: [lookup.type] }) });
      for await (const resolved of reader) {
        const event = toStoredEvent(resolved);
        if (event && event.type === lookup.type && event.data[lookup.field] === lookup.value) {
          found = event;
          break;
        }
      }
    } catch (error) {
      throw toStoreError(error);
    }
    return found;
  }

  subscribe(options: SubscribeOptions = {}): Subscription {
    const subscription = new KurrentSubscription(this.client, options, (s) => this.subscriptions.delete(s));
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<Position | null> {
    try {
      for await (const resolved of this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 20, filter: excludeSystemEvents() })) {
        const event = toStoredEvent(resolved);
        if (event) return event.position;
      }
      return null;
    } catch (error) {
      throw toStoreError(error);
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    await this.client.dispose();
  }

  private async appendNothing(streamName: string, expected: ExpectedRevision): Promise<AppendResult> {
    const actual = await this.currentRevision(streamName);
    const ok = expected === 'any' || (expected === 'no_stream' && actual === -1) || (expected === 'stream_exists' && actual >= 0) || expected === actual;
    if (!ok) throw new WrongExpectedRevisionError(streamName, expected, actual);
    const head = actual >= 0 ? (await this.readStream(streamName, { direction: 'backwards', maxCount: 1 }))[0] : undefined;
    return { streamName, nextExpectedRevision: actual, position: head?.position ?? START, duplicate: false };
  }

  /** A retried append finds its own ids among the stream's newest events and returns the original result. */
  private async findOriginalAppend(streamName: string, events: readonly NewEvent[]): Promise<AppendResult | null> {
    if (events.length === 0) return null;
    const recent = await this.readStream(streamName, { direction: 'backwards', maxCount: this.idempotencyWindow });
    const ids = events.map((e) => e.id.toLowerCase());
    const found = recent.filter((e) => ids.includes(e.id.toLowerCase())).reverse();
    if (found.length === 0) return null;
    const sameBatch = found.length === ids.length && found.every((e, i) => e.id.toLowerCase() === ids[i] && e.revision === found[0].revision + i);
    if (!sameBatch)
      throw new EventIdConflictError(
        streamName,
        found.map((e) => e.id),
      );
    const last = found[found.length - 1];
    return { streamName, nextExpectedRevision: last.revision, position: last.position, duplicate: true };
  }

  private async currentRevision(streamName: string): Promise<number> {
    const [last] = await this.readStream(streamName, { direction: 'backwards', maxCount: 1 });
    return last ? last.revision : -1;
  }

  private async positionOfRevision(streamName: string, revision: number): Promise<Position> {
    const [event] = await this.readStream(streamName, { fromRevision: revision, maxCount: 1 });
    return event?.position ?? START;
  }
}

/** Bridges the client's push-style subscription to the port's batches, with checkpoints past filtered events. */
class KurrentSubscription implements Subscription {
  private readonly queue: Array<SubscriptionBatch | Error | null> = [];
  private notify: (() => void) | null = null;
  private closed = false;
  private readonly inner;
  private readonly batchSize: number;

  constructor(
    client: KurrentDBClient,
    options: SubscribeOptions,
    private readonly onClose: (s: KurrentSubscription) => void,
  ) {
    const after = options.after ?? START;
    this.batchSize = options.batchSize ?? 500;
    const filter = toFilter(options.filter, (position) => this.push({ events: [], checkpoint: position }));
    this.inner = client.subscribeToAll({
      fromPosition: comparePositions(after, START) === 0 ? KURRENT_START : after,
      filter,
    });
    this.inner.on('data', (resolved: AllStreamResolvedEvent) => {
      const event = toStoredEvent(resolved);
      if (event && comparePositions(event.position, after) > 0 && matchesStreamPrefix(event, options.filter))
        this.push({ events: [event], checkpoint: event.position });
    });
    this.inner.on('error', (error: Error) => this.push(toStoreError(error) as Error));
    this.inner.on('end', () => this.push(null));
  }

  async *[Symbol.asyncIterator](): AsyncIterator<SubscriptionBatch> {
    try {
      while (!this.closed) {
        if (this.queue.length === 0) await new Promise<void>((resolve) => (this.notify = resolve));
        const item = this.queue.shift();
        if (item === undefined) continue;
        if (item === null) return;
        if (item instanceof Error) throw item;
        yield this.gather(item);
        // Catching up on a long log: let the server send more only once the consumer has caught up.
        if (this.inner.isPaused() && this.queue.length < this.batchSize) this.inner.resume();
      }
    } finally {
      await this.close();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.push(null);
    this.onClose(this);
    await this.inner.unsubscribe().catch(() => undefined);
  }

  /** Joins the queued events after `first` into one batch of at most batchSize, with the last checkpoint. */
  private gather(first: SubscriptionBatch): SubscriptionBatch {
    const events = [...first.events];
    let checkpoint = first.checkpoint;
    while (events.length < this.batchSize) {
      const next = this.queue[0];
      if (!next || next instanceof Error) break;
      this.queue.shift();
      events.push(...next.events);
      checkpoint = next.checkpoint;
    }
    return { events, checkpoint };
  }

  private push(item: SubscriptionBatch | Error | null): void {
    this.queue.push(item);
    if (this.queue.length > 4 * this.batchSize && !this.inner.isPaused()) this.inner.pause();
    const wake = this.notify;
    this.notify = null;
    wake?.();
  }
}

function toFilter(filter: GlobalFilter | undefined, onCheckpoint?: (position: Position) => void): Filter {
  const checkpointReached = onCheckpoint ? (_: unknown, position: Position) => onCheckpoint(position) : undefined;
  if (filter?.eventTypes) {
    const regex = `^(${filter.eventTypes.map(escapeRegex).join('|')})$`;
    return eventTypeFilter({ regex, checkpointReached });
  }
  if (filter?.streamPrefix) return streamNameFilter({ prefixes: [filter.streamPrefix], checkpointReached });
  return excludeSystemEvents({ checkpointReached });
}

// The server takes one filter; with both, event types go to the server and the prefix is checked here.
function matchesStreamPrefix(event: StoredEvent, filter: GlobalFilter | undefined): boolean {
  return !filter?.streamPrefix || event.streamName.startsWith(filter.streamPrefix);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function toStoredEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): StoredEvent | null {
  const event = resolved.event;
  if (!event || !event.isJson || event.type.startsWith('$')) return null;
  const { [CHAIN_KEY]: chain, ...metadata } = event.metadata as unknown as EventMetadata & { [CHAIN_KEY]?: ChainMetadata };
  return {
    id: event.id,
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata,
    streamName: event.streamId,
    revision: Number(event.revision),
    position: event.position ?? { commit: resolved.commitPosition ?? 0n, prepare: resolved.commitPosition ?? 0n },
    // The chain's recorded time is the one its hash covers; the server's `created` is not in our hands.
    recordedAt: chain ? new Date(chain.recordedAt) : event.created,
    hash: chain?.hash ?? '',
  };
}

function toStoreError(error: unknown): unknown {
  if (error instanceof UnavailableError) return new EventStoreUnavailableError(error);
  return error;
}
