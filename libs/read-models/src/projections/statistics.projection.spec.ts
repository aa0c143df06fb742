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
  event,
  stageAdvanced,
  supervisor,
  victimRegistered,
} from '@rujukan/domain/testing/fixtures.js';
import { stored, startProjectionHarness, type ProjectionHarness } from '../testing/projection-harness.js';
import { StatisticsProjection } from './statistics.projection.js';

const projection = new StatisticsProjection();
let harness: ProjectionHarness;

beforeAll(async () => {
  harness = await startProjectionHarness();
});
afterAll(async () => {
  await harness?.close();
});

const COLUMNS = `opened_year, opened_month, found_province, found_district, channel, origin_province, origin_district, sex, age_group,
  nationality, victim_status, destination_country, exploitation_types, recruitment_methods, modus, transit_points, stage, closure_reason,
  closed_at, last_revision`;
const rowOf = async (caseId: string) => (await harness.dataSource.query(`SELECT ${COLUMNS} FROM rm_stats_cases WHERE case_id = $1`, [caseId]))[0];

function newCase() {
  const caseId = randomUUID();
  const at = (days: number, by = caseworker): Partial<EventContext> => ({ caseId, at: day(days), by });
  return { caseId, at };
}

const run = (events: CaseEvent[]) => harness.apply(projection, stored(events));

describe('statistics projection', () => {
  it('CaseOpened: the year and month of identification (WIB), its province and district, the channel', async () => {
    const { caseId } = newCase();
    // 2024-12-31 20:00 UTC is already 2025-01-01 in Jakarta.
    await run([event('CaseOpened', { ownerAgency: 'UPTD-PPA-65', channel: 'bp2mi', reporterType: 'government_agency', districtCode: '6503' }, { caseId, at: '2024-12-31T20:00:00.000Z', by: caseworker })]);
    expect(await rowOf(caseId)).toMatchObject({ opened_year: 2025, opened_month: 1, found_province: '65', found_district: '6503', channel: 'bp2mi', stage: 'intake', sex: null, last_revision: 0 });
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

  it('AssessmentRecorded and AssessmentApproved: status, destination, exploitation, recruitment, modus and transit', async () => {
    const { caseId, at } = newCase();
    await run([caseOpened(at(0)), assessmentRecorded('a-1', 'presumed', at(2))]);
    expect(await rowOf(caseId)).toMatchObject({
      victim_status: 'presumed',
      destination_country: 'MY',
      exploitation_types: ['forced_labour'],
      recruitment_methods: ['job_offer'],
      modus: ['plantation_work'],
      transit_points: ['Nunukan', 'Tawau'],
    });
    await harness.apply(projection, stored([caseOpened(at(0)), assessmentRecorded('a-1', 'presumed', at(2)), assessmentApproved('a-1', 'confirmed', at(3, supervisor))]));
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

  it('replaying a whole history twice leaves the same row', async () => {
    const { caseId, at } = newCase();
    const history = stored([caseOpened(at(0)), victimRegistered(at(1)), assessmentRecorded('a-1', 'confirmed', at(2)), stageAdvanced('intake', 'assessment', at(3))]);
    await harness.apply(projection, history);
    const once = await rowOf(caseId);
    await harness.apply(projection, history);
    expect(await rowOf(caseId)).toEqual(once);
    expect(once).toMatchObject({ stage: 'assessment', last_revision: 3 });
  });
});
