import { describe, it } from '@jest/globals';
import { DEFAULT_POLICY } from './case.policy.js';
import { given } from './testing/given-when-then.js';
import {
  LPSK,
  POLDA,
  atIntake,
  atReintegration,
  caseworker,
  closedAtIntake,
  command,
  dinsosOfficer,
  event,
  lpskOfficer,
  police,
  referralAccepted,
  referralSent,
  restitutionOrdered,
} from './testing/fixtures.js';

const policeServing = [referralSent(), referralAccepted()];
const lpskServing = [
  referralSent('referral-lpsk', { toAgency: LPSK, toAgencyType: 'lpsk', service: 'restitution' }),
  referralAccepted('referral-lpsk', { by: lpskOfficer }),
];

const filePoliceReport = (over = {}, actor = caseworker) =>
  command(
    'FilePoliceReport',
    { reportNumber: 'LP/B/45/III/2025/SPKT/POLDA KALTIM', unit: 'Subdit IV Renakta', policeAgency: POLDA, filedOn: '2025-03-02', ...over },
    { actor },
  );
const policeReportFiled = (by = caseworker) =>
  event(
    'PoliceReportFiled',
    { reportNumber: 'LP/B/45/III/2025/SPKT/POLDA KALTIM', unit: 'Subdit IV Renakta', policeAgency: POLDA, filedOn: '2025-03-02' },
    { by },
  );
const fileLpsk = (over = {}, actor = caseworker) =>
  command(
    'FileLpskApplication',
    { applicationId: 'lpsk-1', protections: ['restitution_facilitation', 'procedural_rights'], filedOn: '2025-03-03', ...over },
    { actor },
  );
const lpskFiled = event('LpskApplicationFiled', {
  applicationId: 'lpsk-1',
  protections: ['restitution_facilitation', 'procedural_rights'],
  filedOn: '2025-03-03',
});
const recordLpskDecision = (over = {}, actor = lpskOfficer) =>
  command(
    'RecordLpskDecision',
    {
      applicationId: 'lpsk-1',
      decision: 'granted',
      grantedProtections: ['restitution_facilitation'],
      decisionNumber: 'KEP-123/LPSK/2025',
      decidedOn: '2025-03-03',
      ...over,
    },
    { actor },
  );
const assessRestitution = (over = {}, actor = lpskOfficer) =>
  command('AssessRestitution', { restitutionId: 'restitution-1', amount: 150_000_000, assessedBy: 'lpsk', ...over }, { actor });
const orderRestitution = (over = {}, actor = caseworker) =>
  command(
    'OrderRestitution',
    { restitutionId: 'restitution-1', amount: 150_000_000, verdictNumber: '12/Pid.Sus/2025/PN Nnk', verdictFinalOn: '2025-03-01', ...over },
    { actor },
  );
const recordPayment = (over = {}, actor = caseworker) =>
  command('RecordRestitutionPayment', { restitutionId: 'restitution-1', amount: 50_000_000, paidOn: '2025-03-03', ...over }, { actor });
const recordDefault = (over = {}, actor = caseworker) =>
  command('RecordRestitutionDefault', { restitutionId: 'restitution-1', reason: 'the convict serves the substitute sentence', ...over }, { actor });

