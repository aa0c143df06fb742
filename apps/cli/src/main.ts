import { Command } from 'commander';
import { registerAgencies } from './commands/agencies.command.js';
import { registerAudit } from './commands/audit.command.js';
import { registerDirectory } from './commands/directory.command.js';
import { registerExport } from './commands/export.command.js';
import { registerIdentity } from './commands/identity.command.js';
import { registerMigrate } from './commands/migrate.command.js';
import { registerPermissions } from './commands/permissions.command.js';
import { registerProjections } from './commands/projections.command.js';
import { registerSecrets } from './commands/secrets.command.js';
import { registerSeedDemo } from './commands/seed-demo.command.js';
import { registerStats } from './commands/stats.command.js';
import { registerToken } from './commands/token.command.js';
import { registerUsers } from './commands/users.command.js';
import { registerWebhooks } from './commands/webhooks.command.js';

const program = new Command('rujukan').description('Operator and auditor commands for Rujukan').showHelpAfterError();
registerMigrate(program);
registerToken(program);
registerSeedDemo(program);
registerProjections(program);
registerPermissions(program);
registerIdentity(program);
registerAgencies(program);
registerUsers(program);
registerWebhooks(program);
registerDirectory(program);
registerSecrets(program);
registerAudit(program);
registerStats(program);
registerExport(program);

await program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
