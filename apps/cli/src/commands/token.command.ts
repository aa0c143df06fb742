import type { Command } from 'commander';
import { ROLES } from '@rujukan/domain';
import { mintDevelopmentToken, parseAppConfig } from '@rujukan/platform';

export function registerToken(program: Command): void {
  program
    .command('token')
    .description('print a development bearer token (HS256 with AUTH_JWT_SECRET; only with AUTH_DEV_SIGN_IN=true, never in production)')
    .requiredOption('--user <id>', 'user id (the sub claim)')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .requiredOption('--agency <code>', 'agency code, e.g. UPTD-PPA-64')
    .option('--ttl <span>', 'lifetime, e.g. 8h or 30m', '8h')
    .action(async (options: { user: string; role: string; agency: string; ttl: string }) => {
      if (!(ROLES as readonly string[]).includes(options.role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
      const config = parseAppConfig(process.env);
      if (config.NODE_ENV === 'production') throw new Error('development tokens are not minted in production');
      // The same switch as POST /auth/dev-sign-in: a token for anyone is a development sign-in.
      if (!config.AUTH_DEV_SIGN_IN)
        throw new Error('development tokens need AUTH_DEV_SIGN_IN=true (and DEVELOPMENT_SECRETS=true unless AUTH_JWT_SECRET is set)');
      console.log(await mintDevelopmentToken(config, { userId: options.user, role: options.role, agency: options.agency, ttl: options.ttl }));
    });
}