describe('FilePoliceReport', () => {
  it('records the police report (LP number) in any open stage', () => given(atReintegration).when(filePoliceReport()).then([policeReportFiled()]));

  it('lets the police record it while they hold an accepted referral', () =>
    given([...atIntake, ...policeServing])
      .when(filePoliceReport({}, police))
      .then([policeReportFiled(police)]));

  it('refuses the police without an accepted referral', () =>
    given([...atIntake, referralSent()])
      .when(filePoliceReport({}, police))
      .thenThrows('AUTH.FORBIDDEN', { rule: 'owner_staff_or_participant' }));

  it('refuses a serving agency acting outside its role', () =>
    given([
      ...atIntake,
      referralSent('referral-shelter', { toAgency: dinsosOfficer.agency, toAgencyType: 'social_services', service: 'shelter' }),
      referralAccepted('referral-shelter', { by: dinsosOfficer }),
    ])
      .when(filePoliceReport({}, dinsosOfficer))
      .thenThrows('AUTH.FORBIDDEN'));

  it('refuses a report number already recorded', () =>
    given([...atIntake, policeReportFiled()])
      .when(filePoliceReport())
      .thenThrows('POLICE_REPORT.ALREADY_RECORDED'));

  it('refuses a filing date in the future', () =>
    given(atIntake)
      .when(filePoliceReport({ filedOn: '2025-04-01' }))
      .thenThrows('VALIDATION.OUT_OF_RANGE', { field: 'filedOn' }));

  it("accepts today's date in Indonesia while the UTC date is still yesterday (06:00 WIT is 21:00 UTC)", () =>
    given(atIntake)
      .when(command('FilePoliceReport', { ...filePoliceReport().data, filedOn: '2025-03-04' }, { now: '2025-03-03T21:00:00.000Z' }))
      .then([{ ...policeReportFiled(), data: { ...policeReportFiled().data, filedOn: '2025-03-04', at: '2025-03-03T21:00:00.000Z' } }]));

  it('refuses the day after today in Indonesia (06:00 WIT on 4 March, filed on 5 March)', () =>
    given(atIntake)
      .when(command('FilePoliceReport', { ...filePoliceReport().data, filedOn: '2025-03-05' }, { now: '2025-03-03T21:00:00.000Z' }))
      .thenThrows('VALIDATION.OUT_OF_RANGE', { field: 'filedOn' }));

  it('refuses a report without its number', () =>
    given(atIntake)
      .when(filePoliceReport({ reportNumber: '' }))
      .thenThrows('VALIDATION.REQUIRED', { field: 'reportNumber' }));

  it('refuses on a closed case', () => given(closedAtIntake).when(filePoliceReport()).thenThrows('CASE.CLOSED'));
});

describe('FileLpskApplication', () => {
  it('records an application to LPSK for protection', () => given(atIntake).when(fileLpsk()).then([lpskFiled]));

  it('refuses an application without protections', () =>
    given(atIntake)
      .when(fileLpsk({ protections: [] }))
      .thenThrows('VALIDATION.REQUIRED', { field: 'protections' }));

  it('refuses an application id already recorded', () =>
    given([...atIntake, lpskFiled])
      .when(fileLpsk())
      .thenThrows('LPSK.ALREADY_EXISTS'));

  it('refuses LPSK without an accepted referral', () => given(atIntake).when(fileLpsk({}, lpskOfficer)).thenThrows('AUTH.FORBIDDEN'));

  it('refuses on a closed case', () => given(closedAtIntake).when(fileLpsk()).thenThrows('CASE.CLOSED'));
});

describe('RecordLpskDecision', () => {
  it("records LPSK's decision on the application", () =>
    given([...atIntake, ...lpskServing, lpskFiled])
      .when(recordLpskDecision())
      .then([
        event(
          'LpskDecisionRecorded',
          {
            applicationId: 'lpsk-1',
            decision: 'granted',
            grantedProtections: ['restitution_facilitation'],
            decisionNumber: 'KEP-123/LPSK/2025',
            decidedOn: '2025-03-03',
          },
          { by: lpskOfficer },
        ),
      ]));

  it('refuses a grant without any protection', () =>
    given([...atIntake, ...lpskServing, lpskFiled])
      .when(recordLpskDecision({ grantedProtections: [] }))
      .thenThrows('VALIDATION.REQUIRED', { field: 'grantedProtections' }));

  it('refuses a rejection that grants protection', () =>
    given([...atIntake, ...lpskServing, lpskFiled])
      .when(recordLpskDecision({ decision: 'rejected' }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'grantedProtections' }));

  it('refuses an application that was never filed', () =>
    given([...atIntake, ...lpskServing])
      .when(recordLpskDecision())
      .thenThrows('LPSK.NOT_FOUND'));

  it('refuses a second decision', () =>
    given([
      ...atIntake,
      ...lpskServing,
      lpskFiled,
      event('LpskDecisionRecorded', { applicationId: 'lpsk-1', decision: 'rejected', grantedProtections: [], decisionNumber: 'K-1', decidedOn: '2025-03-03' }),
    ])
      .when(recordLpskDecision())
      .thenThrows('LPSK.ALREADY_DECIDED'));

  it('refuses the police', () =>
    given([...atIntake, ...policeServing, lpskFiled])
      .when(recordLpskDecision({}, police))
      .thenThrows('AUTH.FORBIDDEN'));

  it('refuses on a closed case', () => given(closedAtIntake).when(recordLpskDecision({}, caseworker)).thenThrows('CASE.CLOSED'));
});

