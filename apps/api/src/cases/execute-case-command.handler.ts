import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgencyDirectory, CaseStateCache, ConcurrentUpdateError, executeCaseCommand, type CaseCommandResult } from '@rujukan/application';
import { EventStore } from '@rujukan/event-store';
import { ApiError } from '../errors/api-error.js';
import { ExecuteCaseCommand } from './execute-case-command.js';

export { MAX_CONFLICT_RETRIES } from '@rujukan/application';

@CommandHandler(ExecuteCaseCommand)
export class ExecuteCaseCommandHandler implements ICommandHandler<ExecuteCaseCommand, CaseCommandResult> {
  constructor(
    private readonly store: EventStore,
    private readonly directory: AgencyDirectory,
    private readonly cache: CaseStateCache = new CaseStateCache(),
  ) {}

  async execute({ command, context, sealing }: ExecuteCaseCommand): Promise<CaseCommandResult> {
    try {
      return await executeCaseCommand(this.store, this.directory, command, context, this.cache, sealing);
    } catch (error) {
      throw conflictAsApiError(error);
    }
  }
}

/** A conflict on the case's revision is 409 `CASE.CONCURRENT_UPDATE` with the revisions; anything else passes unchanged. */
export function conflictAsApiError(error: unknown): unknown {
  if (!(error instanceof ConcurrentUpdateError)) return error;
  return new ApiError(409, error.code, error.message, {
    caseId: error.caseId,
    expectedRevision: error.expectedRevision,
    actualRevision: error.actualRevision,
  });
}
