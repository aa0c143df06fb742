import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor, CaseEvent } from '@rujukan/domain';
import {
  DINSOS,
  JATIM,
  KALTIM,
  POLDA,
  caseOpened,
  day,
  dinsosOfficer,
  event,
  jatimCaseworker,
  police,
  referralAccepted,
  referralCompleted,
  referralSent,
  system,
  transferRequested,
} from '@rujukan/domain/testing/fixtures.js';
import { type ProjectionHarness, startProjectionHarness, stored } from '../testing/projection-harness.js';
import { ReferralsProjection } from './referrals.projection.js';

const projection = new ReferralsProjection();
let harness: ProjectionHarness;

beforeAll(async () => {
  harness = await startProjectionHarness();
});
afterAll(async () => {
  await harness.close();
});

const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

async function referralRows(caseId: string): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = await harness.dataSource.query(`SELECT * FROM rm_referrals WHERE case_id = $1 ORDER BY sent_at, referral_id`, [
    caseId,
  ]);
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, iso(value)])));
}

/** A case opened by KALTIM with one referral to POLDA sent on day 1: revisions 0 and 1. */
function sentCase() {
  const caseId = randomUUID();
  const referralId = randomUUID();
  const history: CaseEvent[] = [caseOpened({ caseId }), referralSent(referralId, {}, { caseId, at: day(1) })];
  const sentRow = {
    referral_id: referralId,
    case_id: caseId,
    from_agency: KALTIM,
    to_agency: POLDA,
    to_agency_type: 'police',
    service: 'law_enforcement',
    reason: 'report the recruiter',
    shares_identity: false,
    status: 'sent',
    sent_at: day(1),
    response_deadline: day(3),
    answered_at: null,
    completed_at: null,
    outcome: null,
    answer_reason: null,
    updated_at: day(1),
    last_revision: 1,
  };
  return { caseId, referralId, history, sentRow };
}

