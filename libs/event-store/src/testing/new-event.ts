import { randomUUID } from 'node:crypto';
import type { NewEvent } from '../event-store.js';

/** An event with complete metadata, for specs and benchmarks. */
export function newEvent(type = 'TestEventHappened', data: Record<string, unknown> = {}, id = randomUUID()): NewEvent {
  return {
    id,
    type,
    data,
    metadata: {
      actor: 'user-1',
      role: 'caseworker',
      agency: 'UPTDPPA-64',
      correlationId: randomUUID(),
      causationId: null,
      commandId: randomUUID(),
      occurredAt: new Date().toISOString(),
    },
  };
}
