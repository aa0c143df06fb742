import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildDossier, checkDossier as checkDossierContent, DossierError, dossierHtml, type Dossier, type DossierCheck } from '@rujukan/application';
import type { BrokenLink } from '@rujukan/event-store';
import { ReadSideWitness } from '@rujukan/read-models';
import { EXIT, parseCaseId, parseReason, recordCliAccess, UsageError, type AuditContext, type Output } from './context.js';
import { brokenLinkLines } from './verify.js';

// Building, signing and checking a dossier live in libs/application, shared with the API's download.
export { DOSSIER_FORMAT, signDossier, signedBytes, type Dossier, type DossierCheck, type DossierSignature, type UnsignedDossier } from '@rujukan/application';

/** The library's errors are the terminal's usage errors (exit 1). */
async function asUsage<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DossierError) throw new UsageError(error.message);
    throw error;
  }
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
  const dossier = await asUsage(() =>
    buildDossier(ctx.store, {
      caseId,
      reason: request.reason,
      exportedBy: ctx.reader,
      signer: ctx.signer,
      trustedKeys: ctx.trustedKeys,
      witness: new ReadSideWitness(ctx.db),
      now,
    }),
  );
  const { verification, finalState } = dossier;

  await mkdir(request.outDir, { recursive: true });
  const jsonPath = join(request.outDir, `${caseId}.dossier.json`);
  const htmlPath = join(request.outDir, `${caseId}.dossier.html`);
  await writeFile(jsonPath, `${JSON.stringify(dossier, null, 2)}\n`, 'utf8');
  await writeFile(htmlPath, dossierHtml(dossier), 'utf8');

  const out = ctx.output.out;
  out(`Dossier of case ${caseId}: ${dossier.eventCount} event(s), stage ${finalState.state.exists ? finalState.state.stage : '-'}`);
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

/** Checks a dossier offline (see the library's `checkDossier`); a file that is not a dossier is a usage error. */
export function checkDossier(content: unknown, expectedKeys: readonly string[] = []): DossierCheck {
  try {
    return checkDossierContent(content, expectedKeys);
  } catch (error) {
    if (error instanceof DossierError) throw new UsageError(error.message);
    throw error;
  }
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
