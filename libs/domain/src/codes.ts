/** Every machine-readable code a domain rule can refuse a command with. */
export const ERROR_CODES = [
  'CASE.NOT_FOUND',
  'CASE.ALREADY_EXISTS',
  'CASE.CLOSED',
  'CASE.NOT_CLOSED',
  'CASE.NOT_IN_STAGE',
  'CASE.INVALID_STAGE_TRANSITION',
  'CASE.STAGE_REQUIREMENTS_NOT_MET',
  'CASE.STAGE_NOT_SKIPPABLE',
  'CASE.VICTIM_ALREADY_REGISTERED',
  'CASE.VICTIM_NOT_REGISTERED',
  'CASE.CLOSURE_ALREADY_REQUESTED',
  'CASE.NO_CLOSURE_REQUESTED',
  'CASE.OPEN_REFERRALS',
  'CASE.OPEN_SHELTER_PLACEMENT',
  'CASE.UNPAID_RESTITUTION',
  'CONSENT.REQUIRED',
  'CONSENT.NOT_FOUND',
  'CONSENT.ALREADY_EXISTS',
  'CONSENT.ALREADY_WITHDRAWN',
  'ASSESSMENT.NOT_FOUND',
  'ASSESSMENT.ALREADY_EXISTS',
  'ASSESSMENT.ALREADY_APPROVED',
  'ASSESSMENT.SUPERSEDED',
  'SERVICE.NOT_FOUND',
  'SERVICE.ALREADY_EXISTS',
  'SERVICE.ALREADY_DELIVERED',
  'SERVICE.ALREADY_FLAGGED',
  'SERVICE.NOT_DUE',
  'SHELTER.NOT_FOUND',
  'SHELTER.ALREADY_EXISTS',
  'SHELTER.ALREADY_PLACED',
  'SHELTER.ALREADY_ENDED',
  'REPATRIATION.NOT_PLANNED',
  'REPATRIATION.NO_HANDOVER',
  'REPATRIATION.ALREADY_COMPLETED',
  'REINTEGRATION.NO_APPROVED_PLAN',
  'REINTEGRATION.NO_FOLLOW_UP_VISIT',
  'REINTEGRATION.ALREADY_COMPLETED',
  'POLICE_REPORT.ALREADY_RECORDED',
  'LEGAL.STEP_NOT_REACHED',
  'LEGAL.ALREADY_RECORDED',
  'LPSK.NOT_FOUND',
  'LPSK.ALREADY_EXISTS',
  'LPSK.ALREADY_DECIDED',
  'RESTITUTION.NOT_FOUND',
  'RESTITUTION.ALREADY_EXISTS',
  'RESTITUTION.ALREADY_ORDERED',
  'RESTITUTION.NOT_ORDERED',
  'RESTITUTION.ALREADY_SETTLED',
  'REFERRAL.NOT_FOUND',
  'REFERRAL.ALREADY_EXISTS',
  'REFERRAL.ALREADY_ANSWERED',
  'REFERRAL.NOT_ACCEPTED',
  'REFERRAL.NOT_DUE',
  'TRANSFER.NOT_FOUND',
  'TRANSFER.ALREADY_EXISTS',
  'TRANSFER.ALREADY_PENDING',
  'TRANSFER.ALREADY_ANSWERED',
  'IDENTITY.LEGAL_HOLD',
  'IDENTITY.ALREADY_ERASED',
  'IDENTITY.ERASED',
  'AUTH.FORBIDDEN',
  'VALIDATION.REQUIRED',
  'VALIDATION.TOO_LONG',
  'VALIDATION.INVALID_VALUE',
  'VALIDATION.INVALID_FORMAT',
  'VALIDATION.OUT_OF_RANGE',
  'VALIDATION.DISTRICT_NOT_IN_PROVINCE',
  'VALIDATION.AGE_INCONSISTENT',
  'VALIDATION.GUARDIAN_REQUIRED',
  'VALIDATION.NOT_IN_FUTURE',
  'VALIDATION.SAME_AGENCY',
  'AGENCY.UNKNOWN',
  'AGENCY.INACTIVE',
  'AGENCY.WRONG_TYPE',
  'USER.NOT_FOUND',
  'USER.OTHER_AGENCY',
  'USER.NOT_CASEWORKER',
  'USER.INACTIVE',
  'ASSIGNMENT.UNCHANGED',
  'DOCUMENT.ALREADY_ATTACHED',
  'PLAN.NOT_FOUND',
  'PLAN.ALREADY_EXISTS',
  'PLAN_ITEM.NOT_FOUND',
  'PLAN_ITEM.ALREADY_EXISTS',
  'PLAN_ITEM.COMPLETED',
  'PLAN.CONCURRENT_UPDATE',
  'WEBHOOK.NOT_FOUND',
  'NOTIFICATION.NOT_FOUND',
  'DUPLICATE.NOT_FOUND',
  'MOU.NOT_FOUND',
  'MOU.ALREADY_EXISTS',
  'MOU.TERMINATED',
  'MOU.CONCURRENT_UPDATE',
  'MOU.UNKNOWN',
  'PORT.UNKNOWN',
  'MOU.NOT_IN_FORCE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Which rule of `AUTH.FORBIDDEN` refused the actor, in the error's details. */
export type AccessRule =
  | 'permission'
  | 'known_role'
  | 'case_staff'
  | 'owner_staff'
  | 'owner_supervisor'
  | 'owner_staff_or_participant'
  | 'referral_receiver'
  | 'referral_sender'
  | 'transfer_target'
  | 'case_viewer'
  | 'plan_owner'
  | 'mou_owner'
  | 'mou_party'
  | 'system';

export type ErrorCategory = 'not_found' | 'forbidden' | 'validation' | 'conflict' | 'unprocessable';

/** How a transport maps a code: not_found → 404, forbidden → 403, validation → 400, conflict → 409, unprocessable → 422. */
export function errorCategory(code: ErrorCode): ErrorCategory {
  if (code.endsWith('.NOT_FOUND')) return 'not_found';
  // A well-formed request naming an agency the directory refuses: the directory, not the request, is wrong for it.
  if (code.startsWith('AGENCY.')) return 'unprocessable';
  // The same for a user the directory holds but who cannot take what the command gives (another agency, another role).
  if (code.startsWith('USER.')) return 'unprocessable';
  // A transfer naming an MoU the register does not hold, or holds as not in force: the register is the authority.
  if (code === 'MOU.UNKNOWN' || code === 'MOU.NOT_IN_FORCE') return 'unprocessable';
  // So with a transit point's port: the ports list is the authority.
  if (code === 'PORT.UNKNOWN') return 'unprocessable';
  if (code.startsWith('AUTH.')) return 'forbidden';
  if (code.startsWith('VALIDATION.')) return 'validation';
  return 'conflict';
}
