import type { Command } from 'commander';
import { ROLES, isAgencyCode } from '@rujukan/domain';
import { agencyStatus, recordUser, USER_ID_PATTERN } from '@rujukan/read-models';
import { userInfo } from 'node:os';
import { withCliDatabase } from './cli-database.js';

// The API validates with class-validator's IsEmail; here a plain shape check keeps a typo out.
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,189}\.[^\s@]{2,}$/;

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
    .option('--email <address>', 'where notifications to the user go (a case assigned to them; to a supervisor, escalations)')
    .action(async (userId: string, options: { agency: string; role: string; inactive?: boolean; email?: string }) => {
      if (!USER_ID_PATTERN.test(userId)) throw new Error('userId must be 1-128 letters, digits, . _ @ : -');
      if (!isAgencyCode(options.agency)) throw new Error('--agency must be an agency code');
      if (!(ROLES as readonly string[]).includes(options.role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
      const operator = `cli:${userInfo().username}`;
      if (options.email !== undefined && !EMAIL.test(options.email)) throw new Error('--email must be an e-mail address');
      const user = { userId, agency: options.agency, role: options.role, active: !options.inactive, email: options.email ?? null };
      await withCliDatabase(async ({ store, dataSource }) => {
        const status = await agencyStatus(dataSource, options.agency);
        if (status !== 'active' && !options.inactive) {
          throw new Error(
            `agency ${options.agency} is ${status === 'unknown' ? 'not in the directory' : 'no longer active'}: record it first with ` +
              `npm run cli -- agencies put ${options.agency} --name "<name>" --type <type> (or cli directory import)`,
          );
        }
        await recordUser(store, dataSource, user, { userId: operator, role: 'administrator', agency: 'CLI' });
      });
      console.log(`recorded ${userId}: ${user.role} at ${user.agency}, ${user.active ? 'active' : 'deactivated'}`);
    });
}
