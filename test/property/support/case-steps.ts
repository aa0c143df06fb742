import {
  AGE_BANDS,
  AGENCY_TYPES,
  ARRIVAL_KINDS,
  CASE_NOTE_KINDS,
  CASE_NOTE_MAX_LENGTH,
  CASE_SERVICES,
  CHANNELS,
  CLOSURE_REASONS,
  EXPLOITATION_TYPES,
  GUARDIAN_RELATIONSHIPS,
  LPSK_DECISIONS,
  LPSK_PROTECTIONS,
  MEANS_OF_CONTROL,
  MODUS,
  NEEDS,
  OPEN_STAGES,
  RECRUITMENT_METHODS,
  REFERRAL_FAILURE_REASONS,
  REFERRAL_OUTCOMES,
  REFERRAL_SERVICES,
  REINTEGRATION_GOALS,
  REPORTER_TYPES,
  RESTITUTION_ASSESSORS,
  VERDICT_OUTCOMES,
  RISK_LEVELS,
  SEXES,
  SHELTER_END_REASONS,
  TRANSPORT_MODES,
  VICTIM_STATUSES,
  WELLBEING_LEVELS,
  serviceAgencyTypes,
  type AgencyType,
  type CaseCommandType,
} from '@rujukan/domain';
import { fc } from '../../fuzz/support/fuzz-settings.js';
import { AGENCIES, staff, type AgencyKey } from './projected-app.js';

/**
 * Case journeys as steps for the read-model properties: the usual path from intake to closure with any-stage
 * commands (referrals and their answers, consent, services, shelter, the legal track, transfers, reopening,
 * erasure) put in between, every field drawn from `FieldValues`. A step names its target symbolically (the case,
 * or its n-th referral or transfer); the runner resolves it from what the API answered.
 */

/** Where the values of a step's fields come from: swap `text` to put other free text in every field. */
export interface FieldValues {
  /** Text for a free-text field the API takes up to `max` characters of. */
  text(max: number): fc.Arbitrary<string>;
}

/** Text at the edges of what is allowed: one character, the longest allowed (in code units), Unicode a caseworker may type. */
export function boundaryText(max: number): fc.Arbitrary<string> {
  const longest = (unit: string) => unit.repeat(Math.floor(max / unit.length)).slice(0, max);
  return fc.oneof(
    fc.constantFrom('x', 'Siti Rahma', 'Nunukan'),
    fc.constantFrom(longest('a'), longest('ā'), longest('😀'), longest('ب'), longest('S\u0301')),
    fc.constantFrom('\u202eSR\u202c', 'Σ𝔸𝕏', '部分', '"quoted", with; commas', '=SUM(A1)', "O'Brien", 'line\nbreak'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(max, 40) }).filter((s) => s.trim() !== ''),
  );
}

export const BOUNDARY_VALUES: FieldValues = { text: boundaryText };

const todayUtc = () => new Date().toISOString().slice(0, 10);

/** Dates that may not lie in the future: the first supported day, leap days, today. */
export const pastDate = (): fc.Arbitrary<string> => fc.constantFrom('1900-01-01', '1900-02-28', '2000-02-29', '2024-02-29', todayUtc());
/** Any supported date. */
export const anyDate = (): fc.Arbitrary<string> => fc.constantFrom('1900-01-01', '2200-12-31', '2096-02-29', todayUtc());

/** Date-times in the future up to the last supported instant, with offsets at ±14:00 and fractions. */
export const futureDateTime = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(
      '2200-12-31T23:59:59.999Z',
      '2200-12-31T23:59:59+14:00',
      '2200-12-31T09:59:59-14:00',
      '2100-02-28T23:59:59.123456789+05:45',
      '2096-02-29T00:00:00-00:00',
    ),
    fc.integer({ min: 2, max: 30 * 24 * 60 }).map((minutes) => {
      const at = new Date(Date.now() + minutes * 60_000 + 7 * 3_600_000);
      return `${at.toISOString().slice(0, 19)}+07:00`;
    }),
  );

