import {
  LPSK_DECISIONS,
  LPSK_PROTECTIONS,
  RESTITUTION_ASSESSORS,
  VERDICT_OUTCOMES,
  type LpskDecision,
  type LpskProtection,
  type RestitutionAssessor,
  type VerdictOutcome,
} from '@rujukan/domain';
import { Agency, CalendarDate, Integer, LocalId, OneOf, SomeOf, Text } from './dto-fields.js';
import { routesOf, type CaseRoute } from './command-route.js';
import { LEGAL_FORMS } from './legal.forms.js';

const RUPIAH = { description: 'Whole rupiah' };

export class FilePoliceReportDto {
  @Text({ max: 100, example: 'LP/B/123/III/2025/SPKT/POLDA KALTIM', description: 'Police report (LP) number' }) reportNumber!: string;
  @Text({ max: 200, example: 'Subdit IV Renakta Ditreskrimum' }) unit!: string;
  @Agency() policeAgency!: string;
  @CalendarDate() filedOn!: string;
}

export class RecordSpdpDto {
  @Text({ max: 100, example: 'SPDP/45/III/2025/Ditreskrimum', description: 'Notice that the investigation started (SPDP) number' }) spdpNumber!: string;
  @CalendarDate() issuedOn!: string;
}

export class NameSuspectsDto {
  @Integer(1, 1000) count!: number;
  @Text({ max: 2000, optional: true, description: "The suspects' names as the police gave them; sealed with the victim's key" }) names?: string;
  @CalendarDate() namedOn!: string;
}

export class RecordCaseFileCompleteDto {
  @CalendarDate({ description: 'The day the prosecutor declared the case file complete (P-21)' }) completeOn!: string;
}

export class StartProsecutionDto {
  @CalendarDate() startedOn!: string;
  @Text({ max: 200, example: 'PN Nunukan' }) court!: string;
}

export class RecordVerdictDto {
  @Text({ max: 100, example: '12/Pid.Sus/2025/PN Nnk' }) verdictNumber!: string;
  @CalendarDate({ description: 'The day the verdict became final' }) decidedOn!: string;
  @Text({ max: 200, example: 'PN Nunukan' }) court!: string;
  @OneOf(VERDICT_OUTCOMES) outcome!: VerdictOutcome;
  @Integer(0, 1200, { description: 'Prison sentence in months (0 unless convicted)' }) sentenceMonths!: number;
  @Integer(0, 1e13, { description: 'Whole rupiah of restitution the verdict orders (0: none)' }) restitutionOrderedAmount!: number;
  @LocalId({ optional: true, example: 'restitution-1', description: 'The assessed restitution the verdict orders; default `restitution-verdict`' })
  restitutionId?: string;
}

export class FileLpskApplicationDto {
  @LocalId({ example: 'lpsk-1' }) applicationId!: string;
  @SomeOf(LPSK_PROTECTIONS) protections!: LpskProtection[];
  @CalendarDate() filedOn!: string;
}

export class RecordLpskDecisionDto {
  @LocalId({ example: 'lpsk-1' }) applicationId!: string;
  @OneOf(LPSK_DECISIONS) decision!: LpskDecision;
  @SomeOf(LPSK_PROTECTIONS, { optional: true }) grantedProtections?: LpskProtection[];
  @Text({ max: 100 }) decisionNumber!: string;
  @CalendarDate() decidedOn!: string;
}

export class AssessRestitutionDto {
  @LocalId({ example: 'restitution-1' }) restitutionId!: string;
  @Integer(1, 1e13, RUPIAH) amount!: number;
  @OneOf(RESTITUTION_ASSESSORS) assessedBy!: RestitutionAssessor;
}

export class OrderRestitutionDto {
  @LocalId({ example: 'restitution-1' }) restitutionId!: string;
  @Integer(1, 1e13, RUPIAH) amount!: number;
  @Text({ max: 100, example: '12/Pid.Sus/2025/PN Nnk' }) verdictNumber!: string;
  @CalendarDate() verdictFinalOn!: string;
}

export class RecordRestitutionPaymentDto {
  @LocalId({ example: 'restitution-1' }) restitutionId!: string;
  @Integer(1, 1e13, RUPIAH) amount!: number;
  @CalendarDate() paidOn!: string;
}

export class RecordRestitutionDefaultDto {
  @LocalId({ example: 'restitution-1' }) restitutionId!: string;
  @Text() reason!: string;
}

/** The routes of this area's commands, each with the DTO above that its body is validated into. */
export const LEGAL_ROUTES: readonly CaseRoute[] = routesOf(LEGAL_FORMS, 'legal', {
  FilePoliceReport: { body: FilePoliceReportDto, summary: 'Record the police report (LP) filed' },
  RecordSpdp: { body: RecordSpdpDto, summary: 'Record the SPDP (notice that the investigation started), as the police report it' },
  NameSuspects: { body: NameSuspectsDto, summary: 'Record suspects named (their names sealed)' },
  RecordCaseFileComplete: { body: RecordCaseFileCompleteDto, summary: "Record the prosecutor's P-21: the case file is complete" },
  StartProsecution: { body: StartProsecutionDto, summary: 'Record that the prosecution started in court' },
  RecordVerdict: { body: RecordVerdictDto, summary: "Record the court's final verdict; restitution it orders starts the payment clock" },
  FileLpskApplication: { body: FileLpskApplicationDto, summary: 'Record an application for LPSK protection' },
  RecordLpskDecision: { body: RecordLpskDecisionDto, summary: "Record LPSK's decision" },
  AssessRestitution: { body: AssessRestitutionDto, summary: 'Record the assessed restitution' },
  OrderRestitution: { body: OrderRestitutionDto, summary: 'Record restitution ordered by a final verdict' },
  RecordRestitutionPayment: { body: RecordRestitutionPaymentDto, summary: 'Record a restitution payment' },
  RecordRestitutionDefault: { body: RecordRestitutionDefaultDto, summary: 'Record that the offender defaulted on restitution' },
});
