import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { expireDueReferrals } from '@rujukan/application';
import { EventStore } from '@rujukan/event-store';
import { APP_CONFIG, type AppConfig } from '@rujukan/platform';
import { DataSource } from 'typeorm';

const BATCH = 200;

/** Turns due deadlines into commands: every SWEEP_INTERVAL_MS, expire the referrals nobody answered in time. */
@Injectable()
export class DeadlineSweepService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('DeadlineSweep');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly store: EventStore,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      // One sweep at a time in a process; across processes the derived command ids keep it to one expiry.
      this.running ??= this.sweep().finally(() => (this.running = null));
    }, this.config.SWEEP_INTERVAL_MS);
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  async sweep(now = new Date()): Promise<void> {
    try {
      const due: Array<{ case_id: string; subject_id: string }> = await this.dataSource.query(
        `SELECT case_id, subject_id FROM rm_deadlines
         WHERE kind = 'referral_response' AND status = 'running' AND due_at <= $1 ORDER BY due_at LIMIT $2`,
        [now, BATCH],
      );
      if (due.length === 0) return;
      const outcome = await expireDueReferrals(
        this.store,
        due.map((d) => ({ caseId: d.case_id, referralId: d.subject_id })),
        now,
      );
      this.logger.log(`expired ${outcome.expired.length} referral(s); ${outcome.alreadySettled.length} already settled`);
      for (const { referralId, code } of outcome.refused) this.logger.warn(`referral ${referralId} not expired: ${code}`);
    } catch (error) {
      this.logger.warn(`sweep failed: ${error instanceof Error ? error.name : typeof error}`);
    }
  }
}
