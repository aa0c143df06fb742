import { Global, Module } from '@nestjs/common';
import { parseAppConfig } from './app-config.js';

export const APP_CONFIG = Symbol('APP_CONFIG');

/** The validated environment, read once; a bad value stops the start with every problem listed. */
@Global()
@Module({
  providers: [{ provide: APP_CONFIG, useFactory: () => parseAppConfig(process.env) }],
  exports: [APP_CONFIG],
})
export class AppConfigModule {}
