import { countryName, errorLabel, stageRequirementLabel, vocabularyLabel } from '@rujukan/domain';
import type { Lang } from './lang.js';
import { PORT_NAMES } from './port-names.js';

/**
 * Names of the domain's closed vocabularies for people, in both languages, from the domain's own catalogue
 * (libs/domain/src/labels): a value without labels there fails its spec, so the console never shows a code.
 */
export function label(lang: Lang, vocabulary: string, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  // A transit point is a port code: its port's name, once the list is fetched (an old event's name labels as before).
  if (vocabulary === 'transitPoint' && PORT_NAMES.has(value)) return PORT_NAMES.get(value)!;
  return vocabularyLabel(vocabulary, value, lang) ?? value;
}

/** A list of values of one vocabulary, joined for a sentence. */
export const labels = (lang: Lang, vocabulary: string, values: unknown): string =>
  Array.isArray(values) && values.length > 0 ? values.map((v) => label(lang, vocabulary, String(v))).join(', ') : '—';

export const country = (lang: Lang, code: string | null | undefined): string => (code ? countryName(code, lang) : '—');

/**
 * What a refusal means, in the reader's language, from its code; a stage's unmet requirements (`details.missing`) are
 * named. The API's English message is only the last resort for a code the console does not know.
 */
export function refusal(lang: Lang, code: string, message: string, details: Record<string, unknown> = {}): string {
  const text = errorLabel(code, lang);
  if (!text) return message;
  const missing = Array.isArray(details.missing) ? details.missing.map((m) => stageRequirementLabel(String(m), lang)) : [];
  if (missing.length === 0) return text;
  return `${text} ${lang === 'id' ? 'Masih perlu' : 'Still needed'}: ${missing.join(', ')}.`;
}