describe('ReferralsProjection', () => {
  it('declares exactly the referral lifecycle', () => {
    expect([...projection.eventTypes].sort()).toEqual([
      'ReferralAccepted',
      'ReferralCompleted',
      'ReferralDeclined',
      'ReferralExpired',
      'ReferralSent',
      'ReferralWithdrawn',
    ]);
  });

  it('ReferralSent inserts a sent referral from the owner', async () => {
    const { caseId, history, sentRow } = sentCase();
    await harness.apply(projection, stored(history));
    expect(await referralRows(caseId)).toEqual([sentRow]);
  });

  it('ReferralAccepted marks it accepted with the answer time', async () => {
    const { caseId, referralId, history, sentRow } = sentCase();
    await harness.apply(projection, stored([...history, referralAccepted(referralId, { caseId, by: police, at: day(2) })]));
    expect(await referralRows(caseId)).toEqual([{ ...sentRow, status: 'accepted', answered_at: day(2), updated_at: day(2), last_revision: 2 }]);
  });

  it('ReferralDeclined marks it declined with the reason', async () => {
    const { caseId, referralId, history, sentRow } = sentCase();
    const declined = event('ReferralDeclined', { referralId, reason: 'outside our jurisdiction' }, { caseId, by: police, at: day(2) });
    await harness.apply(projection, stored([...history, declined]));
    expect(await referralRows(caseId)).toEqual([
      { ...sentRow, status: 'declined', answered_at: day(2), answer_reason: 'outside our jurisdiction', updated_at: day(2), last_revision: 2 },
    ]);
  });

  it('ReferralWithdrawn marks it withdrawn and keeps why', async () => {
    const { caseId, referralId, history, sentRow } = sentCase();
    const withdrawn = event('ReferralWithdrawn', { referralId, reason: 'victim moved' }, { caseId, at: day(2) });
    await harness.apply(projection, stored([...history, withdrawn]));
    expect(await referralRows(caseId)).toEqual([{ ...sentRow, status: 'withdrawn', answer_reason: 'victim moved', updated_at: day(2), last_revision: 2 }]);
  });

  it('ReferralExpired marks an unanswered referral expired', async () => {
    const { caseId, referralId, history, sentRow } = sentCase();
    const expired = event(
      'ReferralExpired',
      { referralId, responseDeadline: day(3), escalateTo: { agency: KALTIM, role: 'supervisor' } },
      { caseId, by: system, at: day(3) },
    );
    await harness.apply(projection, stored([...history, expired]));
    expect(await referralRows(caseId)).toEqual([{ ...sentRow, status: 'expired', updated_at: day(3), last_revision: 2 }]);
  });

  it('ReferralCompleted records completion time, outcome and failure reason', async () => {
    const { caseId, referralId, history, sentRow } = sentCase();
    const failed = event(
      'ReferralCompleted',
      { referralId, outcome: 'not_successful', reason: 'lack_of_capacity', note: null },
      { caseId, by: police, at: day(9) },
    );
    await harness.apply(projection, stored([...history, referralAccepted(referralId, { caseId, by: police, at: day(2) }), failed]));
    expect(await referralRows(caseId)).toEqual([
      {
        ...sentRow,
        status: 'completed',
        answered_at: day(2),
        completed_at: day(9),
        outcome: 'not_successful',
        answer_reason: 'lack_of_capacity',
        updated_at: day(9),
        last_revision: 3,
      },
    ]);
  });

  it('a transfer never rewrites who sent a referral: open and closed referrals keep their sender', async () => {
    const { caseId, referralId, history, sentRow } = sentCase();
    const doneId = randomUUID();
    const events: CaseEvent[] = [
      ...history,
      referralSent(doneId, { toAgency: DINSOS, toAgencyType: 'social_services', service: 'shelter' }, { caseId, at: day(1) }),
      referralAccepted(doneId, { caseId, by: dinsosOfficer, at: day(2) }),
      referralCompleted(doneId, { caseId, by: dinsosOfficer, at: day(3) }),
      transferRequested({ caseId, at: day(4) }),
      event('TransferAccepted', { transferId: 'transfer-1', fromAgency: KALTIM, toAgency: JATIM }, { caseId, by: jatimCaseworker, at: day(5) }),
    ];
    await harness.apply(projection, stored(events));
    const rows = await referralRows(caseId);
    expect(rows.find((row) => row.referral_id === referralId)).toEqual(sentRow);
    expect(rows.find((row) => row.referral_id === doneId)).toMatchObject({ from_agency: KALTIM, status: 'completed', last_revision: 4 });
  });

  it('an event already applied, or older than the row, changes nothing', async () => {
    const { caseId, referralId, history, sentRow } = sentCase();
    const all = stored([...history, referralAccepted(referralId, { caseId, by: police, at: day(2) })]);
    await harness.apply(projection, all);
    await harness.apply(projection, all.slice(1, 2));
    expect(await referralRows(caseId)).toEqual([{ ...sentRow, status: 'accepted', answered_at: day(2), updated_at: day(2), last_revision: 2 }]);
  });

  it('replaying a whole case twice leaves the rows identical', async () => {
    const caseId = randomUUID();
    const [toPolice, toShelter, toLpsk, toBp2mi] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const events = stored(realisticCase(caseId, { toPolice, toShelter, toLpsk, toBp2mi }));
    await harness.apply(projection, events);
    const first = await referralRows(caseId);
    const statusOf = (id: string) => first.find((row) => row.referral_id === id);
    expect(statusOf(toPolice)).toMatchObject({ status: 'completed', from_agency: KALTIM });
    expect(statusOf(toShelter)).toMatchObject({ status: 'declined', from_agency: KALTIM });
    expect(statusOf(toLpsk)).toMatchObject({ status: 'completed', from_agency: KALTIM });
    expect(statusOf(toBp2mi)).toMatchObject({ status: 'completed', from_agency: KALTIM });
    await harness.apply(projection, events);
    expect(await referralRows(caseId)).toEqual(first);
  });

  /** The realistic case with fresh ids, and its rows without them: cases with the same history compare equal. */
  function freshCase() {
    const caseId = randomUUID();
    const events = stored(realisticCase(caseId, { toPolice: randomUUID(), toShelter: randomUUID(), toLpsk: randomUUID(), toBp2mi: randomUUID() }));
    // Its referrals must come out the same however the case is batched.
    const rows = async () =>
      (await referralRows(caseId))
        .map(({ referral_id: _id, case_id: _case, ...row }) => row)
        .sort((a, b) => String(a.sent_at).localeCompare(String(b.sent_at)) || String(a.to_agency).localeCompare(String(b.to_agency)));
    return { events, rows };
  }

  it('the case split into two batches at every point, in batches of 1 to 3, or resumed from an earlier point gives the rows one batch gives', async () => {
    const whole = freshCase();
    await harness.apply(projection, whole.events);
    const expected = await whole.rows();
    expect(expected.map((row) => `${row.to_agency} ${row.status} ${row.from_agency}`)).toEqual([
      `${DINSOS} declined ${KALTIM}`,
      `LPSK-RI completed ${KALTIM}`,
      `${POLDA} completed ${KALTIM}`,
      `BP3MI-NUNUKAN completed ${KALTIM}`,
    ]);
    for (let split = 1; split < whole.events.length; split++) {
      const c = freshCase();
      await harness.apply(projection, c.events.slice(0, split));
      await harness.apply(projection, c.events.slice(split));
      expect({ split, rows: await c.rows() }).toEqual({ split, rows: expected });
      // A runner whose checkpoint did not move starts again from an earlier point.
      const resumed = freshCase();
      await harness.apply(projection, resumed.events.slice(0, split));
      await harness.apply(projection, resumed.events.slice(Math.floor(split / 2)));
      expect({ split, resumed: await resumed.rows() }).toEqual({ split, resumed: expected });
    }
    for (const size of [1, 2, 3]) {
      const c = freshCase();
      for (let from = 0; from < c.events.length; from += size) await harness.apply(projection, c.events.slice(from, from + size));
      expect({ size, rows: await c.rows() }).toEqual({ size, rows: expected });
    }
    // Each event's guard, not only the write's: an older part after the whole within one batch changes nothing.
    const oldAfterWhole = freshCase();
    await harness.apply(projection, [...oldAfterWhole.events, ...oldAfterWhole.events.slice(0, 22), ...oldAfterWhole.events.slice(0, 11)]);
    expect(await oldAfterWhole.rows()).toEqual(expected);
  });

  it('one batch of two interleaved cases, one partly applied before, gives each the rows of its own history', async () => {
    const whole = freshCase();
    await harness.apply(projection, whole.events);
    const expected = await whole.rows();
    const [first, second] = [freshCase(), freshCase()];
    await harness.apply(projection, first.events.slice(0, 12));
    await harness.apply(
      projection,
      first.events.flatMap((event, i) => [event, second.events[i]]),
    );
    expect(await first.rows()).toEqual(expected);
    expect(await second.rows()).toEqual(expected);
  });
});

