import { CLOSURE_REASONS, OPEN_STAGES, type ClosureReason, type OpenStage } from '@rujukan/domain';
import { OneOf, Text } from './dto-fields.js';

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
