import { useMemo } from 'react';
import { useAgencies } from './components/CommandForm.js';
import { useI18n } from './i18n.js';
import { namesFrom, type Names } from './names.js';

/** The names of the reader's language, from the directory the console fetches once per page load. */
export function useNames(): Names {
  const { lang } = useI18n();
  const agencies = useAgencies();
  return useMemo(() => namesFrom(lang, agencies), [lang, agencies]);
}
