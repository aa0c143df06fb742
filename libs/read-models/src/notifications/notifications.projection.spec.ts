import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { CaseEvent } from '@rujukan/domain';
import {
  JATIM,
  KALTIM,
  POLDA,
  caseOpened,
  day,
  event,
  police,
  referralAccepted,
  referralSent,
  supervisor,
  system,
  transferRequested,
} from '@rujukan/domain/testing/fixtures.js';
import type { StoredEvent } from '@rujukan/event-store';
import type { EntityManager } from 'typeorm';
import { stored, startProjectionHarness, type ProjectionHarness } from '../testing/projection-harness.js';
import { NotificationsProjection } from './notifications.projection.js';

const projection = new NotificationsProjection();
let harness: ProjectionHarness;

beforeAll(async () => {
  harness = await startProjectionHarness();
});

afterAll(async () => {
  await harness?.close();
});

interface Row {
  notification_id: string;
  event_id: string;
  kind: string;
  subject_id: string | null;
  recipient_type: string;
  recipient: string;
  channel: string;
  facts: Record<string, unknown>;
  deliver_after: Date;
  cancelled_at: Date | null;
}

const outbox = (caseId: string): Promise<Row[]> =>
  harness.dataSource.query(
    `SELECT notification_id, event_id, kind, subject_id, recipient_type, recipient, channel, facts, deliver_after, cancelled_at
     FROM rm_notifications WHERE case_id = $1 ORDER BY kind, channel`,
    [caseId],
  );

/** A fresh case per spec, with a referral id of its own (referral ids are global). */
function newCase() {
  const caseId = randomUUID();
  return { caseId, ref: randomUUID(), at: (days: number, by = supervisor) => ({ caseId, at: day(days), by }) };
}

const apply = (events: StoredEvent[]) => harness.apply(projection, events);

