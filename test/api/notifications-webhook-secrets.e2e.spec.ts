import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import { runMigrations } from '@rujukan/event-store';
import { allMigrations } from '@rujukan/read-models';
import { newWebhookSecret, verifyWebhookSignature } from '@rujukan/server';
import pg from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';
import { TEST_ADMINISTRATOR } from '../support/test-directory.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const KALTIM = 'UPTD-PPA-64';
const POLDA = 'POLDA-KALTIM';
const JATIM = 'UPTD-PPA-35';
const caseworker: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: KALTIM };
const WRAPPING = allMigrations.findIndex((m) => m.name === 'WrapWebhookSecrets1796678777690');

/** Polls until `found` answers something truthy: no timed assertion, a generous limit. */
async function eventually<T>(what: string, found: () => Promise<T | undefined | null | false> | T | undefined | null | false): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await found();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`waited 30 s for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function sql<T>(url: string, text: string, parameters: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, parameters)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Every column of every row as PostgreSQL writes it out (bytea in hex): where a secret in clear would show. */
const tableText = async (url: string): Promise<string> =>
  (await sql<{ row: string }>(url, `SELECT s::text AS row FROM webhook_subscriptions s`)).map((r) => r.row).join('\n');

/** A secret as it would read in the table: itself, or its bytes in the hex PostgreSQL shows a bytea in. */
const clearForms = (secret: string) => [secret, Buffer.from(secret, 'utf8').toString('hex')];

describe('webhook signing secrets wrapped at rest', () => {
  let database: TestDatabase;
  let receiver: Server;
  let receiverUrl: string;
  let api: ApiTestApp | undefined;
  const hooks: Array<{ path: string; headers: IncomingHttpHeaders; body: string }> = [];
  const legacySecret = newWebhookSecret();
  const legacyId = randomUUID();
  const saved = { ...process.env };

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        hooks.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    database = await createTestDatabase({ migrate: false });
    // A subscription registered before secrets were wrapped: its secret lies in clear.
    await runMigrations(database.url, allMigrations.slice(0, WRAPPING));
    await sql(
      database.url,
      `INSERT INTO webhook_subscriptions (subscription_id, agency, url, secret, active, created_by) VALUES ($1, $2, $3, $4, true, 'admin-1')`,
      [legacyId, POLDA, `${receiverUrl}/polda`, legacySecret],
    );
  });

  afterAll(async () => {
    await api?.close();
    process.env = saved;
    await database?.drop();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  it('refuses to migrate secrets in clear with no master key configured, and leaves them as they were', async () => {
    delete process.env.IDENTITY_MASTER_KEYS;
    delete process.env.DEVELOPMENT_SECRETS;
    await expect(runMigrations(database.url, allMigrations)).rejects.toThrow(/1 webhook secret\(s\) to wrap: set IDENTITY_MASTER_KEYS/);
    expect(await sql(database.url, `SELECT secret FROM webhook_subscriptions`)).toEqual([{ secret: legacySecret }]);
  });

  it('wraps the secrets already stored when it migrates; deliveries to that webhook are still signed with its secret', async () => {
    // The service's own environment: the development master key, as `npm start` has it.
    process.env.DEVELOPMENT_SECRETS = 'true';
    api = await startApiTestApp({
      database,
      withProjector: true,
      env: { WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_ALLOW_HTTP: 'true', NOTIFY_INTERVAL_MS: '100' },
    });
    const columns = await sql<{ column_name: string }>(
      database.url,
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'webhook_subscriptions' ORDER BY column_name`,
    );
    expect(columns.map((c) => c.column_name)).not.toContain('secret');
    expect(columns.map((c) => c.column_name)).toEqual(expect.arrayContaining(['secret_master_key_id', 'secret_wrapped']));
    const text = await tableText(database.url);
    expect(text).toContain(legacyId);
    for (const clear of clearForms(legacySecret)) expect(text).not.toContain(clear);
    expect(text).not.toContain('whsec_');

    const post = async (path: string, body: object) => {
      const response = await api!.post(path, body, caseworker);
      expect({ path, status: response.status }).toEqual({ path, status: 201 });
      return response.body as { caseId: string };
    };
    const { caseId } = await post('/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6471' });
    await post(`/cases/${caseId}/register-victim`, {
      initials: 'SR',
      sex: 'female',
      birthYear: 2001,
      isChild: false,
      nationality: 'ID',
      originProvinceCode: '35',
      originDistrictCode: '3509',
    });
    await post(`/cases/${caseId}/record-consent`, { consentId: 'c-process', scope: 'process', evidenceRef: 'DOC-1' });
    await post(`/cases/${caseId}/send-referral`, {
      toAgency: POLDA,
      service: 'law_enforcement',
      reason: 'mohon LP',
      responseDeadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      sharesIdentity: false,
    });
    const hook = await eventually('the delivery to the migrated webhook', () => hooks.find((h) => h.path === '/polda'));
    expect(verifyWebhookSignature(legacySecret, hook.body, hook.headers['x-rujukan-signature'] as string, Math.floor(Date.now() / 1000))).toBe(true);
  });

  it('stores a secret registered through the API wrapped only, returns it that once, and signs with it', async () => {
    const admin = `Bearer ${await api!.token(TEST_ADMINISTRATOR)}`;
    const registered = await request(api!.app.getHttpServer())
      .post('/admin/webhooks')
      .set('Authorization', admin)
      .send({ agency: JATIM, url: `${receiverUrl}/jatim` });
    expect(registered.status).toBe(201);
    const secret = registered.body.secret as string;
    expect(secret).toMatch(/^whsec_/);

    const text = await tableText(database.url);
    for (const clear of [...clearForms(secret), ...clearForms(legacySecret)]) expect(text).not.toContain(clear);
    const listed = await request(api!.app.getHttpServer()).get('/admin/webhooks').set('Authorization', admin);
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    expect(JSON.stringify(listed.body)).not.toContain('secret');
    // Nothing the read side's connection can read holds it either: not a column of any table, not an event.
    const dataSource = api!.app.get(DataSource);
    const everywhere = (await dataSource.query(`SELECT string_agg(e::text, '') AS events FROM events e`)) as Array<{ events: string }>;
    for (const clear of clearForms(secret)) expect(everywhere[0]!.events).not.toContain(clear);

    const post = async (path: string, body: object) => {
      const response = await api!.post(path, body, caseworker);
      expect({ path, status: response.status }).toEqual({ path, status: 201 });
      return response.body as { caseId: string };
    };
    const { caseId } = await post('/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6471' });
    await post(`/cases/${caseId}/request-transfer`, { toAgency: JATIM, reason: 'keluarga di Jawa Timur' });
    const hook = await eventually('the delivery to the registered webhook', () => hooks.find((h) => h.path === '/jatim'));
    expect(verifyWebhookSignature(secret, hook.body, hook.headers['x-rujukan-signature'] as string, Math.floor(Date.now() / 1000))).toBe(true);
    expect(verifyWebhookSignature(legacySecret, hook.body, hook.headers['x-rujukan-signature'] as string, Math.floor(Date.now() / 1000))).toBe(false);
  });
});
