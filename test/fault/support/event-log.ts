import { derivedUuid } from '@rujukan/application';
import pg from 'pg';

/** One stored event as the fault specs compare it with what the API answered. */
export interface LoggedEvent {
  streamName: string;
  revision: number;
  eventId: string;
  type: string;
  commandId: string | null;
  /** `commit-prepare`, as the API writes a position. */
  position: string;
}

/** The command id the API derives from a user's Idempotency-Key (the events' ids derive from it in turn). */
export function commandIdOf(userId: string, key: string): string {
  return derivedUuid('command', userId, key);
}

/** Every event of the case streams, by stream and revision, read straight from the table. */
export async function caseEvents(url: string): Promise<LoggedEvent[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ stream_name: string; revision: string; event_id: string; type: string; command_id: string | null; position: string }>(
      `SELECT e.stream_name, e.revision::text, e.event_id::text, e.type, e.metadata->>'commandId' AS command_id,
              e.transaction_id::text || '-' || e.global_position::text AS position
       FROM events e WHERE starts_with(e.stream_name, 'case-') ORDER BY e.stream_name, e.revision`,
    );
    return rows.map((r) => ({
      streamName: r.stream_name,
      revision: Number(r.revision),
      eventId: r.event_id,
      type: r.type,
      commandId: r.command_id,
      position: r.position,
    }));
  } finally {
    await client.end();
  }
}

/** Streams whose revisions do not run 0, 1, 2 … without a gap or a repeat. */
export function streamsWithGaps(events: readonly LoggedEvent[]): string[] {
  const revisions = new Map<string, number[]>();
  for (const event of events) revisions.set(event.streamName, [...(revisions.get(event.streamName) ?? []), event.revision]);
  return [...revisions].filter(([, list]) => list.some((revision, i) => revision !== i)).map(([stream]) => stream);
}

/** The Idempotency-Key claims, as stored: each names the command's last event (the append writes both or neither). */
export async function commandClaims(url: string): Promise<Array<{ commandId: string; streamName: string; revision: number }>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ command_id: string; stream_name: string; revision: string }>(
      `SELECT command_id::text, stream_name, revision::text FROM command_claims ORDER BY command_id`,
    );
    return rows.map((r) => ({ commandId: r.command_id, streamName: r.stream_name, revision: Number(r.revision) }));
  } finally {
    await client.end();
  }
}
