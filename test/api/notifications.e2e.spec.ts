import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import { EventStore } from '@rujukan/event-store';
import { DeadlineSweepService, NotificationWorkerService, sendWebhook, verifyWebhookSignature } from '@rujukan/server';
import { SMTPServer } from 'smtp-server';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';
import { TEST_AGENCIES, TEST_ADMINISTRATOR } from '../support/test-directory.js';

const KALTIM = 'UPTD-PPA-64';
const JATIM = 'UPTD-PPA-35';
const POLDA = 'POLDA-KALTIM';
const caseworker: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: KALTIM };
const supervisor: Actor = { userId: 'spv-kaltim', role: 'supervisor', agency: KALTIM };
const assignee: Actor = { userId: 'cw2-kaltim', role: 'caseworker', agency: KALTIM };
const admin = TEST_ADMINISTRATOR;
const CONSOLE_URL = 'https://rujukan.kaltimprov.example';
const ADDRESSES = {
  polda: 'renakta@polda-kaltim.example',
  jatim: 'uptdppa@jatimprov.example',
  assignee: 'dewi@uptdppa-kaltim.example',
  supervisor: 'spv@uptdppa-kaltim.example',
};

const IDENTITY = {
  fullName: 'Siti Rahmawati Nurjanah',
  nik: '6471015506990002',
  passportNumber: 'C1234567',
  address: 'Jl. Mawar Merah No. 17, Balikpapan',
  phone: '+62 812 5555 0101',
  notes: 'Direkrut oleh tetangga untuk bekerja di kebun sawit Tawau',
};
// Free text about her is sealed like her identity: none of it may reach a notification either.
const REFERRAL_REASON = 'Laporkan perekrut, tetangga Rahmawati di Sepinggan';
const TRANSFER_REASON = 'Keluarga Nurjanah tinggal di Jember';
const IDENTIFYING_VALUES = [
  ...Object.values(IDENTITY),
  'Rahmawati',
  'Nurjanah',
  'Mawar Merah',
  '5555 0101',
  '6471015506990002',
  'kebun sawit',
  REFERRAL_REASON,
  'Sepinggan',
  TRANSFER_REASON,
  'Jember',
];

interface Mail {
  to: string[];
  raw: string;
}
interface Hook {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  answered: number;
}

