import { Module } from '@nestjs/common';
import { CaseStateCache } from '@rujukan/application';
import { CqrsModule } from '@nestjs/cqrs';
import { AuthModule } from '../auth/auth.module.js';
import { CaseCommandsController } from './case-commands.controller.js';
import { CaseCommandsService } from './case-commands.service.js';
import { CaseLocator } from './case-locator.js';
import { ExecuteCaseCommandHandler } from './execute-case-command.handler.js';
import { IdempotencyRecords } from './idempotency-records.js';

@Module({
  imports: [CqrsModule.forRoot(), AuthModule],
  controllers: [CaseCommandsController],
  providers: [
    CaseCommandsService,
    CaseLocator,
    IdempotencyRecords,
    ExecuteCaseCommandHandler,
    // One per process: the cases its commands decided most recently (see CaseStateCache).
    { provide: CaseStateCache, useFactory: () => new CaseStateCache() },
  ],
})
export class CasesModule {}