const someOf = <T>(values: readonly T[], min = 0) => fc.subarray([...values], { minLength: min });
/** A local id from a small pool, so that later steps meet the ids earlier ones made: the longest allowed among them. */
const localId = (prefix: string) => fc.constantFrom(`${prefix}-1`, `${prefix}-2`, `${prefix.slice(0, 1)}${'x'.repeat(99)}`);
const amount = () => fc.oneof(fc.constantFrom(1, 10_000_000_000_000), fc.integer({ min: 1, max: 1_000_000_000 }));
const district = () => fc.constantFrom('6471', '6503', '3509', '5203', '6171');
const RECEIVERS: readonly AgencyKey[] = ['police', 'social', 'health', 'lpsk', 'bp2mi', 'home'];
const receiver = () => fc.constantFrom(...RECEIVERS);
/** The receivers the directory holds as a kind that gives the service (the owner's own province aside). */
const receiversOf = (service: (typeof REFERRAL_SERVICES)[number]): AgencyKey[] => {
  const fit = RECEIVERS.filter((key) => serviceAgencyTypes(service).includes(AGENCIES[key].type as AgencyType));
  return fit.length > 0 ? fit : [...RECEIVERS];
};

/** `pick` -1 is the latest referral or transfer of the case, n ≥ 0 the n-th (modulo how many there are). */
export type Target = { kind: 'case' } | { kind: 'referral'; pick: number } | { kind: 'transfer'; pick: number };

/** Who sends a step: the case's owner (caseworker or supervisor), the receiver of the referral or transfer it targets, or a named agency. */
export type Sender = 'owner' | 'owner-supervisor' | 'target-receiver' | { agency: AgencyKey; supervisor?: boolean };

export interface Step {
  command: CaseCommandType;
  target: Target;
  sender: Sender;
  body: Record<string, unknown>;
}

const onCase = (command: CaseCommandType, body: fc.Arbitrary<Record<string, unknown>>, sender: Sender = 'owner'): fc.Arbitrary<Step> =>
  body.map((b) => ({ command, target: { kind: 'case' }, sender, body: b }));
// Mostly the case's latest referral (-1), else any of those sent before.
const referralPick = () => fc.oneof({ weight: 3, arbitrary: fc.constant(-1) }, { weight: 1, arbitrary: fc.nat(20) });
const onReferral = (command: CaseCommandType, body: fc.Arbitrary<Record<string, unknown>>, sender: Sender = 'target-receiver'): fc.Arbitrary<Step> =>
  fc.tuple(referralPick(), body).map(([pick, b]) => ({ command, target: { kind: 'referral', pick }, sender, body: b }));
const onTransfer = (command: CaseCommandType, body: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Step> =>
  fc.tuple(fc.nat(20), body).map(([pick, b]) => ({ command, target: { kind: 'transfer', pick }, sender: 'target-receiver', body: b }));
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const record = (fields: Record<string, fc.Arbitrary<unknown>>) => fc.record(fields, { requiredKeys: [] }).map((r) => r as Record<string, unknown>);
const required = (fields: Record<string, fc.Arbitrary<unknown>>) => fc.record(fields).map((r) => r as Record<string, unknown>);

/** Age as the rules take it: a child with a birth year at most 18 years back or a child's age band, an adult the other way; now and then one they refuse. */
function victimAge(): fc.Arbitrary<Record<string, unknown>> {
  const thisYear = new Date().getUTCFullYear();
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(thisYear - 120, thisYear - 19, 1998).map((birthYear) => ({ birthYear, isChild: false })) },
    { weight: 2, arbitrary: fc.constantFrom(thisYear - 17, thisYear).map((birthYear) => ({ birthYear, isChild: true })) },
    { weight: 2, arbitrary: fc.constantFrom(...AGE_BANDS).map((ageBand) => ({ ageBand, isChild: ['0-5', '6-11', '12-17'].includes(ageBand) })) },
    { weight: 1, arbitrary: fc.record({ birthYear: fc.constantFrom(1900, 2100), isChild: fc.boolean() }) },
  );
}

/** The case opened: the first step of every journey. */
export const openCase = () =>
  required({
    channel: fc.constantFrom(...CHANNELS),
    reporterType: fc.constantFrom(...REPORTER_TYPES),
    districtCode: district(),
    // Now and then named by the agency that reported it (BP3MI Nunukan, the police).
    reportingAgency: optional(fc.constantFrom(AGENCIES.bp2mi.code, AGENCIES.police.code)),
  });

