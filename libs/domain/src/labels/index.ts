import { COUNTRY_NAMES } from './country-names.js';
import type { LabelLang } from './vocabulary-labels.js';

export * from './vocabulary-labels.js';
export * from './error-labels.js';

/** A country's name for people, the same in the console, the reports and the exports; the code when it is not an ISO country. */
export function countryName(code: string, lang: LabelLang): string {
  const names = Object.hasOwn(COUNTRY_NAMES, code) ? COUNTRY_NAMES[code] : undefined;
  return names ? names[lang === 'id' ? 0 : 1] : code;
}
export * from './statistics-labels.js';
