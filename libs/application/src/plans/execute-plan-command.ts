import { agenciesNamedByPlanCommand, decidePlan, foldPlan, planStreamName, type PlanCommand, type PlanEvent } from '@rujukan/domain';
import { CommandClaimConflictError, formatPosition, WrongExpectedRevisionError, type EventStore, type StoredEvent } from '@rujukan/event-store';
import type { AgencyDirectory } from '../agency-directory.js';
import { derivedUuid } from '../derived-id.js';
import { ConcurrentUpdateError, MAX_CONFLICT_RETRIES, type CommandContext } from '../execute-case-command.js';

export interface PlanCommandResult {
  planId: string;
  /** Revision of the plan stream's last event after the command. */
  revision: number;
  /** Global position of that event (`commit-prepare`): pass it as X-Min-Position to read your own write. */
  position: string;
}

/**
 * Runs one action-plan command: read the plan's stream, fold, resolve the agencies it names in the directory,
 * decide, append at the revision read (re-deciding on a conflict). Event ids derive from the command id, and a
 * command whose events the stream already holds answers with their revision, so a retry writes nothing twice. With a
 * fingerprint (an Idempotency-Key) the id is claimed with the append, and the same id asking something else (another
 * body, item, plan or command) is refused with CommandClaimConflictError rather than answered with the first result.
 */
export async function executePlanCommand(
  store: EventStore,
  directory: AgencyDirectory,
  command: PlanCommand,
  context: CommandContext,
): Promise<PlanCommandResult> {
  const { planId } = command.data;
  const stream = planStreamName(planId);
  for (let conflicts = 0; ; conflicts++) {
    const stored = await store.readStream(stream);
    const earlier = stored.filter((event) => event.metadata.commandId === context.commandId).at(-1);
    if (earlier) {
      if (context.fingerprint !== undefined) {
        const claimed = await store.commandClaim(context.commandId);
        if (claimed !== null && claimed !== context.fingerprint) throw new CommandClaimConflictError(context.commandId);
      }
      return { planId, revision: earlier.revision, position: formatPosition(earlier.position) };
    }
    const revision = stored.length - 1;
    if (context.expectedRevision !== undefined && context.expectedRevision !== revision) {
      throw new ConcurrentUpdateError(planId, context.expectedRevision, revision);
    }
    const agencies = await directory.resolve(agenciesNamedByPlanCommand(command));
    const events = decidePlan({ ...command, metadata: { ...command.metadata, agencies } } as PlanCommand, foldPlan(stored.map(asPlanEvent)));
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
      return { planId, revision: result.nextExpectedRevision, position: formatPosition(result.position) };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      if (context.expectedRevision !== undefined || conflicts >= MAX_CONFLICT_RETRIES) throw new ConcurrentUpdateError(planId, revision, error.actual);
    }
  }
}

export const asPlanEvent = (event: StoredEvent): PlanEvent => ({ type: event.type, data: event.data }) as unknown as PlanEvent;