/** Bytes written as `=XX` (quoted-printable) read back as the UTF-8 text they encode. */
function unquote(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** A mail as its reader sees it: folded headers joined, encoded words and quoted-printable decoded, so a value the mailer split or encoded is still found. */
const readable = (raw: string): string =>
  unquote(
    raw
      .replace(/\?=\s+=\?UTF-8\?Q\?/gi, '')
      .replace(/=\?UTF-8\?Q\?([^?]*)\?=/gi, (_, text: string) => text.replace(/_/g, ' '))
      .replace(/=\r?\n/g, ''),
  );

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

describe('notifications: e-mail and signed webhooks, retried, dead-lettered and replayed, never naming the victim', () => {
  let api: ApiTestApp;
  let smtp: SMTPServer;
  let receiver: Server;
  let receiverUrl: string;
  const mails: Mail[] = [];
  const hooks: Hook[] = [];
  let answer = 200;

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
    const smtpPort = (smtp.server.address() as AddressInfo).port;

    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        hooks.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), answered: answer });
        res.writeHead(answer, { 'Content-Type': 'text/plain' }).end(answer === 200 ? 'ok' : 'down');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;

    api = await startApiTestApp({
      withProjector: true,
      env: {
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        MAIL_FROM: 'Rujukan <no-reply@rujukan.example>',
        CONSOLE_URL,
        // The receiver listens on loopback over http: the two things a real deployment refuses.
        WEBHOOK_ALLOW_PRIVATE: 'true',
        WEBHOOK_ALLOW_HTTP: 'true',
        NOTIFY_INTERVAL_MS: '100',
        NOTIFY_RETRY_BASE_MS: '50',
        NOTIFY_MAX_ATTEMPTS: '3',
        USER_DIRECTORY_CACHE_MS: '0',
      },
    });
  });

  afterAll(async () => {
    await api?.close();
    await new Promise((resolve) => receiver?.close(resolve));
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  });

  const call = async (actor: Actor, method: 'get' | 'put' | 'post', path: string, body?: object) => {
    const r = request(api.app.getHttpServer())
      [method](path)
      .set('Authorization', `Bearer ${await api.token(actor)}`);
    return body ? r.send(body) : r;
  };
  const ok = async (actor: Actor, path: string, body: object) => {
    const response = await api.post(path, body, actor);
    expect({ path, status: response.status, body: response.body }).toMatchObject({ path, status: 201 });
    return response.body as { caseId: string; referralId?: string; transferId?: string };
  };
  const withEmail = async (code: string, email: string) => {
    const agency = TEST_AGENCIES.find((a) => a.code === code)!;
    const put = await call(admin, 'put', `/admin/agencies/${code}`, {
      name: agency.name,
      type: agency.type,
      ...(agency.provinceCode && { provinceCode: agency.provinceCode }),
      ...(agency.districtCode && { districtCode: agency.districtCode }),
      email,
    });
    expect(put.status).toBe(200);
  };
  const subscribe = async (agency: string, path: string): Promise<string> => {
    const response = await call(admin, 'post', '/admin/webhooks', { agency, url: `${receiverUrl}${path}` });
    expect({ status: response.status, body: response.body }).toMatchObject({
      status: 201,
      body: { agency, active: true, secret: expect.stringMatching(/^whsec_/) },
    });
    return response.body.secret as string;
  };
  const delivery = (status: string) => (hook: Hook) =>
    api.app
      .get(DataSource)
      .query(`SELECT status FROM notification_deliveries WHERE delivery_id = $1`, [hook.headers['x-rujukan-delivery']])
      .then((rows: Array<{ status: string }>) => rows[0]?.status === status);

  let caseId: string;
  let poldaSecret: string;
  let jatimSecret: string;

  it('mails the receiving agency and posts to its webhook, signed, when a referral is sent', async () => {
    await withEmail(POLDA, ADDRESSES.polda);
    poldaSecret = await subscribe(POLDA, '/polda');
    ({ caseId } = await ok(caseworker, '/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6471' }));
    await ok(caseworker, `/cases/${caseId}/register-victim`, {
      initials: 'SRN',
      sex: 'female',
      birthYear: 1999,
      isChild: false,
      nationality: 'ID',
      originProvinceCode: '35',
      originDistrictCode: '3509',
      identity: IDENTITY,
    });
    await ok(caseworker, `/cases/${caseId}/record-consent`, { consentId: 'c-process', scope: 'process', evidenceRef: 'DOC-1' });
    const { referralId } = await ok(caseworker, `/cases/${caseId}/send-referral`, {
      toAgency: POLDA,
      service: 'law_enforcement',
      reason: REFERRAL_REASON,
      responseDeadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      sharesIdentity: false,
    });

    const mail = await eventually('the e-mail to Polda', () => mails.find((m) => m.to.includes(ADDRESSES.polda)));
    const text = readable(mail.raw);
    expect(text).toContain(`Subject: [Rujukan] Rujukan baru / New referral`);
    expect(text).toContain(`kasus ${caseId.slice(0, 8)}`);
    expect(text).toContain('Penegakan hukum');
    expect(text).toContain(`${CONSOLE_URL}/kasus/${caseId}/rujukan/${referralId}`);

    const hook = await eventually('the webhook delivery to Polda', () => hooks.find((h) => h.path === '/polda'));
    const signature = hook.headers['x-rujukan-signature'] as string;
    expect(verifyWebhookSignature(poldaSecret, hook.body, signature, Math.floor(Date.now() / 1000))).toBe(true);
    expect(verifyWebhookSignature('another secret', hook.body, signature, Math.floor(Date.now() / 1000))).toBe(false);
    expect(hook.headers['x-rujukan-event']).toBe('referral_received');
    expect(JSON.parse(hook.body)).toMatchObject({
      type: 'referral_received',
      caseId,
      caseNumber: caseId.slice(0, 8),
      link: `${CONSOLE_URL}/kasus/${caseId}/rujukan/${referralId}`,
      facts: { referralId, service: 'law_enforcement', fromAgency: KALTIM, toAgency: POLDA },
      text: { id: expect.stringContaining('rujukan baru'), en: expect.stringContaining('new referral') },
    });
    await eventually('the delivery recorded as delivered', () => delivery('delivered')(hook));
  });

  it('mails a caseworker the case a supervisor assigns her, at the address the directory holds for her', async () => {
    const put = await call(admin, 'put', `/admin/users/${assignee.userId}`, {
      agency: KALTIM,
      role: 'caseworker',
      active: true,
      name: 'Dewi',
      email: ADDRESSES.assignee,
    });
    expect(put.body).toMatchObject({ email: ADDRESSES.assignee });
    expect((await call(admin, 'get', '/admin/users')).body.users).toContainEqual(
      expect.objectContaining({ userId: assignee.userId, email: ADDRESSES.assignee }),
    );
    await ok(supervisor, `/cases/${caseId}/assign`, { assignee: assignee.userId });
    const mail = await eventually('the e-mail to the assignee', () => mails.find((m) => m.to.includes(ADDRESSES.assignee)));
    expect(readable(mail.raw)).toContain(`Kasus ${caseId.slice(0, 8)} di ${KALTIM} ditugaskan kepada Anda.`);
  });

  it('retries a webhook that answers 500, makes it a dead letter after the last attempt, and delivers it when the administrator replays it', async () => {
    await withEmail(JATIM, ADDRESSES.jatim);
    jatimSecret = await subscribe(JATIM, '/jatim');
    answer = 500;
    await ok(caseworker, `/cases/${caseId}/request-transfer`, { toAgency: JATIM, reason: TRANSFER_REASON });
    await eventually('the e-mail to Jatim', () => mails.find((m) => m.to.includes(ADDRESSES.jatim)));

    const dead = await eventually('a dead letter', async () => {
      const list = await call(admin, 'get', '/admin/notifications/dead-letters');
      expect(list.status).toBe(200);
      return (list.body.deadLetters as Array<Record<string, unknown>>).find((d) => d.kind === 'transfer_received');
    });
    expect(dead).toMatchObject({ caseId, channel: 'webhook', attempts: 3, lastError: 'answered 500' });
    const failedAttempts = hooks.filter((h) => h.headers['x-rujukan-delivery'] === dead.deliveryId);
    // Each attempt signed afresh, none followed by more once it is dead: exactly NOTIFY_MAX_ATTEMPTS.
    expect(failedAttempts.map((h) => [h.path, h.answered])).toEqual([
      ['/jatim', 500],
      ['/jatim', 500],
      ['/jatim', 500],
    ]);
    for (const h of failedAttempts)
      expect(verifyWebhookSignature(jatimSecret, h.body, h.headers['x-rujukan-signature'] as string, Math.floor(Date.now() / 1000))).toBe(true);

    // Only an administrator replays, and only a dead letter.
    expect((await call(supervisor, 'post', `/admin/notifications/dead-letters/${dead.deliveryId}/replay`)).status).toBe(403);
    answer = 200;
    const replayed = await call(admin, 'post', `/admin/notifications/dead-letters/${dead.deliveryId}/replay`);
    expect({ status: replayed.status, body: replayed.body }).toEqual({ status: 200, body: { deliveryId: dead.deliveryId, status: 'pending' } });
    const again = await call(admin, 'post', `/admin/notifications/dead-letters/${dead.deliveryId}/replay`);
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 404, code: 'NOTIFICATION.NOT_FOUND' });

    const delivered = await eventually('the replayed delivery', () =>
      hooks.find((h) => h.headers['x-rujukan-delivery'] === dead.deliveryId && h.answered === 200),
    );
    expect(JSON.parse(delivered.body)).toMatchObject({ type: 'transfer_received', caseId, facts: { fromAgency: KALTIM, toAgency: JATIM } });
    expect(verifyWebhookSignature(jatimSecret, delivered.body, delivered.headers['x-rujukan-signature'] as string, Math.floor(Date.now() / 1000))).toBe(true);
    await eventually('the delivery recorded as delivered', () => delivery('delivered')(delivered));
    expect((await call(admin, 'get', '/admin/notifications/dead-letters')).body.deadLetters).toEqual([]);
    // The replay is in the audit record: who, which delivery, its kind and case, nothing it carried.
    const audit = await api.app.get(EventStore).readStream(`notification-delivery-${dead.deliveryId as string}`);
    expect(audit.map((e) => [e.type, e.metadata.actor, e.data])).toEqual([
      [
        'DeadLetterReplayed',
        admin.userId,
        { deliveryId: dead.deliveryId, notificationId: dead.notificationId, kind: 'transfer_received', caseId, channel: 'webhook' },
      ],
    ]);
  });

  it('discards a dead letter for good: never sent, off the list, in the audit record; only administrators', async () => {
    // A delivery that failed its last attempt, as the worker leaves it.
    const dataSource = api.app.get(DataSource);
    const [polda] = (await dataSource.query(
      `SELECT d.delivery_id FROM notification_deliveries d JOIN rm_notifications n USING (notification_id)
       WHERE n.case_id = $1 AND n.kind = 'referral_received' AND d.channel = 'webhook'`,
      [caseId],
    )) as Array<{ delivery_id: string }>;
    await dataSource.query(`UPDATE notification_deliveries SET status = 'dead', dead_at = now(), last_error = 'answered 502' WHERE delivery_id = $1`, [
      polda!.delivery_id,
    ]);
    const listed = (await call(admin, 'get', '/admin/notifications/dead-letters')).body.deadLetters as Array<Record<string, unknown>>;
    expect(listed).toEqual([expect.objectContaining({ deliveryId: polda!.delivery_id, kind: 'referral_received', caseId, lastError: 'answered 502' })]);
    expect((await call(admin, 'get', '/admin/notifications/status')).body).toEqual({ email: { configured: true, waiting: 0, expired: 0 }, deadLetters: 1 });

    expect((await call(supervisor, 'post', `/admin/notifications/dead-letters/${polda!.delivery_id}/discard`)).status).toBe(403);
    const discarded = await call(admin, 'post', `/admin/notifications/dead-letters/${polda!.delivery_id}/discard`);
    expect({ status: discarded.status, body: discarded.body }).toEqual({ status: 200, body: { deliveryId: polda!.delivery_id, status: 'discarded' } });
    for (const action of ['discard', 'replay']) {
      const again = await call(admin, 'post', `/admin/notifications/dead-letters/${polda!.delivery_id}/${action}`);
      expect({ action, status: again.status, code: again.body.code }).toEqual({ action, status: 404, code: 'NOTIFICATION.NOT_FOUND' });
    }
    expect((await call(admin, 'get', '/admin/notifications/dead-letters')).body.deadLetters).toEqual([]);
    expect(
      await dataSource.query(`SELECT status, discarded_at IS NOT NULL AS dated FROM notification_deliveries WHERE delivery_id = $1`, [polda!.delivery_id]),
    ).toEqual([{ status: 'discarded', dated: true }]);
    const audit = await api.app.get(EventStore).readStream(`notification-delivery-${polda!.delivery_id}`);
    expect(audit.map((e) => [e.type, e.metadata.actor])).toEqual([['DeadLetterDiscarded', admin.userId]]);
  });

  it("escalates a referral the deadline sweep expires to the sender's supervisors, by e-mail", async () => {
    const put = await call(admin, 'put', `/admin/users/${supervisor.userId}`, {
      agency: KALTIM,
      role: 'supervisor',
      active: true,
      email: ADDRESSES.supervisor,
    });
    expect(put.status).toBe(200);
    const { caseId: other } = await ok(caseworker, '/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6471' });
    await ok(caseworker, `/cases/${other}/register-victim`, {
      initials: 'SRN',
      sex: 'female',
      birthYear: 1999,
      isChild: false,
      nationality: 'ID',
      originProvinceCode: '35',
      originDistrictCode: '3509',
      identity: IDENTITY,
    });
    await ok(caseworker, `/cases/${other}/record-consent`, { consentId: 'c-process', scope: 'process', evidenceRef: 'DOC-1' });
    await ok(caseworker, `/cases/${other}/send-referral`, {
      toAgency: POLDA,
      service: 'law_enforcement',
      reason: REFERRAL_REASON,
      responseDeadline: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      sharesIdentity: false,
    });
    // The sweep and the worker run as they would once the deadline has passed.
    const later = new Date(Date.now() + 3 * 86_400_000);
    await eventually('the referral expired', async () => {
      await api.app.get(DeadlineSweepService).sweep(later);
      return (await api.stream(other)).some((e) => e.type === 'ReferralExpired');
    });
    const mail = await eventually('the escalation to the supervisor', async () => {
      await api.app.get(NotificationWorkerService).tick(later);
      // The first case's referral to Polda expires in the same sweep: each escalation is a mail of its own.
      return mails.find((m) => m.to.includes(ADDRESSES.supervisor) && readable(m.raw).includes(`kasus ${other.slice(0, 8)}`));
    });
    const text = readable(mail.raw);
    expect(text).toContain('Rujukan tidak dijawab: eskalasi ke supervisor / Referral unanswered: escalated to a supervisor');
    expect(text).toContain(`Rujukan pada kasus ${other.slice(0, 8)} tidak dijawab sebelum tenggat`);
    expect(text).toContain(`${CONSOLE_URL}/kasus/${other}`);
  });

  it('puts none of her identity, nor anything written about her, in any message', async () => {
    expect(mails.length).toBeGreaterThanOrEqual(3);
    expect(hooks.length).toBeGreaterThanOrEqual(5);
    const messages = [
      ...mails.map((m) => readable(m.raw)),
      ...hooks.map((h) => `${JSON.stringify(h.headers)}\n${h.body}\n${JSON.stringify(JSON.parse(h.body))}`),
    ];
    // The search reads what the messages say: it finds the case id each one carries.
    expect(messages.every((m) => /kasus [0-9a-f]{8}/.test(m) || m.includes('"caseNumber"'))).toBe(true);
    const found = IDENTIFYING_VALUES.flatMap((value) => messages.filter((m) => m.toLowerCase().includes(value.toLowerCase())).map(() => value));
    expect(found).toEqual([]);
  });

  it('lists webhooks without their secrets, deactivates one; refuses a bad subscription with the field and reason; only administrators', async () => {
    const list = await call(admin, 'get', '/admin/webhooks');
    expect(list.body.webhooks.map((w: { agency: string }) => w.agency)).toEqual([POLDA, JATIM].sort());
    expect(JSON.stringify(list.body)).not.toContain('whsec_');
    // Stored wrapped by the master key: no column of the table holds a secret in clear, as text or as bytes.
    const stored = (await api.app.get(DataSource).query(`SELECT s::text AS row FROM webhook_subscriptions s`)) as Array<{ row: string }>;
    expect(stored).toHaveLength(2);
    for (const secret of [poldaSecret, jatimSecret])
      for (const clear of [secret, Buffer.from(secret).toString('hex')]) expect(stored.map((r) => r.row).join('\n')).not.toContain(clear);
    const unknown = await call(admin, 'post', '/admin/webhooks', { agency: 'NOWHERE-1', url: `${receiverUrl}/x` });
    expect([unknown.status, unknown.body.code]).toEqual([422, 'AGENCY.UNKNOWN']);
    const bad = await call(admin, 'post', '/admin/webhooks', { agency: POLDA, url: 'ftp://files.example/x' });
    expect([bad.status, bad.body.errors]).toEqual([400, [{ field: 'url', reason: 'url must be http or https' }]]);
    expect((await call(caseworker, 'get', '/admin/webhooks')).status).toBe(403);
    const polda = list.body.webhooks.find((w: { agency: string }) => w.agency === POLDA) as { subscriptionId: string };
    const off = await call(admin, 'post', `/admin/webhooks/${polda.subscriptionId}/deactivate`);
    expect({ status: off.status, body: off.body }).toEqual({ status: 200, body: { subscriptionId: polda.subscriptionId, active: false } });
    expect((await call(admin, 'get', '/admin/webhooks')).body.webhooks).toContainEqual(expect.objectContaining({ agency: POLDA, active: false }));
    const history = await api.app.get(EventStore).readStream(`directory-webhook-${polda.subscriptionId}`);
    expect(history.map((e) => [e.type, e.metadata.actor, JSON.stringify(e.data).includes('whsec_')])).toEqual([
      ['WebhookSubscribed', admin.userId, false],
      ['WebhookDeactivated', admin.userId, false],
    ]);
    const missing = await call(admin, 'post', '/admin/webhooks/0b7c2f1e-5a3d-4c61-9a8e-1f2d3c4b5a60/deactivate');
    expect([missing.status, missing.body.code]).toEqual([404, 'WEBHOOK.NOT_FOUND']);
  });
});

