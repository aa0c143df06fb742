import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runCli } from '../support/cli.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe('npm run cli -- webhooks, spawned', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
  });
  afterAll(() => database?.drop());

  it("subscribes an agency's webhook with the API's checks, prints its secret once, and lists it without the secret", async () => {
    const agency = await runCli(database.url, ['agencies', 'put', 'POLDA-KALTIM', '--name', 'Polda Kalimantan Timur', '--type', 'police', '--province', '64']);
    expect(agency.code).toBe(0);
    const loopback = await runCli(database.url, ['webhooks', 'add', 'POLDA-KALTIM', 'https://127.0.0.1/hook']);
    expect(loopback.code).toBe(1);
    expect(loopback.stderr).toContain('resolves to 127.0.0.1, a loopback, private, link-local or reserved address');
    const unknown = await runCli(database.url, ['webhooks', 'add', 'NOWHERE-1', 'https://203.0.113.10/hook']);
    expect([unknown.code, unknown.stderr.trim()]).toEqual([1, 'agency NOWHERE-1 is not an active agency of the directory']);
    const added = await runCli(database.url, ['webhooks', 'add', 'POLDA-KALTIM', 'https://203.0.113.10/hook']);
    expect(added).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^subscribed [0-9a-f-]{36} for POLDA-KALTIM: https:\/\/203\.0\.113\.10\/hook\nsecret \(shown once\): whsec_/),
    });
    const list = await runCli(database.url, ['webhooks', 'list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^[0-9a-f-]{36} +POLDA-KALTIM +active +https:\/\/203\.0\.113\.10\/hook\n$/);
    expect(list.stdout).not.toContain('whsec_');
    // Five spawned CLI runs, each compiling the CLI: well over 30 s on a shared machine.
  }, 180_000);
});
