import type { Command } from 'commander';
import { ROLES } from '@rujukan/domain';
import { mintDevelopmentToken, parseAppConfig } from '@rujukan/platform';

export function registerToken(program: Command): void {
  program
    .command('token')
    .description('print a development bearer token (HS256, AUTH_JWT_SECRET or the development default)')
    .requiredOption('--user <id>', 'user id (the sub claim)')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .requiredOption('--agency <code>', 'agency code, e.g. UPTD-PPA-64')
    .option('--ttl <span>', 'lifetime, e.g. 8h or 30m', '8h')
    .action(async (options: { user: string; role: string; agency: string; ttl: string }) => {
      if (!(ROLES as readonly string[]).includes(options.role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
      const config = parseAppConfig(process.env);
      if (config.NODE_ENV === 'production') throw new Error('development tokens are not minted in production');
      console.log(await mintDevelopmentToken(config, { userId: options.user, role: options.role, agency: options.agency, ttl: options.ttl }));
    });
}
