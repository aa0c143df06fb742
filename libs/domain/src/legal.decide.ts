import { POLICE_AGENCY_TYPES, resolvedAgency } from './agency.js';
import { requireOwnerStaffOrParticipant } from './case.access.js';
import type {
  AssessRestitution,
  FileLpskApplication,
  FilePoliceReport,
  NameSuspects,
  OrderRestitution,
  RecordCaseFileComplete,
  RecordLpskDecision,
  RecordRestitutionDefault,
  RecordRestitutionPayment,
  RecordSpdp,
  RecordVerdict,
  StartProsecution,
} from './case.commands.js';
import type {
  CaseFileCompleted,
  ProsecutionStarted,
  SpdpIssued,
  SuspectsNamed,
  VerdictRecorded,
  LpskApplicationFiled,
  LpskDecisionRecorded,
  PoliceReportFiled,
  RestitutionAssessed,
  RestitutionDefaulted,
  RestitutionOrdered,
  RestitutionPaid,
} from './case.events.js';
import { contextOf, found, requireCase, requireStageFor } from './case.guards.js';
import type { CasePolicy } from './case.policy.js';
import type { CaseFile, CaseState, RestitutionState } from './case.state.js';
import { LPSK_DECISIONS, LPSK_PROTECTIONS, RESTITUTION_ASSESSORS, VERDICT_OUTCOMES, type CriminalCaseStep } from './case.values.js';
import { DomainError } from './domain-error.js';
import { absent, addDays, agencyCode, id, integer, isoDate, notAfterToday, oneOf, optionalFreeText, someOf, text, freeText } from './validation.js';
import type { AreaDeciders } from './command-rules.js';

// Amounts are whole rupiah; the bound only keeps them exact as JavaScript numbers.
const MAX_RUPIAH = Number.MAX_SAFE_INTEGER;

type LegalCommand =
  | FilePoliceReport
  | RecordSpdp
  | NameSuspects
  | RecordCaseFileComplete
  | StartProsecution
  | RecordVerdict
  | FileLpskApplication
  | RecordLpskDecision
  | AssessRestitution
  | OrderRestitution
  | RecordRestitutionPayment
  | RecordRestitutionDefault;

/** The owner, or the police / LPSK agency holding an accepted referral, records the legal track. */
function legalTrackCase(command: LegalCommand, state: CaseState, role: 'police_investigator' | 'lpsk_officer'): CaseFile {
  const file = requireCase(state, command.data.caseId);
  requireOwnerStaffOrParticipant(file, command.metadata.actor, [role]);
  requireStageFor(file, command.type);
  return file;
}

const pastDate = (value: unknown, now: string, field: string): string => notAfterToday(isoDate(value, field), now, field);

export function decideFilePoliceReport(command: FilePoliceReport, state: CaseState): [PoliceReportFiled] {
  const file = legalTrackCase(command, state, 'police_investigator');
  const { data } = command;
  const reportNumber = text(data.reportNumber, 'reportNumber', 100);
  const unit = text(data.unit, 'unit', 200);
  const policeAgency = agencyCode(data.policeAgency, 'policeAgency');
  const filedOn = pastDate(data.filedOn, command.metadata.now, 'filedOn');
  if (file.policeReportNumbers.includes(reportNumber)) {
    throw new DomainError('POLICE_REPORT.ALREADY_RECORDED', `police report ${reportNumber} is already recorded`, { reportNumber });
  }
  resolvedAgency(command.metadata.agencies, policeAgency, 'policeAgency', POLICE_AGENCY_TYPES);
  return [{ type: 'PoliceReportFiled', data: { ...contextOf(command, file), reportNumber, unit, policeAgency, filedOn } }];
}

/**
 * The steps past the report are facts the police (or the owner) report: Kejaksaan and the courts are no agencies
 * here. Each needs the step before it (KUHAP: SPDP after the report, P-21 after the SPDP, prosecution after P-21, a
 * verdict after prosecution) and a date not before that step's.
 */
function afterStep(file: CaseFile, step: Exclude<CriminalCaseStep, 'verdict'>, date: string, field: string): void {
  const { criminalCase } = file;
  const previous = {
    police_report: criminalCase.reportedOn,
    spdp: criminalCase.spdpOn,
    case_file_complete: criminalCase.caseFileCompleteOn,
    prosecution: criminalCase.prosecutionStartedOn,
  }[step];
  if (previous === null) {
    throw new DomainError('LEGAL.STEP_NOT_REACHED', `record the ${step.replaceAll('_', ' ')} first`, { requires: step });
  }
  if (date < previous) {
    throw new DomainError('VALIDATION.OUT_OF_RANGE', `${field} lies before the ${step.replaceAll('_', ' ')} (${previous})`, { field, notBefore: previous });
  }
}

