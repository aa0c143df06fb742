import { masterKeysOfEnvironment, SecretWrapper } from '@rujukan/application';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const COLUMNS = `
  subscription_id uuid PRIMARY KEY,
  agency text NOT NULL,
  url text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()`;

/** The owner a subscription's secret is wrapped for (authenticated data): it opens on its own row only. */
export const webhookSecretOwner = (subscriptionId: string) => `webhook:${subscriptionId}`;

const keysOrRefuse = (rows: number): SecretWrapper => {
  const keys = masterKeysOfEnvironment(process.env);
  if (!keys)
    throw new Error(
      `${rows} webhook secret(s) to wrap: set IDENTITY_MASTER_KEYS (as the service runs with it; DEVELOPMENT_SECRETS=true in development) and migrate again`,
    );
  return new SecretWrapper(keys);
};

/**
 * Webhooks' signing secrets wrapped at rest by the master key that wraps victims' data keys (IDENTITY_MASTER_KEYS),
 * never in clear: the secrets already stored are wrapped here, with the key the service's environment configures. The
 * table is written anew and the old one dropped, so no earlier version of a row with its clear secret stays in the
 * table's files (an UPDATE would leave it there until a vacuum). Dead letters an administrator discards keep when.
 */
export class WrapWebhookSecrets1796678777690 implements MigrationInterface {
  name = 'WrapWebhookSecrets1796678777690';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE notification_deliveries ADD COLUMN discarded_at timestamptz`);
    const rows: Array<{ subscription_id: string; secret: string }> = await queryRunner.query(
      `SELECT subscription_id::text, secret FROM webhook_subscriptions ORDER BY subscription_id`,
    );
    const wrapper = rows.length > 0 ? keysOrRefuse(rows.length) : null;
    const wrapped = rows.map((r) => wrapper!.wrap(webhookSecretOwner(r.subscription_id), r.secret));
    await queryRunner.query(`CREATE TABLE webhook_subscriptions_wrapped (${COLUMNS}, secret_master_key_id text NOT NULL, secret_wrapped bytea NOT NULL)`);
    await queryRunner.query(
      `INSERT INTO webhook_subscriptions_wrapped (subscription_id, agency, url, active, created_at, created_by, updated_at, secret_master_key_id, secret_wrapped)
       SELECT s.subscription_id, s.agency, s.url, s.active, s.created_at, s.created_by, s.updated_at, w.master_key_id, w.wrapped
       FROM webhook_subscriptions s JOIN unnest($1::uuid[], $2::text[], $3::bytea[]) AS w(subscription_id, master_key_id, wrapped) USING (subscription_id)`,
      [rows.map((r) => r.subscription_id), wrapped.map((w) => w.masterKeyId), wrapped.map((w) => w.wrapped)],
    );
    await queryRunner.query(`DROP TABLE webhook_subscriptions`);
    await queryRunner.query(`ALTER TABLE webhook_subscriptions_wrapped RENAME TO webhook_subscriptions`);
    await queryRunner.query(`ALTER INDEX webhook_subscriptions_wrapped_pkey RENAME TO webhook_subscriptions_pkey`);
    await queryRunner.query(`CREATE INDEX webhook_subscriptions_agency_idx ON webhook_subscriptions (agency) WHERE active`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const rows: Array<{ subscription_id: string; secret_master_key_id: string; secret_wrapped: Buffer }> = await queryRunner.query(
      `SELECT subscription_id::text, secret_master_key_id, secret_wrapped FROM webhook_subscriptions`,
    );
    const wrapper = rows.length > 0 ? keysOrRefuse(rows.length) : null;
    await queryRunner.query(`ALTER TABLE webhook_subscriptions ADD COLUMN secret text`);
    for (const r of rows) {
      const secret = wrapper!.unwrap(webhookSecretOwner(r.subscription_id), { masterKeyId: r.secret_master_key_id, wrapped: r.secret_wrapped });
      await queryRunner.query(`UPDATE webhook_subscriptions SET secret = $2 WHERE subscription_id = $1`, [r.subscription_id, secret]);
    }
    await queryRunner.query(`ALTER TABLE webhook_subscriptions ALTER COLUMN secret SET NOT NULL, DROP COLUMN secret_master_key_id, DROP COLUMN secret_wrapped`);
    await queryRunner.query(`ALTER TABLE notification_deliveries DROP COLUMN discarded_at`);
  }
}
