import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { CaseEvent, EventContext } from '@rujukan/domain';
import {
  DINSOS,
  JATIM,
  KALTIM,
  POLDA,
  RSUD,
  caseClosed,
  caseOpened,
  caseworker,
  closureRequested,
  day,
  event,
  jatimCaseworker,
  jatimSupervisor,
  lpskOfficer,
  police,
  referralAccepted,
  referralCompleted,
  referralSent,
  restitutionOrdered,
  serviceRequested,
  shelterEnded,
  shelterStarted,
  supervisor,
  system,
  transferRequested,
} from '@rujukan/domain/testing/fixtures.js';
import { stored, startProjectionHarness, type ProjectionHarness } from '../testing/projection-harness.js';
import { DeadlinesProjection } from './deadlines.projection.js';

const projection = new DeadlinesProjection();
let harness: ProjectionHarness;

beforeAll(async () => {
  harness = await startProjectionHarness();
});

afterAll(async () => {
  await harness?.close();
});

interface Row {
  deadline_id: string;
  case_id: string;
  kind: string;
  subject_id: string;
  responsible_agency: string;
  due_at: Date;
  status: string;
  started_at: Date;
  ended_at: Date | null;
  last_revision: number;
}

const deadlines = (caseId: string): Promise<Row[]> =>
  harness.dataSource.query(
    `SELECT deadline_id, case_id, kind, subject_id, responsible_agency, due_at, status, started_at, ended_at, last_revision
     FROM rm_deadlines WHERE case_id = $1 ORDER BY deadline_id COLLATE "C"`,
    [caseId],
  );

/** A fresh case per spec, and a context builder for its events. */
function newCase() {
  const caseId = randomUUID();
  const at = (days: number, by = caseworker): Partial<EventContext> => ({ caseId, at: day(days), by });
  // Referral ids are global (the clock's id has no case in it), so every spec needs its own.
  const ref = randomUUID();
  return { caseId, at, ref };
}

/** Applies a whole history as the store would deliver it, from revision 0. */
const run = (events: CaseEvent[]) => harness.apply(projection, stored(events));

const row = (over: Partial<Row> & Pick<Row, 'deadline_id' | 'case_id' | 'kind' | 'subject_id' | 'responsible_agency'>): Row => ({
  due_at: new Date(day(3)),
  status: 'running',
  started_at: new Date(day(0)),
  ended_at: null,
  last_revision: 1,
  ...over,
});

const referralRow = (caseId: string, referralId: string, over: Partial<Row> = {}) =>
  row({
    deadline_id: `referral_response:${referralId}`,
    case_id: caseId,
    kind: 'referral_response',
    subject_id: referralId,
    responsible_agency: POLDA,
    ...over,
  });

const serviceRow = (caseId: string, serviceId: string, over: Partial<Row> = {}) =>
  row({
    deadline_id: `service_start:${caseId}:${serviceId}`,
    case_id: caseId,
    kind: 'service_start',
    subject_id: `${caseId}:${serviceId}`,
    responsible_agency: KALTIM,
    due_at: new Date(day(7)),
    ...over,
  });

const shelterRow = (caseId: string, placementId: string, over: Partial<Row> = {}) =>
  row({
    deadline_id: `shelter_stay:${caseId}:${placementId}`,
    case_id: caseId,
    kind: 'shelter_stay',
    subject_id: `${caseId}:${placementId}`,
    responsible_agency: KALTIM,
    due_at: new Date(day(7)),
    ...over,
  });

const restitutionRow = (caseId: string, restitutionId: string, over: Partial<Row> = {}) =>
  row({
    deadline_id: `restitution_payment:${caseId}:${restitutionId}`,
    case_id: caseId,
    kind: 'restitution_payment',
    subject_id: `${caseId}:${restitutionId}`,
    responsible_agency: KALTIM,
    due_at: new Date('2025-03-15T23:59:59.999Z'),
    ...over,
  });

