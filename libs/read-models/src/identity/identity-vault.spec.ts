import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { IdentityVault, type MasterKey } from '@rujukan/application';
import { SEALED_TOKEN } from '@rujukan/domain';
import { runMigrations } from '@rujukan/event-store';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { allMigrations } from '../migrations/index.js';
import { PgDataKeyStore } from './pg-data-key-store.js';

const identity = { fullName: 'Siti Rahmawati', nik: '6471015506990002', phone: '+62 812 5555 0101', notes: 'Direkrut di Nunukan' };

describe('the identity vault on PostgreSQL', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let store: PgDataKeyStore;
  const m1: MasterKey = { id: 'm1', key: randomBytes(32) };
  const m2: MasterKey = { id: 'm2', key: randomBytes(32) };

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    await runMigrations(database.url, allMigrations);
    dataSource = new DataSource({ type: 'postgres', url: database.url });
    await dataSource.initialize();
    store = new PgDataKeyStore(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('seals each field with the case’s own key, so nothing readable is stored, and opens only the fields asked for', async () => {
    const vault = new IdentityVault(store, [m1]);
    const caseId = randomUUID();
    const sealed = await vault.seal(caseId, identity);
    expect(Object.keys(sealed).sort()).toEqual(['fullName', 'nik', 'notes', 'phone']);
    for (const value of Object.values(sealed)) expect(value).toEqual({ $sealed: expect.stringMatching(SEALED_TOKEN) });
    expect(JSON.stringify(sealed)).not.toContain('Siti');
    const rows = await dataSource.query(`SELECT encode(wrapped_key, 'escape') AS k FROM victim_keys`);
    expect(JSON.stringify(rows)).not.toContain('Siti');
    expect(await vault.open(caseId, sealed)).toEqual(identity);
    expect(await vault.open(caseId, sealed, ['fullName'])).toEqual({ fullName: identity.fullName });
    // Sealed for one case, a token does not open under another case's key, nor as another field.
    const other = randomUUID();
    await vault.seal(other, { fullName: 'x' });
    await expect(vault.open(other, { fullName: sealed.fullName })).rejects.toThrow();
    await expect(vault.open(caseId, { phone: sealed.fullName })).rejects.toThrow();
  });

  it("encrypts a document's bytes bound to its case and document, opens them only so, and reads erased once the key is destroyed", async () => {
    const vault = new IdentityVault(store, [m1]);
    const caseId = randomUUID();
    const documentId = randomUUID();
    const bytes = Buffer.from('%PDF-1.4 visum et repertum Siti Rahmawati');
    const sealed = await vault.sealBytes(caseId, documentId, bytes);
    expect(sealed.includes(Buffer.from('Siti'))).toBe(false);
    expect(sealed.length).toBe(bytes.length + 12 + 16);
    expect((await vault.openBytes(caseId, documentId, sealed)).toString()).toBe(bytes.toString());
    await expect(vault.openBytes(caseId, randomUUID(), sealed)).rejects.toThrow();
    const altered = Buffer.from(sealed);
    altered[20] = altered[20]! ^ 1;
    await expect(vault.openBytes(caseId, documentId, altered)).rejects.toThrow();
    await vault.destroy(caseId, { by: 'spv', legalBasis: 'UU PDP', at: new Date().toISOString() });
    expect(await vault.openBytes(caseId, documentId, sealed)).toBe('erased');
  });

  it('reads a sealed value that does not open under its case’s key as [unreadable], and says so: the fallback never hides a fault', async () => {
    const heard: Array<[string, string]> = [];
    const vault = new IdentityVault(store, [m1], (caseId, error) => heard.push([caseId, (error as Error).name]));
    const caseId = randomUUID();
    const other = randomUUID();
    const own = await vault.sealText(caseId, 'catatan');
    const moved = await vault.sealText(other, 'dari kasus lain');
    expect(await vault.openTexts(caseId, { own, moved, typed: moved.$sealed })).toEqual({ own: 'catatan', moved: '[unreadable]', typed: moved.$sealed });
    expect(heard).toEqual([[caseId, expect.any(String)]]);
  });

  it('makes every sealed field of the case unreadable for good once the key is destroyed, and refuses to seal again', async () => {
    const vault = new IdentityVault(store, [m1]);
    const caseId = randomUUID();
    const sealed = await vault.seal(caseId, identity);
    expect(await vault.destroy(caseId, { by: 'spv-kaltim', legalBasis: 'UU PDP Pasal 8', at: new Date().toISOString() })).toBe(true);
    expect(await vault.destroy(caseId, { by: 'spv-kaltim', legalBasis: 'again', at: new Date().toISOString() })).toBe(false);
    expect(await vault.open(caseId, sealed)).toBe('erased');
    expect(await vault.isErased(caseId)).toBe(true);
    await expect(vault.seal(caseId, { fullName: 'again' })).rejects.toMatchObject({ code: 'IDENTITY.ERASED' });
    const [row] = await dataSource.query(`SELECT wrapped_key, destroyed_by, legal_basis FROM victim_keys WHERE case_id = $1`, [caseId]);
    expect(row).toEqual({ wrapped_key: null, destroyed_by: 'spv-kaltim', legal_basis: 'UU PDP Pasal 8' });
  });

  it('rotates the master key: keys rewrapped with the new one open as before, and the old one is no longer needed', async () => {
    const before = new IdentityVault(store, [m1]);
    const caseId = randomUUID();
    const sealed = await before.seal(caseId, identity);
    const rotating = new IdentityVault(store, [m2, m1]);
    for (const wrapped of await store.listWrapped()) {
      const next = rotating.rewrap(wrapped);
      if (next) expect(await store.replaceWrapping(wrapped, next)).toBe(true);
    }
    expect((await store.listWrapped()).every((k) => k.masterKeyId === 'm2')).toBe(true);
    expect(await new IdentityVault(store, [m2]).open(caseId, sealed)).toEqual(identity);
    await expect(new IdentityVault(store, [m1]).open(caseId, sealed)).rejects.toThrow(/master key m2 is not configured/);
  });

  it('gives two racing first seals of one case one key', async () => {
    const vault = new IdentityVault(store, [m1]);
    const caseId = randomUUID();
    const [a, b] = await Promise.all([vault.seal(caseId, { fullName: 'A' }), vault.seal(caseId, { fullName: 'B' })]);
    expect(await vault.open(caseId, a)).toEqual({ fullName: 'A' });
    expect(await vault.open(caseId, b)).toEqual({ fullName: 'B' });
  });
});
