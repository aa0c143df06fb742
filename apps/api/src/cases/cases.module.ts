import { Module } from '@nestjs/common';
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
  providers: [CaseCommandsService, CaseLocator, IdempotencyRecords, ExecuteCaseCommandHandler],
})
export class CasesModule {}
