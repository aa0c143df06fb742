import { caseExists, caseStateAt, toAuditedEvent, type CaseAsOf, type HistoryPoint } from '@rujukan/application';
import { caseStreamName, markSealedValues, parseDateTime } from '@rujukan/domain';
import { PgDataKeyStore } from '@rujukan/read-models';
import { EXIT, parseCaseId, parseReason, recordCliAccess, UsageError, type AuditContext } from './context.js';
import { stateLines, timelineLines, timelineRow } from './summary.js';

export interface ReplayOptions {
  at?: string;
  revision?: string;
  json?: boolean;
  reason?: string;
}

export interface ReplayRequest {
  caseId: string;
  /** Null: up to the case's last event. */
  point: HistoryPoint | null;
  json: boolean;
  reason: string;
}

export function parseAt(text: string): Date {
  const parsed = parseDateTime(text);
  if (!parsed.ok) throw new UsageError(`--at "${text}" ${parsed.reason}`);
  return new Date(parsed.value);
}

export function parseRevision(text: string): number {
  if (!/^\d{1,10}$/.test(text) || Number(text) > 1_000_000_000) {
    throw new UsageError(`--revision "${text}" is not a revision: give a whole number from 0 (the case's first event)`);
  }
  return Number(text);
}

export function parseReplayRequest(caseId: string | undefined, options: ReplayOptions): ReplayRequest {
  const id = parseCaseId(caseId);
  if (options.at !== undefined && options.revision !== undefined) throw new UsageError('give at most one of --at <ISO time> or --revision <n>');
  const point: HistoryPoint | null =
    options.at !== undefined ? { at: parseAt(options.at) } : options.revision !== undefined ? { revision: parseRevision(options.revision) } : null;
  return { caseId: id, point, json: Boolean(options.json), reason: parseReason(options.reason) };
}

/** The case's timeline up to a point, then its state there (folded by the write side's own rules). */
export async function runReplay(ctx: AuditContext, request: ReplayRequest): Promise<{ code: number; asOf: CaseAsOf }> {
  const { caseId, point } = request;
  await recordCliAccess(ctx, 'audit.replay', caseId, request.reason, {
    command: 'replay',
    ...(point && 'at' in point ? { at: point.at.toISOString() } : {}),
    ...(point && 'revision' in point ? { revision: point.revision } : {}),
    json: request.json,
  });
  if (!(await caseExists(ctx.store, caseId))) throw new UsageError(`no case ${caseId}`);

  const stream = caseStreamName(caseId);
  // The same reads `caseStateAt` folds: the timeline and the state end at the same event.
  const events =
    point === null
      ? await ctx.store.readStream(stream)
      : 'at' in point
        ? await ctx.store.readStream(stream, { until: point.at })
        : await ctx.store.readStream(stream, { maxCount: point.revision + 1 });
  const asOf = await caseStateAt(ctx.store, caseId, point ?? { revision: events.at(-1)!.revision });

  if (request.json) {
    // As over HTTP: an auditor reads each sealed value as [sealed], or [erased] once the victim's key is destroyed.
    const erased = (await new PgDataKeyStore(ctx.db).find(caseId)) === 'destroyed';
    ctx.output.out(JSON.stringify(markSealedValues({ caseId, ...asOf }, erased), null, 2));
    return { code: EXIT.ok, asOf };
  }
  const upTo = point === null ? 'its last event' : 'at' in point ? point.at.toISOString() : `revision ${point.revision}`;
  ctx.output.out(`Timeline of case ${caseId} up to ${upTo}: ${events.length} event(s)`);
  if (events.length) for (const line of timelineLines(events.map((e) => timelineRow(toAuditedEvent(e))))) ctx.output.out(`  ${line}`);
  if (point && 'revision' in point && asOf.revision < point.revision) {
    ctx.output.out(`  (the case has no revision ${point.revision}: its last is ${asOf.revision})`);
  }
  ctx.output.out('');
  for (const line of stateLines(caseId, asOf)) ctx.output.out(line);
  return { code: EXIT.ok, asOf };
}
