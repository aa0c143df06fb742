import { LPSK_DECISIONS, LPSK_PROTECTIONS, RESTITUTION_ASSESSORS, type LpskDecision, type LpskProtection, type RestitutionAssessor } from '@rujukan/domain';
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
  FileLpskApplication: { body: FileLpskApplicationDto, summary: 'Record an application for LPSK protection' },
  RecordLpskDecision: { body: RecordLpskDecisionDto, summary: "Record LPSK's decision" },
  AssessRestitution: { body: AssessRestitutionDto, summary: 'Record the assessed restitution' },
  OrderRestitution: { body: OrderRestitutionDto, summary: 'Record restitution ordered by a final verdict' },
  RecordRestitutionPayment: { body: RecordRestitutionPaymentDto, summary: 'Record a restitution payment' },
  RecordRestitutionDefault: { body: RecordRestitutionDefaultDto, summary: 'Record that the offender defaulted on restitution' },
});
