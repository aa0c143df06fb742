import { userInfo } from 'node:os';
import type { AnchorSigner } from '@rujukan/application';
import type { EventStore } from '@rujukan/event-store';
import { recordAccess, type AccessAction, type SqlRunner } from '@rujukan/read-models';

/** Where a command writes: its report on `out` (stdout), progress and warnings on `err` (stderr). */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export const consoleOutput: Output = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

/** The auditor at the terminal, as the access log records them. */
export interface Reader {
  actor: string;
  role: 'auditor';
  agency: string;
}

/** What every audit command runs with: the log, the database the access log lives in, and the server's keys. */
export interface AuditContext {
  store: EventStore;
  db: SqlRunner;
  signer: AnchorSigner;
  /** Public keys (SPKI DER base64) whose anchors verify: the server's own and any named in AUDIT_TRUSTED_KEYS. */
  trustedKeys: readonly string[];
  reader: Reader;
  output: Output;
  /** Draw a progress bar on stderr where one helps (verify --all); off in specs. */
  progress?: boolean;
}

/** Bad input: the message says what to give instead; the process exits with 1. */
export class UsageError extends Error {
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT = { ok: 0, error: 1, tampered: 2 } as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseCaseId(text: string | undefined): string {
  if (!text) throw new UsageError('a case id is required (the UUID the case was opened with)');
  if (!UUID.test(text)) throw new UsageError(`"${text}" is not a case id: case ids are UUIDs, e.g. 0b7e2c1a-5d3f-4c8e-9a61-2f4d8e7b3c10`);
  return text.toLowerCase();
}

/** The reason an auditor gives is recorded with the read; as over HTTP, 3 to 500 characters. */
export function parseReason(text: string | undefined): string {
  const reason = text?.trim() ?? '';
  if (reason.length === 0) {
    throw new UsageError(
      '--reason <text> is required: every audit command records why the record is read (3 to 500 characters), e.g. --reason "Pemeriksaan Inspektorat 2026/11"',
    );
  }
  if (reason.length < 3 || reason.length > 500) throw new UsageError(`--reason must be 3 to 500 characters (it is ${reason.length})`);
  return reason;
}

/** `--actor`, else the operating system's user name. */
export function readerFrom(options: { actor?: string; agency?: string }): Reader {
  const actor = options.actor?.trim() || osUserName();
  const agency = options.agency?.trim() || 'CLI';
  return { actor, role: 'auditor', agency };
}

function osUserName(): string {
  try {
    return userInfo().username;
  } catch {
    // No passwd entry for the uid (some containers).
    return process.env.USER ?? process.env.LOGNAME ?? `uid-${process.getuid?.() ?? 'unknown'}`;
  }
}

/**
 * A `SqlRunner` over a pg client that answers with the rows, as a TypeORM DataSource does (what
 * `queryAccessLog` expects); `recordAccess` ignores the answer either way.
 */
export function rowsRunner(client: { query(sql: string, parameters?: unknown[]): Promise<{ rows: unknown[] }> }): SqlRunner {
  return { query: async (sql, parameters) => (await client.query(sql, parameters)).rows };
}

/** Records the read before it is answered: a read that cannot be recorded is not served. */
export function recordCliAccess(
  ctx: AuditContext,
  action: AccessAction,
  caseId: string | null,
  reason: string,
  detail: Record<string, unknown>,
): Promise<void> {
  return recordAccess(ctx.db, {
    actor: ctx.reader.actor,
    role: ctx.reader.role,
    agency: ctx.reader.agency,
    action,
    caseId,
    reason,
    channel: 'cli',
    detail,
  });
}
