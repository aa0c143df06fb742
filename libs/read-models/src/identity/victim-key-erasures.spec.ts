import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { IdentityVault, type MasterKey } from '@rujukan/application';
import { runMigrations } from '@rujukan/event-store';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { allMigrations } from '../migrations/index.js';
import { PgDataKeyStore } from './pg-data-key-store.js';
import { listenForKeyErasures, type KeyErasureListener } from './victim-key-erasures.js';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('sealing keys kept in memory, dropped in every process when the victim is erased', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const listeners: KeyErasureListener[] = [];
  const master: MasterKey = { id: 'm1', key: randomBytes(32) };

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    await runMigrations(database.url, allMigrations);
    dataSource = new DataSource({ type: 'postgres', url: database.url });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await Promise.all(listeners.map((l) => l.close()));
    await dataSource?.destroy();
    await database?.drop();
  });

  it('seals again without asking the key store, and drops the key once another process erased the victim', async () => {
    const store = new PgDataKeyStore(dataSource);
    let finds = 0;
    const counting = Object.assign(Object.create(store) as PgDataKeyStore, { find: (caseId: string) => (finds++, store.find(caseId)) });
    const here = new IdentityVault(counting, [master]);
    const elsewhere = new IdentityVault(new PgDataKeyStore(dataSource), [master]);
    // The listener is up once it has dropped everything kept, as it does when its LISTEN holds: before then a
    // drop would land between the two seals below (on a busy machine the connection takes longer than any sleep).
    let listening!: () => void;
    const up = new Promise<void>((done) => (listening = done));
    listeners.push(
      listenForKeyErasures(
        database.url,
        (caseId) => here.forget(caseId),
        () => {
          here.forgetAll();
          listening();
        },
      ),
    );
    await up;
    const caseId = randomUUID();
    await here.sealText(caseId, 'first note');
    const findsAfterFirst = finds;
    await here.sealText(caseId, 'second note');
    expect(finds).toBe(findsAfterFirst);
    expect(here.keptSealingKeys()).toBe(1);

    await elsewhere.destroy(caseId, { by: 'spv-1', legalBasis: 'UU PDP', at: new Date().toISOString() });
    for (const deadline = Date.now() + 20_000; here.keptSealingKeys() > 0 && Date.now() < deadline;) await sleep(20);
    expect(here.keptSealingKeys()).toBe(0);
    // Asked again, the store says the key is gone.
    await expect(here.sealText(caseId, 'third note')).rejects.toMatchObject({ code: 'IDENTITY.ERASED' });
  });
});
