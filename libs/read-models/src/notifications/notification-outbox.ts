import { randomUUID } from 'node:crypto';
import type { DeliveryStatus, NotificationChannel, NotificationKind, NotificationRecipientType } from '@rujukan/domain';
import type { SecretWrapper, WrappedSecret } from '@rujukan/application';
import type { EventStore } from '@rujukan/event-store';
import type { DataSource } from 'typeorm';
import { webhookSecretOwner } from './migrations/1796678777690-wrap-webhook-secrets.js';
import type { NotificationFacts } from './notifications.projection.js';

/** An outbox row due to be fanned out to its addresses. */
export interface DueNotification {
  notification_id: string;
  kind: NotificationKind;
  case_id: string;
  recipient_type: NotificationRecipientType;
  recipient: string;
  channel: NotificationChannel;
}

/** One delivery to one address or webhook, with the notification it carries. */
export interface ClaimedDelivery {
  delivery_id: string;
  notification_id: string;
  channel: NotificationChannel;
  target: string;
  attempts: number;
  kind: NotificationKind;
  case_id: string;
  recipient_type: NotificationRecipientType;
  recipient: string;
  facts: NotificationFacts;
  occurred_at: Date;
}

/** A delivery that failed its last attempt, as an administrator lists it: no content beyond what the notification said. */
export interface DeadLetter {
  deliveryId: string;
  notificationId: string;
  kind: NotificationKind;
  caseId: string;
  channel: NotificationChannel;
  target: string;
  attempts: number;
  lastError: string | null;
  deadAt: Date;
}

export interface WebhookSubscription {
  subscriptionId: string;
  agency: string;
  url: string;
  active: boolean;
  createdAt: Date;
  createdBy: string;
}

/** Where a delivery goes: `email:<address>` or `webhook:<subscription id>`. */
export const deliveryTarget = {
  email: (address: string) => `email:${address}`,
  webhook: (subscriptionId: string) => `webhook:${subscriptionId}`,
};

/**
 * The delivery side of the outbox (`rm_notifications` is the projection's): which rows were fanned out to which
 * addresses, each delivery's attempts, its dead letters and their replay. Several projector processes may run this
 * at once: fan-out writes are keyed, and a delivery is claimed (its next attempt moved past the send's timeout)
 * with SKIP LOCKED before it is sent, so one process sends it.
 */
export class NotificationOutbox {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Outbox rows due now and not older than `maxAgeMs`, not withdrawn, not yet fanned out, on the given channels only
   * (without an SMTP server the e-mails wait, unread here, and never hold back the webhooks behind them).
   */
  dueForFanOut(now: Date, maxAgeMs: number, limit: number, channels: readonly NotificationChannel[] = ['email', 'webhook']): Promise<DueNotification[]> {
    return this.dataSource.query(
      `SELECT n.notification_id, n.kind, n.case_id, n.recipient_type, n.recipient, n.channel
       FROM rm_notifications n
       WHERE n.cancelled_at IS NULL AND n.deliver_after <= $1 AND n.deliver_after > $2 AND n.channel = ANY($4::text[])
         AND NOT EXISTS (SELECT 1 FROM notification_fanouts f WHERE f.notification_id = n.notification_id)
       ORDER BY n.deliver_after LIMIT $3`,
      [now, new Date(now.getTime() - maxAgeMs), limit, channels],
    );
  }

