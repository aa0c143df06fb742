import canonicalize from 'canonicalize';
import { caseStreamName } from '@rujukan/domain';
import { ChainVerifier, type BrokenLink, type EventStore } from '@rujukan/event-store';
import { keyIdOf, verifySignature, type AnchorSigner } from '../anchor-signer.js';
import { replayAnchors } from '../anchors.js';
import { caseExists, caseStateAt, toAuditedEvent } from '../case-history.js';
import { verifyCase, type StreamWitness } from '../verification.js';
import { DOSSIER_FORMAT, type Dossier, type DossierReader, type UnsignedDossier } from './dossier-format.js';

/**
 * A dossier that cannot be made or read: no such case, or a file that is not a dossier. The CLI answers it as a
 * usage error (exit 1), the API as a 404. The message names no victim detail and quotes no file content.
 */
export class DossierError extends Error {
  constructor(
    readonly code: 'no_case' | 'not_a_dossier',
    message: string,
  ) {
    super(message);
    this.name = 'DossierError';
  }
}

/** The bytes the signature is over: the canonical JSON of what the file holds, minus the signature. */
export function signedBytes(unsigned: unknown): Buffer {
  // A JSON round trip first: undefined members dropped as the file drops them.
  const text = canonicalize(JSON.parse(JSON.stringify(unsigned)));
  if (text === undefined) throw new Error('the dossier cannot be canonicalised');
  return Buffer.from(text, 'utf8');
}

export function signDossier(unsigned: UnsignedDossier, signer: AnchorSigner): Dossier {
  return {
    ...unsigned,
    signature: {
      algorithm: 'Ed25519',
      covers: 'JCS(dossier without signature)',
      keyId: signer.keyId,
      publicKey: signer.publicKey,
      value: signer.sign(signedBytes(unsigned)),
    },
  };
}

export interface DossierRequest {
  caseId: string;
  reason: string;
  exportedBy: DossierReader;
  signer: AnchorSigner;
  /** Public keys (SPKI DER base64) whose anchors verify. */
  trustedKeys: readonly string[];
  /** What the read side saw of the streams (the read models, the access log): a lost tail shows without an anchor. */
  witness?: StreamWitness;
  now?: Date;
}

/**
 * A case's whole record, signed: every event as stored (sealed values stay ciphertext, so the chain recomputes),
 * the state they fold to, the chain checked against the anchors and the read side, and every anchor. A record that
 * fails its check still gives a dossier: it says so in `verification`. The caller records the access first.
 */
export async function buildDossier(store: EventStore, request: DossierRequest): Promise<Dossier> {
  const { caseId } = request;
  if (!(await caseExists(store, caseId))) throw new DossierError('no_case', `no case ${caseId}`);
  const stored = await store.readStream(caseStreamName(caseId));
  const last = stored.at(-1)!.revision;
  const [finalState, verification, replay] = await Promise.all([
    caseStateAt(store, caseId, { revision: last }),
    verifyCase(store, caseId, request.trustedKeys, request.witness),
    replayAnchors(store, request.trustedKeys),
  ]);
  return signDossier(
    {
      format: DOSSIER_FORMAT,
      caseId,
      streamName: caseStreamName(caseId),
      exportedAt: (request.now ?? new Date()).toISOString(),
      exportedBy: request.exportedBy,
      reason: request.reason,
      eventCount: stored.length,
      events: stored.map(toAuditedEvent),
      finalState,
      verification,
      anchors: replay.anchors,
    },
    request.signer,
  );
}

export interface DossierCheck {
  /** The Ed25519 signature verifies over the canonical content with the public key the file names. */
  signatureValid: boolean;
  /** The key id the file names is the id of its public key. */
  keyIdMatches: boolean;
  /** When keys were given: the signing key is one of them. Null when none were given. */
  keyExpected: boolean | null;
  /** The events' hashes recomputed from their content, in the dossier itself. */
  chain: { ok: boolean; verifiedEvents: number; broken: BrokenLink | null };
  /** What the server found when it made the dossier. */
  recordedVerificationOk: boolean;
  ok: boolean;
}

/** Checks a dossier offline: its signature, its key, and its events' hash chain. */
export function checkDossier(content: unknown, expectedKeys: readonly string[] = []): DossierCheck {
  if (typeof content !== 'object' || content === null || (content as { format?: unknown }).format !== DOSSIER_FORMAT) {
    throw new DossierError('not_a_dossier', `not a Rujukan case dossier (format ${DOSSIER_FORMAT})`);
  }
  const { signature, ...unsigned } = content as Dossier;
  if (!signature || typeof signature.publicKey !== 'string' || typeof signature.value !== 'string') {
    throw new DossierError('not_a_dossier', 'the dossier carries no signature block');
  }
  const signatureValid = verifySignature(signature.publicKey, signedBytes(unsigned), signature.value);
  const keyIdMatches = keyIdOf(signature.publicKey) === signature.keyId;
  const keyExpected = expectedKeys.length === 0 ? null : expectedKeys.some((k) => k === signature.publicKey || k === signature.keyId);
  const chain = recomputeChain(unsigned);
  const recordedVerificationOk = unsigned.verification?.ok === true;
  return {
    signatureValid,
    keyIdMatches,
    keyExpected,
    chain,
    recordedVerificationOk,
    ok: signatureValid && keyIdMatches && keyExpected !== false && chain.ok && recordedVerificationOk,
  };
}

function recomputeChain(dossier: UnsignedDossier): DossierCheck['chain'] {
  const verifier = new ChainVerifier(dossier.streamName);
  for (const e of Array.isArray(dossier.events) ? dossier.events : []) {
    const broken = verifier.check({
      streamName: dossier.streamName,
      id: e.eventId,
      type: e.type,
      data: e.data,
      metadata: {
        actor: e.actor,
        role: e.role,
        agency: e.agency,
        correlationId: e.correlationId,
        causationId: e.causationId,
        commandId: e.commandId,
        occurredAt: e.occurredAt,
      },
      revision: e.revision,
      recordedAt: new Date(e.recordedAt),
      hash: e.hash,
    });
    if (broken) return { ok: false, verifiedEvents: verifier.verifiedEvents, broken };
  }
  return { ok: verifier.verifiedEvents === dossier.eventCount, verifiedEvents: verifier.verifiedEvents, broken: null };
}