function usualPath(v: FieldValues): Array<fc.Arbitrary<Step>> {
  return [
    onCase(
      'RegisterVictim',
      fc
        .record({
          initials: fc.constantFrom('SR', 'S.R.', 'A B C D', 'X'),
          sex: fc.constantFrom(...SEXES),
          age: victimAge(),
          nationality: fc.constantFrom('ID', 'MY', 'TL'),
          origin: fc.constantFrom(['35', '3509'], ['52', '5203'], ['64', '6471'], ['61', '6171']),
          identity: optional(
            record({
              fullName: v.text(200),
              nik: fc.constant('3509014101010001'),
              address: v.text(500),
              phone: fc.constant('+62 812 3456 7890'),
              notes: v.text(4000),
              kronologi: v.text(8000),
            }),
          ),
        })
        .map(({ origin, age, ...rest }) => ({ ...rest, ...age, originProvinceCode: origin[0], originDistrictCode: origin[1] }) as Record<string, unknown>),
    ),
    // The return leg from abroad: through ports of the list, or places it lacks (sealed free text); a day before 1950 is refused.
    onCase(
      'RecordReturnLeg',
      fc.oneof(
        required({
          arrivalKind: fc.constantFrom(...ARRIVAL_KINDS),
          fromCountry: fc.constant('MY'),
          fromPort: optional(fc.constantFrom('MYTWU', 'MYSDK', 'BKI', 'JHB')),
          entryPort: fc.constantFrom('IDNNX', 'ID-SNYMK', 'ID-PLBN-ENT', 'CGK'),
          arrivedOn: pastDate(),
          transport: optional(fc.constantFrom(...TRANSPORT_MODES)),
        }),
        required({
          arrivalKind: fc.constantFrom(...ARRIVAL_KINDS),
          fromCountry: fc.constantFrom('SA', 'KH', 'MM'),
          fromPlace: optional(v.text(200)),
          entryPlace: v.text(200),
          arrivedOn: pastDate(),
        }),
      ),
    ),
    onCase(
      'RecordConsent',
      fc
        .record({
          consentId: fc.constant('consent-1'),
          scope: fc.constant('process'),
          evidenceRef: v.text(200),
          // A child's consent needs a guardian; an adult's may name one.
          guardian: fc.option(required({ relationship: fc.constantFrom(...GUARDIAN_RELATIONSHIPS), initials: fc.constantFrom('IB', 'X') }), {
            nil: undefined,
            freq: 5,
          }),
        })
        .map((r) => r as Record<string, unknown>),
    ),
    onCase('AdvanceStage', fc.constant({ to: 'assessment' })),
    onCase(
      'RecordAssessment',
      required({
        assessmentId: fc.constant('assessment-1'),
        indicators: required({
          recruitmentMethods: someOf(RECRUITMENT_METHODS),
          meansOfControl: someOf(MEANS_OF_CONTROL),
          exploitationTypes: someOf(EXPLOITATION_TYPES, 1),
          destinationCountry: fc.constantFrom('MY', 'SA', 'KH', 'MM', 'ID'),
          transitPoints: fc.array(v.text(100), { maxLength: 20 }),
          modus: someOf(MODUS),
        }),
        victimStatus: fc.constantFrom('presumed', 'confirmed', 'confirmed', ...VICTIM_STATUSES),
        riskLevel: fc.constantFrom(...RISK_LEVELS),
        needs: someOf(NEEDS),
      }),
    ),
    onCase('ApproveAssessment', fc.constant({ assessmentId: 'assessment-1' }), 'owner-supervisor'),
    onCase('AdvanceStage', fc.constant({ to: 'rehabilitation' })),
    onCase('RequestService', required({ serviceId: fc.constant('service-1'), service: fc.constantFrom(...CASE_SERVICES) })),
    onCase(
      'RecordServiceDelivered',
      record({ serviceId: fc.constant('service-1'), note: v.text(1000) }).map((b) => ({ serviceId: 'service-1', ...b })),
    ),
    onCase('AdvanceStage', fc.constant({ to: 'repatriation' })),
    onCase(
      'PlanRepatriation',
      fc
        .record({
          from: fc.oneof(
            fc.constantFrom('MY', 'SA').map((country) => ({ kind: 'country', country })),
            v.text(100).map((port) => ({ kind: 'port', port })),
            fc.constant({ kind: 'province', provinceCode: '65' }),
          ),
          toDistrictCode: district(),
          escortAgency: fc.constant(AGENCIES.bp2mi.code),
          transport: fc.constantFrom(...TRANSPORT_MODES),
          mouReference: optional(v.text(200)),
          plannedDate: anyDate(),
        })
        .map((r) => r as Record<string, unknown>),
    ),
    onCase(
      'RecordHandover',
      record({ location: v.text(200) }).chain((b) => v.text(100).map((n) => ({ ...b, receivingAgency: AGENCIES.home.code, handoverRecordNumber: n }))),
    ),
    onCase('CompleteRepatriation', fc.constant({})),
    onCase('AdvanceStage', fc.constant({ to: 'reintegration' })),
    onCase('ApproveReintegrationPlan', required({ planId: fc.constant('plan-1'), goals: someOf(REINTEGRATION_GOALS, 1) }), 'owner-supervisor'),
    onCase('RecordFollowUpVisit', required({ visitId: localId('visit'), visitedOn: pastDate(), wellbeing: fc.constantFrom(...WELLBEING_LEVELS) })),
    onCase('CompleteReintegration', record({ note: v.text(1000) })),
    onCase('RequestClosure', fc.constant({ reason: 'reintegrated' })),
    onCase('ApproveClosure', fc.constant({}), 'owner-supervisor'),
  ];
}

