import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export type IdempotencyClaim =
  | { kind: 'claimed' }
  | { kind: 'answered'; requestHash: string; status: number; body: unknown }
  | { kind: 'running'; requestHash: string };

// A claim older than this whose request never answered (its process died) may be taken over.
const ABANDONED_AFTER_SECONDS = 60;

/**
 * Each (user, Idempotency-Key) is claimed before its command runs and then holds the first successful
 * response, in the database so every API process sees it.
 */
@Injectable()
export class IdempotencyRecords {
  constructor(private readonly dataSource: DataSource) {}

  async claim(userId: string, key: string, requestHash: string): Promise<IdempotencyClaim> {
    const claimed: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_records (user_id, idempotency_key, request_hash)
       VALUES ($1, $2, $3)
       ON CONFLICT (user_id, idempotency_key) DO UPDATE SET claimed_at = now()
         WHERE idempotency_records.response_status IS NULL
           AND idempotency_records.request_hash = excluded.request_hash
           AND idempotency_records.claimed_at < now() - make_interval(secs => $4)
       RETURNING 1`,
      [userId, key, requestHash, ABANDONED_AFTER_SECONDS],
    );
    if (claimed.length === 1) return { kind: 'claimed' };
    const [row]: { request_hash: string; response_status: number | null; response_body: unknown }[] = await this.dataSource.query(
      `SELECT request_hash, response_status, response_body FROM idempotency_records WHERE user_id = $1 AND idempotency_key = $2`,
      [userId, key],
    );
    // Released between the insert and this read: the caller may simply try again.
    if (!row) return this.claim(userId, key, requestHash);
    if (row.response_status === null) return { kind: 'running', requestHash: row.request_hash };
    return { kind: 'answered', requestHash: row.request_hash, status: row.response_status, body: row.response_body };
  }

  async answer(userId: string, key: string, status: number, body: unknown): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_records SET response_status = $3, response_body = $4 WHERE user_id = $1 AND idempotency_key = $2`,
      [userId, key, status, JSON.stringify(body)],
    );
  }

  /** A refused or failed request leaves no answer: a retry runs the command again. */
  async release(userId: string, key: string): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM idempotency_records WHERE user_id = $1 AND idempotency_key = $2 AND response_status IS NULL`,
      [userId, key],
    );
  }
}