describe('webhook targets on a server that allows no private address (the default)', () => {
  let api: ApiTestApp;
  let receiver: Server;
  let port: number;
  let received = 0;

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      received++;
      res.writeHead(200).end();
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    port = (receiver.address() as AddressInfo).port;
    api = await startApiTestApp({ env: { WEBHOOK_ALLOW_HTTP: 'true' } });
  });
  afterAll(async () => {
    await api?.close();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  it('refuses a loopback target at registration with 400 naming url, and writes nothing', async () => {
    for (const url of [
      `http://127.0.0.1:${port}/hook`,
      `http://localhost:${port}/hook`,
      'http://[::1]/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://10.1.2.3/hook',
    ]) {
      const response = await request(api.app.getHttpServer())
        .post('/admin/webhooks')
        .set('Authorization', `Bearer ${await api.token(admin)}`)
        .send({ agency: POLDA, url });
      expect({ url, status: response.status, field: response.body.errors?.[0]?.field }).toEqual({ url, status: 400, field: 'url' });
      expect(response.body.errors[0].reason).toMatch(/loopback, private, link-local or reserved address/);
    }
    expect(await api.app.get(DataSource).query(`SELECT count(*)::int AS n FROM webhook_subscriptions`)).toEqual([{ n: 0 }]);
  });

  it('refuses it again when delivering (a name registered while public may resolve to loopback later): nothing reaches the receiver', async () => {
    const resolvesToLoopback = async () => [{ address: '127.0.0.1', family: 4 }];
    await expect(
      sendWebhook(
        { url: `http://hooks.polda-kaltim.example:${port}/hook`, secret: 's', deliveryId: 'd', event: 'referral_received', body: '{}' },
        { allowPrivate: false, allowHttp: true, timeoutMs: 2000 },
        new Date(),
        resolvesToLoopback,
      ),
    ).rejects.toThrow(/resolves to 127\.0\.0\.1/);
    expect(received).toBe(0);
    // The same call with the check relaxed reaches it: the refusal above is the check, not a dead receiver.
    await sendWebhook(
      { url: `http://hooks.polda-kaltim.example:${port}/hook`, secret: 's', deliveryId: 'd', event: 'referral_received', body: '{}' },
      { allowPrivate: true, allowHttp: true, timeoutMs: 2000 },
      new Date(),
      resolvesToLoopback,
    );
    expect(received).toBe(1);
  });
});
