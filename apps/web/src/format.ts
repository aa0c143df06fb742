import { INDONESIAN_TIME_ZONES, type IndonesianTimeZone } from '@rujukan/domain';
import type { Lang, Translate } from './i18n.js';

/** The time the signed-in person's agency keeps (WIB until the directory says otherwise). */
let shown: IndonesianTimeZone = 'WIB';
/** Shows every moment from now on in this zone: set from the agency's province when the directory is loaded. */
export function showTimesIn(zone: IndonesianTimeZone): void {
  shown = zone;
}
export const shownTimeZone = (): IndonesianTimeZone => shown;

const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');

/** A moment in the time of the reader's agency, as people there read it: "3 Mar 2026 14.05 WITA" in Balikpapan. */
export function formatDateTime(lang: Lang, value: string | Date | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '—';
  const text = new Intl.DateTimeFormat(locale(lang), {
    timeZone: INDONESIAN_TIME_ZONES[shown],
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
  return `${text} ${shown}`;
}

export function formatDate(lang: Lang, value: string | Date | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(locale(lang), { timeZone: INDONESIAN_TIME_ZONES[shown], day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}

/** Today's date where the reader is (YYYY-MM-DD), the default of date fields. */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: INDONESIAN_TIME_ZONES[shown], year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** "2 hari 3 jam lagi" or "lewat 5 jam": the time left until a deadline, from now. */
export function timeLeft(t: Translate, deadline: string | Date, now = Date.now()): { text: string; overdue: boolean } {
  const ms = new Date(deadline).getTime() - now;
  const overdue = ms < 0;
  const text = span(t, ms);
  return { text: overdue ? t('time.overdue', { span: text }) : t('time.left', { span: text }), overdue };
}

/** "menunggu 2 hari 3 jam": how long something without a deadline has waited since it was asked. */
export function timeWaited(t: Translate, since: string | Date, now = Date.now()): string {
  return t('time.waiting', { span: span(t, now - new Date(since).getTime()) });
}

function span(t: Translate, ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const parts =
    days > 0
      ? [t('time.days', { n: days }), ...(hours > 0 ? [t('time.hours', { n: hours })] : [])]
      : hours > 0
        ? [t('time.hours', { n: hours }), t('time.minutes', { n: minutes % 60 })]
        : [t('time.minutes', { n: minutes })];
  return parts.join(' ');
}

export const shortId = (id: string): string => id.slice(0, 8);
