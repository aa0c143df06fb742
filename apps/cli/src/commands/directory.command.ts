import type { Command } from 'commander';
import { userInfo } from 'node:os';
import { importAgencies, type DirectoryImportReport } from '@rujukan/read-models';
import { readDirectoryFile } from '@rujukan/commands';
import { withCliDatabase } from './cli-database.js';

export function formatImportReport(report: DirectoryImportReport, dryRun = false): string {
  const list = (codes: string[]) => `: ${codes.slice(0, 20).join(', ')}${codes.length > 20 ? ` … and ${codes.length - 20} more` : ''}`;
  const verb = dryRun ? 'would be ' : '';
  return [
    `added ${report.added.length}, changed ${report.changed.length}, unchanged ${report.unchanged.length}${dryRun ? ' (dry run: nothing recorded)' : ''}`,
    ...(report.added.length ? [`${verb}added${list(report.added)}`] : []),
    ...(report.changed.length ? [`${verb}changed${list(report.changed)}`] : []),
    ...(report.notInFile.length ? [`in the directory but not in the file (left as they are)${list(report.notInFile)}`] : []),
  ].join('\n');
}

/** Loads a directory file (data/directory/agencies.json is shipped) through the same recordAgency the directory routes use. */
export function registerDirectory(program: Command): void {
  program
    .command('directory')
    .description('the directory of agencies (administrators use PUT /admin/agencies/:code)')
    .command('import <file>')
    .description('record the agencies of a directory file that are new or differ; agencies the file does not name are left alone')
    .option('--dry-run', 'report what would change and record nothing')
    .action(async (file: string, options: { dryRun?: boolean }) => {
      const agencies = await readDirectoryFile(file);
      const operator = { userId: `cli:${userInfo().username}`, role: 'administrator', agency: 'CLI' };
      const report = await withCliDatabase(({ store, dataSource }) => importAgencies(store, dataSource, agencies, operator, { dryRun: options.dryRun }));
      console.log(formatImportReport(report, options.dryRun));
    });
}