function notYetRecorded(recordedOn: string | null, step: CriminalCaseStep): void {
  if (recordedOn !== null) throw new DomainError('LEGAL.ALREADY_RECORDED', `the ${step.replaceAll('_', ' ')} is already recorded`, { step });
}

export function decideRecordSpdp(command: RecordSpdp, state: CaseState): [SpdpIssued] {
  const file = legalTrackCase(command, state, 'police_investigator');
  const spdpNumber = text(command.data.spdpNumber, 'spdpNumber', 100);
  const issuedOn = pastDate(command.data.issuedOn, command.metadata.now, 'issuedOn');
  notYetRecorded(file.criminalCase.spdpOn, 'spdp');
  afterStep(file, 'police_report', issuedOn, 'issuedOn');
  return [{ type: 'SpdpIssued', data: { ...contextOf(command, file), spdpNumber, issuedOn } }];
}

/** Suspects may be named more than once as the investigation goes on; their names are sealed like other free text. */
export function decideNameSuspects(command: NameSuspects, state: CaseState): [SuspectsNamed] {
  const file = legalTrackCase(command, state, 'police_investigator');
  const count = integer(command.data.count, 'count', 1, 1000);
  const names = optionalFreeText(command.data.names, 'names', 2000);
  const namedOn = pastDate(command.data.namedOn, command.metadata.now, 'namedOn');
  afterStep(file, 'police_report', namedOn, 'namedOn');
  const totalSuspects = file.criminalCase.suspects + count;
  return [{ type: 'SuspectsNamed', data: { ...contextOf(command, file), count, names, namedOn, totalSuspects } }];
}

export function decideRecordCaseFileComplete(command: RecordCaseFileComplete, state: CaseState): [CaseFileCompleted] {
  const file = legalTrackCase(command, state, 'police_investigator');
  const completeOn = pastDate(command.data.completeOn, command.metadata.now, 'completeOn');
  notYetRecorded(file.criminalCase.caseFileCompleteOn, 'case_file_complete');
  afterStep(file, 'spdp', completeOn, 'completeOn');
  return [{ type: 'CaseFileCompleted', data: { ...contextOf(command, file), completeOn } }];
}

export function decideStartProsecution(command: StartProsecution, state: CaseState): [ProsecutionStarted] {
  const file = legalTrackCase(command, state, 'police_investigator');
  const startedOn = pastDate(command.data.startedOn, command.metadata.now, 'startedOn');
  const court = text(command.data.court, 'court', 200);
  notYetRecorded(file.criminalCase.prosecutionStartedOn, 'prosecution');
  afterStep(file, 'case_file_complete', startedOn, 'startedOn');
  return [{ type: 'ProsecutionStarted', data: { ...contextOf(command, file), startedOn, court } }];
}

/**
 * The final verdict (berkekuatan hukum tetap; appeals are not recorded apart). Restitution it orders is ordered from
 * its date (UU 21/2007 Art. 50): a RestitutionOrdered follows, so the payment clock, the legal hold and the LPSK's
 * payment records work as for restitution ordered otherwise. It orders an assessed restitution when named.
 */
