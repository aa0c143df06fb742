import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface IdempotencyRecord {
  requestHash: string;
  status: number;
  body: unknown;
}

/** The first successful response to each (user, Idempotency-Key), kept in the database so every API process replays it. */
@Injectable()
export class IdempotencyRecords {
  constructor(private readonly dataSource: DataSource) {}

  async find(userId: string, key: string): Promise<IdempotencyRecord | null> {
    const rows: { request_hash: string; response_status: number; response_body: unknown }[] = await this.dataSource.query(
      `SELECT request_hash, response_status, response_body FROM idempotency_records WHERE user_id = $1 AND idempotency_key = $2`,
      [userId, key],
    );
    const row = rows[0];
    return row ? { requestHash: row.request_hash, status: row.response_status, body: row.response_body } : null;
  }

  /** The first writer wins; a racing duplicate computed the same response from the same events. */
  async record(userId: string, key: string, record: IdempotencyRecord): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO idempotency_records (user_id, idempotency_key, request_hash, response_status, response_body)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [userId, key, record.requestHash, record.status, JSON.stringify(record.body)],
    );
  }
}
