import { ROLES, SERVICE_ROLES, type Actor, type ActorRole } from './actor.js';
import { rulesBy } from './case-command-rules.js';
import type { CaseCommandType } from './case.commands.js';
import { DomainError } from './domain-error.js';

/**
 * The permission matrix: for every command and every query, the roles that may ask at all. It is the
 * first check of every HTTP route (one guard reads it) and the README's table is printed from it.
 * Whether this agency may act on this case (owner, referral holder, transfer target) is the second
 * check, made by the domain's access rules (`case.access.ts`) against the case's state; a spec proves
 * that no role outside this matrix ever gets past them.
 */
export const QUERY_PERMISSIONS = [
  /** GET /queues/mine */
  'queue.read',
  /** GET /queues/team: the caseload and overdue items of each caseworker of the supervisor's agency; GET /queues/supervisor: her inbox */
  'team.read',
  /** GET /cases/:id, GET /cases/:id/timeline */
  'case.read',
  /** GET /cases: the cases the caller may see, filtered or searched */
  'case.list',
  /** GET /duplicates: possible duplicates of the agency's cases, found at registration */
  'duplicates.read',
  /** PUT /duplicates/:id/decision: linked, or not the same person */
  'duplicates.decide',
  /** GET /cases/:id/identity: the victim's identity fields this agency may see */
  'identity.read',
  /** GET /cases/:id/documents, /cases/:id/documents/:documentId: the documents this agency may see, as identity */
  'document.read',
  /** GET /cases/:id/letters/*: printed letters (referral, summary, handover) with what this agency may see, and their verification */
  'letter.read',
  /** GET /audit/* */
  'audit.read',
  /** GET /stats/*: counts only, within the caller's region */
  'stats.read',
  /** GET /exports/htcds: de-identified, k-anonymous case records, within the caller's region */
  'exports.read',
  /** GET /agencies: the active agencies' codes, names and types, so every reader sees names, not codes */
  'agencies.read',
  /** GET /admin/agencies, /admin/users */
  'directory.read',
  /** PUT /admin/agencies/:code, /admin/users/:userId */
  'directory.manage',
  /** GET /plans, /plans/:id: the action plans of the caller's own task force (auditors: every plan) */
  'plan.read',
  /** POST /plans, /plans/:id/items, …: a coordinator of the task force that owns the plan */
  'plan.manage',
  /** GET /admin/webhooks, /admin/notifications/dead-letters: the webhook subscriptions and the deliveries that failed */
  'notifications.read',
  /** POST /admin/webhooks, /admin/webhooks/:id/deactivate, /admin/notifications/dead-letters/:id/replay */
  'notifications.manage',
  /** GET /mous, /mous/:id: the MoU register (no victim data) */
  'mou.read',
  /** POST /mous, /mous/:id/renew, /mous/:id/terminate: a task-force coordinator */
  'mou.manage',
  /** GET /exports/simfoni: identified records for SIMFONI-PPA, of the caller's own agency's cases shared by consent */
  'exports.simfoni',
] as const;
export type QueryPermission = (typeof QUERY_PERMISSIONS)[number];
export type Permission = CaseCommandType | QueryPermission;

const SERVICE: readonly ActorRole[] = SERVICE_ROLES;

/** Commands: the roles each command's rules name (`<area>.rules.ts`); queries: below. */
export const PERMISSION_MATRIX: Readonly<Record<Permission, readonly ActorRole[]>> = {
  ...rulesBy((rules) => rules.roles),
  // queries
  'queue.read': SERVICE,
  'team.read': ['supervisor'],
  'case.read': SERVICE,
  'case.list': SERVICE,
  // A possible duplicate names another agency's case: its supervisors decide, as they answer for the agency's cases.
  'duplicates.read': ['supervisor'],
  'duplicates.decide': ['supervisor'],
  'identity.read': SERVICE,
  // A document is the victim's papers: read on the same terms as her identity (the owner; others on consent or override).
  'document.read': SERVICE,
  // A letter prints what the reader's view of the case holds, no more: whoever reads the case may print it.
  'letter.read': SERVICE,
  'audit.read': ['auditor'],
  'stats.read': ['task_force_analyst'],
  // De-identified records (k-anonymous): the task forces' analysts and the auditors, each within the region of their agency.
  'exports.read': ['task_force_analyst', 'auditor'],
  // Which agencies there are (code, name, type, region) is no secret: every signed-in role reads it to show names.
  'agencies.read': ROLES,
  // Administrators keep the directory of agencies and users; they read no case.
  'directory.read': ['administrator'],
  'directory.manage': ['administrator'],
  // A task force's action plan: its coordinator writes it, its analysts read it, auditors read every plan.
  'plan.read': ['task_force_coordinator', 'task_force_analyst', 'auditor'],
  'plan.manage': ['task_force_coordinator'],
  // Administrators register agencies' webhooks and replay failed deliveries; a notification carries no victim data.
  'notifications.read': ['administrator'],
  'notifications.manage': ['administrator'],
  // The MoU register: coordinators keep it; analysts and auditors read it, and so do the case staff who name an MoU in a transfer.
  'mou.read': ['task_force_coordinator', 'task_force_analyst', 'auditor', 'caseworker', 'supervisor'],
  'mou.manage': ['task_force_coordinator'],
  // SIMFONI-PPA records identify the victim: the supervisor of the agency that owns the case, as for every identity read.
  'exports.simfoni': ['supervisor'],
};

export function isPermitted(role: ActorRole, permission: Permission): boolean {
  return PERMISSION_MATRIX[permission].includes(role);
}

/** Refuses (AUTH.FORBIDDEN, rule `permission`) a role the matrix does not name for this permission. */
export function requirePermission(actor: Actor, permission: Permission): void {
  if (!isPermitted(actor.role, permission)) {
    throw new DomainError('AUTH.FORBIDDEN', `the role ${actor.role} may not ${permission}`, {
      rule: 'permission',
      permission,
      role: actor.role,
      agency: actor.agency,
    });
  }
}