describe('DeadlinesProjection', () => {
  it('declares exactly the event types it handles', () => {
    expect([...projection.eventTypes].sort()).toEqual(
      [
        'CaseClosed',
        'ReferralAccepted',
        'ReferralDeclined',
        'ReferralExpired',
        'ReferralSent',
        'ReferralWithdrawn',
        'RestitutionDefaulted',
        'RestitutionOrdered',
        'RestitutionPaid',
        'ServiceDelivered',
        'ServiceOverdueFlagged',
        'ServiceRequested',
        'ShelterPlacementEnded',
        'ShelterPlacementExtended',
        'ShelterPlacementStarted',
        'TransferAccepted',
      ].sort(),
    );
  });

  describe('referral_response', () => {
    it('ReferralSent starts the clock for the receiving agency, due at the response deadline', async () => {
      const { caseId, at, ref } = newCase();
      await run([caseOpened(at(0)), referralSent(ref, {}, at(0))]);
      expect(await deadlines(caseId)).toEqual([referralRow(caseId, ref)]);
    });

    it('ReferralAccepted ends it as met', async () => {
      const { caseId, at, ref } = newCase();
      await run([caseOpened(at(0)), referralSent(ref, {}, at(0)), referralAccepted(ref, at(2, police))]);
      expect(await deadlines(caseId)).toEqual([referralRow(caseId, ref, { status: 'met', ended_at: new Date(day(2)), last_revision: 2 })]);
    });

    it('ReferralDeclined ends it as met', async () => {
      const { caseId, at, ref } = newCase();
      await run([
        caseOpened(at(0)),
        referralSent(ref, {}, at(0)),
        event('ReferralDeclined', { referralId: ref, reason: 'outside our jurisdiction' }, at(1, police)),
      ]);
      expect(await deadlines(caseId)).toEqual([referralRow(caseId, ref, { status: 'met', ended_at: new Date(day(1)), last_revision: 2 })]);
    });

    it('ReferralWithdrawn ends it as met', async () => {
      const { caseId, at, ref } = newCase();
      await run([caseOpened(at(0)), referralSent(ref, {}, at(0)), event('ReferralWithdrawn', { referralId: ref, reason: 'victim refused' }, at(1))]);
      expect(await deadlines(caseId)).toEqual([referralRow(caseId, ref, { status: 'met', ended_at: new Date(day(1)), last_revision: 2 })]);
    });

    it('ReferralExpired ends it as lapsed', async () => {
      const { caseId, at, ref } = newCase();
      await run([
        caseOpened(at(0)),
        referralSent(ref, {}, at(0)),
        event('ReferralExpired', { referralId: ref, responseDeadline: day(3), escalateTo: { agency: KALTIM, role: 'supervisor' } }, at(3, system)),
      ]);
      expect(await deadlines(caseId)).toEqual([referralRow(caseId, ref, { status: 'lapsed', ended_at: new Date(day(3)), last_revision: 2 })]);
    });
  });

  describe('service_start', () => {
    it('ServiceRequested starts the 7-day clock for the named provider, or the owner when none is named', async () => {
      const { caseId, at } = newCase();
      await run([
        caseOpened(at(0)),
        serviceRequested('s-own', at(0)),
        event('ServiceRequested', { serviceId: 's-rsud', service: 'first_aid', providerAgency: RSUD, note: null, dueBy: day(8) }, at(1)),
      ]);
      expect(await deadlines(caseId)).toEqual([
        serviceRow(caseId, 's-own'),
        serviceRow(caseId, 's-rsud', { responsible_agency: RSUD, due_at: new Date(day(8)), started_at: new Date(day(1)), last_revision: 2 }),
      ]);
    });

    it('ServiceDelivered ends it as met when on time and lapsed when late', async () => {
      const { caseId, at } = newCase();
      await run([
        caseOpened(at(0)),
        serviceRequested('s-1', at(0)),
        serviceRequested('s-2', at(0)),
        event('ServiceDelivered', { serviceId: 's-1', service: 'psychosocial', dueBy: day(7), onTime: true, note: null }, at(5)),
        event('ServiceDelivered', { serviceId: 's-2', service: 'psychosocial', dueBy: day(7), onTime: false, note: null }, at(9)),
      ]);
      expect(await deadlines(caseId)).toEqual([
        serviceRow(caseId, 's-1', { status: 'met', ended_at: new Date(day(5)), last_revision: 3 }),
        serviceRow(caseId, 's-2', { status: 'lapsed', ended_at: new Date(day(9)), last_revision: 4 }),
      ]);
    });
  });

  describe('service_start, flagged overdue', () => {
    it('ServiceOverdueFlagged marks the open clock overdue; a late delivery then ends it as lapsed', async () => {
      const { caseId, at } = newCase();
      const flagged = event(
        'ServiceOverdueFlagged',
        { serviceId: 's-1', service: 'psychosocial', providerAgency: null, dueBy: day(7), escalateTo: { agency: KALTIM, role: 'supervisor' } },
        at(8),
      );
      await run([caseOpened(at(0)), serviceRequested('s-1', at(0)), flagged]);
      expect(await deadlines(caseId)).toEqual([serviceRow(caseId, 's-1', { status: 'overdue', last_revision: 2 })]);
      await harness.apply(
        projection,
        stored([event('ServiceDelivered', { serviceId: 's-1', service: 'psychosocial', dueBy: day(7), onTime: false, note: null }, at(9))], 3),
      );
      expect(await deadlines(caseId)).toEqual([serviceRow(caseId, 's-1', { status: 'lapsed', ended_at: new Date(day(9)), last_revision: 3 })]);
    });
  });

  describe('shelter_stay', () => {
    it('ShelterPlacementStarted starts the clock for the owner, due at the planned end', async () => {
      const { caseId, at } = newCase();
      await run([caseOpened(at(0)), shelterStarted('p-1', at(0))]);
      expect(await deadlines(caseId)).toEqual([shelterRow(caseId, 'p-1')]);
    });

    it('ShelterPlacementExtended moves the due time to the new planned end', async () => {
      const { caseId, at } = newCase();
      await run([
        caseOpened(at(0)),
        shelterStarted('p-1', at(0)),
        event('ShelterPlacementExtended', { placementId: 'p-1', days: 14, reason: 'family not traced', plannedEndBy: day(21) }, at(6)),
      ]);
      expect(await deadlines(caseId)).toEqual([shelterRow(caseId, 'p-1', { due_at: new Date(day(21)), last_revision: 2 })]);
    });

    it('ShelterPlacementEnded ends it as met by the planned end and lapsed after it', async () => {
      const { caseId, at } = newCase();
      await run([caseOpened(at(0)), shelterStarted('p-1', at(0)), shelterEnded('p-1', at(7)), shelterStarted('p-2', at(8)), shelterEnded('p-2', at(16))]);
      expect(await deadlines(caseId)).toEqual([
        shelterRow(caseId, 'p-1', { status: 'met', ended_at: new Date(day(7)), last_revision: 2 }),
        shelterRow(caseId, 'p-2', {
          due_at: new Date(day(15)),
          started_at: new Date(day(8)),
          status: 'lapsed',
          ended_at: new Date(day(16)),
          last_revision: 4,
        }),
      ]);
    });
  });

  describe('restitution_payment', () => {
    it('RestitutionOrdered starts the clock, due at the end of the payBy day', async () => {
      const { caseId, at } = newCase();
      await run([caseOpened(at(0)), restitutionOrdered('r-1', at(0))]);
      expect(await deadlines(caseId)).toEqual([restitutionRow(caseId, 'r-1')]);
    });

    it('RestitutionPaid leaves it running while partly paid and ends it as met when paid in full', async () => {
      const { caseId, at } = newCase();
      const paid = (amount: number, totalPaid: number, days: number) =>
        event(
          'RestitutionPaid',
          { restitutionId: 'r-1', amount, paidOn: day(days).slice(0, 10), totalPaid, fullyPaid: totalPaid === 150_000_000 },
          at(days, lpskOfficer),
        );
      await run([caseOpened(at(0)), restitutionOrdered('r-1', at(0)), paid(50_000_000, 50_000_000, 4)]);
      expect(await deadlines(caseId)).toEqual([restitutionRow(caseId, 'r-1')]);

      await harness.apply(projection, stored([paid(100_000_000, 150_000_000, 10)], 3));
      expect(await deadlines(caseId)).toEqual([restitutionRow(caseId, 'r-1', { status: 'met', ended_at: new Date(day(10)), last_revision: 3 })]);
    });

    it('RestitutionDefaulted ends it as lapsed', async () => {
      const { caseId, at } = newCase();
      await run([
        caseOpened(at(0)),
        restitutionOrdered('r-1', at(0)),
        event('RestitutionDefaulted', { restitutionId: 'r-1', unpaidAmount: 150_000_000, reason: 'no assets' }, at(13, lpskOfficer)),
      ]);
      expect(await deadlines(caseId)).toEqual([restitutionRow(caseId, 'r-1', { status: 'lapsed', ended_at: new Date(day(13)), last_revision: 2 })]);
    });

    // The verdict is no clock of its own: the restitution it orders is appended with it as RestitutionOrdered.
    const verdict = (restitutionOrderedAmount: number, context: Partial<EventContext>) =>
      event(
        'VerdictRecorded',
        {
          verdictNumber: '12/Pid.Sus/2025/PN Nnk',
          decidedOn: '2025-03-01',
          court: 'PN Nunukan',
          outcome: 'convicted',
          sentenceMonths: 48,
          restitutionOrderedAmount,
          restitutionId: restitutionOrderedAmount > 0 ? 'restitution-verdict' : null,
        },
        context,
      );

    it('a verdict that orders restitution starts the clock through the RestitutionOrdered appended with it', async () => {
      const { caseId, at } = newCase();
      await run([caseOpened(at(0)), verdict(150_000_000, at(0, police)), restitutionOrdered('restitution-verdict', at(0, police))]);
      // As for any order, the agency that recorded it watches the payment: here the police who reported the verdict.
      expect(await deadlines(caseId)).toEqual([restitutionRow(caseId, 'restitution-verdict', { last_revision: 2, responsible_agency: POLDA })]);
    });

    it('a verdict that orders none starts no clock', async () => {
      const { caseId, at } = newCase();
      await run([caseOpened(at(0)), verdict(0, at(0, police))]);
      expect(await deadlines(caseId)).toEqual([]);
    });
  });

  it('CaseClosed cancels every running clock of the case and leaves ended ones as they were', async () => {
    const { caseId, at, ref } = newCase();
    const other = newCase();
    await run([caseOpened(other.at(0)), serviceRequested('s-1', other.at(0))]);
    await run([
      caseOpened(at(0)),
      serviceRequested('s-1', at(0)),
      restitutionOrdered('r-1', at(0)),
      referralSent(ref, {}, at(0)),
      referralAccepted(ref, at(1, police)),
      closureRequested('lost_contact', at(2)),
      caseClosed('rehabilitation', 'lost_contact', at(2, supervisor)),
    ]);
    const cancelled = { status: 'cancelled', ended_at: new Date(day(2)), last_revision: 6 };
    expect(await deadlines(caseId)).toEqual([
      referralRow(caseId, ref, { status: 'met', ended_at: new Date(day(1)), last_revision: 4 }),
      restitutionRow(caseId, 'r-1', { ...cancelled, last_revision: 6 }),
      serviceRow(caseId, 's-1', cancelled),
    ]);
    // Another case's clocks are untouched.
    expect(await deadlines(other.caseId)).toEqual([serviceRow(other.caseId, 's-1')]);
  });

  it("TransferAccepted hands the old owner's running clocks to the new owner", async () => {
    const { caseId, at, ref } = newCase();
    await run([
      caseOpened(at(0)),
      serviceRequested('s-own', at(0)),
      event('ServiceRequested', { serviceId: 's-dinsos', service: 'psychosocial', providerAgency: DINSOS, note: null, dueBy: day(7) }, at(0)),
      shelterStarted('p-1', at(0)),
      referralSent(ref, {}, at(0)),
      serviceRequested('s-done', at(0)),
      event('ServiceDelivered', { serviceId: 's-done', service: 'psychosocial', dueBy: day(7), onTime: true, note: null }, at(1)),
      transferRequested(at(2)),
      event('TransferAccepted', { transferId: 'transfer-1', fromAgency: KALTIM, toAgency: JATIM }, at(3, jatimSupervisor)),
    ]);
    expect(await deadlines(caseId)).toEqual([
      referralRow(caseId, ref, { last_revision: 4 }),
      serviceRow(caseId, 's-dinsos', { responsible_agency: DINSOS, last_revision: 2 }),
      serviceRow(caseId, 's-done', { status: 'met', ended_at: new Date(day(1)), last_revision: 6 }),
      serviceRow(caseId, 's-own', { responsible_agency: JATIM, last_revision: 8 }),
      shelterRow(caseId, 'p-1', { responsible_agency: JATIM, last_revision: 8 }),
    ]);
  });

  it('replaying the same stored events twice, whole or from the middle, leaves the clocks unchanged', async () => {
    const { caseId, at, ref } = newCase();
    const refDinsos = randomUUID();
    const history: CaseEvent[] = [
      caseOpened(at(0)),
      serviceRequested('s-1', at(0)),
      shelterStarted('p-1', at(0)),
      referralSent(ref, {}, at(0)),
      referralAccepted(ref, at(1, police)),
      event('ShelterPlacementExtended', { placementId: 'p-1', days: 7, reason: 'awaiting repatriation', plannedEndBy: day(14) }, at(6)),
      event('ServiceDelivered', { serviceId: 's-1', service: 'psychosocial', dueBy: day(7), onTime: true, note: null }, at(6)),
      restitutionOrdered('r-1', at(7)),
      referralSent(refDinsos, { toAgency: DINSOS, toAgencyType: 'social_services', service: 'shelter', responseDeadline: day(10) }, at(7)),
      transferRequested(at(8)),
      event('TransferAccepted', { transferId: 'transfer-1', fromAgency: KALTIM, toAgency: JATIM }, at(9, jatimSupervisor)),
      serviceRequested('s-2', at(9, jatimCaseworker)),
      event('ReferralExpired', { referralId: refDinsos, responseDeadline: day(10), escalateTo: { agency: JATIM, role: 'supervisor' } }, at(10, system)),
      referralCompleted(ref, at(11, police)),
      shelterEnded('p-1', at(12, jatimCaseworker)),
      event('RestitutionDefaulted', { restitutionId: 'r-1', unpaidAmount: 150_000_000, reason: 'no assets' }, at(25, lpskOfficer)),
      closureRequested('lost_contact', at(26, jatimCaseworker)),
      caseClosed('rehabilitation', 'lost_contact', at(27, jatimSupervisor)),
    ];
    const events = stored(history);
    await harness.apply(projection, events);
    const first = await deadlines(caseId);
    // Referral ids are random, so compare the clocks as a sorted list of (kind, status, agency).
    expect(first.map((r) => `${r.kind} ${r.status} ${r.responsible_agency}`).sort()).toEqual(
      [
        `referral_response lapsed ${DINSOS}`,
        `referral_response met ${POLDA}`,
        `restitution_payment lapsed ${JATIM}`,
        `service_start met ${KALTIM}`,
        `service_start cancelled ${JATIM}`,
        `shelter_stay met ${JATIM}`,
      ].sort(),
    );

    await harness.apply(projection, events);
    // A runner resuming mid-log delivers a tail again, including a start event whose clock has since ended.
    await harness.apply(projection, events.slice(2, 12));
    expect(await deadlines(caseId)).toEqual(first);
  });

  it('a history split into two batches anywhere, or interleaved with another case in one batch, gives the clocks one batch gives', async () => {
    const whole = newCase();
    const history = (c: ReturnType<typeof newCase>, refDinsos: string): CaseEvent[] => [
      caseOpened(c.at(0)),
      serviceRequested('s-1', c.at(0)),
      shelterStarted('p-1', c.at(0)),
      referralSent(c.ref, {}, c.at(0)),
      event('ShelterPlacementExtended', { placementId: 'p-1', days: 7, reason: 'awaiting repatriation', plannedEndBy: day(14) }, c.at(6)),
      event(
        'ServiceOverdueFlagged',
        { serviceId: 's-1', service: 'psychosocial', providerAgency: null, dueBy: day(7), escalateTo: { agency: KALTIM, role: 'supervisor' } },
        c.at(8),
      ),
      restitutionOrdered('r-1', c.at(8)),
      referralSent(refDinsos, { toAgency: DINSOS, toAgencyType: 'social_services', service: 'shelter', responseDeadline: day(10) }, c.at(8)),
      transferRequested(c.at(8)),
      event('TransferAccepted', { transferId: 'transfer-1', fromAgency: KALTIM, toAgency: JATIM }, c.at(9, jatimSupervisor)),
      referralAccepted(c.ref, c.at(9, police)),
      shelterEnded('p-1', c.at(12, jatimCaseworker)),
      closureRequested('lost_contact', c.at(26, jatimCaseworker)),
      caseClosed('rehabilitation', 'lost_contact', c.at(27, jatimSupervisor)),
    ];
    // Referral ids are global, so each case has its own; compare clocks without them.
    const clocks = async (caseId: string) =>
      (await deadlines(caseId))
        .map(({ deadline_id: _id, subject_id: _subject, case_id: _case, ...clock }) => clock)
        .sort((a, b) => a.kind.localeCompare(b.kind) || a.due_at.getTime() - b.due_at.getTime());
    await run(history(whole, randomUUID()));
    const expected = await clocks(whole.caseId);
    expect(expected.map((c) => `${c.kind} ${c.status} ${c.responsible_agency}`)).toEqual([
      `referral_response met ${POLDA}`,
      `referral_response cancelled ${DINSOS}`,
      `restitution_payment cancelled ${JATIM}`,
      `service_start cancelled ${JATIM}`,
      `shelter_stay met ${JATIM}`,
    ]);
    const length = history(whole, randomUUID()).length;
    for (let split = 1; split < length; split++) {
      const c = newCase();
      const events = stored(history(c, randomUUID()));
      await harness.apply(projection, events.slice(0, split));
      await harness.apply(projection, events.slice(split));
      expect({ split, clocks: await clocks(c.caseId) }).toEqual({ split, clocks: expected });
    }
    const [first, second] = [newCase(), newCase()];
    const firstEvents = stored(history(first, randomUUID()));
    const secondEvents = stored(history(second, randomUUID()));
    await harness.apply(projection, firstEvents.slice(0, 5));
    await harness.apply(
      projection,
      firstEvents.flatMap((e, i) => [e, secondEvents[i]]),
    );
    expect(await clocks(first.caseId)).toEqual(expected);
    expect(await clocks(second.caseId)).toEqual(expected);
  });
});
