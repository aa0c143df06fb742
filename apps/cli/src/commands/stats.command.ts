import type { Command } from 'commander';
import { migrate, openDatabase, parseAppConfig } from '@rujukan/platform';
import { allMigrations } from '@rujukan/read-models';
import pg from 'pg';
import { rowsRunner } from '../audit/context.js';
import { parseYearlyReportRequest, writeYearlyReport } from '../stats/yearly-report.js';

export function registerStats(program: Command): void {
  const stats = program.command('stats').description("the task forces' published statistics");
  stats
    .command('report')
    .description('write the yearly report of a region (HTML and A4 PDF, with charts); counts below STATS_MIN_CELL are hidden as over HTTP')
    .option('--year <year>', 'the year of identification (WIB), e.g. 2025')
    .option('--province <code>', 'a province (2-digit Kemendagri code); neither this nor --district: the whole country')
    .option('--district <code>', 'a kabupaten/kota (4-digit Kemendagri code)')
    .option('--lang <lang>', 'id (Bahasa Indonesia, default) or en', 'id')
    .option('--out <dir>', 'directory to write to', '.')
    .action(async (options: { year?: string; province?: string; district?: string; lang?: string; out?: string }) => {
      const now = new Date();
      const request = await parseYearlyReportRequest(options, now);
      const config = parseAppConfig(process.env);
      const database = await openDatabase(config, { joinRunning: true });
      try {
        await migrate(database, allMigrations);
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        try {
          for (const file of await writeYearlyReport(rowsRunner(client), request, config.STATS_MIN_CELL, now)) console.log(file);
        } finally {
          await client.end().catch(() => undefined);
        }
      } finally {
        await database.close();
      }
    });
}
