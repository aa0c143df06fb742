import { Global, Module } from '@nestjs/common';
import { IdentityVault } from '@rujukan/application';
import { APP_CONFIG, identityMasterKeys, type AppConfig } from '@rujukan/platform';
import { PgDataKeyStore } from '@rujukan/read-models';
import { DataSource } from 'typeorm';
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
      inject: [DataSource, APP_CONFIG],
      useFactory: (dataSource: DataSource, config: AppConfig) => new IdentityVault(new PgDataKeyStore(dataSource), identityMasterKeys(config)),
    },
  ],
  exports: [IdentityVault],
})
export class IdentityModule {}