describe('AssessRestitution', () => {
  it("records LPSK's assessment of the restitution amount", () =>
    given([...atIntake, ...lpskServing])
      .when(assessRestitution())
      .then([event('RestitutionAssessed', { restitutionId: 'restitution-1', amount: 150_000_000, assessedBy: 'lpsk' }, { by: lpskOfficer })]));

  it('refuses an amount that is not a positive whole number of rupiah', () =>
    given([...atIntake, ...lpskServing])
      .when(assessRestitution({ amount: 10.5 }))
      .thenThrows('VALIDATION.OUT_OF_RANGE', { field: 'amount' }));

  it('refuses a restitution id already recorded', () =>
    given([...atIntake, ...lpskServing, restitutionOrdered()])
      .when(assessRestitution())
      .thenThrows('RESTITUTION.ALREADY_EXISTS'));

  it('refuses an agency not serving the case', () => given(atIntake).when(assessRestitution()).thenThrows('AUTH.FORBIDDEN'));

  it('refuses on a closed case', () => given(closedAtIntake).when(assessRestitution({}, caseworker)).thenThrows('CASE.CLOSED'));
});

describe('OrderRestitution', () => {
  it('records the ordered restitution and the payment deadline of UU 21/2007 Art. 50', () =>
    given(atIntake).when(orderRestitution()).then([restitutionOrdered()]));

  it('takes the payment deadline from the policy', () =>
    given(atIntake)
      .when(orderRestitution(), { ...DEFAULT_POLICY, restitutionPaymentDays: 30 })
      .then([event('RestitutionOrdered', { ...restitutionOrdered().data, payBy: '2025-03-31' })]));

  it('orders a restitution that was assessed before', () =>
    given([...atIntake, event('RestitutionAssessed', { restitutionId: 'restitution-1', amount: 200_000_000, assessedBy: 'lpsk' })])
      .when(orderRestitution())
      .then([restitutionOrdered()]));

  it('refuses a second order', () =>
    given([...atIntake, restitutionOrdered()])
      .when(orderRestitution())
      .thenThrows('RESTITUTION.ALREADY_ORDERED'));

  it('refuses a verdict date that is not a date', () =>
    given(atIntake)
      .when(orderRestitution({ verdictFinalOn: 'March' }))
      .thenThrows('VALIDATION.INVALID_FORMAT', { field: 'verdictFinalOn' }));

  it('refuses the police', () =>
    given([...atIntake, ...policeServing])
      .when(orderRestitution({}, police))
      .thenThrows('AUTH.FORBIDDEN'));

  it('refuses on a closed case', () => given(closedAtIntake).when(orderRestitution()).thenThrows('CASE.CLOSED'));
});

describe('RecordRestitutionPayment', () => {
  it('records a partial payment that leaves the restitution unpaid', () =>
    given([...atIntake, restitutionOrdered()])
      .when(recordPayment())
      .then([event('RestitutionPaid', { restitutionId: 'restitution-1', amount: 50_000_000, paidOn: '2025-03-03', totalPaid: 50_000_000, fullyPaid: false })]));

  it('records the payment that settles the restitution', () =>
    given([
      ...atIntake,
      restitutionOrdered(),
      event('RestitutionPaid', { restitutionId: 'restitution-1', amount: 50_000_000, paidOn: '2025-03-02', totalPaid: 50_000_000, fullyPaid: false }),
    ])
      .when(recordPayment({ amount: 100_000_000 }))
      .then([
        event('RestitutionPaid', { restitutionId: 'restitution-1', amount: 100_000_000, paidOn: '2025-03-03', totalPaid: 150_000_000, fullyPaid: true }),
      ]));

  it('refuses a restitution that was never recorded', () => given(atIntake).when(recordPayment()).thenThrows('RESTITUTION.NOT_FOUND'));

  it('refuses a payment on a restitution only assessed', () =>
    given([...atIntake, event('RestitutionAssessed', { restitutionId: 'restitution-1', amount: 1, assessedBy: 'lpsk' })])
      .when(recordPayment())
      .thenThrows('RESTITUTION.NOT_ORDERED'));

  it('refuses a payment on a settled restitution', () =>
    given([
      ...atIntake,
      restitutionOrdered(),
      event('RestitutionPaid', { restitutionId: 'restitution-1', amount: 150_000_000, paidOn: '2025-03-02', totalPaid: 150_000_000, fullyPaid: true }),
    ])
      .when(recordPayment())
      .thenThrows('RESTITUTION.ALREADY_SETTLED', { status: 'paid' }));

  it('refuses a payment of nothing', () =>
    given([...atIntake, restitutionOrdered()])
      .when(recordPayment({ amount: 0 }))
      .thenThrows('VALIDATION.OUT_OF_RANGE', { field: 'amount' }));

  it('refuses the police', () =>
    given([...atIntake, ...policeServing, restitutionOrdered()])
      .when(recordPayment({}, police))
      .thenThrows('AUTH.FORBIDDEN'));

  it('refuses on a closed case', () => given(closedAtIntake).when(recordPayment()).thenThrows('CASE.CLOSED'));
});

