import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { NotificationChannel } from '@rujukan/domain';
import { APP_CONFIG, type AppConfig } from '@rujukan/platform';
import { NotificationOutbox, openWebhookSecret, type ClaimedDelivery } from '@rujukan/read-models';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import type { SecretWrapper } from '@rujukan/application';
import { secretWrapper } from '../keys/identity-keys.js';
import { composeNotification } from './notification-message.js';
import { nextAttemptAt } from './retry-delay.js';
import { sendWebhook } from './webhook-sender.js';

const BATCH = 50;

/** A failure no retry can mend: the delivery is a dead letter at once. */
class Undeliverable extends Error {
  override readonly name = 'Undeliverable';
}

/** A failure's words for the delivery's record: its message, which names a status or a network error, never a body. */
const reasonOf = (error: unknown): string =>
  error instanceof Error ? `${(error as { code?: string }).code ? `${(error as { code?: string }).code}: ` : ''}${error.message}` : String(error);

/**
 * Delivers the outbox every NOTIFY_INTERVAL_MS: fans each due notification out to the addresses the directory holds
 * now (the agency's or users' e-mail, the agency's webhooks), then sends what is due, e-mail over SMTP and signed
 * webhooks, retrying a failure with a doubling wait until the last attempt makes it a dead letter.
 */
@Injectable()
export class NotificationWorkerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Notifications');
  private readonly outbox: NotificationOutbox;
  private readonly mailer: Transporter | null;
  private readonly secrets: SecretWrapper;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.outbox = new NotificationOutbox(dataSource);
    this.secrets = secretWrapper(config);
    this.mailer = config.SMTP_URL ? nodemailer.createTransport(config.SMTP_URL) : null;
  }

  onApplicationBootstrap(): void {
    if (!this.mailer) {
      void this.outbox
        .unsent('email', new Date(), this.config.NOTIFY_MAX_AGE_MS)
        .then(({ waiting }) => {
          // A deployment may choose to send no e-mail (webhooks only): a warning only when e-mail is actually waiting.
          const said = `SMTP_URL is unset: no e-mail is sent; ${waiting} e-mail notification(s) due wait for it and go out once SMTP_URL is set and the service restarts (within NOTIFY_MAX_AGE_MS of falling due)`;
          if (waiting > 0) this.logger.warn(said);
          else this.logger.log(said);
        })
        .catch(() => this.logger.warn('SMTP_URL is unset: no e-mail is sent; e-mail notifications wait for it'));
    }
    this.timer = setInterval(() => {
      this.running ??= this.tick().finally(() => (this.running = null));
    }, this.config.NOTIFY_INTERVAL_MS);
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
    this.mailer?.close();
  }

  /** One round: fan out what is due, then send what is due. */
  async tick(now = new Date()): Promise<void> {
    try {
      // Without an SMTP server the e-mails are left as they are, not fanned out: once SMTP_URL is set (and the service
      // restarted) they are sent like any other due notification, as long as they are within NOTIFY_MAX_AGE_MS.
      const channels: NotificationChannel[] = this.mailer ? ['email', 'webhook'] : ['webhook'];
      for (const notification of await this.outbox.dueForFanOut(now, this.config.NOTIFY_MAX_AGE_MS, BATCH, channels)) {
        await this.outbox.fanOut(notification, await this.outbox.targetsOf(notification), now);
      }
      // The claim outlasts a send's timeout, so no other process sends it meanwhile.
      const claimed = await this.outbox.claimDue(now, this.config.WEBHOOK_TIMEOUT_MS * 2 + 30_000, BATCH);
      await Promise.all(claimed.map((delivery) => this.deliver(delivery)));
    } catch (error) {
      this.logger.warn(`notification round failed: ${error instanceof Error ? error.name : typeof error}`);
    }
  }

  private async deliver(delivery: ClaimedDelivery): Promise<void> {
    const now = new Date();
    try {
      const message = composeNotification(delivery, this.config.CONSOLE_URL);
      if (delivery.channel === 'email') {
        if (!this.mailer) throw new Error('SMTP_URL is unset');
        await this.mailer.sendMail({
          from: this.config.MAIL_FROM,
          to: delivery.target.slice('email:'.length),
          subject: message.subject,
          text: message.text,
          headers: { 'X-Rujukan-Delivery': delivery.delivery_id },
        });
      } else {
        const subscriptionId = delivery.target.slice('webhook:'.length);
        const subscription = await this.outbox.webhook(subscriptionId);
        if (!subscription) throw new Undeliverable('the webhook subscription was deactivated');
        let secret: string;
        try {
          secret = openWebhookSecret(this.secrets, subscriptionId, subscription.secret);
        } catch {
          // Its master key left IDENTITY_MASTER_KEYS before a rotation rewrapped it, or the row was altered: no retry mends it.
          throw new Undeliverable("the webhook's secret does not open under the configured master keys");
        }
        await sendWebhook(
          { url: subscription.url, secret, deliveryId: delivery.delivery_id, event: delivery.kind, body: JSON.stringify(message.payload) },
          { allowPrivate: this.config.WEBHOOK_ALLOW_PRIVATE, allowHttp: this.config.WEBHOOK_ALLOW_HTTP, timeoutMs: this.config.WEBHOOK_TIMEOUT_MS },
          now,
        );
      }
      await this.outbox.delivered(delivery.delivery_id, new Date());
    } catch (error) {
      const retryAt =
        error instanceof Undeliverable ? null : nextAttemptAt(delivery.attempts, this.config.NOTIFY_MAX_ATTEMPTS, this.config.NOTIFY_RETRY_BASE_MS, new Date());
      await this.outbox.failed(delivery.delivery_id, reasonOf(error), retryAt, new Date()).catch(() => undefined);
      // The delivery id and kind only: the target is an agency's address or webhook, kept in the record for administrators.
      if (retryAt === null) this.logger.error(`notification delivery ${delivery.delivery_id} (${delivery.kind}, ${delivery.channel}) is a dead letter`);
      else this.logger.warn(`notification delivery ${delivery.delivery_id} (${delivery.kind}, ${delivery.channel}) failed; retrying`);
    }
  }
}
