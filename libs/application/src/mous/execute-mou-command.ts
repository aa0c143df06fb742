import { agenciesNamedByMouCommand, decideMou, foldMou, mouStreamName, type MouCommand, type MouEvent } from '@rujukan/domain';
import { CommandClaimConflictError, formatPosition, WrongExpectedRevisionError, type EventStore, type StoredEvent } from '@rujukan/event-store';
import type { AgencyDirectory } from '../agency-directory.js';
import { derivedUuid } from '../derived-id.js';
import { ConcurrentUpdateError, MAX_CONFLICT_RETRIES, type CommandContext } from '../execute-case-command.js';

export interface MouCommandResult {
  mouId: string;
  /** Revision of the MoU stream's last event after the command. */
  revision: number;
  /** Global position of that event (`commit-prepare`): pass it as X-Min-Position to read your own write. */
  position: string;
}

/**
 * Runs one MoU command: read the MoU's stream, fold, resolve the agencies it names in the directory,
 * decide, append at the revision read (re-deciding on a conflict). Event ids derive from the command id, and a
 * command whose events the stream already holds answers with their revision, so a retry writes nothing twice. With a
 * fingerprint (an Idempotency-Key) the id is claimed with the append, and the same id asking something else (another
 * body, MoU or command) is refused with CommandClaimConflictError rather than answered with the first result.
 */
export async function executeMouCommand(
  store: EventStore,
  directory: AgencyDirectory,
  command: MouCommand,
  context: CommandContext,
): Promise<MouCommandResult> {
  const { mouId } = command.data;
  const stream = mouStreamName(mouId);
  for (let conflicts = 0; ; conflicts++) {
    const stored = await store.readStream(stream);
    const earlier = stored.filter((event) => event.metadata.commandId === context.commandId).at(-1);
    if (earlier) {
      if (context.fingerprint !== undefined) {
        const claimed = await store.commandClaim(context.commandId);
        if (claimed !== null && claimed !== context.fingerprint) throw new CommandClaimConflictError(context.commandId);
      }
      return { mouId, revision: earlier.revision, position: formatPosition(earlier.position) };
    }
    const revision = stored.length - 1;
    if (context.expectedRevision !== undefined && context.expectedRevision !== revision) {
      throw new ConcurrentUpdateError(mouId, context.expectedRevision, revision);
    }
    const agencies = await directory.resolve(agenciesNamedByMouCommand(command));
    const events = decideMou({ ...command, metadata: { ...command.metadata, agencies } } as MouCommand, foldMou(stored.map(asMouEvent)));
    try {
      const result = await store.append(
        stream,
        events.map((event, index) => ({
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
        })),
        revision < 0 ? 'no_stream' : revision,
        { claim: context.fingerprint === undefined ? undefined : { commandId: context.commandId, fingerprint: context.fingerprint } },
      );
      return { mouId, revision: result.nextExpectedRevision, position: formatPosition(result.position) };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      if (context.expectedRevision !== undefined || conflicts >= MAX_CONFLICT_RETRIES) throw new ConcurrentUpdateError(mouId, revision, error.actual);
    }
  }
}

export const asMouEvent = (event: StoredEvent): MouEvent => ({ type: event.type, data: event.data }) as unknown as MouEvent;
