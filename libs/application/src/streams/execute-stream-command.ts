import type { ResolvedAgencies } from '@rujukan/domain';
import { CommandClaimConflictError, formatPosition, WrongExpectedRevisionError, type EventStore, type StoredEvent } from '@rujukan/event-store';
import type { AgencyDirectory } from '../agency-directory.js';
import { derivedUuid } from '../derived-id.js';
import { ConcurrentUpdateError, MAX_CONFLICT_RETRIES, type CommandContext } from '../execute-case-command.js';

/** How one kind of stream (an action plan, an MoU) decides its commands: the domain's functions for it. */
export interface StreamDecider<Command extends { metadata: object }, Event extends { type: string; data: unknown }, State> {
  /** The agency codes the command names, for the directory to resolve before it is decided. */
  agenciesNamedBy(command: Command): string[];
  fold(events: Event[]): State;
  decide(command: Command, state: State): Event[];
}

export interface StreamCommandResult {
  /** Revision of the stream's last event after the command. */
  revision: number;
  /** Global position of that event (`commit-prepare`): pass it as X-Min-Position to read your own write. */
  position: string;
}

/**
 * Runs one command on a stream of its own (not a case): read the stream, fold, resolve the agencies it names in the
 * directory, decide, append at the revision read (re-deciding on a conflict). Event ids derive from the command id,
 * and a command whose events the stream already holds answers with their revision, so a retry writes nothing twice.
 * With a fingerprint (an Idempotency-Key) the id is claimed with the append, and the same id asking something else
 * (another body, stream or command) is refused with CommandClaimConflictError rather than answered with the first result.
 */
export async function executeStreamCommand<Command extends { metadata: object }, Event extends { type: string; data: unknown }, State>(
  store: EventStore,
  directory: AgencyDirectory,
  decider: StreamDecider<Command, Event, State>,
  target: { stream: string; id: string },
  command: Command,
  context: CommandContext,
): Promise<StreamCommandResult> {
  for (let conflicts = 0; ; conflicts++) {
    const stored = await store.readStream(target.stream);
    const earlier = stored.filter((event) => event.metadata.commandId === context.commandId).at(-1);
    if (earlier) {
      if (context.fingerprint !== undefined) {
        const claimed = await store.commandClaim(context.commandId);
        if (claimed !== null && claimed !== context.fingerprint) throw new CommandClaimConflictError(context.commandId);
      }
      return { revision: earlier.revision, position: formatPosition(earlier.position) };
    }
    const revision = stored.length - 1;
    if (context.expectedRevision !== undefined && context.expectedRevision !== revision) {
      throw new ConcurrentUpdateError(target.id, context.expectedRevision, revision);
    }
    const agencies: ResolvedAgencies = await directory.resolve(decider.agenciesNamedBy(command));
    const events = decider.decide({ ...command, metadata: { ...command.metadata, agencies } }, decider.fold(stored.map(asEvent<Event>)));
    try {
      const result = await store.append(
        target.stream,
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
      return { revision: result.nextExpectedRevision, position: formatPosition(result.position) };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      if (context.expectedRevision !== undefined || conflicts >= MAX_CONFLICT_RETRIES) throw new ConcurrentUpdateError(target.id, revision, error.actual);
    }
  }
}

/** A stored event as the domain's event union: its type and data. */
export const asEvent = <Event>(event: StoredEvent): Event => ({ type: event.type, data: event.data }) as unknown as Event;