  /**
   * Notifications due on a channel and not yet fanned out: `waiting` are still within `maxAgeMs` (sent once the channel
   * works), `expired` are older and will not be sent. What an administrator is told while SMTP_URL is unset.
   */
  async unsent(channel: NotificationChannel, now: Date, maxAgeMs: number): Promise<{ waiting: number; expired: number }> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE n.deliver_after > $3)::int AS waiting, count(*) FILTER (WHERE n.deliver_after <= $3)::int AS expired
       FROM rm_notifications n
       WHERE n.channel = $1 AND n.cancelled_at IS NULL AND n.deliver_after <= $2
         AND NOT EXISTS (SELECT 1 FROM notification_fanouts f WHERE f.notification_id = n.notification_id)`,
      [channel, now, new Date(now.getTime() - maxAgeMs)],
    )) as Array<{ waiting: number; expired: number }>;
    return row ?? { waiting: 0, expired: 0 };
  }

  /** The addresses a notification goes to now, as the directory holds them. */
  async targetsOf(notification: DueNotification): Promise<string[]> {
    const { recipient_type: type, recipient, channel } = notification;
    if (channel === 'webhook') {
      if (type === 'user') return [];
      const rows: Array<{ subscription_id: string }> = await this.dataSource.query(
        `SELECT s.subscription_id FROM webhook_subscriptions s JOIN agencies a ON a.code = s.agency
         WHERE s.agency = $1 AND s.active AND a.active ORDER BY s.created_at`,
        [recipient],
      );
      return rows.map((r) => deliveryTarget.webhook(r.subscription_id));
    }
    const rows: Array<{ email: string }> =
      type === 'agency'
        ? await this.dataSource.query(`SELECT email FROM agencies WHERE code = $1 AND active AND email IS NOT NULL`, [recipient])
        : type === 'supervisors'
          ? await this.dataSource.query(
              `SELECT DISTINCT email FROM users WHERE agency = $1 AND role = 'supervisor' AND active AND email IS NOT NULL ORDER BY email`,
              [recipient],
            )
          : await this.dataSource.query(`SELECT email FROM users WHERE user_id = $1 AND active AND email IS NOT NULL`, [recipient]);
    return rows.map((r) => deliveryTarget.email(r.email));
  }

  /** Records the deliveries of a notification and that it was fanned out, in one transaction: done once, whoever runs it. */
  async fanOut(notification: DueNotification, targets: readonly string[], now: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [claimed] = await manager.query(
        `INSERT INTO notification_fanouts (notification_id, fanned_out_at, targets) VALUES ($1, $2, $3)
         ON CONFLICT (notification_id) DO NOTHING RETURNING notification_id`,
        [notification.notification_id, now, targets.length],
      );
      if (!claimed || targets.length === 0) return;
      await manager.query(
        `INSERT INTO notification_deliveries (delivery_id, notification_id, channel, target, status, next_attempt_at)
         SELECT id, $2, $3, target, 'pending', $4 FROM unnest($1::uuid[], $5::text[]) AS t(id, target)
         ON CONFLICT (notification_id, target) DO NOTHING`,
        [targets.map(() => randomUUID()), notification.notification_id, notification.channel, now, targets],
      );
    });
  }

  /** Deliveries due now, claimed for `leaseMs` (another process skips them meanwhile), with what they carry. */
  claimDue(now: Date, leaseMs: number, limit: number): Promise<ClaimedDelivery[]> {
    return this.dataSource.query(
      `WITH due AS (
         SELECT delivery_id FROM notification_deliveries
         WHERE status = 'pending' AND next_attempt_at <= $1 ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED
       ), claimed AS (
         UPDATE notification_deliveries d SET next_attempt_at = $2 FROM due WHERE d.delivery_id = due.delivery_id
         RETURNING d.delivery_id, d.notification_id, d.channel, d.target, d.attempts
       )
       SELECT c.*, n.kind, n.case_id, n.recipient_type, n.recipient, n.facts, n.occurred_at
       FROM claimed c JOIN rm_notifications n ON n.notification_id = c.notification_id`,
      [now, new Date(now.getTime() + leaseMs), limit],
    );
  }

  async delivered(deliveryId: string, now: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_deliveries SET status = 'delivered', attempts = attempts + 1, delivered_at = $2, last_error = NULL WHERE delivery_id = $1`,
      [deliveryId, now],
    );
  }

  /** A failed attempt: tried again at `retryAt`, or a dead letter when it was the last one (`retryAt` null). */
  async failed(deliveryId: string, error: string, retryAt: Date | null, now: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_deliveries SET attempts = attempts + 1, last_error = $2,
         status = CASE WHEN $3::timestamptz IS NULL THEN 'dead' ELSE 'pending' END,
         next_attempt_at = COALESCE($3::timestamptz, next_attempt_at),
         dead_at = CASE WHEN $3::timestamptz IS NULL THEN $4::timestamptz END
       WHERE delivery_id = $1`,
      [deliveryId, error.slice(0, 500), retryAt, now],
    );
  }

  async deadLetters(limit: number): Promise<DeadLetter[]> {
    const rows: Array<{
      delivery_id: string;
      notification_id: string;
      kind: NotificationKind;
      case_id: string;
      channel: NotificationChannel;
      target: string;
      attempts: number;
      last_error: string | null;
      dead_at: Date;
    }> = await this.dataSource.query(
      `SELECT d.delivery_id, d.notification_id, n.kind, n.case_id, d.channel, d.target, d.attempts, d.last_error, d.dead_at
       FROM notification_deliveries d JOIN rm_notifications n ON n.notification_id = d.notification_id
       WHERE d.status = 'dead' ORDER BY d.dead_at DESC, d.delivery_id LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({
      deliveryId: r.delivery_id,
      notificationId: r.notification_id,
      kind: r.kind,
      caseId: r.case_id,
      channel: r.channel,
      target: r.target,
      attempts: r.attempts,
      lastError: r.last_error,
      deadAt: r.dead_at,
    }));
  }

  async deadLetterCount(): Promise<number> {
    const [row] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM notification_deliveries WHERE status = 'dead'`)) as Array<{ n: number }>;
    return row?.n ?? 0;
  }

  /** Puts a dead letter back in the queue with a fresh count of attempts; false when no dead letter has that id. */
  async replay(deliveryId: string, now: Date): Promise<boolean> {
    // Read through a SELECT: TypeORM answers an UPDATE … RETURNING with [rows, count], not the rows.
    const rows: unknown[] = await this.dataSource.query(
      `WITH replayed AS (
         UPDATE notification_deliveries SET status = 'pending', attempts = 0, next_attempt_at = $2, dead_at = NULL
         WHERE delivery_id = $1 AND status = 'dead' RETURNING delivery_id
       ) SELECT delivery_id FROM replayed`,
      [deliveryId, now],
    );
    return rows.length > 0;
  }

  async deliveryStatus(deliveryId: string): Promise<DeliveryStatus | null> {
    const [row] = (await this.dataSource.query(`SELECT status FROM notification_deliveries WHERE delivery_id = $1`, [deliveryId])) as Array<{
      status: DeliveryStatus;
    }>;
    return row?.status ?? null;
  }

  /** A subscription's target and its secret, wrapped as it is stored, when it still acts. */
  async webhook(subscriptionId: string): Promise<{ url: string; secret: WrappedSecret } | null> {
    const [row] = (await this.dataSource.query(
      `SELECT url, secret_master_key_id, secret_wrapped FROM webhook_subscriptions WHERE subscription_id = $1 AND active`,
      [subscriptionId],
    )) as Array<{ url: string; secret_master_key_id: string; secret_wrapped: Buffer }>;
    return row ? { url: row.url, secret: { masterKeyId: row.secret_master_key_id, wrapped: row.secret_wrapped } } : null;
  }
}

/** A subscription's signing secret in clear, from its wrapping: what the delivery worker signs with, never stored or logged. */
export const openWebhookSecret = (wrapper: SecretWrapper, subscriptionId: string, secret: WrappedSecret): string =>
  wrapper.unwrap(webhookSecretOwner(subscriptionId), secret);

/** Wraps every webhook secret not under the current master key with it (key rotation); counts as `rotateIdentityKeys` does. */
export async function rewrapWebhookSecrets(dataSource: DataSource, wrapper: SecretWrapper): Promise<{ rewrapped: number; current: number; lost: number }> {
  const rows: Array<{ subscription_id: string; secret_master_key_id: string; secret_wrapped: Buffer }> = await dataSource.query(
    `SELECT subscription_id::text, secret_master_key_id, secret_wrapped FROM webhook_subscriptions ORDER BY subscription_id`,
  );
  const outcome = { rewrapped: 0, current: 0, lost: 0 };
  for (const row of rows) {
    const next = wrapper.rewrap(webhookSecretOwner(row.subscription_id), { masterKeyId: row.secret_master_key_id, wrapped: row.secret_wrapped });
    if (!next) {
      outcome.current++;
      continue;
    }
    const replaced: unknown[] = await dataSource.query(
      `WITH replaced AS (
         UPDATE webhook_subscriptions SET secret_master_key_id = $3, secret_wrapped = $4 WHERE subscription_id = $1 AND secret_wrapped = $2 RETURNING 1
       ) SELECT * FROM replaced`,
      [row.subscription_id, row.secret_wrapped, next.masterKeyId, next.wrapped],
    );
    if (replaced.length > 0) outcome.rewrapped++;
    else outcome.lost++;
  }
  return outcome;
}

/** Who changed the subscriptions or acted on a dead letter, as the event's metadata names them. */
export interface NotificationEditor {
  userId: string;
  role: string;
  agency: string;
}

/**
 * The webhooks administrators register for agencies. Each change is also an event of its own stream
 * (`directory-webhook-<id>`, without the secret), so the audit record shows who subscribed what and when. The
 * signing secret is stored wrapped by the master key (never in clear) and never read back but to sign a delivery.
 */
export class WebhookSubscriptions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    private readonly wrapper: SecretWrapper,
  ) {}

  async list(): Promise<WebhookSubscription[]> {
    const rows: Array<{ subscription_id: string; agency: string; url: string; active: boolean; created_at: Date; created_by: string }> =
      await this.dataSource.query(
        `SELECT subscription_id, agency, url, active, created_at, created_by FROM webhook_subscriptions ORDER BY agency, created_at, subscription_id`,
      );
    return rows.map((r) => ({
      subscriptionId: r.subscription_id,
      agency: r.agency,
      url: r.url,
      active: r.active,
      createdAt: r.created_at,
      createdBy: r.created_by,
    }));
  }

  async register(subscription: { subscriptionId: string; agency: string; url: string; secret: string }, by: NotificationEditor): Promise<void> {
    const { subscriptionId, agency, url } = subscription;
    await this.record(subscriptionId, 'WebhookSubscribed', { subscriptionId, agency, url }, by);
    const secret = this.wrapper.wrap(webhookSecretOwner(subscriptionId), subscription.secret);
    await this.dataSource.query(
      `INSERT INTO webhook_subscriptions (subscription_id, agency, url, secret_master_key_id, secret_wrapped, active, created_by) VALUES ($1, $2, $3, $4, $5, true, $6)`,
      [subscriptionId, agency, url, secret.masterKeyId, secret.wrapped, by.userId],
    );
  }

  /** Stops deliveries to it; false when no subscription has that id. */
  async deactivate(subscriptionId: string, by: NotificationEditor): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM webhook_subscriptions WHERE subscription_id = $1`, [subscriptionId]);
    if (rows.length === 0) return false;
    await this.record(subscriptionId, 'WebhookDeactivated', { subscriptionId }, by);
    await this.dataSource.query(`UPDATE webhook_subscriptions SET active = false, updated_at = now() WHERE subscription_id = $1`, [subscriptionId]);
    return true;
  }

  private record(subscriptionId: string, type: string, data: Record<string, unknown>, by: NotificationEditor): Promise<void> {
    return recordAdministration(this.store, `directory-webhook-${subscriptionId}`, type, data, by);
  }
}

