import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { CaseEvent, EventContext } from '@rujukan/domain';
import {
  assessmentApproved,
  assessmentRecorded,
  caseClosed,
  caseOpened,
  caseworker,
  childRegistered,
  day,
  DINSOS,
  dinsosOfficer,
  event,
  KALTIM,
  LPSK,
  police,
  processConsentRecorded,
  referralSent,
  RSUD,
  serviceDelivered,
  serviceRequested,
  shelterStarted,
  stageAdvanced,
  system,
  supervisor,
  victimRegistered,
} from '@rujukan/domain/testing/fixtures.js';
import { stored, startProjectionHarness, type ProjectionHarness } from '../testing/projection-harness.js';
import { PROJECTION_TABLES, type ProjectionName } from '../projections/index.js';
import type { Projection } from '../runtime/projection.js';
import { StatisticsStagePeriodsProjection } from './statistics-stage-periods.projection.js';
import { StatisticsCasesProjection } from './statistics-cases.projection.js';
import { StatisticsReferralsProjection } from './statistics-referrals.projection.js';
import { StatisticsServicesProjection } from './statistics-services.projection.js';

const statistics = [
  new StatisticsCasesProjection(),
  new StatisticsReferralsProjection(),
  new StatisticsStagePeriodsProjection(),
  new StatisticsServicesProjection(),
];
/** The four statistics projections over one batch, each given the events it handles, as their runners apply them. */
const projection: Projection = {
  name: 'statistics',
  eventTypes: [...new Set(statistics.flatMap((p) => p.eventTypes))],
  async apply(events, manager) {
    for (const p of statistics)
      await p.apply(
        events.filter((e) => p.eventTypes.includes(e.type)),
        manager,
      );
  },
};
let harness: ProjectionHarness;

beforeAll(async () => {
  harness = await startProjectionHarness();
});
afterAll(async () => {
  await harness?.close();
});

const COLUMNS = `opened_year, opened_month, found_province, found_district, channel, origin_province, origin_district, sex, age_group,
  nationality, victim_status, destination_country, exploitation_types, recruitment_methods, means_of_control, modus, transit_points, stage,
  closure_reason, closed_at, last_revision`;
const rowOf = async (caseId: string) => (await harness.dataSource.query(`SELECT ${COLUMNS} FROM rm_stats_cases WHERE case_id = $1`, [caseId]))[0];

function newCase() {
  const caseId = randomUUID();
  const at = (days: number, by = caseworker): Partial<EventContext> => ({ caseId, at: day(days), by });
  return { caseId, at };
}

const run = (events: CaseEvent[]) => harness.apply(projection, stored(events));

