import type { Position } from './position.js';

/** Who did it, on whose behalf, why it happened: carried by every stored event. */
export interface EventMetadata {
  actor: string;
  role: string;
  agency: string;
  correlationId: string;
  causationId: string | null;
  commandId: string;
  /** ISO-8601 time the command was issued, as the caller saw it. */
  occurredAt: string;
}

export interface NewEvent<TType extends string = string, TData extends object = Record<string, unknown>> {
  /** UUID; appending an id that is already stored appends nothing and returns the original result. */
  id: string;
  type: TType;
  data: TData;
  metadata: EventMetadata;
}

export interface StoredEvent<TType extends string = string, TData extends object = Record<string, unknown>> extends NewEvent<TType, TData> {
  streamName: string;
  /** 0-based revision of the event within its stream. */
  revision: number;
  /** Place in the global log; checkpoint it to resume a subscription after this event. */
  position: Position;
  recordedAt: Date;
  /** Hex SHA-256 link of the stream's hash chain (see hash-chain.ts). */
  hash: string;
}

/**
 * `no_stream`: the stream must not exist; `stream_exists`: it must have at least one event;
 * `any`: no check; a number: the revision of the stream's last event.
 */
export type ExpectedRevision = 'no_stream' | 'stream_exists' | 'any' | number;

export interface AppendResult {
  streamName: string;
  /** Revision of the last event now in the stream; pass it as the next expected revision. */
  nextExpectedRevision: number;
  /** Global position of the last appended event. */
  position: Position;
  /** True when every event id was already stored and nothing was appended. */
  duplicate: boolean;
}

/**
 * A command's claim on its id, written in the same transaction as its events: the claim exists exactly when the
 * command's events do, so there is never a claim "in progress" for a crash to leave behind.
 */
export interface CommandClaim {
  /** The command's id; its events' ids derive from it. */
  commandId: string;
  /** What the command was asked (a hash of the request, never the request): the same id asking something else is refused. */
  fingerprint: string;
}

export interface AppendOptions {
  /**
   * Records the claim with the events. When the command id is claimed already with the same fingerprint, the
   * append is a duplicate and answers the original append (`duplicate: true`, even if the events now decided
   * differ); with another fingerprint it throws CommandClaimConflictError. Either way nothing is appended.
   */
  claim?: CommandClaim;
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Inclusive; forwards defaults to 0, backwards to the stream's end. */
  fromRevision?: number;
  maxCount?: number;
  /** Only events recorded at or before this time. */
  until?: Date;
}

export interface GlobalFilter {
  eventTypes?: readonly string[];
  streamPrefix?: string;
}

export interface ReadAllOptions {
  /** Exclusive: events after this position. Defaults to the start of the log. */
  after?: Position;
  maxCount?: number;
  filter?: GlobalFilter;
}

export interface GlobalPage {
  events: StoredEvent[];
  /** Checkpoint to continue from; moves past events the filter left out. */
  next: Position;
  /** True when the read reached the end of what is visible now. */
  endOfLog: boolean;
}

export interface SubscribeOptions {
  /** Exclusive: deliver events after this position. Defaults to the start of the log. */
  after?: Position;
  filter?: GlobalFilter;
  batchSize?: number;
}

/** A batch of events and the checkpoint that covers it (and any filtered-out events before it). */
export interface SubscriptionBatch {
  events: StoredEvent[];
  checkpoint: Position;
}

/** Catches up, then follows live appends; at-least-once across restarts when resumed from a checkpoint. */
export interface Subscription extends AsyncIterable<SubscriptionBatch> {
  close(): Promise<void>;
}

/** A stream's last event: the head of its hash chain. */
export interface StreamHead {
  streamName: string;
  revision: number;
  /** Hex hash of the head event. */
  hash: string;
  position: Position;
}

/** An event that introduced something addressed by its own id (a referral, a transfer): its type and the data field holding the id. */
export interface EventLookup {
  type: string;
  /** A top-level field of the event's data; letters and digits only. */
  field: string;
  value: string;
}

/** The port every event store adapter implements; also the Nest injection token. */
export abstract class EventStore {
  abstract append(streamName: string, events: readonly NewEvent[], expected: ExpectedRevision, options?: AppendOptions): Promise<AppendResult>;
  /** The fingerprint a command id was claimed with (see AppendOptions), or null when no append claimed it. */
  abstract commandClaim(commandId: string): Promise<string | null>;
  abstract readStream(streamName: string, options?: ReadStreamOptions): Promise<StoredEvent[]>;
  abstract readAll(options?: ReadAllOptions): Promise<GlobalPage>;
  abstract subscribe(options?: SubscribeOptions): Subscription;
  /** Every stream's last event, ordered by stream name: what a signed anchor of the whole store covers. */
  abstract streamHeads(): Promise<StreamHead[]>;
  /**
   * The earliest event of `lookup.type` whose data `lookup.field` equals `lookup.value` (in the global order), or null:
   * how a referral or transfer id finds its case stream. PostgreSQL answers from an index; KurrentDB scans `$all`
   * filtered by event type on the server.
   */
  abstract findEvent(lookup: EventLookup): Promise<StoredEvent | null>;
  /** Position of the newest event visible to subscribers, or null for an empty log. */
  abstract headPosition(): Promise<Position | null>;
  abstract close(): Promise<void>;
}
