import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { recordAnchor, type AnchorSigner } from '@rujukan/application';
import { EventStore } from '@rujukan/event-store';
import { APP_CONFIG, auditSigner, type AppConfig } from '@rujukan/platform';

/**
 * Appends the daily signed anchor of every stream head: at start, then every AUDIT_ANCHOR_INTERVAL_MS it
 * checks whether today's (UTC) anchor exists. Several projector processes append one between them.
 */
@Injectable()
export class AuditAnchorService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('AuditAnchor');
  private readonly signer: AnchorSigner;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.signer = auditSigner(config);
  }

  onApplicationBootstrap(): void {
    const tick = () => {
      this.running ??= this.anchor().finally(() => (this.running = null));
    };
    tick();
    this.timer = setInterval(tick, this.config.AUDIT_ANCHOR_INTERVAL_MS);
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  async anchor(now = new Date()): Promise<void> {
    try {
      const outcome = await recordAnchor(this.store, this.signer, now, { daily: true });
      if (outcome.recorded) {
        this.logger.log(`anchored ${outcome.streamCount} stream(s) for ${outcome.date} (${outcome.changedStreams} moved) with key ${this.signer.keyId}`);
      }
    } catch (error) {
      // The next tick tries again; the day's anchor is only late, never lost.
      this.logger.warn(`daily anchor failed: ${error instanceof Error ? error.name : typeof error}`);
    }
  }
}
