import { createHash, randomUUID } from 'node:crypto';
import canonicalize from 'canonicalize';
import { WrongExpectedRevisionError, type EventStore, type NewEvent, type StoredEvent } from '@rujukan/event-store';
import { derivedUuid } from '../derived-id.js';
import { keyIdOf, verifySignature, type AnchorSigner } from './anchor-signer.js';

/**
 * Signed anchors: the head (revision and hash) of every stream, hashed into one root and signed with the
 * server's key, appended to their own stream. A chain can be recomputed by whoever edits the events, and a
 * deleted stream leaves no chain to check; an anchor signed before the edit catches both.
 *
 * An anchor stores only the heads that moved since the one before it (`AnchorHeadsRecorded`, in pages),
 * then the signature over the root of all heads known so far (`AnchorSigned`). Replaying the stream
 * rebuilds every anchored head.
 */
export const ANCHOR_STREAM = 'audit-anchors';
export const ANCHOR_EVENT = { heads: 'AnchorHeadsRecorded', signed: 'AnchorSigned' } as const;
const HEADS_PER_EVENT = 1000;

export const AUDIT_ANCHOR_ACTOR = { userId: 'audit-anchor', role: 'system', agency: 'SYSTEM' } as const;

/** [streamName, revision, hex hash] */
export type AnchoredHead = [streamName: string, revision: number, hash: string];

export interface AnchorHeadsRecordedData {
  anchorId: string;
  page: number;
  heads: AnchoredHead[];
}

export interface AnchorSignedData {
  anchorId: string;
  /** UTC day the anchor is for (daily anchors: one per day). */
  date: string;
  anchoredAt: string;
  streamCount: number;
  changedStreams: number;
  /** Hex SHA-256 over every anchored head (see `anchorRoot`). */
  root: string;
  previousRoot: string | null;
  keyId: string;
  /** SPKI DER, base64: the key the signature verifies with. */
  publicKey: string;
  /** Ed25519 over `signedMessage(...)`, base64. */
  signature: string;
}

export type HeadMap = Map<string, { revision: number; hash: string }>;

/** SHA-256 over one line per stream, `name \t revision \t hash \n`, in code-point order of the names. */
export function anchorRoot(heads: HeadMap): string {
  const hash = createHash('sha256');
  for (const name of [...heads.keys()].sort(codePointOrder)) {
    const head = heads.get(name)!;
    hash.update(`${name}\t${head.revision}\t${head.hash}\n`, 'utf8');
  }
  return hash.digest('hex');
}

const codePointOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function signedMessage(data: Pick<AnchorSignedData, 'anchorId' | 'date' | 'anchoredAt' | 'streamCount' | 'root' | 'previousRoot'>): Buffer {
  const { anchorId, date, anchoredAt, streamCount, root, previousRoot } = data;
  return Buffer.from(canonicalize({ anchorId, date, anchoredAt, streamCount, root, previousRoot })!, 'utf8');
}

export interface AnchorCheck {
  anchorId: string;
  date: string;
  anchoredAt: string;
  revision: number;
  streamCount: number;
  keyId: string;
  /** The root recomputed from the anchored heads equals the signed one. */
  rootMatches: boolean;
  signatureValid: boolean;
  /** Signed by a key this server trusts (its own, or one named in AUDIT_TRUSTED_KEYS). */
  trusted: boolean;
}

export interface AnchorReplay {
  /** Every stream's last anchored head. */
  heads: HeadMap;
  anchors: AnchorCheck[];
  /** Revision of the anchor stream's last event, -1 when it is empty. */
  lastRevision: number;
  /** Root the last anchor signed, null before the first. */
  lastRoot: string | null;
  events: StoredEvent[];
}

/** Replays the anchor stream: the anchored heads, and each anchor's root and signature checked. */
export async function replayAnchors(store: EventStore, trustedKeys: readonly string[]): Promise<AnchorReplay> {
  const events = await store.readStream(ANCHOR_STREAM);
  const heads: HeadMap = new Map();
  const pending = new Map<string, AnchoredHead[]>();
  const anchors: AnchorCheck[] = [];
  const trusted = new Set(trustedKeys.map(keyIdOf));
  let lastRoot: string | null = null;
  for (const event of events) {
    if (event.type === ANCHOR_EVENT.heads) {
      const data = event.data as unknown as AnchorHeadsRecordedData;
      pending.set(data.anchorId, [...(pending.get(data.anchorId) ?? []), ...data.heads]);
    } else if (event.type === ANCHOR_EVENT.signed) {
      const data = event.data as unknown as AnchorSignedData;
      for (const [name, revision, hash] of pending.get(data.anchorId) ?? []) heads.set(name, { revision, hash });
      pending.delete(data.anchorId);
      lastRoot = data.root;
      anchors.push({
        anchorId: data.anchorId,
        date: data.date,
        anchoredAt: data.anchoredAt,
        revision: event.revision,
        streamCount: data.streamCount,
        keyId: data.keyId,
        rootMatches: heads.size === data.streamCount && anchorRoot(heads) === data.root,
        signatureValid: keyIdOf(data.publicKey) === data.keyId && verifySignature(data.publicKey, signedMessage(data), data.signature),
        trusted: trusted.has(data.keyId),
      });
    }
  }
  return { heads, anchors, lastRevision: events.at(-1)?.revision ?? -1, lastRoot, events };
}

