import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { caseStreamName, decide, foldCase, type CaseEvent } from '@rujukan/domain';
import { EventStore, WrongExpectedRevisionError, formatPosition, type NewEvent, type StoredEvent } from '@rujukan/event-store';
import { ApiError } from '../errors/api-error.js';
import { derivedUuid } from './derived-id.js';
import { ExecuteCaseCommand, type CaseCommandResult, type CommandContext } from './execute-case-command.js';

export const MAX_CONFLICT_RETRIES = 3;

@CommandHandler(ExecuteCaseCommand)
export class ExecuteCaseCommandHandler implements ICommandHandler<ExecuteCaseCommand, CaseCommandResult> {
  constructor(private readonly store: EventStore) {}

  async execute({ command, context }: ExecuteCaseCommand): Promise<CaseCommandResult> {
    const { caseId } = command.data;
    const stream = caseStreamName(caseId);
    for (let attempt = 0; ; attempt++) {
      const stored = await this.store.readStream(stream);
      // A retry whose first attempt was appended (but never answered) returns that attempt's result.
      const earlier = stored.filter((event) => event.metadata.commandId === context.commandId);
      if (earlier.length > 0) return resultOf(caseId, earlier.at(-1)!);
      const revision = stored.at(-1)?.revision ?? -1;
      if (context.expectedRevision !== undefined && context.expectedRevision !== revision) {
        throw concurrentUpdate(caseId, context.expectedRevision, revision);
      }
      const events = decide(command, foldCase(stored.map(toCaseEvent)));
      try {
        const result = await this.store.append(stream, events.map(toNewEvent(context)), revision < 0 ? 'no_stream' : revision);
        return { caseId, revision: result.nextExpectedRevision, position: formatPosition(result.position) };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        if (context.expectedRevision !== undefined || attempt >= MAX_CONFLICT_RETRIES) {
          throw concurrentUpdate(caseId, revision, error.actual);
        }
      }
    }
  }
}

function toCaseEvent(event: StoredEvent): CaseEvent {
  return { type: event.type, data: event.data } as CaseEvent;
}

function toNewEvent(context: CommandContext) {
  return (event: CaseEvent, index: number): NewEvent => ({
    id: derivedUuid(context.commandId, String(index)),
    type: event.type,
    data: event.data as unknown as Record<string, unknown>,
    metadata: {
      actor: context.actor.userId,
      role: context.actor.role,
      agency: context.actor.agency,
      correlationId: context.correlationId,
      causationId: null,
      commandId: context.commandId,
      occurredAt: context.now,
    },
  });
}

function resultOf(caseId: string, event: StoredEvent): CaseCommandResult {
  return { caseId, revision: event.revision, position: formatPosition(event.position) };
}

function concurrentUpdate(caseId: string, expected: number, actual: number | null): ApiError {
  return new ApiError(409, 'CASE.CONCURRENT_UPDATE', 'the case changed while the command was being decided; read it again and retry', {
    caseId,
    expectedRevision: expected,
    actualRevision: actual,
  });
}
