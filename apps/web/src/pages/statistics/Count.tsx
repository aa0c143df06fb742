import { usePageText } from '../audit-stats.messages.js';
import { numberFormat, SUPPRESSED } from './stats-text.js';

export function Count({ value }: { value: number | null }) {
  const { lang } = usePageText();
  return <>{value === null ? SUPPRESSED : numberFormat(lang)(value)}</>;
}
