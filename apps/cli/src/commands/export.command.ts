import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { collectSimfoniExport, IdentityVault, simfoniCsv } from '@rujukan/application';
import { isDistrictCode, isIsoDate, isProvinceCode, type Actor } from '@rujukan/domain';
import { createEventStore, migrate, openDatabase, parseAppConfig } from '@rujukan/platform';
import {
  AccessLogQueries,
  allMigrations,
  htcdsCsv,
  loadHtcdsExport,
  PgAgencyDirectory,
  PgDataKeyStore,
  simfoniCandidates,
  type StatisticsFilter,
} from '@rujukan/read-models';
import { identityMasterKeys } from '@rujukan/server';
import { DataSource } from 'typeorm';
import pg from 'pg';
import { rowsRunner } from '../audit/context.js';

const FORMATS = ['json', 'csv'] as const;

interface HtcdsOptions {
  province?: string;
  district?: string;
  from?: string;
  to?: string;
  format?: string;
  out?: string;
}

/** The filter and format of `export htcds`, every problem named at once. */
export function parseHtcdsOptions(options: HtcdsOptions): { filter: StatisticsFilter; format: (typeof FORMATS)[number] } {
  const errors: string[] = [];
  const province = options.province ?? null;
  const district = options.district ?? null;
  if (province !== null && !isProvinceCode(province)) errors.push('--province must be a 2-digit Kemendagri code');
  if (district !== null && !isDistrictCode(district)) errors.push('--district must be a 4-digit Kemendagri code');
  if (province !== null && district !== null && !district.startsWith(province)) errors.push(`--district ${district} is not in province ${province}`);
  for (const [name, value] of [
    ['from', options.from],
    ['to', options.to],
  ] as const) {
    if (value !== undefined && !isIsoDate(value)) errors.push(`--${name} must be a day, YYYY-MM-DD`);
  }
  const format = options.format ?? 'csv';
  if (!(FORMATS as readonly string[]).includes(format)) errors.push(`--format must be one of ${FORMATS.join(', ')}`);
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return { filter: { province, district, from: options.from ?? null, to: options.to ?? null }, format: format as (typeof FORMATS)[number] };
}

export function registerExport(program: Command): void {
  const exportCommand = program.command('export').description('data that leaves Rujukan in another system’s form');
  exportCommand
    .command('htcds')
    .description('writes de-identified case records in HTCDS field names, k-anonymous (k = 11), as GET /exports/htcds does; prints the share suppressed')
    .option('--province <code>', 'cases found in or coming from this province (2-digit Kemendagri code); neither this nor --district: the whole country')
    .option('--district <code>', 'cases found in or coming from this kabupaten/kota (4-digit Kemendagri code)')
    .option('--from <day>', 'identified on or after (YYYY-MM-DD, WIB)')
    .option('--to <day>', 'identified on or before (YYYY-MM-DD, WIB)')
    .option('--format <format>', 'csv (default; the suppression report beside it in <file>.suppression.json) or json', 'csv')
    .option('--out <dir>', 'directory to write to', '.')
    .action(async (options: HtcdsOptions) => {
      const { filter, format } = parseHtcdsOptions(options);
      const config = parseAppConfig(process.env);
      const database = await openDatabase(config, { joinRunning: true });
      try {
        await migrate(database, allMigrations);
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        try {
          const data = await loadHtcdsExport(rowsRunner(client), filter);
          const base = join(options.out ?? '.', `htcds-${filter.district ?? filter.province ?? 'nasional'}`);
          if (format === 'json') {
            await writeFile(`${base}.json`, `${JSON.stringify(data, null, 2)}\n`);
            console.log(`${base}.json`);
          } else {
            await writeFile(`${base}.csv`, htcdsCsv(data.records));
            const { records: _records, ...about } = data;
            await writeFile(`${base}.suppression.json`, `${JSON.stringify(about, null, 2)}\n`);
            console.log(`${base}.csv`);
            console.log(`${base}.suppression.json`);
          }
          const s = data.suppression;
          console.error(
            `${s.published} of ${s.records} records published (k = ${s.k}); ${s.withSuppressedValues} with a value suppressed, ${s.dropped} left out: ${(s.suppressedShare * 100).toFixed(1)}% suppressed`,
          );
        } finally {
          await client.end().catch(() => undefined);
        }
      } finally {
        await database.close();
      }
    });
  exportCommand
    .command('simfoni')
    .description(
      'writes identified records for SIMFONI-PPA of the cases a supervisor’s agency owns whose victim consented to the national system, as GET /exports/simfoni does; each record read goes to the access log',
    )
    .requiredOption('--user <userId>', 'the supervisor who exports, as the directory records her (her agency and role come from the directory)')
    .option('--from <day>', 'identified on or after (YYYY-MM-DD, WIB)')
    .option('--to <day>', 'identified on or before (YYYY-MM-DD, WIB)')
    .option('--format <format>', 'csv (default) or json', 'csv')
    .option('--out <dir>', 'directory to write to', '.')
    .action(async (options: { user: string; from?: string; to?: string; format?: string; out?: string }) => {
      const { filter, format } = parseHtcdsOptions({ from: options.from, to: options.to, format: options.format });
      const config = parseAppConfig(process.env);
      const database = await openDatabase(config, { joinRunning: true });
      try {
        await migrate(database, allMigrations);
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        const dataSource = new DataSource({ type: 'postgres', url: database.url });
        await dataSource.initialize();
        const store = createEventStore(config, database, () => undefined);
        try {
          const db = rowsRunner(client);
          // The directory, never the command line, says who exports: an unknown, inactive or non-supervisor user is refused.
          const user = (await new PgAgencyDirectory(db).resolveUsers([options.user]))[options.user];
          if (!user || !user.active || user.role !== 'supervisor') {
            throw new Error(`--user ${options.user} must be an active supervisor in the directory`);
          }
          const actor: Actor = { userId: user.userId, role: 'supervisor', agency: user.agency };
          const vault = new IdentityVault(new PgDataKeyStore(dataSource), identityMasterKeys(config));
          const candidates = await simfoniCandidates(db, actor.agency, filter.from, filter.to);
          const data = await collectSimfoniExport(store, vault, new AccessLogQueries(db), { actor, channel: 'cli' }, candidates);
          const base = join(options.out ?? '.', `simfoni-${actor.agency}`);
          if (format === 'json') await writeFile(`${base}.json`, `${JSON.stringify({ agency: actor.agency, ...data }, null, 2)}\n`, { mode: 0o600 });
          else await writeFile(`${base}.csv`, simfoniCsv(data.records), { mode: 0o600 });
          console.log(`${base}.${format}`);
          console.error(`${data.records.length} of ${data.considered} cases of ${actor.agency} exported; left out: ${JSON.stringify(data.leftOut)}`);
        } finally {
          await store.close();
          await dataSource.destroy().catch(() => undefined);
          await client.end().catch(() => undefined);
        }
      } finally {
        await database.close();
      }
    });
}
