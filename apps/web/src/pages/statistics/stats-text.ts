import type { Lang } from '../../i18n.js';
import { countryName } from '@rujukan/domain';
import { label } from '../../labels.js';
import { districtName, provinceName } from '../../names.js';
import { hasText, type PageText, type TextKey } from '../audit-stats.messages.js';
import type { KeyValue, Scope } from './stats-types.js';

/** Suppressed figures read "s" here as in the CSV and XLSX exports. */
export const SUPPRESSED = 's';

export const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');

export function numberFormat(lang: Lang) {
  const format = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1 });
  return (value: number) => format.format(value);
}

/** The vocabulary of the domain's labels that names each dimension's values. */
const DIMENSION_VOCABULARY: Readonly<Record<string, string>> = {
  sex: 'sex',
  stage: 'stage',
  channel: 'channel',
  victimStatus: 'victimStatus',
  toAgencyType: 'agencyType',
  service: 'service',
  closureReason: 'closureReason',
  modus: 'modus',
  exploitationType: 'exploitationType',
  recruitmentMethod: 'recruitmentMethod',
  transitPoint: 'transitPoint',
};

/** A dimension's value for people: the domain's labels, country and month names, regions by their Kemendagri names. */
export function valueLabel(lang: Lang, tx: PageText, dimension: string, value: KeyValue): string {
  if (value === null || value === '') return tx('stats.unknown');
  const text = String(value);
  const vocabulary = DIMENSION_VOCABULARY[dimension];
  if (vocabulary) return label(lang, vocabulary, text);
  switch (dimension) {
    case 'ageGroup':
      return hasText(`value.${text}`) ? tx(`value.${text}` as TextKey) : text;
    case 'nationality':
    case 'destinationCountry':
      // The same names as the yearly report (libs/domain/src/labels/country-names.ts).
      return countryName(text, lang);
    case 'foundProvince':
    case 'originProvince':
      return provinceName(text);
    case 'foundDistrict':
    case 'originDistrict':
      return districtName(lang, text);
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

export function scopeText(tx: PageText, scope: Scope, lang: Lang): string {
  return scope.level === 'national'
    ? tx('stats.scope.national')
    : tx(scope.level === 'province' ? 'stats.scope.province' : 'stats.scope.district', {
        code: scope.code === null ? '' : scope.level === 'province' ? provinceName(scope.code) : districtName(lang, scope.code),
      });
}
