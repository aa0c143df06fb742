import { randomUUID } from 'node:crypto';
import type { CaseEvent } from '@rujukan/domain';
import { GENESIS_HASH, contentHash, linkHash, runMigrations, type StoredEvent } from '@rujukan/event-store';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { allMigrations } from '../migrations/index.js';
import type { Projection } from '../runtime/projection.js';

export interface ProjectionHarness {
  dataSource: DataSource;
  /** Applies events in one transaction, as the runner applies a batch. */
  apply(projection: Projection, events: readonly StoredEvent[]): Promise<void>;
  close(): Promise<void>;
}

/** A fresh migrated database for projection specs. */
export async function startProjectionHarness(): Promise<ProjectionHarness> {
  const database: TestDatabase = await createTestDatabase({ migrate: false });
  await runMigrations(database.url, allMigrations);
  const dataSource = new DataSource({ type: 'postgres', url: database.url, synchronize: false });
  await dataSource.initialize();
  return {
    dataSource,
    async apply(projection, events) {
      const handled = events.filter((e) => projection.eventTypes.includes(e.type));
      await dataSource.transaction((manager) => projection.apply(handled, manager));
    },
    async close() {
      await dataSource.destroy();
      await database.drop();
    },
  };
}

let position = 0n;

/**
 * Domain events as the store would hand them to a projection: revisions in order from `fromRevision`,
 * metadata from each event's actor and time, increasing positions.
 */
export function stored(events: readonly CaseEvent[], fromRevision = 0): StoredEvent[] {
  // Linked among themselves (a stream read from `fromRevision` > 0 would link to an earlier event).
  let previous: Buffer = GENESIS_HASH;
  return events.map((event, i) => {
    position++;
    const id = randomUUID();
    const streamName = `case-${event.data.caseId}`;
    const metadata = {
      actor: event.data.by.userId,
      role: event.data.by.role,
      agency: event.data.by.agency,
      correlationId: randomUUID(),
      causationId: null,
      commandId: randomUUID(),
      occurredAt: event.data.at,
    };
    const recordedAt = new Date(event.data.at);
    previous = linkHash(previous, contentHash({ streamName, id, type: event.type, data: event.data, metadata }), fromRevision + i, recordedAt);
    return {
      id,
      type: event.type,
      data: event.data as unknown as Record<string, unknown>,
      metadata,
      streamName,
      revision: fromRevision + i,
      position: { commit: position, prepare: position },
      recordedAt,
      hash: previous.toString('hex'),
    };
  });
}