describe('RecordRestitutionDefault', () => {
  it('records that the convict did not pay, with the amount left unpaid', () =>
    given([
      ...atIntake,
      restitutionOrdered(),
      event('RestitutionPaid', { restitutionId: 'restitution-1', amount: 50_000_000, paidOn: '2025-03-02', totalPaid: 50_000_000, fullyPaid: false }),
    ])
      .when(recordDefault())
      .then([
        event('RestitutionDefaulted', { restitutionId: 'restitution-1', unpaidAmount: 100_000_000, reason: 'the convict serves the substitute sentence' }),
      ]));

  it('refuses a default without a reason', () =>
    given([...atIntake, restitutionOrdered()])
      .when(recordDefault({ reason: '' }))
      .thenThrows('VALIDATION.REQUIRED', { field: 'reason' }));

  it('refuses a restitution that was never recorded', () => given(atIntake).when(recordDefault()).thenThrows('RESTITUTION.NOT_FOUND'));

  it('refuses a restitution only assessed', () =>
    given([...atIntake, event('RestitutionAssessed', { restitutionId: 'restitution-1', amount: 1, assessedBy: 'lpsk' })])
      .when(recordDefault())
      .thenThrows('RESTITUTION.NOT_ORDERED'));

  it('refuses a restitution already defaulted', () =>
    given([...atIntake, restitutionOrdered(), event('RestitutionDefaulted', { restitutionId: 'restitution-1', unpaidAmount: 1, reason: 'x' })])
      .when(recordDefault())
      .thenThrows('RESTITUTION.ALREADY_SETTLED', { status: 'defaulted' }));

  it('refuses the police', () =>
    given([...atIntake, ...policeServing, restitutionOrdered()])
      .when(recordDefault({}, police))
      .thenThrows('AUTH.FORBIDDEN'));

  it('refuses on a closed case', () => given(closedAtIntake).when(recordDefault()).thenThrows('CASE.CLOSED'));
});

