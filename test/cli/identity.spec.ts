import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { IdentityVault, SecretWrapper } from '@rujukan/application';
import { EventStore } from '@rujukan/event-store';
import { runMigrations } from '@rujukan/event-store';
import { allMigrations, NotificationOutbox, openWebhookSecret, PgDataKeyStore, rewrapWebhookSecrets, WebhookSubscriptions } from '@rujukan/read-models';
import { DataSource } from 'typeorm';
import { rotateIdentityKeys } from '../../apps/cli/src/commands/identity.command.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe('cli identity rotate-keys', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    await runMigrations(database.url, allMigrations);
    dataSource = new DataSource({ type: 'postgres', url: database.url });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('rewraps every data key under the new master key, skips erased ones, and is a no-op the second time', async () => {
    const old = { id: 'k2025', key: randomBytes(32) };
    const next = { id: 'k2026', key: randomBytes(32) };
    const store = new PgDataKeyStore(dataSource);
    const before = new IdentityVault(store, [old]);
    const cases = [randomUUID(), randomUUID(), randomUUID()];
    const sealed = await Promise.all(cases.map((c) => before.seal(c, { fullName: `victim ${c}` })));
    await before.destroy(cases[2], { by: 'spv', legalBasis: 'UU PDP', at: new Date().toISOString() });

    const rotating = new IdentityVault(store, [next, old]);
    expect(await rotateIdentityKeys(dataSource, rotating)).toEqual({ rewrapped: 2, current: 0, lost: 0 });
    expect(await rotateIdentityKeys(dataSource, rotating)).toEqual({ rewrapped: 0, current: 2, lost: 0 });

    const after = new IdentityVault(store, [next]);
    expect(await after.open(cases[0], sealed[0])).toEqual({ fullName: `victim ${cases[0]}` });
    expect(await after.open(cases[1], sealed[1])).toEqual({ fullName: `victim ${cases[1]}` });
    expect(await after.open(cases[2], sealed[2])).toBe('erased');
  });

  it("rewraps every webhook's signing secret under the new master key; the old key can then go", async () => {
    const old = { id: 'k2025', key: randomBytes(32) };
    const next = { id: 'k2026', key: randomBytes(32) };
    const appended: string[] = [];
    const store = { append: async (stream: string) => void appended.push(stream) } as unknown as EventStore;
    const by = { userId: 'admin-1', role: 'administrator', agency: 'KEMENPPPA' };
    const ids = [randomUUID(), randomUUID()];
    for (const id of ids)
      await new WebhookSubscriptions(dataSource, store, new SecretWrapper([old])).register(
        { subscriptionId: id, agency: 'POLDA-KALTIM', url: 'https://hooks.example/x', secret: `whsec_${id}` },
        by,
      );
    expect(appended).toHaveLength(2);

    const rotating = new SecretWrapper([next, old]);
    expect(await rewrapWebhookSecrets(dataSource, rotating)).toEqual({ rewrapped: 2, current: 0, lost: 0 });
    expect(await rewrapWebhookSecrets(dataSource, rotating)).toEqual({ rewrapped: 0, current: 2, lost: 0 });
    const outbox = new NotificationOutbox(dataSource);
    for (const id of ids) {
      const webhook = await outbox.webhook(id);
      expect(webhook?.secret.masterKeyId).toBe('k2026');
      expect(openWebhookSecret(new SecretWrapper([next]), id, webhook!.secret)).toBe(`whsec_${id}`);
      // Bound to its subscription: the same wrapping does not open as another's.
      expect(() =>
        openWebhookSecret(
          new SecretWrapper([next]),
          ids.find((other) => other !== id)!,
          webhook!.secret,
        ),
      ).toThrow();
    }
  });
});
