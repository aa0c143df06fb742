import type { SqlRunner } from '../runtime/sql-runner.js';

export const ACCESS_ACTIONS = [
  'case.read',
  'case.timeline',
  /** A search of the agency's cases by a victim's name, NIK or phone (what was typed is not recorded). */
  'case.search',
  'identity.read',
  'document.list',
  'document.read',
  'letter.print',
  'letter.verify',
  'audit.events',
  'audit.state',
  'audit.diff',
  'audit.verify',
  'audit.verify_all',
  'audit.access_log',
  'audit.replay',
  'audit.export',
  // A SIMFONI-PPA record read for the national system: one entry per case, before its identity is opened.
  'export.simfoni',
] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

export interface AccessEntry {
  actor: string;
  role: string;
  agency: string;
  action: AccessAction;
  caseId: string | null;
  /** Required for every audit action; the purpose the reader gave. */
  reason: string | null;
  channel: 'http' | 'cli';
  /** What was asked (query parameters), never what was answered. */
  detail?: Record<string, unknown>;
}

export interface AccessRecord extends AccessEntry {
  id: string;
  at: string;
  detail: Record<string, unknown>;
}

/** Records one access. Call it before answering: a read that cannot be recorded is not served. */
export async function recordAccess(db: SqlRunner, entry: AccessEntry): Promise<void> {
  await db.query(`INSERT INTO access_log (actor, role, agency, action, case_id, reason, channel, detail) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
    entry.actor,
    entry.role,
    entry.agency,
    entry.action,
    entry.caseId,
    entry.reason,
    entry.channel,
    JSON.stringify(entry.detail ?? {}),
  ]);
}

/** Who reads a case over HTTP: the access-log row a case read writes in the statement that reads it. */
export interface CaseReader {
  actor: string;
  role: string;
  agency: string;
}

/**
 * A data-modifying CTE named `logged` that records one HTTP read of a case (`$1` its id, `$2` the reader's agency, `$3`
 * the user, `$4` the role) for each row of `served`: the statement that reads the case writes its access-log row, so a
 * read that cannot be recorded is not served and one that is served is recorded, in one round trip.
 */
export function caseReadLogged(action: 'case.read' | 'case.timeline', served: string): string {
  return `logged AS (
    INSERT INTO access_log (actor, role, agency, action, case_id, reason, channel, detail)
    SELECT $3::text, $4::text, $2::text, '${action}', $1::uuid, NULL, 'http', '{}'::jsonb FROM ${served}
  )`;
}

export interface AccessLogFilter {
  caseId?: string;
  actor?: string;
  agency?: string;
  action?: AccessAction;
  from?: Date;
  to?: Date;
  /** Paging cursor: entries with a smaller id (newest first). */
  beforeId?: string;
  limit: number;
}

interface Row {
  id: string;
  at: Date;
  actor: string;
  role: string;
  agency: string;
  action: AccessAction;
  case_id: string | null;
  reason: string | null;
  channel: 'http' | 'cli';
  detail: Record<string, unknown>;
}

/** Newest first. */
export async function queryAccessLog(db: SqlRunner, filter: AccessLogFilter): Promise<{ entries: AccessRecord[]; nextBeforeId: string | null }> {
  const rows = (await db.query(
    // ORDER BY names a.id: the bare name would sort the text column of the same name ('9' after '10').
    `SELECT a.id::text, a.at, a.actor, a.role, a.agency, a.action, a.case_id::text, a.reason, a.channel, a.detail FROM access_log a
     WHERE ($1::uuid IS NULL OR a.case_id = $1) AND ($2::text IS NULL OR a.actor = $2) AND ($3::text IS NULL OR a.agency = $3)
       AND ($4::text IS NULL OR a.action = $4) AND ($5::timestamptz IS NULL OR a.at >= $5) AND ($6::timestamptz IS NULL OR a.at <= $6)
       AND ($7::bigint IS NULL OR a.id < $7)
     ORDER BY a.id DESC LIMIT $8`,
    [
      filter.caseId ?? null,
      filter.actor ?? null,
      filter.agency ?? null,
      filter.action ?? null,
      filter.from ?? null,
      filter.to ?? null,
      filter.beforeId ?? null,
      filter.limit + 1,
    ],
  )) as Row[];
  const page = rows.slice(0, filter.limit);
  return {
    entries: page.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actor: r.actor,
      role: r.role,
      agency: r.agency,
      action: r.action,
      caseId: r.case_id,
      reason: r.reason,
      channel: r.channel,
      detail: r.detail,
    })),
    nextBeforeId: rows.length > filter.limit ? page[page.length - 1].id : null,
  };
}
