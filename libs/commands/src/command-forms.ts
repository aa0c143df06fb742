import { ASSESSMENT_FORMS } from './assessment.forms.js';
import { ASSIGNMENT_FORMS } from './assignment.forms.js';
import type { CommandForm } from './command-form.js';
import { INTAKE_FORMS } from './intake.forms.js';
import { LEGAL_FORMS } from './legal.forms.js';
import { LIFECYCLE_FORMS } from './lifecycle.forms.js';
import { REFERRAL_FORMS } from './referral.forms.js';
import { REHABILITATION_FORMS } from './rehabilitation.forms.js';
import { REPATRIATION_FORMS } from './repatriation.forms.js';

export { commandUrl, OTHER_PORT, type CommandForm, type FieldKind, type FieldSpec, type FormTarget, type Text2 } from './command-form.js';

/** The route and the console's form of every command a user sends, from each area's `<area>.forms.ts`. */
export const COMMAND_FORMS: readonly CommandForm[] = [
  ...INTAKE_FORMS,
  ...ASSESSMENT_FORMS,
  ...REHABILITATION_FORMS,
  ...REPATRIATION_FORMS,
  ...LEGAL_FORMS,
  ...LIFECYCLE_FORMS,
  ...REFERRAL_FORMS,
  ...ASSIGNMENT_FORMS,
];