describe('the criminal case past the report, as the police report it', () => {
  const reported = [...atIntake, policeReportFiled()];
  const spdp = event('SpdpIssued', { spdpNumber: 'SPDP/45/III/2025/Ditreskrimum', issuedOn: '2025-03-02' });
  const withSpdp = [...reported, spdp];
  const p21 = event('CaseFileCompleted', { completeOn: '2025-03-03' });
  const prosecution = event('ProsecutionStarted', { startedOn: '2025-03-03', court: 'PN Nunukan' });
  const inCourt = [...withSpdp, p21, prosecution];
  const recordSpdp = (over = {}, actor = caseworker) =>
    command('RecordSpdp', { spdpNumber: 'SPDP/45/III/2025/Ditreskrimum', issuedOn: '2025-03-02', ...over }, { actor });
  const nameSuspects = (over = {}, actor = caseworker) => command('NameSuspects', { count: 2, names: 'AB dan CD', namedOn: '2025-03-02', ...over }, { actor });
  const recordP21 = (over = {}) => command('RecordCaseFileComplete', { completeOn: '2025-03-03', ...over });
  const startProsecution = (over = {}) => command('StartProsecution', { startedOn: '2025-03-03', court: 'PN Nunukan', ...over });
  const verdictData = {
    verdictNumber: '12/Pid.Sus/2025/PN Nnk',
    decidedOn: '2025-03-03',
    court: 'PN Nunukan',
    outcome: 'convicted' as const,
    sentenceMonths: 48,
    restitutionOrderedAmount: 0,
  };
  const recordVerdict = (over = {}, actor = caseworker) => command('RecordVerdict', { ...verdictData, ...over }, { actor });

  describe('RecordSpdp', () => {
    it('records the SPDP after the police report', () => given(reported).when(recordSpdp()).then([spdp]));

    it('lets the police record it while they hold an accepted referral', () =>
      given([...reported, ...policeServing])
        .when(recordSpdp({}, police))
        .then([event('SpdpIssued', { spdpNumber: 'SPDP/45/III/2025/Ditreskrimum', issuedOn: '2025-03-02' }, { by: police })]));

    it('refuses before any police report', () => given(atIntake).when(recordSpdp()).thenThrows('LEGAL.STEP_NOT_REACHED', { requires: 'police_report' }));

    it('refuses an SPDP dated before the report', () =>
      given(reported)
        .when(recordSpdp({ issuedOn: '2025-03-01' }))
        .thenThrows('VALIDATION.OUT_OF_RANGE', { field: 'issuedOn', notBefore: '2025-03-02' }));

    it('refuses a second SPDP', () => given(withSpdp).when(recordSpdp()).thenThrows('LEGAL.ALREADY_RECORDED', { step: 'spdp' }));

    it('refuses a date that is not a real date', () =>
      given(reported)
        .when(recordSpdp({ issuedOn: '2025-02-30' }))
        .thenThrows('VALIDATION.INVALID_FORMAT', { field: 'issuedOn' }));

    it('refuses the police without an accepted referral', () =>
      given([...reported, referralSent()])
        .when(recordSpdp({}, police))
        .thenThrows('AUTH.FORBIDDEN'));

    it('refuses LPSK: the police report the criminal case', () =>
      given([...reported, ...lpskServing])
        .when(recordSpdp({}, lpskOfficer))
        .thenThrows('AUTH.FORBIDDEN'));

    it('refuses on a closed case', () => given(closedAtIntake).when(recordSpdp()).thenThrows('CASE.CLOSED'));
  });

  const SEALED = { $sealed: `v1.${'k'.repeat(16)}.cipher.${'t'.repeat(22)}` };

  describe('NameSuspects', () => {
    it('records how many suspects were named, with their names as given', () =>
      given(reported)
        .when(nameSuspects())
        .then([event('SuspectsNamed', { count: 2, names: 'AB dan CD', namedOn: '2025-03-02', totalSuspects: 2 })]));

    it('counts suspects named later on top of those named before, names optional', () =>
      given([...reported, event('SuspectsNamed', { count: 2, names: null, namedOn: '2025-03-02', totalSuspects: 2 })])
        .when(nameSuspects({ count: 1, names: undefined, namedOn: '2025-03-03' }))
        .then([event('SuspectsNamed', { count: 1, names: null, namedOn: '2025-03-03', totalSuspects: 3 })]));

    it('takes the names sealed, as the command runner hands them over', () =>
      given(reported)
        .when(nameSuspects({ names: SEALED }))
        .then([event('SuspectsNamed', { count: 2, names: SEALED, namedOn: '2025-03-02', totalSuspects: 2 })]));

    it('refuses no suspect at all', () =>
      given(reported)
        .when(nameSuspects({ count: 0 }))
        .thenThrows('VALIDATION.OUT_OF_RANGE', { field: 'count' }));

    it('refuses before any police report', () => given(atIntake).when(nameSuspects()).thenThrows('LEGAL.STEP_NOT_REACHED'));

    it('refuses a date in the future', () =>
      given(reported)
        .when(nameSuspects({ namedOn: '2025-04-01' }))
        .thenThrows('VALIDATION.OUT_OF_RANGE', { field: 'namedOn' }));
  });

  describe('RecordCaseFileComplete (P-21)', () => {
    it('records the case file complete after the SPDP', () => given(withSpdp).when(recordP21()).then([p21]));

    it('refuses before the SPDP', () => given(reported).when(recordP21()).thenThrows('LEGAL.STEP_NOT_REACHED', { requires: 'spdp' }));

    it('refuses a date before the SPDP', () =>
      given(withSpdp)
        .when(recordP21({ completeOn: '2025-03-01' }))
        .thenThrows('VALIDATION.OUT_OF_RANGE', { field: 'completeOn' }));

    it('refuses a second P-21', () =>
      given([...withSpdp, p21])
        .when(recordP21())
        .thenThrows('LEGAL.ALREADY_RECORDED', { step: 'case_file_complete' }));
  });

  describe('StartProsecution', () => {
    it('records the prosecution and its court after P-21', () =>
      given([...withSpdp, p21])
        .when(startProsecution())
        .then([prosecution]));

    it('refuses before P-21', () => given(withSpdp).when(startProsecution()).thenThrows('LEGAL.STEP_NOT_REACHED', { requires: 'case_file_complete' }));

    it('refuses without the court', () =>
      given([...withSpdp, p21])
        .when(startProsecution({ court: ' ' }))
        .thenThrows('VALIDATION.REQUIRED', { field: 'court' }));

    it('refuses a second prosecution', () => given(inCourt).when(startProsecution()).thenThrows('LEGAL.ALREADY_RECORDED', { step: 'prosecution' }));
  });

  describe('RecordVerdict', () => {
    it('records a conviction that orders no restitution', () =>
      given(inCourt)
        .when(recordVerdict())
        .then([event('VerdictRecorded', { ...verdictData, restitutionId: null })]));

    it('records an acquittal', () =>
      given(inCourt)
        .when(recordVerdict({ outcome: 'acquitted', sentenceMonths: 0 }))
        .then([event('VerdictRecorded', { ...verdictData, outcome: 'acquitted', sentenceMonths: 0, restitutionId: null })]));

    it('orders the restitution the verdict names, payable within the policy days of the verdict (UU 21/2007 Art. 50)', () =>
      given(inCourt)
        .when(recordVerdict({ restitutionOrderedAmount: 150_000_000 }))
        .then([
          event('VerdictRecorded', { ...verdictData, restitutionOrderedAmount: 150_000_000, restitutionId: 'restitution-verdict' }),
          event('RestitutionOrdered', {
            restitutionId: 'restitution-verdict',
            amount: 150_000_000,
            verdictNumber: '12/Pid.Sus/2025/PN Nnk',
            verdictFinalOn: '2025-03-03',
            payBy: '2025-03-17',
          }),
        ]));

    it('orders an assessed restitution when it names it, with the payment days of the policy', () =>
      given([...inCourt, event('RestitutionAssessed', { restitutionId: 'restitution-1', amount: 200_000_000, assessedBy: 'lpsk' })])
        .when(recordVerdict({ restitutionOrderedAmount: 150_000_000, restitutionId: 'restitution-1' }), {
          ...DEFAULT_POLICY,
          restitutionPaymentDays: 30,
        })
        .then([
          event('VerdictRecorded', { ...verdictData, restitutionOrderedAmount: 150_000_000, restitutionId: 'restitution-1' }),
          event('RestitutionOrdered', {
            restitutionId: 'restitution-1',
            amount: 150_000_000,
            verdictNumber: '12/Pid.Sus/2025/PN Nnk',
            verdictFinalOn: '2025-03-03',
            payBy: '2025-04-02',
          }),
        ]));

    it('refuses to order a restitution already ordered', () =>
      given([...inCourt, restitutionOrdered()])
        .when(recordVerdict({ restitutionOrderedAmount: 1, restitutionId: 'restitution-1' }))
        .thenThrows('RESTITUTION.ALREADY_ORDERED'));

    it('refuses a sentence or restitution in an acquittal', () =>
      given(inCourt)
        .when(recordVerdict({ outcome: 'acquitted' }))
        .thenThrows('VALIDATION.INVALID_VALUE', { field: 'sentenceMonths' }));

    it('refuses a restitution id with no restitution ordered', () =>
      given(inCourt)
        .when(recordVerdict({ restitutionId: 'restitution-1' }))
        .thenThrows('VALIDATION.INVALID_VALUE', { field: 'restitutionId' }));

    it('refuses an outcome outside the vocabulary', () =>
      given(inCourt)
        .when(recordVerdict({ outcome: 'guilty' }))
        .thenThrows('VALIDATION.INVALID_VALUE', { field: 'outcome' }));

    it('refuses a negative sentence', () =>
      given(inCourt)
        .when(recordVerdict({ sentenceMonths: -1 }))
        .thenThrows('VALIDATION.OUT_OF_RANGE', { field: 'sentenceMonths' }));

    it('refuses before the prosecution', () =>
      given([...withSpdp, p21])
        .when(recordVerdict())
        .thenThrows('LEGAL.STEP_NOT_REACHED', { requires: 'prosecution' }));

    it('refuses a second verdict', () =>
      given([...inCourt, event('VerdictRecorded', { ...verdictData, restitutionId: null })])
        .when(recordVerdict())
        .thenThrows('LEGAL.ALREADY_RECORDED', { step: 'verdict' }));

    it('lets the police holding an accepted referral record it', () =>
      given([...inCourt, ...policeServing])
        .when(recordVerdict({}, police))
        .then([event('VerdictRecorded', { ...verdictData, restitutionId: null }, { by: police })]));
  });
});
