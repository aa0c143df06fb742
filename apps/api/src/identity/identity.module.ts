import { Global, Inject, Injectable, Logger, Module, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { BlindIndexer, IdentityVault } from '@rujukan/application';
import { APP_CONFIG, reportConnectionLoss, type AppConfig } from '@rujukan/platform';
import { blindIndexKey, identityMasterKeys } from '@rujukan/server';
import { Database } from '@rujukan/platform';
import { listenForKeyErasures, PgDataKeyStore, type KeyErasureListener } from '@rujukan/read-models';
import { AuthModule } from '../auth/auth.module.js';
import { IdentityController } from './identity.controller.js';

/** Drops the sealing key the vault keeps for a case whose victim any process erased (see IdentityVault). */
@Injectable()
export class KeyErasures implements OnModuleInit, OnModuleDestroy {
  private listener: KeyErasureListener | null = null;
  private readonly logger = new Logger('KeyErasures');

  constructor(
    private readonly vault: IdentityVault,
    @Inject(Database) private readonly database: Database,
  ) {}

  onModuleInit(): void {
    this.listener = listenForKeyErasures(
      this.database.url,
      (caseId) => this.vault.forget(caseId),
      () => this.vault.forgetAll(),
      (error) => reportConnectionLoss(`key erasure listener lost its connection, retrying (${(error as Error)?.name ?? 'Error'})`, this.logger),
    );
  }

  async onModuleDestroy(): Promise<void> {
    await this.listener?.close();
  }
}

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
    { provide: BlindIndexer, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new BlindIndexer(blindIndexKey(config)) },
    KeyErasures,
  ],
  exports: [IdentityVault, BlindIndexer],
})
export class IdentityModule {}
