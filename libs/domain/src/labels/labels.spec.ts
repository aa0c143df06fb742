import countries from 'i18n-iso-countries';
import * as domain from '../index.js';
import { COUNTRY_NAMES } from './country-names.js';
import {
  countryName,
  ERROR_LABELS,
  errorLabel,
  REQUEST_ERROR_LABELS,
  STAGE_REQUIREMENT_LABELS,
  stageRequirementLabel,
  VOCABULARIES,
  vocabularyLabel,
  type Labels,
} from './index.js';

/** Exported lists that are not words people read, and why. */
const NOT_VOCABULARIES: Record<string, string> = {
  QUERY_PERMISSIONS: 'permission names are printed by `cli permissions` for administrators, never shown in the console',
  CASE_EVENT_TYPES: 'the timeline writes each event as a sentence (apps/web/src/timeline-text.ts), checked by its own spec',
  REFERRAL_EVENT_TYPES: 'a subset of CASE_EVENT_TYPES',
  MOU_EVENT_TYPES: 'the MoU table shows entries, never event names',
  PLAN_EVENT_TYPES: 'the plan page shows items and progress, never event names; the audit pages replay cases only',
};

const exportedLists: Array<[string, readonly string[]]> = Object.entries(domain as Record<string, unknown>).flatMap(([name, value]) =>
  Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')
    ? [[name, value as readonly string[]] as [string, readonly string[]]]
    : [],
);

function expectBothLabels(where: string, code: string, labels: Labels | undefined, properName = false) {
  expect({ where, code, labels }).toEqual({ where, code, labels: { id: expect.any(String), en: expect.any(String) } });
  const { id, en } = labels!;
  if (!id.trim() || !en.trim()) throw new Error(`${where} ${code}: an empty label`);
  // An Indonesian label that is the code itself is the English fallback the console showed ("plantation_work").
  if (!properName && id === code) throw new Error(`${where} ${code}: the Indonesian label is the raw code`);
}

describe('labels of every vocabulary, error code and stage requirement', () => {
  it('finds the vocabularies the domain exports (the check below is not empty)', () => {
    expect(exportedLists.length).toBeGreaterThan(40);
    expect(Object.keys(VOCABULARIES).length).toBeGreaterThan(30);
  });

  it.each(Object.entries(VOCABULARIES))('vocabulary %s: every value has non-empty id and en labels, the id label not the raw code', (name, vocabulary) => {
    expect(vocabulary.values.length).toBeGreaterThan(0);
    const labels = vocabulary.labels as Readonly<Record<string, Labels>>;
    for (const value of vocabulary.values) expectBothLabels(name, value, labels[value], 'properNames' in vocabulary && vocabulary.properNames === true);
    // No label for a value the vocabulary no longer has.
    expect(Object.keys(labels).sort()).toEqual([...vocabulary.values].sort());
  });

  it.each(exportedLists.filter(([name]) => !NOT_VOCABULARIES[name]))('every value of the exported list %s has labels', (name, values) => {
    for (const value of values) {
      if (name.endsWith('ERROR_CODES'))
        expectBothLabels(name, value, ERROR_LABELS[value as keyof typeof ERROR_LABELS] ?? REQUEST_ERROR_LABELS[value as keyof typeof REQUEST_ERROR_LABELS]);
      else if (name.endsWith('_REQUIREMENTS')) expectBothLabels(name, value, STAGE_REQUIREMENT_LABELS[value as keyof typeof STAGE_REQUIREMENT_LABELS]);
      else {
        const found = Object.entries(VOCABULARIES).find(([, v]) => (v.values as readonly string[]).includes(value));
        if (!found) throw new Error(`${name}: "${value}" is in no vocabulary of libs/domain/src/labels/vocabulary-labels.ts`);
        expectBothLabels(`${name} (as ${found[0]})`, value, (found[1].labels as Readonly<Record<string, Labels>>)[value], 'properNames' in found[1]);
      }
    }
  });

  it('every error code of the domain has both labels, and no label names a code the domain does not have', () => {
    for (const code of domain.ERROR_CODES) expectBothLabels('ERROR_CODES', code, ERROR_LABELS[code]);
    expect(Object.keys(ERROR_LABELS).sort()).toEqual([...domain.ERROR_CODES].sort());
    for (const code of domain.REQUEST_ERROR_CODES) expectBothLabels('REQUEST_ERROR_CODES', code, REQUEST_ERROR_LABELS[code]);
  });

  it('every stage requirement any stage asks for has both labels', () => {
    const asked = new Set([...Object.values(domain.EXIT_REQUIREMENTS).flat(), ...domain.SKIP_REQUIREMENTS]);
    for (const requirement of asked) expect(domain.STAGE_REQUIREMENTS).toContain(requirement);
    for (const requirement of domain.STAGE_REQUIREMENTS) expectBothLabels('STAGE_REQUIREMENTS', requirement, STAGE_REQUIREMENT_LABELS[requirement]);
  });

  it('looks labels up by name, with undefined (never the code) for what it does not know', () => {
    expect(vocabularyLabel('modus', 'plantation_work', 'id')).toBe('Pekerja perkebunan');
    expect(vocabularyLabel('meansOfControl', 'debt_bondage', 'id')).toBe('Jeratan utang');
    expect(vocabularyLabel('guardianRelationship', 'parent', 'id')).toBe('Orang tua');
    expect(vocabularyLabel('modus', 'no_such_value', 'id')).toBeUndefined();
    expect(vocabularyLabel('noSuchVocabulary', 'x', 'id')).toBeUndefined();
    expect(vocabularyLabel('modus', 'toString', 'id')).toBeUndefined();
    expect(errorLabel('CASE.STAGE_REQUIREMENTS_NOT_MET', 'id')).toBe('Tahap ini belum lengkap.');
    expect(errorLabel('NO.SUCH_CODE', 'id')).toBeUndefined();
    expect(stageRequirementLabel('process_consent', 'id')).toBe('persetujuan memproses kasus');
  });

  it('names every ISO country in both languages, as Indonesian government writes them (one list for console and reports)', () => {
    const iso = Object.keys(countries.getAlpha2Codes());
    expect(Object.keys(COUNTRY_NAMES).sort()).toEqual(iso.sort());
    for (const code of iso) expectBothLabels('COUNTRY_NAMES', code, { id: countryName(code, 'id'), en: countryName(code, 'en') });
    expect(countryName('CN', 'id')).toBe('Tiongkok');
    expect(countryName('CN', 'en')).toBe('China');
    expect(countryName('MY', 'id')).toBe('Malaysia');
    expect(countryName('SA', 'id')).toBe('Arab Saudi');
    expect(countryName('XX', 'id')).toBe('XX');
  });
});