describe('statistics projections', () => {
  it('CaseOpened: the year and month of identification (WIB), its province and district, the channel', async () => {
    const { caseId } = newCase();
    // 2024-12-31 20:00 UTC is already 2025-01-01 in Jakarta.
    await run([
      event(
        'CaseOpened',
        { ownerAgency: 'UPTD-PPA-65', channel: 'bp2mi', reporterType: 'government_agency', districtCode: '6503' },
        { caseId, at: '2024-12-31T20:00:00.000Z', by: caseworker },
      ),
    ]);
    expect(await rowOf(caseId)).toMatchObject({
      opened_year: 2025,
      opened_month: 1,
      found_province: '65',
      found_district: '6503',
      channel: 'bp2mi',
      stage: 'intake',
      sex: null,
      last_revision: 0,
    });
  });

  it('VictimRegistered: sex, child or adult, nationality and origin; never the initials', async () => {
    const { caseId, at } = newCase();
    await run([caseOpened(at(0)), childRegistered(at(1))]);
    const row = await rowOf(caseId);
    expect(row).toMatchObject({ sex: 'female', age_group: 'child', nationality: 'ID', origin_province: '35', origin_district: '3509' });
    expect(JSON.stringify(row)).not.toContain('"SR"');
    const { caseId: adult, at: atAdult } = newCase();
    await run([caseOpened(atAdult(0)), victimRegistered(atAdult(1))]);
    expect(await rowOf(adult)).toMatchObject({ age_group: 'adult' });
  });

  it('AssessmentRecorded and AssessmentApproved: status, destination, exploitation, recruitment, means of control, modus and transit', async () => {
    const { caseId, at } = newCase();
    await run([caseOpened(at(0)), assessmentRecorded('a-1', 'presumed', at(2))]);
    expect(await rowOf(caseId)).toMatchObject({
      victim_status: 'presumed',
      destination_country: 'MY',
      exploitation_types: ['forced_labour'],
      recruitment_methods: ['job_offer'],
      means_of_control: ['document_confiscation', 'debt_bondage'],
      modus: ['plantation_work'],
      transit_points: ['IDNNX', 'MYTWU'],
    });
    // An event recorded before ports holds the old list's names (and free text before the list): codes where a shipped port is named.
    const old = newCase();
    const before = assessmentRecorded('a-1', 'presumed', old.at(2));
    const oldNames = {
      ...before,
      data: { ...before.data, indicators: { ...before.data.indicators, transitPoints: ['Nunukan', 'Pelabuhan Tunon Taka', 'Tawau', 'Kampung Baru'] } },
    };
    await run([caseOpened(old.at(0)), oldNames as CaseEvent]);
    expect(await rowOf(old.caseId)).toMatchObject({ transit_points: ['IDNNX', 'MYTWU', 'Kampung Baru'] });
    await harness.apply(
      projection,
      stored([caseOpened(at(0)), assessmentRecorded('a-1', 'presumed', at(2)), assessmentApproved('a-1', 'confirmed', at(3, supervisor))]),
    );
    expect(await rowOf(caseId)).toMatchObject({ victim_status: 'confirmed', last_revision: 2 });
  });

  it('StageAdvanced, StageSkipped, CaseClosed and CaseReopened: the stage and the closure reason', async () => {
    const { caseId, at } = newCase();
    const history = [
      caseOpened(at(0)),
      stageAdvanced('intake', 'assessment', at(1)),
      event('StageSkipped', { stage: 'assessment', to: 'rehabilitation', reason: 'x' }, at(2)),
      caseClosed('rehabilitation', 'lost_contact', at(3, supervisor)),
    ];
    await run(history);
    expect(await rowOf(caseId)).toMatchObject({ stage: 'closed', closure_reason: 'lost_contact', closed_at: new Date(day(3)) });
    await run([...history, event('CaseReopened', { reason: 'found again', stage: 'rehabilitation' }, at(4, supervisor))]);
    expect(await rowOf(caseId)).toMatchObject({ stage: 'rehabilitation', closure_reason: null, closed_at: null });
  });

  const referralRow = async (referralId: string) =>
    (
      await harness.dataSource.query(
        `SELECT found_province, found_district, origin_province, to_agency, to_agency_type, service, sent_at, sent_year, response_deadline,
                answer, answered_at, outcome, completed_at, last_revision
         FROM rm_stats_referrals WHERE referral_id = $1`,
        [referralId],
      )
    )[0];

  it('ReferralSent: a referral row carrying its case’s regions, the receiving agency, its type and the service', async () => {
    const { at } = newCase();
    const referralId = randomUUID();
    await run([caseOpened(at(0)), victimRegistered(at(1)), referralSent(referralId, {}, at(2))]);
    expect(await referralRow(referralId)).toEqual({
      found_province: '65',
      found_district: '6503',
      origin_province: '35',
      to_agency: 'POLDA-KALTIM',
      to_agency_type: 'police',
      service: 'law_enforcement',
      sent_at: new Date(day(2)),
      sent_year: 2025,
      response_deadline: new Date(day(3)),
      answer: null,
      answered_at: null,
      outcome: null,
      completed_at: null,
      last_revision: 2,
    });
  });

  it.each([
    ['ReferralAccepted', 'accepted', { note: null }],
    ['ReferralDeclined', 'declined', { reason: 'x' }],
    ['ReferralWithdrawn', 'withdrawn', { reason: 'x' }],
    ['ReferralExpired', 'expired', { responseDeadline: day(3), escalateTo: { agency: 'UPTD-PPA-64', role: 'supervisor' } }],
  ] as const)('%s: the answer and when it came', async (type, answer, data) => {
    const { at } = newCase();
    const referralId = randomUUID();
    await run([caseOpened(at(0)), referralSent(referralId, {}, at(1)), event(type, { referralId, ...data } as never, at(2, police))]);
    expect(await referralRow(referralId)).toMatchObject({ answer, answered_at: new Date(day(2)), last_revision: 2 });
  });

  it('ReferralCompleted: the outcome and when', async () => {
    const { at } = newCase();
    const referralId = randomUUID();
    await run([
      caseOpened(at(0)),
      referralSent(referralId, {}, at(1)),
      event('ReferralAccepted', { referralId, note: null }, at(2, police)),
      event('ReferralCompleted', { referralId, outcome: 'successful', reason: null, note: null }, at(9, police)),
    ]);
    expect(await referralRow(referralId)).toMatchObject({ answer: 'accepted', outcome: 'successful', completed_at: new Date(day(9)), last_revision: 3 });
  });

  it('a row projected before its means of control were kept is filled by the log applied again, as migration 1763906220000 does', async () => {
    const { caseId, at } = newCase();
    const history = stored([
      caseOpened(at(0)),
      victimRegistered(at(1)),
      assessmentRecorded('a-1', 'presumed', at(2)),
      assessmentApproved('a-1', 'confirmed', at(3, supervisor)),
      stageAdvanced('intake', 'assessment', at(4)),
      caseClosed('assessment', 'lost_contact', at(5, supervisor)),
    ]);
    await harness.apply(projection, history);
    const whole = await rowOf(caseId);
    expect(whole).toMatchObject({ means_of_control: ['document_confiscation', 'debt_bondage'], stage: 'closed', last_revision: 5 });
    // What the migration leaves of a row projected before: the column empty, the revision below any event's.
    await harness.dataSource.query(`UPDATE rm_stats_cases SET means_of_control = '{}', last_revision = -1 WHERE case_id = $1`, [caseId]);
    await harness.apply(projection, history);
    expect(await rowOf(caseId)).toEqual(whole);
  });

  it('replaying a whole history twice leaves the same row', async () => {
    const { caseId, at } = newCase();
    const history = stored([
      caseOpened(at(0)),
      victimRegistered(at(1)),
      assessmentRecorded('a-1', 'confirmed', at(2)),
      stageAdvanced('intake', 'assessment', at(3)),
    ]);
    const referralId = randomUUID();
    const withReferral = [
      ...history,
      ...stored([referralSent(referralId, {}, at(4)), event('ReferralAccepted', { referralId, note: null }, at(5, police))], 4),
    ];
    await harness.apply(projection, withReferral);
    const once = await rowOf(caseId);
    const referralOnce = await referralRow(referralId);
    await harness.apply(projection, withReferral);
    expect(await rowOf(caseId)).toEqual(once);
    expect(await referralRow(referralId)).toEqual(referralOnce);
    expect(referralOnce).toMatchObject({ answer: 'accepted', last_revision: 5 });
    expect(once).toMatchObject({ stage: 'assessment', last_revision: 3 });
  });

  const periodsOf = async (caseId: string) =>
    harness.dataSource.query(
      `SELECT entered_revision, stage, entered_at, left_at, left_by, last_revision FROM rm_stats_stage_periods WHERE case_id = $1 ORDER BY entered_revision`,
      [caseId],
    );

  /** Hand-written: opened day 0, assessed from day 1, rehabilitation skipped on day 4, closed on day 10, reopened on day 12. */
  function stageHistory() {
    const { caseId, at } = newCase();
    const events = [
      caseOpened(at(0)),
      stageAdvanced('intake', 'assessment', at(1)),
      stageAdvanced('assessment', 'rehabilitation', at(3)),
      event('StageSkipped', { stage: 'rehabilitation', to: 'repatriation', reason: 'no services needed' }, at(4)),
      caseClosed('repatriation', 'lost_contact', at(10, supervisor)),
      event('CaseReopened', { reason: 'found again', stage: 'repatriation' }, at(12, supervisor)),
    ];
    return { caseId, events };
  }
  const stagePeriods = [
    { entered_revision: 0, stage: 'intake', entered_at: new Date(day(0)), left_at: new Date(day(1)), left_by: 'advanced', last_revision: 1 },
    { entered_revision: 1, stage: 'assessment', entered_at: new Date(day(1)), left_at: new Date(day(3)), left_by: 'advanced', last_revision: 2 },
    { entered_revision: 2, stage: 'rehabilitation', entered_at: new Date(day(3)), left_at: new Date(day(4)), left_by: 'skipped', last_revision: 3 },
    { entered_revision: 3, stage: 'repatriation', entered_at: new Date(day(4)), left_at: new Date(day(10)), left_by: 'closed', last_revision: 4 },
    { entered_revision: 5, stage: 'repatriation', entered_at: new Date(day(12)), left_at: null, left_by: null, last_revision: 5 },
  ];

  it('CaseOpened, StageAdvanced, StageSkipped, CaseClosed and CaseReopened: when the case entered and left each stage, and how', async () => {
    const { caseId, events } = stageHistory();
    await run(events.slice(0, 1));
    expect(await periodsOf(caseId)).toEqual([
      { entered_revision: 0, stage: 'intake', entered_at: new Date(day(0)), left_at: null, left_by: null, last_revision: 0 },
    ]);
    await run(events.slice(0, 3));
    expect(await periodsOf(caseId)).toEqual([
      ...stagePeriods.slice(0, 2),
      { entered_revision: 2, stage: 'rehabilitation', entered_at: new Date(day(3)), left_at: null, left_by: null, last_revision: 2 },
    ]);
    await run(events.slice(0, 5));
    // Closed: no stage is open.
    expect(await periodsOf(caseId)).toEqual(stagePeriods.slice(0, 4));
    await run(events);
    expect(await periodsOf(caseId)).toEqual(stagePeriods);
  });

  const servicesOf = async (caseId: string) =>
    harness.dataSource.query(
      `SELECT service_id, service, provider_agency, requested_at, requested_year, due_by, delivered_at, on_time, overdue_flagged_at, cancelled_at, last_revision
       FROM rm_stats_services WHERE case_id = $1 ORDER BY service_id`,
      [caseId],
    );

  it('ServiceRequested: the service, who gives it (the owner when none is named), when it was asked for and its 7-day due date', async () => {
    const { caseId, at } = newCase();
    await run([
      caseOpened(at(0)),
      serviceRequested('s-own', at(1)),
      event('ServiceRequested', { serviceId: 's-rsud', service: 'first_aid', providerAgency: 'RSUD-6471', note: null, dueBy: day(9) }, at(2)),
    ]);
    expect(await servicesOf(caseId)).toEqual([
      {
        service_id: 's-own',
        service: 'psychosocial',
        provider_agency: 'UPTD-PPA-64',
        requested_at: new Date(day(1)),
        requested_year: 2025,
        due_by: new Date(day(8)),
        delivered_at: null,
        on_time: null,
        overdue_flagged_at: null,
        cancelled_at: null,
        last_revision: 1,
      },
      {
        service_id: 's-rsud',
        service: 'first_aid',
        provider_agency: 'RSUD-6471',
        requested_at: new Date(day(2)),
        requested_year: 2025,
        due_by: new Date(day(9)),
        delivered_at: null,
        on_time: null,
        overdue_flagged_at: null,
        cancelled_at: null,
        last_revision: 2,
      },
    ]);
  });

  it('ServiceDelivered: when, and whether within its clock', async () => {
    const { caseId, at } = newCase();
    await run([
      caseOpened(at(0)),
      serviceRequested('s-1', at(1)),
      serviceRequested('s-2', at(1)),
      serviceDelivered('s-1', at(5)),
      event('ServiceDelivered', { serviceId: 's-2', service: 'psychosocial', dueBy: day(8), onTime: false, note: null }, at(11)),
    ]);
    expect(await servicesOf(caseId)).toEqual([
      expect.objectContaining({ service_id: 's-1', delivered_at: new Date(day(5)), on_time: true, last_revision: 3 }),
      expect.objectContaining({ service_id: 's-2', delivered_at: new Date(day(11)), on_time: false, last_revision: 4 }),
    ]);
  });

  it('ServiceOverdueFlagged: when the sweep flagged it; a later delivery keeps the flag', async () => {
    const { caseId, at } = newCase();
    const flagged = event(
      'ServiceOverdueFlagged',
      { serviceId: 's-1', service: 'psychosocial', providerAgency: null, dueBy: day(8), escalateTo: { agency: 'UPTD-PPA-64', role: 'supervisor' } },
      at(9, system),
    );
    await run([caseOpened(at(0)), serviceRequested('s-1', at(1)), flagged]);
    expect(await servicesOf(caseId)).toEqual([expect.objectContaining({ overdue_flagged_at: new Date(day(9)), delivered_at: null, last_revision: 2 })]);
    await run([
      caseOpened(at(0)),
      serviceRequested('s-1', at(1)),
      flagged,
      event('ServiceDelivered', { serviceId: 's-1', service: 'psychosocial', dueBy: day(8), onTime: false, note: null }, at(10)),
    ]);
    expect(await servicesOf(caseId)).toEqual([
      expect.objectContaining({ overdue_flagged_at: new Date(day(9)), delivered_at: new Date(day(10)), on_time: false, last_revision: 3 }),
    ]);
  });

  it('CaseClosed: ends the clock of every service not delivered, and only those', async () => {
    const { caseId, at } = newCase();
    await run([
      caseOpened(at(0)),
      serviceRequested('s-1', at(1)),
      serviceRequested('s-2', at(1)),
      serviceDelivered('s-1', at(2)),
      caseClosed('intake', 'lost_contact', at(3, supervisor)),
    ]);
    expect(await servicesOf(caseId)).toEqual([
      expect.objectContaining({ service_id: 's-1', delivered_at: new Date(day(2)), cancelled_at: null, last_revision: 3 }),
      expect.objectContaining({ service_id: 's-2', delivered_at: null, cancelled_at: new Date(day(3)), last_revision: 4 }),
    ]);
  });

  it('replaying a history twice, or an old part of it after the whole, leaves the same stage periods and services', async () => {
    const { caseId, events } = stageHistory();
    const { at } = { at: (days: number, by = caseworker): Partial<EventContext> => ({ caseId, at: day(days), by }) };
    const history = stored([...events.slice(0, 3), serviceRequested('s-1', at(3)), serviceDelivered('s-1', at(4)), ...events.slice(3)]);
    await harness.apply(projection, history);
    const periods = await periodsOf(caseId);
    const services = await servicesOf(caseId);
    await harness.apply(projection, history);
    await harness.apply(projection, history.slice(0, 4));
    expect(await periodsOf(caseId)).toEqual(periods);
    expect(await servicesOf(caseId)).toEqual(services);
    expect(periods.map((p: { stage: string; left_by: string | null }) => [p.stage, p.left_by])).toEqual([
      ['intake', 'advanced'],
      ['assessment', 'advanced'],
      ['rehabilitation', 'skipped'],
      ['repatriation', 'closed'],
      ['repatriation', null],
    ]);
    expect(services).toEqual([expect.objectContaining({ delivered_at: new Date(day(4)), cancelled_at: null, last_revision: 4 })]);
  });

  /** Every row a case has in the four tables, without its ids: cases with the same history compare equal. */
  const rowsOf = async (caseId: string) => ({
    case: await rowOf(caseId),
    periods: await periodsOf(caseId),
    services: await servicesOf(caseId),
    referrals: await harness.dataSource.query(
      `SELECT found_province, found_district, origin_province, origin_district, to_agency, to_agency_type, service, sent_at, sent_year,
              response_deadline, answer, answered_at, outcome, completed_at, last_revision
       FROM rm_stats_referrals WHERE case_id = $1 ORDER BY sent_at, to_agency`,
      [caseId],
    ),
  });

  /**
   * Every event type the projection handles, and some it does not (consent, shelter): a referral sent before the
   * victim is registered, one answered each way, a service delivered, one flagged then cancelled by a closure, a
   * stage skipped, a closure, a reopening and a second closure that cancels only the service still running.
   */
  function journey() {
    const { caseId, at } = newCase();
    const [toPolice, toShelter, toHospital, toLpsk] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const escalateTo = { agency: KALTIM, role: 'supervisor' } as const;
    const events: CaseEvent[] = [
      caseOpened(at(0)),
      referralSent(toPolice, {}, at(0)),
      victimRegistered(at(1)),
      processConsentRecorded(at(1)),
      stageAdvanced('intake', 'assessment', at(1)),
      assessmentRecorded('a-1', 'presumed', at(2)),
      assessmentApproved('a-1', 'confirmed', at(3, supervisor)),
      stageAdvanced('assessment', 'rehabilitation', at(3)),
      serviceRequested('s-1', at(3)),
      serviceRequested('s-2', at(3)),
      referralSent(toShelter, { toAgency: DINSOS, toAgencyType: 'social_services', service: 'shelter', responseDeadline: day(6) }, at(4)),
      referralSent(toHospital, { toAgency: RSUD, toAgencyType: 'health', service: 'health', responseDeadline: day(6) }, at(4)),
      referralSent(toLpsk, { toAgency: LPSK, toAgencyType: 'lpsk', service: 'protection', responseDeadline: day(6) }, at(4)),
      event('ReferralAccepted', { referralId: toPolice, note: null }, at(4, police)),
      shelterStarted('p-1', at(4)),
      event('ReferralDeclined', { referralId: toShelter, reason: 'full' }, at(5, dinsosOfficer)),
      event('ReferralWithdrawn', { referralId: toHospital, reason: 'treated elsewhere' }, at(5)),
      event('ReferralExpired', { referralId: toLpsk, responseDeadline: day(6), escalateTo }, at(6, system)),
      serviceDelivered('s-1', at(6)),
      event('ServiceOverdueFlagged', { serviceId: 's-2', service: 'psychosocial', providerAgency: null, dueBy: day(10), escalateTo }, at(11, system)),
      event('ReferralCompleted', { referralId: toPolice, outcome: 'successful', reason: null, note: null }, at(12, police)),
      event('StageSkipped', { stage: 'rehabilitation', to: 'repatriation', reason: 'no further services' }, at(12)),
      caseClosed('repatriation', 'lost_contact', at(14, supervisor)),
      event('CaseReopened', { reason: 'found again', stage: 'repatriation' }, at(16, supervisor)),
      serviceRequested('s-3', at(16)),
      stageAdvanced('repatriation', 'reintegration', at(18)),
      caseClosed('reintegration', 'reintegrated', at(20, supervisor)),
    ];
    return { caseId, events };
  }

  /** The journey's rows from one batch, checked by hand once: the reference the split and replayed runs must give. */
  let reference: Awaited<ReturnType<typeof rowsOf>>;
  beforeAll(async () => {
    const { caseId, events } = journey();
    await run(events);
    reference = await rowsOf(caseId);
  });

  it('the journey in one batch: the rows each event wrote, checked by hand', () => {
    expect(reference.case).toMatchObject({
      origin_district: '3509',
      victim_status: 'confirmed',
      stage: 'closed',
      closure_reason: 'reintegrated',
      closed_at: new Date(day(20)),
      last_revision: 26,
    });
    expect(reference.periods.map((p: { stage: string; left_by: string | null; entered_revision: number }) => [p.entered_revision, p.stage, p.left_by])).toEqual(
      [
        [0, 'intake', 'advanced'],
        [4, 'assessment', 'advanced'],
        [7, 'rehabilitation', 'skipped'],
        [21, 'repatriation', 'closed'],
        [23, 'repatriation', 'advanced'],
        [25, 'reintegration', 'closed'],
      ],
    );
    expect(reference.services).toEqual([
      expect.objectContaining({ service_id: 's-1', delivered_at: new Date(day(6)), on_time: true, cancelled_at: null, last_revision: 18 }),
      expect.objectContaining({
        service_id: 's-2',
        delivered_at: null,
        overdue_flagged_at: new Date(day(11)),
        cancelled_at: new Date(day(14)),
        last_revision: 22,
      }),
      expect.objectContaining({ service_id: 's-3', delivered_at: null, cancelled_at: new Date(day(20)), last_revision: 26 }),
    ]);
    expect(reference.referrals.map((r: Record<string, unknown>) => [r.to_agency, r.origin_district, r.answer, r.outcome, r.last_revision])).toEqual([
      ['POLDA-KALTIM', null, 'accepted', 'successful', 20],
      [DINSOS, '3509', 'declined', null, 15],
      [LPSK, '3509', 'expired', null, 17],
      [RSUD, '3509', 'withdrawn', null, 16],
    ]);
  });

  it('the journey split into two batches at every point gives the rows one batch gives', async () => {
    const { events: template } = journey();
    for (let split = 1; split < template.length; split++) {
      const { caseId, events } = journey();
      const history = stored(events);
      await harness.apply(projection, history.slice(0, split));
      await harness.apply(projection, history.slice(split));
      expect({ split, rows: await rowsOf(caseId) }).toEqual({ split, rows: reference });
    }
  });

  it.each([1, 2, 3, 5])('the journey in batches of %i events gives the rows one batch gives', async (size) => {
    const { caseId, events } = journey();
    const history = stored(events);
    for (let from = 0; from < history.length; from += size) await harness.apply(projection, history.slice(from, from + size));
    expect(await rowsOf(caseId)).toEqual(reference);
  });

  it('replays change no count: the journey twice, and a runner resuming from any earlier point after any split', async () => {
    const twice = journey();
    const history = stored(twice.events);
    await harness.apply(projection, history);
    await harness.apply(projection, history);
    expect(await rowsOf(twice.caseId)).toEqual(reference);
    // Each event's guard, not only the write's: an older part after the whole within one batch changes nothing.
    const inOneBatch = journey();
    const oldAfterWhole = stored(inOneBatch.events);
    await harness.apply(projection, [...oldAfterWhole, ...oldAfterWhole.slice(0, 24), ...oldAfterWhole.slice(0, 14)]);
    expect(await rowsOf(inOneBatch.caseId)).toEqual(reference);
    for (let split = 1; split < history.length; split += 3) {
      for (const resumeAt of [0, Math.floor(split / 2), split - 1]) {
        const { caseId, events } = journey();
        const replayed = stored(events);
        await harness.apply(projection, replayed.slice(0, split));
        // The checkpoint was not moved: the next batch starts again from an earlier point, its first events already applied.
        await harness.apply(projection, replayed.slice(resumeAt));
        expect({ split, resumeAt, rows: await rowsOf(caseId) }).toEqual({ split, resumeAt, rows: reference });
      }
    }
  });

  it('each statistics projection writes its own tables only', async () => {
    const tables = statistics.flatMap((p) => PROJECTION_TABLES[p.name as ProjectionName]);
    for (const alone of statistics) {
      const { caseId, events } = journey();
      await harness.apply(alone, stored(events));
      const written = [];
      for (const table of tables) {
        const [{ n }] = await harness.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE case_id = $1`, [caseId]);
        if (n > 0) written.push(table);
      }
      expect({ projection: alone.name, written }).toEqual({ projection: alone.name, written: PROJECTION_TABLES[alone.name as ProjectionName] });
    }
  });

  it('one batch of interleaved cases, one partly applied before and one never opened, gives each the rows of its own history', async () => {
    const [first, second, unopened] = [journey(), journey(), journey()];
    const firstEvents = stored(first.events);
    const secondEvents = stored(second.events);
    // A case whose CaseOpened is not in the log.
    const unopenedEvents = stored(unopened.events.slice(1), 1);
    await harness.apply(projection, firstEvents.slice(0, 12));
    const interleaved = firstEvents.flatMap((event, i) => [event, secondEvents[i], unopenedEvents[i]].filter((e) => e !== undefined));
    await harness.apply(projection, interleaved);
    expect(await rowsOf(first.caseId)).toEqual(reference);
    expect(await rowsOf(second.caseId)).toEqual(reference);
    // Without its row the case has no categories and no referrals, whichever way the events come.
    const alone = journey();
    await harness.apply(projection, stored(alone.events.slice(1), 1));
    const unopenedRows = await rowsOf(unopened.caseId);
    expect(unopenedRows).toEqual(await rowsOf(alone.caseId));
    expect(unopenedRows).toMatchObject({ case: undefined, referrals: [] });
  });
});
