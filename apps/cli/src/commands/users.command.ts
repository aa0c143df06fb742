import type { Command } from 'commander';
import { ROLES, isAgencyCode } from '@rujukan/domain';
import { createEventStore, migrate, openDatabase, parseAppConfig } from '@rujukan/platform';
import { allMigrations, recordUser, USER_ID_PATTERN } from '@rujukan/read-models';
import { DataSource } from 'typeorm';
import { userInfo } from 'node:os';

/** Records a user from the operator's terminal: how the first administrator gets in when REQUIRE_REGISTERED_USERS is on. */
export function registerUsers(program: Command): void {
  program
    .command('users')
    .description('the directory of users (administrators use PUT /admin/users/:userId)')
    .command('put <userId>')
    .description('record a user with an agency and role, active unless --inactive')
    .requiredOption('--agency <code>', 'agency code, e.g. DP3A-KALTIM')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--inactive', 'record the user as deactivated')
    .action(async (userId: string, options: { agency: string; role: string; inactive?: boolean }) => {
      if (!USER_ID_PATTERN.test(userId)) throw new Error('userId must be 1-128 letters, digits, . _ @ : -');
      if (!isAgencyCode(options.agency)) throw new Error('--agency must be an agency code');
      if (!(ROLES as readonly string[]).includes(options.role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
      const config = parseAppConfig(process.env);
      const database = await openDatabase(config);
      await migrate(database, allMigrations);
      const store = createEventStore(config, database, () => undefined);
      const dataSource = new DataSource({ type: 'postgres', url: database.url });
      await dataSource.initialize();
      try {
        const operator = `cli:${userInfo().username}`;
        const user = { userId, agency: options.agency, role: options.role, active: !options.inactive };
        await recordUser(store, dataSource, user, { userId: operator, role: 'administrator', agency: 'CLI' });
        console.log(`recorded ${userId}: ${user.role} at ${user.agency}, ${user.active ? 'active' : 'deactivated'}`);
      } finally {
        await dataSource.destroy();
        await store.close();
        await database.close();
      }
    });
}
