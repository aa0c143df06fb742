import { recordAnchor, replayAnchors, type AnchorOutcome } from '@rujukan/application';
import { EXIT, type AuditContext } from './context.js';

/**
 * Signs the head of every stream now, with the server's key: the operator's on-demand anchor (the projector
 * records the daily one). An edit or a deletion made after this point is caught by `audit verify`.
 */
export async function runAnchor(
  ctx: Pick<AuditContext, 'store' | 'signer' | 'trustedKeys' | 'output'>,
  now = new Date(),
): Promise<{ code: number; outcome: AnchorOutcome }> {
  const outcome = await recordAnchor(ctx.store, ctx.signer, now);
  const { anchors } = await replayAnchors(ctx.store, ctx.trustedKeys);
  const signed = anchors.find((a) => a.anchorId === outcome.anchorId);
  ctx.output.out(
    outcome.recorded ? `Anchor recorded: ${outcome.anchorId}` : `No anchor recorded (another process anchored first): ${outcome.anchorId ?? ''}`.trimEnd(),
  );
  ctx.output.out(`  anchored at     ${now.toISOString()} (day ${outcome.date})`);
  ctx.output.out(`  streams         ${outcome.streamCount} anchored, ${outcome.changedStreams} changed since the previous anchor`);
  ctx.output.out(`  signed with key ${ctx.signer.keyId}`);
  if (signed) {
    ctx.output.out(`  anchor revision ${signed.revision} of the anchor stream; ${anchors.length} anchor(s) in all`);
    ctx.output.out(
      `  check           signature ${signed.signatureValid ? 'valid' : 'INVALID'}, root ${signed.rootMatches ? 'matches' : 'does NOT match'}, key ${signed.trusted ? 'trusted' : 'NOT trusted'}`,
    );
  }
  ctx.output.out(`  public key      ${ctx.signer.publicKey}`);
  return { code: EXIT.ok, outcome };
}
