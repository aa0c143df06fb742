import { expect } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** What a request may have written: the event log, Idempotency-Key claims, victims' keys and the directory. */
export interface WriteSnapshot {
  events: number;
  head: string;
  idempotencyRecords: number;
  pendingIdempotencyRecords: number;
  victimKeys: number;
  directory: string;
}

export class WriteProbe {
  private readonly dataSource: DataSource;

  constructor(app: INestApplication) {
    this.dataSource = app.get(DataSource);
  }

  async snapshot(): Promise<WriteSnapshot> {
    const [row]: Array<Record<string, string>> = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM events)::text AS events,
              (SELECT coalesce(max(global_position), 0) FROM events)::text AS head,
              (SELECT count(*) FROM command_claims)::text AS idempotency_records,
              -- A claim that names no stored event would be a key "in progress": the append writes both or neither.
              (SELECT count(*) FROM command_claims c WHERE NOT EXISTS
                 (SELECT 1 FROM events e WHERE e.stream_name = c.stream_name AND e.revision = c.revision))::text AS pending,
              (SELECT count(*) FROM victim_keys)::text AS victim_keys,
              (SELECT coalesce(md5(string_agg(a::text, '|' ORDER BY a.code)), '') FROM agencies a) ||
              (SELECT coalesce(md5(string_agg(u::text, '|' ORDER BY u.user_id)), '') FROM users u) AS directory`,
    );
    return {
      events: Number(row!.events),
      head: row!.head!,
      idempotencyRecords: Number(row!.idempotency_records),
      pendingIdempotencyRecords: Number(row!.pending),
      victimKeys: Number(row!.victim_keys),
      directory: row!.directory!,
    };
  }

  /** The last revision of a case's stream, -1 when it has none. */
  async caseRevision(caseId: string): Promise<number> {
    const [row]: Array<{ revision: string | null }> = await this.dataSource.query(`SELECT max(revision)::text AS revision FROM events WHERE stream_name = $1`, [
      `case-${caseId}`,
    ]);
    return row?.revision === null || row?.revision === undefined ? -1 : Number(row.revision);
  }

  /** Events appended after a snapshot, in order, with their stream. */
  async appendedSince(before: WriteSnapshot): Promise<Array<{ stream: string; revision: number; type: string; data: string }>> {
    return this.dataSource.query(
      `SELECT e.stream_name AS stream, e.revision::int AS revision, e.type, e.data::text AS data FROM events e WHERE e.global_position > $1 ORDER BY e.global_position`,
      [before.head],
    );
  }
}

/** A refused request left everything as it was: no event, no idempotency record, no key, no directory row. */
export function expectNothingWritten(before: WriteSnapshot, after: WriteSnapshot, what: string): void {
  expect({ what, ...after }).toEqual({ what, ...before });
}
