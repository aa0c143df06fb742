import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { isAgencyCode } from '@rujukan/domain';
import { agencyStatus, WebhookSubscriptions } from '@rujukan/read-models';
import { newWebhookSecret, resolveWebhookTarget, secretWrapper } from '@rujukan/server';
import { withCliDatabase } from './cli-database.js';

/** Subscribes an agency's webhook from the operator's terminal, with the API's checks (POST /admin/webhooks). */
export function registerWebhooks(program: Command): void {
  const webhooks = program.command('webhooks').description("agencies' webhook subscriptions for notifications (administrators use /admin/webhooks)");
  webhooks
    .command('add <agency> <url>')
    .description("subscribe a webhook to the agency's notifications; prints the signing secret, shown this once")
    .action(async (agency: string, url: string) => {
      if (!isAgencyCode(agency)) throw new Error('agency must be an agency code');
      await withCliDatabase(async ({ config, store, dataSource }) => {
        if ((await agencyStatus(dataSource, agency)) !== 'active') throw new Error(`agency ${agency} is not an active agency of the directory`);
        await resolveWebhookTarget(url, { allowPrivate: config.WEBHOOK_ALLOW_PRIVATE, allowHttp: config.WEBHOOK_ALLOW_HTTP });
        const subscription = { subscriptionId: randomUUID(), agency, url, secret: newWebhookSecret() };
        await new WebhookSubscriptions(dataSource, store, secretWrapper(config)).register(subscription, {
          userId: `cli:${userInfo().username}`,
          role: 'administrator',
          agency: 'CLI',
        });
        console.log(`subscribed ${subscription.subscriptionId} for ${agency}: ${url}\nsecret (shown once): ${subscription.secret}`);
      });
    });
  webhooks
    .command('list')
    .description('every subscription, active or not (never its secret)')
    .action(async () => {
      await withCliDatabase(async ({ config, store, dataSource }) => {
        for (const w of await new WebhookSubscriptions(dataSource, store, secretWrapper(config)).list()) {
          console.log(`${w.subscriptionId}  ${w.agency}  ${w.active ? 'active  ' : 'inactive'}  ${w.url}`);
        }
      });
    });
}
