import type { Command } from 'commander';
import { allMigrations } from '@rujukan/read-models';
import { migrate, openDatabase, parseAppConfig } from '@rujukan/platform';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('apply pending schema migrations to the configured database (DATABASE_URL, or the embedded one)')
    .action(async () => {
      const database = await openDatabase(parseAppConfig(process.env), { joinRunning: true });
      try {
        const applied = await migrate(database, allMigrations);
        console.log(applied.length === 0 ? 'schema is up to date' : `applied: ${applied.join(', ')}`);
      } finally {
        await database.close();
      }
    });
}