type Weighted = { weight: number; arbitrary: fc.Arbitrary<Step> };
// Referrals and their answers weigh more: they are most of what agencies do to a case, and what three projections follow.
const often = (weight: number, arbitrary: fc.Arbitrary<Step>): Weighted => ({ weight, arbitrary });

function anyStage(v: FieldValues): Array<fc.Arbitrary<Step> | Weighted> {
  return [
    often(
      6,
      onCase(
        'SendReferral',
        fc
          .record({
            // Mostly a service the receiver gives, so referrals reach the queues; now and then one it does not.
            to_service: fc.oneof(
              {
                weight: 4,
                arbitrary: fc
                  .constantFrom(...REFERRAL_SERVICES)
                  .chain((service) => fc.constantFrom(...receiversOf(service)).map((to) => [to, service] as const)),
              },
              { weight: 1, arbitrary: fc.tuple(receiver(), fc.constantFrom(...REFERRAL_SERVICES)) },
            ),
            reason: v.text(1000),
            responseDeadline: futureDateTime(),
            // Mostly without identity: sharing needs consent to share first, and most journeys have none.
            sharesIdentity: fc.constantFrom(false, false, false, true),
          })
          .map(({ to_service: [to, service], ...rest }) => ({ ...rest, service, toAgency: AGENCIES[to].code })),
      ),
    ),
    // A referral that declares the receiver's type, as an attacker would: the directory decides, so it is refused.
    onCase(
      'SendReferral',
      fc
        .record({ toAgencyType: fc.constantFrom(...AGENCY_TYPES), reason: v.text(1000), responseDeadline: futureDateTime() })
        .map((b) => ({ ...b, toAgency: AGENCIES.social.code, service: 'shelter', sharesIdentity: false })),
    ),
    often(4, onReferral('AcceptReferral', record({ note: v.text(1000) }))),
    often(2, onReferral('DeclineReferral', required({ reason: v.text(1000) }))),
    often(2, onReferral('WithdrawReferral', required({ reason: v.text(1000) }), 'owner')),
    often(
      4,
      onReferral(
        'CompleteReferral',
        fc
          .record({ outcome: fc.constantFrom(...REFERRAL_OUTCOMES), reason: fc.constantFrom(...REFERRAL_FAILURE_REASONS), note: optional(v.text(1000)) })
          .map(({ outcome, reason, note }) => (outcome === 'successful' ? { outcome, note } : { outcome, reason, note })),
      ),
    ),
    onCase(
      'RecordConsent',
      required({
        consentId: localId('consent'),
        scope: fc.constant('share'),
        agencies: someOf(Object.values(AGENCIES).map((a) => a.code)),
        agencyTypes: someOf(AGENCY_TYPES),
        purpose: v.text(1000),
        evidenceRef: v.text(200),
      }),
    ),
    onCase(
      'WithdrawConsent',
      record({ reason: v.text(1000) }).chain((b) => localId('consent').map((consentId) => ({ ...b, consentId }))),
    ),
    onCase(
      'OverrideConsent',
      fc.record({ overrideId: localId('override'), to: receiver(), reason: v.text(1000) }).map(({ to, ...rest }) => ({ ...rest, toAgency: AGENCIES[to].code })),
      'owner-supervisor',
    ),
    // The owner's supervisor assigns its own caseworker, the other province's (refused), or someone the directory does not hold.
    often(
      3,
      onCase(
        'AssignCase',
        fc.constantFrom(staff('owner').userId, staff('owner').userId, staff('home').userId, 'nobody-in-the-directory').map((assignee) => ({ assignee })),
        'owner-supervisor',
      ),
    ),
    // A note by the owner or by another agency (refused unless it may see the case), kept to the owner or shared within consent or beyond it (refused).
    often(
      3,
      fc
        .tuple(
          fc.constantFrom<Sender>('owner', 'owner', { agency: 'police' }, { agency: 'social' }, { agency: 'home' }),
          required({ kind: fc.constantFrom(...CASE_NOTE_KINDS), text: v.text(CASE_NOTE_MAX_LENGTH) }),
          fc.oneof(fc.constant([] as string[]), someOf(Object.values(AGENCIES).map((a) => a.code))),
        )
        .chain(([sender, body, sharedWith]) => onCase('AddCaseNote', fc.constant(sharedWith.length > 0 ? { ...body, sharedWith } : body), sender)),
    ),
    onCase(
      'RequestService',
      record({ note: v.text(1000) }).chain((b) =>
        fc
          .record({ serviceId: localId('service'), service: fc.constantFrom(...CASE_SERVICES), provider: optional(receiver()) })
          .map(({ provider, ...r }) => ({ ...b, ...r, ...(provider ? { providerAgency: AGENCIES[provider].code } : {}) })),
      ),
    ),
    onCase(
      'RecordServiceDelivered',
      localId('service').map((serviceId) => ({ serviceId })),
    ),
    onCase(
      'StartShelterPlacement',
      fc
        .record({ placementId: localId('placement'), shelterAgency: fc.constant(AGENCIES.social.code), days: optional(fc.constantFrom(1, 365)) })
        .map((r) => r as Record<string, unknown>),
    ),
    onCase('ExtendShelterPlacement', required({ placementId: localId('placement'), days: fc.constantFrom(1, 365), reason: v.text(1000) })),
    onCase(
      'EndShelterPlacement',
      fc
        .record({ placementId: localId('placement'), reason: fc.constantFrom(...SHELTER_END_REASONS), note: optional(v.text(1000)) })
        .map((r) => r as Record<string, unknown>),
    ),
    onCase(
      'FilePoliceReport',
      required({ reportNumber: v.text(100), unit: v.text(200), policeAgency: fc.constant(AGENCIES.police.code), filedOn: pastDate() }),
    ),
    // The criminal case past the report, step by step (each refused until the one before it is recorded).
    often(2, onCase('RecordSpdp', required({ spdpNumber: v.text(100), issuedOn: pastDate() }))),
    often(
      2,
      onCase(
        'NameSuspects',
        record({ names: v.text(2000) }).chain((b) => required({ count: fc.constantFrom(1, 1000), namedOn: pastDate() }).map((r) => ({ ...b, ...r }))),
      ),
    ),
    often(2, onCase('RecordCaseFileComplete', required({ completeOn: pastDate() }))),
    often(2, onCase('StartProsecution', required({ startedOn: pastDate(), court: v.text(200) }))),
    often(
      2,
      onCase(
        'RecordVerdict',
        fc
          .record({
            verdictNumber: v.text(100),
            decidedOn: pastDate(),
            court: v.text(200),
            outcome: fc.constantFrom(...VERDICT_OUTCOMES),
            sentenceMonths: fc.constantFrom(0, 1200),
            restitutionOrderedAmount: fc.constantFrom(0, 1, 10_000_000_000_000),
            restitutionId: optional(localId('restitution')),
          })
          .map((r) => r as Record<string, unknown>),
      ),
    ),
    onCase('FileLpskApplication', required({ applicationId: localId('lpsk'), protections: someOf(LPSK_PROTECTIONS, 1), filedOn: pastDate() })),
    onCase(
      'RecordLpskDecision',
      fc
        .record({
          applicationId: localId('lpsk'),
          decision: fc.constantFrom(...LPSK_DECISIONS),
          grantedProtections: optional(someOf(LPSK_PROTECTIONS)),
          decisionNumber: v.text(100),
          decidedOn: pastDate(),
        })
        .map((r) => r as Record<string, unknown>),
    ),
    onCase('AssessRestitution', required({ restitutionId: localId('restitution'), amount: amount(), assessedBy: fc.constantFrom(...RESTITUTION_ASSESSORS) })),
    onCase('OrderRestitution', required({ restitutionId: localId('restitution'), amount: amount(), verdictNumber: v.text(100), verdictFinalOn: pastDate() })),
    onCase('RecordRestitutionPayment', required({ restitutionId: localId('restitution'), amount: amount(), paidOn: pastDate() })),
    onCase('RecordRestitutionDefault', required({ restitutionId: localId('restitution'), reason: v.text(1000) })),
    onCase('SkipStage', required({ stage: fc.constantFrom(...OPEN_STAGES), reason: v.text(1000) })),
    onCase(
      'RequestClosure',
      fc
        .record({ reason: fc.constantFrom(...CLOSURE_REASONS), note: optional(v.text(1000)), unpaidRestitutionReason: optional(v.text(1000)) })
        .map((r) => r as Record<string, unknown>),
    ),
    onCase('RejectClosure', required({ reason: v.text(1000) }), 'owner-supervisor'),
    onCase(
      'ReopenCase',
      fc.record({ reason: v.text(1000), stage: optional(fc.constantFrom(...OPEN_STAGES)) }).map((r) => r as Record<string, unknown>),
      'owner-supervisor',
    ),
    onCase('RequestTransfer', required({ toAgency: fc.constant(AGENCIES.home.code), reason: v.text(1000) })),
    onTransfer('AcceptTransfer', fc.constant({})),
    onTransfer('DeclineTransfer', required({ reason: v.text(1000) })),
    onCase('EraseIdentity', required({ legalBasis: v.text(500) }), 'owner-supervisor'),
  ];
}

