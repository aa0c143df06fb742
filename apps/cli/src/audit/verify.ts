import { SingleBar, Presets } from 'cli-progress';
import { verifyCase, verifyStore, type AnchorCheck, type AnchorsVerification } from '@rujukan/application';
import type { BrokenLink } from '@rujukan/event-store';
import { ReadSideWitness } from '@rujukan/read-models';
import { EXIT, parseCaseId, parseReason, recordCliAccess, UsageError, type AuditContext } from './context.js';

export interface VerifyOptions {
  all?: boolean;
  case?: string;
  reason?: string;
}

export type VerifyRequest = { scope: 'all'; reason: string } | { scope: 'case'; caseId: string; reason: string };

export function parseVerifyRequest(options: VerifyOptions): VerifyRequest {
  if (Boolean(options.all) === (options.case !== undefined)) {
    throw new UsageError('give exactly one of --all (the whole store) or --case <caseId> (one case)');
  }
  const reason = parseReason(options.reason);
  return options.all ? { scope: 'all', reason } : { scope: 'case', caseId: parseCaseId(options.case), reason };
}

const REASONS: Record<BrokenLink['reason'], string> = {
  hash_mismatch: 'the stored hash is not the hash of the stored event: the event was changed after it was written',
  missing_event: 'the event at this revision is missing: it was deleted',
  missing_stream: 'a signed anchor, a read model or the access log knows this stream but the store holds none of its events: it was deleted',
  missing_tail: 'the stream ends before the revision a signed anchor recorded or a read model saw: its last events were deleted',
  anchor_mismatch: 'the chain holds, but not with the hash a signed anchor recorded here: the stream was rewritten',
};

export function brokenLinkLines(link: BrokenLink): string[] {
  return [
    `  stream ${link.streamName}, revision ${link.revision}: ${link.reason}`,
    `    ${REASONS[link.reason]}`,
    `    expected hash ${link.expectedHash ?? '(cannot be known)'}`,
    `    found hash    ${link.foundHash ?? '(no event)'}`,
    ...(link.seenBy ? [`    seen up to revision ${link.seenBy.revision} by ${link.seenBy.source}`] : []),
  ];
}

function anchorLine(anchor: AnchorCheck): string {
  const problems = [
    anchor.signatureValid ? null : 'signature INVALID',
    anchor.rootMatches ? null : 'root does NOT match its heads',
    anchor.trusted ? null : 'key NOT trusted',
  ].filter(Boolean);
  return (
    `anchor ${anchor.anchorId} for ${anchor.date} (anchored ${anchor.anchoredAt}, revision ${anchor.revision}), ` +
    `${anchor.streamCount} stream(s), key ${anchor.keyId}: ${problems.length ? problems.join(', ') : 'signature valid, root matches, key trusted'}`
  );
}

export function anchorsLines(anchors: AnchorsVerification): string[] {
  const lines = [
    `Anchors: ${anchors.count} signed${anchors.count === 0 ? ' (none yet: record one with `audit anchor`; deleted streams go unnoticed until then)' : ''}`,
  ];
  if (anchors.latest) lines.push(`  latest: ${anchorLine(anchors.latest)}`);
  if (anchors.failing.length) {
    lines.push(`  failing: ${anchors.failing.length}`);
    for (const a of anchors.failing) lines.push(`    ${anchorLine(a)}`);
  }
  lines.push(`  anchor stream chain: ${anchors.chain.verifiedEvents} event(s) checked, ${anchors.chain.ok ? 'holds' : 'BROKEN'}`);
  if (anchors.chain.broken) lines.push(...brokenLinkLines(anchors.chain.broken));
  return lines;
}

/** Recomputes the chain of one case, or of every stream; returns the exit code: 0 intact, 2 tampering found. */
export async function runVerify(ctx: AuditContext, request: VerifyRequest): Promise<number> {
  const { output } = ctx;
  if (request.scope === 'case') {
    await recordCliAccess(ctx, 'audit.verify', request.caseId, request.reason, { command: 'verify', case: request.caseId });
    const result = await verifyCase(ctx.store, request.caseId, ctx.trustedKeys, new ReadSideWitness(ctx.db));
    // No event and no anchor knows it: a mistyped id, not a deleted case (that one an anchor reports).
    if (result.verifiedEvents === 0 && !result.anchored && !result.broken) throw new UsageError(`no case ${request.caseId}: no event and no anchor knows it`);
    output.out(`Verifying case ${result.caseId} (stream ${result.streamName})`);
    output.out(`  events checked: ${result.verifiedEvents}, head revision ${result.headRevision}${result.headHash ? `, head hash ${result.headHash}` : ''}`);
    if (result.seen) output.out(`  read side saw up to revision ${result.seen.revision} (${result.seen.source})`);
    output.out(
      `  anchored head: ${
        result.anchored
          ? `revision ${result.anchored.revision}, hash ${result.anchored.hash}: ${result.anchored.holds ? 'the stream still holds it' : 'NOT held'}`
          : 'none yet (not anchored since it was written)'
      }`,
    );
    for (const line of anchorsLines(result.anchors)) output.out(line);
    const broken = [result.broken, result.anchors.chain.broken].filter((b): b is BrokenLink => b !== null);
    return conclude(ctx, result.ok, broken, result.anchors.failing.length);
  }

  await recordCliAccess(ctx, 'audit.verify_all', null, request.reason, { command: 'verify', all: true });
  const bar = ctx.progress
    ? new SingleBar({ format: 'verifying |{bar}| {value}/{total} streams', hideCursor: true, stream: process.stderr }, Presets.shades_classic)
    : null;
  let started = false;
  let result;
  try {
    result = await verifyStore(
      ctx.store,
      ctx.trustedKeys,
      (done, total) => {
        if (!bar) return;
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        bar.update(done);
      },
      new ReadSideWitness(ctx.db),
    );
  } finally {
    bar?.stop();
  }
  output.out(`Verifying the whole store`);
  output.out(`  streams checked: ${result.streams} (the anchor stream included), events checked: ${result.events}`);
  for (const line of anchorsLines(result.anchors)) output.out(line);
  const broken = [...result.broken, ...(result.anchors.chain.broken ? [result.anchors.chain.broken] : [])];
  return conclude(ctx, result.ok, broken, result.anchors.failing.length);
}

function conclude(ctx: AuditContext, ok: boolean, broken: readonly BrokenLink[], failingAnchors: number): number {
  if (broken.length) {
    ctx.output.out(`Broken links: ${broken.length}`);
    for (const link of broken) for (const line of brokenLinkLines(link)) ctx.output.out(line);
  }
  if (ok) {
    ctx.output.out('Result: OK, no tampering found');
    return EXIT.ok;
  }
  const parts = [broken.length ? `${broken.length} broken link(s)` : null, failingAnchors ? `${failingAnchors} failing anchor(s)` : null].filter(Boolean);
  ctx.output.out(`Result: TAMPERING FOUND (${parts.join(', ')})`);
  return EXIT.tampered;
}
