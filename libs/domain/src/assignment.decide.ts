import { AGENCY_TYPES, SERVICE_ROLES, type AgencyType, type DirectoryUser } from './actor.js';
import { resolvedAgency } from './agency.js';
import { requireCaseViewer, requireOwnerSupervisor } from './case.access.js';
import type { AddCaseNote, AssignCase } from './case.commands.js';
import type { CaseAssigned, CaseNoteAdded } from './case.events.js';
import { contextOf, requireCase, requireStageFor } from './case.guards.js';
import type { CaseFile } from './case.state.js';
import { sharingBasisFor } from './case.state.js';
import { CASE_NOTE_KINDS, CASE_NOTE_MAX_LENGTH, CASE_NOTE_MAX_SHARED } from './case.values.js';
import type { AreaDeciders } from './command-rules.js';
import { DomainError } from './domain-error.js';
import { agencyCode, freeText, id, listOf, oneOf } from './validation.js';

/**
 * The directory's record of the user a command names, refused when it holds none (`USER.NOT_FOUND`), when the user
 * no longer acts (`USER.INACTIVE`), belongs to another agency (`USER.OTHER_AGENCY`) or is no caseworker
 * (`USER.NOT_CASEWORKER`). The request only names the user; who they are is the directory's to say.
 */
function assignableUser(command: AssignCase, file: CaseFile, userId: string): DirectoryUser {
  const users = command.metadata.users;
  const user = users && Object.hasOwn(users, userId) ? users[userId] : undefined;
  if (!user) throw new DomainError('USER.NOT_FOUND', `user ${userId} is not in the directory`, { field: 'assignee', userId });
  if (!user.active) throw new DomainError('USER.INACTIVE', `user ${userId} no longer acts`, { field: 'assignee', userId });
  if (user.agency !== file.ownerAgency) {
    throw new DomainError('USER.OTHER_AGENCY', `user ${userId} does not work for ${file.ownerAgency}, which owns the case`, { field: 'assignee', userId });
  }
  if (user.role !== 'caseworker') {
    throw new DomainError('USER.NOT_CASEWORKER', `user ${userId} is ${user.role}; a case is assigned to a caseworker`, {
      field: 'assignee',
      userId,
      role: user.role,
    });
  }
  return user;
}

export function decideAssignCase(command: AssignCase, state: Parameters<typeof requireCase>[0]): [CaseAssigned] {
  const file = requireCase(state, command.data.caseId);
  requireOwnerSupervisor(file, command.metadata.actor);
  requireStageFor(file, command.type);
  const assignee = id(command.data.assignee, 'assignee');
  assignableUser(command, file, assignee);
  if (file.assignee === assignee) {
    throw new DomainError('ASSIGNMENT.UNCHANGED', `the case is already assigned to ${assignee}`, { field: 'assignee', assignee });
  }
  return [{ type: 'CaseAssigned', data: { ...contextOf(command, file), assignee, previousAssignee: file.assignee } }];
}

/**
 * Who besides the owner and the author may read a note: an agency the victim's consent to share covers (by code
 * or by type) or a recorded override for it, the same basis identity goes to an agency on (`sharingBasisFor`).
 */
function sharedWith(command: AddCaseNote, file: CaseFile): string[] {
  const codes = [...new Set(listOf(command.data.sharedWith, 'sharedWith').map((code, i) => agencyCode(code, `sharedWith[${i}]`)))];
  if (codes.length > CASE_NOTE_MAX_SHARED) {
    throw new DomainError('VALIDATION.OUT_OF_RANGE', `a note is shared with at most ${CASE_NOTE_MAX_SHARED} agencies`, { field: 'sharedWith' });
  }
  const always = new Set([file.ownerAgency, command.metadata.actor.agency]);
  for (const code of codes) {
    if (always.has(code)) continue;
    const type: AgencyType = resolvedAgency(command.metadata.agencies, code, 'sharedWith', AGENCY_TYPES).type;
    // A note is no referral: only an override for every referral of that agency stands for it.
    const basis = sharingBasisFor(file, code, type, '');
    if (basis === null) {
      throw new DomainError('CONSENT.REQUIRED', `the victim has not consented to share with ${code}; a note cannot go to it`, {
        field: 'sharedWith',
        toAgency: code,
        toAgencyType: type,
      });
    }
  }
  return [...always, ...codes.filter((code) => !always.has(code))];
}

export function decideAddCaseNote(command: AddCaseNote, state: Parameters<typeof requireCase>[0]): [CaseNoteAdded] {
  const file = requireCase(state, command.data.caseId);
  requireCaseViewer(file, command.metadata.actor, SERVICE_ROLES);
  requireStageFor(file, command.type);
  const kind = oneOf(command.data.kind, CASE_NOTE_KINDS, 'kind');
  const text = freeText(command.data.text, 'text', CASE_NOTE_MAX_LENGTH);
  const visibleTo = sharedWith(command, file);
  return [{ type: 'CaseNoteAdded', data: { ...contextOf(command, file), kind, text, authorAgency: command.metadata.actor.agency, visibleTo } }];
}

/** How `decide` finds each command of this area. */
export const ASSIGNMENT_DECIDERS: AreaDeciders<'AssignCase' | 'AddCaseNote'> = {
  AssignCase: decideAssignCase,
  AddCaseNote: decideAddCaseNote,
};