export interface AnchorOutcome {
  recorded: boolean;
  anchorId: string | null;
  date: string;
  streamCount: number;
  changedStreams: number;
}

/**
 * Appends an anchor of every stream's current head. With `daily`, only when no anchor exists for the UTC
 * day of `now` yet; several processes racing on it append one (the anchor stream's revision decides).
 */
export async function recordAnchor(store: EventStore, signer: AnchorSigner, now: Date, options: { daily?: boolean } = {}): Promise<AnchorOutcome> {
  const date = now.toISOString().slice(0, 10);
  if (options.daily) {
    // The common case, checked cheaply: today's anchor is already the stream's last event.
    const [last] = await store.readStream(ANCHOR_STREAM, { direction: 'backwards', maxCount: 1 });
    const data = last?.type === ANCHOR_EVENT.signed ? (last.data as unknown as AnchorSignedData) : null;
    if (data?.date === date) return { recorded: false, anchorId: data.anchorId, date, streamCount: data.streamCount, changedStreams: 0 };
  }
  const replay = await replayAnchors(store, [signer.publicKey]);
  const latest = replay.anchors.at(-1);
  if (options.daily && latest?.date === date) {
    return { recorded: false, anchorId: latest.anchorId, date, streamCount: latest.streamCount, changedStreams: 0 };
  }
  const current = (await store.streamHeads()).filter((h) => h.streamName !== ANCHOR_STREAM);
  const changed: AnchoredHead[] = [];
  const heads: HeadMap = new Map(replay.heads);
  for (const head of current) {
    const known = heads.get(head.streamName);
    if (known && known.revision === head.revision && known.hash === head.hash) continue;
    changed.push([head.streamName, head.revision, head.hash]);
    heads.set(head.streamName, { revision: head.revision, hash: head.hash });
  }
  const anchorId = options.daily ? derivedUuid('audit-anchor', date) : randomUUID();
  const root = anchorRoot(heads);
  const previousRoot = replay.lastRoot;
  const unsigned = { anchorId, date, anchoredAt: now.toISOString(), streamCount: heads.size, root, previousRoot };
  const signed: AnchorSignedData = {
    ...unsigned,
    changedStreams: changed.length,
    keyId: signer.keyId,
    publicKey: signer.publicKey,
    signature: signer.sign(signedMessage(unsigned)),
  };
  const events: NewEvent[] = [];
  for (let page = 0; page * HEADS_PER_EVENT < changed.length; page++) {
    const data: AnchorHeadsRecordedData = { anchorId, page, heads: changed.slice(page * HEADS_PER_EVENT, (page + 1) * HEADS_PER_EVENT) };
    events.push(anchorEvent(anchorId, `heads-${page}`, ANCHOR_EVENT.heads, data, now));
  }
  events.push(anchorEvent(anchorId, 'signed', ANCHOR_EVENT.signed, signed, now));
  try {
    // A daily anchor's ids derive from its day: a process that lost the race to the same anchor appends nothing.
    const result = await store.append(ANCHOR_STREAM, events, replay.lastRevision < 0 ? 'no_stream' : replay.lastRevision);
    if (result.duplicate) return { recorded: false, anchorId, date, streamCount: heads.size, changedStreams: 0 };
  } catch (error) {
    // Another process anchored first: for a daily anchor that is the one wanted.
    if (options.daily && error instanceof WrongExpectedRevisionError) return { recorded: false, anchorId: null, date, streamCount: heads.size, changedStreams: 0 };
    throw error;
  }
  return { recorded: true, anchorId, date, streamCount: heads.size, changedStreams: changed.length };
}

function anchorEvent(anchorId: string, part: string, type: string, data: object, now: Date): NewEvent {
  return {
    id: derivedUuid(anchorId, part),
    type,
    data: data as Record<string, unknown>,
    metadata: {
      actor: AUDIT_ANCHOR_ACTOR.userId,
      role: AUDIT_ANCHOR_ACTOR.role,
      agency: AUDIT_ANCHOR_ACTOR.agency,
      correlationId: anchorId,
      causationId: null,
      commandId: anchorId,
      occurredAt: now.toISOString(),
    },
  };
}
