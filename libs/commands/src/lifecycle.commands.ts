import { CLOSURE_REASONS, OPEN_STAGES, type ClosureReason, type OpenStage } from '@rujukan/domain';
import { OneOf, Text } from './dto-fields.js';
import { routesOf, type CaseRoute } from './command-route.js';
import { LIFECYCLE_FORMS } from './lifecycle.forms.js';

/** Commands that carry nothing beyond the case (and the actor from the token). */
export class EmptyDto {}

export class AdvanceStageDto {
  @OneOf(OPEN_STAGES) to!: OpenStage;
}

export class SkipStageDto {
  @OneOf(OPEN_STAGES) stage!: OpenStage;
  @Text() reason!: string;
}

export class RequestClosureDto {
  @OneOf(CLOSURE_REASONS) reason!: ClosureReason;
  @Text({ optional: true }) note?: string;
  @Text({ optional: true, description: 'Why the case may close while ordered restitution is neither paid nor defaulted' })
  unpaidRestitutionReason?: string;
}

export class ReasonDto {
  @Text() reason!: string;
}

export class ReopenCaseDto {
  @Text() reason!: string;
  @OneOf(OPEN_STAGES, { optional: true, description: 'Defaults to the stage the case was closed from' }) stage?: OpenStage;
}

/** The routes of this area's commands, each with the DTO above that its body is validated into. */
export const LIFECYCLE_ROUTES: readonly CaseRoute[] = routesOf(LIFECYCLE_FORMS, 'lifecycle', {
  AdvanceStage: { body: AdvanceStageDto, summary: 'Move the case to the next stage' },
  SkipStage: { body: SkipStageDto, summary: 'Skip a stage that does not apply, with a reason' },
  RequestClosure: { body: RequestClosureDto, summary: 'Request closure of the case' },
  ApproveClosure: { body: EmptyDto, summary: 'Supervisor approval of the requested closure: closes the case' },
  RejectClosure: { body: ReasonDto, summary: 'Supervisor rejection of the requested closure' },
  ReopenCase: { body: ReopenCaseDto, summary: 'Supervisor reopens a closed case' },
});
