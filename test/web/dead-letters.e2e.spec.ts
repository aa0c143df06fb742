import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import { EventStore } from '@rujukan/event-store';
import type { Page } from 'playwright-core';
import request from 'supertest';
import type { ApiTestApp } from '../support/api-test-app.js';
import { ARTIFACTS, browserSuite, startConsole, type BrowserConsole } from '../support/browser-harness.js';
import { TEST_ADMINISTRATOR } from '../support/test-directory.js';

const KALTIM = 'UPTD-PPA-64';
const POLDA = 'POLDA-KALTIM';
const caseworker: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: KALTIM };
const IDENTITY = { fullName: 'Siti Rahmawati Nurjanah', nik: '6471015506990002' };

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

/**
 * An administrator opens Pemberitahuan gagal: two webhook deliveries of a referral that failed their only attempt,
 * with what they were about, where they went, the attempts and the last error (and no trace of the victim); the
 * e-mail that waits for SMTP_URL is reported. She sends one again (the receiver, mended, gets it) and discards the
 * other; both actions are in the audit record. Indonesian first, then English; screenshots in artifacts/web.
 */
jest.setTimeout(120_000);

browserSuite('dead letters in the console', () => {
  let web: BrowserConsole;
  let api: ApiTestApp;
  let receiver: Server;
  let answer = 500;
  let caseId: string;
  const hooks: Array<{ path: string; headers: IncomingHttpHeaders; answered: number }> = [];

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        hooks.push({ path: req.url ?? '', headers: req.headers, answered: answer });
        res.writeHead(answer).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    delete process.env.SMTP_URL;
    web = await startConsole({
      env: { READ_WAIT_MS: undefined, WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_ALLOW_HTTP: 'true', NOTIFY_INTERVAL_MS: '100', NOTIFY_MAX_ATTEMPTS: '1' },
      seed: async (started) => {
        api = started;
        const http = api.app.getHttpServer();
        const admin = `Bearer ${await api.token(TEST_ADMINISTRATOR)}`;
        for (const path of ['/a', '/b']) {
          const subscribed = await request(http)
            .post('/admin/webhooks')
            .set('Authorization', admin)
            .send({ agency: POLDA, url: `${receiverUrl}${path}` });
          expect(subscribed.status).toBe(201);
        }
        const post = async (path: string, body: object) => {
          const response = await api.post(path, body, caseworker);
          expect({ path, status: response.status }).toEqual({ path, status: 201 });
          return response.body as { caseId: string };
        };
        ({ caseId } = await post('/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6471' }));
        await post(`/cases/${caseId}/register-victim`, {
          initials: 'SRN',
          sex: 'female',
          birthYear: 1999,
          isChild: false,
          nationality: 'ID',
          originProvinceCode: '35',
          originDistrictCode: '3509',
          identity: IDENTITY,
        });
        await post(`/cases/${caseId}/record-consent`, { consentId: 'c-process', scope: 'process', evidenceRef: 'DOC-1' });
        await post(`/cases/${caseId}/send-referral`, {
          toAgency: POLDA,
          service: 'law_enforcement',
          reason: 'mohon LP',
          responseDeadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
          sharesIdentity: false,
        });
        await eventually('both deliveries dead', async () => {
          const list = await request(http).get('/admin/notifications/dead-letters').set('Authorization', admin);
          return (list.body.deadLetters as unknown[]).length === 2;
        });
      },
    });
    ({ api } = web);
  }, 120_000);

  afterAll(async () => {
    await web?.close();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  const signIn = (actor: Actor) => web.signedIn(actor);

  const rows = (page: Page) => page.locator('section[aria-labelledby="dead-letters"] tbody tr');

  it('lists the dead letters with what they were about, the attempts and the last error, and reports the e-mail waiting for SMTP', async () => {
    const page = await signIn(TEST_ADMINISTRATOR);
    // An administrator starts on this page, and finds it in the navigation.
    await page.getByRole('heading', { level: 1, name: 'Pemberitahuan gagal terkirim', exact: true }).waitFor();
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Pemberitahuan gagal', exact: true }).count()).toBe(1);
    await page.getByRole('heading', { level: 2, name: 'Surat mati (2)', exact: true }).waitFor();
    await page.getByRole('note').filter({ hasText: '1 pemberitahuan surel menunggu' }).waitFor();
    expect(await rows(page).count()).toBe(2);
    for (const path of ['/a', '/b']) {
      const row = rows(page).filter({ hasText: path });
      const cells = await row.locator('td').allInnerTexts();
      expect(cells.slice(1, 6)).toEqual([
        'Rujukan baru',
        caseId.slice(0, 8),
        expect.stringContaining(`Webhook: ${POLDA} · http://127.0.0.1`),
        '1',
        'answered 500',
      ]);
    }
    const text = await page.locator('main').innerText();
    for (const identifying of [...Object.values(IDENTITY), 'Rahmawati', 'SRN', 'mohon LP']) expect(text).not.toContain(identifying);
    for (const english of ['Dead letters', 'Send again', 'Discard', 'Last error', 'New referral']) expect(text).not.toContain(english);
    await page.screenshot({ path: join(ARTIFACTS, 'dead-letters-id.png'), fullPage: true });
    expect(await web.axeFindings(page)).toEqual([]);

    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Dead letters (2)', exact: true }).waitFor();
    await page.getByRole('note').filter({ hasText: '1 e-mail notification(s) wait' }).waitFor();
    await rows(page).first().getByRole('button', { name: 'Send again', exact: true }).waitFor();
    expect(await rows(page).first().locator('td').nth(1).innerText()).toBe('New referral');
    await page.screenshot({ path: join(ARTIFACTS, 'dead-letters-en.png'), fullPage: true });
    expect(web.pageErrors).toEqual([]);
  });

  it('sends one again, which the mended receiver gets, and discards the other; both in the audit record', async () => {
    const page = await signIn(TEST_ADMINISTRATOR);
    await page.getByRole('heading', { level: 2, name: 'Surat mati (2)', exact: true }).waitFor();
    answer = 200;
    const replayed = (await rows(page).filter({ hasText: '/a' }).getAttribute('data-delivery'))!;
    const discarded = (await rows(page).filter({ hasText: '/b' }).getAttribute('data-delivery'))!;
    await rows(page).filter({ hasText: '/a' }).getByRole('button', { name: 'Kirim ulang', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Pemberitahuan kasus ${caseId.slice(0, 8)} dikirim ulang.` })
      .waitFor();
    await page.getByRole('heading', { level: 2, name: 'Surat mati (1)', exact: true }).waitFor();
    await eventually('the replayed delivery', () => hooks.find((h) => h.headers['x-rujukan-delivery'] === replayed && h.answered === 200));

    await rows(page).filter({ hasText: '/b' }).getByRole('button', { name: 'Buang', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'dibuang dan tidak akan dikirim' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Surat mati (0)', exact: true }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'dead-letters-done.png'), fullPage: true });
    expect(hooks.filter((h) => h.headers['x-rujukan-delivery'] === discarded).map((h) => h.answered)).toEqual([500]);

    const store = api.app.get(EventStore);
    const audit = async (id: string) => (await store.readStream(`notification-delivery-${id}`)).map((e) => [e.type, e.metadata.actor]);
    expect(await audit(replayed)).toEqual([['DeadLetterReplayed', TEST_ADMINISTRATOR.userId]]);
    expect(await audit(discarded)).toEqual([['DeadLetterDiscarded', TEST_ADMINISTRATOR.userId]]);
    expect(web.pageErrors).toEqual([]);
  });

  it('is not in the navigation of a caseworker', async () => {
    const page = await signIn(caseworker);
    await page.getByRole('navigation').getByRole('link', { name: 'Antrian', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Pemberitahuan gagal', exact: true }).count()).toBe(0);
  });
});
