import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { IdentityVault } from '@rujukan/application';
import { runMigrations } from '@rujukan/event-store';
import { allMigrations, PgDataKeyStore } from '@rujukan/read-models';
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
});
