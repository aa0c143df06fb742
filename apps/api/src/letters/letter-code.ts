/** The code printed on a letter: the case number, the revision of the stream's head, and 10 hex digits of its hash. */
export const LETTER_CODE = /^([0-9A-F]{8})-(\d{1,9})-([0-9A-F]{10})$/;

/** The case number a letter names: the first 8 hex digits of the case id, in capitals. */
export const letterCaseNumber = (caseId: string): string => caseId.slice(0, 8).toUpperCase();