export function decideRecordVerdict(command: RecordVerdict, state: CaseState, policy: CasePolicy): [VerdictRecorded] | [VerdictRecorded, RestitutionOrdered] {
  const file = legalTrackCase(command, state, 'police_investigator');
  const { data } = command;
  const verdictNumber = text(data.verdictNumber, 'verdictNumber', 100);
  const decidedOn = pastDate(data.decidedOn, command.metadata.now, 'decidedOn');
  const court = text(data.court, 'court', 200);
  const outcome = oneOf(data.outcome, VERDICT_OUTCOMES, 'outcome');
  const sentenceMonths = integer(data.sentenceMonths, 'sentenceMonths', 0, 1200);
  const amount = integer(data.restitutionOrderedAmount, 'restitutionOrderedAmount', 0, MAX_RUPIAH);
  const named = absent(data.restitutionId) ? null : id(data.restitutionId, 'restitutionId');
  if (outcome !== 'convicted' && (sentenceMonths > 0 || amount > 0)) {
    const field = sentenceMonths > 0 ? 'sentenceMonths' : 'restitutionOrderedAmount';
    throw new DomainError('VALIDATION.INVALID_VALUE', `only a conviction sentences or orders restitution (${outcome})`, { field });
  }
  if (named !== null && amount === 0) {
    throw new DomainError('VALIDATION.INVALID_VALUE', 'a verdict that orders no restitution names none', { field: 'restitutionId' });
  }
  notYetRecorded(file.criminalCase.verdictOn, 'verdict');
  afterStep(file, 'prosecution', decidedOn, 'decidedOn');
  const restitutionId = amount === 0 ? null : (named ?? 'restitution-verdict');
  const context = contextOf(command, file);
  const verdict: VerdictRecorded = {
    type: 'VerdictRecorded',
    data: { ...context, verdictNumber, decidedOn, court, outcome, sentenceMonths, restitutionOrderedAmount: amount, restitutionId },
  };
  if (restitutionId === null) return [verdict];
  const existing = file.restitutions[restitutionId];
  if (existing && existing.status !== 'assessed') {
    throw new DomainError('RESTITUTION.ALREADY_ORDERED', `restitution ${restitutionId} is already ordered`, { restitutionId });
  }
  const payBy = addDays(`${decidedOn}T00:00:00.000Z`, policy.restitutionPaymentDays).slice(0, 10);
  return [verdict, { type: 'RestitutionOrdered', data: { ...context, restitutionId, amount, verdictNumber, verdictFinalOn: decidedOn, payBy } }];
}

export function decideFileLpskApplication(command: FileLpskApplication, state: CaseState): [LpskApplicationFiled] {
  const file = legalTrackCase(command, state, 'lpsk_officer');
  const applicationId = id(command.data.applicationId, 'applicationId');
  const protections = someOf(command.data.protections, LPSK_PROTECTIONS, 'protections');
  const filedOn = pastDate(command.data.filedOn, command.metadata.now, 'filedOn');
  if (file.lpskApplications[applicationId]) {
    throw new DomainError('LPSK.ALREADY_EXISTS', `LPSK application ${applicationId} is already recorded`, { applicationId });
  }
  return [{ type: 'LpskApplicationFiled', data: { ...contextOf(command, file), applicationId, protections, filedOn } }];
}

export function decideRecordLpskDecision(command: RecordLpskDecision, state: CaseState): [LpskDecisionRecorded] {
  const file = legalTrackCase(command, state, 'lpsk_officer');
  const { data } = command;
  const decision = oneOf(data.decision, LPSK_DECISIONS, 'decision');
  const grantedProtections = someOf(data.grantedProtections, LPSK_PROTECTIONS, 'grantedProtections', decision === 'rejected' ? 0 : 1);
  if (decision === 'rejected' && grantedProtections.length > 0) {
    throw new DomainError('VALIDATION.INVALID_VALUE', 'a rejected application grants no protection', { field: 'grantedProtections' });
  }
  const decisionNumber = text(data.decisionNumber, 'decisionNumber', 100);
  const decidedOn = pastDate(data.decidedOn, command.metadata.now, 'decidedOn');
  const application = found(file.lpskApplications[data.applicationId], 'LPSK.NOT_FOUND', data.applicationId);
  if (application.decided) {
    throw new DomainError('LPSK.ALREADY_DECIDED', `LPSK application ${application.applicationId} is already decided`, {
      applicationId: application.applicationId,
    });
  }
  return [
    {
      type: 'LpskDecisionRecorded',
      data: { ...contextOf(command, file), applicationId: application.applicationId, decision, grantedProtections, decisionNumber, decidedOn },
    },
  ];
}

export function decideAssessRestitution(command: AssessRestitution, state: CaseState): [RestitutionAssessed] {
  const file = legalTrackCase(command, state, 'lpsk_officer');
  const restitutionId = id(command.data.restitutionId, 'restitutionId');
  const amount = integer(command.data.amount, 'amount', 1, MAX_RUPIAH);
  const assessedBy = oneOf(command.data.assessedBy, RESTITUTION_ASSESSORS, 'assessedBy');
  if (file.restitutions[restitutionId]) {
    throw new DomainError('RESTITUTION.ALREADY_EXISTS', `restitution ${restitutionId} is already recorded`, { restitutionId });
  }
  return [{ type: 'RestitutionAssessed', data: { ...contextOf(command, file), restitutionId, amount, assessedBy } }];
}

