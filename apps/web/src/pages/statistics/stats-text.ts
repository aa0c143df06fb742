import type { Lang } from '../../i18n.js';
import { label } from '../../labels.js';
import { hasText, type PageText, type TextKey } from '../audit-stats.messages.js';
import type { KeyValue, Scope } from './stats-types.js';

/** Suppressed figures read "s" here as in the CSV and XLSX exports. */
export const SUPPRESSED = 's';

export const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');

export function numberFormat(lang: Lang) {
  const format = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1 });
  return (value: number) => format.format(value);
}

/** A dimension's value for people: the domain's labels, country and month names, codes for regions. */
export function valueLabel(lang: Lang, tx: PageText, dimension: string, value: KeyValue): string {
  if (value === null || value === '') return tx('stats.unknown');
  const text = String(value);
  switch (dimension) {
    case 'sex':
      return label(lang, 'sex', text);
    case 'stage':
      return label(lang, 'stage', text);
    case 'channel':
      return label(lang, 'channel', text);
    case 'victimStatus':
      return label(lang, 'victimStatus', text);
    case 'toAgencyType':
      return label(lang, 'agencyType', text);
    case 'service':
      return label(lang, 'service', text);
    case 'ageGroup':
    case 'closureReason':
      return hasText(`value.${text}`) ? tx(`value.${text}` as TextKey) : text;
    case 'nationality':
    case 'destinationCountry':
      try {
        const name = new Intl.DisplayNames([locale(lang)], { type: 'region' }).of(text);
        return name && name !== text ? `${name} (${text})` : text;
      } catch {
        return text;
      }
    case 'month': {
      const month = Number(value);
      return month >= 1 && month <= 12
        ? new Intl.DateTimeFormat(locale(lang), { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)))
        : text;
    }
    default:
      return text;
  }
}

export const dimensionName = (tx: PageText, dimension: string) => tx(`dim.${dimension}` as TextKey);

export function scopeText(tx: PageText, scope: Scope): string {
  return scope.level === 'national'
    ? tx('stats.scope.national')
    : tx(scope.level === 'province' ? 'stats.scope.province' : 'stats.scope.district', { code: scope.code ?? '' });
}
