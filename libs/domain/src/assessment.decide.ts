import { requireOwnerStaff, requireOwnerSupervisor } from './case.access.js';
import type { ApproveAssessment, RecordAssessment } from './case.commands.js';
import type { AssessmentApproved, AssessmentRecorded, TraffickingIndicators } from './case.events.js';
import { contextOf, found, requireCase, requireStageFor } from './case.guards.js';
import type { CaseState } from './case.state.js';
import { EXPLOITATION_TYPES, MEANS_OF_CONTROL, MODUS, NEEDS, RECRUITMENT_METHODS, RISK_LEVELS, VICTIM_STATUSES, type VictimStatus } from './case.values.js';
import { DomainError } from './domain-error.js';
import { absent, countryCode, id, listOf, oneOf, someOf } from './validation.js';
import type { AreaDeciders } from './command-rules.js';
import { portCodeOf, type ResolvedPorts } from './transit-points.js';

/**
 * Each transit point a port code the list holds (resolved by the caller into `ports`), or `other`; a name of the old
 * fixed list is taken as the code it stands for. Each once. A code the list does not hold is refused (PORT.UNKNOWN).
 */
function transitPointsOf(values: unknown, ports: ResolvedPorts): string[] {
  const codes = listOf(values, 'indicators.transitPoints').map((point, index) => portCodeOf(point, ports, `indicators.transitPoints[${index}]`));
  return [...new Set(codes)];
}

function indicatorsOf(value: unknown, victimStatus: VictimStatus, ports: ResolvedPorts): TraffickingIndicators {
  if (absent(value) || typeof value !== 'object') {
    throw new DomainError('VALIDATION.REQUIRED', 'indicators are required', { field: 'indicators' });
  }
  const indicators = value as Partial<Record<keyof TraffickingIndicators, unknown>>;
  // A confirmed victim is one because of some form of exploitation; at intake a presumed victim's is often not known yet.
  const minimumExploitation = victimStatus === 'confirmed' ? 1 : 0;
  return {
    recruitmentMethods: someOf(indicators.recruitmentMethods, RECRUITMENT_METHODS, 'indicators.recruitmentMethods', 0),
    meansOfControl: someOf(indicators.meansOfControl, MEANS_OF_CONTROL, 'indicators.meansOfControl', 0),
    exploitationTypes: someOf(indicators.exploitationTypes, EXPLOITATION_TYPES, 'indicators.exploitationTypes', minimumExploitation),
    destinationCountry: countryCode(indicators.destinationCountry, 'indicators.destinationCountry'),
    transitPoints: transitPointsOf(indicators.transitPoints, ports),
    modus: someOf(indicators.modus, MODUS, 'indicators.modus', 0),
  };
}

export function decideRecordAssessment(command: RecordAssessment, state: CaseState): [AssessmentRecorded] {
  const file = requireCase(state, command.data.caseId);
  requireOwnerStaff(file, command.metadata.actor);
  requireStageFor(file, command.type);
  const { data } = command;
  const assessmentId = id(data.assessmentId, 'assessmentId');
  const victimStatus = oneOf(data.victimStatus, VICTIM_STATUSES, 'victimStatus');
  const indicators = indicatorsOf(data.indicators, victimStatus, command.metadata.ports ?? {});
  const riskLevel = oneOf(data.riskLevel, RISK_LEVELS, 'riskLevel');
  const needs = someOf(data.needs, NEEDS, 'needs', 0);
  if (file.assessments[assessmentId]) {
    throw new DomainError('ASSESSMENT.ALREADY_EXISTS', `assessment ${assessmentId} is already recorded`, { assessmentId });
  }
  return [
    {
      type: 'AssessmentRecorded',
      data: { ...contextOf(command, file), assessmentId, indicators, victimStatus, riskLevel, needs },
    },
  ];
}

export function decideApproveAssessment(command: ApproveAssessment, state: CaseState): [AssessmentApproved] {
  const file = requireCase(state, command.data.caseId);
  requireOwnerSupervisor(file, command.metadata.actor);
  requireStageFor(file, command.type);
  const assessment = found(file.assessments[command.data.assessmentId], 'ASSESSMENT.NOT_FOUND', command.data.assessmentId);
  if (assessment.approved) {
    throw new DomainError('ASSESSMENT.ALREADY_APPROVED', `assessment ${assessment.assessmentId} is already approved`, {
      assessmentId: assessment.assessmentId,
    });
  }
  if (file.latestAssessmentId !== assessment.assessmentId) {
    throw new DomainError('ASSESSMENT.SUPERSEDED', 'a later assessment replaced this one; approve the latest', {
      assessmentId: assessment.assessmentId,
      latestAssessmentId: file.latestAssessmentId,
    });
  }
  return [
    {
      type: 'AssessmentApproved',
      data: { ...contextOf(command, file), assessmentId: assessment.assessmentId, victimStatus: assessment.victimStatus },
    },
  ];
}

/** How `decide` finds each command of this area. */
export const ASSESSMENT_DECIDERS: AreaDeciders<'RecordAssessment' | 'ApproveAssessment'> = {
  RecordAssessment: decideRecordAssessment,
  ApproveAssessment: decideApproveAssessment,
};
