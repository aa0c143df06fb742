import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { AgencyDirectory, expireDueReferrals, flagOverdueServices, settleInterruptedErasures, type SweepOutcome } from '@rujukan/application';
import { EventStore } from '@rujukan/event-store';
import { APP_CONFIG, type AppConfig } from '@rujukan/platform';
import { PgDataKeyStore } from '@rujukan/read-models';
import { DataSource } from 'typeorm';

const BATCH = 200;

/**
 * Turns due deadlines into commands every SWEEP_INTERVAL_MS: expire unanswered referrals, flag services not delivered
 * in time; and finishes the erasures a crash interrupted between recording them and destroying their key.
 */
@Injectable()
export class DeadlineSweepService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('DeadlineSweep');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly store: EventStore,
    private readonly dataSource: DataSource,
    private readonly directory: AgencyDirectory,
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
      const due = (kind: string): Promise<Array<{ case_id: string; subject_id: string }>> =>
        this.dataSource.query(
          `SELECT case_id, subject_id FROM rm_deadlines
           WHERE kind = $1 AND status = 'running' AND due_at <= $2 ORDER BY due_at LIMIT $3`,
          [kind, now, BATCH],
        );
      const referrals = await due('referral_response');
      if (referrals.length > 0) {
        const outcome = await expireDueReferrals(
          this.store,
          this.directory,
          referrals.map((d) => ({ caseId: d.case_id, referralId: d.subject_id })),
          now,
        );
        this.report('expired', 'referral', outcome);
      }
      // A service clock's subject is `<caseId>:<serviceId>`: the service id is only unique within its case.
      const services = await due('service_start');
      if (services.length > 0) {
        const outcome = await flagOverdueServices(
          this.store,
          this.directory,
          services.map((d) => ({ caseId: d.case_id, serviceId: d.subject_id.slice(d.case_id.length + 1) })),
          now,
        );
        this.report('flagged overdue', 'service', outcome);
      }
      const keys = new PgDataKeyStore(this.dataSource);
      const erasures = await settleInterruptedErasures(this.store, keys, now);
      if (erasures.finished.length > 0) this.logger.warn(`finished ${erasures.finished.length} erasure(s) a crash interrupted: their keys are destroyed now`);
      if (erasures.abandoned.length > 0) this.logger.log(`let go of ${erasures.abandoned.length} erasure(s) never recorded`);
      const rewritten = await keys.rewritePending();
      if (rewritten.length > 0)
        this.logger.warn(`rewrote the victim key table for ${rewritten.length} erasure(s) whose earlier rewrite an older transaction held back`);
    } catch (error) {
      this.logger.warn(`sweep failed: ${error instanceof Error ? error.name : typeof error}`);
    }
  }

  private report(verb: string, noun: string, outcome: SweepOutcome): void {
    this.logger.log(`${verb} ${outcome.acted.length} ${noun}(s); ${outcome.alreadySettled.length} already settled`);
    for (const { subject, code } of outcome.refused) this.logger.warn(`${noun} ${subject} not ${verb}: ${code}`);
  }
}
