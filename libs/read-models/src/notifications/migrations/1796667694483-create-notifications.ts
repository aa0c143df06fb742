import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications: the outbox the `notifications` projection keeps (`rm_notifications`, one row per event, kind,
 * recipient and channel, rebuildable from the log), and beside it what delivery does, which no rebuild may touch:
 * the webhook subscriptions administrators register, each delivery's attempts (`notification_deliveries`, the dead
 * letters among them) and which outbox rows were already fanned out to their addresses. Users get an e-mail address.
 */
export class CreateNotifications1796667694483 implements MigrationInterface {
  name = 'CreateNotifications1796667694483';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE users ADD COLUMN email text`);
    await queryRunner.query(`
      CREATE TABLE rm_notifications (
        notification_id text PRIMARY KEY,
        event_id uuid NOT NULL,
        kind text NOT NULL,
        case_id uuid NOT NULL,
        subject_id text,
        recipient_type text NOT NULL,
        recipient text NOT NULL,
        channel text NOT NULL,
        facts jsonb NOT NULL,
        occurred_at timestamptz NOT NULL,
        deliver_after timestamptz NOT NULL,
        cancelled_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX rm_notifications_due_idx ON rm_notifications (deliver_after) WHERE cancelled_at IS NULL`);
    await queryRunner.query(`CREATE INDEX rm_notifications_subject_idx ON rm_notifications (subject_id)`);
    await queryRunner.query(`
      CREATE TABLE webhook_subscriptions (
        subscription_id uuid PRIMARY KEY,
        agency text NOT NULL,
        url text NOT NULL,
        secret text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX webhook_subscriptions_agency_idx ON webhook_subscriptions (agency) WHERE active`);
    await queryRunner.query(`
      CREATE TABLE notification_fanouts (
        notification_id text PRIMARY KEY,
        fanned_out_at timestamptz NOT NULL,
        targets integer NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE notification_deliveries (
        delivery_id uuid PRIMARY KEY,
        notification_id text NOT NULL,
        channel text NOT NULL,
        target text NOT NULL,
        status text NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        dead_at timestamptz,
        UNIQUE (notification_id, target)
      )`);
    await queryRunner.query(`CREATE INDEX notification_deliveries_due_idx ON notification_deliveries (next_attempt_at) WHERE status = 'pending'`);
    await queryRunner.query(`CREATE INDEX notification_deliveries_dead_idx ON notification_deliveries (dead_at) WHERE status = 'dead'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notification_deliveries`);
    await queryRunner.query(`DROP TABLE notification_fanouts`);
    await queryRunner.query(`DROP TABLE webhook_subscriptions`);
    await queryRunner.query(`DROP TABLE rm_notifications`);
    await queryRunner.query(`ALTER TABLE users DROP COLUMN email`);
  }
}
