import { agenciesNamedByMouCommand, decideMou, foldMou, mouStreamName, type MouCommand, type MouEvent } from '@rujukan/domain';
import type { EventStore, StoredEvent } from '@rujukan/event-store';
import type { AgencyDirectory } from '../agency-directory.js';
import type { CommandContext } from '../execute-case-command.js';
import { asEvent, executeStreamCommand, type StreamCommandResult } from '../streams/execute-stream-command.js';

export interface MouCommandResult extends StreamCommandResult {
  mouId: string;
}

const MOU_DECIDER = { agenciesNamedBy: agenciesNamedByMouCommand, fold: foldMou, decide: decideMou };

/** Runs one MoU command on the MoU's own stream (`executeStreamCommand`: idempotent by command id, claimed with its append). */
export async function executeMouCommand(
  store: EventStore,
  directory: AgencyDirectory,
  command: MouCommand,
  context: CommandContext,
): Promise<MouCommandResult> {
  const { mouId } = command.data;
  return { mouId, ...(await executeStreamCommand(store, directory, MOU_DECIDER, { stream: mouStreamName(mouId), id: mouId }, command, context)) };
}

export const asMouEvent = (event: StoredEvent): MouEvent => asEvent<MouEvent>(event);
