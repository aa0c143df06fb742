import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { BearerAuthGuard } from '../auth/bearer-auth.guard.js';
import { TokenVerifier } from '../auth/token-verifier.js';
import { CaseCommandsController } from './case-commands.controller.js';
import { CaseCommandsService } from './case-commands.service.js';
import { CaseLocator } from './case-locator.js';
import { ExecuteCaseCommandHandler } from './execute-case-command.handler.js';
import { IdempotencyRecords } from './idempotency-records.js';

@Module({
  imports: [CqrsModule.forRoot()],
  controllers: [CaseCommandsController],
  providers: [TokenVerifier, BearerAuthGuard, CaseCommandsService, CaseLocator, IdempotencyRecords, ExecuteCaseCommandHandler],
})
export class CasesModule {}