/** An administrator's action as an event of its own stream, so the audit record shows who did what and when. */
async function recordAdministration(store: EventStore, stream: string, type: string, data: Record<string, unknown>, by: NotificationEditor): Promise<void> {
  const id = randomUUID();
  const metadata = {
    actor: by.userId,
    role: by.role,
    agency: by.agency,
    correlationId: id,
    causationId: null,
    commandId: id,
    occurredAt: new Date().toISOString(),
  };
  await store.append(stream, [{ id, type, data, metadata }], 'any');
}

/**
 * What an administrator does with a dead letter: replays it (a fresh count of attempts) or discards it (never sent,
 * kept for the record). Each is an event of the delivery's stream (`notification-delivery-<id>`) first, naming the
 * notification's kind and case number, never its content.
 */
export class DeadLetterActions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
  ) {}

  /** False when no dead letter has that id (none ever, delivered since, replayed or discarded). */
  async replay(deliveryId: string, by: NotificationEditor, now: Date): Promise<boolean> {
    if (!(await this.recordIfDead(deliveryId, 'DeadLetterReplayed', by))) return false;
    return new NotificationOutbox(this.dataSource).replay(deliveryId, now);
  }

  async discard(deliveryId: string, by: NotificationEditor, now: Date): Promise<boolean> {
    if (!(await this.recordIfDead(deliveryId, 'DeadLetterDiscarded', by))) return false;
    const rows: unknown[] = await this.dataSource.query(
      `WITH discarded AS (
         UPDATE notification_deliveries SET status = 'discarded', discarded_at = $2 WHERE delivery_id = $1 AND status = 'dead' RETURNING delivery_id
       ) SELECT delivery_id FROM discarded`,
      [deliveryId, now],
    );
    return rows.length > 0;
  }

  private async recordIfDead(deliveryId: string, type: string, by: NotificationEditor): Promise<boolean> {
    const [dead] = (await this.dataSource.query(
      `SELECT d.notification_id, d.channel, n.kind, n.case_id FROM notification_deliveries d JOIN rm_notifications n ON n.notification_id = d.notification_id
       WHERE d.delivery_id = $1 AND d.status = 'dead'`,
      [deliveryId],
    )) as Array<{ notification_id: string; channel: string; kind: string; case_id: string }>;
    if (!dead) return false;
    await recordAdministration(
      this.store,
      `notification-delivery-${deliveryId}`,
      type,
      { deliveryId, notificationId: dead.notification_id, kind: dead.kind, caseId: dead.case_id, channel: dead.channel },
      by,
    );
    return true;
  }
}
