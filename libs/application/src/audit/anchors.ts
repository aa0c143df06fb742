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
  /** The anchors replayed (with `from`, only those after it). */
  anchors: AnchorCheck[];
  /** The last anchor of the stream, wherever the replay started. */
  latest: AnchorCheck | null;
  /** Revision of the anchor stream's last event, -1 when it is empty. */
  lastRevision: number;
  /** Root the last anchor signed, null before the first. */
  lastRoot: string | null;
  /** The events replayed (with `from`, only those after it). */
  events: StoredEvent[];
}

/**
 * Replays the anchor stream: the anchored heads, and each anchor's root and signature checked. With `from` (an
 * earlier replay of this stream), only the events after it are read: the projector anchors every few minutes.
 */
export async function replayAnchors(store: EventStore, trustedKeys: readonly string[], from?: AnchorReplay): Promise<AnchorReplay> {
  const events = await store.readStream(ANCHOR_STREAM, { fromRevision: (from?.lastRevision ?? -1) + 1 });
  const heads: HeadMap = new Map(from?.heads);
  const pending = new Map<string, AnchoredHead[]>();
  const anchors: AnchorCheck[] = [];
  const trusted = new Set(trustedKeys.map(keyIdOf));
  let lastRoot: string | null = from?.lastRoot ?? null;
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
  return {
    heads,
    anchors,
    latest: anchors.at(-1) ?? from?.latest ?? null,
    lastRevision: events.at(-1)?.revision ?? from?.lastRevision ?? -1,
    lastRoot,
    events,
  };
}

export interface AnchorOutcome {
  recorded: boolean;
  anchorId: string | null;
  date: string;
  streamCount: number;
  changedStreams: number;
  /** Hex root of every anchored head, when an anchor was recorded: worth keeping outside the database too. */
  root?: string;
  /** `daily`: the day's first anchor; `interval`: the heads that moved since the last one. */
  kind?: 'daily' | 'interval' | 'manual';
  /** The anchor stream replayed up to this anchor, for the next call's `replay`. */
  replay?: AnchorReplay;
  /** Streams whose head no longer extends the head an anchor signed (cut or rewritten): left as anchored. */
  diverged?: string[];
}

export interface AnchorOptions {
  /** Only when no anchor exists for the UTC day of `now` yet; several processes racing on it append one. */
  daily?: boolean;
  /**
   * With `daily`: once the day's anchor exists, anchor the heads that moved since the last anchor, at most once per
   * interval of this length (several processes racing on one interval append one). Nothing moved, nothing appended.
   */
  everyMs?: number;
  /** An earlier replay of the anchor stream (the last outcome's `replay`): only what follows it is read. */
  replay?: AnchorReplay;
}

/**
 * Appends an anchor of every stream's current head: signed, with the heads that moved since the last anchor.
 * `daily` appends the day's anchor if it is missing; `everyMs` also anchors what moved since, on an interval, so a
 * deleted tail of an anchored stream is named within that interval; without options, a manual anchor now.
 */
export async function recordAnchor(store: EventStore, signer: AnchorSigner, now: Date, options: AnchorOptions = {}): Promise<AnchorOutcome> {
  const date = now.toISOString().slice(0, 10);
  if (options.daily && !options.everyMs) {
    // The common case, checked cheaply: today's anchor is already the stream's last event.
    const [last] = await store.readStream(ANCHOR_STREAM, { direction: 'backwards', maxCount: 1 });
    const data = last?.type === ANCHOR_EVENT.signed ? (last.data as unknown as AnchorSignedData) : null;
    if (data?.date === date) return { recorded: false, anchorId: data.anchorId, date, streamCount: data.streamCount, changedStreams: 0 };
  }
  const replay = await replayAnchors(store, [signer.publicKey], options.replay);
  const latest = replay.latest;
  const todays = latest?.date === date;
  if (options.daily && todays && !options.everyMs) {
    return { recorded: false, anchorId: latest.anchorId, date, streamCount: latest.streamCount, changedStreams: 0, replay };
  }
  const current = (await store.streamHeads()).filter((h) => h.streamName !== ANCHOR_STREAM);
  const changed: AnchoredHead[] = [];
  const diverged: string[] = [];
  const heads: HeadMap = new Map(replay.heads);
  for (const head of current) {
    const known = heads.get(head.streamName);
    if (known && known.revision === head.revision && known.hash === head.hash) continue;
    // A head that no longer extends the anchored one (a cut tail, a rewrite) is never signed over: verify names it.
    if (known && !(await extendsAnchored(store, head, known))) {
      diverged.push(head.streamName);
      continue;
    }
    changed.push([head.streamName, head.revision, head.hash]);
    heads.set(head.streamName, { revision: head.revision, hash: head.hash });
  }
  const kind = !options.daily ? 'manual' : todays ? 'interval' : 'daily';
  if (kind === 'interval' && changed.length === 0) {
    return { recorded: false, anchorId: latest!.anchorId, date, streamCount: latest!.streamCount, changedStreams: 0, kind, replay, diverged };
  }
  const slot = options.everyMs ? new Date(Math.floor(now.getTime() / options.everyMs) * options.everyMs).toISOString() : '';
  const anchorId = kind === 'daily' ? derivedUuid('audit-anchor', date) : kind === 'interval' ? derivedUuid('audit-anchor', date, slot) : randomUUID();
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
    // A scheduled anchor's ids derive from its day (and interval): a process that lost the race to it appends nothing.
    const result = await store.append(ANCHOR_STREAM, events, replay.lastRevision < 0 ? 'no_stream' : replay.lastRevision);
    if (result.duplicate) return { recorded: false, anchorId, date, streamCount: heads.size, changedStreams: 0, kind, replay, diverged };
  } catch (error) {
    // Another process anchored first: for a scheduled anchor that is the one wanted.
    if (options.daily && error instanceof WrongExpectedRevisionError)
      return { recorded: false, anchorId: null, date, streamCount: heads.size, changedStreams: 0, kind, diverged };
    throw error;
  }
  return { recorded: true, anchorId, date, streamCount: heads.size, changedStreams: changed.length, root, kind, replay, diverged };
}

/** Whether the stream still holds the anchored event at its revision, with its hash: the new head extends it. */
async function extendsAnchored(
  store: EventStore,
  head: { streamName: string; revision: number; hash: string },
  known: { revision: number; hash: string },
): Promise<boolean> {
  if (head.revision <= known.revision) return false;
  const [event] = await store.readStream(head.streamName, { fromRevision: known.revision, maxCount: 1 });
  return event?.revision === known.revision && event.hash === known.hash;
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
