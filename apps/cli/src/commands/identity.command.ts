import type { Command } from 'commander';
import { IdentityVault } from '@rujukan/application';
import { migrate, openDatabase, parseAppConfig } from '@rujukan/platform';
import { identityMasterKeys, secretWrapper } from '@rujukan/server';
import { allMigrations, PgDataKeyStore, rewrapWebhookSecrets } from '@rujukan/read-models';
import { DataSource } from 'typeorm';

/** Rewraps every victim data key under the current (first) master key; the old master key can then be retired. */
export async function rotateIdentityKeys(dataSource: DataSource, vault: IdentityVault): Promise<{ rewrapped: number; current: number; lost: number }> {
  const store = new PgDataKeyStore(dataSource);
  const outcome = { rewrapped: 0, current: 0, lost: 0 };
  for (const wrapped of await store.listWrapped()) {
    const next = vault.rewrap(wrapped);
    if (!next) outcome.current++;
    // A key erased (or rotated by another run) since it was listed is left as it is now.
    else if (await store.replaceWrapping(wrapped, next)) outcome.rewrapped++;
    else outcome.lost++;
  }
  return outcome;
}

export function registerIdentity(program: Command): void {
  program
    .command('identity')
    .description("victims' data keys")
    .command('rotate-keys')
    .description(
      "rewrap every data key, and every webhook's signing secret, under the first key of IDENTITY_MASTER_KEYS (keep the old key listed until this has run)",
    )
    .action(async () => {
      const config = parseAppConfig(process.env);
      const database = await openDatabase(config, { joinRunning: true });
      await migrate(database, allMigrations);
      const dataSource = new DataSource({ type: 'postgres', url: database.url });
      await dataSource.initialize();
      try {
        const vault = new IdentityVault(new PgDataKeyStore(dataSource), identityMasterKeys(config));
        const outcome = await rotateIdentityKeys(dataSource, vault);
        console.log(
          `rewrapped ${outcome.rewrapped} data key(s); ${outcome.current} already under the current key; ${outcome.lost} changed meanwhile (erased or rotated elsewhere)`,
        );
        const secrets = await rewrapWebhookSecrets(dataSource, secretWrapper(config));
        console.log(
          `rewrapped ${secrets.rewrapped} webhook secret(s); ${secrets.current} already under the current key; ${secrets.lost} changed meanwhile (rotated elsewhere)`,
        );
      } finally {
        await dataSource.destroy();
        await database.close();
      }
    });
}
