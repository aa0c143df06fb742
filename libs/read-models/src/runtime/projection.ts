import type { StoredEvent } from '@rujukan/event-store';
import type { EntityManager } from 'typeorm';

/** A read model kept from the log: it names the event types it handles and applies a batch in the runner's transaction. */
export interface Projection {
  readonly name: string;
  readonly eventTypes: readonly string[];
  /** Called inside the transaction that also moves the checkpoint: a batch takes effect exactly once. */
  apply(events: readonly StoredEvent[], manager: EntityManager): Promise<void>;
}

export const PROJECTIONS = Symbol('PROJECTIONS');
