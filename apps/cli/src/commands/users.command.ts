import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { ROLES, isAgencyCode } from '@rujukan/domain';
import { createEventStore, migrate, openDatabase, parseAppConfig } from '@rujukan/platform';
import { allMigrations } from '@rujukan/read-models';
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
      if (!/^[A-Za-z0-9][A-Za-z0-9._@:-]{0,127}$/.test(userId)) throw new Error('userId must be 1-128 letters, digits, . _ @ : -');
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
        const id = randomUUID();
        await store.append(
          `directory-user-${userId}`,
          [{ id, type: 'UserRecorded', data: user, metadata: { actor: operator, role: 'administrator', agency: 'CLI', correlationId: id, causationId: null, commandId: id, occurredAt: new Date().toISOString() } }],
          'any',
        );
        await dataSource.query(
          `INSERT INTO users (user_id, agency, role, active, updated_at, updated_by) VALUES ($1, $2, $3, $4, now(), $5)
           ON CONFLICT (user_id) DO UPDATE SET agency = excluded.agency, role = excluded.role, active = excluded.active,
             updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
          [userId, user.agency, user.role, user.active, operator],
        );
        console.log(`recorded ${userId}: ${user.role} at ${user.agency}, ${user.active ? 'active' : 'deactivated'}`);
      } finally {
        await dataSource.destroy();
        await store.close();
        await database.close();
      }
    });
}
