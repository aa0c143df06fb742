import { Global, Logger, Module } from '@nestjs/common';
import { IdentityVault } from '@rujukan/application';
import { APP_CONFIG, type AppConfig } from '@rujukan/platform';
import { identityMasterKeys } from '@rujukan/server';
import { PgDataKeyStore } from '@rujukan/read-models';
import { AuthModule } from '../auth/auth.module.js';
import { IdentityController } from './identity.controller.js';

/** The vault that seals and opens victims' identities; data keys live in PostgreSQL, master keys in the environment. */
@Global()
@Module({
  imports: [AuthModule],
  controllers: [IdentityController],
  providers: [
    {
      provide: IdentityVault,
      inject: [PgDataKeyStore, APP_CONFIG],
      useFactory: (keys: PgDataKeyStore, config: AppConfig) => {
        const logger = new Logger('IdentityVault');
        // The case and the kind of failure only: never the value, sealed or not.
        const unreadable = (caseId: string, error: unknown) =>
          logger.error(
            `a sealed value of case ${caseId} does not open under its key (altered, or sealed for another case): answered as [unreadable] (${(error as Error)?.name ?? 'Error'})`,
          );
        return new IdentityVault(keys, identityMasterKeys(config), unreadable);
      },
    },
  ],
  exports: [IdentityVault],
})
export class IdentityModule {}
