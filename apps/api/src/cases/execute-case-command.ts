import { Command } from '@nestjs/cqrs';
import type { Actor, CaseCommand } from '@rujukan/domain';

/** What the request adds to a command: who acts, under which ids, and when. */
export interface CommandContext {
  actor: Actor;
  correlationId: string;
  /** Stable across retries of one request (derived from its Idempotency-Key), so its events are stored once. */
  commandId: string;
  /** ISO 8601 time the request arrived. */
  now: string;
  /** The revision the client last saw (If-Match); when given, a moved stream is a conflict with no retry. */
  expectedRevision?: number;
}

export interface CaseCommandResult {
  caseId: string;
  /** Revision of the case stream's last event after the command. */
  revision: number;
  /** Global position of that event, `commit-prepare`; pass it as X-Min-Position to read your own write. */
  position: string;
}

/** Runs one case command: read the stream, fold, decide, append at the revision read. */
export class ExecuteCaseCommand extends Command<CaseCommandResult> {
  constructor(
    readonly command: CaseCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}