/**
 * One case's journey: the usual path, cut after a random number of steps, with any-stage steps put in between.
 * EraseIdentity and the closing steps come rarely, so most journeys keep going.
 */
/** A referral sent, then answered as receiving agencies answer: accepted and completed, declined, withdrawn, or left waiting. */
function referralExchange(v: FieldValues): fc.Arbitrary<Step[]> {
  const step = (command: CaseCommandType, body: fc.Arbitrary<Record<string, unknown>>, sender: Sender = 'target-receiver') =>
    body.map((b): Step => ({ command, target: { kind: 'referral', pick: -1 }, sender, body: b }));
  const send = anyStage(v)[0] as Weighted;
  const complete = fc
    .record({ outcome: fc.constantFrom(...REFERRAL_OUTCOMES), reason: fc.constantFrom(...REFERRAL_FAILURE_REASONS), note: optional(v.text(1000)) })
    .map(({ outcome, reason, note }) => (outcome === 'successful' ? { outcome, note } : { outcome, reason, note }));
  return fc
    .tuple(
      send.arbitrary,
      fc.oneof(
        fc.constant([]),
        fc.tuple(step('AcceptReferral', record({ note: v.text(1000) }))),
        fc.tuple(step('AcceptReferral', record({ note: v.text(1000) })), step('CompleteReferral', complete)),
        fc.tuple(step('DeclineReferral', required({ reason: v.text(1000) }))),
        fc.tuple(step('WithdrawReferral', required({ reason: v.text(1000) }), 'owner')),
      ),
    )
    .map(([sent, answers]) => [sent, ...answers]);
}

