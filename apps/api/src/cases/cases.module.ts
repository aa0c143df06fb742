import { Module } from '@nestjs/common';
import { BlindIndexer, CaseCommandRunner, CaseLocator, CaseStateCache, IdentityVault } from '@rujukan/application';
import { PgVictimIndex } from '@rujukan/read-models';
import { CommandBus, CqrsModule } from '@nestjs/cqrs';
import { EventStore } from '@rujukan/event-store';
import { AuthModule } from '../auth/auth.module.js';
import { CaseCommandsController } from './case-commands.controller.js';
import { DocumentsController } from '../documents/documents.controller.js';
import { CaseCommandsService } from './case-commands.service.js';
import { ExecuteCaseCommand } from './execute-case-command.js';
import { ExecuteCaseCommandHandler } from './execute-case-command.handler.js';

@Module({
  imports: [CqrsModule.forRoot(), AuthModule],
  controllers: [CaseCommandsController, DocumentsController],
  providers: [
    CaseCommandsService,
    ExecuteCaseCommandHandler,
    // One per process: the cases its commands decided most recently (see CaseStateCache).
    { provide: CaseStateCache, useFactory: () => new CaseStateCache() },
    { provide: CaseLocator, inject: [EventStore], useFactory: (store: EventStore) => new CaseLocator(store) },
    {
      provide: CaseCommandRunner,
      inject: [EventStore, CaseLocator, IdentityVault, CommandBus, BlindIndexer, PgVictimIndex],
      useFactory: (store: EventStore, locator: CaseLocator, vault: IdentityVault, bus: CommandBus, indexer: BlindIndexer, victims: PgVictimIndex) =>
        new CaseCommandRunner(store, locator, vault, (command, context, sealing) => bus.execute(new ExecuteCaseCommand(command, context, sealing)), {
          indexer,
          victims,
        }),
    },
  ],
  exports: [CaseCommandRunner],
})
export class CasesModule {}
