import { ASSESSMENT_ROUTES } from './assessment.commands.js';
import { ASSIGNMENT_ROUTES } from './assignment.commands.js';
import type { CaseRoute } from './command-route.js';
import { INTAKE_ROUTES } from './intake.commands.js';
import { LEGAL_ROUTES } from './legal.commands.js';
import { LIFECYCLE_ROUTES } from './lifecycle.commands.js';
import { REFERRAL_ROUTES } from './referral.commands.js';
import { REHABILITATION_ROUTES } from './rehabilitation.commands.js';
import { REPATRIATION_ROUTES } from './repatriation.commands.js';

/**
 * Every command a user sends, from each area's declarations. ExpireReferral and FlagOverdueService have no route:
 * only the deadline sweep (role `system`, never in a token) issues them, in process.
 */
export const CASE_ROUTES: readonly CaseRoute[] = [
  ...INTAKE_ROUTES,
  ...ASSESSMENT_ROUTES,
  ...REHABILITATION_ROUTES,
  ...REPATRIATION_ROUTES,
  ...LEGAL_ROUTES,
  ...LIFECYCLE_ROUTES,
  ...REFERRAL_ROUTES,
  ...ASSIGNMENT_ROUTES,
];

const PATTERNS = CASE_ROUTES.map((route) => ({ route, pattern: new RegExp(`^/${route.path.replace(':id', '([0-9a-f-]{36})')}$`) }));

/** The route a path names (`/referrals/<id>/decline`), with its id: for in-process callers that speak in paths. */
export function routeOfPath(path: string): { route: CaseRoute; id: string | undefined } {
  for (const { route, pattern } of PATTERNS) {
    const match = pattern.exec(path);
    if (match) return { route, id: match[1] };
  }
  throw new Error(`no command route ${path}`);
}