export function caseJourney(v: FieldValues = BOUNDARY_VALUES): fc.Arbitrary<{ open: Record<string, unknown>; steps: Step[] }> {
  const path = usualPath(v);
  const extras = anyStage(v);
  return fc
    .record({
      open: openCase(),
      length: fc.integer({ min: 2, max: path.length }),
      usual: fc.tuple(...path),
      extra: fc.array(
        fc.tuple(
          fc.nat(path.length),
          fc.oneof(
            { weight: 6, arbitrary: referralExchange(v) },
            ...extras
              .map((e) => ('weight' in e ? e : { weight: 1, arbitrary: e }))
              .map(({ weight, arbitrary }) => ({ weight, arbitrary: arbitrary.map((step) => [step]) })),
          ),
        ),
        { maxLength: 16 },
      ),
    })
    .map(({ open, length, usual, extra }) => {
      const steps: Step[] = [];
      for (let i = 0; i < length; i++) {
        for (const [at, some] of extra) if (at === i) steps.push(...some);
        steps.push(usual[i]!);
      }
      return { open, steps };
    });
}

/** Which cases' steps go next, in turn: an interleaving of the journeys. */
export const interleaving = (cases: number, steps: number): fc.Arbitrary<number[]> => fc.array(fc.nat(cases - 1), { minLength: steps, maxLength: steps });
