import type { Command } from 'commander';
import pg from 'pg';
import { createEventStore, migrate, openDatabase, parseAppConfig } from '@rujukan/platform';
import { auditSigner, trustedAuditKeys } from '@rujukan/server';
import { allMigrations } from '@rujukan/read-models';
import {
  consoleOutput,
  parseExportRequest,
  parseReplayRequest,
  parseVerifyRequest,
  readerFrom,
  rowsRunner,
  runAnchor,
  runCheckDossier,
  runExport,
  runReplay,
  runVerify,
  type AuditContext,
} from '../audit/index.js';

interface ReaderOptions {
  actor?: string;
  agency?: string;
}

const READER_OPTIONS = (command: Command) =>
  command
    .option('--actor <id>', 'who reads, as the access log records it (default: the operating system user)')
    .option('--agency <code>', 'the reader’s agency, as the access log records it', 'CLI');

/**
 * Opens what an audit command needs (the database the access log lives in, the event store, the server's
 * signing and trusted keys), runs it, sets the exit code it returns and closes everything.
 */
async function withAuditContext(options: ReaderOptions & { progress?: boolean }, run: (ctx: AuditContext) => Promise<number>): Promise<void> {
  const config = parseAppConfig(process.env);
  const signer = auditSigner(config);
  const trustedKeys = trustedAuditKeys(config);
  const database = await openDatabase(config, { joinRunning: true });
  try {
    // The access log must exist before anything is read: a read that cannot be recorded is not served.
    await migrate(database, allMigrations);
    const store = createEventStore(config, database, () => undefined);
    const db = new pg.Client({ connectionString: database.url });
    try {
      await db.connect();
      process.exitCode = await run({
        store,
        db: rowsRunner(db),
        signer,
        trustedKeys,
        reader: readerFrom(options),
        output: consoleOutput,
        progress: options.progress ?? false,
      });
    } finally {
      await db.end().catch(() => undefined);
      await store.close();
    }
  } finally {
    await database.close();
  }
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerAudit(program: Command): void {
  const audit = program
    .command('audit')
    .description('check, replay and export the tamper-evident record; every read names its reason and is recorded in the access log');

  READER_OPTIONS(
    audit
      .command('verify')
      .description(
        'recompute the hash chain of one case or of every stream and check it against the signed anchors and what the read models and the access log saw (exit 0 intact, 2 tampered)',
      )
      .option('--all', 'every stream of the store')
      .option('--case <caseId>', 'one case')
      .option('--reason <text>', 'why the record is read (3-500 characters; recorded)'),
  ).action(async (options: { all?: boolean; case?: string; reason?: string } & ReaderOptions) => {
    const request = parseVerifyRequest(options);
    await withAuditContext({ ...options, progress: request.scope === 'all' }, (ctx) => runVerify(ctx, request));
  });

  audit
    .command('anchor')
    .description("sign every stream's head now with the server's key (the projector anchors what moved every AUDIT_ANCHOR_INTERVAL_MS)")
    .action(async () => {
      await withAuditContext({}, async (ctx) => (await runAnchor(ctx)).code);
    });

  READER_OPTIONS(
    audit
      .command('replay <caseId>')
      .description("a case's timeline up to a point, then its state there (no identifying details are printed)")
      .option('--at <time>', 'RFC 3339 date-time (e.g. 2026-03-01T08:00:00Z): everything recorded up to then')
      .option('--revision <n>', 'up to and including this revision')
      .option('--json', 'print the full folded state as JSON instead (sealed values read [sealed] or [erased])')
      .option('--reason <text>', 'why the record is read (3-500 characters; recorded)'),
  ).action(async (caseId: string, options: { at?: string; revision?: string; json?: boolean; reason?: string } & ReaderOptions) => {
    const request = parseReplayRequest(caseId, options);
    await withAuditContext(options, async (ctx) => (await runReplay(ctx, request)).code);
  });

  READER_OPTIONS(
    audit
      .command('export <caseId>')
      .description('write <caseId>.dossier.json (every event, final state, verification, anchors; Ed25519-signed) and <caseId>.dossier.html')
      .option('--out <dir>', 'directory to write to', '.')
      .option('--reason <text>', 'why the record is exported (3-500 characters; recorded)'),
  ).action(async (caseId: string, options: { out?: string; reason?: string } & ReaderOptions) => {
    const request = parseExportRequest(caseId, options);
    await withAuditContext(options, async (ctx) => (await runExport(ctx, request)).code);
  });

  audit
    .command('check-dossier <file>')
    .description("check a dossier offline: its signature, its key and its events' hash chain (exit 0 intact, 2 not)")
    .option('--key <key>', 'the public key (base64) or key id the exporting office published; repeatable', collect, [])
    .action(async (file: string, options: { key: string[] }) => {
      process.exitCode = (await runCheckDossier(file, options.key, consoleOutput)).code;
    });
}
