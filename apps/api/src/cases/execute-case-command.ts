import { Command } from '@nestjs/cqrs';
import type { CaseCommandResult, CommandContext, DeferredSealing } from '@rujukan/application';
import type { CaseCommand } from '@rujukan/domain';

export type { CaseCommandResult, CommandContext };

/** Runs one case command on the CommandBus: read the stream, fold, decide, append at the revision read. */
export class ExecuteCaseCommand extends Command<CaseCommandResult> {
  constructor(
    readonly command: CaseCommand,
    readonly context: CommandContext,
    /** Values sealed once the command is decided (see CaseCommandRunner). */
    readonly sealing?: DeferredSealing,
  ) {
    super();
  }
}
