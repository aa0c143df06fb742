import { agenciesNamedByPlanCommand, decidePlan, foldPlan, planStreamName, type PlanCommand, type PlanEvent } from '@rujukan/domain';
import type { EventStore, StoredEvent } from '@rujukan/event-store';
import type { AgencyDirectory } from '../agency-directory.js';
import type { CommandContext } from '../execute-case-command.js';
import { asEvent, executeStreamCommand, type StreamCommandResult } from '../streams/execute-stream-command.js';

export interface PlanCommandResult extends StreamCommandResult {
  planId: string;
}

const PLAN_DECIDER = { agenciesNamedBy: agenciesNamedByPlanCommand, fold: foldPlan, decide: decidePlan };

/** Runs one action-plan command on the plan's own stream (`executeStreamCommand`: idempotent by command id, claimed with its append). */
export async function executePlanCommand(
  store: EventStore,
  directory: AgencyDirectory,
  command: PlanCommand,
  context: CommandContext,
): Promise<PlanCommandResult> {
  const { planId } = command.data;
  return { planId, ...(await executeStreamCommand(store, directory, PLAN_DECIDER, { stream: planStreamName(planId), id: planId }, command, context)) };
}

export const asPlanEvent = (event: StoredEvent): PlanEvent => asEvent<PlanEvent>(event);