export function decideOrderRestitution(command: OrderRestitution, state: CaseState, policy: CasePolicy): [RestitutionOrdered] {
  const file = legalTrackCase(command, state, 'lpsk_officer');
  const { data } = command;
  const restitutionId = id(data.restitutionId, 'restitutionId');
  const amount = integer(data.amount, 'amount', 1, MAX_RUPIAH);
  const verdictNumber = text(data.verdictNumber, 'verdictNumber', 100);
  const verdictFinalOn = pastDate(data.verdictFinalOn, command.metadata.now, 'verdictFinalOn');
  const existing = file.restitutions[restitutionId];
  // A court may order restitution that was never assessed, but orders it only once.
  if (existing && existing.status !== 'assessed') {
    throw new DomainError('RESTITUTION.ALREADY_ORDERED', `restitution ${restitutionId} is already ordered`, { restitutionId });
  }
  const payBy = addDays(`${verdictFinalOn}T00:00:00.000Z`, policy.restitutionPaymentDays).slice(0, 10);
  return [{ type: 'RestitutionOrdered', data: { ...contextOf(command, file), restitutionId, amount, verdictNumber, verdictFinalOn, payBy } }];
}

function orderedRestitution(file: CaseFile, restitutionId: string): RestitutionState {
  const restitution = found(file.restitutions[restitutionId], 'RESTITUTION.NOT_FOUND', restitutionId);
  if (restitution.status === 'assessed') {
    throw new DomainError('RESTITUTION.NOT_ORDERED', `restitution ${restitutionId} has not been ordered by a court`, { restitutionId });
  }
  if (restitution.status !== 'ordered') {
    throw new DomainError('RESTITUTION.ALREADY_SETTLED', `restitution ${restitutionId} is already ${restitution.status}`, {
      restitutionId,
      status: restitution.status,
    });
  }
  return restitution;
}

export function decideRecordRestitutionPayment(command: RecordRestitutionPayment, state: CaseState): [RestitutionPaid] {
  const file = legalTrackCase(command, state, 'lpsk_officer');
  const amount = integer(command.data.amount, 'amount', 1, MAX_RUPIAH);
  const paidOn = pastDate(command.data.paidOn, command.metadata.now, 'paidOn');
  const restitution = orderedRestitution(file, command.data.restitutionId);
  const totalPaid = restitution.totalPaid + amount;
  return [
    {
      type: 'RestitutionPaid',
      data: {
        ...contextOf(command, file),
        restitutionId: restitution.restitutionId,
        amount,
        paidOn,
        totalPaid,
        fullyPaid: totalPaid >= restitution.amount,
      },
    },
  ];
}

export function decideRecordRestitutionDefault(command: RecordRestitutionDefault, state: CaseState): [RestitutionDefaulted] {
  const file = legalTrackCase(command, state, 'lpsk_officer');
  const reason = freeText(command.data.reason, 'reason', 1000);
  const restitution = orderedRestitution(file, command.data.restitutionId);
  return [
    {
      type: 'RestitutionDefaulted',
      data: {
        ...contextOf(command, file),
        restitutionId: restitution.restitutionId,
        unpaidAmount: restitution.amount - restitution.totalPaid,
        reason,
      },
    },
  ];
}

/** How `decide` finds each command of this area. */
export const LEGAL_DECIDERS: AreaDeciders<
  | 'FilePoliceReport'
  | 'RecordSpdp'
  | 'NameSuspects'
  | 'RecordCaseFileComplete'
  | 'StartProsecution'
  | 'RecordVerdict'
  | 'FileLpskApplication'
  | 'RecordLpskDecision'
  | 'AssessRestitution'
  | 'OrderRestitution'
  | 'RecordRestitutionPayment'
  | 'RecordRestitutionDefault'
> = {
  FilePoliceReport: decideFilePoliceReport,
  RecordSpdp: decideRecordSpdp,
  NameSuspects: decideNameSuspects,
  RecordCaseFileComplete: decideRecordCaseFileComplete,
  StartProsecution: decideStartProsecution,
  RecordVerdict: decideRecordVerdict,
  FileLpskApplication: decideFileLpskApplication,
  RecordLpskDecision: decideRecordLpskDecision,
  AssessRestitution: decideAssessRestitution,
  OrderRestitution: decideOrderRestitution,
  RecordRestitutionPayment: decideRecordRestitutionPayment,
  RecordRestitutionDefault: decideRecordRestitutionDefault,
};