describe('NotificationsProjection', () => {
  it('declares exactly the event types it handles', () => {
    expect([...projection.eventTypes].sort()).toEqual(
      ['CaseAssigned', 'ReferralAccepted', 'ReferralDeclined', 'ReferralExpired', 'ReferralSent', 'ReferralWithdrawn', 'TransferRequested'].sort(),
    );
  });

  it('ReferralSent: tells the receiving agency by e-mail and webhook, and schedules a reminder a day before the deadline', async () => {
    const { caseId, ref, at } = newCase();
    const events = stored([caseOpened(at(0)), referralSent(ref, { responseDeadline: day(3) }, at(0))]);
    await apply(events);
    const rows = await outbox(caseId);
    const facts = { referralId: ref, service: 'law_enforcement', fromAgency: KALTIM, toAgency: POLDA, responseDeadline: day(3) };
    expect(rows.map((r) => [r.kind, r.recipient_type, r.recipient, r.channel, r.subject_id, r.deliver_after.toISOString(), r.cancelled_at])).toEqual([
      ['referral_deadline_soon', 'agency', POLDA, 'email', ref, day(2), null],
      ['referral_deadline_soon', 'agency', POLDA, 'webhook', ref, day(2), null],
      ['referral_received', 'agency', POLDA, 'email', ref, day(0), null],
      ['referral_received', 'agency', POLDA, 'webhook', ref, day(0), null],
    ]);
    for (const row of rows) {
      expect(row.facts).toEqual(facts);
      expect(row.notification_id).toBe(`${events[1]!.id}:${row.kind}:agency:${POLDA}:${row.channel}`);
    }
    // The referral's reason is sealed free text: it never reaches the outbox.
    expect(JSON.stringify(rows)).not.toContain('report the recruiter');
  });

  it('ReferralSent with less than a day to answer: the first notice says so, no reminder besides', async () => {
    const { caseId, ref, at } = newCase();
    await apply(stored([caseOpened(at(0)), referralSent(ref, { responseDeadline: '2025-03-03T20:00:00.000Z' }, at(0))]));
    expect((await outbox(caseId)).map((r) => r.kind)).toEqual(['referral_received', 'referral_received']);
  });

  it.each(['ReferralAccepted', 'ReferralDeclined', 'ReferralWithdrawn'] as const)(
    '%s before the reminder is due withdraws the reminder; the first notice stays',
    async (type) => {
      const { caseId, ref, at } = newCase();
      const answer: CaseEvent =
        type === 'ReferralAccepted'
          ? referralAccepted(ref, at(1, police))
          : event(type, { referralId: ref, reason: 'no capacity' } as never, at(1, type === 'ReferralDeclined' ? police : supervisor));
      await apply(stored([caseOpened(at(0)), referralSent(ref, {}, at(0)), answer]));
      const rows = await outbox(caseId);
      expect(rows.map((r) => [r.kind, r.cancelled_at?.toISOString() ?? null])).toEqual([
        ['referral_deadline_soon', day(1)],
        ['referral_deadline_soon', day(1)],
        ['referral_received', null],
        ['referral_received', null],
      ]);
    },
  );

  it('an answer after the reminder was due leaves it as it was (it may have gone out)', async () => {
    const { caseId, ref, at } = newCase();
    await apply(stored([caseOpened(at(0)), referralSent(ref, {}, at(0)), referralAccepted(ref, at(2.5, police))]));
    expect((await outbox(caseId)).filter((r) => r.cancelled_at !== null)).toEqual([]);
  });

  it("ReferralExpired: escalates to the sender's supervisors, by e-mail and webhook, and withdraws the reminder", async () => {
    const { caseId, ref, at } = newCase();
    const expired = event('ReferralExpired', { referralId: ref, responseDeadline: day(3), escalateTo: { agency: KALTIM, role: 'supervisor' } }, at(1, system));
    await apply(stored([caseOpened(at(0)), referralSent(ref, {}, at(0)), expired]));
    const rows = (await outbox(caseId)).filter((r) => r.kind === 'referral_expired');
    expect(rows.map((r) => [r.recipient_type, r.recipient, r.channel, r.facts])).toEqual([
      ['supervisors', KALTIM, 'email', { referralId: ref, responseDeadline: day(3), escalatedTo: KALTIM }],
      ['supervisors', KALTIM, 'webhook', { referralId: ref, responseDeadline: day(3), escalatedTo: KALTIM }],
    ]);
    expect((await outbox(caseId)).filter((r) => r.kind === 'referral_deadline_soon').every((r) => r.cancelled_at !== null)).toBe(true);
  });

  it('TransferRequested: tells the agency asked to take the case over', async () => {
    const { caseId, at } = newCase();
    await apply(stored([caseOpened(at(0)), transferRequested(at(1))]));
    expect((await outbox(caseId)).map((r) => [r.kind, r.recipient_type, r.recipient, r.channel, r.subject_id, r.facts])).toEqual([
      ['transfer_received', 'agency', JATIM, 'email', 'transfer-1', { transferId: 'transfer-1', fromAgency: KALTIM, toAgency: JATIM }],
      ['transfer_received', 'agency', JATIM, 'webhook', 'transfer-1', { transferId: 'transfer-1', fromAgency: KALTIM, toAgency: JATIM }],
    ]);
  });

  it('CaseAssigned: tells the caseworker, by e-mail only (a user has no webhook)', async () => {
    const { caseId, at } = newCase();
    await apply(stored([caseOpened(at(0)), event('CaseAssigned', { assignee: 'cw2-kaltim', previousAssignee: null }, at(1))]));
    expect((await outbox(caseId)).map((r) => [r.kind, r.recipient_type, r.recipient, r.channel, r.facts])).toEqual([
      ['case_assigned', 'user', 'cw2-kaltim', 'email', { assignee: 'cw2-kaltim', agency: KALTIM }],
    ]);
  });

  it('replayed twice, writes the same rows: one per event, kind, recipient and channel', async () => {
    const { caseId, ref, at } = newCase();
    const events = stored([
      caseOpened(at(0)),
      referralSent(ref, {}, at(0)),
      transferRequested(at(1)),
      event('CaseAssigned', { assignee: 'cw2-kaltim', previousAssignee: null }, at(1)),
      event('ReferralExpired', { referralId: ref, responseDeadline: day(3), escalateTo: { agency: KALTIM, role: 'supervisor' } }, at(3, system)),
    ]);
    await apply(events);
    const once = await outbox(caseId);
    await apply(events);
    await apply(events.slice(2));
    expect(await outbox(caseId)).toEqual(once);
    expect(once).toHaveLength(9);
  });

  it('writes a whole batch in at most two statements, with the same rows as one event at a time (a rebuild is not one statement per notification)', async () => {
    // Twelve cases alike: a referral sent, answered before its reminder (some twice, first the earlier), a transfer, an assignment.
    const story = () => {
      const { caseId, ref, at } = newCase();
      return {
        caseId,
        events: stored([
          caseOpened(at(0)),
          referralSent(ref, {}, at(0)),
          transferRequested(at(0.5)),
          event('CaseAssigned', { assignee: 'cw2-kaltim', previousAssignee: null }, at(0.5)),
          referralAccepted(ref, at(1, police)),
          event('ReferralWithdrawn', { referralId: ref, reason: 'no longer needed' } as never, at(1.5)),
        ]),
      };
    };
    const batched = Array.from({ length: 12 }, story);
    const oneByOne = Array.from({ length: 12 }, story);
    const statements: string[] = [];
    await harness.dataSource.transaction((manager) =>
      projection.apply(
        batched.flatMap((c) => c.events).filter((e) => projection.eventTypes.includes(e.type)),
        new Proxy(manager, {
          get: (target, key) =>
            key === 'query'
              ? (sql: string, parameters?: unknown[]) => {
                  statements.push(sql);
                  return target.query(sql, parameters);
                }
              : Reflect.get(target, key),
        }) as EntityManager,
      ),
    );
    expect(statements).toHaveLength(2);
    for (const c of oneByOne) for (const e of c.events) await apply([e]);

    const shape = (rows: Row[]) => rows.map((r) => [r.kind, r.channel, r.recipient, r.deliver_after.toISOString(), r.cancelled_at?.toISOString() ?? null]);
    const expected = shape(await outbox(oneByOne[0]!.caseId));
    expect(expected.filter((r) => r[0] === 'referral_deadline_soon').map((r) => r[4])).toEqual([day(1), day(1)]);
    for (const c of [...batched, ...oneByOne]) expect(shape(await outbox(c.caseId))).toEqual(expected);
  });
});
