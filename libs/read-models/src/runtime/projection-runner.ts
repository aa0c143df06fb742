import { comparePositions, type EventStore, type Position, type Subscription } from '@rujukan/event-store';
import type { DataSource, QueryRunner } from 'typeorm';
import { advanceCheckpoint, CheckpointMovedError, loadCheckpoint } from './checkpoint-store.js';
import type { Projection } from './projection.js';

export interface ProjectionRunnerOptions {
  batchSize?: number;
  /** How often a runner without the lease tries to take it. */
  leaseRetryMs?: number;
  /** How often a runner with the lease checks that its lease connection is still alive. */
  leaseCheckMs?: number;
  onError?: (projection: string, error: unknown) => void;
}

export interface ProjectionStatus {
  name: string;
  leaseHeld: boolean;
  position: Position | null;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Runs one projection: takes its lease (a PostgreSQL advisory lock, so one runner per projection
 * across processes), resumes from the checkpoint, and applies each batch with the new checkpoint
 * in one transaction.
 */
export class ProjectionRunner {
  private stopped = false;
  private loop: Promise<void> | null = null;
  private lease: QueryRunner | null = null;
  private subscription: Subscription | null = null;
  private position: Position | null = null;
  private readonly batchSize: number;
  private readonly leaseRetryMs: number;
  private readonly leaseCheckMs: number;
  private readonly onError: (projection: string, error: unknown) => void;

  constructor(
    private readonly store: EventStore,
    private readonly dataSource: DataSource,
    private readonly projection: Projection,
    options: ProjectionRunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.leaseRetryMs = options.leaseRetryMs ?? 2000;
    this.leaseCheckMs = options.leaseCheckMs ?? 5000;
    this.onError = options.onError ?? (() => undefined);
  }

  start(): void {
    this.loop ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.subscription?.close();
    await this.loop;
  }

  status(): ProjectionStatus {
    return { name: this.projection.name, leaseHeld: this.lease !== null, position: this.position };
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      try {
        if (!(await this.takeLease())) {
          await sleep(this.leaseRetryMs);
          continue;
        }
        await this.follow();
      } catch (error) {
        if (!this.stopped) this.onError(this.projection.name, error);
        await sleep(error instanceof CheckpointMovedError ? 0 : 1000);
      } finally {
        await this.releaseLease();
      }
    }
  }

  private async follow(): Promise<void> {
    let checkpoint = (await loadCheckpoint(this.dataSource, this.projection.name)).position;
    this.position = checkpoint;
    const subscription = this.store.subscribe({
      after: checkpoint,
      filter: { eventTypes: this.projection.eventTypes },
      batchSize: this.batchSize,
    });
    this.subscription = subscription;
    const watchdog = setInterval(() => void this.checkLease(subscription), this.leaseCheckMs);
    try {
      for await (const batch of subscription) {
        if (this.stopped) break;
        if (comparePositions(batch.checkpoint, checkpoint) <= 0) continue;
        const from = checkpoint;
        await this.dataSource.transaction(async (manager) => {
          await advanceCheckpoint(manager, this.projection.name, from, batch.checkpoint, batch.events.length);
          if (batch.events.length > 0) await this.projection.apply(batch.events, manager);
        });
        checkpoint = batch.checkpoint;
        this.position = checkpoint;
      }
    } finally {
      clearInterval(watchdog);
      await subscription.close();
      this.subscription = null;
    }
  }

  private async takeLease(): Promise<boolean> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    const [row] = (await runner.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS taken`, [
      `projection:${this.projection.name}`,
    ])) as Array<{ taken: boolean }>;
    if (!row.taken) {
      await runner.release();
      return false;
    }
    this.lease = runner;
    return true;
  }

  /** A lease whose connection died may already be someone else's: stop following and take it again. */
  private async checkLease(subscription: Subscription): Promise<void> {
    try {
      await this.lease?.query('SELECT 1');
    } catch (error) {
      this.onError(this.projection.name, error);
      await subscription.close();
    }
  }

  private async releaseLease(): Promise<void> {
    const lease = this.lease;
    this.lease = null;
    if (!lease) return;
    await lease.query(`SELECT pg_advisory_unlock(hashtext($1))`, [`projection:${this.projection.name}`]).catch(() => undefined);
    await lease.release().catch(() => undefined);
  }
}
