import { randomUUID } from 'node:crypto';
import { executeCaseCommand } from '@rujukan/application';
import type { Actor, CaseCommand } from '@rujukan/domain';
import { PostgresEventStore, runMigrations } from '@rujukan/event-store';
import { auditSigner } from '@rujukan/server';
import { allMigrations, queryAccessLog, type AccessRecord } from '@rujukan/read-models';
import pg from 'pg';
import { rowsRunner, type AuditContext, type Output } from '../../apps/cli/src/audit/index.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { testAgencyDirectory } from '../support/test-directory.js';

const testDirectory = testAgencyDirectory();

export const caseworker: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: 'UPTD-PPA-64' };
export const supervisor: Actor = { userId: 'spv-kaltim', role: 'supervisor', agency: 'UPTD-PPA-64' };
export const READER = { actor: 'inspektorat-1', role: 'auditor', agency: 'INSPEKTORAT-64' } as const;
/** The server's key as the CLI finds it outside production (no AUDIT_SIGNING_KEY): the development key. */
export const signer = auditSigner({ NODE_ENV: 'test', AUDIT_SIGNING_KEY: undefined, DEVELOPMENT_SECRETS: true });

/** Victim details the output must never show. */
export const SECRET_INITIALS = 'QZ';
export const SECRET_REASON = 'rahasia-korban-jangan-dicetak';

export interface CapturedOutput extends Output {
  lines: string[];
  errors: string[];
  text(): string;
  clear(): void;
}

export function capture(): CapturedOutput {
  const lines: string[] = [];
  const errors: string[] = [];
  return {
    lines,
    errors,
    out: (line) => lines.push(line),
    err: (line) => errors.push(line),
    text: () => lines.join('\n'),
    clear: () => {
      lines.length = 0;
      errors.length = 0;
    },
  };
}

export interface AuditFixture {
  database: TestDatabase;
  store: PostgresEventStore;
  sql: pg.Client;
  output: CapturedOutput;
  ctx: AuditContext;
  accessLog(): Promise<AccessRecord[]>;
  release(): Promise<void>;
}

/** A fresh, fully migrated database (the access log included), a store on it, and a context as the CLI builds it. */
export async function auditFixture(): Promise<AuditFixture> {
  const database = await createTestDatabase();
  await runMigrations(database.url, allMigrations);
  const store = new PostgresEventStore({ connectionString: database.url });
  const sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
  const output = capture();
  const db = rowsRunner(sql);
  const ctx: AuditContext = { store, db, signer, trustedKeys: [signer.publicKey], reader: READER, output };
  return {
    database,
    store,
    sql,
    output,
    ctx,
    accessLog: async () => (await queryAccessLog(db, { limit: 1000 })).entries,
    async release() {
      await sql.end();
      await store.close();
      await database.drop();
    },
  };
}

export async function run(store: PostgresEventStore, actor: Actor, type: string, data: Record<string, unknown>) {
  const now = new Date().toISOString();
  const command = { type, data, metadata: { actor, now } } as CaseCommand;
  return executeCaseCommand(store, testDirectory, command, { actor, commandId: randomUUID(), correlationId: randomUUID(), now });
}

/**
 * A case of `count` events: opened, the victim registered (with initials the output must not show), then
 * referrals sent and withdrawn in turn (with a reason the output must not show either).
 */
export async function caseWithEvents(store: PostgresEventStore, count: number): Promise<{ caseId: string; referralIds: string[] }> {
  const caseId = randomUUID();
  const referralIds: string[] = [];
  await run(store, caseworker, 'OpenCase', { caseId, channel: 'port', reporterType: 'government_agency', districtCode: '6503' });
  let written = 1;
  if (written < count) {
    await run(store, caseworker, 'RegisterVictim', {
      caseId,
      initials: SECRET_INITIALS,
      sex: 'female',
      birthYear: 1994,
      isChild: false,
      nationality: 'ID',
      originProvinceCode: '35',
      originDistrictCode: '3509',
    });
    written++;
  }
  while (written < count) {
    const referralId = randomUUID();
    referralIds.push(referralId);
    await run(store, caseworker, 'SendReferral', {
      caseId,
      referralId,
      toAgency: 'POLDA-KALTIM',
      service: 'law_enforcement',
      reason: SECRET_REASON,
      responseDeadline: new Date(Date.now() + 86_400_000).toISOString(),
      sharesIdentity: false,
    });
    written++;
    if (written < count) {
      await run(store, supervisor, 'WithdrawReferral', { caseId, referralId, reason: SECRET_REASON });
      written++;
    }
  }
  return { caseId, referralIds };
}
