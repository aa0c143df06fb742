import type { CaseEventOfType } from '@rujukan/domain';
import type { StoredEvent } from '@rujukan/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../runtime/projection.js';
import { StatementBatch } from '../runtime/statement-batch.js';
import { PROJECTION } from './projection-names.js';

const HANDLED = [
  'CaseOpened',
  'VictimRegistered',
  'AssessmentRecorded',
  'AssessmentApproved',
  'StageAdvanced',
  'StageSkipped',
  'CaseClosed',
  'CaseReopened',
  'ReferralSent',
  'ReferralAccepted',
  'ReferralDeclined',
  'ReferralWithdrawn',
  'ReferralExpired',
  'ReferralCompleted',
  'ServiceRequested',
  'ServiceDelivered',
  'ServiceOverdueFlagged',
] as const;
type Handled = CaseEventOfType<(typeof HANDLED)[number]>;

/** Every write is guarded by the case revision the row reflects, so a replay changes nothing. */
const GUARD = `last_revision = $2 WHERE case_id = $1 AND last_revision < $2`;

type Statement = [sql: string, parameters: unknown[]];

/** The year of a time in WIB, as SQL over the parameter `$n`. */
const wibYear = (n: number) => `extract(year FROM $${n}::timestamptz AT TIME ZONE 'Asia/Jakarta')::int`;

/**
 * Stage periods are named by the revision that opened them: an event leaves only a period opened before it, and
 * opens one that a replay finds already there.
 */
const enterStage = (caseId: string, revision: number, stage: string, at: string): Statement => [
  `INSERT INTO rm_stats_stage_periods (case_id, entered_revision, stage, entered_at, last_revision)
   VALUES ($1, $2, $3, $4::timestamptz, $2) ON CONFLICT (case_id, entered_revision) DO NOTHING`,
  [caseId, revision, stage, at],
];
const leaveStage = (caseId: string, revision: number, at: string, by: 'advanced' | 'skipped' | 'closed'): Statement => [
  `UPDATE rm_stats_stage_periods SET left_at = $3::timestamptz, left_by = $4, last_revision = $2
   WHERE case_id = $1 AND left_at IS NULL AND entered_revision < $2 AND last_revision < $2`,
  [caseId, revision, at, by],
];
const updateService = (caseId: string, serviceId: string, revision: number, set: string, parameters: unknown[]): Statement => [
  `UPDATE rm_stats_services SET ${set}, last_revision = $3 WHERE case_id = $1 AND service_id = $2 AND last_revision < $3`,
  [caseId, serviceId, revision, ...parameters],
];

