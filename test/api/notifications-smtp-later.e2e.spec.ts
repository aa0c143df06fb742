import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import { NotificationOutbox } from '@rujukan/read-models';
import { NotificationWorkerService } from '@rujukan/server';
import { SMTPServer } from 'smtp-server';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';
import { TEST_ADMINISTRATOR } from '../support/test-directory.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const KALTIM = 'UPTD-PPA-64';
const caseworker: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: KALTIM };
const supervisor: Actor = { userId: 'spv-kaltim', role: 'supervisor', agency: KALTIM };
const assignee: Actor = { userId: 'cw2-kaltim', role: 'caseworker', agency: KALTIM };
const ASSIGNEE_ADDRESS = 'dewi@uptdppa-kaltim.example';

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

describe('an e-mail that fell due while SMTP_URL was unset', () => {
  let database: TestDatabase;
  let smtp: SMTPServer;
  let smtpUrl: string;
  let api: ApiTestApp | undefined;
  const mails: Array<{ to: string[]; raw: string }> = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
    database = await createTestDatabase({ migrate: false });
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  });

  const env = { NOTIFY_INTERVAL_MS: '100', USER_DIRECTORY_CACHE_MS: '0' };
  let caseId: string;
  let notificationId: string;

  it('stays unsent, not fanned out to nobody, while no SMTP server is configured', async () => {
    delete process.env.SMTP_URL;
    api = await startApiTestApp({ database, withProjector: true, env });
    const http = api.app.getHttpServer();
    const put = await request(http)
      .put(`/admin/users/${assignee.userId}`)
      .set('Authorization', `Bearer ${await api.token(TEST_ADMINISTRATOR)}`)
      .send({ agency: KALTIM, role: 'caseworker', active: true, name: 'Dewi', email: ASSIGNEE_ADDRESS });
    expect(put.status).toBe(200);
    const opened = await api.post('/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6471' }, caseworker);
    expect(opened.status).toBe(201);
    caseId = opened.body.caseId as string;
    expect((await api.post(`/cases/${caseId}/assign`, { assignee: assignee.userId }, supervisor)).status).toBe(201);

    const dataSource = api.app.get(DataSource);
    const [row] = await eventually('the assignment in the outbox', async () => {
      const rows: Array<{ notification_id: string }> = await dataSource.query(
        `SELECT notification_id FROM rm_notifications WHERE case_id = $1 AND kind = 'case_assigned' AND channel = 'email'`,
        [caseId],
      );
      return rows.length > 0 && rows;
    });
    notificationId = row!.notification_id;
    // The worker's rounds after the notification fell due: two explicit ones, whatever the timer did meanwhile.
    const worker = api.app.get(NotificationWorkerService);
    await worker.tick();
    await worker.tick();
    expect(await dataSource.query(`SELECT notification_id FROM notification_fanouts WHERE notification_id = $1`, [notificationId])).toEqual([]);
    expect(await dataSource.query(`SELECT delivery_id FROM notification_deliveries WHERE notification_id = $1`, [notificationId])).toEqual([]);
    expect(await new NotificationOutbox(dataSource).unsent('email', new Date(), api.config.NOTIFY_MAX_AGE_MS)).toEqual({ waiting: 1, expired: 0 });
    const status = await request(http)
      .get('/admin/notifications/status')
      .set('Authorization', `Bearer ${await api.token(TEST_ADMINISTRATOR)}`);
    expect({ status: status.status, body: status.body }).toEqual({
      status: 200,
      body: { email: { configured: false, waiting: 1, expired: 0 }, deadLetters: 0 },
    });
    expect(mails).toEqual([]);
    await api.close();
    api = undefined;
  });

  it('is mailed once SMTP_URL is set and the service starts again', async () => {
    api = await startApiTestApp({ database, withProjector: true, env: { ...env, SMTP_URL: smtpUrl } });
    const mail = await eventually('the e-mail to the assignee', () => mails.find((m) => m.to.includes(ASSIGNEE_ADDRESS)));
    expect(mail.raw).toContain(caseId.slice(0, 8));
    const dataSource = api.app.get(DataSource);
    await eventually('the delivery recorded as delivered', async () =>
      ((await dataSource.query(`SELECT status FROM notification_deliveries WHERE notification_id = $1`, [notificationId])) as Array<{ status: string }>).some(
        (d) => d.status === 'delivered',
      ),
    );
    expect(mails.filter((m) => m.to.includes(ASSIGNEE_ADDRESS))).toHaveLength(1);
    const status = await request(api.app.getHttpServer())
      .get('/admin/notifications/status')
      .set('Authorization', `Bearer ${await api.token(TEST_ADMINISTRATOR)}`);
    expect(status.body).toEqual({ email: { configured: true, waiting: 0, expired: 0 }, deadLetters: 0 });
  });
});
