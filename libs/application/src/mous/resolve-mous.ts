import { foldMou, mouStreamName, type MouEvent, type MouState } from '@rujukan/domain';
import type { EventStore } from '@rujukan/event-store';

/** The register's state of each MoU named, read from its stream (the authority, not a read model that may lag); an id it does not hold is absent. */
export async function resolveMous(store: EventStore, mouIds: readonly string[]): Promise<Record<string, MouState>> {
  const found: Record<string, MouState> = {};
  for (const mouId of new Set(mouIds)) {
    const state = foldMou((await store.readStream(mouStreamName(mouId))).map((event) => ({ type: event.type, data: event.data }) as unknown as MouEvent));
    if (state.exists) found[mouId] = state;
  }
  return found;
}