/** Open → register → consent → assess → approve → referrals answered → transfer → repatriation → reintegration → closure. */
function realisticCase(caseId: string, ids: { toPolice: string; toShelter: string; toLpsk: string; toBp2mi: string }): CaseEvent[] {
  const c = (at: string, by?: Actor) => (by ? { caseId, at, by } : { caseId, at });
  return [
    caseOpened(c(day(0))),
    event(
      'VictimRegistered',
      {
        initials: 'SR',
        sex: 'female',
        birthYear: 2001,
        ageBand: null,
        isChild: false,
        nationality: 'ID',
        originProvinceCode: '35',
        originDistrictCode: '3509',
      },
      c(day(0)),
    ),
    event(
      'ConsentRecorded',
      { consentId: 'consent-process', scope: 'process', agencies: [], agencyTypes: [], purpose: null, guardian: null, evidenceRef: 'DOC-1' },
      c(day(0)),
    ),
    event('StageAdvanced', { from: 'intake', to: 'assessment' }, c(day(0))),
    event(
      'AssessmentRecorded',
      {
        assessmentId: 'assessment-1',
        indicators: {
          recruitmentMethods: ['job_offer'],
          meansOfControl: ['debt_bondage'],
          exploitationTypes: ['forced_labour'],
          destinationCountry: 'MY',
          transitPoints: ['Nunukan'],
          modus: ['plantation_work'],
        },
        victimStatus: 'confirmed',
        riskLevel: 'high',
        needs: ['shelter'],
      },
      c(day(1)),
    ),
    event(
      'AssessmentApproved',
      { assessmentId: 'assessment-1', victimStatus: 'confirmed' },
      c(day(1), { userId: 'spv-kaltim', role: 'supervisor', agency: KALTIM }),
    ),
    event('StageAdvanced', { from: 'assessment', to: 'rehabilitation' }, c(day(1))),
    referralSent(ids.toPolice, {}, c(day(1))),
    referralSent(ids.toShelter, { toAgency: DINSOS, toAgencyType: 'social_services', service: 'shelter' }, c(day(1))),
    referralSent(ids.toLpsk, { toAgency: 'LPSK-RI', toAgencyType: 'lpsk', service: 'protection' }, c(day(1))),
    referralAccepted(ids.toPolice, c(day(2), police)),
    event('ReferralDeclined', { referralId: ids.toShelter, reason: 'full' }, c(day(2), dinsosOfficer)),
    referralAccepted(ids.toLpsk, c(day(2), { userId: 'lpsk-1', role: 'lpsk_officer', agency: 'LPSK-RI' })),
    event('PoliceReportFiled', { reportNumber: 'LP/B/12/III/2025', unit: 'Ditreskrimum', policeAgency: POLDA, filedOn: '2025-03-05' }, c(day(2), police)),
    event(
      'LpskApplicationFiled',
      { applicationId: 'lpsk-app-1', protections: ['physical_protection'], filedOn: '2025-03-05' },
      c(day(2), { userId: 'lpsk-1', role: 'lpsk_officer', agency: 'LPSK-RI' }),
    ),
    referralCompleted(ids.toPolice, c(day(3), police)),
    event(
      'ReferralCompleted',
      { referralId: ids.toLpsk, outcome: 'successful', reason: null, note: null },
      c(day(3), { userId: 'lpsk-1', role: 'lpsk_officer', agency: 'LPSK-RI' }),
    ),
    event('ServiceRequested', { serviceId: 'service-1', service: 'psychosocial', providerAgency: null, note: null, dueBy: day(8) }, c(day(1))),
    event('ServiceDelivered', { serviceId: 'service-1', service: 'psychosocial', dueBy: day(8), onTime: true, note: null }, c(day(3))),
    event('StageAdvanced', { from: 'rehabilitation', to: 'repatriation' }, c(day(3))),
    referralSent(ids.toBp2mi, { toAgency: 'BP3MI-NUNUKAN', toAgencyType: 'bp2mi', service: 'repatriation' }, c(day(4))),
    transferRequested(c(day(4))),
    event('TransferAccepted', { transferId: 'transfer-1', fromAgency: KALTIM, toAgency: JATIM }, c(day(5), jatimCaseworker)),
    referralAccepted(ids.toBp2mi, c(day(5), { userId: 'bp2mi-nnk', role: 'bp2mi_officer', agency: 'BP3MI-NUNUKAN' })),
    event(
      'RepatriationPlanned',
      {
        from: { kind: 'port', port: 'Nunukan' },
        toDistrictCode: '3509',
        escortAgency: 'BP3MI-NUNUKAN',
        transport: 'sea',
        mouReference: null,
        plannedDate: '2025-03-10',
      },
      c(day(5), jatimCaseworker),
    ),
    event('RepatriationCompleted', { toDistrictCode: '3509' }, c(day(7), jatimCaseworker)),
    event(
      'ReferralCompleted',
      { referralId: ids.toBp2mi, outcome: 'successful', reason: null, note: null },
      c(day(7), { userId: 'bp2mi-nnk', role: 'bp2mi_officer', agency: 'BP3MI-NUNUKAN' }),
    ),
    event('StageAdvanced', { from: 'repatriation', to: 'reintegration' }, c(day(7), jatimCaseworker)),
    event(
      'ReintegrationPlanApproved',
      { planId: 'plan-1', goals: ['family_reunification'], note: null },
      c(day(8), { userId: 'spv-jatim', role: 'supervisor', agency: JATIM }),
    ),
    event('ReintegrationCompleted', { note: null }, c(day(30), jatimCaseworker)),
    event('ClosureRequested', { reason: 'reintegrated', note: null, unpaidRestitutionReason: null }, c(day(31), jatimCaseworker)),
    event(
      'CaseClosed',
      { reason: 'reintegrated', note: null, unpaidRestitutionReason: null, requestedBy: jatimCaseworker, closedFromStage: 'reintegration' },
      c(day(32), { userId: 'spv-jatim', role: 'supervisor', agency: JATIM }),
    ),
  ];
}
