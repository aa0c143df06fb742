import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import canonicalize from 'canonicalize';
import { caseExists, caseStateAt, keyIdOf, replayAnchors, toAuditedEvent, verifyCase, verifySignature, type AnchorSigner } from '@rujukan/application';
import { caseStreamName } from '@rujukan/domain';
import { ChainVerifier, type BrokenLink } from '@rujukan/event-store';
import { ReadSideWitness } from '@rujukan/read-models';
import { EXIT, parseCaseId, parseReason, recordCliAccess, UsageError, type AuditContext, type Output } from './context.js';
import { DOSSIER_FORMAT, type Dossier, type UnsignedDossier } from './dossier-format.js';
import { dossierHtml } from './dossier-html.js';
import { brokenLinkLines } from './verify.js';

export * from './dossier-format.js';

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

export interface ExportOptions {
  reason?: string;
  out?: string;
}

export interface ExportRequest {
  caseId: string;
  reason: string;
  outDir: string;
}

export function parseExportRequest(caseId: string | undefined, options: ExportOptions): ExportRequest {
  return { caseId: parseCaseId(caseId), reason: parseReason(options.reason), outDir: resolve(options.out ?? '.') };
}

export interface ExportResult {
  code: number;
  jsonPath: string;
  htmlPath: string;
  dossier: Dossier;
}

/** Writes `<caseId>.dossier.json` (signed) and `<caseId>.dossier.html`; exit code 2 when the record fails its check. */
export async function runExport(ctx: AuditContext, request: ExportRequest, now = new Date()): Promise<ExportResult> {
  const { caseId } = request;
  await recordCliAccess(ctx, 'audit.export', caseId, request.reason, { command: 'export', out: request.outDir });
  if (!(await caseExists(ctx.store, caseId))) throw new UsageError(`no case ${caseId}`);

  const stored = await ctx.store.readStream(caseStreamName(caseId));
  const last = stored.at(-1)!.revision;
  const [finalState, verification, replay] = await Promise.all([
    caseStateAt(ctx.store, caseId, { revision: last }),
    verifyCase(ctx.store, caseId, ctx.trustedKeys, new ReadSideWitness(ctx.db)),
    replayAnchors(ctx.store, ctx.trustedKeys),
  ]);
  const dossier = signDossier(
    {
      format: DOSSIER_FORMAT,
      caseId,
      streamName: caseStreamName(caseId),
      exportedAt: now.toISOString(),
      exportedBy: ctx.reader,
      reason: request.reason,
      eventCount: stored.length,
      events: stored.map(toAuditedEvent),
      finalState,
      verification,
      anchors: replay.anchors,
    },
    ctx.signer,
  );

  await mkdir(request.outDir, { recursive: true });
  const jsonPath = join(request.outDir, `${caseId}.dossier.json`);
  const htmlPath = join(request.outDir, `${caseId}.dossier.html`);
  await writeFile(jsonPath, `${JSON.stringify(dossier, null, 2)}\n`, 'utf8');
  await writeFile(htmlPath, dossierHtml(dossier), 'utf8');

  const out = ctx.output.out;
  out(`Dossier of case ${caseId}: ${stored.length} event(s), stage ${finalState.state.exists ? finalState.state.stage : '-'}`);
  out(`  ${jsonPath}`);
  out(`  ${htmlPath}`);
  out(`  signed with Ed25519 key ${ctx.signer.keyId}; the recipient checks it with: audit check-dossier ${jsonPath}`);
  if (verification.ok) {
    out('  verification: OK, the chain holds and every anchor checks');
    return { code: EXIT.ok, jsonPath, htmlPath, dossier };
  }
  out('  verification: TAMPERING FOUND (the dossier records it)');
  for (const link of [verification.broken, verification.anchors.chain.broken].filter((b): b is BrokenLink => b !== null)) {
    for (const line of brokenLinkLines(link)) out(line);
  }
  return { code: EXIT.tampered, jsonPath, htmlPath, dossier };
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
    throw new UsageError(`not a Rujukan case dossier (format ${DOSSIER_FORMAT})`);
  }
  const { signature, ...unsigned } = content as Dossier;
  if (!signature || typeof signature.publicKey !== 'string' || typeof signature.value !== 'string') {
    throw new UsageError('the dossier carries no signature block');
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

/** `audit check-dossier <file>`: 0 when everything checks, 2 when anything does not, 1 when the file cannot be read. */
export async function runCheckDossier(file: string, expectedKeys: readonly string[], output: Output): Promise<{ code: number; check: DossierCheck }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  let content: unknown;
  try {
    content = JSON.parse(text);
  } catch {
    // Not the parser's message: it quotes the file, and a dossier holds the whole record.
    throw new UsageError(`${file} is not JSON: the file was damaged or is not a dossier`);
  }
  const check = checkDossier(content, expectedKeys);
  const dossier = content as Dossier;
  const out = output.out;
  out(`Dossier of case ${dossier.caseId}, exported ${dossier.exportedAt} by ${dossier.exportedBy?.actor} (${dossier.exportedBy?.agency})`);
  out(`  signature   ${check.signatureValid ? 'valid' : 'INVALID: the content changed after it was signed'} (Ed25519, key id ${dossier.signature.keyId})`);
  if (!check.keyIdMatches) out('  key id      does NOT match the public key in the file');
  out(
    `  key         ${
      check.keyExpected === null
        ? 'not compared: pass --key <public key or key id> as published by the exporting office'
        : check.keyExpected
          ? 'the expected key'
          : 'NOT the expected key'
    }`,
  );
  out(`  hash chain  ${check.chain.verifiedEvents} of ${dossier.eventCount} event(s) recomputed from their content: ${check.chain.ok ? 'holds' : 'BROKEN'}`);
  if (check.chain.broken) for (const line of brokenLinkLines(check.chain.broken)) out(line);
  out(`  server check at export: ${check.recordedVerificationOk ? 'OK' : 'TAMPERING FOUND in the record itself'}`);
  out(check.ok ? 'Result: OK, the dossier is intact' : 'Result: NOT INTACT');
  return { code: check.ok ? EXIT.ok : EXIT.tampered, check };
}
