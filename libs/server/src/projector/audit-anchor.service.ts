import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { recordAnchor, type AnchorReplay, type AnchorSigner } from '@rujukan/application';
import { EventStore, formatPosition } from '@rujukan/event-store';
import { APP_CONFIG, type AppConfig } from '@rujukan/platform';
import { auditSigner } from '../keys/audit-signer.js';

/**
 * Signs anchors of every stream head: at start, then every AUDIT_ANCHOR_INTERVAL_MS the day's first anchor if it is
 * missing, else one of the heads that moved since the last anchor. A deleted tail of an anchored stream is thus
 * named by verify within one interval. Several projector processes append one anchor per interval between them.
 */
@Injectable()
export class AuditAnchorService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('AuditAnchor');
  private readonly signer: AnchorSigner;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  /** The anchor stream as last replayed: each tick reads only what follows it. */
  private replay: AnchorReplay | undefined;
  /** The log's head at the last tick that found nothing to anchor: while it stays, no stream moved. */
  private quietHead: string | null = null;

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
      const head = await this.store.headPosition();
      // Nothing appended since a tick that anchored nothing, in the same hour: no head moved (a full look once an hour
      // catches an older transaction that became visible without moving the newest position).
      const quiet = `${now.toISOString().slice(0, 13)} ${head ? formatPosition(head) : 'empty'}`;
      if (this.quietHead === quiet) return;
      const outcome = await recordAnchor(this.store, this.signer, now, { daily: true, everyMs: this.config.AUDIT_ANCHOR_INTERVAL_MS, replay: this.replay });
      // Another process appended first, or the stream is not what this process last read: replay it whole next time.
      this.replay = outcome.anchorId === null ? undefined : outcome.replay;
      this.quietHead = !outcome.recorded && outcome.anchorId !== null ? quiet : null;
      if (outcome.diverged?.length) {
        // Stream names only (a case id is no victim data): an operator runs verify to see what changed.
        this.logger.error(
          `${outcome.diverged.length} stream(s) no longer extend their signed head and were not re-anchored (run audit verify --all): ${outcome.diverged.slice(0, 20).join(', ')}`,
        );
      }
      if (outcome.recorded) {
        // The root in the log too: a copy of it outside the database shows if the anchor stream itself is cut.
        this.logger.log(
          `anchored ${outcome.streamCount} stream(s) (${outcome.kind}, ${outcome.changedStreams} moved) for ${outcome.date} with key ${this.signer.keyId}: root ${outcome.root}`,
        );
      }
    } catch (error) {
      this.replay = undefined;
      this.quietHead = null;
      // The next tick tries again; an anchor is only late, never lost.
      this.logger.warn(`audit anchor failed: ${error instanceof Error ? error.name : typeof error}`);
    }
  }
}
