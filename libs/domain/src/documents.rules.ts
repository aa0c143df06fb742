import { STAFF, type AreaRules } from './command-rules.js';

/** The owner's staff attach the case's papers; a file's name can name the victim: sealed with her key, erased with it. */
export const DOCUMENT_RULES: AreaRules<'AttachDocument'> = {
  AttachDocument: { roles: STAFF, stages: 'any', sealed: ['fileName'] },
};
