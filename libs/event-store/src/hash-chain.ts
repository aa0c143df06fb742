import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { EventMetadata } from './event-store.js';

/**
 * The tamper-evident chain every adapter keeps per stream.
 *
 *   content(e) = SHA-256( JCS({ streamName, eventId, type, data, metadata }) )      (RFC 8785 canonical JSON)
 *   hash(e)    = SHA-256( hash(previous event in the stream) ‖ content(e) ‖ int64be(revision) ‖ int64be(recordedAt ms) )
 *
 * The first event of a stream links to 32 zero bytes. Identifying fields are hashed as stored (encrypted),
 * so destroying a victim's key later leaves every hash valid. Changing an event's content, revision or
 * recorded time, deleting an event in the middle of a stream or reordering events breaks the link at that
 * revision; a deleted stream or a cut-off tail is caught by the signed anchors (see libs/application audit).
 */
export const GENESIS_HASH: Buffer = Buffer.alloc(32);

/** What the content hash covers: the event as stored, not as it was built. */
export interface ChainedContent {
  streamName: string;
  id: string;
  type: string;
  data: object;
  metadata: EventMetadata | Record<string, unknown>;
}

/** Stored metadata: the adapter writes `causationId: null` for a missing causation, so the hash does too. */
export function storedMetadata(metadata: EventMetadata): EventMetadata {
  return { ...metadata, causationId: metadata.causationId ?? null };
}

export function contentHash(event: ChainedContent): Buffer {
  // A JSON round trip first: what is hashed is what the store keeps (no undefined members, dates as strings).
  const stored = JSON.parse(
    JSON.stringify({ streamName: event.streamName, eventId: event.id.toLowerCase(), type: event.type, data: event.data, metadata: event.metadata }),
  ) as unknown;
  const text = canonicalize(stored);
  if (text === undefined) throw new Error('event content cannot be canonicalised');
  return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * An event's data and stored metadata as RFC 8785 canonical JSON, made once per append: the adapter sends these
 * texts as the jsonb it stores and hashes the same texts, so it never serialises an event twice.
 */
export interface CanonicalEvent {
  data: string;
  metadata: string;
  content: Buffer;
}

export function canonicalEvent(streamName: string, id: string, type: string, data: object, metadata: object): CanonicalEvent {
  const dataText = canonicalJson(data);
  const metadataText = canonicalJson(metadata);
  // JCS of { streamName, eventId, type, data, metadata } (the same bytes `contentHash` hashes): members in code-unit order.
  const content = createHash('sha256')
    .update('{"data":')
    .update(dataText, 'utf8')
    .update(`,"eventId":${JSON.stringify(id.toLowerCase())},"metadata":`)
    .update(metadataText, 'utf8')
    .update(`,"streamName":${JSON.stringify(streamName)},"type":${JSON.stringify(type)}}`, 'utf8')
    .digest();
  return { data: dataText, metadata: metadataText, content };
}

function canonicalJson(value: object): string {
  let text: string | undefined;
  try {
    text = canonicalize(value);
  } catch {
    // NaN and Infinity, which JCS refuses: stored as JSON stores them (null), as `contentHash` hashes them.
    text = canonicalize(JSON.parse(JSON.stringify(value)) as unknown);
  }
  if (text === undefined) throw new Error('event content cannot be canonicalised');
  return text;
}

export function linkHash(previous: Buffer, content: Buffer, revision: number, recordedAt: Date): Buffer {
  const tail = Buffer.alloc(16);
  tail.writeBigInt64BE(BigInt(revision), 0);
  tail.writeBigInt64BE(BigInt(recordedAt.getTime()), 8);
  return createHash('sha256').update(previous).update(content).update(tail).digest();
}

/** An event as the chain sees it: its content, its place and the hash the store holds for it. */
export interface ChainedEvent extends ChainedContent {
  revision: number;
  recordedAt: Date;
  /** Hex SHA-256 as stored. */
  hash: string;
}

export type BrokenLinkReason =
  /** The stored hash is not the hash of the stored content linked to the previous event. */
  | 'hash_mismatch'
  /** Revisions jump: the event at `revision` is missing. */
  | 'missing_event'
  /** The stream holds no event at all, though an anchor, a read model or the access log knows it. */
  | 'missing_stream'
  /** The stream ends before the revision an anchor signed for it, or a read model or the access log saw. */
  | 'missing_tail'
  /** The chain holds together, but not with the hash a signed anchor recorded here: it was rewritten. */
  | 'anchor_mismatch';

export interface BrokenLink {
  streamName: string;
  revision: number;
  reason: BrokenLinkReason;
  /** The hash the chain requires here (hex), when it can be known. */
  expectedHash: string | null;
  /** The hash the store holds here (hex), or null when the event is gone. */
  foundHash: string | null;
  /** For a missing tail or stream found without an anchor: what else had seen further into the stream. */
  seenBy?: { source: string; revision: number };
}

/**
 * Walks a stream's events (in revision order, possibly in pages: pass the last verified hash and revision
 * on) and returns the first broken link, or null. Each link is checked against the stored hash before it,
 * so an edit shows at the edited event, not at every event after it.
 */
export class ChainVerifier {
  private previous: Buffer = GENESIS_HASH;
  private nextRevision = 0;
  private count = 0;

  constructor(readonly streamName: string) {}

  get verifiedEvents(): number {
    return this.count;
  }

  /** Hex hash of the last event checked, or null before the first. */
  get headHash(): string | null {
    return this.count === 0 ? null : this.previous.toString('hex');
  }

  get headRevision(): number {
    return this.nextRevision - 1;
  }

  check(event: ChainedEvent): BrokenLink | null {
    if (event.revision !== this.nextRevision) {
      return { streamName: this.streamName, revision: this.nextRevision, reason: 'missing_event', expectedHash: null, foundHash: null };
    }
    const expected = linkHash(this.previous, contentHash(event), event.revision, event.recordedAt);
    const found = Buffer.from(event.hash, 'hex');
    if (!expected.equals(found)) {
      return { streamName: this.streamName, revision: event.revision, reason: 'hash_mismatch', expectedHash: expected.toString('hex'), foundHash: event.hash };
    }
    this.previous = found;
    this.nextRevision = event.revision + 1;
    this.count++;
    return null;
  }
}
