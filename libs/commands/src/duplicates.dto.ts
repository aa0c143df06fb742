import { DUPLICATE_DECISIONS, type DuplicateDecision } from '@rujukan/domain';
import { OneOf } from './dto-fields.js';

/** A supervisor's decision on a possible duplicate. */
export class DuplicateDecisionDto {
  @OneOf(DUPLICATE_DECISIONS, { description: 'linked: the same person, the two agencies work together; not_same_person: two people' })
  decision!: DuplicateDecision;
}
