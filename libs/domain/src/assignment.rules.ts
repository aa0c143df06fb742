import { SERVICE, SUPERVISOR, type AreaRules } from './command-rules.js';

/** Who carries a case in its agency, and what anyone who may see it writes on it. */
export const ASSIGNMENT_RULES: AreaRules<'AssignCase'> = {
  AssignCase: { roles: SUPERVISOR, stages: 'open' },
};

/** The text of a note can name anyone: sealed with the victim's key, erased with it. */
export const NOTE_RULES: AreaRules<'AddCaseNote'> = {
  AddCaseNote: { roles: SERVICE, stages: 'any', sealed: ['text'] },
};
