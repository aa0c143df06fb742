import { ASSESSMENT_RULES } from './assessment.rules.js';
import { ASSIGNMENT_RULES, NOTE_RULES } from './assignment.rules.js';
import type { CaseCommandType } from './case.commands.js';
import type { CommandRules } from './command-rules.js';
import { DOCUMENT_RULES } from './documents.rules.js';
import { ERASURE_RULES, INTAKE_RULES } from './intake.rules.js';
import { LEGAL_RULES } from './legal.rules.js';
import { LIFECYCLE_RULES } from './lifecycle.rules.js';
import { REFERRAL_RULES, TRANSFER_RULES } from './referral.rules.js';
import { REHABILITATION_RULES } from './rehabilitation.rules.js';
import { REINTEGRATION_RULES, REPATRIATION_RULES } from './repatriation.rules.js';

/** Every case command's rules, in the order commands are listed everywhere (console actions, the permission matrix). */
export const CASE_COMMAND_RULES: Readonly<Record<CaseCommandType, CommandRules>> = {
  ...INTAKE_RULES,
  ...ASSESSMENT_RULES,
  ...REHABILITATION_RULES,
  ...REPATRIATION_RULES,
  ...REINTEGRATION_RULES,
  ...LEGAL_RULES,
  ...LIFECYCLE_RULES,
  ...ERASURE_RULES,
  ...REFERRAL_RULES,
  ...TRANSFER_RULES,
  ...ASSIGNMENT_RULES,
  ...NOTE_RULES,
  ...DOCUMENT_RULES,
};

export const CASE_COMMAND_TYPES = Object.keys(CASE_COMMAND_RULES) as readonly CaseCommandType[];

/** One part of every command's rules, by command. */
export function rulesBy<T>(part: (rules: CommandRules) => T): Readonly<Record<CaseCommandType, T>> {
  return Object.fromEntries(CASE_COMMAND_TYPES.map((type) => [type, part(CASE_COMMAND_RULES[type])])) as Record<CaseCommandType, T>;
}
