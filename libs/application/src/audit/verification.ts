import { caseStreamName } from '@rujukan/domain';
import { ChainVerifier, type BrokenLink, type EventStore } from '@rujukan/event-store';
import { ANCHOR_STREAM, replayAnchors, type AnchorCheck, type AnchorReplay } from './anchors.js';

const PAGE = 1000;

/** The furthest revision of a stream something apart from the log saw, and what saw it (a read model, the access log). */
export interface SeenHead {
  revision: number;
  source: string;
}

/**
 * What the read side has seen of the streams: a stream's head can never lie behind it, so a stream that ends
 * earlier lost its tail, and one that is gone was deleted, without waiting for an anchor to say so.
 */
export interface StreamWitness {
  /** Per stream name (every stream it knows when none are named): the furthest revision seen. */
  seen(streamNames?: readonly string[]): Promise<Map<string, SeenHead>>;
}

export interface StreamVerification {
  streamName: string;
  ok: boolean;
  /** Events whose links held, from revision 0 up to the first broken one. */
  verifiedEvents: number;
  headRevision: number;
  headHash: string | null;
  /** The first broken link, or null. */
  broken: BrokenLink | null;
  /** The last anchor's head for this stream, and whether the stream still holds it. */
  anchored: { revision: number; hash: string; holds: boolean } | null;
  /** The furthest revision the read models or the access log saw, when asked. */
  seen: SeenHead | null;
}

/**
 * Recomputes a stream's chain from revision 0, page by page, and checks it against the head the anchors
 * signed for it (when there is one) and the furthest revision the read side saw (when given; read it before the
 * stream, so an event appended meanwhile cannot look deleted): the first broken link is reported with what was
 * expected and found.
 */
export async function verifyStream(
  store: EventStore,
  streamName: string,
  anchored: { revision: number; hash: string } | undefined,
  seen?: SeenHead,
): Promise<StreamVerification> {
  const verifier = new ChainVerifier(streamName);
  let broken: BrokenLink | null = null;
  let anchorHolds: boolean | null = anchored ? false : null;
  for (let from = 0; broken === null;) {
    const page = await store.readStream(streamName, { fromRevision: from, maxCount: PAGE });
    for (const event of page) {
      broken = verifier.check(event);
      if (broken) break;
      if (anchored && event.revision === anchored.revision) {
        anchorHolds = event.hash === anchored.hash;
        if (!anchorHolds) {
          broken = { streamName, revision: event.revision, reason: 'anchor_mismatch', expectedHash: anchored.hash, foundHash: event.hash };
          break;
        }
      }
    }
    if (page.length < PAGE) break;
    from = page[page.length - 1].revision + 1;
  }
  if (!broken && anchored && !anchorHolds) {
    // The stream ends before the anchored revision, or is gone altogether.
    const empty = verifier.verifiedEvents === 0;
    const missing = empty ? 0 : verifier.headRevision + 1;
    broken = {
      streamName,
      revision: missing,
      reason: empty ? 'missing_stream' : 'missing_tail',
      expectedHash: missing === anchored.revision ? anchored.hash : null,
      foundHash: null,
    };
  }
  if (!broken && seen && seen.revision > verifier.headRevision) {
    // The read side applied (or an agency read) an event the stream no longer holds.
    const empty = verifier.verifiedEvents === 0;
    broken = {
      streamName,
      revision: verifier.headRevision + 1,
      reason: empty ? 'missing_stream' : 'missing_tail',
      expectedHash: null,
      foundHash: null,
      seenBy: seen,
    };
  }
  return {
    streamName,
    ok: broken === null,
    verifiedEvents: verifier.verifiedEvents,
    headRevision: verifier.headRevision,
    headHash: verifier.headHash,
    broken,
    anchored: anchored ? { ...anchored, holds: anchorHolds === true } : null,
    seen: seen ?? null,
  };
}

export interface AnchorsVerification {
  ok: boolean;
  count: number;
  latest: AnchorCheck | null;
  /** Anchors whose root or signature fails, or that no trusted key signed. */
  failing: AnchorCheck[];
  /** The anchor stream's own chain. */
  chain: StreamVerification;
}

async function checkAnchors(store: EventStore, replay: AnchorReplay): Promise<AnchorsVerification> {
  const failing = replay.anchors.filter((a) => !a.rootMatches || !a.signatureValid || !a.trusted);
  const chain = await verifyStream(store, ANCHOR_STREAM, undefined);
  return { ok: failing.length === 0 && chain.ok, count: replay.anchors.length, latest: replay.anchors.at(-1) ?? null, failing, chain };
}

export interface CaseVerification extends StreamVerification {
  caseId: string;
  anchors: AnchorsVerification;
}

/** One case: its chain, the anchored head of its stream, what the read side saw of it, and the anchors that vouch for it. */
export async function verifyCase(store: EventStore, caseId: string, trustedKeys: readonly string[], witness?: StreamWitness): Promise<CaseVerification> {
  const streamName = caseStreamName(caseId);
  const seen = await witness?.seen([streamName]);
  const replay = await replayAnchors(store, trustedKeys);
  const stream = await verifyStream(store, streamName, replay.heads.get(streamName), seen?.get(streamName));
  const anchors = await checkAnchors(store, replay);
  return { caseId, ...stream, ok: stream.ok && anchors.ok, anchors };
}

export interface StoreVerification {
  ok: boolean;
  streams: number;
  events: number;
  /** The first broken link of every stream that has one, in stream-name order. */
  broken: BrokenLink[];
  anchors: AnchorsVerification;
}

/**
 * Every stream the store holds, an anchor signed or the read side saw: chains recomputed, anchored and seen heads
 * checked (a deleted stream shows as `missing_stream`), and every anchor's root and signature.
 */
export async function verifyStore(
  store: EventStore,
  trustedKeys: readonly string[],
  onProgress?: (done: number, total: number) => void,
  witness?: StreamWitness,
): Promise<StoreVerification> {
  // Before the streams are read: whatever the read side saw was in the log by then.
  const seen = (await witness?.seen()) ?? new Map<string, SeenHead>();
  const replay = await replayAnchors(store, trustedKeys);
  const names = new Set([...(await store.streamHeads()).map((h) => h.streamName), ...replay.heads.keys(), ...seen.keys()]);
  names.delete(ANCHOR_STREAM);
  const ordered = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const broken: BrokenLink[] = [];
  let events = 0;
  for (const [i, name] of ordered.entries()) {
    const result = await verifyStream(store, name, replay.heads.get(name), seen.get(name));
    events += result.verifiedEvents;
    if (result.broken) broken.push(result.broken);
    onProgress?.(i + 1, ordered.length);
  }
  const anchors = await checkAnchors(store, replay);
  events += anchors.chain.verifiedEvents;
  return { ok: broken.length === 0 && anchors.ok, streams: ordered.length + 1, events, broken, anchors };
}
