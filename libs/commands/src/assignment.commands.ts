import { CASE_NOTE_KINDS, CASE_NOTE_MAX_LENGTH, USER_ID_PATTERN, type CaseNoteKind } from '@rujukan/domain';
import { AgencyList, OneOf, Pattern, Text } from './dto-fields.js';
import { routesOf, type CaseRoute } from './command-route.js';
import { ASSIGNMENT_FORMS } from './assignment.forms.js';

export class AssignCaseDto {
  // A user id, not text a person writes: refused with 400 before the directory is asked when it cannot be one.
  @Pattern(USER_ID_PATTERN, 'must be a user id: 1-128 letters, digits, . _ @ : -', {
    description:
      'The user id of an active caseworker of the owning agency, as the directory records it (404 USER.NOT_FOUND; 422 USER.OTHER_AGENCY, USER.NOT_CASEWORKER, USER.INACTIVE)',
    example: 'siti.rahma',
  })
  assignee!: string;
}

export class AddCaseNoteDto {
  @OneOf(CASE_NOTE_KINDS, { description: '`note`, or `kronologi`: an entry of the chronology of the case as told' }) kind!: CaseNoteKind;
  @Text({ max: CASE_NOTE_MAX_LENGTH, description: "Sealed with the victim's key before it is stored; erased with it" }) text!: string;
  @AgencyList({
    optional: true,
    description: "Agencies that may read it besides the owner and the author's: each covered by the victim's consent to share (409 CONSENT.REQUIRED otherwise)",
  })
  sharedWith?: string[];
}

/** The routes of this area's commands, each with the DTO above that its body is validated into. */
export const ASSIGNMENT_ROUTES: readonly CaseRoute[] = routesOf(ASSIGNMENT_FORMS, 'cases', {
  AssignCase: { body: AssignCaseDto, summary: "A supervisor assigns (or reassigns) the case to one of her agency's caseworkers" },
  AddCaseNote: { body: AddCaseNoteDto, summary: 'Add a note or a kronologi entry, shared with the agencies chosen within what consent allows' },
});