/** The statements an event makes to the statistics tables. */
export function statisticsStatements(event: Handled, revision: number): Statement[] {
  const { caseId } = event.data;
  const update = (set: string, parameters: unknown[]): Statement => [`UPDATE rm_stats_cases SET ${set}, ${GUARD}`, [caseId, revision, ...parameters]];
  switch (event.type) {
    case 'CaseOpened': {
      const d = event.data;
      return [
        [
          `INSERT INTO rm_stats_cases (case_id, opened_at, opened_year, opened_month, found_province, found_district, channel, stage, last_revision)
           VALUES ($1, $3::timestamptz, ${wibYear(3)}, extract(month FROM $3::timestamptz AT TIME ZONE 'Asia/Jakarta')::int, left($4, 2), $4, $5, 'intake', $2)
           ON CONFLICT (case_id) DO NOTHING`,
          [caseId, revision, d.at, d.districtCode, d.channel],
        ],
        enterStage(caseId, revision, 'intake', d.at),
      ];
    }
    case 'VictimRegistered': {
      const d = event.data;
      return [
        update(`sex = $3, age_group = $4, nationality = $5, origin_province = $6, origin_district = $7`, [
          d.sex,
          d.isChild ? 'child' : 'adult',
          d.nationality,
          d.originProvinceCode,
          d.originDistrictCode,
        ]),
      ];
    }
    case 'AssessmentRecorded': {
      const { indicators, victimStatus } = event.data;
      return [
        update(
          `victim_status = $3, destination_country = $4, exploitation_types = $5::text[], recruitment_methods = $6::text[], modus = $7::text[], transit_points = $8::text[]`,
          [victimStatus, indicators.destinationCountry, indicators.exploitationTypes, indicators.recruitmentMethods, indicators.modus, indicators.transitPoints],
        ),
      ];
    }
    case 'AssessmentApproved':
      return [update(`victim_status = $3`, [event.data.victimStatus])];
    case 'StageAdvanced':
      return [update(`stage = $3`, [event.data.to]), leaveStage(caseId, revision, event.data.at, 'advanced'), enterStage(caseId, revision, event.data.to, event.data.at)];
    case 'StageSkipped':
      return [update(`stage = $3`, [event.data.to]), leaveStage(caseId, revision, event.data.at, 'skipped'), enterStage(caseId, revision, event.data.to, event.data.at)];
    case 'CaseClosed':
      return [
        update(`stage = 'closed', closure_reason = $3, closed_at = $4::timestamptz`, [event.data.reason, event.data.at]),
        leaveStage(caseId, revision, event.data.at, 'closed'),
        // Closing ends the clocks of services never delivered (as the deadlines projection cancels them).
        [
          `UPDATE rm_stats_services SET cancelled_at = $3::timestamptz, last_revision = $2
           WHERE case_id = $1 AND delivered_at IS NULL AND cancelled_at IS NULL AND last_revision < $2`,
          [caseId, revision, event.data.at],
        ],
      ];
    case 'CaseReopened':
      return [update(`stage = $3, closure_reason = NULL, closed_at = NULL`, [event.data.stage]), enterStage(caseId, revision, event.data.stage, event.data.at)];
    case 'ServiceRequested': {
      const d = event.data;
      // Without a named provider the owner's own staff give the service (the deadlines projection reads it the same way).
      return [
        [
          `INSERT INTO rm_stats_services (case_id, service_id, service, provider_agency, requested_at, requested_year, due_by, last_revision)
           VALUES ($1, $3, $4, $5, $6::timestamptz, ${wibYear(6)}, $7::timestamptz, $2)
           ON CONFLICT (case_id, service_id) DO NOTHING`,
          [caseId, revision, d.serviceId, d.service, d.providerAgency ?? d.by.agency, d.at, d.dueBy],
        ],
      ];
    }
    case 'ServiceDelivered':
      return [updateService(caseId, event.data.serviceId, revision, `delivered_at = $4::timestamptz, on_time = $5`, [event.data.at, event.data.onTime])];
    case 'ServiceOverdueFlagged':
      return [updateService(caseId, event.data.serviceId, revision, `overdue_flagged_at = $4::timestamptz`, [event.data.at])];
    case 'ReferralSent': {
      const d = event.data;
      // The case's regions at the time it was referred: statistics count a referral where its case is counted.
      return [[
        `INSERT INTO rm_stats_referrals (referral_id, case_id, found_province, found_district, origin_province, origin_district,
                                         to_agency, to_agency_type, service, sent_at, sent_year, response_deadline, last_revision)
         SELECT $3, c.case_id, c.found_province, c.found_district, c.origin_province, c.origin_district, $4, $5, $6, $7::timestamptz,
                extract(year FROM $7::timestamptz AT TIME ZONE 'Asia/Jakarta')::int, $8::timestamptz, $2
         FROM rm_stats_cases c WHERE c.case_id = $1
         ON CONFLICT (referral_id) DO NOTHING`,
        [caseId, revision, d.referralId, d.toAgency, d.toAgencyType, d.service, d.at, d.responseDeadline],
      ]];
    }
    case 'ReferralAccepted':
    case 'ReferralDeclined':
    case 'ReferralWithdrawn':
    case 'ReferralExpired': {
      const answer = { ReferralAccepted: 'accepted', ReferralDeclined: 'declined', ReferralWithdrawn: 'withdrawn', ReferralExpired: 'expired' }[event.type];
      return [[
        `UPDATE rm_stats_referrals SET answer = $3, answered_at = $4::timestamptz, last_revision = $2
         WHERE referral_id = $1 AND last_revision < $2`,
        [event.data.referralId, revision, answer, event.data.at],
      ]];
    }
    case 'ReferralCompleted':
      return [[
        `UPDATE rm_stats_referrals SET outcome = $3, completed_at = $4::timestamptz, last_revision = $2
         WHERE referral_id = $1 AND last_revision < $2`,
        [event.data.referralId, revision, event.data.outcome, event.data.at],
      ]];
    default: {
      const unhandled: never = event;
      throw new Error(`No statistics statement for ${(unhandled as { type: string }).type}`);
    }
  }
}

/**
 * `rm_stats_cases`: one row of categories per case (year and month of identification in WIB, regions of
 * identification and origin, sex, child or adult, nationality, indicators, stage, status, closure reason),
 * never an identifying field: the task forces' counts come from here. Beside it `rm_stats_referrals`, the
 * periods a case spent in each stage (`rm_stats_stage_periods`) and its services' 7-day clocks (`rm_stats_services`).
 */
export class StatisticsProjection implements Projection {
  readonly name = PROJECTION.statistics;
  readonly eventTypes: readonly string[] = HANDLED;

  async apply(events: readonly StoredEvent[], manager: EntityManager): Promise<void> {
    const batch = new StatementBatch();
    for (const stored of events) {
      for (const [sql, parameters] of statisticsStatements({ type: stored.type, data: stored.data } as unknown as Handled, stored.revision)) {
        batch.add(sql, parameters);
      }
    }
    await batch.flush(manager);
  }
}
