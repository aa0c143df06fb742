import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { EventStoreUnavailableError, isConnectionError } from '@rujukan/event-store';
import { DataSource } from 'typeorm';

export type IdempotencyClaim =
  { kind: 'claimed' } | { kind: 'answered'; requestHash: string; status: number; body: unknown } | { kind: 'running'; requestHash: string };

/** What a settled request answered, or null when it wrote nothing. */
export type SettledAnswer = { status: number; body: unknown } | null;

// A claim older than this whose request never answered (its process died) may be taken over.
const ABANDONED_AFTER_SECONDS = 60;
// How often claims left open by an unreachable database are tried again.
const SETTLE_RETRY_MS = 500;

interface Unsettled {
  userId: string;
  key: string;
  requestHash: string;
  since: number;
  /** Looks in the event log for what the request wrote: its answer, or null when it wrote nothing. */
  find: () => Promise<SettledAnswer>;
}

/** Connection trouble: the request's outcome is unknown to this process until the database answers again. */
export function isUnavailable(error: unknown): boolean {
  return error instanceof EventStoreUnavailableError || isConnectionError(error);
}

/**
 * Each (user, Idempotency-Key) is claimed before its command runs and then holds the first successful
 * response, in the database so every API process sees it.
 *
 * When the database goes away mid-request the claim may be left open, and the events may or may not have
 * been committed. Such a request is settled in the background once the database answers again: if its
 * events are in the log its answer is recorded (so a retry replays it), otherwise the claim is released
 * (so a retry runs the command). A retry never waits for the abandonment timeout after an outage.
 */
@Injectable()
export class IdempotencyRecords implements OnModuleDestroy {
  private readonly logger = new Logger('Idempotency');
  private readonly unsettled = new Map<string, Unsettled>();
  private timer: NodeJS.Timeout | null = null;
  private settling: Promise<void> | null = null;

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

  /** Records the first answer. An upsert: a claim released meanwhile (by a settling) still ends up answered. */
  async answer(userId: string, key: string, requestHash: string, status: number, body: unknown): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO idempotency_records (user_id, idempotency_key, request_hash, response_status, response_body)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (user_id, idempotency_key) DO UPDATE SET response_status = excluded.response_status, response_body = excluded.response_body
         WHERE idempotency_records.response_status IS NULL AND idempotency_records.request_hash = excluded.request_hash`,
      [userId, key, requestHash, status, JSON.stringify(body)],
    );
  }

  /** A refused or failed request leaves no answer: a retry runs the command again. Only this request's own claim goes. */
  async release(userId: string, key: string, requestHash: string): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM idempotency_records WHERE user_id = $1 AND idempotency_key = $2 AND request_hash = $3 AND response_status IS NULL`,
      [userId, key, requestHash],
    );
  }

  /**
   * The database failed this request, so its claim may be open and its events may be committed: find out as
   * soon as the database answers, then record the answer or release the claim. `find` must only look, never act.
   */
  settleLater(userId: string, key: string, requestHash: string, find: () => Promise<SettledAnswer>): void {
    this.unsettled.set(`${userId}\u0000${key}`, { userId, key, requestHash, since: Date.now(), find });
    this.schedule(0);
  }

  /** Requests still waiting to be settled (for health and specs). */
  unsettledCount(): number {
    return this.unsettled.size;
  }

  /** Waits for a settling round in progress; used on shutdown and by specs. */
  async flush(): Promise<void> {
    await this.settling;
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.settling;
    this.unsettled.clear();
  }

  private schedule(ms: number): void {
    if (this.timer || this.settling) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.settling = this.settleAll().finally(() => {
        this.settling = null;
        if (this.unsettled.size > 0) this.schedule(SETTLE_RETRY_MS);
      });
    }, ms);
    this.timer.unref();
  }

  private async settleAll(): Promise<void> {
    for (const [id, entry] of [...this.unsettled]) {
      // Past the abandonment age a retry takes the claim over anyway.
      if (Date.now() - entry.since > ABANDONED_AFTER_SECONDS * 1000) {
        this.unsettled.delete(id);
        continue;
      }
      try {
        const settled = await entry.find();
        if (settled) await this.answer(entry.userId, entry.key, entry.requestHash, settled.status, settled.body);
        else await this.release(entry.userId, entry.key, entry.requestHash);
        this.unsettled.delete(id);
      } catch (error) {
        // Still down: the next round tries again. Anything else is a bug: give up on this one, say so (no key, no data).
        if (isUnavailable(error)) return;
        this.unsettled.delete(id);
        this.logger.error(`could not settle an idempotency claim: ${error instanceof Error ? error.name : typeof error}`);
      }
    }
  }
}
