import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { caseOpened, day, referralSent, supervisor } from '@rujukan/domain/testing/fixtures.js';
import { stored, startProjectionHarness, type ProjectionHarness } from '../testing/projection-harness.js';
import { NotificationOutbox, type ClaimedDelivery, type DueNotification } from './notification-outbox.js';
import { NotificationsProjection } from './notifications.projection.js';

let harness: ProjectionHarness;
let outbox: NotificationOutbox;
const projection = new NotificationsProjection();
const HOUR = 3_600_000;

beforeAll(async () => {
  harness = await startProjectionHarness();
  outbox = new NotificationOutbox(harness.dataSource);
});

afterAll(async () => {
  await harness?.close();
});

/** A referral sent at `day(0)` to Polda, whose notice and reminder (due `day(2)`) are in the outbox. */
async function referral(): Promise<{ caseId: string; referralId: string }> {
  const caseId = randomUUID();
  const referralId = randomUUID();
  const at = { caseId, at: day(0), by: supervisor };
  await harness.apply(projection, stored([caseOpened(at), referralSent(referralId, {}, at)]));
  return { caseId, referralId };
}

const ofCase = (caseId: string, due: DueNotification[]) => due.filter((n) => n.case_id === caseId).map((n) => `${n.kind}/${n.channel}`);

describe('the outbox as the delivery worker reads it', () => {
  it('offers what is due, not what is due later, withdrawn, already fanned out or older than the age limit', async () => {
    const { caseId } = await referral();
    const at = (iso: string, plusMs = 0) => new Date(Date.parse(iso) + plusMs);
    expect(ofCase(caseId, await outbox.dueForFanOut(at(day(0), HOUR), 86_400_000, 500))).toEqual(['referral_received/email', 'referral_received/webhook']);
    // The reminder falls due a day before the deadline; by then the first notice is over a day old and left unsent.
    expect(ofCase(caseId, await outbox.dueForFanOut(at(day(2), HOUR), 86_400_000, 500))).toEqual([
      'referral_deadline_soon/email',
      'referral_deadline_soon/webhook',
    ]);
    const [first] = (await outbox.dueForFanOut(at(day(0), HOUR), 86_400_000, 500)).filter((n) => n.case_id === caseId);
    await outbox.fanOut(first!, [], at(day(0), HOUR));
    expect(ofCase(caseId, await outbox.dueForFanOut(at(day(0), HOUR), 86_400_000, 500))).toEqual(['referral_received/webhook']);
  });

  it('fans a notification out once, whoever runs it and however often', async () => {
    const { caseId } = await referral();
    const now = new Date(Date.parse(day(0)) + HOUR);
    const [email] = (await outbox.dueForFanOut(now, 86_400_000, 500)).filter((n) => n.case_id === caseId && n.channel === 'email');
    await Promise.all([outbox.fanOut(email!, ['email:a@polda.example'], now), outbox.fanOut(email!, ['email:a@polda.example', 'email:b@polda.example'], now)]);
    await outbox.fanOut(email!, ['email:c@polda.example'], now);
    const deliveries: Array<{ target: string }> = await harness.dataSource.query(`SELECT target FROM notification_deliveries WHERE notification_id = $1`, [
      email!.notification_id,
    ]);
    expect(deliveries.length === 1 || deliveries.length === 2).toBe(true);
    expect(deliveries.map((d) => d.target)).not.toContain('email:c@polda.example');
  });

  it('claims a due delivery for one sender only, retries it, makes it a dead letter and replays it', async () => {
    const { caseId } = await referral();
    const now = new Date(Date.parse(day(0)) + HOUR);
    const [webhook] = (await outbox.dueForFanOut(now, 86_400_000, 500)).filter((n) => n.case_id === caseId && n.channel === 'webhook');
    await outbox.fanOut(webhook!, [`webhook:${randomUUID()}`], now);
    const mine = (claimed: ClaimedDelivery[]) => claimed.filter((c) => c.notification_id === webhook!.notification_id);
    const [claimed] = mine(await outbox.claimDue(now, 60_000, 500));
    expect(claimed).toMatchObject({ kind: 'referral_received', case_id: caseId, attempts: 0, facts: { toAgency: 'POLDA-KALTIM' } });
    expect(mine(await outbox.claimDue(now, 60_000, 500))).toEqual([]);
    await outbox.failed(claimed!.delivery_id, 'answered 500', new Date(now.getTime() + 1000), now);
    expect(mine(await outbox.claimDue(now, 60_000, 500))).toEqual([]);
    const [retried] = mine(await outbox.claimDue(new Date(now.getTime() + 1000), 60_000, 500));
    expect(retried?.attempts).toBe(1);
    await outbox.failed(claimed!.delivery_id, 'answered 500', null, now);
    expect((await outbox.deadLetters(500)).filter((d) => d.deliveryId === claimed!.delivery_id)).toEqual([
      expect.objectContaining({ kind: 'referral_received', caseId, channel: 'webhook', attempts: 2, lastError: 'answered 500' }),
    ]);
    expect(mine(await outbox.claimDue(new Date(now.getTime() + 86_400_000), 60_000, 500))).toEqual([]);
    expect(await outbox.replay(claimed!.delivery_id, now)).toBe(true);
    expect(await outbox.replay(claimed!.delivery_id, now)).toBe(false);
    expect(await outbox.replay(randomUUID(), now)).toBe(false);
    expect(mine(await outbox.claimDue(now, 60_000, 500))).toEqual([expect.objectContaining({ attempts: 0 })]);
  });
});
