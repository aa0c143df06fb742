import type { Actor, Role } from './actor.js';
import { CASE_STAFF_ROLES, ROLES, SERVICE_ROLES, SYSTEM_ROLE } from './actor.js';
import type { AccessRule } from './codes.js';
import type { CaseFile, ReferralState, TransferState } from './case.state.js';
import { caseViewers, participatingAgencies } from './case.state.js';
import { DomainError } from './domain-error.js';

function forbid(rule: AccessRule, message: string, actor: Actor): never {
  throw new DomainError('AUTH.FORBIDDEN', message, { rule, role: actor.role, agency: actor.agency });
}

const hasRole = (actor: Actor, roles: readonly Role[]): boolean => (roles as readonly string[]).includes(actor.role);

export function requireKnownRole(actor: Actor): void {
  if (actor.role !== SYSTEM_ROLE && !hasRole(actor, ROLES)) forbid('known_role', `unknown role ${String(actor.role)}`, actor);
}

/** Any agency's caseworker or supervisor may open a case; their agency becomes its owner. */
export function requireCaseStaff(actor: Actor): void {
  if (!hasRole(actor, CASE_STAFF_ROLES)) forbid('case_staff', 'only a caseworker or supervisor opens a case', actor);
}

export function requireOwnerStaff(state: CaseFile, actor: Actor): void {
  if (actor.agency !== state.ownerAgency || !hasRole(actor, CASE_STAFF_ROLES)) {
    forbid('owner_staff', "only the owning agency's caseworkers and supervisors change this case", actor);
  }
}

export function requireOwnerSupervisor(state: CaseFile, actor: Actor): void {
  if (actor.agency !== state.ownerAgency || actor.role !== 'supervisor') {
    forbid('owner_supervisor', 'only a supervisor of the owning agency may do this', actor);
  }
}

/** Owner staff, or an agency holding an accepted referral acting in one of the given roles (e.g. police for the LP). */
export function requireOwnerStaffOrParticipant(state: CaseFile, actor: Actor, roles: readonly Role[]): void {
  const isOwnerStaff = actor.agency === state.ownerAgency && hasRole(actor, CASE_STAFF_ROLES);
  const isParticipant = hasRole(actor, roles) && participatingAgencies(state).includes(actor.agency);
  if (!isOwnerStaff && !isParticipant) {
    forbid('owner_staff_or_participant', 'only the owning agency or an agency serving this case in that role may record this', actor);
  }
}

export function requireReferralReceiver(referral: ReferralState, actor: Actor): void {
  if (actor.agency !== referral.toAgency || !hasRole(actor, SERVICE_ROLES)) {
    forbid('referral_receiver', 'only the receiving agency answers this referral', actor);
  }
}

/** The owning agency is the sending side: after a transfer it inherits the referrals still open. */
export function requireReferralSender(state: CaseFile, actor: Actor): void {
  if (actor.agency !== state.ownerAgency || !hasRole(actor, CASE_STAFF_ROLES)) {
    forbid('referral_sender', 'only the sending agency withdraws this referral', actor);
  }
}

export function requireSystem(actor: Actor): void {
  if (actor.role !== SYSTEM_ROLE) forbid('system', 'only the deadline sweep acts on a missed deadline', actor);
}

export function requireTransferTarget(transfer: TransferState, actor: Actor): void {
  if (actor.agency !== transfer.toAgency || !hasRole(actor, CASE_STAFF_ROLES)) {
    forbid('transfer_target', "only the target agency's caseworkers and supervisors answer this transfer", actor);
  }
}

/** An agency that may see the case (`caseViewers`), acting in one of the given roles. */
export function requireCaseViewer(state: CaseFile, actor: Actor, roles: readonly Role[]): void {
  if (!hasRole(actor, roles) || !caseViewers(state).has(actor.agency)) {
    forbid('case_viewer', 'only an agency that may see this case writes on it', actor);
  }
}
